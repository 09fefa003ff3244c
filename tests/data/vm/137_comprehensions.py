# List, set, dict comprehensions: filters, nesting, scoping, walrus.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x, 3)])
print([[row * col for col in range(4)] for row in range(3)])
print({x % 4 for x in range(10)})
print({w: len(w) for w in ["apple", "kiwi", "fig"]})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([n for row in matrix for n in row if n % 2])
x = "outer"
print([x for x in "ab"], x)
print([y := 5, y ** 2])
print([last := v for v in range(4)], last)
data = [3, -1, 4, -1, 5]
print([v if v > 0 else 0 for v in data])
print(sorted({abs(v) for v in data}, reverse=True))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print({i: [j for j in range(i)] for i in range(4)})
print([c.upper() for c in "hello" if c not in "aeiou"])
print(type([x for x in ()]).__name__, {x for x in ()}, {x: x for x in ()})
