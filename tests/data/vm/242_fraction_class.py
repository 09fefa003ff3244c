# A Fraction class: normalisation with gcd, all arithmetic dunders, comparisons, hash, bool.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = gcd(n, d) or 1
        s = -1 if d < 0 else 1
        self.n, self.d = s * n // g, s * d // g
    @staticmethod
    def _c(o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else None
    def __add__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac(o) - self
    def __mul__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._c(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 * t, -h, h + 1, Frac(6, -8), Frac(0, 5))
print(h == Frac(2, 4), h == 0.5, h < t, sorted([h, t, Frac(1, 4)]), float(t), bool(Frac(0)))
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)), len({Frac(1, 2), Frac(2, 4)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    h + "x"
except TypeError as e:
    print(e)
