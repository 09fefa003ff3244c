import asyncio
import signal
import socket
import select
import time


async def main():
    loop = asyncio.get_running_loop()
    got = []
    done = asyncio.Event()

    def on_usr1(tag):
        got.append(('usr1', tag))

    def on_alarm():
        got.append('alarm')
        done.set()

    loop.add_signal_handler(signal.SIGUSR1, on_usr1, 'x')
    loop.add_signal_handler(signal.SIGALRM, on_alarm)
    signal.raise_signal(signal.SIGUSR1)
    await asyncio.sleep(0.01)
    print(got)
    signal.setitimer(signal.ITIMER_REAL, 0.02)
    start = time.monotonic()
    await asyncio.wait_for(done.wait(), 2)
    print(got, time.monotonic() - start < 1)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print('RuntimeError', e)
    loop.remove_signal_handler(signal.SIGALRM)


asyncio.run(main())

# an alarm interrupts select/poll/recv waits: its handler runs, then the wait goes on (PEP 475)
hits = []
signal.signal(signal.SIGALRM, lambda *a: hits.append('alarm'))
a, b = socket.socketpair()
signal.setitimer(signal.ITIMER_REAL, 0.01)
start = time.monotonic()
print(select.select([a], [], [], 0.05), hits, time.monotonic() - start >= 0.04)
signal.setitimer(signal.ITIMER_REAL, 0.01)
p = select.poll()
p.register(a, select.POLLIN)
print(p.poll(50), hits)


def raiser(*args):
    raise InterruptedError('from handler')


signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.01)
try:
    select.select([a], [], [])
except InterruptedError as e:
    print('select interrupted:', e)
signal.setitimer(signal.ITIMER_REAL, 0.01)
try:
    a.recv(10)
except InterruptedError as e:
    print('recv interrupted:', e)
a.settimeout(0.05)
signal.signal(signal.SIGALRM, lambda *x: b.send(b'woke'))
signal.setitimer(signal.ITIMER_REAL, 0.01)
print(a.recv(10))


def wake(*args):
    b.send(b'!')


signal.signal(signal.SIGALRM, wake)
signal.setitimer(signal.ITIMER_REAL, 0.01)
print(select.select([a], [], []) == ([a], [], []))
a.setblocking(True)
print(a.recv(1))
signal.setitimer(signal.ITIMER_REAL, 0.01)
print(a.recv(1))
