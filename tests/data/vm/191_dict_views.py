# keys/values/items views: live, set operations, repr, membership.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(v), ("d", 4) in i, "a" in k, 4 in v)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, k - {"a"} == {"b", "c", "d"}, k ^ {"a", "q"} == {"b", "c", "d", "q"})
print(i & {("a", 1), ("b", 3)}, k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(sorted(k, reverse=True), list(zip(k, v)), list(reversed(k)), list(reversed(i)))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
del d["new"]
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(e)
print(d)
print(type(k).__name__, type(v).__name__, type(i).__name__, {}.keys(), {}.items())
print(d.keys() == d.keys(), d.values() == d.values())
m = d.keys().mapping if hasattr(d.keys(), "mapping") else None
print(m)
