# Functions as values: passed, returned, stored in containers.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

print(apply_n(lambda v: v * 2, 10, 1))

ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
}
for name in sorted(ops):
    print(name, ops[name](7, 3))

def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run

p = pipeline(str.strip, str.upper, lambda s: s + "!")
print(p("  hello  "))

def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped

@memoize
def slow_square(n):
    print("computing", n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))
