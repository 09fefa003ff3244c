# An uncaught AssertionError shows the assert line.
def mean(xs):
    assert xs, "mean of empty list"
    return sum(xs) / len(xs)

print(mean([1, 2, 3]))
print(mean([2.5]))
samples = [[4, 4], [], [1]]
for s in samples:
    print(mean(s))
