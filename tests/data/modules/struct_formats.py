# Format strings: sizes, native alignment, byte-order prefixes, whitespace,
# repeat counts and every parse error; pack/unpack round trips of each code.
import struct

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for order in ['', '@', '=', '<', '>', '!']:
    for c in 'xcbB?hHiIlLqQnNefdspP':
        t(lambda: (order + c, struct.calcsize(order + c), struct.calcsize(order + 'b' + c), struct.calcsize(order + 'b3' + c), struct.calcsize(order + c + 'b')))

for fmt in ['cbxxxxxxhhhhiillffd?', '3c3b18x12h6i6l6f3d3?', 'bhiqd', 'b0h', 'b0i', 'b0q', 'h0c', 'bP', 'be', 'b?', 'bn', 'bN', 'bf', 'bd',
            'x', '10x', '0x', 'xh', 'xxi', 's', '0s', '10s', '10p', 'b5sh', 'bh5s', '@iq', '=iq', '<iq', '>iq', '!iq', '',
            ' ', ' h ', 'h i', '\th\ni', '\x0bh\x0ci\r', '2h', '2 h', 'h2', 'h 2', '12345', 'c12345', '14s42', '3', 'h<', '<<h', '@@', '<',
            'Z', 'hZ', '\x1ch', 'n', '<n', '>N', '=P', '!e', 'h\0', '\0', '2\0i', 'é',
            '9223372036854775807x', '9223372036854775808x', '9223372036854775807xb', '4611686018427387903h', '4611686018427387904h',
            'b4611686018427387903h', '1' * 30, '1' * 30 + 'x', '%db%dH' % (2**62, 2**62), 'Zq' + '9' * 30]:
    t(lambda: struct.calcsize(fmt))
    t(lambda: struct.calcsize(fmt.encode('utf-8')))

t(lambda: struct.calcsize(b'\xffh'))
t(lambda: struct.calcsize(1))
t(lambda: struct.calcsize(bytearray(b'h')))
t(lambda: struct.calcsize(memoryview(b'h')))
t(lambda: struct.calcsize(['h']))
t(lambda: struct.calcsize())
t(lambda: struct.calcsize('h', 'i'))
t(lambda: struct.calcsize(format='h'))

class S(str):
    pass
class B(bytes):
    pass
t(lambda: struct.calcsize(S('hh')))
t(lambda: struct.pack(B(b'>h'), 258))

values = {'c': b'z', 'b': -5, 'B': 200, '?': True, 'h': -300, 'H': 60000, 'i': -70000, 'I': 4000000000,
          'l': -2**40, 'L': 2**40, 'q': -2**62, 'Q': 2**63 + 5, 'n': -12, 'N': 12, 'P': 0xdeadbeef,
          'e': 1.5, 'f': -2.25, 'd': 1e300, 's': b'str', 'p': b'pas'}
for order in ['', '=', '<', '>']:
    for c, v in values.items():
        fmt = order + 'b' + ('3' if c in 'sp' else '') + c + 'b'
        try:
            packed = struct.pack(fmt, 1, v, 2)
            print(fmt, packed.hex(), struct.unpack(fmt, packed))
        except struct.error as e:
            print(fmt, e)
    allfmt = order + 'x c b B ? h H i I l L q Q e f d 3s 3p'
    args = [values[c] if c not in 'lL' else 2**30 for c in 'cbB?hHiIlLqQefd'] + [b'ab', b'ab']
    packed = struct.pack(allfmt, *args)
    print(order, len(packed), packed.hex())
    print(struct.unpack(allfmt, packed))

t(lambda: struct.pack('4h', 1, 2, 3, 4))
t(lambda: struct.unpack('4h', bytes(range(8))))
t(lambda: struct.pack('2s3p2x2h', b'ab', b'cd', 5, 6))
t(lambda: struct.unpack('2s3p2x2h', b'abXcd\x00\x00\x05\x00\x06\x00'))
t(lambda: struct.pack('>5b', *range(-2, 3)))
t(lambda: struct.pack('iii', 3))
t(lambda: struct.pack('i', 3, 3, 3))
t(lambda: struct.pack('0s'))
t(lambda: struct.pack('x'))
t(lambda: struct.pack(''))
t(lambda: struct.unpack('', b''))
t(lambda: struct.unpack('x', b'\x05'))
t(lambda: struct.unpack('d', b'flap'))
t(lambda: struct.unpack('iii', struct.pack('ii', 1, 2)))
t(lambda: struct.unpack('i', struct.pack('ii', 1, 2)))
t(lambda: struct.pack('n', 0))
t(lambda: struct.pack('<n', 0))
t(lambda: struct.unpack('>N', b''))
t(lambda: struct.pack('1000x')[-3:])
# the cache: more than 100 formats, then _clearcache
for k in range(150):
    struct.calcsize('%dx' % k)
struct._clearcache()
print(struct.calcsize('7x'), struct.pack('>2H', 1, 2))
