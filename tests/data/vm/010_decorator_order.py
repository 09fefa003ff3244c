# Decorator expressions are evaluated top to bottom, applied bottom to top.
def mk(name):
    print("make", name)
    def deco(fn):
        print("apply", name)
        fn.tags = getattr(fn, "tags", []) + [name]
        return fn
    return deco

@mk("outer")
@mk("middle")
@mk("inner")
def f():
    pass

print(f.tags)

class Box:
    def __init__(self, v):
        self.v = v

def getter(obj):
    return obj.deco

b = Box(None)
b.deco = lambda fn: (fn, "wrapped")

@getter(b)
def g():
    return 1

print(g[1], g[0]())

# PEP 614: any expression
decos = [lambda f: f.__name__.upper()]
@decos[0]
def lower_name():
    pass
print(lower_name)
