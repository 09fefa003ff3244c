# Pickling (__reduce_ex__ per protocol, _array_reconstructor with every
# machine format and its errors, subclasses with state, iterators), copies,
# and the buffer protocol: bytes(), bytearray(), memoryview(), struct,
# joins and file writes reading arrays, pack_into and views writing them.
import array, pickle, copy, struct, io
from array import array as A
from array import _array_reconstructor as recon

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

samples = [A('b', [-1, 2]), A('B', [255]), A('u', 'hé\U0001F600'), A('h', [-300]), A('H', [65535]), A('i', [-7]), A('I', [2**32 - 1]),
           A('l', [-2**63]), A('L', [2**64 - 1]), A('q', [2**62]), A('Q', [2**64 - 1]), A('f', [1.5, float('inf')]), A('d', [-0.0, 1e300]), A('d')]
for x in samples:
    print(x.__reduce_ex__(0), x.__reduce_ex__(2) == x.__reduce_ex__(1), x.__reduce_ex__(3), x.__reduce_ex__(5)[0] is recon)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        y = pickle.loads(pickle.dumps(x, proto))
        assert y == x and type(y) is A and y is not x, (x, proto)
    c, dc = copy.copy(x), copy.deepcopy(x)
    print(c == x, c is not x, dc == x, type(c).__name__)
t(lambda: A('b').__reduce_ex__(1.0))
t(lambda: A('b').__reduce_ex__('3'))
t(lambda: A('b').__reduce_ex__(True))
t(lambda: A('b').__reduce_ex__(2**70))
t(lambda: A('b').__reduce_ex__())
t(lambda: A('b').__reduce_ex__(value=3))

class Sub(A):
    pass
class Slots(A):
    __slots__ = ('tag',)
s = Sub('i', [1, 2])
s.attr = {'k': [1]}
print(s.__reduce_ex__(2), s.__reduce_ex__(4))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    y = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(y).__name__, y, y.attr, y == s)
e = Sub('d')
print(e.__reduce_ex__(3), pickle.loads(pickle.dumps(e)).__dict__)
sl = Slots('b', [1])
sl.tag = 't'
t(lambda: sl.__reduce_ex__(3))
print(copy.copy(s), type(copy.copy(s)).__name__, copy.deepcopy(s))

# _array_reconstructor
testcases = [
    (['B', 'H', 'I', 'L'], 0, '=BBBB', [0x80, 0x7f, 0, 0xff]),
    (['b', 'h', 'i', 'l'], 1, '=bbb', [-0x80, 0x7f, 0]),
    (['H', 'I', 'L'], 2, '<HHHH', [0x8000, 0x7fff, 0, 0xffff]),
    (['H', 'I', 'L'], 3, '>HHHH', [0x8000, 0x7fff, 0, 0xffff]),
    (['h', 'i', 'l'], 4, '<hhh', [-0x8000, 0x7fff, 0]),
    (['h', 'i', 'l'], 5, '>hhh', [-0x8000, 0x7fff, 0]),
    (['I', 'L'], 6, '<IIII', [1 << 31, (1 << 31) - 1, 0, (1 << 32) - 1]),
    (['I', 'L'], 7, '>IIII', [1 << 31, (1 << 31) - 1, 0, (1 << 32) - 1]),
    (['i', 'l'], 8, '<iii', [-1 << 31, (1 << 31) - 1, 0]),
    (['i', 'l'], 9, '>iii', [-1 << 31, (1 << 31) - 1, 0]),
    (['L', 'Q'], 10, '<QQQQ', [1 << 63, (1 << 63) - 1, 0, (1 << 64) - 1]),
    (['L', 'Q'], 11, '>QQQQ', [1 << 63, (1 << 63) - 1, 0, (1 << 64) - 1]),
    (['l', 'q'], 12, '<qqq', [-1 << 63, (1 << 63) - 1, 0]),
    (['l', 'q'], 13, '>qqq', [-1 << 63, (1 << 63) - 1, 0]),
    (['f'], 14, '<ffff', [16711938.0, float('inf'), float('-inf'), -0.0]),
    (['f'], 15, '>ffff', [16711938.0, float('inf'), float('-inf'), -0.0]),
    (['d'], 16, '<dddd', [9006104071832581.0, float('inf'), float('-inf'), -0.0]),
    (['d'], 17, '>dddd', [9006104071832581.0, float('inf'), float('-inf'), -0.0]),
]
for codes, mf, fmt, values in testcases:
    raw = struct.pack(fmt, *values)
    for tc in codes:
        b = recon(A, tc, mf, raw)
        print(tc, mf, b, b == A(tc, values))
