# strip family, padding (center/ljust/rjust/zfill), expandtabs.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("cmowz."), "  ".strip() == "")
print(repr("hi".center(7)), repr("hi".center(8, "*")), repr("hi".ljust(5, ".")), repr("hi".rjust(5)))
print(repr("toolong".center(3)), "42".zfill(5), "-42".zfill(5), "+3".zfill(4), "abc".zfill(5))
print(repr("a\tbc\tdef".expandtabs()), repr("a\tbc\tdef".expandtabs(4)), repr("\t".expandtabs(0)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
print(repr("\u00a0x\u2003".strip()), repr("\x1c\x1dy".strip()))
print("%r" % "x".ljust(3), "|" + "é".rjust(3, "ü") + "|")
