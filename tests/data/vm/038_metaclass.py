# Metaclasses: __new__/__init__ of the metaclass, __call__, keyword arguments, __prepare__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

class A(metaclass=Meta, tag="first"):
    def __init__(self, v):
        self.v = v

class B(A):
    x = 1

a = A(1)
print(a.v, A.tag, B.tag, type(A).__name__, type(B) is Meta)
print(isinstance(A, type), isinstance(A, Meta))

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}

class C(metaclass=Ordered):
    y = 2

print(C.injected, C.y)
D = type("D", (A,), {"z": 3})
print(D.z, D.tag, D.__name__, D(5).v)
print(type(type), type(object), type.__mro__)
