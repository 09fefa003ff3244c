# Bound methods: __self__, __func__, equality, calling through the class.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter()
m = c.inc
print(m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc)
print(Counter.inc(c, 10))
print(c.inc == c.inc, c.inc is c.inc)
d = Counter()
print(c.inc == d.inc)
methods = [c.inc, d.inc, c.inc]
for mm in methods:
    mm()
print(c.n, d.n)
f = Counter.inc
print(f(d, 100))
print(m.__name__, m.__qualname__)
c.inc = lambda: "shadowed"
print(c.inc())
del c.inc
print(c.inc())
print(getattr(c, "inc")(2))
