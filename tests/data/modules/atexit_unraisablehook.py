# A sys.unraisablehook the program installs receives the failing callbacks.
import sys, atexit
def hook(u):
    print('hook', type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg, u.object, len(u))
sys.unraisablehook = hook
class C:
    def __repr__(self): return 'C()'
    def __call__(self): raise ValueError('v')
atexit.register(C())
atexit._run_exitfuncs()
def bad_hook(u):
    raise RuntimeError('the hook fails')
class Named:
    def __repr__(self): return 'bad_hook'
    __call__ = staticmethod(bad_hook)
sys.unraisablehook = Named()
atexit.register(C())
atexit._run_exitfuncs()
sys.unraisablehook = hook
atexit.register(C())
print('end of program')
