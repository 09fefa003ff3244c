# range objects: len, index, slicing, containment, repr, equality, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-2]), 8 in r, 9 in r)
print(r.index(11), r.count(5), r.start, r.stop, r.step, range(5), range(0, 5, 1), range(-3))
print(list(range(10, 0, -2)), list(range(0)), list(range(5, 5)), range(0, 10 ** 20, 3)[-1])
try:
    len(range(0, 10 ** 20, 3))
except OverflowError as e:
    print(e)
print(range(0, 3) == range(0, 3), range(0) == range(5, 5), range(0, 4, 2) == range(0, 3, 2), range(1) == [0])
try:
    r.index(3)
except ValueError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
print(range(10 ** 18)[10 ** 17], 10 ** 17 in range(10 ** 18), range(10 ** 18)[-1])
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(1, 101)))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)), max(range(7)), min(range(3, 9)))
print(list(range(-5, 5, 3)), range(3).__len__(), 2.0 in range(3), "a" in range(3))
