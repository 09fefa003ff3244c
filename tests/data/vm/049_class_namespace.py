# Class bodies: executed once, their own scope, names not visible in methods.
print("before class")

class K:
    print("in body")
    x = 1
    y = x + 1
    try:
        items = [x * i for i in range(3)]
    except NameError as e:
        items = str(e)
    firsts = [i * 2 for i in range(3)]
    def method(self):
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)
    del y

print("after class")
print(K.x, K.items, K.firsts, hasattr(K, "y"))
print(K().method())

def factory(v):
    class Local:
        value = v
        def get(self):
            return v
    return Local

L1, L2 = factory(1), factory(2)
print(L1.value, L2().get(), L1 is L2, L1.__qualname__)

class Outer:
    class Inner:
        pass
    def make(self):
        return self.Inner()

print(Outer.Inner.__qualname__, type(Outer().make()).__name__)
print(K.__doc__)

class Doc:
    "the doc"

print(Doc.__doc__)
