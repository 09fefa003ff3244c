import bisect, _bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right, bisect_left is _bisect.bisect_left)
print(type(bisect_left).__name__, bisect_left.__module__, bisect_left.__name__, sorted(k for k in vars(_bisect) if not k.startswith('__')))
print(_bisect.__doc__.splitlines()[0], bisect_right.__doc__.splitlines()[0])

def t(label, fn, *a, **k):
    try:
        print(label, repr(fn(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

data = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 4, 8, 9]:
    print(x, bisect_left(data, x), bisect_right(data, x), bisect.bisect(data, x),
          bisect_left(data, x, 2), bisect_right(data, x, 1, 4), bisect_left(data, x, hi=3), bisect_right(data, x, lo=2, hi=None))
print(bisect_left([], 1), bisect_right([], 1), bisect_left(data, 2, 5, 2), bisect_right(data, 2, 0, -1), bisect_right(data, 2, 0, -5))
print(bisect_left('abcdef', 'c'), bisect_right((1, 3, 5), 3), bisect_left(range(0, 100, 3), 50), bisect_right(range(10), 4.5))
print(bisect_left(data, 2, hi=100) if False else 'skip')
t('hi beyond', bisect_left, data, 100, 0, 100)
t('lo negative', bisect_left, data, 1, -1)
t('lo negative r', bisect_right, data, 1, lo=-5)
t('insort lo negative', insort_left, [], 1, -1)
t('lo str', bisect_left, data, 1, 'x')
t('hi str', bisect_left, data, 1, 0, 'x')
t('hi float', bisect_left, data, 1, 0, 2.0)
t('lo float', bisect_left, data, 1, 1.0)
t('lo None', bisect_left, data, 1, None)
t('lo huge', bisect_left, data, 1, 2**70)
t('hi huge', bisect_left, data, 1, 0, 2**70)
t('no args', bisect_left)
t('one arg', bisect_left, data)
t('too many', bisect_left, data, 1, 0, 2, 3)
t('bad kw', bisect_left, data, 1, foo=2)
t('dup', bisect_left, data, 1, a=data)
t('key positional', bisect_left, data, 1, 0, 2, len)
t('kw only', bisect_left, a=data, x=2)
t('not seq', bisect_left, 5, 1)
t('dict', bisect_left, {1: 2}, 1)
t('set', bisect_left, {1, 2}, 1)
t('incomparable', bisect_left, [1, 2, 3], 'a')
t('None hi', bisect_right, data, 3, hi=None)
class Idx:
    def __index__(self): return 2
t('index lo', bisect_left, data, 5, Idx())
t('index hi', bisect_left, data, 5, 0, Idx())

# key=
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
k = lambda r: r[1]
print(bisect_left(recs, 3, key=k), bisect_right(recs, 3, key=k), bisect_left(recs, 0, key=k), bisect_right(recs, 10, key=k, lo=1, hi=3))
print(bisect_left(recs, 3, key=None))if False else None
t('key bad', bisect_left, recs, 3, key=5)
t('key raises', bisect_left, recs, 3, key=lambda r: 1 / 0)
t('key None', bisect_left, [1, 2, 3], 2, key=None)

# insort
l = []
for x in [5, 1, 4, 1, 3, 9, 2, 6]:
    insort_right(l, x)
print(l)
l = []
for x in [5, 1, 4, 1.0, 3, 9, 1, 6]:
    insort_left(l, x)
print(l)
bisect.insort(l, 7); print(l)
l = [1, 5]
insort_left(l, 3, 0, 1); print(l)
insort_right(l, 0, lo=1); print(l)
rl = list(recs)
insort_left(rl, ('x', 3), key=k); insort_right(rl, ('y', 3), key=k); insort_right(rl, ('z', 0), key=k)
print(rl)
class MyList(list):
    def insert(self, i, v):
        print('insert', i, v)
        super().insert(i, v)
ml = MyList([1, 3])
insort_left(ml, 2); insort_right(ml, 4)
print(ml)
class SeqInsert:
    def __init__(self): self.d = [10, 20]
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def insert(self, i, v):
        print('seq insert', i, v)
        self.d.insert(i, v)
s = SeqInsert()
insort_right(s, 15); print(s.d)
t('insort tuple', insort_left, (1, 2), 1)
t('insort str', insort_left, 'ab', 'b')
t('insort key raises', insort_left, [1], 2, key=lambda v: 1 / 0)
# comparisons go through __lt__ only
class L:
    calls = []
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        L.calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f'L({self.v})'
ls = [L(i) for i in range(8)]
print(bisect_left(ls, L(5)), L.calls); L.calls.clear()
print(bisect_right(ls, L(5)), L.calls)
class GetItemLog:
    def __len__(self): return 10
    def __getitem__(self, i):
        print('getitem', i)
        return i
print(bisect_left(GetItemLog(), 7))
# indices beyond 2**53 (a range may be sys.maxsize long)
import sys
n = sys.maxsize
big = range(n - 1)
print(bisect_left(big, n - 3), bisect_right(big, n - 3), bisect_left(big, n - 3, n - 10, n), bisect_right(big, 5, 2**60))
t('lo too big', bisect_left, big, 1, 2**63)
t('hi too big', bisect_left, big, 1, 0, 2**63)
class Huge:
    def __len__(self): return 2**63
    def __getitem__(self, i): return i
t('len too big', bisect_left, Huge(), 5)
class NegLen:
    def __len__(self): return -1
t('negative len', bisect_left, NegLen(), 5)
