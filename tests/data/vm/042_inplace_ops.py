# In-place operators: __iadd__ etc., fallback to __add__, on lists/tuples/ints.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self

a = Acc()
a += 1
a += 2
a += 3
a -= 2
print(a.items)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)

o = OnlyAdd(1)
before = o
o += 5
print(o.v, before.v, o is before)

lst = [1]
alias = lst
lst += [2, 3]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t)
n = 5
n **= 3; print(n)
n //= 7; print(n)
n %= 6; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 0b1101; print(n)
n ^= 0xFF; print(n)
s = "ab"
s *= 3
print(s)
f = 7.0
f /= 2
print(f)
