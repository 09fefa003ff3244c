# slice objects: attributes, indices(), repr, use with custom __getitem__.
s = slice(1, 10, 2)
print(s, repr(slice(None)), slice(5), slice(1, 2), s.start, s.stop, s.step)
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)

class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)

r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[..., 1], r[:, None], r["k"])
r[0:5] = "v"
del r[::2]
r[1, 2] = 0
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
print("abcdefgh"[slice(2, None, 2)], [0, 1, 2, 3][slice(-2, None)], (0, 1, 2)[slice(None, None, -1)])
