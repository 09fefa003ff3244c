a = b = [1]
b.append(2)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(a, x, y, z)
