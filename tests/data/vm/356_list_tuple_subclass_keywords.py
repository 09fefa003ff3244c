# list and tuple subclasses: keywords reach a subclass's own __init__/__new__, are refused otherwise.
class L(list):
    def __init__(self, *a, newarg=None):
        super().__init__(*a)
        self.n = newarg
print(L([1], newarg=3), L([1], newarg=3).n)
class L2(list):
    pass
class L3(list):
    def __new__(cls, *a, newarg=None):
        return super().__new__(cls, *a)
class T(tuple):
    def __init__(self, *a, newarg=None):
        self.n = newarg
class T2(tuple):
    def __new__(cls, *a, newarg=None):
        return super().__new__(cls, *a)
class T3(tuple):
    pass
print(L3([1], newarg=3), T([1], newarg=3), T([1], newarg=3).n, T2([1], newarg=3))
for f in [lambda: L2([1], newarg=3), lambda: T3([1], newarg=3), lambda: list([1], x=1), lambda: tuple([1], x=1), lambda: list.__init__([], [1], x=2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
