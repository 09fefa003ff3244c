def add(a, b=10):
    return a + b
print(add(1), add(1, 2), add(b=3, a=4))
