import itertools as it
data = 'AAAABBBCCDAABBB'
print([k for k, g in it.groupby(data)], [list(g) for k, g in it.groupby(data)])
print([(k, len(list(g))) for k, g in it.groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=lambda s: s[0])])
groups = list(it.groupby('aabb'))
print([(k, list(g)) for k, g in groups])
g = it.groupby([1, 1, 2, 3, 3])
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g])
keys = []
def key(x):
    keys.append(x)
    return x // 10
print([(k, list(v)) for k, v in it.groupby([1, 2, 11, 12, 21], key)], keys)
print(type(next(it.groupby('a'))[1]).__name__, list(it.groupby([])))
a, b = it.tee(range(5))
print(list(a), list(b), type(a).__name__)
a, b, c = it.tee('abc', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
x, = it.tee([1, 2], 1); print(list(x), it.tee([1], 0))
src = iter([1, 2, 3])
a, b = it.tee(src)
print(next(a), list(src), list(b))
t1, t2 = it.tee(iter('xyz'))
t3, t4 = it.tee(t1)
print(next(t2), list(t3), list(t4), list(t1), list(t2))
import copy
u1, u2 = it.tee('pqr'); next(u1); u3 = copy.copy(u1) if False else u1.__copy__()
print(list(u1), list(u3), list(u2))
for bad in ['it.tee([1], -1)', 'it.tee(1)', 'it.groupby()', 'it.tee()', 'it.tee([1], 2, 3)']:
    try: print(bad, '->', eval(bad))
    except Exception as e: print(bad, '=>', type(e).__name__, e)
