# threading over _thread: locks, the main thread, thread-local data, a
# thread run with join, the exception hook, and atexit after threading's
# shutdown.
import threading, atexit, sys

lock = threading.Lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
with lock:
    print('held', lock.locked())
r = threading.RLock()
with r:
    with r:
        print('rlock nested', r._is_owned())
print(type(r).__name__, r._is_owned())
t = threading.current_thread()
print(t.name, t is threading.main_thread(), t.daemon, t.is_alive(), threading.active_count(), isinstance(t.ident, int))
print(threading.get_ident() == t.ident, threading.get_native_id() == t.native_id, threading.TIMEOUT_MAX > 0)
loc = threading.local()
loc.x = 1
print(loc.x, loc.__dict__)
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
print(MyLocal(5).v)

results = []
def work(n, scale=1):
    results.append((threading.current_thread().name, n * scale))
th = threading.Thread(target=work, args=(3,), kwargs={'scale': 2}, name='Worker')
print(th.is_alive(), th.ident)
th.start()
th.join()
print(results, th.is_alive())
print(threading.enumerate() == [threading.main_thread()])

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait())
cond = threading.Condition()
with cond:
    print(cond.wait(0.01))
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print('ValueError', e)

def fails():
    raise KeyError('inside the thread')
def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
bad = threading.Thread(target=fails, name='Hooked')
bad.start()
bad.join()

atexit.register(print, 'atexit runs after threading shutdown')
print('main done')
