# bytearray: mutable bytes, methods that change it in place.
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, len(ba), ba[0], bytes(ba))
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba, ba.find(b"E"), ba.count(b"E"))
ba += b"!!"
print(ba, ba * 2, ba.upper(), bytearray(3), bytearray([1, 2]))
try:
    ba[0] = 300
except ValueError as e:
    print(e)
try:
    ba.append("x")
except TypeError as e:
    print(e)
try:
    bytearray().pop()
except IndexError as e:
    print(e)
print(bytearray(b"abc") == b"abc", bytearray(b"x") + b"y", type(bytearray(b"x") + b"y").__name__)
c = bytearray(b"abcdef")
c[::2] = b"XYZ"
print(c, c.decode(), c.hex(), repr(bytearray()))
c.clear()
print(c, len(c))
