import gc, sys

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.collect(), gc.collect(0), gc.collect(generation=2))
t(gc.collect, 3)
t(gc.collect, -1)
t(gc.collect, 'a')
t(gc.collect, 1, 2)
t(gc.collect, generation=1.5)
t(gc.collect, gen=1)
print(gc.get_threshold())
t(gc.set_threshold)
t(gc.set_threshold, 1, 2, 3, 4)
gc.set_threshold(100); print(gc.get_threshold())
gc.set_threshold(100, 5, 6); print(gc.get_threshold())
t(gc.set_threshold, 'a')
t(gc.set_threshold, a=1)
t(gc.set_threshold, 2**40)
gc.set_threshold(-5); print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
c = gc.get_count()
print(type(c), len(c), all(isinstance(x, int) for x in c))
print(gc.get_debug()); gc.set_debug(gc.DEBUG_LEAK); print(gc.get_debug()); gc.set_debug(0)
t(gc.set_debug, 'x')
t(gc.set_debug)
t(gc.set_debug, flags=1)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, gc.callbacks, type(gc.garbage), type(gc.callbacks))
for name in ('enable', 'isenabled', 'get_count', 'freeze', 'get_stats'):
    t(getattr(gc, name), 1)
t(gc.is_tracked)
t(gc.is_tracked, 1, 2)
t(gc.is_finalized)

class A: pass
class I(int): pass
vals = [1, 'a', 2**100, 1.5, 1j, True, None, NotImplemented, ..., b'', bytearray(), range(3),
        object(), int, type, [], {}, {'a': 1}, {'a': []}, {1: {}}, {(): 1}, (1, [1]), set(), frozenset(),
        A(), A, I(3), lambda: 1, sys, iter([]), map(len, []), property(), staticmethod(len),
        slice(1, 2), len, str.join]
print([gc.is_tracked(v) for v in vals])
print(gc.is_finalized(A()), gc.is_finalized(1))
gc.unfreeze(); print(gc.get_freeze_count())

st = gc.get_stats()
print(len(st), [sorted(s) for s in st])
before = gc.get_stats()[1]['collections']
gc.collect(1)
print(gc.get_stats()[1]['collections'] - before)

t(gc.get_objects, 5)
t(gc.get_objects, -2)
t(gc.get_objects, 1, 2)
t(gc.get_objects, generation='a')
t(gc.get_referents, a=1)
t(gc.get_referrers, a=1)

log = []
def cb(phase, info): log.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(log)

class Bad:
    def __repr__(self): return 'Bad()'
    def __call__(self, phase, info): raise ValueError(phase)
gc.callbacks.append(Bad())
gc.collect()
gc.callbacks.clear()
print('done')
print(gc.__doc__.splitlines()[0])
print(gc.collect.__doc__)
