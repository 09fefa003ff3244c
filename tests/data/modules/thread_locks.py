import _thread
l = _thread.allocate_lock()
print(l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(blocking=False))
l.release(); print(l.locked())
try: l.release()
except RuntimeError as e: print(e)
with l: print('in', l.locked())
print(l.locked(), type(l).__name__, _thread.LockType is type(l))
try: l.acquire(False, 1)
except ValueError as e: print(e)
try: l.acquire(True, -5)
except ValueError as e: print(e)
l.acquire(); print(l.acquire(True, 0.01)); l.release()
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned()); r.release(); r.release()
try: r.release()
except RuntimeError as e: print(e)
print(repr(r).split(' at ')[0])
loc = _thread._local(); loc.x = 1; print(loc.x, loc.__dict__)
try: _thread._local(1)
except TypeError as e: print(e)
class L(_thread._local):
    def __init__(self, v): self.v = v
print(L(5).v)
results = []
def worker(n, tag='t'):
    results.append((n, tag, _thread.get_ident() != main))
main = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1,), {'tag': 'kw'})
_thread.start_new_thread(worker, (2,))
while len(results) < 2: pass
print(sorted(results), isinstance(ident, int), _thread.get_ident() == main)
print(_thread.TIMEOUT_MAX > 1e9, _thread.error is RuntimeError, _thread.stack_size())
