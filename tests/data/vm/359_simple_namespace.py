# types.SimpleNamespace: keyword constructor and its errors, repr (recursive, subclasses), ==, pickling, __dict__.
import types, sys, pickle, copy
print(types.SimpleNamespace.__module__, types.SimpleNamespace.__qualname__, type(sys.implementation) is types.SimpleNamespace)
ns = types.SimpleNamespace(a=1, b=[2]); print(repr(ns), ns.__reduce__())
for bad in [lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace(**{1: 2}), lambda: hash(ns)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class S(types.SimpleNamespace):
    pass
print(repr(S(x=[1])), S(x=1) == types.SimpleNamespace(x=1), S(x=1) != types.SimpleNamespace(x=2))
r = types.SimpleNamespace(); r.r = r; print(r)
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) == 1)
print(pickle.loads(pickle.dumps(ns)), copy.deepcopy(ns) == ns, vars(ns))
del ns.a
print(ns)
ns.__init__(c=3)
print(ns)
