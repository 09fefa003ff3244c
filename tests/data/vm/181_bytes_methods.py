# bytes methods mirror str's: split/join/strip/replace/find/upper/is*...
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.swapcase(), b.title())
print(b.split(), b.split(b","), b",".join([b"a", b"b"]), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.find(111))
print(b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), b"a1".isalnum(), b"12".isdigit(), b"ab".isalpha())
print(b"abc".center(7, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4), b"x".ljust(3), b"x".rjust(3, b"0"))
print(b"a=b".partition(b"="), b"a=b=c".rpartition(b"="), b"line1\nline2".splitlines())
print(b"hello".capitalize(), b"ABC".isupper(), b" \t".isspace(), b"Ab Cd".istitle())
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"aXbXc".split(b"X", 1))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"abc".translate(None, b"b"))
try:
    b"abc".find("a")
except TypeError as e:
    print(e)
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print(e)
print(b"%s and %r" % (b"x", "y"), b"%05.1f|%x|%c" % (3.14159, 255, 65))
