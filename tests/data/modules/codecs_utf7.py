import _codecs, codecs

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

# every ASCII character on its own and between others
print(_codecs.utf_7_encode(''.join(chr(i) for i in range(128))))
for i in range(128):
    c = chr(i)
    enc = ('é' + c + 'é' + c + 'x').encode('utf-7')
    assert enc.decode('utf-7') == 'é' + c + 'é' + c + 'x', c
print(''.join(chr(i) for i in range(128) if len(chr(i).encode('utf-7')) == 1))
for s in ['Hi Mom -\u263a-!', 'A\u2262\u0391.', '\u65e5\u672c\u8a9e', 'Item 3 is \u00a31.', '+', '+-', 'a+b', '\U0001f600x',
          '\U0001f600-', 'é-', 'éa', 'é.', '~\\', '\ud800', '\ud800x', '\udc00\ud800', '']:
    e = s.encode('utf-7')
    print(repr(s), e, e.decode('utf-7') == s)
for data in [b'+', b'+-', b'+AGE', b'+AGE-', b'+AGEA', b'+AGEAZQ', b'+AGEAZQ-x', b'a+Z', b'+!', b'\x80', b'a\xffb', b'+2D3eAA-',
             b'+2D0-', b'+2D0x', b'+2D3eAA', b'+AGE.', b'+AGF-', b'+ZeVnLIqe-', b'+AAA-', b'+AA-']:
    t(_codecs.utf_7_decode, data)
    t(_codecs.utf_7_decode, data, 'strict', True)
    t(_codecs.utf_7_decode, data, 'replace', True)
    t(_codecs.utf_7_decode, data, 'ignore', True)
t(_codecs.utf_7_encode, b'x')
t(_codecs.utf_7_decode, 'x')
dec = codecs.getincrementaldecoder('utf-7')()
print([dec.decode(bytes([b])) for b in 'a\u263a\U0001f600b-c'.encode('utf-7')], dec.decode(b'', True))
