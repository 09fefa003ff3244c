# The codecs module's stream and incremental classes over the _codecs functions.
import codecs, io, os

data = 'aé€\U0001f600\nline two\n'
for enc in ['utf-8', 'utf-16', 'utf-32-be', 'cp1252', 'utf-7', 'latin-1']:
    raw = data.encode(enc, 'replace')
    print(enc, raw)
    r = codecs.getreader(enc)(io.BytesIO(raw), 'replace')
    print(r.readline(), r.readline(), repr(r.read()))
    out = io.BytesIO()
    w = codecs.getwriter(enc)(out, 'replace')
    w.write('x€')
    w.writelines(['1', '2'])
    print(out.getvalue())
    print(list(codecs.iterencode(['a', 'é', '€'], enc, 'replace')))
    print(''.join(codecs.iterdecode([bytes([b]) for b in raw], enc, 'replace')) == raw.decode(enc, 'replace'))
    t = io.TextIOWrapper(io.BytesIO(raw), encoding=enc, errors='replace', newline='')
    print(repr(t.read()))
ef = codecs.EncodedFile(io.BytesIO('é€'.encode('cp1252')), 'utf-8', 'cp1252')
print(ef.read())
sr = codecs.StreamRecoder(io.BytesIO(b'abc'), codecs.getencoder('utf-8'), codecs.getdecoder('utf-8'),
                          codecs.getreader('latin-1'), codecs.getwriter('latin-1'))
print(sr.read())
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
tmp = 'codecs_streams_%d.tmp' % os.getpid()
with open(tmp, 'w', encoding='koi8-r') as f:
    f.write('Привет\n')
with codecs.open(tmp, 'r', 'koi8-r') as f:
    print(repr(f.read()))
with open(tmp, 'rb') as f:
    print(f.read())
os.remove(tmp)
