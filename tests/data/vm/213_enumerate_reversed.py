# enumerate with start, reversed on sequences and __reversed__, errors.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a, b)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))

class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])

class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10

print(list(reversed(Rev())), list(reversed(SeqOnly())))
for bad in [{1, 2}, 5, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
try:
    enumerate(5)
except TypeError as e:
    print(e)
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
