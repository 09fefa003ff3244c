# Bigint arithmetic: the pidigits spigot (multiply, add, floor-divide of growing ints) and big powers.
def pidigits(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits

def run():
    d = pidigits(2500)
    f = 1
    for i in range(2, 2000):
        f *= i
    return "".join(map(str, d[-20:])), f.bit_length(), pow(3, 20000, 10**40), (7 ** 5000) % 1000007

print(run())
