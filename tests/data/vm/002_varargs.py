# *args and **kwargs collect extra arguments; * and ** spread them at the call.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=5, **{"y": 6}))

def g(a, b, *rest, c=0, **kw):
    return a, b, rest, c, kw

print(g(1, 2))
print(g(1, 2, 3, 4, c=5, d=6))
print(g(*range(5)))
print(g(**{"a": 1, "b": 2, "z": 3}))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1), total(1, 2, 3, 4))
args = (10, 20)
kwargs = {"c": 30}
print(g(*args, **kwargs))
print(type(f()[0]).__name__, type(g(1, 2)[4]).__name__)

def kwonly_collect(**kw):
    kw["new"] = 1
    return kw

d = {"a": 0}
print(kwonly_collect(**d), d)
