# is and == on small ints, strings, None, and mutable objects; copies.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None)() is None, ... is Ellipsis, NotImplemented is NotImplemented)
x = ()
y = tuple()
print(x is y, x == y)
print(True is (1 == 1), False is (1 == 2))
def f():
    pass
g = f
print(f is g, f == g, f is not None)
class C:
    pass
o1, o2 = C(), C()
print(o1 is o2, o1 == o2, o1 != o2, o1 is o1)
t = (a,)
t2 = (a,)
print(t == t2, t[0] is t2[0])
d1 = {"k": a}
d2 = d1.copy()
d2["k"].append(3)
print(d1, d1 is d2, d1["k"] is d2["k"])
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2, len({s1, s2}))
print([] is [], [] == [], {} == {}, set() == set())
