def nums():
    n = 0
    while True:
        yield n
        n += 1
def evens(it):
    return (x for x in it if x % 2 == 0)
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
print(list(take(6, evens(nums()))))
