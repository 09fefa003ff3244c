# Half, single and double precision: exact rounding (ties to even, double
# rounding, subnormals), infinities, NaN signs, overflow errors, and what
# counts as a float argument.
import struct, math, random

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, -2.0, 65504.0, 65519.0, 65519.99, 65520.0, 65536.0, 2**-14, 2**-24, 2**-25, 2**-26, 2**-25 + 2**-35,
          2**-14 - 2**-24, 2**-14 - 2**-25, 2**-14 - 2**-25 - 2**-65, 1 + 2**-11, 1 + 2**-11 + 2**-16, 1 + 2**-12, 0x1ffdffffff * 2**-26,
          0.333251953125, 1 / 3, 1e-8, 5.960464477539063e-08, 1e300, -1e300, float('inf'), float('-inf'), 3.14159, 1e-300, 5e-324]:
    for fmt in ['<e', '>e', 'e', '<f', '>f', 'f', '=f', '<d', '>d']:
        try:
            p = struct.pack(fmt, x)
            print(fmt, repr(x), p.hex(), struct.unpack(fmt, p))
        except Exception as e:
            print(fmt, repr(x), type(e).__name__, e)

for fmt in ['<e', '<f', '<d', '>e', '>f', '>d', 'e', 'f', 'd']:
    print(fmt, struct.pack(fmt, math.nan).hex(), struct.pack(fmt, -math.nan).hex())
for bits in [b'\x01\xfc', b'\x00\xfe', b'\xff\xff', b'\x01\x7c', b'\x00\x7e', b'\xff\x7f', b'\x00\x7c', b'\x00\xfc', b'\x01\x00', b'\xff\x03', b'\x00\x04', b'\xff\x7b']:
    x = struct.unpack('<e', bits)[0]
    print(bits.hex(), x, math.copysign(1, x), struct.unpack('>e', bits[::-1])[0] == x or math.isnan(x))
for bits in [b'\x00\x00\xc0\x7f', b'\x00\x00\xc0\xff', b'\x01\x00\x80\x7f', b'\x00\x00\x80\x7f', b'\x01\x00\x00\x00', b'\xff\xff\x7f\x7f']:
    x = struct.unpack('<f', bits)[0]
    print(bits.hex(), x, struct.pack('<f', x).hex())

# the largest single, and one bit past it
big = math.ldexp((1 << 24) - 1, 127 - 23)
print(struct.unpack('>f', struct.pack('>f', big))[0] == big)
t(lambda: struct.pack('>f', math.ldexp((1 << 25) - 1, 127 - 24)))
t(lambda: struct.pack('f', math.ldexp((1 << 25) - 1, 127 - 24)))
for base in range(1, 33):
    delta = 0.5
    while base - delta / 2.0 != base:
        delta /= 2.0
    smaller = base - delta
    print(base, struct.unpack('<f', struct.pack('<f', smaller))[0], struct.pack('>f', smaller).hex())

class F:
    def __float__(self): return 2.5
class FBad:
    def __float__(self): raise ValueError('no float')
class FWrong:
    def __float__(self): return 'x'
class Idx:
    def __index__(self): return 7
class FSub(float):
    def __float__(self): return 99.0
for v in [F(), FBad(), FWrong(), Idx(), FSub(1.5), True, 3, 2**1000, 10**400, -10**400, '1.5', b'1', None, [1.0], 1j]:
    for fmt in ['d', '<f', 'e', '>e']:
        t(lambda: struct.pack(fmt, v))

r = random.Random(12345)
for _ in range(300):
    x = r.uniform(-70000, 70000) * r.choice([1, 1e-3, 1e-6, 1e-9])
    out = []
    for fmt in ['<e', '>f', '<d']:
        try:
            p = struct.pack(fmt, x)
            out.append(p.hex() + ':' + repr(struct.unpack(fmt, p)[0]))
        except OverflowError as e:
            out.append(str(e))
    print(repr(x), ' '.join(out))
for h in range(0, 65536, 97):
    x = struct.unpack('<e', h.to_bytes(2, 'little'))[0]
    if x == x:
        assert struct.pack('<e', x) == h.to_bytes(2, 'little'), h
print('half round trip ok')
