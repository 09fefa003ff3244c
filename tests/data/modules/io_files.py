# The io stack (CPython's _pyio behind _io for now): StringIO, BytesIO, open in text/binary/append/update modes.
import io, os
s = io.StringIO(); s.write('hello\nworld\n'); print(repr(s.getvalue()), s.tell()); s.seek(0); print(s.readline(), s.readlines())
b = io.BytesIO(b'abc'); print(b.read(2), b.read(), b.getvalue(), isinstance(b, io.BufferedIOBase), isinstance(s, io.TextIOBase))
p = '/tmp/typhon_io1.txt'
with open(p, 'w') as f:
    print(type(f).__name__, f.mode, f.name)
    f.write('line1\nline2\n'); print('x', file=f)
with open(p) as f: print([l for l in f])
with open(p, 'rb') as f: print(f.read(), type(f).__name__)
with open(p, 'a') as f: f.write('more')
with open(p, 'r+b') as f: f.seek(2); f.write(b'XY'); f.seek(0); print(f.read())
print(open(p).read().splitlines(), os.path.getsize(p))
try: open('/nonexistent/x')
except FileNotFoundError as e: print(e)
os.remove(p)
print(io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc'), newline=None).read().splitlines())
