import functools, copy
from functools import lru_cache, cache
import _functools

W = _functools._lru_cache_wrapper
print(W, W.__name__, W.__qualname__, W.__module__)
print(W.__doc__.splitlines()[0])

calls = []
@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10
print(type(f).__name__, type(f) is W)
for x in 7, 9, 7, 9, 7, 9, 8, 8, 8, 9, 9, 9, 8, 8, 8, 7:
    f(x)
print(calls, f.cache_info())
f.cache_clear()
print(f.cache_info(), f.cache_parameters())
print(f.__wrapped__.__name__, f.__name__, f.__qualname__, f.__module__, f.__doc__)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(16)], fib.cache_info())
print(fib(200))

@cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq.cache_info(), sq.cache_parameters())

@lru_cache(0)
def z():
    calls.append('z')
    return 20
calls.clear()
print([z() for i in range(3)], calls, z.cache_info())

@lru_cache(maxsize=-10)
def neg(n):
    return n
print([neg(n) for n in range(3)], neg.cache_info())

@lru_cache
def noargs_deco(x):
    return x
print(noargs_deco(1), noargs_deco.cache_info())

# typed
for maxsize in (None, 128):
    @lru_cache(maxsize=maxsize, typed=True)
    def square(x):
        return x * x
    print(square(3), square(3.0), square(x=3), square(x=3.0), square(3), square.cache_info())
    @lru_cache(maxsize=maxsize)
    def untyped(x):
        return repr(x)
    print(untyped(1), untyped(1.0), untyped(True), untyped(x=1), untyped(x=True), untyped.cache_info())

# keyword handling and order
@lru_cache(maxsize=10)
def kw(**kwargs):
    return list(kwargs.items())
print(kw(a=1, b=2), kw(b=2, a=1), kw(a=1, b=2), kw.cache_info())

@lru_cache()
def g(x, y=0):
    return (x, y)
print(g(1), g(1, **{}), g(1, 0), g(x=1), g(1, y=0), g.cache_info())

@lru_cache()
def star(*args):
    return args
print(star(1, 2), star((1, 2)), star.cache_info())

# exceptions and unhashable
for maxsize in (None, 10):
    @lru_cache(maxsize)
    def bad(i):
        return 'abc'[i]
    try:
        bad(15)
    except IndexError as e:
        print('IndexError', e, e.__context__)
    try:
        bad([])
    except TypeError as e:
        print('TypeError', e)
    print(bad.cache_info())

# hash only once
class H:
    count = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        H.count += 1
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
@lru_cache(maxsize=1)
def h(x, y):
    return y
a = H(5)
h(a, 1); print(H.count, h.cache_info())
h(a, 1); print(H.count, h.cache_info())
h(6, 2); print(H.count, h.cache_info())
h(a, 1); print(H.count, h.cache_info())

# reentrancy (bug 35780)
once = True
@lru_cache(maxsize=10)
def r(x):
    global once
    rv = f'.{x}.'
    if x == 20 and once:
        once = False
        rv = r(x)
    return rv
for x in range(15):
    r(x)
print(r.cache_info())
print(r(20), r.cache_info())

@lru_cache(maxsize=10)
def test_func(x):
    return x
class DoubleEq:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return self.x
    def __eq__(self, other):
        if self.x == 2:
            test_func(DoubleEq(1))
        return self.x == other.x
test_func(DoubleEq(1))
test_func(DoubleEq(2))
print(test_func(DoubleEq(2)).x, test_func.cache_info())

# clearing from inside the function
@lru_cache(maxsize=2)
def clr(x):
    if x == 3:
        clr.cache_clear()
    return x
print(clr(1), clr(2), clr(3), clr.cache_info(), clr(1), clr.cache_info())

# methods: __get__ binding
class X(int):
    f_cnt = 0
    @lru_cache(2)
    def m(self, x):
        self.f_cnt += 1
        return x * 10 + self
a, b = X(5), X(7)
print(X.m.cache_info(), a.m(1), a.m(1), b.m(1), X.m.cache_info(), a.m.cache_info())
print(type(a.m).__name__, a.m.__self__ is a, X.m is X.__dict__['m'])
print(W.__get__(X.m, None, X) is X.m, W.__get__(X.m, a).__self__ is a)
try:
    W.__get__(X.m, None, None)
except TypeError as e:
    print(e)
class S:
    @staticmethod
    @lru_cache()
    def st(x):
        return x + 1
    @classmethod
    @lru_cache()
    def cm(cls, x):
        return (cls.__name__, x)
print(S.st(1), S().st(2), S.cm(3), S().cm(3), S.cm.cache_info())

# pickling, copy
@lru_cache()
def top(x):
    return x
print(top.__reduce__(), copy.copy(top) is top, copy.deepcopy(top) is top)
pc = lru_cache(2)(functools.partial(max, 0))
print(copy.copy(pc) is pc, pc(5), pc(5), pc.cache_info())
try:
    pc.__reduce__()
except AttributeError as e:
    print('reduce', e)

# __dict__, attributes
top.extra = 1
print(sorted(top.__dict__), top.extra)
try:
    del top.__dict__
except TypeError as e:
    print(e)
try:
    top.__dict__ = 3
except TypeError as e:
    print(e)

# constructing directly
CI = functools._CacheInfo
w = W(len, 3, False, CI)
print(w('abc'), w('abc'), w.cache_info(), hasattr(w, '__wrapped__'))
w = W(len, None, 1, CI)
print(w('ab'), w.cache_info())
for bad in [(), (len,), (1, 1, False, CI), (len, 'x', False, CI), (len, 1.5, False, CI), (len, 2, False)]:
    try:
        W(*bad)
    except TypeError as e:
        print('W', len(bad), e)
try:
    W(len, 2**70, False, CI)
except OverflowError as e:
    print('OverflowError', e)
w = W(user_function=len, maxsize=1, typed=False, cache_info_type=tuple)
try:
    print(w.cache_info())
except TypeError as e:
    print('cache_info', e)
w = W(len, 1, False, lambda *a: a)
print(w.cache_info())
try:
    class Sub(W): pass
except TypeError as e:
    print(e)
try:
    lru_cache(maxsize='x')
except TypeError as e:
    print(e)
try:
    f.cache_info(1)
except TypeError as e:
    print(e)
print(lru_cache(maxsize=None, typed=True)(len).cache_parameters())

# len cached as builtins.len
import builtins
old_len = builtins.len
try:
    builtins.len = lru_cache(4)(len)
    print([len('abcdefghijklmn'[:i]) for i in [0, 0, 1, 2, 3, 3, 4, 5, 6, 1, 7, 2, 1]])
finally:
    builtins.len = old_len

# tuple keys equal across int/float/bool, negative ints (hash(-1) == -2), big ints
@lru_cache(None)
def tk(*a): return a
print(tk(-1, 0), tk(-1.0, 0), tk(True, 0), tk(1.5, 'a'), tk(1.5, 'a'), tk((1, 2), 3), tk((1.0, 2), 3), tk.cache_info())
@lru_cache(2)
def tb(*a): return a
print(tb(-1, 0), tb(-1.0, 0), tb(2**70, 'x'), tb(2.0**70, 'x'), tb(-2**64, 'y'), tb(-2.0**64, 'y'), tb.cache_info())
print(tk('\U0001f600'), tk('\U0001f600'), tk(('\U0001f600',)), tk.cache_info())
