def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
args = (1, 2)
kw = {"d": 4}
print(f(*args, 3, **kw), f(*(1, 2, 3, 4)), f(1, *[2], c=3, **{"d": 4}))
