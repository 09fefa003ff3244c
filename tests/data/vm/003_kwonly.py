# Keyword-only parameters after * and *args.
def f(a, *, b, c=3):
    return (a, b, c)

print(f(1, b=2))
print(f(1, c=4, b=2))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)

def g(*args, key, reverse=False):
    return sorted(args, reverse=reverse)[:key]

print(g(3, 1, 2, key=2))
print(g(3, 1, 2, key=2, reverse=True))
try:
    g(1, 2)
except TypeError as e:
    print(e)

def h(*, x, y, z):
    return x + y + z

print(h(z=1, y=2, x=3))
try:
    h(x=1)
except TypeError as e:
    print(e)
print(f.__kwdefaults__)
print(h.__code__.co_kwonlyargcount, h.__code__.co_argcount)
