# Inventory report: dicts of dicts, sorting, formatting a table.
stock = {
    "widget": {"qty": 12, "price": 2.5},
    "gadget": {"qty": 0, "price": 10.0},
    "doohickey": {"qty": 7, "price": 0.75},
    "gizmo": {"qty": 3, "price": 99.99},
}
print(f"{'item':<10}{'qty':>5}{'price':>9}{'value':>10}")
total = 0.0
for name, info in sorted(stock.items(), key=lambda kv: -kv[1]["qty"] * kv[1]["price"]):
    value = info["qty"] * info["price"]
    total += value
    print(f"{name:<10}{info['qty']:>5}{info['price']:>9.2f}{value:>10.2f}")
print(f"{'total':<24}{total:>10.2f}")
out_of_stock = [n for n, i in stock.items() if not i["qty"]]
print("out of stock:", ", ".join(out_of_stock) or "none")
restock = {n: max(0, 10 - i["qty"]) for n, i in stock.items()}
print(restock)
cheapest = min(stock, key=lambda n: stock[n]["price"])
print(cheapest, stock[cheapest])
