row = [1]
for _ in range(8):
    print(" ".join(map(str, row)).center(40))
    row = [a + b for a, b in zip([0] + row, row + [0])]
