# dict methods: get/setdefault/pop/popitem/update/copy/clear/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update({"x": 9}, y=8)
d.update([("p", 1), ("q", 2)])
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["new"] = 1
print(d, e, len(e))
e.clear()
print(e)
try:
    e.popitem()
except KeyError as err:
    print(err)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict({"k": "v"}, k2="v2"))
try:
    dict([(1, 2, 3)])
except ValueError as err:
    print(err)
try:
    dict([1])
except TypeError as err:
    print(err)
try:
    d.update(5)
except TypeError as err:
    print(err)
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 1.0}, {1: 2} != {1: 3}, list(reversed({"a": 1, "b": 2})))
