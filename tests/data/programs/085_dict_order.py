d = {}
for w in ["z", "a", "m", "b"]:
    d[w] = len(d)
print(d, list(d), dict(zip("xyz", range(3))), dict.fromkeys("ab", 0))
