# The TypeError messages of argument binding.
def f(a, b, c=3):
    pass

def g(x, *, y):
    pass

class C:
    def m(self, p):
        pass

cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=5),
    lambda: f(1, 2, a=1),
    lambda: f(1, b=2, **{"b": 3}),
    lambda: g(1, 2),
    lambda: g(1),
    lambda: g(y=1),
    lambda: g(1, y=2, z=3),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: 0)(),
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(**{1: 2}),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
