# abs/round/divmod/pow/bin/oct/hex/chr/ord and __index__ / __abs__ hooks.
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(True), abs(-(10 ** 30)))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, 0.5), pow(2, -2), pow(7, 2, 5), pow(-2, 3))
print(bin(10), bin(-10), oct(64), hex(255), hex(-255), bin(0), hex(2 ** 64))
print(chr(97), ord("a"), chr(8364), ord("€"), ord(b"a"), ord(bytearray(b"z")))

class Idx:
    def __index__(self):
        return 6

class Ab:
    def __abs__(self):
        return "absolute"

print(bin(Idx()), hex(Idx()), "abcdefgh"[Idx()], [0] * Idx(), abs(Ab()), range(Idx()))
for f, arg in [(bin, 1.5), (hex, "1"), (abs, "x"), (chr, 1.0), (ord, 5)]:
    try:
        f(arg)
    except TypeError as e:
        print(e)
try:
    divmod(1, "a")
except TypeError as e:
    print(e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.25, 1), round(12.5, -1))
