# Positional-only parameters before /.
def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)

def g(x, /, **kw):
    return x, kw

# A positional-only name may also appear in **kwargs.
print(g(1, x=2))

def h(a, b=2, /):
    return a * b

print(h(5), h(5, 3))
try:
    h()
except TypeError as e:
    print(e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
print(f.__code__.co_posonlyargcount)
