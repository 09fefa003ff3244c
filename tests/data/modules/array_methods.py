# array.array's methods: results, argument errors, conversions on the way in
# (and nothing changed on error), the over-allocation __sizeof__ reports,
# byteswap, bytes/list/unicode/file conversions.
import array, io, sys
from array import array as A

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = A('i', [1, 2, 3])
for name in ['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'reverse', 'buffer_info', 'byteswap', 'frombytes',
             'tobytes', 'fromlist', 'tolist', 'fromunicode', 'tounicode', 'fromfile', 'tofile', '__reduce_ex__', '__copy__',
             '__deepcopy__', '__sizeof__', '__len__', '__getitem__', '__setitem__', '__delitem__', '__contains__', '__iter__',
             '__add__', '__iadd__', '__mul__', '__rmul__', '__imul__', '__eq__', '__lt__', '__repr__']:
    m = getattr(a, name)
    t(lambda: m(1, 2, 3, 4, 5))
    t(lambda: m(x=1))
print(a)
t(lambda: a.append())
t(lambda: a.insert(1))
t(lambda: a.insert(None, 1))
t(lambda: a.insert(1.0, 1))
t(lambda: a.pop(None))
t(lambda: a.pop(1.0))
t(lambda: a.pop(2**100))
t(lambda: a.insert(2**100, 5))
t(lambda: a.index())
t(lambda: a.index(1, 'x'))
t(lambda: a.index(1, None))
t(lambda: a.index(1, 0, None))
t(lambda: a.__getitem__())
t(lambda: a.__setitem__(0))
t(lambda: a.__len__(1))
print(a)

# append / insert / pop / remove / index / count
b = A('h')
for v in [5, -3, 7, 5]:
    b.append(v)
b.insert(0, 9); b.insert(-1, 8); b.insert(100, 1); b.insert(-100, 0); b.insert(2**62, 4); b.insert(-2**62, 3)
print(b, len(b))
t(lambda: b.append(40000)); t(lambda: b.insert(0, 'x')); t(lambda: b.append(1.0))
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b.pop(1), b)
t(lambda: b.pop(len(b))); t(lambda: b.pop(-len(b) - 1)); t(lambda: A('b').pop()); t(lambda: A('b').pop(None))
b.remove(5); print(b)
t(lambda: b.remove(42)); t(lambda: b.remove(None)); t(lambda: b.remove('x'))
c = A('i', [-2, -1, 0, 0, 1, 2])
for args in [(0,), (0, 2), (0, -4), (-2, -10), (0, 3), (0, -3), (0, 3, 4), (0, -3, -2), (2, 0, -10), (0, 4), (2, 2**100), (2, -2**100, 2**100),
             (0, True), (1.0,), (None,), ('x',), (0, 0, 0), (2, 5, 1)]:
    t(lambda: c.index(*args))
print(c.count(0), c.count(0.0), c.count(True), c.count(None), c.count('x'), c.count(3))
d = A('d', [1.0, float('nan'), 2.5])
nan = d[1]
print(d.count(nan), d.count(float('nan')), nan in d, 2.5 in d, 2 in A('i', [2]), 2.0 in A('i', [2]), '2' in A('i', [2]))
t(lambda: d.index(float('nan')))
t(lambda: d.remove(float('nan')))

# reverse, byteswap
for tc, init in [('b', [1, 2, 3]), ('h', [1, 256, -2]), ('i', [1, 2**20]), ('Q', [1, 2**63]), ('f', [1.5, -2.0]), ('d', [1.5]), ('u', 'ab\U0001F600')]:
    x = A(tc, init)
    x.reverse(); print(x)
    x.byteswap(); print(x.tobytes().hex())
    x.byteswap(); print(x)
    y = A(tc); y.reverse(); y.byteswap(); print(y)

# frombytes / tobytes
e = A('h', [1])
e.frombytes(b'\x02\x00\x03\x00'); print(e)
e.frombytes(bytearray(b'\x04\x00')); print(e)
e.frombytes(memoryview(b'\x05\x00')); print(e)
e.frombytes(A('b', [6, 0])); print(e)
e.frombytes(b''); print(e)
for bad in [b'x', 'ab', 1, None, A('h', [1]), memoryview(b'abcd').cast('h'), memoryview(b'abcd')[::2]]:
    t(lambda: e.frombytes(bad))
print(e, e.tobytes(), A('u', 'hi').tobytes(), A('d', [0.5]).tobytes(), A('b').tobytes())

# fromlist / tolist
f = A('B', [1])
f.fromlist([2, 3]); print(f)
t(lambda: f.fromlist([4, 'x', 5])); print(f)
t(lambda: f.fromlist([4, 256])); print(f)
t(lambda: f.fromlist((4,))); t(lambda: f.fromlist(A('B', [4]))); t(lambda: f.fromlist())
f.fromlist([]); print(f, f.tolist(), A('d', [1.5]).tolist(), A('u', 'ab').tolist(), A('Q', [2**64 - 1]).tolist())

