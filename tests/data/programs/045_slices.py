l = list(range(10))
print(l[::2], l[1:-1:3], l[::-2])
l[2:5] = ["a"]
del l[0]
print(l)
s = "abcdef"
print(s[-3:], s[:2])
