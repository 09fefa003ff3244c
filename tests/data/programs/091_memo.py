cache = {}
def f(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else f(n - 1) + f(n - 2)
    cache[n] = r
    return r
print(f(90), len(cache))
