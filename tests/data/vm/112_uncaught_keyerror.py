# A KeyError's message is the repr of the key.
inventory = {"apples": 3, "pears": 0}
inventory["figs"] = 12
print(sorted(inventory))
print(inventory.get("plums", "no plums"))
total = sum(inventory.values())
print("total", total)
for fruit in ["apples", "pears", "plums"]:
    print(fruit, inventory[fruit])
print("unreachable")
