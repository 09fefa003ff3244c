# object.__init__/__new__ argument errors and default class behaviour.
class Empty:
    pass

try:
    Empty(1)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)

class OnlyInit:
    def __init__(self):
        pass

try:
    OnlyInit(1, 2)
except TypeError as e:
    print(e)

class InitReturns:
    def __init__(self):
        return 5

try:
    InitReturns()
except TypeError as e:
    print(e)

class Abstract:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

class Square(Abstract):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

for shape in (Square(3), Abstract()):
    try:
        print(shape.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(repr(Empty), str(Empty), Empty.__name__, Empty.__module__, Empty.__dict__.get("__doc__"))
print(Empty().__class__.__name__, isinstance(Empty(), object), type(Empty()) is Empty)
