# Markers stay aligned when the line has non-ASCII characters before the error.
prices = {"café": 2.5, "thé": 1.75}
label = "prix — "
print(label + str(prices["café"]))
for name, price in prices.items():
    print(f"{name:>6} → {price:5.2f}")
total = sum(prices.values())
print("Σ", total)
print("→ total:", prices["café"] + prices["thé"] + prices["chocolat"])
print("unreachable")
