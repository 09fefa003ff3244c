class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(B):
    pass
print(C().who(), isinstance(C(), A), C.__mro__[1].__name__)
