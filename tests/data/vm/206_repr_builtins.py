# repr() of the builtin types and singletons.
values = [None, True, False, ..., NotImplemented, 0, -12, 1.0, -2.5e-10, 1j, "s", "it's", b"b", bytearray(b"ba"),
          [], [1], (), (1,), (1, 2), {}, {1: 2}, set(), {1}, frozenset(), frozenset({2}), range(3), range(1, 9, 2),
          slice(1, 2), int, str, type, object, BaseException, ValueError("v"), KeyError("k"), len, print,
          [].append.__name__, type(None), type(...), type(NotImplemented)]
for v in values:
    print(repr(v))
print(repr(iter([])).startswith("<list_iterator object at 0x"), repr(len), repr(max))
print(str(type(len)), str(type([].append)), repr(int.__add__)[:28], repr(str.join)[:24])
print(repr(object.__init__)[:31], repr(dict.__dict__["fromkeys"])[:40])
