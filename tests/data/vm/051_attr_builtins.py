# getattr/setattr/hasattr/delattr with defaults and errors.
class O:
    cls_attr = "c"

o = O()
setattr(o, "x", 10)
print(getattr(o, "x"), o.x, getattr(o, "cls_attr"))
print(getattr(o, "missing", None), hasattr(o, "x"), hasattr(o, "missing"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(e)
delattr(o, "x")
print(hasattr(o, "x"))
try:
    delattr(o, "x")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
setattr(O, "added", lambda self: "method!")
print(o.added())
setattr(o, "with space", 1)
print(getattr(o, "with space"), sorted(vars(o)))
try:
    (1).x = 5
except AttributeError as e:
    print(e)
try:
    setattr([], "y", 1)
except AttributeError as e:
    print(e)
try:
    "s".nope
except AttributeError as e:
    print(e)
try:
    O.nope
except AttributeError as e:
    print(e)
try:
    del O.nope
except AttributeError as e:
    print(e)
