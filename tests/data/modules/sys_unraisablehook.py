import sys, atexit
print(sys.unraisablehook, sys.__unraisablehook__ is sys.unraisablehook)
def bad():
    raise ValueError('in exit')
class U:
    exc_type = KeyError; exc_value = KeyError('k'); exc_traceback = None; err_msg = 'Custom message'; object = 42
try:
    sys.__unraisablehook__(U())
except TypeError as e:
    print(e)
seen = []
sys.unraisablehook = lambda u: seen.append((type(u).__name__, u.exc_type.__name__, u.err_msg, u.object.__name__))
def bad2():
    raise TypeError('two')
atexit.register(bad2)
atexit._run_exitfuncs()
print(seen)
sys.unraisablehook = sys.__unraisablehook__
class Bad:
    def __call__(self):
        raise ValueError('in exit')
    def __repr__(self):
        return '<Bad callback>'
atexit.register(Bad())
