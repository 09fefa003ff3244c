# Tight loops over range with small ints and a bigint accumulator.
def small(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

def big(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

print(small(4_000_000), big(2_000_000))
