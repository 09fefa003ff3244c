def qs(l):
    if len(l) <= 1:
        return l
    p, *rest = l
    return qs([x for x in rest if x < p]) + [p] + qs([x for x in rest if x >= p])
print(qs([5, 3, 8, 1, 9, 2, 7]))
