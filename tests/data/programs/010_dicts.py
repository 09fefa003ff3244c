d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
print(d, list(d.keys()), list(d.values()), d.get("z", 0), "b" in d)
for k, v in sorted(d.items()):
    print(k, v)
d.update(x=9)
print(d.pop("x"), d.setdefault("q", []), d)
