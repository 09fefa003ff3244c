class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("slots", type(e).__name__)
print(p.x, p.y)
