# A custom sequence with __getitem__(slice), __setitem__, __delitem__, __len__, __index__ keys.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"

s = Seq(range(10))
print(s[2], s[-1], s[2:5], s[::3], len(s))
s[0] = "zero"
s[1:3] = ["one"]
del s[-1]
del s[::4]
print(s, len(s))

class I:
    def __index__(self):
        return 2

print(s[I()], [10, 20, 30][I()], "abc"[I()], (1, 2, 3)[I():])
try:
    s[100]
except IndexError as e:
    print(e)
try:
    k = 1.0
    [1, 2][k]
except TypeError as e:
    print(e)
print(list(s), "one" in s, s.data.index(6))
