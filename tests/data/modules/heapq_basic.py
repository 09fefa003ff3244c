import heapq, _heapq, random
from heapq import heappush, heappop, heapify, heapreplace, heappushpop

print(heapq.heappush is _heapq.heappush, heapq._heapify_max is _heapq._heapify_max, heapq._heappop_max is _heapq._heappop_max)
print(sorted(k for k in vars(_heapq) if not k.startswith('__')), _heapq.__about__[:40])
print(type(heappush).__name__, heappush.__module__, heappush.__doc__, _heapq.__doc__.splitlines()[0])

def t(label, fn, *a, **k):
    try:
        print(label, repr(fn(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

rng = random.Random(12345)
data = [rng.randrange(100) for i in range(50)]
h = []
for x in data:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
h = list(data)
heapify(h)
print(h)
big = [rng.randrange(10**6) for i in range(6000)]
hb = list(big)
heapify(hb)
print(hb[:20], all(hb[k] <= hb[2 * k + 1] for k in range(len(hb) // 2)), sorted(big)[:5] == [heappop(hb) for _ in range(5)])
h = list(data)
heapify(h)
print(heapreplace(h, 50), heapreplace(h, -1), h[:5])
print(heappushpop([], 5), heappushpop([3], 5), heappushpop([7], 5), heappushpop([5], 5))
h = [1, 3, 2]
print(heappushpop(h, 2), h)
m = list(data)
heapq._heapify_max(m)
print(m)
print([heapq._heappop_max(m) for _ in range(5)], heapq._heapreplace_max(m, 1000), heapq._heapreplace_max(m, -5), m[:5])
mb = list(big)
heapq._heapify_max(mb)
print(mb[:10], [heapq._heappop_max(mb) for _ in range(3)] == sorted(big, reverse=True)[:3])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len), heapq.nsmallest(2, [(2, 'b'), (1, 'a'), (2, 'a')]))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge(['a', 'bb'], ['ccc'], key=len)))

for name in ['heappush', 'heappushpop', 'heapreplace', '_heapreplace_max']:
    fn = getattr(heapq, name)
    t(f'{name} tuple', fn, (), 1)
    t(f'{name} noargs', fn)
    t(f'{name} one', fn, [])
    t(f'{name} three', fn, [], 1, 2)
    t(f'{name} kw', fn, [], item=1)
for name in ['heappop', 'heapify', '_heappop_max', '_heapify_max']:
    fn = getattr(heapq, name)
    t(f'{name} tuple', fn, (1,))
    t(f'{name} none', fn, None)
    t(f'{name} noargs', fn)
    t(f'{name} two', fn, [], 1)
    t(f'{name} kw', fn, heap=[])
t('pop empty', heappop, [])
t('replace empty', heapreplace, [], 1)
t('replace_max empty', heapq._heapreplace_max, [], 1)
t('pop_max empty', heapq._heappop_max, [])
t('incomparable', heappush, [1], 'a')
t('incomparable heapify', heapify, [3, 'a', 1])

class MyList(list):
    pass
ml = MyList([5, 3, 1])
heapify(ml); heappush(ml, 0)
print(ml, type(ml).__name__, heappop(ml))

# comparisons go through __lt__ only, and in a fixed order
class L:
    log = []
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        L.log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f'L{self.v}'
h = [L(v) for v in [5, 2, 8, 1, 9, 3]]
heapify(h); print(h, L.log); L.log.clear()
heappush(h, L(0)); print(h, L.log); L.log.clear()
print(heappop(h), h, L.log); L.log.clear()
print(heappushpop(h, L(4)), L.log); L.log.clear()
print(heapreplace(h, L(7)), L.log); L.log.clear()
m = [L(v) for v in [5, 2, 8, 1, 9, 3]]
heapq._heapify_max(m); print(m, L.log); L.log.clear()
print(heapq._heappop_max(m), L.log); L.log.clear()
print(heapq._heapreplace_max(m, L(4)), m, L.log); L.log.clear()

# mutation during comparison
class Evil:
    def __init__(self, heap, v): self.heap, self.v = heap, v
    def __lt__(self, o):
        self.heap.clear()
        return NotImplemented if self.v is None else self.v < getattr(o, 'v', o)
h = []
h.extend([Evil(h, 1), Evil(h, 2)])
t('clear during push', heappush, h, Evil(h, 0))
h = []
h.extend([Evil(h, i) for i in range(5)])
t('clear during heapify', heapify, h)
h = []
h.extend([Evil(h, i) for i in range(5)])
t('clear during pop', heappop, h)
h = []
h.extend([Evil(h, i) for i in range(5)])
t('clear during pushpop', heappushpop, h, Evil(h, 9))
class Grow:
    def __init__(self, heap, v): self.heap, self.v = heap, v
    def __lt__(self, o):
        self.heap.append(0)
        return self.v < o.v
h = []
h.extend([Grow(h, i) for i in range(3)])
t('grow during push', heappush, h, Grow(h, -1))
class Raises:
    def __lt__(self, o): raise ZeroDivisionError('cmp')
t('raises', heappush, [Raises()], Raises())
t('raises pop', heappop, [Raises(), Raises(), Raises()])
h = [3, 1]
t('not heap pop', heappop, h)
print(h)
class Bad:
    def __lt__(self, o): return 'yes'
    def __bool__(self): raise ValueError('no bool')
class WeirdLt:
    def __lt__(self, o): return Bad()
t('bool raises', heappush, [WeirdLt()], WeirdLt())
