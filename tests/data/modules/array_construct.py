# array.array construction: every typecode and initializer kind, the item
# conversions with each C setitem's range checks and messages, __index__ and
# __float__ objects, argument errors, subclasses and keyword arguments.
import array
from array import array as A

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Flt:
    def __float__(self): return 2.5
class Both(Idx):
    def __float__(self): return 0.5
class BadIdx:
    def __index__(self): raise ValueError('bad index')
class IntRet:
    def __float__(self): return 1
class IntSub(int):
    pass
class FloatSub(float):
    pass

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__, A.__qualname__, repr(A))
for tc in array.typecodes:
    a = A(tc)
    print(tc, repr(a), a.typecode, a.itemsize, len(a), a.__sizeof__(), a.tolist())

values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
          2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**53 + 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
          2**64 - 1, 2**64, -2**64, 10**30]
for tc in 'bBhHiIlLqQ':
    for v in values:
        t(lambda: (tc, v, A(tc, [v]).tolist()))
    for v in [Idx(5), Idx(-1), Idx(2**70), Both(3), True, IntSub(9), BadIdx(), 1.0, 2.5, '1', None, b'1', 3j, Flt()]:
        t(lambda: A(tc, [v]))
for tc in 'fd':
    for v in [0, -0.0, 1.1, 1e300, -1e300, 1e-50, 2**60, 2**1000, 10**400, True, Flt(), Both(1), Idx(7), IntRet(), FloatSub(1.5),
              float('inf'), float('nan'), '1.5', b'1', None, 3j, [1.0]]:
        t(lambda: A(tc, [v]))
for v in ['a', 'é', '\U0001F600', '\ud800', '', 'ab', 1, b'a', None, ['a']]:
    t(lambda: A('u', [v]))

# initializer kinds
for init in [[1, 2, 3], (4, 5), range(3), iter([6, 7]), b'\x01\x02', bytearray(b'\x03\x04'), memoryview(b'\x05\x06'),
             A('b', [1, 2]), A('B', [1, 2]), A('h', [3]), A('d', [1.0]), {1: 'x', 2: 'y'}, {9}, (x for x in [1, 2]), [],
             'abc', A('u', 'ab'), None, 10, 1.5]:
    for tc in 'bBhd':
        t(lambda: A(tc, init))
t(lambda: A('u', 'a\U0001F600b\ud800'))
t(lambda: A('u', A('u', 'xy')))
t(lambda: A('u', ['x', 'y']))
t(lambda: A('u', b'a\x00\x00\x00b\x00\x00\x00'))
t(lambda: A('u', b'abc'))
t(lambda: A('h', b'\x01\x02\x03'))
t(lambda: A('d', [1, 'x', 3]))
t(lambda: A('b', iter([1, 2, 300])))
t(lambda: A('i', A('d', [1.5])))
t(lambda: A('d', A('i', [1, 2])))
t(lambda: A('b', A('B', [200])))
t(lambda: A('I', A('i', [-1])))
t(lambda: A('q', A('Q', [2**64 - 1])))

# the typecode argument
for args in [(), ('xx',), ('x',), ('',), ('bb',), (b'b',), (1,), (None,), ('\U00012345',), ('b', [1], 3), ('é',), ('B', [1], None, None)]:
    t(lambda: A(*args))
t(lambda: A(typecode='b'))
t(lambda: A('b', initializer=[1]))
t(lambda: A(spam=42))
class NotIter:
    def __iter__(self): raise UnicodeError('no iter')
def gen():
    yield 1
    raise KeyError('in gen')
t(lambda: A('b', NotIter()))
t(lambda: A('b', gen()))
t(lambda: A('x', 5))
t(lambda: A('x', 'abc'))
t(lambda: A('x', A('u')))

# subclasses
class Sub(A):
    pass
class KwSub(A):
    def __init__(self, typecode, data=(), extra=None):
        self.extra = extra
class NewSub(A):
    def __new__(cls, data, tc='h'):
        return A.__new__(cls, tc, data)
class Slotted(A):
    __slots__ = ['offset']
    def __getitem__(self, i):
        return A.__getitem__(self, i) + self.offset
s = Sub('i', [1, 2])
print(repr(s), type(s).__name__, isinstance(s, A), s.typecode, len(s))
t(lambda: Sub('b', x=1))
k = KwSub('b', [1, 2], extra='e')
print(repr(k), k.extra)
t(lambda: KwSub('b', extra=1).extra)
n = NewSub([1, 2, 3])
print(repr(n), n.typecode)
sl = Slotted('b', [1, 2])
sl.offset = 10
print(sl[0], sl[1], list(sl), repr(sl))
t(lambda: setattr(sl, 'color', 'blue'))
t(lambda: A.__new__(Sub, 'b', [1]))
t(lambda: A.__new__(int, 'b'))
t(lambda: A.__new__(1, 'b'))
t(lambda: A.__new__())
import collections.abc
print(isinstance(A('b'), collections.abc.MutableSequence), isinstance(A('b'), collections.abc.Reversible), issubclass(Sub, collections.abc.Sequence))
t(lambda: hash(A('b')))
