# tuples: packing, single-element, methods, comparisons, hash, immutability.
t = 1, 2, 3
print(t, type(t).__name__, (1,), (), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], t[::-1], len(t), 2 in t)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t[5]
except IndexError as e:
    print(e)
try:
    t + [4]
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0), () < (0,), (2,) > (1, 9))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "a"}[1, 2])
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e)
lst_in = ([1],)
lst_in[0].append(2)
print(lst_in)
print(max((1, 9), (2, 0)), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(tuple.__name__, t.__len__(), t.__getitem__(0), t.__contains__(3))
x = (1)
y = (1,)
print(type(x).__name__, type(y).__name__)
