# Sets of strings and mixed keys in deterministic order; dicts keep insertion order regardless.
fruits = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]
print(set(fruits))
print(set(f[0] for f in fruits))
print({w.upper() for w in fruits})
print(set("abcdefghijklmnopqrstuvwxyz"))
s = set()
for w in ["x", "yy", "zzz", "x", "w", "vvvv"]:
    s.add(w)
    print(sorted(s), list(s))
print(dict.fromkeys(set("aabbcc")))
print(frozenset(["one", "two", "three"]) | {"four"})
d = {w: len(w) for w in fruits}
print(d)
print({len(w) for w in fruits}, {v for v in d.values()})
print(set(["a", 1, "b", 2]) == {1, 2, "a", "b"})
