# object.__reduce_ex__/__reduce__/__getstate__ as typeobject.c builds them, through copy.copy and copy.deepcopy.
import copy
class P:
    def __init__(s): s.x = [1]
p = P()
r = p.__reduce_ex__(2)
print(r[0].__name__, r[1:], p.__reduce__()[0].__name__, p.__reduce__()[1:])
q = copy.copy(p); d = copy.deepcopy(p)
print(q.x is p.x, d.x is p.x, d.x == p.x, type(d).__name__)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
print(s.__reduce_ex__(4)[1:], s.__getstate__(), copy.copy(s).a)
print(object().__getstate__(), [1].__reduce_ex__(2)[1:3], {1: 2}.__reduce_ex__(2)[1:3])
class L(list): pass
l = L([1, 2]); l.tag = 't'
c = copy.deepcopy(l); print(c, type(c).__name__, c.tag)
class D(dict): pass
dd = D(a=1); print(copy.copy(dd), type(copy.copy(dd)).__name__)
class N:
    def __getnewargs__(self): return (5,)
    def __new__(cls, v=0):
        o = super().__new__(cls); o.v = v; return o
print(copy.copy(N(3)).v, N(7).__reduce_ex__(2)[1])
class G:
    def __getstate__(self): return {'z': 9}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = copy.copy(G()); print(g.z, g.restored)
import itertools
try: copy.copy(itertools.pairwise([1]))
except TypeError as e: print(e)
