# __new__ vs __init__: singletons, immutable subclasses, __init__ not called for other types.
class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v

a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u), u.lower())

class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
    def __repr__(self):
        return f"Pos({int(self)})"

p = Pos(-5)
print(p, p + 1, type(p + 1).__name__, p * 2, [p])

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")

print(Other())

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]

pt = Point(3, 4)
print(pt, pt.x, len(pt), pt == (3, 4), type(pt).__name__)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