# extend: arrays of the same kind at once, other iterables item by item
g = A('b', [1])
g.extend(A('b', [2, 3])); print(g)
g.extend([4, 5]); print(g)
g.extend(range(6, 8)); print(g)
g.extend(x for x in [8]); print(g)
g.extend(b'\x09'); print(g)
g.extend(g); print(g)
t(lambda: g.extend([10, 'x', 11])); print(g)
t(lambda: g.extend([12, 300])); print(g)
t(lambda: g.extend(A('B', [1]))); t(lambda: g.extend(5)); t(lambda: g.extend()); t(lambda: g.extend(bb=[1])); t(lambda: g.extend([1], [2]))
print(g)

# unicode
u = A('u', 'hé')
u.fromunicode('\U0001F600z'); u.fromunicode(''); print(u, len(u), u.tounicode(), u[2], list(u))
t(lambda: u.fromunicode(1)); t(lambda: u.fromunicode(b'x')); t(lambda: A('b').fromunicode('x')); t(lambda: A('b').fromunicode(1)); t(lambda: A('b').tounicode())
t(lambda: u.fromunicode())
bad = A('u', b'\xff\xff\xff\xff\x00\x00\x11\x00')
t(lambda: bad.tounicode()); t(lambda: bad[0]); t(lambda: bad[1]); t(lambda: repr(bad)); t(lambda: str(bad)); t(lambda: bad.tolist()); t(lambda: list(bad)); print(len(bad))
sur = A('u', '\ud800x\udc00')
print(len(sur), sur.tounicode() == '\ud800x\udc00', repr(sur), sur.tobytes().hex())

# files
data = A('i', range(-3, 4))
buf = io.BytesIO()
data.tofile(buf)
print(buf.getvalue().hex())
buf.seek(0)
h = A('i')
h.fromfile(buf, 3); print(h)
t(lambda: h.fromfile(buf, 10)); print(h)
buf = io.BytesIO(b'abcde')
t(lambda: h.fromfile(buf, 2)); print(h)
t(lambda: h.fromfile(io.BytesIO(b''), 0)); print(h)
t(lambda: h.fromfile(io.BytesIO(b''), -1))
t(lambda: h.fromfile(io.BytesIO(b''), 1.0))
t(lambda: h.fromfile(io.BytesIO(b'')))
t(lambda: h.fromfile(1, 1))
t(lambda: h.fromfile(f=io.BytesIO(b''), n=0))
class StrReader:
    def read(self, n): return 'ab'
class BadReader:
    def read(self, n): raise OSError('no read')
t(lambda: h.fromfile(StrReader(), 1)); t(lambda: h.fromfile(BadReader(), 1))
class Writer:
    def __init__(self): self.parts = []
    def write(self, b): self.parts.append((type(b).__name__, len(b)))
w = Writer(); A('b', bytes(200000)).tofile(w); print(w.parts)
w = Writer(); A('d').tofile(w); print(w.parts)
w = Writer(); A('d', [1.0] * 9000).tofile(w); print(w.parts)
t(lambda: A('b', [1]).tofile(1)); t(lambda: A('b').tofile(1)); t(lambda: A('b').tofile())
t(lambda: h.fromfile(open('/nonexistent/x', 'rb') if False else io.BytesIO(b'\x01\x00\x00\x00'), 1)); print(h)

# sizes: CPython's over-allocation pattern
x = A('i')
sizes = []
for k in range(70):
    x.append(k)
    sizes.append(x.__sizeof__())
print(sizes)
print(A('i', range(10)).__sizeof__(), A('i', [1] * 10).__sizeof__(), A('b', b'abc').__sizeof__(), A('u', 'abc').__sizeof__(), A('b', A('b', [1, 2])).__sizeof__())
y = A('i', [1] * 100)
del y[:50]; print(y.__sizeof__())
y.pop(); print(y.__sizeof__())
del y[:40]; print(y.__sizeof__())
del y[:]; print(y.__sizeof__(), y.buffer_info()[1])
z = A('h', [1, 2]); z *= 5; print(z.__sizeof__())
z += A('h', [3]); print(z.__sizeof__())
z.extend([1, 2, 3]); print(z.__sizeof__())
z.frombytes(b'ab'); print(z.__sizeof__())
z.fromlist([1, 2]); print(z.__sizeof__())
z *= 0; print(z.__sizeof__(), z)
w2 = A('b'); w2.insert(0, 1); print(w2.__sizeof__()); w2[0:0] = A('b', [1, 2, 3, 4, 5]); print(w2.__sizeof__()); w2[:] = A('b'); print(w2.__sizeof__())
print((A('i', [1, 2]) * 3).__sizeof__(), (A('i', [1]) + A('i', [2])).__sizeof__(), A('i', range(5))[1:3].__sizeof__(), A('i', range(5))[::2].__sizeof__())
bi = A('b', [1, 2]).buffer_info()
print(type(bi), len(bi), type(bi[0]), bi[1])
