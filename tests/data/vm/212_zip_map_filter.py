# zip (incl. strict), map with several iterables, filter with None, laziness.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
print(list(zip(range(3), range(3, 6), "xyz")), dict(zip("abc", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "cde")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
m = map(lambda x: print("mapping", x) or x, [1, 2])
print("map created", type(m).__name__)
print(next(m))
print(list(m))
z = zip(iter([1, 2]), iter("ab"))
print(next(z), list(z), list(z))
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
print(type(zip()).__name__, type(filter(None, [])).__name__)
