# dict: errors, views and their set operations, update forms, iteration RuntimeErrors, __missing__, subclasses, repr recursion.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e.args)
d = {1: 'a', 2: 'b', 3: 'c'}
t(lambda: d[4])
t(lambda: d[[1]])
t(lambda: {}[[1]])
t(lambda: [1] in {})
t(lambda: dict([[1, 2], 'ab', (3, 4)]))
t(lambda: dict([(1, 2)], [2]))
t(lambda: dict.fromkeys([1, 2]))
t(lambda: {}.pop(1))
t(lambda: {}.pop(1, 5))
t(lambda: d.get())
t(lambda: {1: 2} | [1])
t(lambda: {1: 2} | {3: 4})
t(lambda: {1: 2} == {1: 2.0})
t(lambda: {1: 2} < {1: 2})
t(lambda: d.keys() == {1, 2, 3})
t(lambda: d.keys() < {1, 2, 3, 4})
t(lambda: d.items() == {(1, 'a'), (2, 'b'), (3, 'c')})
t(lambda: (1, 'a') in d.items())
t(lambda: 'a' in d.values())
t(lambda: list(reversed(d.items())))
t(lambda: d.keys().isdisjoint([5]))
t(lambda: d.keys() ^ {1, 9})
t(lambda: [5, 1] - d.keys())
t(lambda: len(d.values()))
t(lambda: type(dict.__dict__))
t(lambda: hash({}))
x = dict(d); x.update({4: 'd'}, five=5); x.update([(6, 'f')]); x |= {7: 'g'}; print(x)
t(lambda: x.update(1, 2))
it = iter(x)
next(it)
del x[1]; x[100] = 1
t(lambda: next(it))
y = {1: 1}
it = iter(y)
del y[1]; y[2] = 2
t(lambda: next(it))
class D(dict):
    def __missing__(self, k): return k
print(D()['q'], D(a=1), type(D(a=1).copy()).__name__)
class DD(dict): pass
print(DD.fromkeys('ab'), type(DD.fromkeys('ab')).__name__)
z = {}; z['self'] = z; print(z, {1: [2, {3: 4}]})
print({True: 1, 1: 2, 1.0: 3}, {'a': 1}.setdefault('b'), list({'a': 1, 'b': 2}.items()))
d = {i: i for i in range(100)}
for i in range(0, 100, 2): del d[i]
print(list(d)[:10], len(d), d.popitem(), d.popitem())
import sys
t(lambda: dict(1))
t(lambda: {}.popitem())
t(lambda: sorted(d.keys())[:3])
t(lambda: {1: 2}.__init__(a=1))