text = 'Bonne Journ\xe9e \U0002030a\U00020347'
for mf, enc in [(18, 'UTF-16-LE'), (19, 'UTF-16-BE'), (20, 'UTF-32-LE'), (21, 'UTF-32-BE')]:
    print(mf, recon(A, 'u', mf, text.encode(enc)) == A('u', text))
print(recon(Sub, 'b', 1, b'\x01\xff'), type(recon(Sub, 'b', 1, b'')).__name__, recon(Sub, 'h', 5, b'\x00\x01'))
for args in [('', 'b', 0, b''), (str, 'b', 0, b''), (A, 'b', '', b''), (A, 'b', 0, ''), (A, '?', 0, b''), (A, 'b', -1, b''),
             (A, 'b', 22, b''), (A, 'd', 16, b'a'), (A, 'b', 2, b'abc'), (A, 'd', 14, b'abc'), (A, 'u', 18, b'\x00\xd8'),
             (A, 'u', 20, b'\xff\xff\xff\xff'), (A, 1, 0, b''), (A, 'bb', 0, b''), (A, None, 0, b''), (A, 'b', 1.0, b''),
             (A, 'b', 2**40, b''), (A, 'b', 0), (A, 'b', 0, b'', 1), (int, 'b', 0, b'')]:
    t(lambda: recon(*args))
t(lambda: recon(arraytype=A, typecode='b', mformat_code=0, items=b''))

# iterators pickle with their position
orig = A('h', [5, 6, 7])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(orig)
    for steps in range(5):
        data = pickle.dumps((it, orig), proto)
        it2, a2 = pickle.loads(data)
        a2.fromlist([8, 9])
        print(proto, steps, type(it2).__name__, list(it2))
        next(it, None)
it = iter(A('b', [1, 2, 3]))
print(it.__reduce__())
next(it)
print(it.__reduce__())
it.__setstate__(0); print(list(it), it.__reduce__())
it = iter(A('b', [1, 2, 3])); it.__setstate__(-5); print(list(it))
it = iter(A('b', [1, 2, 3])); it.__setstate__(100); print(list(it))
it = iter(A('b', [1, 2, 3])); t(lambda: it.__setstate__('x')); t(lambda: it.__setstate__(2**70))

# the buffer protocol, reading
h = A('h', [1, 256, -2])
print(bytes(h), bytearray(h), bytes(A('u', 'a')), bytes(A('d', [1.0])), b''.join([A('B', b'hi'), A('b', [33])]), b'-'.join([h]))
print(struct.unpack('<3h', h), struct.unpack_from('<h', h, 2), list(struct.iter_unpack('<h', h)), struct.unpack('6B', h))
m = memoryview(h)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m.tobytes(), m[1], m.readonly, m.ndim, m.shape)
for tc, init in [('b', [-1, 1]), ('B', [200]), ('H', [65535]), ('i', [-5]), ('I', [2**32 - 1]), ('l', [-2**40]), ('L', [2**63]), ('q', [-1]), ('Q', [2**64 - 1]), ('f', [0.5]), ('d', [0.25])]:
    mv = memoryview(A(tc, init))
    print(tc, mv.format, mv.itemsize, mv.tolist(), list(bytes(mv)))
print(io.BytesIO(A('i', [1])).getvalue(), int.from_bytes(A('B', [1, 2]), 'big'), bytes(A('b')), A('b', b'xyz').tobytes().decode())
bio = io.BytesIO()
bio.write(A('h', [1, 2]))
print(bio.getvalue())
import hashlib, zlib, binascii
print(hashlib.sha256(A('i', [1, 2, 3])).hexdigest()[:16], zlib.crc32(A('b', [1, 2])), binascii.hexlify(A('H', [0x1234])))

# writing through the buffer
w = A('b', b' ' * 8)
struct.pack_into('<hi', w, 1, -2, 7)
print(w, w.tobytes())
w2 = A('d', [0.0, 0.0])
struct.pack_into('<d', w2, 8, 2.5)
print(w2)
t(lambda: struct.pack_into('<Q', A('b', [0] * 4), 0, 1))
mb = memoryview(A('B', [0, 0, 0]))
mb[1] = 200
print(mb.obj.tolist() if hasattr(mb.obj, 'tolist') else mb.tolist())
arr = A('B', [1, 2, 3])
mv2 = memoryview(arr)
mv2[0] = 9
print(arr, bytes(mv2))
rb = A('b', [0] * 4)
io.BytesIO(b'\x01\x02\x03').readinto(rb)
print(rb)
