import functools, copy
from functools import partial

def capture(*args, **kw):
    return args, kw

def show(label, f, *a, **k):
    try:
        print(label, f(*a, **k))
    except Exception as e:
        print(label, type(e).__name__, e)

# type identity
print(partial, partial.__name__, partial.__qualname__, partial.__module__, type(partial).__name__)
import _functools
print(functools.partial is _functools.partial, functools.reduce is _functools.reduce)
print(type(functools.reduce).__name__, functools.reduce.__module__, functools.reduce.__name__)
print(sorted(k for k in vars(_functools) if not k.startswith('__')))
print(_functools.__doc__)
print(partial.__doc__)

# basic calls
p = partial(capture, 1, 2, a=10, b=20)
print(p(3, 4, b=30, c=40))
print(p.func is capture, p.args, p.keywords)
print(p())
p2 = partial(capture)
print(p2(), p2(1, 2), p2(a=1), p2.args, p2.keywords)
p3 = partial(capture, a=1)
print(p3(a=3, b=2), p3(b=2), p3())
print(list(partial(map, lambda x: x * 10)([1, 2, 3])))
print(partial(str.join, '')(['a', 'b']), partial(''.join)(['c', 'd']))
print(partial(max, key=len)('aa', 'b', 'cccc'))
print(partial(int, base=16)('ff'), partial(sorted, reverse=True)([3, 1, 2]))

# keyword order and caller's dict protection
def func(a=10, b=20):
    return a
d = {'a': 3}
p = partial(func, a=5)
print(p(**d), d, p(b=7), d)
d = {'a': 3}
p = partial(capture, **d)
d['a'] = 5
print(p())
p = partial(capture, z=1, a=2)
print(p(m=3, a=4))

# argument checking
show('no args', partial)
show('not callable', partial, 2)
show('not callable kw', partial, None, x=1)
show('call error', partial(lambda x, y: x / y, 1, 0))
show('bad kw', partial(capture, 1), **{})

# nested flattening
inner = partial(capture, 'asdf')
nested = partial(inner, bar=True)
print(nested.func is capture, nested.args, nested.keywords)
nested2 = partial(partial(capture, 1, x=1), 2, x=2, y=3)
print(nested2.func is capture, nested2.args, nested2.keywords, nested2(3))
q = partial(capture, 1)
q.attr = 'spam'
nested3 = partial(q, 2)
print(nested3.func is q, nested3.args, nested3(3))
r = partial(capture, 1)
r.__dict__
nested4 = partial(r, 2)
print(nested4.func is r, nested4.args)

# attributes are read-only, __dict__
p = partial(capture, 1, 2, a=10)
for name in ('func', 'args', 'keywords'):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print('set', name, type(e).__name__, e)
    try:
        delattr(p, name)
    except AttributeError as e:
        print('del', name, type(e).__name__, e)
print(p.__dict__)
p.x = 1
print(p.__dict__, p.x)
try:
    del p.__dict__
except TypeError as e:
    print('del __dict__', e)
try:
    p.__dict__ = 1
except TypeError as e:
    print('set __dict__', e)
p.__dict__ = {'y': 2}
print(p.y, vars(p))

# repr
print(repr(partial(len)))
print(repr(partial(len, 1, 'x', k=None)))
print(repr(partial(len, [1], y=(2,))))
f = partial(capture)
f.__setstate__((f, (), {}, {}))
print(repr(f))
f.__setstate__((len, (f,), {}, {}))
print(repr(f))
f.__setstate__((len, (), {'a': f}, {}))
print(repr(f))
f.__setstate__((len, (), {}, {}))
f.keywords[1234] = 'value'
print(repr(f))
show('non-str keyword', f)

class Sub(partial):
    pass
s = Sub(len, 1, z=2)
print(repr(s), type(s).__name__, isinstance(s, partial), s.__dict__)
s.tag = 5
print(s.tag, s.func, s.args, s.keywords)
n = partial(s, 2)
print(n.func is s, n.args)
class Sub2(partial):
    def __call__(self, *a, **k):
        return ('sub2', super().__call__(*a, **k))
    def __repr__(self):
        return 'Sub2!' + super().__repr__()
s2 = Sub2(capture, 1)
print(s2(2), repr(Sub2(len, 1)))
n2 = partial(s2, 3)
print(n2.func is s2, n2())
class Sub3(partial):
    __slots__ = ('w',)
s3 = Sub3(capture, 7)
s3.w = 1
print(s3.w, s3(), s3.__dict__)
class Sub4(partial):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.extra = len(args)
        return self
s4 = Sub4(capture, 1, 2)
print(s4.extra, s4(3))

# __reduce__ / __setstate__
p = partial(capture, 1, a=2)
print(p.__reduce__()[0] is partial, p.__reduce__()[1][0] is capture, p.__reduce__()[2][1:])
p.attr = []
print(p.__reduce__()[2][3])
f = partial(capture)
f.__setstate__((capture, (1,), dict(a=10), dict(attr=[])))
print(f.args, f.keywords, f.__dict__, f(2, b=20))
f.__setstate__((capture, (1,), dict(a=10), None))
print(f.__dict__, f(2, b=20))
f.__setstate__((capture, (1,), None, None))
print(f.keywords, f(2, b=20), f())
class MyTuple(tuple): pass
class MyDict(dict): pass
f.__setstate__((capture, MyTuple((1,)), MyDict(a=10), None))
print(type(f.args).__name__, type(f.keywords).__name__, f())
for bad in [(capture, (), {}), (capture, (), {}, {}, None), [capture, (), {}, None], (None, (), {}, None),
            (capture, None, {}, None), (capture, [], {}, None), (capture, (), [], None), 5]:
    try:
        f.__setstate__(bad)
    except TypeError as e:
        print('setstate', type(bad).__name__, e)
try:
    f.__setstate__()
except TypeError as e:
    print(e)

# copy
def sig(part):
    return (part.func, part.args, part.keywords, part.__dict__)
f = partial(sig, ['asdf'], bar=[True])
f.attr = []
c = copy.copy(f)
print(sig(c) == sig(f), c.attr is f.attr, c.args is f.args, c.keywords is f.keywords)
dc = copy.deepcopy(f)
print(sig(dc) == sig(f), dc.attr is f.attr, dc.args is f.args, dc.args[0] is f.args[0], dc.keywords is f.keywords)
for proto in range(6):
    pc = copy.deepcopy(partial(capture, 1, k=[2]))
    print(proto, type(pc).__name__, pc(), pc.func is capture, partial(capture, 1).__reduce_ex__(proto)[2][1:])
ps = copy.copy(partial(max, 1))
print(ps(5), ps.__dict__)

# generic alias, descriptors
print(partial[int], type(partial[int]).__name__)
class C:
    m = partial(capture, 'x')
    s = staticmethod(partial(capture, 'y'))
print(C.m(1), C().m(2), C().s(3))
print(hasattr(partial, '__get__'), callable(partial(len)))
print(partial(capture, 1).__class__ is partial)

# methods of partial objects through functools helpers
print(functools.partialmethod, functools.update_wrapper(partial(len), len).__wrapped__)
def documented(s):
    "the doc"
    return len(s)
pm = partial(documented)
functools.update_wrapper(pm, documented)
print(pm.__name__, pm.__doc__, pm.__wrapped__ is documented, pm('abc'), sorted(pm.__dict__))
