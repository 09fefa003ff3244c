import _thread, sys

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

print(repr(_thread._ExceptHookArgs((1, 2, 3, 4))))
args = _thread._ExceptHookArgs((1, 2, 3, 4))
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args), type(args).__name__)
t(_thread._excepthook, 1)
t(_thread._excepthook)
t(_thread._excepthook, (1, 2, 3, 4))

class T:
    name = 'Worker-1'
def fail():
    raise ValueError('in the thread')
try:
    fail()
except Exception as e:
    ex = e
print(_thread._excepthook(_thread._ExceptHookArgs((type(ex), ex, ex.__traceback__, T()))))
print(_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(3), None, T()))))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('chained')
except KeyError as e:
    ex = e
_thread._excepthook(_thread._ExceptHookArgs((type(ex), ex, ex.__traceback__, T())))

class Quiet:
    name = 'Quiet'
    _stderr = None
saved = sys.stderr
sys.stderr = None
print(_thread._excepthook(_thread._ExceptHookArgs((type(ex), ex, ex.__traceback__, Quiet()))))
print(_thread._excepthook(_thread._ExceptHookArgs((type(ex), ex, ex.__traceback__, None))))
class Loud:
    name = 'Loud'
    _stderr = sys.stdout
_thread._excepthook(_thread._ExceptHookArgs((type(ex), ex, ex.__traceback__, Loud())))
sys.stderr = saved
print('done')
