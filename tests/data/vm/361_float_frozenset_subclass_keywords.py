# float and frozenset subclasses: keywords reach a subclass's own __init__, are refused otherwise.
class F(float):
    def __init__(self, *a, newarg=None):
        self.newarg = newarg
class FS(frozenset):
    def __init__(self, *a, newarg=None):
        self.newarg = newarg
class F2(float):
    pass
class FS2(frozenset):
    pass
print(F(1.5, newarg=3), F(1.5, newarg=3).newarg, sorted(FS([1, 2], newarg=4)), FS([1], newarg=4).newarg)
for f in [lambda: F2(1.5, newarg=3), lambda: FS2([1], newarg=3), lambda: float(1, x=2), lambda: frozenset([1], x=2), lambda: float(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
