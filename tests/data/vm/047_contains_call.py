# __contains__, falling back to __iter__; __call__.
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0

e = Evens()
print(4 in e, 3 in e, 3 not in e)

class ViaIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])

print(2 in ViaIter(), 9 in ViaIter())

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, **kw):
        return self.k * x, rest, kw

m = Multiplier(3)
print(m(5), m(2, 3, z=4), callable(m))
print(list(map(Multiplier(2), [1, 2])))

class NotCallable:
    pass

try:
    NotCallable()()
except TypeError as e:
    print(e)
try:
    s = "str"
    s()
except TypeError as e:
    print(e)
try:
    3 in 5
except TypeError as e:
    print(e)
print("b" in "abc", "ab" in "xaby", "" in "", 1 in {1: 2}, 2 in {1: 2})
print([1, 2] in [[1, 2]], (1,) in {(1,): 0})
