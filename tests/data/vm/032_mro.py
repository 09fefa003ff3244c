# Multiple inheritance, C3 linearization, cooperative super().
class A:
    def who(self):
        return ["A"]

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass

try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(e)

class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))

class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)

class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)

class Both(Left, Right):
    pass

Both(left=1, right=2, extra=3)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(e)
