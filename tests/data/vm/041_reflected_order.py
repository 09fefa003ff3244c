# A subclass's reflected method is tried first; NotImplemented from both sides gives TypeError.
class Base:
    def __add__(self, o):
        print("Base.__add__")
        return NotImplemented

    def __radd__(self, o):
        print("Base.__radd__")
        return "base-radd"

class Sub(Base):
    def __radd__(self, o):
        print("Sub.__radd__")
        return "sub-radd"

print(Base() + Sub())
try:
    Base() + Base()
except TypeError as e:
    print(e)

class Never:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented

try:
    Never() + Never()
except TypeError as e:
    print(e)
try:
    Never() < Never()
except TypeError as e:
    print(e)

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v

print(Cmp(1) < Cmp(2))
print(Cmp(1) > Cmp(2))
print(sorted([Cmp(3), Cmp(1)], key=lambda c: c.v)[0].v)

class Pow:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o):
        return ("rpow", o)

print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 3, 5))
