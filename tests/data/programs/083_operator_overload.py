class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __lt__(self, o): return abs(self) < abs(o)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
print(Vec(3, 4) * 2, 3 * Vec(1, 1), -Vec(1, 2), abs(Vec(3, 4)), sorted([Vec(5, 5), Vec(1, 0)]))
