# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x

print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1 == 1 != 2 >= 2 <= 5)
x = 5
print(0 <= x < 10, 0 < x < 5, x == 5 == 5.0, 1 < x is not None)
print("a" < "b" < "c", [1] < [2] < [3], (1,) == (1,) != (2,))
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[1]])
items = [5, 1, 9, 7]
print([i for i in items if 2 < i <= 7])
