import codecs, _codecs, encodings

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

ci = codecs.lookup('utf-8')
print(type(ci).__name__, ci.name, ci.encode('aé'), ci.decode(b'a\xc3\xa9'))
for name in ['UTF 8', 'Utf-8', 'utf_8', 'latin-1', 'LATIN1', 'iso8859-1', 'cp1252', 'windows-1252', 'ascii', 'US-ASCII',
             'utf-16', 'UTF-16LE', 'utf_32_be', 'utf-7', 'koi8-r', 'mac-roman', 'cp437', 'hex', 'rot13',
             'unicode_escape', 'raw-unicode-escape', 'punycode', 'utf-8-sig', 'undefined']:
    t(lambda n: codecs.lookup(n).name, name)
t(codecs.lookup, 'no-such-codec')
t(codecs.lookup, '')
t(_codecs.lookup, 5)
t(_codecs.lookup)
print(codecs.lookup('utf-8') is codecs.lookup('UTF_8'))
print(encodings.normalize_encoding('UTF 8-x'))

# str.encode / bytes.decode through the registry
t('é€'.encode, 'cp1252')
t(b'\x80\xe9'.decode, 'cp1252')
t('\u0100'.encode, 'cp1252')
t(b'\x81'.decode, 'cp1252')
t(b'\x81'.decode, 'cp1252', 'replace')
t('абв'.encode, 'koi8-r')
t(b'\xc1\xc2\xd7'.decode, 'koi8_r')
t('x'.encode, 'hex')
t(b'x'.decode, 'rot13')
t('x'.encode, 'nonexistent')
t(b'x'.decode, 'nonexistent')
t(str, b'\x80', 'cp1252')
t(bytes, '€', 'cp1252')
t('x'.encode, 'undefined')
t('ab'.encode, 'utf-7')

# codecs.encode / decode
t(codecs.encode, 'abc', 'rot13')
t(codecs.encode, b'abc', 'hex')
t(codecs.decode, b'616263', 'hex')
t(codecs.encode, 'x', 'hex')
t(codecs.decode, b'zz', 'hex')
t(_codecs.encode, 'x', 'utf-8', 'strict')
t(_codecs.encode, 'x', encoding='latin-1')
t(_codecs.encode, obj='x')
t(_codecs.encode, b'x')
t(_codecs.decode, b'x')
t(_codecs.decode, 'x')
t(_codecs.encode, 'x', 'undefined')
t(_codecs.encode, 'x', 5)
t(_codecs.encode, 'x', 'utf-8', 5)
t(_codecs.encode, 'x', 'utf-8', 'strict', 1)
t(_codecs.encode, 'x', bogus=1)
t(_codecs.encode)

# search functions
calls = []
def search(name):
    calls.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    if name == 'bad_codec':
        return 42
    if name == 'tuple_codec':
        return (lambda s, e='strict': (b'T', len(s)), lambda b, e='strict': ('t', len(b)), None, None)
    return None
codecs.register(search)
print(codecs.lookup('My Codec').name, calls)
print('abc'.encode('my-codec'), b'ABC'.decode('my_codec'))
print(codecs.lookup('my-codec') is codecs.lookup('MY_CODEC'), calls)
t(codecs.lookup, 'bad-codec')
print(type(codecs.lookup('tuple_codec')), len(codecs.lookup('tuple_codec')), 'x'.encode('tuple_codec'))
t(codecs.register, 5)
codecs.unregister(search)
t(codecs.lookup, 'my_codec')
codecs.unregister(search)

# encoder returning the wrong type
def search2(name):
    if name == 'returns_str':
        return codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda b, e='strict': (b, len(b)), name='returns_str')
    if name == 'returns_one':
        return codecs.CodecInfo(lambda s, e='strict': b'x', lambda b, e='strict': 'x', name='returns_one')
codecs.register(search2)
t('x'.encode, 'returns_str')
t(b'x'.decode, 'returns_str')
t(codecs.encode, 'x', 'returns_str')
t('x'.encode, 'returns_one')
t(b'x'.decode, 'returns_one')
