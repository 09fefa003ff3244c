# gzip, zipfile (deflated archives written and read), tarfile with gz, and
# shutil.make_archive/unpack_archive over zlib: bytes and sizes as python3's.
import gzip, zipfile, tarfile, shutil, io, os, tempfile, zlib
data = b''.join(b'record %d %s\n' % (i, b'x' * (i % 50)) for i in range(2000))
g = gzip.compress(data, mtime=0)
print(len(g), g[:12], zlib.crc32(g), gzip.decompress(g) == data)
print(gzip.decompress(g + g) == data + data)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=12345, filename='name.txt') as f:
    f.write(data[:1000]); f.write(data[1000:])
print(len(buf.getvalue()), buf.getvalue()[:20])
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(10), f.readline(), len(f.read()), f.name if hasattr(f,'name') else '')
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.gz')
with gzip.open(p, 'wt', encoding='utf-8') as f:
    f.write('hello\nworld\n' * 100)
with gzip.open(p, 'rt', encoding='utf-8') as f:
    print(f.readline(), len(f.read()))
zp = os.path.join(d, 'a.zip')
with zipfile.ZipFile(zp, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo('a.txt', (2020, 1, 2, 3, 4, 6)), data, compress_type=zipfile.ZIP_DEFLATED)
    zi = zipfile.ZipInfo('b.bin', (2021, 5, 6, 7, 8, 10)); zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, bytes(range(256)) * 10, compresslevel=9)
    zi = zipfile.ZipInfo('c.txt', (2021, 5, 6, 7, 8, 10))
    z.writestr(zi, b'stored')
with zipfile.ZipFile(zp) as z:
    for i in z.infolist():
        print(i.filename, i.compress_type, i.file_size, i.compress_size, i.CRC)
    print(z.read('a.txt') == data, z.read('b.bin')[:5], z.testzip())
    with z.open('a.txt') as f:
        print(f.read(5), f.readline(), len(f.read()))
print(len(open(zp, 'rb').read()), zlib.crc32(open(zp, 'rb').read()))
tp = os.path.join(d, 'a.tar.gz')
src = os.path.join(d, 'src'); os.mkdir(src)
with open(os.path.join(src, 'x.txt'), 'wb') as f: f.write(data)
with tarfile.open(tp, 'w:gz') as t:
    ti = tarfile.TarInfo('x.txt'); ti.size = len(data); ti.mtime = 0
    t.addfile(ti, io.BytesIO(data))
with tarfile.open(tp, 'r:gz') as t:
    print(t.getnames(), t.extractfile('x.txt').read() == data)
with tarfile.open(tp) as t:
    print([m.size for m in t.getmembers()])
arc = shutil.make_archive(os.path.join(d, 'arc'), 'gztar', src)
print(os.path.basename(arc))
with tarfile.open(arc) as t: print(sorted(t.getnames()))
arc = shutil.make_archive(os.path.join(d, 'arc2'), 'zip', src)
with zipfile.ZipFile(arc) as z: print(z.namelist(), z.read('x.txt') == data, [i.compress_type for i in z.infolist()])
out = os.path.join(d, 'out'); shutil.unpack_archive(arc, out); print(os.listdir(out))
shutil.rmtree(d)
