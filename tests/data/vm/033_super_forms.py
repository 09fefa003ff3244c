# super() with explicit arguments, in classmethods, and super objects' attributes.
class A:
    def f(self):
        return "A.f"

    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"

class B(A):
    def f(self):
        return "B.f>" + super(B, self).f()

    @classmethod
    def make(cls):
        return "B.make>" + super().make()

class C(B):
    def f(self):
        # skip B
        return "C.f>" + super(B, self).f()

print(B().f(), C().f())
print(B.make(), C.make())
s = super(C, C())
print(s.f())
print(super(B, B).make())

class D(A):
    def get(self):
        return super().f

print(D().get()())

def outside(self):
    return super(D, self).f()

print(outside(D()))

class E:
    def method(self):
        try:
            super().missing
        except AttributeError as e:
            print(e)

E().method()
