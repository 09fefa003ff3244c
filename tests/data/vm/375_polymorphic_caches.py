# One attribute or method site seeing many types (more than the caches keep),
# and every change that must invalidate what a site remembered: a property
# added over an instance value, a method shadowed by the instance, __init__
# or the metaclass's __call__ replaced, a property's getter changed.

class A:
    def __init__(self, v): self.v = v
    def get(self): return ("A", self.v)
class B(A):
    def get(self): return ("B", self.v)
class C(A):
    def get(self): return ("C", self.v)
class D:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def get(self): return ("D", self.v)
class E(B):
    pass
class F:
    def __init__(self, v): self.v = v
    @property
    def get(self): return lambda: ("F", self.v)

def read_all(objs):
    out = []
    for o in objs:
        o.v = o.v + 1
        out.append((o.v, o.get()))
    return out

objs = [A(1), B(2), C(3), D(4), E(5), F(6)]
for _ in range(300):
    r = read_all(objs)
print(r)

# A property added to the class after the sites cached instance values.
def v_of(o): return o.v
for _ in range(300):
    v_of(objs[0]); v_of(objs[1]); v_of(objs[2])
A.v = property(lambda self: "property wins")
print(v_of(objs[0]), v_of(objs[1]), v_of(objs[2]), v_of(objs[3]))
del A.v
print(v_of(objs[0]), v_of(objs[1]))

# A method shadowed by the instance after the site cached the class's method.
def call_get(o): return o.get()
for _ in range(300):
    call_get(objs[1]); call_get(objs[2])
objs[2].get = lambda: "instance function"
print(call_get(objs[1]), call_get(objs[2]))
E.get = lambda self: ("E now", self.v)
print(call_get(objs[4]))

# __init__ replaced after instances were made through the cached one.
class P:
    def __init__(self, a): self.a = a
def make(a): return P(a)
for i in range(300):
    make(i)
print(make(1).a)
def init2(self, a): self.a = a * 100
P.__init__ = init2
print(make(2).a)
def bad_init(self, a): return a
P.__init__ = bad_init
try:
    make(3)
except TypeError as e:
    print("TypeError:", e)

# The metaclass's __call__ replaced after P's calls were cached.
class Meta(type):
    pass
class Q(metaclass=Meta):
    def __init__(self, a): self.a = a
def makeq(a): return Q(a)
for i in range(300):
    makeq(i)
Meta.__call__ = lambda cls, a: ("made by Meta", a)
print(makeq(7))

# A property's getter seen through the cached property object.
class R:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
def rx(o): return o.x
r = R()
for _ in range(300):
    rx(r)
R.x = property(lambda self: self._x * 10)
print(rx(r))
R.x = 5
print(rx(r))

# A property whose getter raises: the traceback goes through the getter.
class S:
    @property
    def boom(self): return 1 / 0
def get_boom(o): return o.boom
for i in range(300):
    try:
        get_boom(S())
    except ZeroDivisionError:
        pass
get_boom(S())
