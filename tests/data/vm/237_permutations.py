# Recursive generators for permutations, combinations, subsets; n-queens.
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [x] + rest

def combos(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for c in combos(items[i + 1:], k - 1):
            yield (items[i],) + c

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

print(["".join(p) for p in perms("abc")])
print(list(combos("abcd", 2)), len(list(combos(list(range(10)), 3))))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def queens(n):
    sols = []
    def place(row, cols, d1, d2, board):
        if row == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                board.append(c)
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
                board.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols

print(len(queens(6)), queens(6)[0], len(queens(8)))
