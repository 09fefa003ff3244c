# An alarm falling inside time.sleep runs its handler then: an exception ends
# the sleep, otherwise the sleep goes on to its end (PEP 475).
import signal, time

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout('alarm after %s' % signum)

signal.signal(signal.SIGALRM, on_alarm)
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    time.sleep(5)
    print('slept through')
except Timeout as e:
    print('interrupted:', e, time.monotonic() - t0 < 2)

seen = []
signal.signal(signal.SIGALRM, lambda s, f: seen.append(f.f_code.co_name))
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.2)
print(seen, time.monotonic() - t0 >= 0.19)

# a repeating timer fires several times in one sleep
seen.clear()
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
time.sleep(0.28)
signal.setitimer(signal.ITIMER_REAL, 0)
print(4 <= len(seen) <= 6)

# an alarm after the sleep does not fire during it
signal.setitimer(signal.ITIMER_REAL, 1)
time.sleep(0.01)
print(signal.setitimer(signal.ITIMER_REAL, 0)[0] > 0.5, seen[:1])
