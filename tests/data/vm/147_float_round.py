# round() with and without ndigits: banker's rounding, binary representation effects.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(2.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1234.5678, -2), round(-1234.5678, 3), round(0.0, 5), round(-0.0))
print(round(5, 2), round(15, -1), round(25, -1), round(-25, -1))
print(round(1.23456789e-10, 12), round(1e300, -299))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print(e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(e)
