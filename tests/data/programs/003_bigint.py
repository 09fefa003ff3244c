x = 2 ** 100
print(x, x // 3, x % 7, hex(x), len(str(3 ** 500)))
