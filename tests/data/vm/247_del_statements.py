# del on names, attributes, items, slices; errors afterwards.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(8))
del lst[0], lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
try:
    del lst[100]
except IndexError as e:
    print(e)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
