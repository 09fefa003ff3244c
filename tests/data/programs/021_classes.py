class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)
print(P(1, 2) + P(3, 4))
