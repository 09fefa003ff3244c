# NaN hashes by identity (3.10+): distinct NaNs do not collide; equal floats still hash equal.
import math
a, b = float('nan'), float('nan')
print(hash(a) == hash(a), hash(a) != hash(b), hash(a) == object.__hash__(a), hash(1.0) == hash(1), hash(math.inf))
s = {float('nan') for _ in range(100)}
print(len(s), a in {a}, b in {a})
c = complex(math.nan, 1)
print(hash(c) == hash(c), hash(complex(1, 2)) == hash(complex(1, 2)), hash(-0.0), hash(0.0))
d = {}
for i in range(1000):
    d[float('nan')] = i
print(len(d))
