# At exit, threading._shutdown (of whatever module sys.modules holds as
# 'threading') runs before the atexit callbacks; its failure is reported.
import sys, types, atexit
m = types.ModuleType('threading')
def _shutdown():
    print('threading._shutdown called')
    raise ValueError('shutdown fails')
m._shutdown = _shutdown
sys.modules['threading'] = m
atexit.register(print, 'atexit callback after the shutdown')
print('main done')
