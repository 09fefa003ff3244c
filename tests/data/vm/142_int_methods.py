# int methods: to_bytes/from_bytes, as_integer_ratio, conjugate, is_integer-free checks.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
print((10).as_integer_ratio(), (-3).conjugate(), (7).__index__())
print(int.__add__(3, 4), (5).__mul__(2), (5).__radd__(1), (5).__truediv__(2))
print((3).__add__("x"), (3).__eq__("3"), (3).__lt__(4.5))
print(int(True), int(False), True + True, True * 10)
print(divmod(17, 5), (17).__divmod__(5), (17).__floordiv__(-5))
print(int.__mro__, int.__base__)
print(sum(range(101)), sum([10 ** 20, 10 ** 20]))
x = 12345
print(x.bit_length(), x.bit_count(), x.numerator, x.denominator)
