import socket
import _socket
import errno
import os
import select


def t(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'errno', None))


def masked(s):
    return repr(s).replace(f'fd={s.fileno()}', 'fd=N')


a, b = socket.socketpair()
print(type(a).__mro__)
print(a.family, a.type, a.proto, repr(a.family), repr(a.type))
print(masked(a))
print(a.getsockname() == '', a.getpeername() == '', a.fileno() > 2, a.fileno() != b.fileno())
print(a.gettimeout(), a.getblocking(), a.timeout)

print(a.send(b'hello '), a.sendall(b'world'), b.recv(3), b.recv(100))
a.sendall(memoryview(b'abcdefgh')[2:6])
buf = bytearray(10)
print(b.recv_into(buf), buf)
a.send(b'xyz')
print(b.recv_into(memoryview(buf)[5:], 2), buf)
print(b.recvfrom(10))
a.send(b'peek')
print(b.recv(2, socket.MSG_PEEK), b.recv(10))
nb = bytearray(4)
a.send(b'QRST')
print(b.recvfrom_into(nb), nb)
print(b.recv(0))

# non-blocking and timeouts
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
t('nonblocking recv', b.recv, 10)
t('recv_into', b.recv_into, bytearray(3))
b.settimeout(0.01)
print(b.gettimeout(), b.getblocking())
t('timeout recv', b.recv, 10)
b.settimeout(None)
t('dontwait', b.recv, 10, socket.MSG_DONTWAIT)
for v in ('x', -1, float('nan'), 1e300, True, 0, 2):
    t(f'settimeout({v!r})', a.settimeout, v)
a.settimeout(None)

# a full buffer
a.setblocking(False)
total = 0
try:
    while True:
        total += a.send(b'x' * 65536)
except BlockingIOError as e:
    print('full', total > 100000, e.errno == errno.EAGAIN, e)
t('sendall full', a.sendall, b'y' * 10)
got = 0
while True:
    try:
        got += len(b.recv(1 << 20, socket.MSG_DONTWAIT))
    except BlockingIOError:
        break
print('drained', got >= total)
a.setblocking(True)

# shutdown and EOF
a.send(b'last')
a.shutdown(socket.SHUT_WR)
print(b.recv(10), b.recv(10), b.recv(10))
t('send after SHUT_WR', a.send, b'x')
b.send(b'back')
print(a.recv(10))
t('bad how', a.shutdown, 7)
a.close()
t('send to closed peer', b.send, b'x')
print(b.recv(10))
print(masked(a), a.fileno())
t('closed recv', a.recv, 1)
t('closed send', a.send, b'')
t('closed getsockname', a.getsockname)
a.close()
b.close()

# peer closing with unread data resets the connection
a, b = socket.socketpair()
b.send(b'unread')
a.close()
t('reset', b.recv, 10)
t('after reset', b.recv, 10)
b.close()

# datagram pairs keep message boundaries
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(a.type, b.type)
a.send(b'one')
a.send(b'')
a.send(b'three')
print(b.recv(10), b.recv(10), b.recv(2))
b.setblocking(False)
t('dgram empty', b.recv, 10)
a.close()
t('dgram peer gone', b.recv, 10)
t('dgram send refused', b.send, b'x')
t('dgram send again', b.send, b'x')
b.close()

# socket.socket wrappers: dup, detach, fromfd, makefile, context manager
a, b = socket.socketpair()
c = a.dup()
c.send(b'via dup')
print(b.recv(20))
a.close()
c.send(b'still open')
print(b.recv(20))
fd = c.detach()
print(c.fileno())
d = socket.socket(fileno=fd)
print(d.family, d.type, d.proto)
d.send(b'adopted')
print(b.recv(20))
with d:
    pass
print(d._closed, d.fileno())
t('recv after with', d.recv, 1)
a, b = socket.socketpair()
w = a.makefile('wb')
r = b.makefile('rb')
w.write(b'line one\nline two\n')
w.flush()
print(r.readline(), r.readline())
w.close()
a.close()
print(r.read())
r.close()
b.close()
a, b = socket.socketpair()
rf = b.makefile('r', encoding='utf-8', newline='')
a.sendall('héllo\r\nwörld\n'.encode())
a.close()
print(rf.readlines())
rf.close()
b.close()


class MySock(socket.socket):
    def hello(self):
        return 'hi'


s = MySock(socket.AF_UNIX, socket.SOCK_STREAM)
print(type(s).__name__, s.hello(), s.family, s.type)
t('connect', s.getpeername)
s.close()

# poll and select over the pair
a, b = socket.socketpair()
p = select.poll()
p.register(a)
p.register(b, select.POLLIN)
print(sorted(ev for fd, ev in p.poll(0)))
a.send(b'!')
print([(fd == b.fileno(), ev) for fd, ev in p.poll(0) if fd == b.fileno()])
r, w, x = select.select([a, b], [a, b], [a, b], 0)
print([s is b for s in r], len(w), x)
b.recv(1)
print(select.select([b], [], [], 0.01))
a.shutdown(socket.SHUT_WR)
print(select.select([b.fileno()], [], [], 0)[0] == [b.fileno()])
a.close()
q = select.poll()
q.register(b, 0xffff)
print(q.poll(0)[0][1])
bfd = b.fileno()
b.close()
print(q.poll(0) == [(bfd, select.POLLNVAL)])
t('select closed', select.select, [bfd], [], [], 0)
