# list methods: append/extend/insert/remove/pop/index/count/reverse/copy/clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend(range(2))
a.insert(0, 2)
a.insert(100, "end")
a.insert(-1, "before-end")
print(a)
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(1, 2), a.count(1), a.count("x"))
try:
    a.index(42)
except ValueError as e:
    print(e)
try:
    a.remove(42)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
b = a.copy()
b.reverse()
print(a, b, a is b)
b.clear()
print(b, len(b))
c = [[0]] * 3
c[0].append(1)
print(c)
d = [[0] for _ in range(3)]
d[0].append(1)
print(d)
print([1, 2] + [3], [0] * 4, [] * 10, 2 * [None])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
e = [1, 2]
e += (3, 4)
e += "ab"
print(e)
