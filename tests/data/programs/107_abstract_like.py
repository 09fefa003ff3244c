class Shape:
    def area(self):
        raise NotImplementedError
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circ(Shape):
    def __init__(self, r): self.r = r
    def area(self): return round(3.14159 * self.r ** 2, 3)
print([s.area() for s in (Sq(2), Circ(1))])
try:
    Shape().area()
except NotImplementedError:
    print("abstract")
