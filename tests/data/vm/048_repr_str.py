# __repr__ and __str__: defaults, fallbacks, use by print/str/repr/format/containers.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only-str"

class Both:
    def __repr__(self):
        return "Both<r>"
    def __str__(self):
        return "Both<s>"

r, s, b = OnlyRepr(), OnlyStr(), Both()
print(r, str(r), repr(r))
print(s, str(s))
print(b, str(b), repr(b))
print([r, b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))

class BadRepr:
    def __repr__(self):
        return 5

try:
    repr(BadRepr())
except TypeError as e:
    print(e)

class Formatted:
    def __format__(self, spec):
        return "F(" + spec + ")"

print(f"{Formatted():>10}", format(Formatted(), "xyz"), "{:abc}".format(Formatted()))
print(str(Both), repr(int), repr(None), str(...), repr(NotImplemented))
