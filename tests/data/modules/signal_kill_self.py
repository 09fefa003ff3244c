# os.kill of our own pid: the handler runs before kill returns, as CPython's eval breaker runs it.
import os, signal
def h(n, f): print("handler", n, f.f_code.co_name)
signal.signal(signal.SIGUSR1, h)
os.kill(os.getpid(), signal.SIGUSR1)
print("after")
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KI")
os.kill(os.getpid(), 0)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored")
try: os.kill(os.getpid(), 99)
except OSError as e: print(e)
