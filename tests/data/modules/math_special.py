# erf/erfc (glibc's method) and gamma/lgamma (CPython's Lanczos): values, special cases and errors.
import math
xs = [0.1, 0.5, 0.84, 0.9, 1.0, 1.2, 1.3, 2.0, 2.5, 2.9, 3.5, 5.0, 5.9, 6.5, 10.0, 27.0, 28.5, -0.3, -1.1, -2.2, -4.0, -7.0, 1e-9, 1e-310]
for x in xs:
    print(x, math.erf(x), math.erfc(x))
gs = [0.5, 1.5, 2.5, 3.3, 4.75, 7.1, 10.5, 0.001, 1e-21, -0.5, -1.5, -2.75, -10.3, 30.5, 57.25, 100.1, -150.5, -250.5, 250.5]
for x in gs:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
for f in (math.gamma, math.lgamma, math.erf, math.erfc):
    for x in [0.0, -0.0, float('inf'), float('-inf'), float('nan'), -1.0, -2.0, 1.0, 2.0, 3.0, 23.0, 24.0, 171.0, 172.0, 1e308]:
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
for bad in ['x', None, 1j]:
    try:
        math.erf(bad)
    except TypeError as e:
        print('TypeError', e)
print(math.gamma(5), math.lgamma(10), math.erf(True))
