# __slots__: no __dict__, fixed attributes, inheritance with and without slots.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
p.x = 10
print(p.x)
print(P.__slots__, type(P.__dict__["x"]).__name__)

class Q(P):
    pass

q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)

class R(P):
    __slots__ = ("w",)

r = R(1, 2)
r.w = 5
print(r.x, r.w)
try:
    r.other = 1
except AttributeError as e:
    print(e)

class S:
    __slots__ = "only"

s = S()
s.only = "yes"
print(s.only)
