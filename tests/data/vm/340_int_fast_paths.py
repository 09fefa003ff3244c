# The BINARY_OP fast paths for ints (small, crossing 2**53, big) must agree with the general arithmetic.
import sys
vals = [0, 1, -1, 7, -7, 3, -3, 2**52, -2**52, 2**53 - 1, 2**53, 2**62, -2**63, 10**20, -10**20, 2**100 + 3]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b]
        if b: r += [a % b, a // b, divmod(a, b)]
        x = a; x += b; y = a; y -= b; z = a; z *= b
        if b:
            w = a; w %= b; v = a; v //= b
            r += [w, v]
        print(a, b, r, x, y, z)
print(-3 % 3, 3 % -3, -0 % 5, 5 // -2, -5 // 2, 5 % -2, -5 % 2, 1.5 % 1, 7 // 2.0)
