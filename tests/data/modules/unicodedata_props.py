import unicodedata as u
sample = ''.join(chr(c) for c in list(range(0, 0x250)) + list(range(0x300, 0x370)) + [0x5d0, 0x627, 0x661, 0x966, 0xe01, 0x1100, 0x1161, 0x11a8, 0x2160, 0x2153, 0x2460, 0x3000, 0x3042, 0x4e00, 0xac00, 0xac01, 0xd7a3, 0xfb01, 0xff21, 0x1d400, 0x1f600, 0x10ffff, 0xe0001, 0x20000, 0xf900])
for ch in sample:
    print(hex(ord(ch)), u.category(ch), u.bidirectional(ch), u.east_asian_width(ch), u.combining(ch), u.mirrored(ch), repr(u.decomposition(ch)),
          u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None), u.name(ch, None))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E00', 'SNOWMAN', 'BOM']:
    print(name, ascii(u.lookup(name)))
tests = ['e\u0301', 'é', 'ﬁ①', '가각', '\u1100\u1161\u11a8', 'Å', 'ẛ\u0323', 'q\u0307\u0323', '\u0041\u030A\u0301', 'ḱ̂', '\u00c5\u0327', 'Ω K Å', '한국어', '\U0001D400x²']
for t in tests:
    print(ascii(t), [ascii(u.normalize(f, t)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')], [u.is_normalized(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
for bad in [lambda: u.name('\x00'), lambda: u.numeric('a'), lambda: u.digit('a'), lambda: u.decimal('½'), lambda: u.category('ab'), lambda: u.category(1),
            lambda: u.normalize('NFX', 'a'), lambda: u.lookup('NO SUCH')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__)
