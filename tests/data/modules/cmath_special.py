# cmath on infinities, NaNs and signed zeros: every cell of the C99 Annex G
# tables, the errors ("math domain error", "math range error") they raise,
# and the signs of zero parts.
import cmath
import math

INF = float('inf')
NAN = float('nan')
VALUES = [-INF, -2.5, -1.0, -0.0, 0.0, 1.0, 2.5, INF, NAN]


def show(x):
    if math.isnan(x):
        return 'nan'
    return repr(x) if x != 0 else ('-0.0' if math.copysign(1, x) < 0 else '0.0')


def res(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return '%s(%s)' % (type(e).__name__, e)
    if isinstance(r, complex):
        return '(%s, %s)' % (show(r.real), show(r.imag))
    if isinstance(r, float):
        return show(r)
    if isinstance(r, tuple):
        return '(%s)' % ', '.join(show(x) for x in r)
    return repr(r)


NAMES = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
         'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar',
         'isfinite', 'isinf', 'isnan']
for name in NAMES:
    f = getattr(cmath, name)
    print('--', name)
    for re in VALUES:
        print(' '.join(res(f, complex(re, im)) for im in VALUES))

print('-- rect')
for r in VALUES:
    print(' '.join(res(cmath.rect, r, phi) for phi in VALUES))

print('-- log with base')
for a in [0, 1, 2, 0j, -1, 1j, INF, complex(NAN, 0)]:
    print(' '.join(res(cmath.log, a, b) for b in [0, 1, 2, 0.5, -1, 1j, 10, INF, NAN]))

print('-- overflow')
for name in ['exp', 'cosh', 'sinh', 'cos', 'sin', 'tan', 'tanh']:
    f = getattr(cmath, name)
    print(name, [res(f, z) for z in [710, -710, 710j, -710j, complex(709.5, 1), complex(711, 0.5),
                                      complex(1e308, 0), complex(0, 1e308), complex(1000, 1e-300)]])
print('polar', res(cmath.polar, complex(1e308, 1e308)), res(cmath.polar, complex(INF, NAN)),
      res(cmath.polar, complex(NAN, -INF)), res(cmath.polar, complex(NAN, 1)))
print('big', [res(f, complex(1.5e308, -1.7e308)) for f in (cmath.acos, cmath.acosh, cmath.asin,
      cmath.asinh, cmath.atan, cmath.atanh, cmath.log, cmath.sqrt, cmath.log10)])
print('tiny', [res(f, complex(5e-324, -1e-320)) for f in (cmath.acos, cmath.acosh, cmath.asin,
      cmath.asinh, cmath.atan, cmath.atanh, cmath.log, cmath.sqrt, cmath.log10, cmath.exp)])
print('atanh 1', [res(cmath.atanh, z) for z in [1, -1, complex(1, 1e-200), complex(1, -1e-200),
                                               complex(-1, 0.0), complex(1, -0.0)]])
print('atan i', [res(cmath.atan, z) for z in [1j, -1j, complex(0.0, 1), complex(-0.0, -1)]])
print('constants', show(cmath.pi), show(cmath.e), show(cmath.tau), show(cmath.inf),
      res(lambda: cmath.infj), res(lambda: cmath.nanj), show(cmath.nan))
