import socket
import _socket


def t(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'errno', None))


# constants and types
for name in ['AF_INET', 'AF_INET6', 'AF_UNIX', 'AF_UNSPEC', 'SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW',
             'SOCK_SEQPACKET', 'SOCK_NONBLOCK', 'SOCK_CLOEXEC', 'SOL_SOCKET', 'SO_REUSEADDR', 'SO_KEEPALIVE',
             'SO_SNDBUF', 'SO_RCVBUF', 'SO_ERROR', 'SO_TYPE', 'IPPROTO_TCP', 'IPPROTO_UDP', 'IPPROTO_IP',
             'IPPROTO_IPV6', 'TCP_NODELAY', 'IPV6_V6ONLY', 'MSG_PEEK', 'MSG_DONTWAIT', 'MSG_WAITALL',
             'SHUT_RD', 'SHUT_WR', 'SHUT_RDWR', 'AI_PASSIVE', 'AI_CANONNAME', 'AI_NUMERICHOST', 'NI_NUMERICHOST',
             'SOMAXCONN', 'SCM_RIGHTS', 'INADDR_ANY', 'INADDR_LOOPBACK', 'EAI_NONAME', 'has_ipv6']:
    print(name, getattr(socket, name))
print(len([n for n in dir(_socket) if n.isupper() and n != 'CAPI']))
print(socket.AddressFamily.AF_INET, socket.SocketKind.SOCK_DGRAM, socket.AF_UNIX.name, socket.MsgFlag.MSG_PEEK)
print(socket.error is OSError, socket.timeout is TimeoutError, socket.herror.__mro__, socket.gaierror.__mro__)
print(_socket.socket, _socket.SocketType is _socket.socket, socket.socket.__mro__)
e = socket.gaierror(-2, 'Name or service not known')
print(e.errno, e.strerror, str(e))

# byte order
for f in (socket.htons, socket.ntohs, socket.htonl, socket.ntohl):
    for v in (1, 0x1234, 0x12345678, -1, 1 << 16, 1 << 32, 'x', 1.5, True):
        t(f.__name__, f, v)

# inet_aton / ntoa / pton / ntop
for v in ['1.2.3.4', '1.2.3', '1.2', '1', '0x7f.1', '010.0.0.1', '256.1.1.1', '1.2.3.4.5', '', ' 1.2.3.4',
          '1.2.3.4 junk', '4294967295', '4294967296', 'abc', '1..2', '0x', '1.2.65535', '1.2.65536', '08.1.1.1']:
    t(f'aton {v!r}', socket.inet_aton, v)
t('aton bytes', socket.inet_aton, b'1.2.3.4')
t('ntoa', socket.inet_ntoa, b'\x7f\x00\x00\x01')
t('ntoa short', socket.inet_ntoa, b'\x01')
t('ntoa str', socket.inet_ntoa, '1234')
for v in ['1.2.3.4', '1.2.3', '01.2.3.4', '255.255.255.255', '256.1.1.1']:
    t(f'pton4 {v!r}', socket.inet_pton, socket.AF_INET, v)
for v in ['::', '::1', '1::', 'fe80::1:2', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '::ffff:1.2.3.4',
          '1::2::3', 'g::', '12345::', '::1.2.3', ':1', '1:', '1:2:3:4:5:6:7::', 'ABCD::ef']:
    t(f'pton6 {v!r}', socket.inet_pton, socket.AF_INET6, v)
t('pton bad family', socket.inet_pton, 99, '1')
for v in [bytes(16), bytes(15) + b'\1', b'\1' + bytes(15), bytes(10) + b'\xff\xff\1\2\3\4', bytes(range(16)),
          b'\0\1\0\0\0\0\0\1\0\0\0\0\0\0\0\1', bytes(12) + b'\1\2\3\4', b'\0\1\0\2' + bytes(8) + b'\0\3\0\4']:
    print(socket.inet_ntop(socket.AF_INET6, v), end=' ')
print()
t('ntop4', socket.inet_ntop, socket.AF_INET, b'\1\2\3\4')
t('ntop bad length', socket.inet_ntop, socket.AF_INET6, b'\1\2\3')
t('ntop bad family', socket.inet_ntop, 99, b'1234')
for v in ['1.2.3.4', '::1', 'fe80::1', '10.0.0.256']:
    try:
        packed = socket.inet_pton(socket.AF_INET6 if ':' in v else socket.AF_INET, v)
        print(v, socket.inet_ntop(socket.AF_INET6 if ':' in v else socket.AF_INET, packed))
    except OSError as e:
        print(v, e)

# timeouts
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
a, b = socket.socketpair()
print(socket.getdefaulttimeout(), a.gettimeout(), a.getblocking())
socket.setdefaulttimeout(None)
a.close()
b.close()
t('setdefaulttimeout', socket.setdefaulttimeout, -1)
t('setdefaulttimeout', socket.setdefaulttimeout, 'x')

