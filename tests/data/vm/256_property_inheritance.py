# Overriding properties in subclasses, super() inside a property, property on a class with __slots__.
class Shape:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name
    @property
    def description(self):
        return f"a shape called {self.name}"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    @property
    def name(self):
        return "round " + super().name
    @property
    def description(self):
        return super().description + f" with r={self.r}"

c = Circle(2)
print(c.name, "|", c.description)

class Slotted:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2

s = Slotted()
s.v = 21
print(s.v)
class ExtendedSetter(Circle):
    @Circle.name.getter
    def name(self):
        return "extended"

print(ExtendedSetter(1).name, type(Shape.__dict__["name"]).__name__)
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel, p.__isabstractmethod__ if hasattr(p, "__isabstractmethod__") else "-")
