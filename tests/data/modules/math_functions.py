import math
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.5, 10.0, 1e-300, 1e300, 123.456, -7.25, 1/3, math.pi, math.e]
for name in ['sqrt', 'exp', 'log', 'sin', 'cos', 'fabs', 'floor', 'ceil', 'trunc', 'frexp', 'modf', 'isfinite', 'isnan', 'degrees', 'radians', 'log2', 'log10']:
    out = []
    for v in vals:
        try: out.append(repr(getattr(math, name)(v)))
        except (ValueError, OverflowError) as e: out.append(type(e).__name__ + ':' + str(e))
    print(name, out)
print(math.pow(2, 10), math.pow(2.5, -1.5), math.pow(-8, 1/3) if False else '', math.atan2(1, 1), math.atan2(-0.0, -1), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.dist((0, 0), (3, 4)))
print(math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.copysign(3, -0.0), math.ldexp(0.5, 3), math.ldexp(1, -1080), math.ldexp(1, 1023))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2**53, 1]))
print(math.isqrt(10**40), math.isqrt(99), math.factorial(25), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([2.5, 2], start=2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9), math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.log(8, 2), math.log(100, 10), math.log(10**1000), math.log2(2**2000), math.log10(10**500), math.log(2**1075))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), type(math.floor(1e20)).__name__, math.floor(1e20), math.ceil(2**70 + 0.0))
print(math.pi, math.e, math.tau, math.inf, math.nan, math.isinf(math.inf), math.exp2(10) if hasattr(math, 'exp2') else 1024.0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5), lambda: math.fmod(1, 0),
            lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.sqrt('x'), lambda: math.floor(math.inf),
            lambda: math.floor(math.nan), lambda: math.dist((1,), (1, 2)), lambda: math.ldexp(1.0, 2000), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.acos(2),
            lambda: math.trunc('x'), lambda: math.log(1, 1), lambda: math.isclose(1, 2, rel_tol=-1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class F:
    def __float__(self): return 2.25
    def __floor__(self): return 'floor!'
print(math.sqrt(F()), math.floor(F()), math.sqrt(True), math.exp(2**10 // 1000))
