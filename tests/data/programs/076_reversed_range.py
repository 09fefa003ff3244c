print(list(range(10, 0, -3)), list(reversed([1, 2, 3])), range(5)[2], len(range(0, 100, 7)), 7 in range(0, 100, 7))
