import os
import select
import selectors
import socket
import subprocess
import sys
import time


def t(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(n for n in dir(select) if n.startswith('POLL')))
print({n: getattr(select, n) for n in dir(select) if n.startswith('POLL')})
print(select.error is OSError, select.PIPE_BUF, type(select.poll()), select.poll)

# pipes
r, w = os.pipe()
print(select.select([r], [w], [r, w], 0) == ([], [w], []))
os.write(w, b'data')
print(select.select([r], [w], [], 0) == ([r], [w], []))
os.read(r, 4)
start = time.monotonic()
print(select.select([r], [], [], 0.02) == ([], [], []), time.monotonic() - start >= 0.015)
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print([(fd == r, ev) for fd, ev in p.poll(0)])
os.write(w, b'x')
print([(fd == r, ev) for fd, ev in p.poll()])
os.close(w)
print([(fd == r, ev) for fd, ev in p.poll(0)])
p.unregister(w)
os.read(r, 10)
print([(fd == r, ev) for fd, ev in p.poll(10)])
os.close(r)

# regular files are always ready
with open(__file__, 'rb') as f:
    print(select.select([f], [f], [f], None) == ([f], [f], []))
    q = select.poll()
    q.register(f)
    print(q.poll() == q.poll(0) == [(f.fileno(), 5)])
    q.modify(f, select.POLLIN)
    print(q.poll(0) == [(f.fileno(), 1)])
    q.register(f.fileno(), select.POLLOUT)
    print(q.poll(0) == [(f.fileno(), 4)])

# argument errors
t('select', select.select)
t('select', select.select, 1, [], [])
t('select', select.select, [], [], [], -1)
t('select', select.select, [], [], [], 'x')
t('select', select.select, ['x'], [], [], 0)
t('select', select.select, [-1], [], [], 0)
t('select', select.select, [5000], [], [], 0)
t('select', select.select, [1.5], [], [], 0)
t('select', select.select, [], [], [], timeout=1)
t('select', select.select, [], [], [], float('nan'))
t('select', select.select, [], [], [], 1 << 70)


class BadFileno:
    def fileno(self):
        return 'x'


t('select', select.select, [BadFileno()], [], [], 0)
t('select', select.select, (), (), (), None.__class__)
t('select', select.select, iter([]), [], [], 0)
p = select.poll()
t('poll()', type(p))
t('register', p.register, -1)
t('register', p.register, 'x')
t('register', p.register)
t('register', p.register, 1, 2, 3)
t('register', p.register, fd=1)
t('register', p.register, 1, -1)
t('register', p.register, 1, 1 << 16)
t('register', p.register, 1, 'x')
t('modify', p.modify, 99, 1)
t('modify', p.modify, 1)
t('unregister', p.unregister, 99)
t('unregister', p.unregister)
t('poll', p.poll, 'x')
t('poll', p.poll, 1, 2)
t('poll', p.poll, 1 << 40)
t('poll', p.poll, float('nan'))
t('poll', p.poll, 1.5)
t('poll()', select.poll, 1)

# selectors over a socket pair
a, b = socket.socketpair()
sel = selectors.DefaultSelector()
ka = sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data='a')
kb = sel.register(b, selectors.EVENT_READ, data='b')
print([(k.data, ev) for k, ev in sel.select(0)])
a.send(b'ping')
print(sorted((k.data, ev) for k, ev in sel.select(0)))
print(b.recv(10))
sel.modify(a, selectors.EVENT_READ, data='a2')
print(sel.select(0.01), sel.get_key(a).data)
sel.unregister(a)
t('get_key', sel.get_key, a.fileno() * 0 + 12345)
sel.close()
a.close()
b.close()

# subprocess pipes go through a PollSelector when there is input
r = subprocess.run([sys.executable, '-c', 'import sys; d = sys.stdin.read(); print(d.upper()); print("err", file=sys.stderr)'],
                   input='hello', capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(['cat'], input=b'x' * 100000, stdout=subprocess.PIPE)
print(len(r.stdout))
print(subprocess.check_output(['echo', 'hi']))
