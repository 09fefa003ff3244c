# repr(), str() and ascii() return what __repr__/__str__ returned, str subclass instances included.
class StrSubclass(str):
    pass
class WithRepr:
    def __init__(self, v): self.v = v
    def __repr__(self): return self.v
class WithStr:
    def __init__(self, v): self.v = v
    def __str__(self): return self.v
for v in [repr(StrSubclass('abc')), repr(WithRepr(StrSubclass('<abc>'))), repr(WithRepr(StrSubclass('<\U0001f40d>'))),
          ascii(StrSubclass('abc')), ascii(WithRepr(StrSubclass('<abc>'))), ascii(WithRepr(StrSubclass('<\U0001f40d>'))),
          str(WithStr(StrSubclass('abc'))), str(StrSubclass('x')), str(WithStr('plain')), repr(1.5), str(2), ascii('é')]:
    print(type(v).__name__, v)
try:
    repr(WithRepr(5))
except TypeError as e:
    print(e)
try:
    str(WithStr(b'x'))
except TypeError as e:
    print(e)
print(f'{WithStr(StrSubclass("f"))}', '%s' % WithStr(StrSubclass('p')))
