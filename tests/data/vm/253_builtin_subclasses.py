# Subclassing list, dict and str: overridden methods and which builtins bypass them.
class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10

l = LoudList([1, 2])
l.append(3)
l += [4]
print(l, l[0], len(l), sum(l), list(l), type(l).__name__, type(l + [5]).__name__)

class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())

d = LowerDict()
d["ABC"] = 1
print(d, d["aBc"], "abc" in d, d.get("ABC"))
d2 = LowerDict(XYZ=2)
print(d2)

class Shout(str):
    def __str__(self):
        return self.upper()
    def shout(self):
        return self + "!"

s = Shout("hi")
print(s, str(s), repr(s), f"{s}", s.shout(), type(s.shout()).__name__, s == "hi", len({s, "hi"}))

class Num(int):
    def __add__(self, o):
        return Num(int(self) + int(o) + 1000)

print(Num(1) + 1, 1 + Num(1), type(Num(5) * 2).__name__, Num(7) == 7)
