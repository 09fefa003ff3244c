# _thread.interrupt_main signals SIGINT as if it had arrived: the handler
# runs right after the call, before the next line.
import _thread, signal

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except BaseException as e: print(type(e).__name__, e)

try:
    _thread.interrupt_main()
    print('not reached')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))

seen = []
signal.signal(signal.SIGINT, lambda s, f: seen.append((s, f.f_code.co_name)))
_thread.interrupt_main()
print('after', seen)
def inner():
    _thread.interrupt_main(signal.SIGINT)
    return 'inner done'
print(inner(), seen)
signal.signal(signal.SIGUSR1, lambda s, f: seen.append(s))
_thread.interrupt_main(signal.SIGUSR1)
print(seen)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main(); print('ignored')
signal.signal(signal.SIGINT, signal.SIG_DFL)
_thread.interrupt_main(); print('default: nothing happens')
t(_thread.interrupt_main, 100)
t(_thread.interrupt_main, 0)
t(_thread.interrupt_main, 2, 3)
t(_thread.interrupt_main, signum=2)
t(_thread.interrupt_main, 'a')
t(_thread.interrupt_main, 2**40)
t(_thread.interrupt_main, signal.SIGKILL)
def boom(s, f): raise ValueError('from handler')
signal.signal(signal.SIGINT, boom)
t(_thread.interrupt_main)
