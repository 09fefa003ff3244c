from functools import cmp_to_key
for i in range(3):
    def mutating_cmp(x, y):
        L.append(3)
        L.pop()
        return (x > y) - (x < y)
    L = [1, 2]
    try:
        L.sort(key=cmp_to_key(mutating_cmp))
    except ValueError as e:
        print(e, L)
    def mutating_cmp(x, y):
        L.append(3)
        del L[:]
        return (x > y) - (x < y)
    try:
        L.sort(key=cmp_to_key(mutating_cmp))
    except ValueError as e:
        print(e, L)
def peek(x):
    print('during sort', L, len(L))
    return x
L = [3, 1, 2]
L.sort(key=peek)
print(L, sorted([3, 2, 1]), sorted('bca', reverse=True))
