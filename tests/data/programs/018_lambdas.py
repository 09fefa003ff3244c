sq = lambda x: x * x
print(list(map(sq, range(5))), sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda *a, **k: (a, k))(1, b=2))
