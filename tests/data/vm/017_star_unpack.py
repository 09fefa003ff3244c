# Starred assignment targets and unpacking errors.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
first, second = {"k1": 1, "k2": 2}
print(first, second)

for src in ([1, 2, 3], [1], 5):
    try:
        p, q = src
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
print([*range(3), *"ab"], (*[1], 2), {*"aa", 1} == {1, "a"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
