print([[i * j for j in range(1, 4)] for i in range(1, 4)], {i: [j for j in range(i)] for i in range(4)})
