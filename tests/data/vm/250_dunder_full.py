# Every binary operator dunder and its reflected form, unary dunders, and comparison reflection.
class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
for op in ops:
    setattr(R, f"__{op}__", (lambda op: lambda self, o: f"{self}.{op}({o})")(op))
    setattr(R, f"__r{op}__", (lambda op: lambda self, o: f"{self}.r{op}({o})")(op))
a = R("a")
print(a + 1, a - 1, a * 1, a / 1, a // 1, a % 1, a ** 1, a << 1, a >> 1, a & 1, a | 1, a ^ 1, a @ 1)
print(1 + a, 1 - a, 1 * a, 1 / a, 1 // a, 1 % a, 1 ** a, 1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a)
x = a
x += 5
print(x)
R.__neg__ = lambda self: "neg"
R.__pos__ = lambda self: "pos"
R.__invert__ = lambda self: "inv"
R.__abs__ = lambda self: "abs"
R.__divmod__ = lambda self, o: ("dm", o)
R.__rdivmod__ = lambda self, o: ("rdm", o)
print(-a, +a, ~a, abs(a), divmod(a, 2), divmod(2, a))

class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"lt({self.v},{o.v if isinstance(o, C) else o})")
        return NotImplemented if not isinstance(o, C) else self.v < o.v
    def __ge__(self, o):
        print(f"ge({self.v},{getattr(o, 'v', o)})")
        return True

for f in (lambda: 5 > C(1), lambda: C(1) < 5, lambda: C(1) < C(2), lambda: C(3) > C(2), lambda: C(1) <= C(2), lambda: C(1) >= 0):
    try:
        print(f())
    except TypeError as e:
        print(e)
