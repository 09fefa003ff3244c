# Arithmetic dunders: forward, reflected, in-place, NotImplemented fallbacks.
class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return "V" + repr(self.c)

    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented

    def __radd__(self, o):
        print("radd", o)
        return self + o

    def __mul__(self, k):
        return V(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __neg__(self):
        return V(*(-a for a in self.c))

    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

a = V(1, 2)
b = V(10, 20)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, -a, a @ b)
x = a
x += b
print(x, a, x is a)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" - a
except TypeError as e:
    print(e)
