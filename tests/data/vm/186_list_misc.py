# list(): constructor, comparisons, membership, repr, nested and reversed.
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list({1: 0}.items()))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [3] > [2, 9], [] < [0], [[1]] == [[1]])
print(2 in [1, 2], [2] in [[2]], "a" in ["abc"], None in [None])
l = [1, [2, [3, [4]]], "s", 1.5, None, True, (1,), {"k": [1]}]
print(l, len(l))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
x = [1, 2, 3]
y = x
y.append(4)
print(x, x is y, x == x.copy(), x is x.copy())
print(max([3, 7, 2]), min([3, 7, 2]), sum([0.5, 0.25]), [0] * 3 == [0, 0, 0])
try:
    [1, 2][2]
except IndexError as e:
    print(e)
try:
    key = "a"
    [1, 2][key]
except TypeError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m, [row[2] for row in m])
print(list.__name__, type([]) is list, isinstance([], list), [].__class__.__name__)
