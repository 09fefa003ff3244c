# code._varname_from_oparg (what dis resolves LOAD_FAST/LOAD_DEREF names with) and _co_code_adaptive.
def f(a, b, *args, k=1, **kw):
    c = 1
    def g():
        return b + c
    return g
for co in [f.__code__, f(1, 2).__code__, (lambda: 0).__code__]:
    names = []
    try:
        while True:
            names.append(co._varname_from_oparg(len(names)))
    except IndexError as e:
        print(co.co_name, names, co._varname_from_oparg(oparg=0) if names else None, e)
    print(co._co_code_adaptive == co.co_code, type(co._co_code_adaptive).__name__)
for bad in [(100,), (-1,), ('x',), (), (1, 2)]:
    try:
        f.__code__._varname_from_oparg(*bad)
    except Exception as e:
        print(type(e).__name__, e)
import dis
dis.dis(f(1, 2))
