# __iter__/__next__, the old __getitem__ sequence protocol, iter() errors.
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountIter(self.n)

class CountIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(4)), sum(Count(10)), max(Count(3)))
for x in Count(2):
    print("for", x)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Seq()), 9 in Seq(), 5 in Seq())
it = iter(Seq())
print(next(it), next(it), type(it).__name__)

class NotIter:
    pass

try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)

class BadIter:
    def __iter__(self):
        return 1

try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
a, b, c = Count(3)
print(a, b, c)
