# Unicode: ord/chr, escapes, surrogates-free astral characters, repr of odd characters.
for c in ["A", "é", "€", "😀", "\n", "\x00", "\u200b", "\U0001F40D", "\ud7ff"]:
    print(repr(c), ord(c), hex(ord(c)), len(c))
print(chr(65), chr(233), chr(0x1F600), repr(chr(7)), repr(chr(127)), repr(chr(160)), repr(chr(0xad)))
print(repr("tab\there"), repr("quote's"), repr('dq"'), repr("both'\""), repr("back\\slash"))
print(repr("\x80\x9f\xa0\xff"), repr("\u0378"), repr("\U000e0001"), repr("\ufeff"))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\x41\101\u0041")
s = "naïve café"
print(len(s), s.upper(), s.encode("utf-8"), len(s.encode("utf-8")), s.encode("latin-1"))
print(ascii(s), ascii("😀"), ascii(["é", 1]))
print(sorted("éaèzA"), max("aé"), "é" > "z")
print("ﬀ".lower(), "Ⅷ".lower(), "ǆ".title(), "ŉ".upper())
