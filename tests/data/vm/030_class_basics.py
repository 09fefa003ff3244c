# Classes: __init__, instance and class attributes, methods, __dict__.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1, 1)
print(q.x, q.y)
print(p.__dict__)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 5
print(q.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
del p.dims
print(p.dims)
p.z = 9
print(sorted(vars(p)))
print(Point.__bases__, Point.__mro__)
