# str.encode / bytes.decode with errors handlers.
s = "héllo €"
for enc in ["utf-8", "utf-16-le", "latin-1", "ascii", "utf-32-be", "cp1252"]:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "error:", e)
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "replace"))
bad = b"ok\xffbad\xc3"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding)
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.object)
print(b"\xe2\x82\xac".decode(), "€".encode(), str(b"abc", "ascii"), str(b"x"))
print("abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), "A".encode("utf-16"))
