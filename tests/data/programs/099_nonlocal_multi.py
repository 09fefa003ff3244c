def make():
    a = b = 0
    def bump(n):
        nonlocal a, b
        a += n
        b = a * 2
        return a, b
    return bump
f = make()
f(1)
print(f(5))
