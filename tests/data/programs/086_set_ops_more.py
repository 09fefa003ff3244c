s = set()
for i in range(20):
    s.add(i % 7)
s.discard(3)
print(sorted(s), {1, 2} <= {1, 2, 3}, frozenset([1, 2]) == {2, 1}, len({"a", "b", "a"}))
