# list.sort / sorted: comparison counts and results of CPython's timsort, key=, reverse=, errors mid-sort; min/max/sum/any/all.
class K:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.n += 1
        return self.v < o.v
    def __repr__(self): return 'K(%r)' % self.v

seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed

for n in [0, 1, 2, 5, 31, 64, 65, 100, 500, 2000, 5000]:
    data = [rnd() % (n // 3 + 1) for _ in range(n)]
    ks = [K(x) for x in data]
    K.n = 0
    ks.sort()
    print(n, K.n, [k.v for k in ks] == sorted(data))
    # partially ordered data: runs
    d2 = list(range(n)) + list(range(n, 0, -1)) + [rnd() % 50 for _ in range(n // 2)]
    ks = [K(x) for x in d2]
    K.n = 0
    ks.sort(reverse=True)
    print(n, K.n, [k.v for k in ks][:5])
    K.n = 0
    r = sorted(d2, key=lambda x: K(x % 7))
    print(n, K.n, r[:8], r[-3:])
# stability with reverse
pairs = [(rnd() % 5, i) for i in range(200)]
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
# exceptions mid-sort
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13: raise ValueError('bad')
        return self.v < o.v
    def __repr__(self): return str(self.v)
l = [Bad(rnd() % 40) for _ in range(60)] + [Bad(13)]
try: l.sort()
except ValueError as e: print('err', e)
print(l)
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try: l.sort(key=key)
except ValueError as e: print(e, l)
l = [1, 'a', 2]
try: l.sort()
except TypeError as e: print(e, l)
print(sorted([3.5, 1, 2.25, -1, 10**20, -10**30]), sorted('hello world'), sorted([[2, 1], [1, 5], [1]]))
print(max([1, 5, 3]), min('bca'), max([], default=7), max((1, 'b'), (1, 'a')), min([3, 1, 1.0, 2], key=abs))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10**6)), sum([1, 2**70, 0.5]), sum([True, True]))
print(any([]), all([]), any(x > 3 for x in range(5)), all([1, 0]))
