# zlib.compressobj / decompressobj: incremental compression with every
# flush mode, strategies and memLevels, dictionaries, copies, and
# decompression in pieces with max_length (unconsumed_tail, unused_data,
# eof), flush(), and the errors of finished and broken streams.
import copy
import zlib

text = b''.join(b'line %d: the quick brown fox jumps over the lazy dog %d\n' % (i, i * i % 97) for i in range(3000))


def run(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for level, wbits, mem, strategy in [(-1, 15, 8, 0), (0, 15, 8, 0), (1, -12, 1, 0), (9, 31, 9, 0), (6, 15, 8, zlib.Z_FILTERED),
                                    (6, 15, 8, zlib.Z_HUFFMAN_ONLY), (6, 15, 8, zlib.Z_RLE), (6, 15, 8, zlib.Z_FIXED),
                                    (4, 9, 3, 0), (2, 25, 8, 0)]:
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strategy)
    parts = []
    for i in range(0, len(text), 10007):
        parts.append(c.compress(text[i:i + 10007]))
    parts.append(c.flush(zlib.Z_SYNC_FLUSH))
    parts.append(c.compress(b'tail'))
    parts.append(c.flush())
    out = b''.join(parts)
    print(level, wbits, mem, strategy, [len(p) for p in parts], zlib.crc32(out), out[-12:])
    print(zlib.decompress(out, wbits) == text + b'tail')

c = zlib.compressobj()
print([c.compress(b'abc'), c.flush(zlib.Z_NO_FLUSH), c.flush(zlib.Z_BLOCK), c.flush(zlib.Z_PARTIAL_FLUSH),
       c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_FULL_FLUSH), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b'def'),
       c.flush(zlib.Z_FULL_FLUSH), c.compress(b''), c.flush()])
print(run(c.compress, b'x'), run(c.flush), run(c.copy), run(c.flush, zlib.Z_SYNC_FLUSH), run(c.flush, zlib.Z_NO_FLUSH))
c = zlib.compressobj()
print(run(c.flush, 6), run(c.flush, -1), run(c.flush, 1, 2), run(c.flush, mode=1), run(c.compress), run(c.compress, 'x'),
      run(c.compress, data=b'x'), run(c.compress, b'x', b'y'))

# copies go their own way
c = zlib.compressobj(9)
head = c.compress(text[:5000])
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
a = c.compress(text[5000:9000]) + c.flush()
b = c2.compress(text[5000:9000]) + c2.flush()
print(a == b, c3.flush() == c4.flush(), zlib.decompress(head + a) == text[:9000], len(a))

# dictionaries
zd = b'the quick brown fox jumps over the lazy dog line'
for wbits in (15, -15, 9):
    c = zlib.compressobj(zdict=zd, wbits=wbits)
    out = c.compress(text[:2000]) + c.flush()
    print(wbits, len(out), out[:10], zlib.crc32(out))
    print(zlib.decompressobj(wbits, zdict=zd).decompress(out) == text[:2000],
          zlib.decompressobj(wbits, zdict=bytearray(zd)).decompress(out) == text[:2000],
          run(zlib.decompressobj(wbits).decompress, out)[:60],
          run(zlib.decompressobj(wbits, zdict=b'another dictionary').decompress, out)[:60])
print(run(zlib.decompress, zlib.compressobj(zdict=zd).compress(b'x') + b''), run(zlib.compressobj, zdict='abc'),
      run(zlib.compressobj, wbits=31, zdict=b'abc'), run(zlib.decompressobj, zdict='abc'), run(zlib.decompressobj, zdict=1),
      zlib.compressobj(zdict=b'').flush(), zlib.compressobj(wbits=-9, zdict=b'a' * 1000).compress(b'a' * 100),
      zlib.compressobj(wbits=-9, zdict=b'a' * 1000).flush())
for kw in [dict(level=10), dict(level=-2), dict(method=9), dict(wbits=16), dict(wbits=7), dict(wbits=-8), dict(wbits=24),
           dict(memLevel=0), dict(memLevel=10), dict(strategy=5), dict(strategy=-1), dict(foo=1), dict(level='1')]:
    print(kw, run(zlib.compressobj, **kw))
print(run(zlib.compressobj, 1, 8, 15, 8, 0, None, 7))
for w in (99, 7, 48, 16, 32, -7, -16, 0, 8, -8, 24, 40):
    print(w, type(run(zlib.decompressobj, w)).__name__, run(zlib.decompressobj, w) if isinstance(run(zlib.decompressobj, w), str) else '')

# decompression in pieces
comp = zlib.compress(text, 6)
small = text[:20000]
for max_length in (0, 1, 7, 1000, 65536):
    d = zlib.decompressobj()
    got = []
    feed = zlib.compress(small, 6)
    steps = []
    while True:
        chunk = d.unconsumed_tail or feed[:999]
        if not d.unconsumed_tail:
            feed = feed[999:]
        r = d.decompress(chunk, max_length)
        got.append(r)
        steps.append((len(r), len(d.unconsumed_tail)))
        if d.eof or (not feed and not d.unconsumed_tail):
            break
    got.append(d.flush())
    print(max_length, b''.join(got) == small, d.eof, len(steps), steps[:5], steps[-3:], d.unused_data)

d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'hello') + b'extra'), d.unused_data, d.eof, d.unconsumed_tail)
print(d.decompress(b'more'), d.unused_data, d.unconsumed_tail)
e = d.copy()
print(d.flush(), d.unused_data, d.eof, e.unused_data, e.eof)
print(run(d.copy), run(d.decompress, b'x'), d.unused_data, d.unconsumed_tail, run(d.flush), run(e.flush))

d = zlib.decompressobj()
x = zlib.compress(b'abcdefghij' * 50)
print(d.decompress(x, 5), d.unconsumed_tail[:8], len(d.unconsumed_tail), d.eof)
print(len(d.decompress(d.unconsumed_tail + b'trailing', 0)), d.unconsumed_tail, d.unused_data, d.eof)
d = zlib.decompressobj()
print(d.decompress(x[:10]), d.eof, len(d.flush()), d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
r = d.decompress(x, 100)
print(len(r), len(d.unconsumed_tail), len(d.flush(1)), d.eof, d.unconsumed_tail, d.unused_data)
d = zlib.decompressobj()
print(len(d.decompress(x, 500)), d.eof, d.unconsumed_tail, d.unused_data)
d = zlib.decompressobj()
print(run(d.decompress, b'xxxxxxx'), run(d.decompress, b'x'), run(d.flush), d.eof)
d = zlib.decompressobj()
print(run(d.decompress, b'a', -1), run(d.flush, 0), run(d.flush, -5), run(d.decompress), run(d.decompress, data=b''),
      run(d.decompress, b'', max_length=3), run(d.decompress, 'x'), run(d.flush, 1, 2), run(d.flush, length=5))
d = zlib.decompressobj(31)
g = zlib.compress(text[:3000], wbits=31)
print(len(d.decompress(g[:20])), len(d.decompress(g[20:-3])), d.eof, len(d.decompress(g[-3:] + g)), d.eof, len(d.unused_data))
d = zlib.decompressobj(47)
print(len(d.decompress(comp + b'zz')), d.eof, d.unused_data)
d2 = zlib.decompressobj()
d2.decompress(comp[:3000])
d3 = d2.copy()
print(len(d2.decompress(comp[3000:])), len(d3.decompress(comp[3000:])), d2.eof, d3.eof, copy.copy(d2).eof,
      copy.deepcopy(d2).eof)
