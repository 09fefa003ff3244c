import _codecs, codecs

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

s = 'aé€\U0001f600'
for name in ['utf_8', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be', 'latin_1', 'ascii']:
    enc = getattr(_codecs, name + '_encode')
    dec = getattr(_codecs, name + '_decode')
    t(enc, 'abc')
    t(enc, s)
    t(enc, s, 'replace')
    t(enc, s, 'ignore')
    t(enc, s, 'backslashreplace')
    t(enc, 'a\udc80b', 'surrogateescape')
    t(enc, 'a\ud800b', 'surrogatepass')
    t(enc, b'x')
    t(enc, 'x', 5)
    t(enc, 'x', errors='strict')
    t(enc)
    data = s.encode(name.replace('_', '-').replace('latin-1', 'latin-1'), 'backslashreplace')
    t(dec, data)
    t(dec, bytearray(data))
    t(dec, memoryview(data))
    t(dec, 'str')
    t(dec, data, None)
    t(dec, b'\xff\xfe\xff', 'replace')
    t(dec, b'\xff\xfe\xff', 'ignore')
    t(dec, b'\xff\xfe\xff', 'backslashreplace')
    t(dec, b'\xff\xfe\xff', 'surrogateescape')
    t(dec, b'\xff\xfe\xff')

# incremental decoding: final=False stops before an incomplete sequence
for data in [b'a\xc3', b'a\xe2\x82', b'a\xf0\x9f\x98', b'a\xf0\x9f\x98\x80', b'\xc3\xa9\xc3', b'a\xe0\x80', b'a\xff', b'\xed\xa0']:
    t(_codecs.utf_8_decode, data)
    t(_codecs.utf_8_decode, data, 'strict', False)
    t(_codecs.utf_8_decode, data, 'replace', True)
t(_codecs.utf_8_decode, b'abc', 'strict', 'x')
t(_codecs.utf_8_decode, b'abc', 'strict', 2.0)
for data in [b'\xff', b'\xff\xfe', b'\xff\xfea', b'\xff\xfea\x00', b'\xfe\xff\x00a\xd8', b'\xff\xfe=\xd8\x00', b'\xff\xfe=\xd8\x00\xde', b'a\x00=\xd8', b'a\x00=\xd8\x00\xde']:
    for fn in (_codecs.utf_16_decode, _codecs.utf_16_le_decode, _codecs.utf_16_be_decode):
        t(fn, data)
        t(fn, data, 'strict', True)
    t(_codecs.utf_16_ex_decode, data)
    t(_codecs.utf_16_ex_decode, data, 'strict', 1)
    t(_codecs.utf_16_ex_decode, data, 'strict', -1, True)
for data in [b'\xff\xfe\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00b', b'\x00\x00\x11\x00']:
    for fn in (_codecs.utf_32_decode, _codecs.utf_32_le_decode, _codecs.utf_32_be_decode):
        t(fn, data)
        t(fn, data, 'replace', True)
    t(_codecs.utf_32_ex_decode, data)
    t(_codecs.utf_32_ex_decode, data, None, 0, True)
t(_codecs.utf_16_encode, 'ab', 'strict', -1)
t(_codecs.utf_16_encode, 'ab', 'strict', 1)
t(_codecs.utf_16_encode, 'ab', 'strict', 0)
t(_codecs.utf_32_encode, 'ab', None, 1)

# the incremental decoders of the codecs module build on them
dec = codecs.getincrementaldecoder('utf-8')()
out = [dec.decode(bytes([b])) for b in 'aé€😀'.encode()]
print(out, dec.decode(b'', final=True))
dec = codecs.getincrementaldecoder('utf-16')()
print([dec.decode(bytes([b])) for b in 'aé😀'.encode('utf-16')])
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac', b'x'], 'utf-8')))
print(codecs.utf_8_decode(b'\xe2\x82', 'strict', False))
try:
    codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
for enc in ['utf-8', 'utf-16', 'utf-32-be', 'ascii', 'latin-1']:
    for s in ['a\udc80\udc81b', 'a\ud800b\udfff']:
        for err in ['strict', 'surrogateescape', 'replace', 'surrogatepass', 'backslashreplace', 'ignore', 'xmlcharrefreplace']:
            try: print(enc, repr(s), err, s.encode(enc, err))
            except Exception as e: print(enc, repr(s), err, type(e).__name__, e)
