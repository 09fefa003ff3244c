from array import array
import array as am
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
for tc, vals in [('b', [128, -129]), ('B', [256, -1]), ('h', [2**15, -2**15-1]), ('H', [2**16, -1]), ('i', [2**31, -2**31-1]), ('I', [2**32, -1]), ('l', [2**63, -2**63-1]), ('L', [2**64, -1]), ('q', [2**63, -2**63-1]), ('Q', [2**64, -1])]:
    for v in vals: t(lambda: array(tc, [v]))
t(lambda: array('i', [1.5])); t(lambda: array('d', ['x'])); t(lambda: array('u', ['ab'])); t(lambda: array('u', [1])); t(lambda: array('x')); t(lambda: array(1)); t(lambda: array('ii'))
t(lambda: array('i', 'abc')); t(lambda: array('u', 'abc')); t(lambda: array('i', b'\x01\x00\x00\x00')); t(lambda: array('i', b'\x01\x00')); t(lambda: array('d', array('i', [1, 2]))); t(lambda: array('u', array('i', [1])))
a = array('i', [1, 2, 3])
t(lambda: a.pop(5)); t(lambda: array('i').pop()); t(lambda: a.remove(9)); t(lambda: a.index(9)); t(lambda: a.extend(array('d', [1.0]))); t(lambda: a + [1]); t(lambda: a.fromlist((1,))); t(lambda: a.fromunicode('x')); t(lambda: a.tounicode())
t(lambda: a.__setitem__(slice(0, 1), [1])); t(lambda: a.frombytes(b'abc')); t(lambda: a == [1, 2, 3]); t(lambda: a < array('d', [1, 3])); t(lambda: a * 2); t(lambda: repr(array('d'))); t(lambda: repr(array('u', 'hi')))
t(lambda: a.__reduce_ex__(3)[1][1:]); t(lambda: a.__reduce_ex__(2)[1:]); t(lambda: am._array_reconstructor(array, 'i', 8, b'\x01\x00\x00\x00')); t(lambda: am.typecodes)
t(lambda: a.buffer_info()[1]); t(lambda: a.itemsize); t(lambda: bytes(array('h', [1, 256])))
t(lambda: array('f', [1.1])); t(lambda: array('f', [1e300])); t(lambda: a[1:]); t(lambda: a[::-1]); t(lambda: a[5]); t(lambda: 2 in a); t(lambda: list(reversed(a)))
t(lambda: array.__module__); t(lambda: type(iter(a))); t(lambda: a.__iadd__([1]))
b = array('b', [1, 2, 3, 4, 5]); b[1:3] = array('b', [9]); print(b); del b[::2]; print(b); b *= 2; print(b); b.insert(-10, 7); print(b); b.byteswap(); print(b)
c = array('H', [1, 2]); c.byteswap(); print(c); print(c.count(512), c.index(512), array('I', [5]) == array('b', [5]))
import struct; d = array('i', [0, 0]); struct.pack_into('<i', d, 4, 77); print(d)
import pickle, copy
for x in [array('d', [1.5, -2.0]), array('u', 'héllo'), array('Q', [2**64 - 1]), array('b')]:
    print(pickle.loads(pickle.dumps(x)) == x, pickle.loads(pickle.dumps(x, 2)) == x, copy.deepcopy(x), x.tolist())
class Sub(array):
    pass
s = Sub('i', [4, 5]); s.extra = 1
print(s, type(s[:1]).__name__, pickle.loads(pickle.dumps(s)).extra, type(s * 2).__name__)
import io
f = io.BytesIO(); array('h', range(5)).tofile(f); f.seek(0); g = array('h'); g.fromfile(f, 5); print(g)
f.seek(0)
try: g.fromfile(f, 10)
except EOFError as e: print('EOFError', e, g)
print(array('i', range(10))[2:8:3], sum(array('d', [0.5, 1.5])), max(array('B', b'xyz')), sorted(array('h', [3, -1, 2])))
e = array('i', [1, 2, 3]); e[::2] = array('i', [7, 8]); print(e)
try: e[::2] = array('i', [1])
except ValueError as ex: print(ex)
print(array('l', [1]) < array('l', [1, 0]), array('i', [2]) >= array('i', [1, 9]))
m = memoryview(array('h', [1, 256])); print(m.tolist(), m.format, m.itemsize, m.nbytes, bytes(m))
print(memoryview(array('d', [1.5])).tolist(), memoryview(array('B', b'ab')).tolist(), bytearray(array('b', [1, 2])), b''.join([array('B', b'hi')]))