# names
print(type(socket.gethostname()).__name__, socket.gethostname() != '')
t('gethostbyname', socket.gethostbyname, 'localhost')
t('gethostbyname', socket.gethostbyname, '1.2.3.4')
t('gethostbyname', socket.gethostbyname, '')
t('gethostbyname', socket.gethostbyname, '<broadcast>')
t('gethostbyname_ex', socket.gethostbyname_ex, '1.2.3.4')
t('gethostbyaddr', socket.gethostbyaddr, '127.0.0.1')
t('getservbyname', socket.getservbyname, 'http', 'tcp')
t('getservbyname', socket.getservbyname, 'domain', 'udp')
t('getservbyname', socket.getservbyname, 'nope')
t('getservbyport', socket.getservbyport, 22)
t('getservbyport', socket.getservbyport, 99999)
t('getprotobyname', socket.getprotobyname, 'tcp')
t('getprotobyname', socket.getprotobyname, 'udp')
t('getprotobyname', socket.getprotobyname, 'nope')
t('if_nametoindex', socket.if_nametoindex, 'lo')
t('if_indextoname', socket.if_indextoname, 1)
t('if_nametoindex', socket.if_nametoindex, 'no-such-if')
t('CMSG_LEN', socket.CMSG_LEN, 4)
t('CMSG_SPACE', socket.CMSG_SPACE, 4)
t('CMSG_LEN', socket.CMSG_LEN, -1)

# getaddrinfo on numeric hosts and localhost
t('gai', socket.getaddrinfo, '127.0.0.1', 80)
t('gai', socket.getaddrinfo, '127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
t('gai', socket.getaddrinfo, 'localhost', 8080, type=socket.SOCK_STREAM)
t('gai', socket.getaddrinfo, '::1', 'http', socket.AF_INET6)
t('gai', socket.getaddrinfo, None, 0, socket.AF_INET, 0, 0, socket.AI_PASSIVE)
t('gai', socket.getaddrinfo, '1.2.3.4', '80', socket.AF_INET6)
t('gai', socket.getaddrinfo, '1.2.3.4', 'nosuchservice')
t('gai', socket.getaddrinfo, '127.0.0.1', 80, socket.AF_UNIX)
t('gai', socket.getaddrinfo, '127.0.0.1', 80, 0, 0, 0, socket.AI_NUMERICHOST | socket.AI_CANONNAME)
t('gai', socket.getaddrinfo, 'localhost', 80, socket.AF_INET, 0, 0, socket.AI_NUMERICHOST)
t('gai', socket.getaddrinfo, '127.1', 80, socket.AF_INET, socket.SOCK_DGRAM)
t('gai', socket.getaddrinfo, '127.0.0.1', 80, 0, 99)
t('gai', socket.getaddrinfo, '127.0.0.1', 80, 0, 0, 0, 0xffff)
t('gai', socket.getaddrinfo, '127.0.0.1', 1.5)
t('gai', socket.getaddrinfo, 5, 80)
t('gai', socket.getaddrinfo, '1.2.3.4', 'http', socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_NUMERICSERV)
t('gai', socket.getaddrinfo, '::ffff:1.2.3.4', 80, socket.AF_INET6, socket.SOCK_STREAM)
t('gai', socket.getaddrinfo, '1.2.3.4', 80, socket.AF_INET6, socket.SOCK_STREAM, 0, socket.AI_V4MAPPED)
print(socket.getaddrinfo('127.0.0.1', 443, proto=socket.IPPROTO_TCP)[0][:2])
t('getnameinfo', socket.getnameinfo, ('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
t('getnameinfo', socket.getnameinfo, ('127.0.0.1', 53), socket.NI_NUMERICHOST | socket.NI_DGRAM)
t('getnameinfo', socket.getnameinfo, 'x', 0)

# sockets that cannot connect exist, unconnected
s = socket.socket()
print(s.family, s.type, s.proto, s.getsockname(), s.gettimeout())
t('getpeername', s.getpeername)
t('SO_ERROR', s.getsockopt, socket.SOL_SOCKET, socket.SO_ERROR)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
s.close()
s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
print(s6.family, s6.type, s6.getsockname())
s6.close()
t('bad family', socket.socket, 99)
t('bad type', socket.socket, socket.AF_UNIX, 99)
t('bad proto', socket.socket, socket.AF_INET, socket.SOCK_STREAM, 17)
t('seqpacket inet', socket.socket, socket.AF_INET, socket.SOCK_SEQPACKET)
t('socketpair inet', socket.socketpair, socket.AF_INET)
t('socketpair', _socket.socketpair, 1, 2, 3, 4)
t('fileno', socket.socket, fileno=-5)
t('fileno', socket.socket, fileno=1.5)
t('fileno', socket.socket, fileno=0)
a, b = socket.socketpair()
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF), a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4))
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 3000)
a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1000)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF), a.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF))
t('getsockopt', a.getsockopt, socket.SOL_SOCKET, 999)
t('getsockopt', a.getsockopt, socket.SOL_SOCKET, socket.SO_TYPE, 5000)
t('getsockopt', a.getsockopt, socket.IPPROTO_TCP, socket.TCP_NODELAY)
t('setsockopt', a.setsockopt, socket.SOL_SOCKET, socket.SO_TYPE, 1)
t('setsockopt', a.setsockopt, socket.SOL_SOCKET, socket.SO_KEEPALIVE, None)
t('setsockopt', a.setsockopt, socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1 << 40)
t('sendto', a.sendto, b'x', '/tmp/nowhere')
t('recv', a.recv, -1)
t('recv', a.recv)
t('send', a.send, 'str')
t('recv_into', a.recv_into, b'xx')
t('recv_into', a.recv_into, bytearray(2), 5)
t('shutdown', a.shutdown, 'x')
t('fileno', a.fileno, 1)
a.close()
b.close()
