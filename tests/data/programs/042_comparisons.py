print(1 < 2 < 3, 1 < 3 < 2, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2), None is None, [] is not None, 3 in [1, 2, 3])
