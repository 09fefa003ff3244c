# Indexing and slicing strings, including negative steps and non-ASCII.
s = "Python🐍3"
print(len(s), s[0], s[-1], s[6], s[-2], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:-1])
print(s[1:100], s[100:], repr(s[5:2]), s[::-2], s[len(s):], s[-100:2])
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s["1"]
except TypeError as e:
    print(e)
try:
    s[0] = "J"
except TypeError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
print(s[slice(2, 4)], s[slice(None, None, -3)], "abc"[True])
t = "ab\u0301c"
print(len(t), [c for c in t], t[2], ord(t[2]))
for i, c in enumerate("héllo"):
    print(i, c, ord(c), end="; ")
print()
u = "a\U0001F600b"
print(len(u), u[1] == "\U0001F600", u[2], u.index("b"), u[::-1] == "b\U0001F600a")
