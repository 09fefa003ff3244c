# Closures, nonlocal cells, higher-order functions and recursion.
def make_counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc

def compose(f, g):
    return lambda x: f(g(x))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def run(n):
    c = make_counter()
    add3 = lambda x: x + 3
    dbl = lambda x: x * 2
    h = compose(add3, dbl)
    total = 0
    for i in range(n):
        total += h(i) + c()
    fs = [make_counter() for _ in range(100)]
    for i in range(n // 10):
        fs[i % 100](i)
    return total, sum(f(0) for f in fs), ackermann(2, 300)

print(run(1_000_000))
