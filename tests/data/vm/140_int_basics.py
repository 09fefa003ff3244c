# int arithmetic: floor division and modulo with signs, divmod, pow, true division.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3) == (-8) ** (1 / 3), 0 ** 0)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 1000))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(abs(-5), -(-5), +5, ~5, ~-1)
print(10 / 4, 10 // 4, 10 % 4, -10 / 4, 1 / 3)
print(7 * 6, 7 - 10, 3 + -3)
print(int(3.99), int(-3.99), int("  42 "), int("-0"), int("1_000"))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(7), type(round(7)).__name__)
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (255).bit_count())
print(int.__name__, type(5) is int, isinstance(True, int), 5 .real, 5 .imag, 5 .numerator, 5 .denominator)
print(0 == -0, 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 2 ** 0.5)
