# Comparisons mixing int, float, bool and bigints, and ordering errors.
print(1 < 1.5 < 2, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 > 1e308)
print(0.1 < 1 / 9 * 1, 1 == True, 0.0 == False, 1.0 == True)
print(sorted([3, 1.5, True, -2, 2 ** 70, 0.0]))
print(max([1, 2.0]), max([2.0, 2]), min(3, 3.0), type(min(3, 3.0)).__name__)
print([x for x in (3, 4.0, 5) if 3.5 < x < 5.5])
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print(1 == "1", [1] == (1,), None == 0, {} == {}, () == [], "a" != b"a")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9], "abc" < "abd", "Z" < "a", "" < "a")
print((1, "x") < (2, 0), [1, 2] <= [1, 2])
try:
    (1, "x") < (1, 0)
except TypeError as e:
    print(e)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 + 1)
