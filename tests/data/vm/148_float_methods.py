# float methods: as_integer_ratio, hex/fromhex, is_integer, conjugate; float() of strings.
for v in [0.5, 0.1, -2.75, 3.0, 1e-3]:
    print(v, v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__)
print(float("3"), float(" -2.5e3 "), float("+.5"), float("5."), float(7), float(True))
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), 7.5 // 2, -7.5 % 2, 7.5 % -2)
print(5.0 // 0.3, 5.0 % 0.3, 2 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(1.5 * 2, 3 / 2, 3.0 - 1, 10 / 5, type(10 / 5).__name__)
print(int(2.9e10), int(-1e20), float(10 ** 22) == 1e22)
print(1e16 // 3, 2.5 ** 2, pow(2.0, -2), pow(4.0, 0.5), abs(-0.0))
try:
    (-8.0) ** 0.5
except ValueError as e:
    print(e)
print(type((-8) ** 0.5).__name__)
