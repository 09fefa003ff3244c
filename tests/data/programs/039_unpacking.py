a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], {**{"a": 1}, "b": 2})
