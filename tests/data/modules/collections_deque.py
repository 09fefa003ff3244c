from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.reverse(); print(d)
print(d.count('a'), d.index('a'), 'x' in d, 99 in d)
d.insert(1, 'I'); d.remove('x'); print(d); d[0] = 'Z'; del d[1]; print(d, list(reversed(d)))
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.append(10); m.appendleft(-1); print(m)
e = deque(maxlen=0); e.append(1); print(e)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([1, 2]), deque([2]) > deque([1, 5]))
q = deque([1, 2]); q += [3]; q *= 2; print(q, q.copy(), bool(deque()), deque(maxlen=2).maxlen)
x = deque(); x.append(x); print(x)
for bad in ['deque([1])[5]', 'deque([1])["a"]', 'deque([1])[1:2]', 'deque().pop()', 'deque().popleft()', 'deque([1]).remove(2)', 'deque([1]).index(2)',
            'deque([1], -1)', 'deque([1]) + [2]', 'deque([1], maxlen=1).insert(0, 2)', 'hash(deque())', 'deque(1)']:
    try: print(bad, eval(bad))
    except Exception as ex: print(bad, '=>', type(ex).__name__, ex)
it = iter(d); d.append(1)
try: next(it)
except RuntimeError as ex: print(ex)
r = deque([1, 2], 5).__reduce__(); print(r[0], r[1], r[2], list(r[3]))
class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=4); print(md, type(md.copy()).__name__, deque[int])
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory, dict(dd), isinstance(dd, dict))
di = defaultdict(int, {'x': 5}); di['y'] += 2; print(di, di.copy(), repr(defaultdict()), defaultdict(None, a=1))
dd2 = defaultdict(list); dd2['k'] = dd2; print(dd2)
try: defaultdict(1)
except TypeError as ex: print(ex)
try: defaultdict()['missing']
except KeyError as ex: print('KeyError', ex)
print(dd.__reduce__()[:4], di | {'z': 1}, type(di | {'z': 1}).__name__)
c = Counter('abracadabra'); print(c.most_common(3), c['z'], sorted(c.elements())[:5], c + Counter('aaz'), c.total())
P = namedtuple('P', 'x y'); p = P(1, 2); print(p, p.x, p._replace(y=5), p._asdict(), P._fields, P.x.__doc__)
try: p.x = 3
except AttributeError as ex: print(ex)
o = OrderedDict(a=1, b=2); o.move_to_end('a'); print(o, list(o), o.popitem(last=False))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], dict(cm), cm.new_child({'c': 4})['c'])
