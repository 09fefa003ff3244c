# A comparison followed by a conditional jump, which compiled code runs as one test: ints,
# floats, strs, big ints, rich comparisons returning non-bools, a __bool__ that raises
# (its traceback points at the jump's line), and a comparison that raises.
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return W(self.v < o.v)
    def __bool__(self):
        if self.v is None: raise ValueError("no truth")
        return bool(self.v)
def f(a, b):
    n = 0
    while a < b:
        a += 1
        if a > 5: n += 1
        if not (a == b): n += 2
    return n
def g(x, y):
    if x < y: return "lt"
    return "ge"
for i in range(300):
    f(0, 10); g(W(1), W(2)); g(1.5, 2); g("a", "b")
print(f(0, 10), g(W(1), W(2)), g(W(3), W(2)), g(1.5, 2), g("b", "a"), g(2**70, 3))
try:
    g(1, "x")
except TypeError as e:
    print(e)
class N:
    def __lt__(self, o): return W(None)
g(N(), N())
