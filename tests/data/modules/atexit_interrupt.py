# An uncaught KeyboardInterrupt: its traceback, then the atexit callbacks,
# then the process ends by SIGINT.
import atexit
atexit.register(print, 'callback runs before the SIGINT exit')
def f():
    raise KeyboardInterrupt
print('start')
f()
