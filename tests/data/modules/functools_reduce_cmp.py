import functools
from functools import reduce, cmp_to_key
import _functools

def add(x, y):
    return x + y

print(reduce(add, ['a', 'b', 'c'], ''), reduce(add, [['a', 'c'], [], ['d', 'w']], []))
print(reduce(lambda x, y: x * y, range(2, 21), 1), reduce(add, range(5)), reduce(add, [], None), reduce(add, [], 42))
print(reduce(42, '1'), reduce(42, '', '1'), reduce(add, {'one': 1, 'two': 2}))
class Squares:
    def __init__(self, max):
        self.max = max
        self.sofar = []
    def __len__(self):
        return len(self.sofar)
    def __getitem__(self, i):
        if not 0 <= i < self.max: raise IndexError
        n = len(self.sofar)
        while n <= i:
            self.sofar.append(n * n)
            n += 1
        return self.sofar[i]
print(reduce(add, Squares(10)), reduce(add, Squares(10), 0), reduce(add, Squares(0), 0))
class FailingIter:
    def __iter__(self):
        raise RuntimeError('boom')
class TypeErrIter:
    def __iter__(self):
        raise TypeError('inner')
class BadSeq:
    def __getitem__(self, index):
        raise ValueError('bad seq')
for args, kw in [((), {}), ((add,), {}), ((42, 42), {}), ((42, 42, 42), {}), ((42, (42, 42)), {}), ((add, []), {}),
                 ((add, ''), {}), ((add, object()), {}), ((add, FailingIter()), {}), ((add, TypeErrIter()), {}),
                 ((42, BadSeq()), {}), ((add, [1], 2, 3), {}), ((add, [1]), {'initial': 2}), ((add, [1, 'a']), {})]:
    try:
        print(reduce(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(reduce.__doc__.splitlines()[0], reduce.__name__, reduce.__qualname__, reduce.__module__)

# cmp_to_key
def cmp1(x, y):
    return (x > y) - (x < y)
key = cmp_to_key(cmp1)
print(type(key).__name__, type(key(3)).__name__, type(key(3)).__module__, type(key(3)).__qualname__)
print(key(3) == key(3), key(3) > key(1), key(3) >= key(3), key(1) < key(3), key(1) <= key(1), key(1) != key(2))
print(key(obj=50).obj, cmp_to_key(mycmp=cmp1)(obj=3) == key(3))
def cmp2(x, y):
    return int(x) - int(y)
k2 = cmp_to_key(cmp2)
print(k2(4.0) == k2('4'), k2(2) < k2('35'), k2(2) != k2('35'))
print(sorted(range(5), key=cmp_to_key(lambda x, y: y - x)))
values = [5, '3', 7, 2, '0', '1', 4, '10', 1]
print(sorted(values, key=cmp_to_key(lambda x, y: (int(x) > int(y)) - (int(x) < int(y)))))
print(max([3, 1, 2], key=cmp_to_key(cmp1)), min('bca', key=cmp_to_key(cmp1)))
k = key(10)
for op in [lambda: k > 1, lambda: 1 < k, lambda: k == 10, lambda: hash(k), lambda: key(), lambda: key(1, 2),
           lambda: key(1, obj=2), lambda: key(x=1), lambda: cmp_to_key(), lambda: cmp_to_key(cmp1, None),
           lambda: cmp_to_key(x=cmp1), lambda: type(k)(), lambda: cmp_to_key(lambda a, b: 1/0)(1) < cmp_to_key(lambda a, b: 1/0)(2)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
kk = cmp_to_key(lambda a, b: 1 / 0)
try:
    kk(1) < kk(2)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
class BadCmp:
    def __lt__(self, other):
        raise ZeroDivisionError('lt')
kb = cmp_to_key(lambda a, b: BadCmp())
try:
    kb(3) < kb(1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(kb(3) == kb(1) is not None)
class Other:
    def __eq__(self, other):
        return 'eq'
kq = cmp_to_key(lambda a, b: Other())
print(kq(1) == kq(2))
k.obj = 'changed'
print(k.obj)
del k.obj
print(k.obj)
try:
    k < key(1)
except AttributeError as e:
    print('AttributeError', e)
import collections.abc
print(isinstance(k, collections.abc.Hashable), type(k).__hash__)
print(cmp_to_key.__doc__, cmp_to_key.__name__, cmp_to_key.__module__)

# total_ordering, singledispatch, cached_property, wraps still work over the natives
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@functools.singledispatch
def sd(x): return 'base'
@sd.register
def _(x: int): return 'int'
print(sd(1), sd('a'), sd(1.5))
class CP:
    @functools.cached_property
    def v(self):
        print('computing')
        return 42
c = CP()
print(c.v, c.v)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a): return fn(*a)
    return wrapper
@deco
def documented(x):
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__(3))
pm = functools.partialmethod(lambda self, a, b: (a, b), 1)
class PM:
    m = pm
print(PM().m(2))
