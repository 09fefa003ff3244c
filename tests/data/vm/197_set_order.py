# Iteration order of sets of small ints, negative ints, strings (PYTHONHASHSEED=0) and after deletions.
print({3, 1, 2}, {10, 5, 100, 33, 8}, {-1, -2, 0, 1}, set(range(20, 0, -3)))
print({1000, 7, 64, 32, 16, 1})
print({"banana", "apple", "cherry", "date"})
print({"a", "b", "c", "d", "e", "f", "g"})
print(set("mississippi"), set("hello world"))
s = set(range(50))
for i in range(0, 50, 3):
    s.discard(i)
print(s)
s.update(range(100, 110))
print(s)
t = {(1, 2), (2, 1), (0, 0)}
print(t)
print({1.5, 2.5, 0.5, -3.25})
print({True, 2, "x", None, (1,)} == {None, (1,), "x", 2, 1})
print(list({9, 8, 7, 6, 5, 4, 3, 2, 1, 0}))
print(frozenset({"x", "y", "z", "w"}))
u = {"key" + str(i) for i in range(12)}
print(u)
print(sorted(u) == sorted(list(u)))
