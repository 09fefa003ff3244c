# Pickling list/tuple/dict subclasses at every protocol (copyreg._reduce_ex finds the native base by __flags__ and __new__.__self__).
import pickle, copy
class L(list):
    pass
class T(tuple):
    pass
class D(dict):
    pass
for proto in range(6):
    l = L([1, 2]); l.x = 5
    r = pickle.loads(pickle.dumps(l, proto))
    t = pickle.loads(pickle.dumps(T((1, 2)), proto))
    d = D(a=1); d.y = 2
    dd = pickle.loads(pickle.dumps(d, proto))
    print(proto, type(r).__name__, r, r.x, type(t).__name__, t, type(dd).__name__, dd, dd.y)
print(L([1]).__reduce_ex__(0)[1], L([1]).__reduce_ex__(2)[0].__name__, int.__new__.__self__ is int, int.__new__.__qualname__, hex(list.__flags__ & 0x600))
print(copy.copy(L([3])), copy.deepcopy(D(z=[1])))
