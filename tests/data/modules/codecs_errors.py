import codecs, _codecs

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    print(name, h.__name__)
    enc = UnicodeEncodeError('ascii', 'aé\U0001f600\udc80z', 1, 4, 'bad')
    dec = UnicodeDecodeError('utf-8', b'a\xe9\xff\xed\xa0\x80z', 1, 3, 'bad')
    tr = UnicodeTranslateError('aé\u20acz', 1, 3, 'bad')
    for exc in (enc, dec, tr, ValueError('x'), 5):
        t(h, exc)
t(codecs.lookup_error, 'nope')
t(codecs.lookup_error, 5)
t(codecs.register_error, 'x', 5)
t(codecs.register_error, 5, print)
t(codecs.lookup_error)

# surrogatepass/surrogateescape against the encoding named in the exception
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'UTF_32LE', 'latin-1', 'cp65001']:
    t(codecs.lookup_error('surrogatepass'), UnicodeEncodeError(enc, 'a' + chr(0xd800) + chr(0xdfff) + 'z', 1, 3, 'r'))
t(codecs.lookup_error('surrogatepass'), UnicodeDecodeError('utf-8', b'\xed\xa0\x80', 0, 1, 'r'))
t(codecs.lookup_error('surrogatepass'), UnicodeDecodeError('utf-16-le', b'\x00\xd8', 0, 1, 'r'))
t(codecs.lookup_error('surrogatepass'), UnicodeDecodeError('utf-16-be', b'\xd8\x00', 0, 1, 'r'))
t(codecs.lookup_error('surrogatepass'), UnicodeDecodeError('utf-32-be', b'\x00\x00\xd8\x00', 0, 1, 'r'))
t(codecs.lookup_error('surrogatepass'), UnicodeDecodeError('utf-8', b'abc', 0, 1, 'r'))
t(codecs.lookup_error('surrogateescape'), UnicodeDecodeError('utf-8', b'\x80\x81\x82\x83\x84\x85', 0, 6, 'r'))
t(codecs.lookup_error('surrogateescape'), UnicodeDecodeError('utf-8', b'\x80a\x81', 0, 3, 'r'))
t(codecs.lookup_error('surrogateescape'), UnicodeDecodeError('utf-8', b'a\x80', 0, 2, 'r'))
t(codecs.lookup_error('replace'), UnicodeEncodeError('ascii', 'abc', 5, 9, 'r'))
t(codecs.lookup_error('backslashreplace'), UnicodeEncodeError('ascii', 'abc', -3, 2, 'r'))

# custom handlers, through the built-in codecs and the registry ones
def brackets(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('[%s]' % ''.join('%x' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('<%s>' % exc.object[exc.start:exc.end].hex(), exc.end)
    raise TypeError("can't handle %s" % type(exc).__name__)
codecs.register_error('test.brackets', brackets)
print(codecs.lookup_error('test.brackets') is brackets)
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp1252', 'koi8-r', 'utf-7', 'charmap']:
    t('aé\u0100\udc80z'.encode, enc, 'test.brackets')
for enc in ['ascii', 'utf-8', 'utf-16-le', 'cp1252', 'utf-32-le']:
    t(b'a\x81\xff\xfez'.decode, enc, 'test.brackets')
codecs.register_error('test.bytes', lambda e: (b'<B>', e.end))
t('aéz'.encode, 'ascii', 'test.bytes')
t('aéz'.encode, 'cp1252', 'test.bytes')
t('a\u0100z'.encode, 'cp1252', 'test.bytes')
t('a\udc80z'.encode, 'utf-16-le', 'test.bytes')
codecs.register_error('test.back', lambda e: ('?', e.start - 1 if e.start > 0 and e.object[e.start-1] != '<' else e.end))
codecs.register_error('test.bad', lambda e: 'oops')
codecs.register_error('test.far', lambda e: ('', 100))
codecs.register_error('test.neg', lambda e: ('!', -1))
t('aéz'.encode, 'ascii', 'test.bad')
t(b'a\xffz'.decode, 'ascii', 'test.bad')
t('aéz'.encode, 'ascii', 'test.far')
t('aéz'.encode, 'ascii', 'test.neg')
t('aéz'.encode, 'cp1252', 'test.neg')
t(b'a\x81z'.decode, 'cp1252', 'test.neg')
t('aéz'.encode, 'ascii', 'test.nonexistent')
t(b'a\xffz'.decode, 'ascii', 'test.nonexistent')
t(b'a\xffz'.decode, 'ascii', 'xmlcharrefreplace')
t(b'a\xffz'.decode, 'utf-8', 'namereplace')
t('aéz'.encode, 'ascii', 'namereplace')
t('a\u0100\U0001f600z'.encode, 'latin-1', 'namereplace')

# handlers that resume decoding elsewhere than the end of the error
codecs.register_error('test.skip2', lambda e: ('<%d-%d>' % (e.start, e.end), e.end + 1))
codecs.register_error('test.tostart', lambda e: ('#', e.start + 1 if e.object[e.start] == 0xff else e.end))
codecs.register_error('test.toend', lambda e: ('$', len(e.object)))
for enc in ['ascii', 'utf-8', 'utf-16-le', 'utf-16', 'utf-32-be', 'cp1252', 'utf-7', 'unicode_escape']:
    for err in ['test.skip2', 'test.toend']:
        t(b'a\x81\xffbcd\xfexyz'.decode, enc, err)
t(b'\xff\xfea\x00\x00\xd8b\x00c\x00'.decode, 'utf-16', 'test.skip2')
t(b'a\xc3(b'.decode, 'utf-8', 'test.tostart')
