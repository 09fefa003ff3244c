# Primes: sieve, trial division generator, factorization with bigints.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]

ps = sieve(100)
print(ps, len(sieve(10000)))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

g = primes()
print([next(g) for _ in range(15)])

def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out

for n in [360, 97, 2 ** 31 - 1, 600851475143, 2 ** 64 + 1]:
    print(n, factor(n))
