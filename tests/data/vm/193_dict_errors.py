# dict errors: KeyError messages, unhashable keys, __missing__ in subclasses.
d = {"a": 1, (1, 2): "tuple", None: "none", 3.5: "float"}
print(d[(1, 2)], d[None], d[3.5])
for key in ["b", 0, (1,), ("x", 1), 2.5, None]:
    try:
        d2 = {}
        d2[key]
    except KeyError as e:
        print("KeyError", repr(e), e.args)
for key in [[1], {"a": 1}, {1}]:
    try:
        d[key] = 1
    except TypeError as e:
        print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    del d["missing"]
except KeyError as e:
    print("del", e)

class Default(dict):
    def __missing__(self, key):
        self[key] = key * 2
        return self[key]

dd = Default(a=1)
print(dd["a"], dd["xy"], dd, dd.get("zz"), "zz" in dd)

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, type(c).__name__, isinstance(c, dict))
print(repr({}), repr({1: {2: {}}}), str({"q": "'"}))
