# Callbacks run at exit, last registered first; exceptions in them are
# reported on stderr and the next one still runs.
import atexit, sys

class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'C({self.n})'
    def __call__(self, *a, **k):
        print('called', self.n, a, k)
        if self.n == 2: raise ValueError('bad', 2)
        if self.n == 3: raise KeyError()
        if self.n == 4: sys.exit(5)
        if self.n == 6: atexit.register(C(99))      # too late: not run
        if self.n == 7: atexit.unregister(c1)       # c1 is skipped
        if self.n == 8: 1 / 0

class Err(Exception):
    pass

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

n0 = atexit._ncallbacks()
c1 = C(1)
print(atexit.register(c1, 1, x=2) is c1)
for i in range(2, 9):
    atexit.register(C(i))
print(atexit._ncallbacks() - n0)
t(atexit.register)
t(atexit.register, 5)
t(atexit.register, func=print)
t(atexit.unregister)
t(atexit.unregister, 1, 2)
t(atexit.unregister, f=1)
t(atexit.unregister, 5)
t(atexit._ncallbacks, 1)
t(atexit._clear, a=1)
def g(): print('g')
atexit.register(g); atexit.register(g)
print(atexit._ncallbacks() - n0)
atexit.unregister(g)
print(atexit._ncallbacks() - n0)

# _run_exitfuncs runs and empties the list
def first(): print('first run by _run_exitfuncs')
atexit._clear()
print(atexit._ncallbacks())
atexit.register(first)
atexit.register(C(9))
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit._run_exitfuncs()

class Raiser:
    def __repr__(self): return 'Raiser()'
    def __call__(self): raise Err('custom error')
class BadRepr:
    def __repr__(self): raise RuntimeError
    def __call__(self): raise Err()
atexit.register(Raiser())
atexit.register(BadRepr())
atexit.register(c1, 1, x=2)
for i in range(2, 9):
    atexit.register(C(i))
atexit.register(print, 'last registered, first run', sep='|')
print(atexit.register.__doc__.splitlines()[0])
print('main done')
# The uncaught exception's report comes before the callbacks run.
raise Err('the program fails')
