# Descriptors: data vs non-data precedence, __get__/__set__/__delete__, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(self.name[1:] + " must be int")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class M:
    a = Typed()
    b = Typed()
    nd = NonData()

m = M()
m.a = 5
print(m.a, m.b)
try:
    m.b = "x"
except TypeError as e:
    print(e)
del m.a
print(m.nd)
m.__dict__["nd"] = "from instance"
print(m.nd)
m.__dict__["a"] = "shadow attempt"
print(m.a)
print(type(M.a).__name__)

class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, typ):
        return (self.v, obj is None, typ.__name__)

class H:
    c = Const(7)

print(H.c, H().c)
