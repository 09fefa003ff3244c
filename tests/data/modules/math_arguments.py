# math's argument checking: METH_O functions, log's count, Argument Clinic's (isclose, prod), perm's.
import math
for name in sorted(dir(math)):
    f = getattr(math, name)
    if not callable(f): continue
    out = []
    for args in [(), (1.5,)*5, ('x',)]:
        try:
            f(*args); out.append('ok')
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
    print(name, ' | '.join(out))
for f in [lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, b=1.0, rel_tol=0.1), lambda: math.isclose(a=1, b=1), lambda: math.isclose(1, 1, x=1),
          lambda: math.prod([2, 3], start=2), lambda: math.prod([1], 2), lambda: math.prod(iterable=[1]), lambda: math.perm(5), lambda: math.perm(5, 2),
          lambda: math.log(8, 2), lambda: math.sqrt(x=4), lambda: math.isclose(1, 1, rel_tol=-1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
