# Lambdas: defaults, closures, immediately called, in sort keys, nested.
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *c, d=1, **e: (a, b, c, d, e)
print(add(1), add(1, 2, 3, d=4, z=5))
print((lambda: "now")())
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda s: len(s) > 1, ["a", "bb", "", "ccc"])))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-2, 0, 5)])
