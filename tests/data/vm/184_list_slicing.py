# Slice reads, slice assignment (growing, shrinking, extended), slice deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[5:2], a[-100:100], a[1:8:2], a[8:1:-3])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(e)
del c[::3]
print(c)
del c[1:3]
print(c)
d = [1, 2, 3]
d[5:] = [4]
print(d)
d[-1:] = []
print(d)
d[0:0] = range(3)
print(d)
try:
    d[1:2] = 5
except TypeError as e:
    print(e)
e = list(range(5))
e[1:4] = e
print(e)
s = slice(1, None, 2)
print(list(range(8))[s], s.start, s.stop, s.step, s.indices(8))
f = [0, 1, 2]
f[-1] = "last"
del f[0]
print(f)
try:
    f[5] = 1
except IndexError as e:
    print(e)
