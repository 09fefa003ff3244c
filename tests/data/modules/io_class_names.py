import io
print(io.StringIO, io.TextIOWrapper, io.BytesIO, io.FileIO, io.BufferedReader)
f = open('/tmp/io1.py')
print(repr(f).split(' encoding')[0], type(f), type(f.buffer), type(f.buffer.raw))
f.close()
print(io.StringIO.__module__, io.StringIO.__qualname__)
s = io.StringIO('abc')
print(s.read(), s.getvalue())
