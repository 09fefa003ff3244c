# sum/any/all: start values, short-circuiting, errors.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([]), sum([], 5), sum(range(10 ** 6)), sum([True, True]), sum([1, 2.5]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum(["a"])
except TypeError as e:
    print(e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(e)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 2 for x in range(5)), all("abc"))

def noisy(v):
    print("check", v)
    return v

print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([2 ** 64, 2 ** 64]))
print(sum(range(5), start=100), sum(iter([1, 2])))
