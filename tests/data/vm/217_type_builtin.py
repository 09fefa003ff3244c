# type(): of values, three-argument form, __class__ assignment-free checks, type errors.
for v in [1, 1.0, "s", b"b", [], (), {}, set(), None, len, type, object(), range(1), 1j, ...]:
    print(type(v).__name__, end=" ")
print()
Point = type("Point", (), {"x": 0, "show": lambda self: f"Point({self.x})"})
p = Point()
p.x = 5
print(p.show(), Point.__name__, Point.__bases__, type(Point).__name__)
Sub = type("Sub", (Point,), {})
print(Sub().show(), Sub.__mro__[1].__name__, isinstance(Sub(), Point))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(e)
try:
    type("A", (), {}, 1)
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
print(type(type(1)) is type, type(int) is type, type(p) is Point, p.__class__ is Point)
print(int.__class__, type.__class__, type.__name__, type.__qualname__)
print(object.__bases__, type.__bases__, bool.__bases__, KeyError.__bases__)
