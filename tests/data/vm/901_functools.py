# functools: reduce, partial, lru_cache, wraps, total_ordering, cached_property, singledispatch.
from functools import reduce, partial, lru_cache, wraps, total_ordering, cached_property, singledispatch
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], "start"))
base2 = partial(int, base=2)
print(base2("1011"), partial(pow, 2)(10), base2.func is int, base2.keywords)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner

@deco
def documented():
    """The docs."""

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))

class Data:
    @cached_property
    def expensive(self):
        print("computing")
        return 42

d = Data()
print(d.expensive, d.expensive)

@singledispatch
def kind(x):
    return "object"

@kind.register
def _(x: int):
    return "int"

print(kind(1), kind("s"), kind(True))
