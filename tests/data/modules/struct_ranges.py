# Integer packing across every byte order: range checks and their messages,
# __index__ objects, bools, int subclasses, and the OverflowError conversions.
import struct

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

class BadIdx:
    def __index__(self): raise ValueError('bad index')

class WrongIdx:
    def __index__(self): return 1.5

class IntSub(int):
    pass

codes = 'bBhHiIlLqQnNP'
orders = ['', '@', '=', '<', '>', '!']
values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
          2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**53 + 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
          2**64 - 1, 2**64, -2**64, 10**30, -10**30]
for order in orders:
    for c in codes:
        fmt = order + c
        try:
            struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, 'calcsize', e)
            continue
        for v in values:
            try:
                packed = struct.pack(fmt, v)
                back = struct.unpack(fmt, packed)[0]
                print(fmt, v, packed.hex(), back)
            except Exception as e:
                print(fmt, v, type(e).__name__, e)

for order in orders:
    for c in 'bBhHiIlLqQ':
        fmt = order + c
        for v in [Idx(5), Idx(-1), Idx(2**64), Idx(-2**64), True, False, IntSub(7), IntSub(-2**70), BadIdx(), WrongIdx(), 1.0, 2.5, '1', None, b'1', [1], 3j]:
            t(lambda: struct.pack(fmt, v))
for v in [Idx(2**64), Idx(-2**64), Idx(-1), IntSub(2**65), 2**65, -2**65]:
    t(lambda: struct.pack('P', v))
    t(lambda: struct.pack('>q', v))
    t(lambda: struct.pack('>Q', v))
    t(lambda: struct.pack('<e', v))
    t(lambda: struct.pack('>f', v))

# bools: any truth value packs; '?' unpacks every non-zero byte as True
for order in orders:
    fmt = order + '?' * 8
    packed = struct.pack(fmt, 0, 1, [], [0], '', 'x', None, 2**100)
    print(order, packed, struct.unpack(fmt, packed))
    print(struct.unpack(order + '4?', b'\x00\x01\x02\xff'))
class Explode:
    def __bool__(self): raise OSError('no truth')
t(lambda: struct.pack('?', Explode()))
class Len:
    def __len__(self): return 0
t(lambda: struct.pack('?', Len()))

# chars and strings
for fmt, v in [('c', b'a'), ('c', b''), ('c', b'ab'), ('c', 'a'), ('c', 97), ('c', bytearray(b'a')),
               ('s', b'abc'), ('5s', b'abc'), ('2s', bytearray(b'abc')), ('0s', b'abc'), ('s', 'a'), ('s', memoryview(b'a')),
               ('p', b'abc'), ('4p', b'abc'), ('10p', bytearray(b'abc')), ('p', 1), ('3p', [1])]:
    t(lambda: struct.pack(fmt, v))
for fmt, data in [('c', b'\xff'), ('3s', b'abc'), ('5p', b'\x03abcd'), ('5p', b'\x09abcd'), ('1p', b'\x05'), ('0p', b''), ('2p0p', b'\x01a')]:
    t(lambda: struct.unpack(fmt, data))
t(lambda: struct.pack('300p', b'x' * 300)[:2])
t(lambda: struct.unpack('300p', b'\xff' + b'x' * 299)[0][-3:])
t(lambda: struct.pack('0p', b'abc'))
t(lambda: struct.pack('B0p', 9, b'abc'))
t(lambda: struct.pack('0pB', b'abc', 7))
b = bytearray(4)
t(lambda: struct.pack_into('B0p', b, 0, 1, b'')); print(b)
b = bytearray(4)
t(lambda: struct.pack_into('0p', b, 3, b'')); print(b)
