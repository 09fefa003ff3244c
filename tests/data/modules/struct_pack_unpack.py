import struct
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: struct.pack('h', 40000)); t(lambda: struct.pack('<h', 40000)); t(lambda: struct.pack('H', -1)); t(lambda: struct.pack('<H', -1))
t(lambda: struct.pack('i', 2**31)); t(lambda: struct.pack('<i', 2**31)); t(lambda: struct.pack('I', -1)); t(lambda: struct.pack('<I', 2**32))
t(lambda: struct.pack('l', 2**63)); t(lambda: struct.pack('<l', 2**31)); t(lambda: struct.pack('q', 2**63)); t(lambda: struct.pack('<Q', -1))
t(lambda: struct.pack('b', 200)); t(lambda: struct.pack('B', 256)); t(lambda: struct.pack('<b', -129)); t(lambda: struct.pack('n', 2**63)); t(lambda: struct.pack('N', -1)); t(lambda: struct.pack('P', -1))
t(lambda: struct.pack('h', 1.5)); t(lambda: struct.pack('h', '1')); t(lambda: struct.pack('f', 'x')); t(lambda: struct.pack('f', 1e300)); t(lambda: struct.pack('e', 1e6)); t(lambda: struct.pack('<e', 65504.0))
t(lambda: struct.pack('c', b'ab')); t(lambda: struct.pack('c', 'a')); t(lambda: struct.pack('s', 'a')); t(lambda: struct.pack('3s', b'abcdef')); t(lambda: struct.pack('5p', b'abcdef')); t(lambda: struct.pack('?', []))
t(lambda: struct.pack('<n', 1)); t(lambda: struct.pack('<P', 1)); t(lambda: struct.pack('z', 1)); t(lambda: struct.pack('3', 1)); t(lambda: struct.pack('h h', 1, 2)); t(lambda: struct.pack('hh', 1)); t(lambda: struct.pack('h', 1, 2))
t(lambda: struct.calcsize('@bhiqd')); t(lambda: struct.calcsize('=bhiqd')); t(lambda: struct.calcsize('bhi0q')); t(lambda: struct.calcsize('<')); t(lambda: struct.calcsize('10s3x'))
t(lambda: struct.unpack('h', b'abc')); t(lambda: struct.unpack_from('h', b'abc', 2)); t(lambda: struct.unpack_from('h', b'abc', -5)); t(lambda: struct.unpack_from('h', b'abcd', -2))
b = bytearray(4)
t(lambda: struct.pack_into('h', b, 3, 1)); t(lambda: struct.pack_into('h', b, -5, 1)); t(lambda: struct.pack_into('h', bytes(4), 0, 1)); t(lambda: struct.pack_into('h', b, 1, 1)); print(b)
t(lambda: list(struct.iter_unpack('h', b'abc'))); t(lambda: list(struct.iter_unpack('h', b'abcd'))); t(lambda: struct.iter_unpack('h', b'abcd').__length_hint__()); t(lambda: struct.iter_unpack('0h', b''))
s = struct.Struct('<hI')
print(s.format, s.size, type(s), s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'))
t(lambda: struct.Struct(1)); t(lambda: struct.Struct(b'<h').format); t(lambda: struct.error.__mro__); t(lambda: struct.pack('e', 1.5)); t(lambda: struct.unpack('<e', b'\x00\x7c')); t(lambda: struct.unpack('<e', b'\x01\x7c'))
t(lambda: struct.unpack('?c5p3sx', b'\x02x\x03abcdxyz_')); t(lambda: struct.pack('>q', -2)); t(lambda: struct.pack('!d', 1.1))
class I:
    def __index__(self): return 7
t(lambda: struct.pack('i', I())); t(lambda: struct.pack('d', I())); t(lambda: struct.pack('d', 3)); t(lambda: struct.pack('i', True))
t(lambda: struct.pack('e', float('nan'))); t(lambda: struct.pack('<e', float('-inf'))); t(lambda: struct.pack('<e', 5.960464477539063e-08)); t(lambda: struct.pack('<e', 1e-8)); t(lambda: struct.pack('<e', 65520.0))
t(lambda: struct.unpack(b'h', b'ab')); t(lambda: struct.pack('<f', float('nan'))); t(lambda: struct.unpack('<f', b'\x00\x00\xc0\x7f'))
t(lambda: struct.pack('<f', 1e300)); t(lambda: struct.pack('>f', -1e300)); t(lambda: struct.pack('3s', bytearray(b'ab'))); t(lambda: struct.pack('3p', bytearray(b'ab'))); t(lambda: struct.pack('c', bytearray(b'a')))
t(lambda: struct.pack('<I', -1)); t(lambda: struct.pack('<H', 2**64)); t(lambda: struct.pack('B', 2**64)); t(lambda: struct.pack('Q', 2**64)); t(lambda: struct.pack('<i', 2**64)); t(lambda: struct.pack('h', -2**63-1))
t(lambda: struct.pack('f', 3.4028235e38*1.0000001)); t(lambda: struct.pack('<f', 3.4028235677973366e+38)); t(lambda: struct.pack('2x')); t(lambda: struct.unpack('300p', b'\xff' + b'a'*299)[0][:3]); t(lambda: len(struct.pack('300p', b'a'*400)))
t(lambda: struct.pack(' < h ', 1)); t(lambda: struct.calcsize('h <')); t(lambda: struct.calcsize('2 h'));t(lambda: struct.calcsize('ih'));t(lambda: struct.calcsize('hi'))
t(lambda: struct.unpack_from('h', buffer=b'abcd', offset=2)); t(lambda: struct.pack_into('h', bytearray(4), 0, 1, 2)); t(lambda: struct.unpack('h', memoryview(b'ab')))
t(lambda: struct.calcsize('999999999999999999999h'))
import random
r = random.Random(7)
for fmt in ['<e', '>e', '<f', '<d', '<q', '<Q', '>i', '@hlq']:
    for _ in range(200):
        if 'e' in fmt or 'f' in fmt or 'd' in fmt:
            x = r.uniform(-70000, 70000) * r.choice([1, 1e-6, 1e-3])
            try: out = struct.pack(fmt, x)
            except OverflowError: out = None
            if out is not None: assert struct.unpack(fmt, out) == struct.unpack(fmt, out)
            print(fmt, out)
        else:
            n = struct.calcsize(fmt)
            data = bytes(r.randrange(256) for _ in range(n))
            print(fmt, struct.unpack(fmt, data))
