x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
d = {1: 2, 3: 4}
del d[1]
class O: pass
o = O()
o.a = 1
del o.a
print(d, hasattr(o, "a"))
