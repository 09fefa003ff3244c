import _codecs, codecs

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

table = ''.join(chr(i) for i in range(128)) + '€\ufffe‚ƒ' + ''.join(chr(0x100 + i) for i in range(124))
em = _codecs.charmap_build(table)
print(type(em).__name__, type(_codecs.charmap_build('abc')).__name__, _codecs.charmap_build('abc'), _codecs.charmap_build('a\ufffeb'))
t(_codecs.charmap_build, 5)
t(_codecs.charmap_build)
print(_codecs.charmap_build('\x01' + table[1:]) == dict((ord(c), i) for i, c in enumerate('\x01' + table[1:])))
t(_codecs.charmap_decode, b'ab\x80\x82\x83\xff', 'strict', table)
t(_codecs.charmap_decode, b'a\x81b', 'strict', table)
t(_codecs.charmap_decode, b'a\x81b', 'replace', table)
t(_codecs.charmap_decode, b'a\x81b', 'ignore', table)
t(_codecs.charmap_decode, b'a\x81b', 'backslashreplace', table)
t(_codecs.charmap_decode, b'a\x81b', 'surrogateescape', table)
t(_codecs.charmap_decode, b'abc', 'strict', 'ab')
t(_codecs.charmap_decode, b'abc')
t(_codecs.charmap_decode, b'\xff', None, None)
t(_codecs.charmap_encode, 'ab€‚', 'strict', em)
t(_codecs.charmap_encode, 'a\xe9\xeab', 'strict', em)
t(_codecs.charmap_encode, 'a\xe9\xeab', 'replace', em)
t(_codecs.charmap_encode, 'a\xe9\xeab', 'ignore', em)
t(_codecs.charmap_encode, 'a\xe9\xeab', 'xmlcharrefreplace', em)
t(_codecs.charmap_encode, 'a\xe9\xeab', 'backslashreplace', em)
t(_codecs.charmap_encode, 'a\xe9b', 'namereplace', em)
t(_codecs.charmap_encode, 'a\udc80b', 'surrogateescape', em)
t(_codecs.charmap_encode, 'a\xe9b', 'strict', None)
t(_codecs.charmap_encode, 'abc')
# dict mappings
dmap = {ord('a'): ord('A'), ord('b'): b'BB', ord('c'): None, ord('d'): 300, ord('e'): 'x'}
t(_codecs.charmap_encode, 'ab', 'strict', dmap)
t(_codecs.charmap_encode, 'abc', 'strict', dmap)
t(_codecs.charmap_encode, 'ax', 'strict', dmap)
t(_codecs.charmap_encode, 'ad', 'strict', dmap)
t(_codecs.charmap_encode, 'ae', 'strict', dmap)
t(_codecs.charmap_encode, 'ac', 'replace', dmap)
t(_codecs.charmap_encode, 'ac', 'replace', {ord('?'): 63, ord('a'): 97})
dec = {97: 'A', 98: 0x1F600, 99: None, 100: 'xyz', 101: -1, 102: 1.5, 103: '\ufffe', 104: 0xfffe}
for data in [b'ab', b'ac', b'ad', b'ae', b'af', b'ag', b'ah', b'az']:
    t(_codecs.charmap_decode, data, 'strict', dec)
t(_codecs.charmap_decode, b'ac', 'replace', dec)
t(_codecs.charmap_decode, b'a', 'strict', [ord('x')] * 97 + [ord('y')])
# the encodings package's charmap codecs
for enc in ['cp1252', 'cp437', 'koi8_r', 'mac_roman', 'iso8859_15', 'cp850', 'cp1251', 'hp_roman8']:
    s = 'aé€Ж£'
    print(enc, s.encode(enc, 'replace'), s.encode(enc, 'replace').decode(enc), bytes(range(0x80, 0x88)).decode(enc, 'replace'))
t('\u0100'.encode, 'cp1252')
t(b'\x81\x8d'.decode, 'cp1252')
print(codecs.charmap_encode('abc', 'strict', codecs.make_encoding_map(codecs.make_identity_dict(range(256)))))
print(codecs.charmap_decode(b'abc', 'strict', codecs.make_identity_dict(range(256))))
