print([x * x for x in range(10) if x % 2], [(i, j) for i in range(3) for j in range(i)])
