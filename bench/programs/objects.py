# Instances, attribute loads and stores, method calls, properties.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

def run(n):
    acc = Vec(0, 0)
    step = Vec(1, -2)
    total = 0
    for _ in range(n):
        acc = acc.add(step)
        total += acc.norm1
    return total

print(run(1_200_000))
