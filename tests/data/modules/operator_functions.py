import operator, _operator
from operator import *

print(operator.add is _operator.add, type(operator.add).__name__, operator.add.__module__, operator.add.__qualname__)
print(sorted(k for k in vars(_operator) if not k.startswith('__')))
print(_operator.__doc__.splitlines()[0])
print(operator.__all__ == sorted(operator.__all__) or len(operator.__all__))

def t(label, fn, *a, **k):
    try:
        r = fn(*a, **k)
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Num({self.v})'
    def __add__(self, o): return Num(('add', self.v, o))
    def __iadd__(self, o): return Num(('iadd', self.v, o))
    def __index__(self): return 7
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
    def __lt__(self, o): return 'lt'
    def __bool__(self): return False
for name in ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
             'and_', 'or_', 'xor', 'concat', 'contains', 'countOf', 'indexOf', 'getitem', 'is_', 'is_not', 'matmul',
             'iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor', 'iconcat', 'imatmul']:
    fn = getattr(operator, name)
    for a, b in [(5, 3), (2.5, 2), ([1, 2], [3]), ('ab', 'b'), ((1, 2, 2), 2), (True, 3), (Num(1), 2), ({1: 'x'}, 1), (None, None), (2**70, 3)]:
        t(f'{name}({a!r}, {b!r})', fn, a, b)
    t(f'{name}()', fn)
    t(f'{name}(1, 2, 3)', fn, 1, 2, 3)
    t(f'{name} kw', fn, a=1, b=2)
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    fn = getattr(operator, name)
    for a in [5, -2.5, True, Num(0), 'x', [], 2**70, -0.0, None]:
        t(f'{name}({a!r})', fn, a)
    t(f'{name}()', fn)
    t(f'{name}(1, 2)', fn, 1, 2)
    t(f'{name} kw', fn, a=1)

# in-place operators mutate
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.iconcat(l, (3,)) is l, l, operator.imul(l, 2) is l, l)
s = {1}
print(operator.ior(s, {2}) is s, s, operator.iand(s, {2}) is s, s)
class SeqOnly:
    def __getitem__(self, i): return i
    def __add__(self, o): return 'seq add'
    def __iadd__(self, o): return 'seq iadd'
class AddOnly:
    def __add__(self, o): return 'add only'
for name in ['concat', 'iconcat']:
    t(name, getattr(operator, name), SeqOnly(), SeqOnly())
    t(name, getattr(operator, name), SeqOnly(), 1)
    t(name, getattr(operator, name), AddOnly(), AddOnly())
    t(name, getattr(operator, name), 1, [1])
    t(name, getattr(operator, name), {}, {})
    t(name, getattr(operator, name), b'ab', bytearray(b'c'))
    t(name, getattr(operator, name), bytearray(b'ab'), b'c')

# item operations
l = [1, 2, 3]
operator.setitem(l, 0, 'x'); print(l)
operator.setitem(l, slice(1, 3), ['y']); print(l)
operator.delitem(l, 0); print(l)
d = {}
operator.setitem(d, 'k', 1); print(d, operator.getitem(d, 'k'))
operator.delitem(d, 'k'); print(d)
t('delitem missing', operator.delitem, d, 'k')
t('setitem tuple', operator.setitem, (1,), 0, 2)
t('delitem int', operator.delitem, 1, 0)
t('getitem int', operator.getitem, 1, 0)
t('getitem slice', operator.getitem, 'abcdef', slice(1, 5, 2))
t('setitem 2', operator.setitem, [1], 0)
t('indexOf missing', operator.indexOf, [1, 2], 3)
t('indexOf iter', operator.indexOf, iter('abc'), 'c')
t('indexOf int', operator.indexOf, 5, 1)
t('countOf', operator.countOf, [1, 1.0, True, 2, float('nan')], 1)
nan = float('nan')
t('countOf nan', operator.countOf, [nan, nan, 1], nan)
t('indexOf nan', operator.indexOf, [1, nan], nan)
t('contains', operator.contains, range(10), 5)
t('contains int', operator.contains, 1, 1)
t('pow3', operator.pow, 2, 3, 5)

# call, length_hint, _compare_digest
t('call', operator.call, max, 1, 5, key=lambda v: -v)
t('call noargs', operator.call)
t('call kw', operator.call, dict, a=1)
t('call obj kw', operator.call, obj=len)
class LH:
    def __init__(self, v): self.v = v
    def __length_hint__(self):
        if isinstance(self.v, Exception): raise self.v
        return self.v
class WithLen:
    def __len__(self): return 4
    def __length_hint__(self): return 9
class BadLen:
    def __len__(self): raise TypeError('no len')
    def __length_hint__(self): return 3
for obj in [[1, 2], (), 'abcd', iter([1, 2, 3]), iter(range(10)), 5, LH(3), LH(NotImplemented), LH(TypeError('x')),
            LH(ValueError('v')), LH(-1), LH('s'), LH(2**70), LH(True), WithLen(), BadLen(), {1: 2}, reversed([1, 2])]:
    t(f'length_hint({type(obj).__name__})', operator.length_hint, obj)
    t(f'length_hint({type(obj).__name__}, 7)', operator.length_hint, obj, 7)
t('length_hint bad default', operator.length_hint, 5, 'x')
t('length_hint huge default', operator.length_hint, 5, 2**70)
t('length_hint neg default', operator.length_hint, 5, -3)
t('length_hint()', operator.length_hint)
t('length_hint kw', operator.length_hint, [], default=3)
cd = _operator._compare_digest
for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'ab', b'abc'), ('abc', 'abc'), ('abc', 'abd'), ('a\xe9', 'a\xe9'),
             ('abc', b'abc'), (bytearray(b'x'), b'x'), (memoryview(b'xy'), b'xy'), (1, 2), ([1], b''), (b'', ''), ('', '')]:
    t(f'_compare_digest({type(a).__name__}:{a if not isinstance(a, memoryview) else a.tobytes()!r}, {b!r})', cd, a, b)
t('_compare_digest()', cd, b'a')

import sys
print(operator.__name__, operator.lt.__doc__, operator.length_hint.__doc__.splitlines()[0])
print(operator.attrgetter.__module__, operator.itemgetter.__name__, operator.methodcaller.__qualname__)
print(operator.__lt__ is operator.lt, operator.__iadd__ is operator.iadd, operator.__not__ is operator.not_, operator.__inv__ is operator.inv)
