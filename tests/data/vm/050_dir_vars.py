# dir() and vars() of user classes and instances.
class Base:
    a = 1
    def m(self):
        pass

class Child(Base):
    b = 2
    def __init__(self):
        self.c = 3

obj = Child()
print([n for n in dir(obj) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(vars(obj))
print(sorted(k for k in vars(Child)))
print("__init__" in dir(obj), "__class__" in dir(obj), "__dict__" in dir(Child))
print(dir(Base) == sorted(dir(Base)))

class Custom:
    def __dir__(self):
        return ["z", "a", "m"]

print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print(e)

def f():
    local1 = 1
    local2 = 2
    return sorted(vars())

print(f())
print(sorted(n for n in dir() if not n.startswith("__")))
print(len(dir(object)) > 20, "__eq__" in dir(1))
