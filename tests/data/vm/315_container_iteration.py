# Iterator protocol of the builtin iterators, keyword errors, mutation during iteration, unpacking.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: sorted([1], foo=1))
t(lambda: sorted([1], reverse=1.5))
t(lambda: [1, 2] == (1, 2))
t(lambda: list(zip()))
t(lambda: iter([1]).__next__())
t(lambda: iter(()).__next__())
t(lambda: iter({}).__next__())
t(lambda: iter(range(0)).__next__())
t(lambda: list(map(str, range(3))))
t(lambda: type(map(str, [])).__name__)
t(lambda: enumerate('ab', start=5).__next__())
t(lambda: list(enumerate(iterable='ab')))
t(lambda: enumerate('a', 'b'))
t(lambda: filter(None))
t(lambda: zip([1], x=1))
t(lambda: list(reversed([1, 2, 3])))
t(lambda: iter([1, 2]).__length_hint__())
t(lambda: reversed([1, 2]).__length_hint__())
t(lambda: iter({1: 2}.items()).__length_hint__())
t(lambda: type(iter({1: 2}.items())).__name__)
t(lambda: type(reversed({1: 2}.values())).__name__)
t(lambda: type(iter('ab')).__name__)
t(lambda: list(iter('abc')))
t(lambda: next(iter(b'ab')))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: list(reversed(Seq())))
t(lambda: list(Seq()))
class E(enumerate): pass
t(lambda: list(E('xy')))
class Z(zip): pass
t(lambda: list(Z('ab', 'cd')))
t(lambda: min([[3], [1, 2]]))
t(lambda: max(1, 2, key=None))
t(lambda: max([3, 1], default=0, key=lambda x: -x))
t(lambda: min([1, 'a']))
t(lambda: sum([1.5, 2], 0.5))
t(lambda: sum([1, 2], start=10))
t(lambda: sum(x for x in [0.1, 0.2, 0.3]))
t(lambda: sum([2**62, 2**62, 2**62]))
t(lambda: sum([], bytearray()))
t(lambda: sum([[1]], start=[0]))
t(lambda: all(iter([1, 2])))
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
d = {1: 1}
try:
    for k in d: d[k + 1] = 1
except RuntimeError as e: print(e)
s = {1}
try:
    for k in s: s.add(k + 1)
except RuntimeError as e: print(e)
print(list(zip(*[(1, 2), (3, 4)])), dict(zip('ab', range(2))), list(enumerate(range(3), -1)))
print([*range(3), *'ab'], {**{1: 2}, 3: 4}, (*[1], 2), {*range(3)})
a, *b = range(5); print(a, b)
