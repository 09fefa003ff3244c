# int() from strings in various bases, and its error messages.
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("  -12  "), int("+7"), int("1_2_3"), int("٣"))
print(int("10", 2), int("777", 8), int("zz", 36))
for bad in ["", "1.5", "abc", "1__2", "_1", "0x", "١٢x", " ", "12 3"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print(int(b"42"), int(bytearray(b"17")), int("0", 0), int("00", 0))
try:
    int("010", 0)
except ValueError as e:
    print(e)

class HasIndex:
    def __index__(self):
        return 9

class HasInt:
    def __int__(self):
        return 11

print(int(HasInt()), bin(HasIndex()), [0, 1, 2][HasIndex() - 8] if False else "skip")
