def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), 48 * 18 // gcd(48, 18), [gcd(i, 12) for i in range(1, 13)])
