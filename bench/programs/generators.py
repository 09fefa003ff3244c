# Generators, generator expressions, comprehensions and sorting.
def gen(n):
    for i in range(n):
        if i % 3:
            yield i * 2

def run(n):
    total = sum(x for x in gen(n) if x % 5)
    squares = [x * x for x in range(n // 10)]
    pairs = sorted(((x % 101, -x) for x in squares), reverse=True)
    return total, pairs[0], len({p[0] for p in pairs})

print(run(1_500_000))
