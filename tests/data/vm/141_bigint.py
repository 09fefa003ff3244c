# Arbitrary-precision integers: growth past 2**53 and 2**64, mixed operations, normalisation.
n = 2 ** 53
print(n, n + 1, n + 2, n * n)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 2 ** 100)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f % 1000007, f // 10 ** 20)
big = 10 ** 40 + 7
print(big // 3, big % 3, divmod(-big, 7), -big // 7)
print(big - big, (big - big) == 0, type(big - big).__name__, big * 0)
print(12345678901234567890 * 98765432109876543210)
print(3 ** 200 % 1000, pow(3, 200, 10 ** 9 + 7))
print(2 ** 200 >> 190, 1 << 70, (1 << 70) | 1, (2 ** 70 - 1) & 0xFFFF, (2 ** 70) ^ (2 ** 69))
print(-(2 ** 70) >> 3, ~(2 ** 70), -(2 ** 65) % 10, -(2 ** 65) // 10)
print(abs(-(10 ** 30)), hash(10 ** 30) == hash(10 ** 30), 10 ** 30 == 10.0 ** 30)
print(int("123456789012345678901234567890") + 1)
print(str(2 ** 1000)[:20], len(str(2 ** 1000)))
print(hex(2 ** 80), oct(2 ** 70), bin(2 ** 40 + 5))
print(float(2 ** 80), 2 ** 80 / 2 ** 70, 10 ** 20 / 3)
print(max(2 ** 70, 2 ** 69 * 3), sorted([2 ** 65, -(2 ** 65), 0, 2 ** 64]))
print((10 ** 25).bit_length(), int.from_bytes(b"\xff" * 10, "big"))
