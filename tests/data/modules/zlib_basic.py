# zlib: module contents, checksums, one-shot compress/decompress over
# levels and window sizes (the bytes must equal python3's zlib 1.2.13),
# and the errors of bad streams and bad arguments.
import zlib

print(sorted(n for n in dir(zlib) if not n.startswith('__')), zlib.__version__)
for n in sorted(dir(zlib)):
    if n.isupper() and isinstance(getattr(zlib, n), int):
        print(n, getattr(zlib, n))
print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION)
print(zlib.error, zlib.error.__mro__, issubclass(zlib.error, Exception))
print(zlib.__doc__)
print(type(zlib.compressobj()), type(zlib.decompressobj()))

for data in [b'', b'a', b'hello world', bytes(range(256)), b'abc' * 5000]:
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 12345),
          zlib.crc32(data, -1), zlib.adler32(data, 2 ** 40 + 7), zlib.crc32(bytearray(data)),
          zlib.adler32(memoryview(data)))
crc = 0
adl = 1
for i in range(0, 1000, 7):
    crc = zlib.crc32(bytes(range(i % 256)) * 3, crc)
    adl = zlib.adler32(bytes(range(i % 256)) * 3, adl)
print(crc, adl)

samples = [b'', b'x', b'hello world', b'hello world' * 200, bytes(range(256)) * 40,
           ''.join(chr(32 + (i * i) % 90) for i in range(20000)).encode()]
for s in samples:
    for level in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9):
        for wbits in (15, 9, 8, -15, -9, 31, 25):
            c = zlib.compress(s, level, wbits)
            back = zlib.decompress(c, wbits if wbits != 8 else 15)
            assert back == s
            if len(c) < 60:
                print(level, wbits, c)
            else:
                print(level, wbits, len(c), c[:16], c[-8:], zlib.crc32(c))
    print(zlib.decompress(zlib.compress(s), bufsize=1) == s, zlib.decompress(zlib.compress(s, wbits=31), 47) == s,
          zlib.decompress(zlib.compress(s), 0) == s, zlib.decompress(zlib.compress(s, wbits=9), 32) == s)
print(zlib.compress(b'abc', level=1, wbits=-9), zlib.compress(b'abc', wbits=31))


def run(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


good = zlib.compress(b'abcdefgh' * 10)
gz = zlib.compress(b'abcdefgh' * 10, wbits=31)
bad_streams = [b'', b'x', b'xxxx', good[:2], good[:-1], good[:-4], good[:-2] + b'\0\0', good + b'garbage',
               bytes([0x78, 0x9c, 0x07]), bytes([0x78, 0x9c, 0x05, 0xe0]), bytes([0x88, 0x9c]), bytes([0x78, 0x9c, 0x01, 0x01, 0x00, 0xfe, 0xff, 0x41]),
               bytes([0x78, 0x9c, 0x01, 0x01, 0x00, 0xfe, 0xfe, 0x41]), bytes([0x78, 0x9c, 0x4b, 0x04, 0x00, 0x00, 0x00]),
               bytes([0x79, 0x9c]), bytes([0x78, 0xda, 0xff, 0xff]), bytes([0xf8, 0xda]), b'\x78\x9c\x03\x00\x00\x00\x00\x02',
               bytes([0x78, 0x9c, 0x05, 0xc0, 0x81, 0x00, 0x00, 0x00, 0x00, 0x80, 0xa0, 0xfd, 0xa9, 0x17, 0xa9, 0x00])]
for s in bad_streams:
    print(s[:12], run(zlib.decompress, s), run(zlib.decompress, s, -15), run(zlib.decompress, s, 31), run(zlib.decompress, s, 47))
for s in [gz, gz[:-1], gz[:-4] + b'\0\0\0\0', gz[:-8] + b'\0\0\0\0' + gz[-4:], b'\x1f\x8b\x09', b'\x1f\x8b\x08\xe0' + b'\0' * 20,
          gz[:3] + b'\x02' + gz[4:10] + b'\0\0' + gz[10:], gz[:3] + b'\x1c' + gz[4:10] + b'\x02\x00ab' + b'name\0comment\0' + gz[10:]]:
    print(s[:12], run(zlib.decompress, s, 31), run(zlib.decompress, s, 15), run(zlib.decompress, s, 47))
print(run(zlib.decompress, good, 9), run(zlib.decompress, zlib.compress(b'x', wbits=9), 9), run(zlib.decompress, b'x', 99),
      run(zlib.decompress, b'x', 7), run(zlib.decompress, good, 16), run(zlib.decompress, gz, 16), run(zlib.decompress, good, 32))
big_far = zlib.compress(bytes(range(256)) * 100 + b'unique tail' + bytes(range(256)) * 100, 9)
print(run(zlib.decompress, big_far, 9)[:60], len(run(zlib.decompress, big_far, 15)))

for call in ['zlib.crc32(b"a", "x")', 'zlib.crc32(b"a", 1.5)', 'zlib.crc32("a")', 'zlib.crc32()', 'zlib.crc32(b"a", 1, 2)',
             'zlib.crc32(data=b"a")', 'zlib.adler32(None)', 'zlib.compress(b"a", 10)', 'zlib.compress(b"a", -2)',
             'zlib.compress(b"a", 1.5)', 'zlib.compress(b"a", 2 ** 40)', 'zlib.compress(data=b"a")', 'zlib.compress("a")',
             'zlib.compress()', 'zlib.compress(b"", 1, 2, 3)', 'zlib.compress(b"", wbits=7)', 'zlib.compress(b"", wbits=-8)',
             'zlib.compress(b"", wbits=24)', 'zlib.compress(b"", wbits=16)', 'zlib.compress(b"a", foo=1)',
             'zlib.decompress(b"a", bufsize=-1)', 'zlib.decompress(b"a", bufsize=2 ** 70)', 'zlib.decompress(good, bufsize=0)',
             'zlib.decompress(data=good)', 'zlib.decompress(good, wbits="15")', 'zlib.decompress("abc")']:
    print(call, '->', run(eval, call))
