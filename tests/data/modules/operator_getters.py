import operator, copy
from operator import itemgetter, attrgetter, methodcaller

def t(label, fn, *a, **k):
    try:
        print(label, repr(fn(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

for T in (itemgetter, attrgetter, methodcaller):
    print(T, T.__name__, T.__qualname__, T.__module__, T.__doc__.splitlines()[0])
    try:
        class S(T): pass
    except TypeError as e:
        print(e)

# itemgetter
g = itemgetter(1)
print(g([10, 20]), g('ab'), g({1: 'one'}), repr(g), g.__reduce__())
g2 = itemgetter(2, 0, slice(None, 1))
print(g2('abcd'), repr(g2), g2.__reduce__())
print(itemgetter(-1)((1, 2, 3)), itemgetter('k')({'k': 'v'}), repr(itemgetter('k')), repr(itemgetter((1, 2))))
print(repr(itemgetter(1, 2)), repr(itemgetter([1])))
t('ig no args', itemgetter)
t('ig kw', itemgetter, 1, x=2)
t('ig call none', g)
t('ig call two', g, [1, 2], [3])
t('ig call kw', g, obj=[1, 2])
t('ig index error', g, [1])
t('ig key error', itemgetter('z'), {})
t('ig not subscriptable', g, 5)
t('ig multi error', itemgetter(0, 5), [1])
class Big:
    def __getitem__(self, k): return ('got', k)
print(itemgetter(10**30)(Big()), itemgetter(-1)(Big()), itemgetter(True)((5, 6)))
class T(tuple): pass
print(itemgetter(0)(T((9,))), itemgetter(-1)((4, 5)))
print(sorted([(3, 'c'), (1, 'a'), (2, 'b')], key=itemgetter(0)), list(map(itemgetter(1), ['ab', 'cd'])))
r = [1]
gr = itemgetter(r)
r.append(gr)
print(repr(gr))
print(copy.copy(g2)('wxyz'), copy.deepcopy(g)('wxyz'))

# attrgetter
class A:
    def __init__(self, **kw): self.__dict__.update(kw)
    def __repr__(self): return 'A'
a = A(name='n', x=A(y=A(z=42)), date=3)
ag = attrgetter('name')
print(ag(a), repr(ag), ag.__reduce__())
ag2 = attrgetter('x.y.z', 'name')
print(ag2(a), repr(ag2), ag2.__reduce__())
print(attrgetter('x.y')(a), attrgetter('date', 'x.y.z')(a), attrgetter('__class__.__name__')(a))
t('ag no args', attrgetter)
t('ag kw', attrgetter, 'a', x=1)
t('ag int', attrgetter, 1)
t('ag int2', attrgetter, 'a', 2)
t('ag bytes', attrgetter, b'a')
t('ag missing', attrgetter('nope'), a)
t('ag missing dotted', attrgetter('x.nope'), a)
t('ag call none', ag)
t('ag call two', ag, a, a)
t('ag call kw', ag, obj=a)
t('ag empty', attrgetter(''), a)
t('ag dots', attrgetter('x..y'), a)
t('ag trailing dot', attrgetter('x.'), a)
print(repr(attrgetter('')), repr(attrgetter('x..y')), repr(attrgetter('a', 'b.c')))
class SS(str): pass
sg = attrgetter(SS('name'))
print(sg(a), repr(sg), type(sg.__reduce__()[1][0]).__name__)
print(copy.copy(ag2)(a), copy.deepcopy(ag)(a))
print(sorted([A(k=3), A(k=1)], key=attrgetter('k'))[0].k)

# methodcaller
mc = methodcaller('upper')
print(mc('abc'), repr(mc), mc.__reduce__())
mc2 = methodcaller('split', ',', maxsplit=1)
print(mc2('a,b,c'), repr(mc2), mc2.__reduce__()[1])
red = mc2.__reduce__()
print(type(red[0]).__name__, red[0].func is methodcaller, red[0].args, red[0].keywords, red[0](*red[1])('x,y,z'))
mc3 = methodcaller('replace', 'a', 'b')
print(mc3('aaa'), repr(mc3), mc3.__reduce__())
print(repr(methodcaller('f', 1, 'x', k=[1], j=None)))
t('mc no args', methodcaller)
t('mc int', methodcaller, 1)
t('mc kw name', methodcaller, name='x')
t('mc call none', mc)
t('mc call two', mc, 'a', 'b')
t('mc call kw', mc, obj='a')
t('mc missing', methodcaller('nope'), 'a')
t('mc bad args', methodcaller('upper', 1), 'a')
print(methodcaller('get', 'k', 'default')({}), methodcaller('__len__')([1, 2]))
for p in range(6):
    print(copy.deepcopy(mc2)('q,r,s'), copy.deepcopy(mc3)('cat'), mc2.__reduce_ex__(p)[1], mc3.__reduce_ex__(p)[1])
print(copy.copy(mc2)('1,2,3'), copy.deepcopy(mc3)('banana'))
rl = []
mr = methodcaller('m', rl)
rl.append(mr)
print(repr(mr))
class MS(str): pass
print(repr(methodcaller(MS('upper'))), methodcaller(MS('upper'))('x'))
for T in (itemgetter, attrgetter, methodcaller):
    try:
        hash(T('a'))
        print(T.__name__, 'hashable', T('a') == T('a'))
    except TypeError as e:
        print(e)
