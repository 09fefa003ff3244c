# Attribute sites remember where in the instance dict they last found a
# name: instances that store their attributes in other orders, attributes
# deleted and added again, a __dict__ replaced or cleared, and a str
# subclass as a key must all still read and write the right entry.

class P:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())

def read(o):
    return o.a, o.b, o.c

def write(o, v):
    o.b = v
    return o.b

objs = [P("abc"), P("cba"), P("bac"), P("cab")]
for _ in range(300):
    out = [read(o) for o in objs]
    out2 = [write(o, i) for i, o in enumerate(objs)]
print(out, out2)

o = objs[0]
del o.a
o.a = "again"
print(read(o), write(o, "w"), sorted(vars(o).items()))

o.__dict__ = {"c": 3, "b": 2, "a": 1}
print(read(o), write(o, 20), o.__dict__)

class S(str):
    pass
o.__dict__ = {S("a"): "from S", "b": 0, "c": 0}
print(read(o), write(o, 7))

o.__dict__.clear()
try:
    read(o)
except AttributeError as e:
    print("AttributeError:", e)
print(write(o, "new"), o.__dict__)
