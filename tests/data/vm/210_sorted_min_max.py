# sorted/min/max with key, default, multiple arguments, and their errors.
data = [("a", 3), ("b", 1), ("c", 2), ("d", 3)]
print(sorted(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]))
print(max(3, 7, 5), min("b", "a", "c"), max([1, 2], [1, 3]), max("hello"), min([4, 2, 8]))
print(max([], default="empty"), min([], default=None), max([5], default=0), max(iter([2, 9, 4])))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    max([1, "a"])
except TypeError as e:
    print(e)
print(max([3, 3.0, 3]), min([2.0, 2]), max([[], [0]], key=len), sorted("bca", reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(max(words, key=len), min(words, key=len), sorted(set(words), key=lambda w: (-len(w), w)))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(["B", "a", "C"], key=str.casefold))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: (x % 3, -x)))
