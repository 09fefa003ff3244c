# __getattr__ (fallback), __getattribute__ (always), __setattr__, __delattr__.
class Fallback:
    x = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")

f = Fallback()
print(f.x, f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print(e)
print(getattr(f, "nothing", "dflt"), hasattr(f, "dyn_x"), hasattr(f, "zzz"))

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

g = Logged()
g.b = g.a + 1
del g.a
print(g.__dict__)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        setattr(self._t, name, value)

class T:
    pass

t = T()
p = Proxy(t)
p.val = 9
print(t.val, p.val, "val" in p.__dict__)
