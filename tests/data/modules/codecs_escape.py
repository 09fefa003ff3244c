import _codecs, codecs, warnings

def t(fn, *a, **k):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: print(repr(fn(*a, **k)))
        except Exception as e: print(type(e).__name__, e)
    for x in w:
        print('  warning:', x.category.__name__, x.message)

s = 'a\\b\t\n\r\x00\x7f\x80\xff\u0100\uffff\U0001f600\'"'
t(_codecs.unicode_escape_encode, s)
t(_codecs.raw_unicode_escape_encode, s)
t(_codecs.unicode_escape_encode, b'x')
t(_codecs.unicode_escape_decode, _codecs.unicode_escape_encode(s)[0])
t(_codecs.raw_unicode_escape_decode, _codecs.raw_unicode_escape_encode(s)[0])
for data in [b'\\x41\\u0042\\U00000043', b'\\101\\7\\777x', b'\\a\\b\\f\\n\\r\\t\\v\\\\\\\'\\"', b'a\\\nb', b'\\N{LATIN SMALL LETTER A}',
             b'\\N{no such name}', b'\\N{', b'\\Nx', b'\\x4', b'\\x4g', b'\\u12', b'\\U0011ffff', b'\\', b'ab\\', b'\xe9\\xe9',
             b'\\q\\w', 'str \\x41 input', b'\\U0001F600']:
    t(_codecs.unicode_escape_decode, data)
    t(_codecs.unicode_escape_decode, data, 'replace')
    t(_codecs.unicode_escape_decode, data, 'ignore')
    t(_codecs.unicode_escape_decode, data, 'backslashreplace')
    t(_codecs.unicode_escape_decode, data, 'strict', False)
for data in [b'\\u0041\\U0001f600', b'\\\\u0041', b'\\\\\\u0041', b'\\x41\\n', b'\\u12', b'\\U0011ffff', b'a\\', b'\\u00', b'\xe9\\u00e9']:
    t(_codecs.raw_unicode_escape_decode, data)
    t(_codecs.raw_unicode_escape_decode, data, 'replace')
    t(_codecs.raw_unicode_escape_decode, data, 'strict', False)
print(codecs.decode(b'\\x41\\n', 'unicode_escape'), codecs.encode('é\n', 'unicode_escape'))
print('é\n\U0001f600'.encode('unicode-escape'), b'\\xe9\\n'.decode('unicode_escape'), 'é\u0100'.encode('raw_unicode_escape'))

# bytes escapes
t(_codecs.escape_encode, b'a\\b\'"\t\n\r\x00\x7f\x80\xff')
t(_codecs.escape_encode, 'str')
t(_codecs.escape_encode, bytearray(b'x'))
for data in [b'a\\x41\\n\\101\\777', b'\\x4', b'\\x4g', b'\\xg1z', b'\\q', b'\\', b'a\\\nb', 'str\\x41']:
    for errors in ['strict', 'replace', 'ignore', 'other']:
        t(_codecs.escape_decode, data, errors)
t(_codecs.readbuffer_encode, b'abc')
t(_codecs.readbuffer_encode, 'é')
t(_codecs.readbuffer_encode, memoryview(b'xy'))
t(_codecs.readbuffer_encode, 5)
