# sigwait and friends take blocked signals that are pending; the alarm is
# the one signal that can arrive while the program waits.
import signal, os

def t(fn, *a, **k):
    try: print(repr(fn(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM, signal.SIGUSR1, signal.SIGUSR2])
signal.raise_signal(signal.SIGUSR1)
print(signal.sigpending())
i = signal.sigwaitinfo([signal.SIGUSR1])
print(i.si_signo, i.si_code, i.si_errno, i.si_pid == os.getpid(), i.si_uid == os.getuid(), i.si_status, i.si_band == os.getpid() + (os.getuid() << 32))
print(type(i), type(i).__mro__, len(i))
print(signal.sigtimedwait([signal.SIGUSR1], 0.05))
print(signal.sigtimedwait([signal.SIGUSR1], 0))
signal.alarm(1)
i = signal.sigwaitinfo([signal.SIGALRM])
print(i.si_signo, i.si_code, i.si_pid, i.si_uid, i.si_status, i.si_band, i.si_errno)
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR1)
print(signal.sigwait([signal.SIGUSR1, signal.SIGUSR2]), signal.sigwait({signal.SIGUSR2, signal.SIGUSR1}))
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(signal.sigtimedwait([signal.SIGALRM], 5).si_signo)
signal.setitimer(signal.ITIMER_REAL, 2)
print(signal.sigtimedwait([signal.SIGALRM], 0.05))
signal.setitimer(signal.ITIMER_REAL, 0)
t(signal.sigtimedwait, [signal.SIGUSR1], -1)
t(signal.sigwait, 5)
t(signal.sigwait, [0])
t(signal.sigtimedwait, [signal.SIGUSR1])
t(signal.sigwaitinfo, [], 1)
t(signal.sigtimedwait, [signal.SIGUSR1], 'x')
