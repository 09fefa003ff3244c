# frozenset: hashable, usable as dict keys and set members; repr; methods.
f = frozenset([3, 1, 2])
print(f, repr(frozenset()), len(f), 2 in f, hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "found", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(f.union({4}), f.intersection({1, 9}), f.difference({1}), f.symmetric_difference({3, 4}))
print(f.issubset({1, 2, 3, 4}), f.copy() is f, frozenset(f) is f)
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(frozenset("aab") == frozenset("ab"), frozenset([1]) == {1}, type(frozenset()).__name__)
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(len(nested), frozenset([1, 2]) in nested)
print(sorted(f), min(f), max(f), sum(f))
