# cmath: values on a grid of ordinary arguments, argument conversion
# (__complex__, __float__, __index__), argument errors and isclose.
import cmath
import warnings

GRID = [complex(a, b) for a in (-3.5, -1, -0.25, 0, 0.5, 1, 2, 10) for b in (-2, -0.5, 0, 0.75, 1, 4)]
NAMES = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
         'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']


def run(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for name in NAMES:
    f = getattr(cmath, name)
    print(name, [run(f, z) for z in GRID])
print('phase', [cmath.phase(z) for z in GRID])
print('polar', [cmath.polar(z) for z in GRID[::3]])
print('rect', [cmath.rect(r, phi) for r in (0, 1, 2.5, -3) for phi in (0, -0.0, 0.5, cmath.pi / 2, -2, 3)])
print('log base', [run(cmath.log, z, b) for z in GRID[::5] for b in (2, 10, 0.5j, -3)])
print('ints', cmath.sqrt(4), cmath.sqrt(-4), cmath.exp(True), cmath.log(10 ** 30), cmath.log(2 ** 1000, 2))
print(cmath.sqrt(10 ** 400) if False else run(cmath.sqrt, 10 ** 400))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.25


class WithIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 'x'


class BadFloat:
    def __float__(self):
        return 1


class SubComplex(complex):
    def __complex__(self):
        return 5j


class ComplexReturnsSub:
    def __complex__(self):
        return SubComplex(1, 2)


class SubFloat(float):
    pass


class FloatReturnsSub:
    def __float__(self):
        return SubFloat(1.5)


print(cmath.sqrt(WithComplex()), cmath.sqrt(WithFloat()), cmath.sqrt(WithIndex()), cmath.sqrt(SubComplex(-4, 0)))
print(cmath.rect(WithFloat(), WithIndex()), cmath.polar(WithComplex()), cmath.phase(WithIndex()))
for bad in [BadComplex(), BadFloat(), 'abc', None, [1], b'1']:
    print(run(cmath.exp, bad), run(cmath.rect, bad, 1), run(cmath.log, 1, bad))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(cmath.sqrt(ComplexReturnsSub()), cmath.rect(FloatReturnsSub(), 0))
    for x in w:
        print(x.category.__name__, x.message)

for call in ['cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.sqrt(z=1)', 'cmath.phase()', 'cmath.polar(1, 2)',
             'cmath.isnan()', 'cmath.isinf(1, 2)', 'cmath.isfinite(z=3)', 'cmath.rect(1)', 'cmath.rect(1, 2, 3)',
             'cmath.rect(1j, 2)', 'cmath.rect(r=1, phi=2)', 'cmath.log()', 'cmath.log(1, 2, 3)', 'cmath.log(x=1)',
             'cmath.isclose(1)', 'cmath.isclose(1, 2, 3)', 'cmath.isclose(1, 2, rel_tol=-1)',
             'cmath.isclose(1, 2, abs_tol=-1e-300)', 'cmath.isclose(1, 2, foo=1)', 'cmath.isclose(a=1, b=1)',
             'cmath.isclose(1j, 1j, rel_tol="x")', 'cmath.exp(1000)', 'cmath.log(0)', 'cmath.atanh(1)',
             'cmath.cosh(complex(1000, 1))', 'cmath.rect(1e300, 1e300)']:
    print(call, '->', run(eval, call))

pairs = [(1, 1), (1, 1 + 1e-10), (1, 1 + 1e-8), (1j, 1.000000001j), (0, 1e-300), (1e10, 1e10 + 1),
         (complex('inf'), complex('inf')), (complex('inf'), complex('-inf')), (complex('nan'), complex('nan')),
         (complex(1, float('inf')), complex(2, float('inf'))), (3 + 4j, 3.0000001 + 4j)]
for a, b in pairs:
    print(a, b, cmath.isclose(a, b), cmath.isclose(a, b, rel_tol=1e-6), cmath.isclose(a, b, abs_tol=1e-5),
          cmath.isclose(a, b, rel_tol=0, abs_tol=0))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, float('-inf'))), cmath.isnan(complex(float('nan'), 0)))
print(sorted(n for n in dir(cmath) if not n.startswith('__')))
print(cmath.__name__, cmath.__doc__)
print(cmath.sqrt, cmath.sqrt.__name__, cmath.sqrt.__qualname__, cmath.sqrt.__module__, cmath.sqrt.__doc__)
print(cmath.log.__doc__)
print(cmath.isclose.__text_signature__, cmath.rect.__text_signature__)
print(type(cmath.pi), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
