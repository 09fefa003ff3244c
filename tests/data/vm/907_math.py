# math: constants, sqrt/floor/ceil/gcd/lcm/factorial/comb/perm/isclose/log/trig.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.isqrt(99))
print(math.gcd(12, 18), math.gcd(0, 0), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.pow(2, 10))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.hypot(3, 4), math.copysign(1, -0.0), math.fabs(-3))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
print(math.floor(10 ** 20 + 0.5), type(math.floor(2.5)).__name__, math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
