# bytes: literals, indexing gives ints, slicing, concatenation, repr.
b = b"hello\x00\xff\n\t'\""
print(b, len(b), b[0], b[-1], b[1:3], b[::-1][:3], type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(b"ab" + b"cd", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"" in b"x")
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\\", b"\x7f\x80")
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes("abc")
except TypeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
print(list(b"abc"), tuple(b"\x01\x02"), b"abc" == bytearray(b"abc"), b"a" < b"b", b"abc" < b"abd")
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(hash(b"abc") == hash(b"abc"), b"x".decode(), bytes(), b"%d-%s" % (5, b"x"))
for x in b"hi":
    print(x, chr(x))
