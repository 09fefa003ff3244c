/**
 * _socket (Modules/socketmodule.c) for one single-threaded process.
 *
 * Node has no synchronous sockets, and nothing runs while the VM executes
 * Python code, so a connection to another process (connect, bind, listen,
 * accept, sendto an address) cannot be made: those raise OSError(ENOSYS)
 * naming what was asked. What does work is everything within the process: socketpair()
 * gives two connected endpoints (a byte queue each way for SOCK_STREAM,
 * a message queue for SOCK_DGRAM and SOCK_SEQPACKET) under descriptor
 * numbers from a range real descriptors do not reach, which select and
 * poll see; sockets made by socket() exist unconnected. Blocking follows
 * CPython's sock_call: a timeout waits (only a signal can change anything
 * meanwhile) then raises TimeoutError('timed out'); a non-blocking call
 * raises BlockingIOError; a blocking call that could only be completed by
 * this very process raises OSError(EDEADLK) rather than hanging.
 * Error numbers, poll flags and buffer sizes are Linux's, as python3
 * reports them. Name lookups read /etc/hosts, /etc/services and
 * /etc/protocols (glibc's "files" sources); a name only DNS could answer
 * raises OSError(ENOSYS). Families and types Typhon has no endpoints for
 * are refused as a kernel without them would (EAFNOSUPPORT,
 * ESOCKTNOSUPPORT); what the in-process sockets do not emulate (ancillary
 * data, some options and flags) raises NotImplementedError.
 */
import * as fs from 'fs';
import * as nodeOs from 'os';
import type { Value } from '../objects/base';
import { PyInstance } from '../objects/instance';
import { PyType, TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS } from '../objects/type';
import { typeType, objectType, None } from '../objects/types';
import { PyDict } from '../objects/dict';
import { PyBytes, PyByteArray, PyList, PyTuple } from '../objects/containers';
import { PyFloat } from '../objects/float_object';
import { PyMemoryView } from '../objects/memoryview_type';
import { bufferOf, bufferExport } from '../objects/bytes_type';
import { method, getset, newMethod, moduleFunction, parseArgs, checkPositional, noKw } from '../objects/define';
import {
  newException, typeError, valueError, OSError, OverflowError, TimeoutError, NotImplementedError,
} from '../objects/exceptions';
import * as A from '../objects/abstract';
import { STRERROR } from './errno_data';
import { SOCKET_CONSTANTS } from './socket_data';
import { isVfd } from './vfd';
import { registerNative, newModule, sysModules, loadNative } from './registry';
import { lazy } from '../util/lazy';

const lazy_signal = lazy(() => require('./signal') as typeof import('./signal'));
const lazy_sys = lazy(() => require('./sys') as typeof import('./sys'));

// ---------------------------------------------------------------- constants (Linux)

const AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
const SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_SEQPACKET = 5;
const SOCK_NONBLOCK = 0o4000, SOCK_CLOEXEC = 0o2000000;
const SOL_SOCKET = 1, IPPROTO_IP = 0, IPPROTO_TCP = 6, IPPROTO_UDP = 17, IPPROTO_IPV6 = 41;
const MSG_OOB = 1, MSG_PEEK = 2, MSG_TRUNC = 0x20, MSG_DONTWAIT = 0x40, MSG_EOR = 0x80, MSG_WAITALL = 0x100;
const MSG_CONFIRM = 0x800, MSG_NOSIGNAL = 0x4000, MSG_CMSG_CLOEXEC = 0x40000000;
const POLLIN = 1, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32, POLLRDNORM = 64;
const POLLWRNORM = 256, POLLWRBAND = 512, POLLRDHUP = 0x2000;
const SHUT_RCV = 1, SHUT_SEND = 2;

const ENXIO = 6, EBADF = 9, EAGAIN = 11, EFAULT = 14, EINVAL = 22, EPIPE = 32;
const EDEADLK = 35, ENOSYS = 38, ENOTSOCK = 88, EMSGSIZE = 90, ENOPROTOOPT = 92, EPROTONOSUPPORT = 93;
const ESOCKTNOSUPPORT = 94, EOPNOTSUPP = 95, EAFNOSUPPORT = 97, ECONNRESET = 104, EISCONN = 106;
const ENOTCONN = 107, ECONNREFUSED = 111;

const SO_TYPE = 3, SO_ERROR = 4, SO_SNDBUF = 7, SO_RCVBUF = 8, SO_LINGER = 13, SO_PEERCRED = 17;
const SO_RCVTIMEO = 20, SO_SNDTIMEO = 21, SO_ACCEPTCONN = 30, SO_PROTOCOL = 38, SO_DOMAIN = 39;
/** Linux's net.core.wmem_default / rmem_default, what SO_SNDBUF and SO_RCVBUF start at. */
const DEFAULT_BUF = 212992;
/** What a queued datagram costs of the sender's buffer beyond its bytes (the kernel's skb overhead). */
const DGRAM_OVERHEAD = 768;

/** SOL_SOCKET integer options kept per socket, with their defaults. */
const SOCKET_INT_OPTIONS = new Map<number, number>([
  [1, 0], // SO_DEBUG
  [2, 0], // SO_REUSEADDR
  [5, 0], // SO_DONTROUTE
  [6, 0], // SO_BROADCAST
  [9, 0], // SO_KEEPALIVE
  [10, 0], // SO_OOBINLINE
  [11, 0], // SO_NO_CHECK
  [12, 0], // SO_PRIORITY
  [15, 0], // SO_REUSEPORT
  [16, 0], // SO_PASSCRED
  [18, 1], // SO_RCVLOWAT
  [19, 1], // SO_SNDLOWAT (read-only)
  [SO_SNDBUF, DEFAULT_BUF],
  [SO_RCVBUF, DEFAULT_BUF],
]);
/** Options getsockopt reports but setsockopt refuses (ENOPROTOOPT). */
const READ_ONLY_OPTIONS = new Set([SO_TYPE, SO_ERROR, SO_PEERCRED, 19, SO_ACCEPTCONN, SO_PROTOCOL, SO_DOMAIN]);

// ---------------------------------------------------------------- errors

export const herrorType = excType('socket.herror');
export const gaierrorType = excType('socket.gaierror');

function excType(name: string): PyType {
  const t = new PyType(typeType, name, [OSError], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
  t.hasInstanceDict = true;
  return t;
}

function osErr(errno: number, text?: string): never {
  throw A.call(OSError, [errno, text ?? STRERROR[errno] ?? `Unknown error ${errno}`]) as unknown as Error;
}

/** An OSError with one argument (no errno), as PyErr_SetString(PyExc_OSError, ...). */
function osErrMsg(text: string): never {
  throw newException(OSError, text);
}

const GAI_MESSAGES: Record<number, string> = {
  [-1]: 'Bad value for ai_flags', [-2]: 'Name or service not known', [-3]: 'Temporary failure in name resolution',
  [-4]: 'Non-recoverable failure in name resolution', [-6]: 'ai_family not supported', [-7]: 'ai_socktype not supported',
  [-8]: 'Servname not supported for ai_socktype', [-9]: 'Address family for hostname not supported',
  [-10]: 'Memory allocation failure', [-11]: 'System error', [-12]: 'Argument buffer overflow',
};
const EAI_BADFLAGS = -1, EAI_NONAME = -2, EAI_FAMILY = -6, EAI_SOCKTYPE = -7, EAI_SERVICE = -8, EAI_ADDRFAMILY = -9;

function gaiError(code: number): never {
  throw A.call(gaierrorType, [code, GAI_MESSAGES[code]]) as unknown as Error;
}

function timedOut(): never {
  throw newException(TimeoutError, 'timed out');
}

/**
 * What cannot be done without a real network stack raises OSError(ENOSYS), so that code probing
 * with `except OSError` (test.support, socket.has_dualstack_ipv6 ...) carries on; the message
 * says what was asked and why.
 */
function needsNetwork(what: string): never {
  osErr(ENOSYS, `${what} is not implemented: Typhon's sockets exist only inside the process (socketpair()); ` +
    'connections to other processes or the network need a blocking socket API that Node does not provide');
}

function needsDns(what: string, name: string): never {
  osErr(ENOSYS, `${what} is not implemented for '${name}': it is not in /etc/hosts and Typhon cannot query DNS synchronously`);
}

// ---------------------------------------------------------------- argument conversion

/** PyArg_ParseTuple's argument-count check for METH_VARARGS methods (self already removed). */
function varargs(fname: string, args: Value[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length) typeError(`${fname}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const s = (k: number): string => (k === 1 ? '' : 's');
  if (min === max) typeError(`${fname}() takes exactly ${min} argument${s(min)} (${n} given)`);
  if (n < min) typeError(`${fname}() takes at least ${min} argument${s(min)} (${n} given)`);
  typeError(`${fname}() takes at most ${max} argument${s(max)} (${n} given)`);
}

/** METH_NOARGS / METH_O checks, with the qualified name CPython prints. */
function noArgs(name: string, args: Value[], kw: string[] | null): void {
  noKw(name, kw);
  checkPositional(name, args.length - 1, 0, 0);
}

function oneArg(name: string, args: Value[], kw: string[] | null): Value {
  noKw(name, kw);
  checkPositional(name, args.length - 1, 1, 1);
  return args[1];
}

/** An integer argument through __index__ (a float is refused), as PyLong_AsLong. */
function cLong(v: Value): bigint {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  const i = BigInt(A.asIndex(v));
  if (i > 0x7fffffffffffffffn || i < -0x8000000000000000n) throw newException(OverflowError, 'Python int too large to convert to C long');
  return i;
}

/** The "i" format: a C int. */
function cInt(v: Value): number {
  const i = cLong(v);
  if (i > 2147483647n) throw newException(OverflowError, 'signed integer is greater than maximum');
  if (i < -2147483648n) throw newException(OverflowError, 'signed integer is less than minimum');
  return Number(i);
}

/** _PyLong_AsInt (METH_O int arguments). */
function asInt(v: Value): number {
  const i = cLong(v);
  if (i > 2147483647n || i < -2147483648n) throw newException(OverflowError, 'Python int too large to convert to C int');
  return Number(i);
}

/** The "n" format: a Py_ssize_t. */
function cSsize(v: Value): number {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  const i = A.asIndex(v);
  if (typeof i === 'bigint') {
    if (i > 0x7fffffffffffffffn || i < -0x8000000000000000n) throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(i);
  }
  return i;
}

/** The "y*" format: a bytes-like object's bytes. */
function readBuffer(v: Value): Uint8Array {
  const b = bufferOf(v);
  if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(v)}'`);
  return b!;
}

/** The "w*" format: a writable buffer's bytes (writes into the result reach the object). */
function writeBuffer(v: Value, fname: string): Uint8Array {
  if (v instanceof PyByteArray) return v.view();
  if (v instanceof PyMemoryView && v.obj instanceof PyByteArray && v.step === 1 && !v.released) return v.bytes();
  const exp = bufferExport(v);
  if (exp !== null) return exp.bytes(v);
  return typeError(`${fname}() argument 1 must be read-write bytes-like object, not ${A.typeName(v)}`);
}

/** A str argument ("s"/"et" formats) as a JS string. */
function strArg(v: Value, fname: string, pos: number): string {
  if (!A.isStr(v)) typeError(`${fname}() argument ${pos} must be str, not ${A.typeName(v)}`);
  const s = A.strValue(v);
  if (s.includes('\0')) valueError('embedded null character');
  return s;
}

/**
 * _PyTime_FromSecondsObject as socket timeouts and select() take it: seconds as a JS number,
 * with CPython's errors for NaN and for values out of the nanosecond clock's range.
 */
export function secondsArg(v: Value): number {
  if (v instanceof PyFloat) {
    const f = v.value;
    if (Number.isNaN(f)) valueError('Invalid value NaN (not a number)');
    if (Math.abs(f * 1e9) >= 9.223372036854776e18) throw newException(OverflowError, 'timestamp out of range for platform time_t');
    return f;
  }
  const i = A.asIndex(v);
  if (BigInt(i) * 1000000000n > 0x7fffffffffffffffn || BigInt(i) * 1000000000n < -0x8000000000000000n) {
    throw newException(OverflowError, 'timestamp too large to convert to C _PyTime_t');
  }
  return Number(i);
}

function now(): number {
  return performance.now();
}

// ---------------------------------------------------------------- endpoints and descriptors

/** One socket as the kernel keeps it (an open file description): what descriptors refer to. */
class Endpoint {
  /** Received data: byte chunks for a stream, one entry per message otherwise. */
  rx: Uint8Array[] = [];
  rxBytes = 0;
  peer: Endpoint | null = null;
  connected = false;
  /** The peer of a datagram pair went away: the next send is refused. */
  peerGone = false;
  /** sk_shutdown: SHUT_RCV | SHUT_SEND, set by shutdown() on either side and by the peer's close. */
  shutdown = 0;
  /** sk_err: a pending error (ECONNRESET when the peer closed with data unread). */
  err = 0;
  refs = 0;
  nonblocking = false;
  opts = new Map<number, number>();
  tcpNodelay = 0;
  v6only = 0;
  constructor(
    readonly family: number,
    /** SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET or SOCK_RAW (without the flag bits). */
    readonly type: number,
    readonly proto: number,
  ) {}

  get stream(): boolean {
    return this.type === SOCK_STREAM;
  }

  /** SOCK_STREAM and SOCK_SEQPACKET see the end of a connection; datagrams do not. */
  get connectionOriented(): boolean {
    return this.type === SOCK_STREAM || this.type === SOCK_SEQPACKET;
  }

  option(n: number): number {
    return this.opts.get(n) ?? SOCKET_INT_OPTIONS.get(n) ?? 0;
  }

  /** What the queued data costs of the sender's buffer. */
  cost(n: number): number {
    return this.stream ? n : n + DGRAM_OVERHEAD;
  }

  /** Free room in the peer's queue, as this end's send buffer limits it. */
  room(): number {
    const p = this.peer!;
    let used = 0;
    if (this.stream) used = p.rxBytes;
    else for (const m of p.rx) used += this.cost(m.length);
    return this.option(SO_SNDBUF) - used;
  }

  /** poll(2)'s view (Linux's unix_poll / unix_dgram_poll). */
  pollMask(): number {
    let mask = 0;
    if (this.err !== 0) mask |= POLLERR;
    if (!this.connected && this.connectionOriented) return mask | POLLOUT | POLLWRNORM | POLLWRBAND | POLLHUP;
    if (this.connectionOriented) {
      if (this.shutdown === (SHUT_RCV | SHUT_SEND)) mask |= POLLHUP;
      if (this.shutdown & SHUT_RCV) mask |= POLLRDHUP | POLLIN | POLLRDNORM;
    }
    if (this.rx.length > 0) mask |= POLLIN | POLLRDNORM;
    if (!this.connected || this.peerGone || (this.shutdown & SHUT_SEND) !== 0 || this.room() > 0) mask |= POLLOUT | POLLWRNORM | POLLWRBAND;
    return mask;
  }
}

/** The first in-process socket descriptor number (real ones and os.pipe()'s stay below it). */
const SOCKET_FD_BASE = 30000;
const fds = new Map<number, Endpoint>();

function allocateFd(ep: Endpoint): number {
  let fd = SOCKET_FD_BASE;
  while (fds.has(fd) || isVfd(fd)) fd++;
  fds.set(fd, ep);
  ep.refs++;
  return fd;
}

export function isSocketFd(fd: number): boolean {
  return fd >= SOCKET_FD_BASE && fds.has(fd);
}

/** poll(2) revents of an in-process socket descriptor (POLLNVAL when it is not one), for select. */
export function pollSocketFd(fd: number): number {
  const ep = fds.get(fd);
  return ep === undefined ? POLLNVAL : ep.pollMask();
}

/** Whether a socket descriptor is in blocking mode (signal.set_wakeup_fd refuses those). */
export function socketFdBlocking(fd: number): boolean {
  return !fds.get(fd)!.nonblocking;
}

/** The signal module writes the signal number to its wakeup descriptor (a full buffer drops it, as CPython's write does). */
export function writeWakeup(fd: number, signum: number): void {
  const ep = fds.get(fd);
  if (ep === undefined || !ep.connected || ep.peerGone || (ep.shutdown & SHUT_SEND) !== 0) return;
  if (ep.room() < ep.cost(1)) return;
  deliver(ep, Uint8Array.of(signum & 0xff));
}

function closeFd(fd: number): void {
  const ep = fds.get(fd)!;
  fds.delete(fd);
  if (--ep.refs > 0) return;
  const p = ep.peer;
  if (p !== null) {
    if (ep.connectionOriented) {
      p.shutdown = SHUT_RCV | SHUT_SEND;
      if (ep.rx.length > 0) p.err = ECONNRESET;
    } else {
      p.peerGone = true;
    }
    p.peer = null;
  }
  ep.rx = [];
  ep.rxBytes = 0;
}

function deliver(ep: Endpoint, data: Uint8Array): void {
  const p = ep.peer!;
  if (ep.stream && p.rx.length > 0 && data.length === 0) return;
  p.rx.push(data.slice());
  p.rxBytes += data.length;
}

// ---------------------------------------------------------------- socket objects

export const socketType = new PyType(typeType, '_socket.socket', [objectType], TPFLAGS_BASETYPE);

class PySocket extends PyInstance {
  fd = -1;
  family = 0;
  type = 0;
  proto = 0;
  /** Seconds; -1 for none (blocking), 0 for non-blocking. */
  timeout = -1;
}

/** The module's default timeout for new sockets, -1 for none. */
let defaultTimeout = -1;

function sock(v: Value): PySocket {
  return v as PySocket;
}

function endpointOf(s: PySocket): Endpoint {
  const ep = s.fd === -1 ? undefined : fds.get(s.fd);
  if (ep === undefined) osErr(EBADF);
  return ep!;
}

function initSocket(s: PySocket, fd: number, family: number, type: number, proto: number): void {
  s.fd = fd;
  s.family = family;
  s.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s.proto = proto;
  if (type & SOCK_NONBLOCK) s.timeout = 0;
  else {
    s.timeout = defaultTimeout;
    if (defaultTimeout >= 0) fds.get(fd)!.nonblocking = true;
  }
}

/** socket(2)'s checks for the families this process can hold an endpoint of. */
function newEndpoint(family: number, type: number, proto: number, pair: boolean): Endpoint {
  const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  if ((type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC | 0xf)) !== 0) osErr(EINVAL);
  if (family === AF_UNIX) {
    if (base !== SOCK_STREAM && base !== SOCK_DGRAM && base !== SOCK_SEQPACKET && base !== SOCK_RAW) osErr(base === 0 || base > 10 ? EINVAL : ESOCKTNOSUPPORT);
    if (proto !== 0 && proto !== AF_UNIX) osErr(EPROTONOSUPPORT);
    // Linux treats a SOCK_RAW Unix socket as SOCK_DGRAM.
    return new Endpoint(family, base === SOCK_RAW ? SOCK_DGRAM : base, proto);
  }
  if (family === AF_INET || family === AF_INET6) {
    if (pair) osErr(EOPNOTSUPP);
    if (base === SOCK_STREAM) {
      if (proto !== 0 && proto !== IPPROTO_TCP) osErr(EPROTONOSUPPORT);
    } else if (base === SOCK_DGRAM) {
      if (proto !== 0 && proto !== IPPROTO_UDP) osErr(EPROTONOSUPPORT);
    } else if (base === SOCK_RAW) {
      osErr(ESOCKTNOSUPPORT, 'Socket type not supported (raw IP sockets are not available in Typhon)');
    } else osErr(base === 0 || base > 10 ? EINVAL : ESOCKTNOSUPPORT);
    return new Endpoint(family, base, proto);
  }
  if (family < 0 || family >= 46) osErr(EAFNOSUPPORT);
  const name = SOCKET_CONSTANTS.find(([n, v]) => v === family && n.startsWith('AF_'))?.[0] ?? `family ${family}`;
  // As a kernel built without that family answers, so that probes written with 'except OSError' go on.
  return osErr(EAFNOSUPPORT, `Address family not supported by protocol (${name} sockets are not available in Typhon)`);
}

newMethod(socketType, (cls) => {
  const s = new PySocket(cls);
  if (cls.hasInstanceDict) s.dict = new PyDict();
  if (cls.slotCount > 0) s.slotValues = new Array(cls.slotCount).fill(null);
  return s;
});

method(socketType, '__init__', (args, kw) => {
  const s = sock(args[0]);
  const [fv, tv, pv, fdv] = parseArgs('socket', args.slice(1), kw, ['family', 'type', 'proto', 'fileno'], 0);
  let family = fv === null ? -1 : cInt(fv);
  let type = tv === null ? -1 : cInt(tv);
  let proto = pv === null ? -1 : cInt(pv);
  lazy_sys().audit('socket.__new__', [s, family, type, proto]);
  if (fdv !== null && fdv !== None) {
    const fd = Number(cLong(fdv));
    if (fd < 0) valueError('negative file descriptor');
    const ep = fds.get(fd);
    if (ep === undefined) {
      if (!isVfd(fd)) {
        try {
          fs.fstatSync(fd);
        } catch {
          osErr(EBADF);
        }
      }
      osErr(ENOTSOCK);
    }
    if (family === -1) family = ep!.family;
    if (type === -1) type = ep!.type;
    if (proto === -1) proto = ep!.proto;
    initSocket(s, fd, family, type, proto);
    return None;
  }
  if (family === -1) family = AF_INET;
  if (type === -1) type = SOCK_STREAM;
  if (proto === -1) proto = 0;
  const ep = newEndpoint(family, type, proto, false);
  if (type & SOCK_NONBLOCK) ep.nonblocking = true;
  initSocket(s, allocateFd(ep), family, type, proto);
  return None;
});

method(socketType, '__repr__', (args) => {
  const s = sock(args[0]);
  return `<socket object, fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}>`;
});

getset(socketType, 'family', (v) => sock(v).family);
getset(socketType, 'type', (v) => sock(v).type);
getset(socketType, 'proto', (v) => sock(v).proto);
getset(socketType, 'timeout', (v) => timeoutValue(sock(v).timeout));

function timeoutValue(t: number): Value {
  return t < 0 ? None : new PyFloat(t);
}

/** socket_parse_timeout: None → -1, else non-negative seconds. */
function parseTimeout(v: Value): number {
  if (v === None) return -1;
  const t = secondsArg(v);
  if (t < 0) valueError('Timeout value out of range');
  return t;
}

method(socketType, 'fileno', (args, kw) => {
  noArgs('socket.fileno', args, kw);
  return sock(args[0]).fd;
});

method(socketType, 'close', (args, kw) => {
  noArgs('socket.close', args, kw);
  const s = sock(args[0]);
  if (s.fd !== -1) {
    const fd = s.fd;
    s.fd = -1;
    // close(2) of whatever the number names now; EBADF when it was closed underneath (socket.close(fd)).
    if (!fds.has(fd)) osErr(EBADF);
    closeFd(fd);
  }
  return None;
});

method(socketType, 'detach', (args, kw) => {
  noArgs('socket.detach', args, kw);
  const s = sock(args[0]);
  const fd = s.fd;
  s.fd = -1;
  return fd;
});

method(socketType, 'setblocking', (args, kw) => {
  const block = asInt(oneArg('socket.setblocking', args, kw));
  const s = sock(args[0]);
  s.timeout = block ? -1 : 0;
  endpointOf(s).nonblocking = !block;
  return None;
});

method(socketType, 'getblocking', (args, kw) => {
  noArgs('socket.getblocking', args, kw);
  return sock(args[0]).timeout !== 0;
});

method(socketType, 'settimeout', (args, kw) => {
  const t = parseTimeout(oneArg('socket.settimeout', args, kw));
  const s = sock(args[0]);
  s.timeout = t;
  endpointOf(s).nonblocking = t >= 0;
  return None;
});

method(socketType, 'gettimeout', (args, kw) => {
  noArgs('socket.gettimeout', args, kw);
  return timeoutValue(sock(args[0]).timeout);
});

/**
 * sock_call: runs `attempt` (null: it would block) under the socket's timeout. A timeout waits
 * for a signal or the deadline; a blocking socket that only this process could unblock raises
 * EDEADLK unless a pending alarm may still change things.
 */
function sockCall<T>(s: PySocket, what: string, flags: number, attempt: (ep: Endpoint) => T | null): T {
  const deadline = s.timeout > 0 ? now() + s.timeout * 1000 : 0;
  for (;;) {
    const ep = endpointOf(s);
    const r = attempt(ep);
    if (r !== null) return r;
    if (s.timeout > 0) {
      const left = deadline - now();
      if (left <= 0) timedOut();
      lazy_signal().waitInterruptible(left);
      continue;
    }
    if (s.timeout === 0 || ep.nonblocking || (flags & MSG_DONTWAIT) !== 0) osErr(EAGAIN);
    const sig = lazy_signal();
    if (!sig.alarmPending()) {
      osErr(EDEADLK, `${what} on a blocking in-process socket would wait forever: only this process could ` +
        'make it ready, and it is single-threaded (use a timeout or non-blocking mode)');
    }
    sig.waitInterruptible(Infinity);
  }
}

function checkRecvFlags(flags: number): void {
  const known = MSG_PEEK | MSG_DONTWAIT | MSG_WAITALL | MSG_TRUNC | MSG_CMSG_CLOEXEC;
  if (flags & MSG_OOB) osErr(EOPNOTSUPP);
  if (flags & ~known) throw newException(NotImplementedError, `recv flags 0x${(flags & ~known).toString(16)} are not supported by Typhon's in-process sockets`);
}

function checkSendFlags(flags: number): void {
  const known = MSG_DONTWAIT | MSG_NOSIGNAL | MSG_EOR | MSG_CONFIRM;
  if (flags & MSG_OOB) osErr(EOPNOTSUPP);
  if (flags & ~known) throw newException(NotImplementedError, `send flags 0x${(flags & ~known).toString(16)} are not supported by Typhon's in-process sockets`);
}

/** One recv(2): the bytes read (a message's full length in `full`), or null when it would block. */
function recvOnce(ep: Endpoint, n: number, flags: number): { data: Uint8Array; full: number } | null {
  if (!ep.connected) {
    if (ep.connectionOriented) osErr(ep.family === AF_UNIX ? EINVAL : ENOTCONN);
    return null;
  }
  if (ep.rx.length > 0) {
    const peek = (flags & MSG_PEEK) !== 0;
    if (!ep.stream) {
      const m = ep.rx[0];
      if (!peek) {
        ep.rx.shift();
        ep.rxBytes -= m.length;
      }
      return { data: m.slice(0, n), full: m.length };
    }
    if ((flags & MSG_WAITALL) && ep.rxBytes < n && !(ep.shutdown & SHUT_RCV) && ep.err === 0) return null;
    const out = new Uint8Array(Math.min(n, ep.rxBytes));
    let got = 0;
    let i = 0;
    while (got < out.length) {
      const c = ep.rx[i];
      const k = Math.min(c.length, out.length - got);
      out.set(c.subarray(0, k), got);
      got += k;
      if (peek) i++;
      else if (k === c.length) ep.rx.shift();
      else ep.rx[0] = c.subarray(k);
    }
    if (!peek) ep.rxBytes -= got;
    return { data: out, full: got };
  }
  if (ep.err !== 0) {
    const e = ep.err;
    ep.err = 0;
    osErr(e);
  }
  if (ep.connectionOriented && (ep.shutdown & SHUT_RCV)) return { data: new Uint8Array(0), full: 0 };
  return null;
}

function recvInto(s: PySocket, what: string, n: number, flags: number): { data: Uint8Array; full: number } {
  checkRecvFlags(flags);
  // CPython returns at once for an empty read, without calling recv().
  if (n === 0) {
    endpointOf(s);
    return { data: new Uint8Array(0), full: 0 };
  }
  return sockCall(s, what, flags, (ep) => recvOnce(ep, n, flags));
}

/** One send(2): the count sent, or null when it would block (`all`: a blocking send takes everything or waits). */
function sendOnce(ep: Endpoint, data: Uint8Array, all: boolean): number | null {
  if (!ep.connected) {
    if (ep.connectionOriented) osErr(ep.family === AF_UNIX ? ENOTCONN : EPIPE);
    if (ep.peerGone) {
      ep.peerGone = false;
      osErr(ECONNREFUSED);
    }
    osErr(ENOTCONN);
  }
  if (ep.peerGone) {
    ep.peerGone = false;
    ep.connected = false;
    osErr(ECONNREFUSED);
  }
  if (ep.shutdown & SHUT_SEND) osErr(EPIPE);
  const room = ep.room();
  if (!ep.stream) {
    if (ep.cost(data.length) > ep.option(SO_SNDBUF)) osErr(EMSGSIZE);
    if (ep.cost(data.length) > room) return null;
    deliver(ep, data);
    return data.length;
  }
  if (data.length === 0) return 0;
  if (room <= 0 || (all && room < data.length)) return null;
  const k = Math.min(room, data.length);
  deliver(ep, data.subarray(0, k));
  return k;
}

method(socketType, 'recv', (args, kw) => {
  const a = args.slice(1);
  varargs('recv', a, kw, 1, 2);
  const n = cSsize(a[0]);
  const flags = a.length > 1 ? cInt(a[1]) : 0;
  if (n < 0) valueError('negative buffersize in recv');
  return new PyBytes(recvInto(sock(args[0]), 'recv()', n, flags).data);
});

method(socketType, 'recvfrom', (args, kw) => {
  const a = args.slice(1);
  varargs('recvfrom', a, kw, 1, 2);
  const n = cSsize(a[0]);
  const flags = a.length > 1 ? cInt(a[1]) : 0;
  if (n < 0) valueError('negative buffersize in recvfrom');
  const s = sock(args[0]);
  const r = recvInto(s, 'recvfrom()', n, flags);
  return new PyTuple([new PyBytes(r.data), peerAddress(s)]);
});

function recvIntoBuffer(args: Value[], kw: string[] | null, fname: string): [number, PySocket] {
  const [bufv, nv, fv] = parseArgs(fname, args.slice(1), kw, ['buffer', 'nbytes', 'flags'], 1);
  const buf = writeBuffer(bufv!, fname);
  let n = nv === null ? 0 : cSsize(nv);
  const flags = fv === null ? 0 : cInt(fv);
  if (n < 0) valueError(`negative buffersize in ${fname}`);
  if (n === 0) n = buf.length;
  else if (n > buf.length) valueError(`buffer too small for requested bytes`);
  const s = sock(args[0]);
  const r = recvInto(s, `${fname}()`, n, flags);
  buf.set(r.data);
  return [r.data.length, s];
}

method(socketType, 'recv_into', (args, kw) => recvIntoBuffer(args, kw, 'recv_into')[0]);

method(socketType, 'recvfrom_into', (args, kw) => {
  const [n, s] = recvIntoBuffer(args, kw, 'recvfrom_into');
  return new PyTuple([n, peerAddress(s)]);
});

method(socketType, 'send', (args, kw) => {
  const a = args.slice(1);
  varargs('send', a, kw, 1, 2);
  const data = readBuffer(a[0]);
  const flags = a.length > 1 ? cInt(a[1]) : 0;
  checkSendFlags(flags);
  const s = sock(args[0]);
  const blocking = s.timeout < 0 && (flags & MSG_DONTWAIT) === 0;
  return sockCall(s, 'send()', flags, (ep) => sendOnce(ep, data, blocking && !ep.nonblocking));
});

method(socketType, 'sendall', (args, kw) => {
  const a = args.slice(1);
  varargs('sendall', a, kw, 1, 2);
  const data = readBuffer(a[0]).slice();
  const flags = a.length > 1 ? cInt(a[1]) : 0;
  checkSendFlags(flags);
  const s = sock(args[0]);
  // The timeout bounds the whole call (CPython 3.5+): one deadline, several sends.
  const deadline = s.timeout > 0 ? now() + s.timeout * 1000 : 0;
  let off = 0;
  do {
    const saved = s.timeout;
    if (saved > 0) {
      const left = (deadline - now()) / 1000;
      if (left <= 0) timedOut();
      s.timeout = left;
    }
    try {
      const blocking = s.timeout < 0 && (flags & MSG_DONTWAIT) === 0;
      off += sockCall(s, 'sendall()', flags, (ep) => sendOnce(ep, data.subarray(off), blocking && !ep.nonblocking));
    } finally {
      s.timeout = saved;
    }
  } while (off < data.length);
  return None;
});

method(socketType, 'sendto', (args, kw) => {
  const a = args.slice(1);
  noKw('sendto', kw);
  if (a.length < 2 || a.length > 3) typeError(`sendto() takes 2 or 3 arguments (${a.length} given)`);
  readBuffer(a[0]);
  const flags = a.length === 3 ? cInt(a[1]) : 0;
  const s = sock(args[0]);
  parseAddress(s, a[a.length - 1], 'sendto');
  const ep = endpointOf(s);
  checkSendFlags(flags);
  if (ep.connectionOriented && ep.connected) osErr(EISCONN);
  // No in-process socket has an address another could send to.
  return needsNetwork('socket.sendto()');
});

method(socketType, 'sendmsg', (args, kw) => {
  const a = args.slice(1);
  varargs('sendmsg', a, kw, 1, 4);
  const parts: Uint8Array[] = [];
  for (const b of A.toArray(a[0])) parts.push(readBuffer(b));
  const anc = a.length > 1 ? A.toArray(a[1]) : [];
  const flags = a.length > 2 ? cInt(a[2]) : 0;
  if (a.length > 3 && a[3] !== None) {
    parseAddress(sock(args[0]), a[3], 'sendmsg');
    return needsNetwork('socket.sendmsg() to an address');
  }
  if (anc.length > 0) throw newException(NotImplementedError, 'sendmsg(): ancillary data is not supported by Typhon\'s in-process sockets');
  checkSendFlags(flags);
  let total = 0;
  for (const p of parts) total += p.length;
  const data = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    data.set(p, o);
    o += p.length;
  }
  const s = sock(args[0]);
  const blocking = s.timeout < 0 && (flags & MSG_DONTWAIT) === 0;
  return sockCall(s, 'sendmsg()', flags, (ep) => sendOnce(ep, data, blocking && !ep.nonblocking));
});

method(socketType, 'recvmsg', (args, kw) => {
  const a = args.slice(1);
  varargs('recvmsg', a, kw, 1, 3);
  const n = cSsize(a[0]);
  const ancbuf = a.length > 1 ? cSsize(a[1]) : 0;
  const flags = a.length > 2 ? cInt(a[2]) : 0;
  if (n < 0) valueError('negative buffer size in recvmsg()');
  if (ancbuf < 0) valueError('negative ancillary buffer size in recvmsg()');
  const s = sock(args[0]);
  const r = recvInto(s, 'recvmsg()', n, flags);
  const msgFlags = r.full > r.data.length ? MSG_TRUNC : 0;
  return new PyTuple([new PyBytes(r.data), new PyList([]), msgFlags, peerAddress(s)]);
});

method(socketType, 'recvmsg_into', (args, kw) => {
  const a = args.slice(1);
  varargs('recvmsg_into', a, kw, 1, 3);
  const bufs = A.toArray(a[0]).map((b) => writeBuffer(b, 'recvmsg_into'));
  const ancbuf = a.length > 1 ? cSsize(a[1]) : 0;
  const flags = a.length > 2 ? cInt(a[2]) : 0;
  if (ancbuf < 0) valueError('negative ancillary buffer size in recvmsg_into()');
  let cap = 0;
  for (const b of bufs) cap += b.length;
  const s = sock(args[0]);
  const r = recvInto(s, 'recvmsg_into()', cap, flags);
  let o = 0;
  for (const b of bufs) {
    const k = Math.min(b.length, r.data.length - o);
    if (k <= 0) break;
    b.set(r.data.subarray(o, o + k));
    o += k;
  }
  const msgFlags = r.full > r.data.length ? MSG_TRUNC : 0;
  return new PyTuple([r.data.length, new PyList([]), msgFlags, peerAddress(s)]);
});

method(socketType, 'sendmsg_afalg', () => {
  throw newException(NotImplementedError, 'sendmsg_afalg(): AF_ALG sockets are not available in Typhon');
});

method(socketType, 'shutdown', (args, kw) => {
  const how = asInt(oneArg('socket.shutdown', args, kw));
  const ep = endpointOf(sock(args[0]));
  if (how < 0 || how > 2) osErr(EINVAL);
  // Linux lets an unconnected Unix socket be shut down; IP ones are not connected.
  if (!ep.connected && ep.family !== AF_UNIX) osErr(ENOTCONN);
  const mode = (how + 1) & (SHUT_RCV | SHUT_SEND);
  ep.shutdown |= mode;
  const p = ep.peer;
  if (p !== null && ep.connectionOriented) {
    if (mode & SHUT_RCV) p.shutdown |= SHUT_SEND;
    if (mode & SHUT_SEND) p.shutdown |= SHUT_RCV;
  }
  return None;
});

/** The address of an in-process endpoint: an unnamed Unix socket is '', an unbound IP one the wildcard. */
function localAddress(ep: Endpoint): Value {
  if (ep.family === AF_UNIX) return '';
  if (ep.family === AF_INET) return new PyTuple(['0.0.0.0', 0]);
  return new PyTuple(['::', 0, 0, 0]);
}

/** What recvfrom reports as the sender: an unnamed Unix peer has no address (None). */
function peerAddress(s: PySocket): Value {
  const ep = endpointOf(s);
  return ep.family === AF_UNIX ? None : localAddress(ep);
}

method(socketType, 'getsockname', (args, kw) => {
  noArgs('socket.getsockname', args, kw);
  return localAddress(endpointOf(sock(args[0])));
});

method(socketType, 'getpeername', (args, kw) => {
  noArgs('socket.getpeername', args, kw);
  const ep = endpointOf(sock(args[0]));
  if (!ep.connected || ep.peerGone) osErr(ENOTCONN);
  return localAddress(ep);
});

/** getsockaddrarg's checks of an address for the socket's family (the connection itself is refused later). */
function parseAddress(s: PySocket, addr: Value, caller: string): void {
  const ep = endpointOf(s);
  if (ep.family === AF_UNIX) {
    if (A.isStr(addr)) return;
    readBuffer(addr);
    return;
  }
  const want = ep.family === AF_INET ? 'AF_INET' : 'AF_INET6';
  if (!(addr instanceof PyTuple)) typeError(`${caller}(): ${want} address must be tuple, not ${A.typeName(addr)}`);
  const n = (addr as PyTuple).items.length;
  if (ep.family === AF_INET && n !== 2) typeError(`${want} address must be a pair (host, port)`);
  if (ep.family === AF_INET6 && (n < 2 || n > 4)) typeError(`${want} address must be a tuple (host, port[, flowinfo[, scopeid]])`);
}

method(socketType, 'connect', (args, kw) => {
  const addr = oneArg('socket.connect', args, kw);
  const s = sock(args[0]);
  parseAddress(s, addr, 'connect');
  return needsNetwork('socket.connect()');
});

method(socketType, 'connect_ex', (args, kw) => {
  const addr = oneArg('socket.connect_ex', args, kw);
  const s = sock(args[0]);
  parseAddress(s, addr, 'connect_ex');
  return needsNetwork('socket.connect_ex()');
});

method(socketType, 'bind', (args, kw) => {
  const addr = oneArg('socket.bind', args, kw);
  const s = sock(args[0]);
  parseAddress(s, addr, 'bind');
  return needsNetwork('socket.bind()');
});

method(socketType, 'listen', (args, kw) => {
  const a = args.slice(1);
  varargs('listen', a, kw, 0, 1);
  if (a.length) cInt(a[0]);
  endpointOf(sock(args[0]));
  return needsNetwork('socket.listen()');
});

method(socketType, '_accept', (args, kw) => {
  noArgs('socket._accept', args, kw);
  endpointOf(sock(args[0]));
  return needsNetwork('socket.accept()');
});

function intBytes(v: number, n: number): PyBytes {
  const b = new Uint8Array(n);
  new DataView(b.buffer).setInt32(0, v, true);
  return new PyBytes(b);
}

method(socketType, 'getsockopt', (args, kw) => {
  const a = args.slice(1);
  varargs('getsockopt', a, kw, 2, 3);
  const level = cInt(a[0]);
  const opt = cInt(a[1]);
  // A buflen of 0 asks for the int form, as no buflen does.
  const buflen = a.length > 2 && cInt(a[2]) !== 0 ? cInt(a[2]) : -1;
  const ep = endpointOf(sock(args[0]));
  if (buflen !== -1 && (buflen < 0 || buflen > 1024)) osErrMsg('getsockopt buflen out of range');
  const bytesOf = (b: Uint8Array): Value => {
    const out = new Uint8Array(Math.min(buflen, b.length));
    out.set(b.subarray(0, out.length));
    return new PyBytes(out);
  };
  if (level === SOL_SOCKET) {
    let v: number;
    switch (opt) {
      case SO_TYPE: v = ep.type; break;
      case SO_DOMAIN: v = ep.family; break;
      case SO_PROTOCOL: v = ep.proto !== 0 ? ep.proto : ep.family === AF_UNIX ? 0 : ep.stream ? IPPROTO_TCP : IPPROTO_UDP; break;
      case SO_ERROR: v = ep.err; ep.err = 0; break;
      case SO_ACCEPTCONN: v = 0; break;
      case SO_PEERCRED: {
        if (ep.family !== AF_UNIX) osErr(ENOPROTOOPT);
        const b = new Uint8Array(12);
        const dv = new DataView(b.buffer);
        if (ep.connected) {
          dv.setInt32(0, process.pid, true);
          dv.setInt32(4, process.getuid?.() ?? 0, true);
          dv.setInt32(8, process.getgid?.() ?? 0, true);
        } else {
          dv.setInt32(0, 0, true);
          dv.setInt32(4, -1, true);
          dv.setInt32(8, -1, true);
        }
        return buflen === -1 ? dv.getInt32(0, true) : bytesOf(b);
      }
      case SO_LINGER: return buflen === -1 ? 0 : bytesOf(new Uint8Array(8));
      case SO_RCVTIMEO:
      case SO_SNDTIMEO: return buflen === -1 ? 0 : bytesOf(new Uint8Array(16));
      default:
        if (!SOCKET_INT_OPTIONS.has(opt)) osErr(ENOPROTOOPT);
        if ((opt === 16 && ep.family !== AF_UNIX)) osErr(EOPNOTSUPP);
        v = ep.option(opt);
    }
    return buflen === -1 ? v : bytesOf(intBytes(v, 4).bytes);
  }
  const v = ipOption(ep, level, opt);
  return buflen === -1 ? v.get() : bytesOf(intBytes(v.get(), 4).bytes);
});

/** The IP-level options the in-process sockets keep; any other is not emulated. */
function ipOption(ep: Endpoint, level: number, opt: number): { get(): number; set(v: number): void } {
  if (level === IPPROTO_TCP) {
    if (ep.family === AF_UNIX) osErr(EOPNOTSUPP);
    if (opt === 1 && ep.stream) return { get: () => ep.tcpNodelay, set: (v) => { ep.tcpNodelay = v ? 1 : 0; } };
  } else if (level === IPPROTO_IPV6) {
    if (ep.family === AF_UNIX) osErr(EOPNOTSUPP);
    if (opt === 26 && ep.family === AF_INET6) return { get: () => ep.v6only, set: (v) => { ep.v6only = v ? 1 : 0; } };
  } else if (level === IPPROTO_IP) {
    if (ep.family === AF_UNIX) osErr(EOPNOTSUPP);
  } else {
    osErr(ep.family === AF_UNIX ? EOPNOTSUPP : ENOPROTOOPT);
  }
  throw newException(NotImplementedError, `socket option (level ${level}, option ${opt}) is not emulated by Typhon's in-process sockets`);
}

method(socketType, 'setsockopt', (args, kw) => {
  const a = args.slice(1);
  noKw('setsockopt', kw);
  // CPython tries "iii", then "iiO!I" (None and a length), then "iiy*": the last one's errors show.
  if (a.length === 4 && a[2] === None) {
    const level = cInt(a[0]);
    const opt = cInt(a[1]);
    const n = cLong(a[3]);
    if (n < 0n || n > 0xffffffffn) varargs('setsockopt', a, null, 3, 3);
    const ep = endpointOf(sock(args[0]));
    if (level === SOL_SOCKET && !SOCKET_INT_OPTIONS.has(opt) && opt !== SO_LINGER && opt !== SO_RCVTIMEO && opt !== SO_SNDTIMEO) osErr(ENOPROTOOPT);
    if (level !== SOL_SOCKET) ipOption(ep, level, opt);
    return osErr(EFAULT);
  }
  varargs('setsockopt', a, null, 3, 3);
  const level = cInt(a[0]);
  const opt = cInt(a[1]);
  let value: number;
  let raw: Uint8Array | null = null;
  const iv = A.intValue(a[2]);
  if (iv !== null && Number(iv) <= 2147483647 && Number(iv) >= -2147483648) value = Number(iv);
  else {
    raw = readBuffer(a[2]);
    const padded = new Uint8Array(4);
    padded.set(raw.subarray(0, 4));
    value = new DataView(padded.buffer).getInt32(0, true);
  }
  const ep = endpointOf(sock(args[0]));
  if (level === SOL_SOCKET) {
    if (raw !== null && raw.length === 0) osErr(EINVAL);
    if (READ_ONLY_OPTIONS.has(opt)) osErr(ENOPROTOOPT);
    if (opt === SO_LINGER || opt === SO_RCVTIMEO || opt === SO_SNDTIMEO) {
      if (raw === null || raw.length < (opt === SO_LINGER ? 8 : 16)) osErr(EINVAL);
      throw newException(NotImplementedError, `socket option (level ${level}, option ${opt}) is not emulated by Typhon's in-process sockets`);
    }
    if (!SOCKET_INT_OPTIONS.has(opt)) osErr(ENOPROTOOPT);
    if ((opt === 15 && ep.family === AF_UNIX) || (opt === 16 && ep.family !== AF_UNIX)) osErr(EOPNOTSUPP);
    // The kernel doubles a buffer size (for its bookkeeping) and keeps a floor; negative means huge.
    const buf = (floor: number): number => Math.max(Math.min(value >>> 0, 4194304) * 2, floor);
    if (opt === SO_SNDBUF) ep.opts.set(opt, buf(4608));
    else if (opt === SO_RCVBUF) ep.opts.set(opt, buf(2304));
    else if (opt === 18) ep.opts.set(opt, Math.max(value, 1));
    else ep.opts.set(opt, value);
    return None;
  }
  ipOption(ep, level, opt).set(value);
  return None;
});

// ---------------------------------------------------------------- module functions: sockets

function socketpair(args: Value[], kw: string[] | null): Value {
  varargs('socketpair', args, kw, 0, 3);
  const family = args.length > 0 ? cInt(args[0]) : AF_UNIX;
  const type = args.length > 1 ? cInt(args[1]) : SOCK_STREAM;
  const proto = args.length > 2 ? cInt(args[2]) : 0;
  const a = newEndpoint(family, type, proto, true);
  const b = newEndpoint(family, type, proto, true);
  a.peer = b;
  b.peer = a;
  a.connected = b.connected = true;
  if (type & SOCK_NONBLOCK) a.nonblocking = b.nonblocking = true;
  const sa = new PySocket(socketType);
  const sb = new PySocket(socketType);
  initSocket(sa, allocateFd(a), family, type, proto);
  initSocket(sb, allocateFd(b), family, type, proto);
  return new PyTuple([sa, sb]);
}

/** PyLong_AsSocket_t: a descriptor as a C long. */
function fdArg(v: Value): number {
  return Number(cLong(v));
}

function posixFunction(name: string): Value {
  const m = sysModules().getStr('posix') ?? loadNative('posix');
  return (m as unknown as { dict: PyDict }).dict.getStr(name)!;
}

// ---------------------------------------------------------------- addresses

/** glibc's inet_aton: 1 to 4 parts in C's bases, the last filling the rest; null when invalid. */
function inetAton(s: string, exact: boolean): Uint8Array | null {
  const parts: number[] = [];
  let i = 0;
  let last = -1;
  for (;;) {
    if (i >= s.length || !/[0-9]/.test(s[i])) return null;
    let base = 10;
    let j = i;
    if (s[j] === '0') {
      if (s[j + 1] === 'x' || s[j + 1] === 'X') {
        if (/[0-9a-fA-F]/.test(s[j + 2] ?? '')) {
          base = 16;
          j += 2;
        } else j += 1; // "0x" with no digits: strtoul reads the 0
      } else base = 8;
    }
    const digits = base === 16 ? /[0-9a-fA-F]/ : base === 8 ? /[0-7]/ : /[0-9]/;
    let k = j;
    while (k < s.length && digits.test(s[k])) k++;
    const text = s.slice(j, k);
    const v = text === '' ? 0n : BigInt(base === 16 ? `0x${text}` : base === 8 ? `0o${text}` : text);
    if (v > 0xffffffffn) return null;
    last = Number(v);
    i = k;
    if (s[i] === '.') {
      if (parts.length > 2 || last > 0xff) return null;
      parts.push(last);
      i++;
      continue;
    }
    break;
  }
  if (i < s.length) {
    if (exact || !/[ \t\n\v\f\r]/.test(s[i])) return null;
  }
  const max = [0xffffffff, 0xffffff, 0xffff, 0xff][parts.length];
  if (last > max) return null;
  const out = new Uint8Array(4);
  parts.forEach((p, k) => (out[k] = p));
  for (let k = 3; k >= parts.length; k--) {
    out[k] = last & 0xff;
    last = Math.floor(last / 256);
  }
  return out;
}

/** inet_pton(AF_INET): four decimal parts, no leading zeros. */
function pton4(s: string): Uint8Array | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (m === null) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = m[i + 1];
    if ((p.length > 1 && p[0] === '0') || Number(p) > 255) return null;
    out[i] = Number(p);
  }
  return out;
}

/** inet_pton(AF_INET6), glibc's rules (hex groups of 1-4 digits, one '::', a dotted IPv4 tail). */
function pton6(s: string): Uint8Array | null {
  if (s.length === 0) return null;
  const out = new Uint8Array(16);
  let head: string[];
  let tail: string[] = [];
  const dc = s.indexOf('::');
  if (dc !== -1) {
    if (s.indexOf('::', dc + 1) !== -1) return null;
    const l = s.slice(0, dc);
    const r = s.slice(dc + 2);
    head = l === '' ? [] : l.split(':');
    tail = r === '' ? [] : r.split(':');
  } else {
    head = s.split(':');
  }
  const words: number[] = [];
  const parse = (groups: string[], isLast: boolean): number[] | null => {
    const w: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (isLast && i === groups.length - 1 && g.includes('.')) {
        const v4 = pton4(g);
        if (v4 === null) return null;
        w.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      w.push(parseInt(g, 16));
    }
    return w;
  };
  const hw = parse(head, dc === -1);
  if (hw === null) return null;
  const tw = parse(tail, true);
  if (tw === null) return null;
  if (dc === -1) {
    if (hw.length !== 8) return null;
    words.push(...hw);
  } else {
    if (hw.length + tw.length > 7) return null;
    words.push(...hw, ...new Array(8 - hw.length - tw.length).fill(0), ...tw);
  }
  words.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 0xff;
  });
  return out;
}

function ntop4(b: Uint8Array): string {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}

/** glibc's inet_ntop6: the longest run (2+) of zero words as '::', IPv4-mapped/compatible tails dotted. */
function ntop6(b: Uint8Array): string {
  const w: number[] = [];
  for (let i = 0; i < 8; i++) w.push((b[2 * i] << 8) | b[2 * i + 1]);
  let bestBase = -1, bestLen = 0, curBase = -1, curLen = 0;
  for (let i = 0; i < 8; i++) {
    if (w[i] === 0) {
      if (curBase === -1) {
        curBase = i;
        curLen = 1;
      } else curLen++;
    } else if (curBase !== -1) {
      if (bestBase === -1 || curLen > bestLen) {
        bestBase = curBase;
        bestLen = curLen;
      }
      curBase = -1;
    }
  }
  if (curBase !== -1 && (bestBase === -1 || curLen > bestLen)) {
    bestBase = curBase;
    bestLen = curLen;
  }
  if (bestBase !== -1 && bestLen < 2) bestBase = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (bestBase !== -1 && i >= bestBase && i < bestBase + bestLen) {
      if (i === bestBase) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && bestBase === 0 && (bestLen === 6 || (bestLen === 7 && w[7] !== 0x0001) || (bestLen === 5 && w[5] === 0xffff))) {
      out += ntop4(b.subarray(12));
      break;
    }
    out += w[i].toString(16);
  }
  if (bestBase !== -1 && bestBase + bestLen === 8) out += ':';
  return out;
}

// ---------------------------------------------------------------- name databases (glibc's "files")

interface HostEntry {
  family: number;
  addr: Uint8Array;
  text: string;
  names: string[];
}

function readLines(path: string): string[] {
  try {
    return fs.readFileSync(path, 'latin1').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== '');
  } catch {
    return [];
  }
}

function hostsFile(): HostEntry[] {
  const out: HostEntry[] = [];
  for (const line of readLines('/etc/hosts')) {
    const f = line.split(/\s+/);
    if (f.length < 2) continue;
    const v4 = inetAton(f[0], true);
    if (v4 !== null && pton4(f[0]) !== null) out.push({ family: AF_INET, addr: v4, text: ntop4(v4), names: f.slice(1) });
    else {
      const v6 = pton6(f[0]);
      if (v6 !== null) out.push({ family: AF_INET6, addr: v6, text: ntop6(v6), names: f.slice(1) });
    }
  }
  return out;
}

function hostsByName(name: string): HostEntry[] {
  const n = name.toLowerCase();
  return hostsFile().filter((e) => e.names.some((x) => x.toLowerCase() === n));
}

interface Service {
  name: string;
  port: number;
  proto: string;
}

function servicesFile(): Service[] {
  const out: Service[] = [];
  for (const line of readLines('/etc/services')) {
    const f = line.split(/\s+/);
    const m = /^(\d+)\/(\w+)$/.exec(f[1] ?? '');
    if (m === null) continue;
    const port = Number(m[1]);
    out.push({ name: f[0], port, proto: m[2] });
    for (const alias of f.slice(2)) out.push({ name: alias, port, proto: m[2] });
  }
  return out;
}

function serviceByName(name: string, proto: string | null): Service | null {
  return servicesFile().find((s) => s.name === name && (proto === null || s.proto === proto)) ?? null;
}

function serviceByPort(port: number, proto: string | null): Service | null {
  const all = servicesFile();
  // The canonical name (first on its line) comes first in the list for each line.
  return all.find((s) => s.port === port && (proto === null || s.proto === proto)) ?? null;
}

function interfaces(): [number, string][] {
  const out: [number, string][] = [];
  let names: string[] = [];
  try {
    names = fs.readdirSync('/sys/class/net');
  } catch {
    return out;
  }
  for (const n of names) {
    try {
      out.push([Number(fs.readFileSync(`/sys/class/net/${n}/ifindex`, 'latin1').trim()), n]);
    } catch {
      // An interface that went away while listing.
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** An IDNA-encoded host name, as CPython passes str hosts to the resolver. */
function idna(v: Value): string {
  const b = A.callMethod(v, 'encode', ['idna']);
  return String.fromCharCode(...(b as PyBytes).bytes);
}

interface Resolved {
  family: number;
  addr: Uint8Array;
  scope: number;
  canon: string;
}

/** The addresses of a host for getaddrinfo: numeric forms, then /etc/hosts; null when DNS would be needed. */
function resolveHost(host: string, family: number, flags: number): Resolved[] | number {
  const AI_NUMERICHOST = 4, AI_V4MAPPED = 8;
  const v4 = inetAton(host, true);
  if (v4 !== null) {
    if (family === AF_INET6) {
      if (!(flags & AI_V4MAPPED)) return EAI_ADDRFAMILY;
      const m = new Uint8Array(16);
      m[10] = m[11] = 0xff;
      m.set(v4, 12);
      return [{ family: AF_INET6, addr: m, scope: 0, canon: host }];
    }
    return [{ family: AF_INET, addr: v4, scope: 0, canon: host }];
  }
  const pct = host.indexOf('%');
  const v6 = pton6(pct === -1 ? host : host.slice(0, pct));
  if (v6 !== null) {
    if (family === AF_INET) return EAI_ADDRFAMILY;
    let scope = 0;
    if (pct !== -1) {
      const sc = host.slice(pct + 1);
      if (/^\d+$/.test(sc)) scope = Number(sc) >>> 0;
      else {
        const ifc = interfaces().find(([, n]) => n === sc);
        if (ifc === undefined) return EAI_NONAME;
        scope = ifc[0];
      }
    }
    return [{ family: AF_INET6, addr: v6, scope, canon: host }];
  }
  if (flags & AI_NUMERICHOST) return EAI_NONAME;
  const entries = hostsByName(host);
  if (entries.length === 0) return -1000;
  const out: Resolved[] = [];
  const canon = entries[0].names[0];
  for (const e of entries) {
    if (family === AF_UNSPEC || e.family === family) out.push({ family: e.family, addr: e.addr, scope: 0, canon });
    else if (family === AF_INET6 && e.family === AF_INET && (flags & AI_V4MAPPED)) {
      const m = new Uint8Array(16);
      m[10] = m[11] = 0xff;
      m.set(e.addr, 12);
      out.push({ family: AF_INET6, addr: m, scope: 0, canon });
    }
  }
  if (out.length === 0) return EAI_ADDRFAMILY;
  return out;
}

function sockaddr(r: { family: number; addr: Uint8Array; scope: number }, port: number): PyTuple {
  if (r.family === AF_INET) return new PyTuple([ntop4(r.addr), port]);
  return new PyTuple([ntop6(r.addr), port, 0, r.scope]);
}

/** RFC 3484's precedence as glibc's default table gives it; IPv4 is ::ffff:0:0/96. */
function precedence(r: Resolved): number {
  if (r.family === AF_INET) return 35;
  const a = r.addr;
  if (a.every((x, i) => (i < 15 ? x === 0 : x === 1))) return 50;
  if (a[0] === 0x20 && a[1] === 0x02) return 30;
  if (a.subarray(0, 12).every((x) => x === 0)) return 20;
  return 40;
}

function getaddrinfo(args: Value[], kw: string[] | null): Value {
  const [hostv, portv, famv, typev, protov, flagsv] = parseArgs('getaddrinfo', args, kw, ['host', 'port', 'family', 'type', 'proto', 'flags'], 2);
  let host: string | null = null;
  if (hostv === None) host = null;
  else if (A.isStr(hostv!)) host = idna(hostv!);
  else if (hostv instanceof PyBytes) host = String.fromCharCode(...hostv.bytes);
  else typeError('getaddrinfo() argument 1 must be string or None');
  let port: string | null = null;
  if (typeof portv === 'number' || typeof portv === 'bigint' || typeof portv === 'boolean' || A.intValue(portv!) !== null) port = String(cLong(portv!));
  else if (A.isStr(portv!)) port = Buffer.from((A.callMethod(portv!, 'encode', ['utf-8']) as PyBytes).bytes).toString('latin1');
  else if (portv instanceof PyBytes) port = String.fromCharCode(...portv.bytes);
  else if (portv === None) port = null;
  else osErrMsg('Int or String expected');
  const family = famv === null ? 0 : cInt(famv);
  const socktype = typev === null ? 0 : cInt(typev);
  const proto = protov === null ? 0 : cInt(protov);
  const flags = flagsv === null ? 0 : cInt(flagsv);
  lazy_sys().audit('socket.getaddrinfo', [hostv!, portv!, family, socktype, proto]);
  if (host !== null && host.includes('\0')) valueError('embedded null character');

  const AI_PASSIVE = 1, AI_CANONNAME = 2, AI_NUMERICSERV = 0x400;
  if (flags & ~0x47f) gaiError(EAI_BADFLAGS);
  if ((flags & AI_CANONNAME) && host === null) gaiError(EAI_BADFLAGS);
  if (host === null && port === null) gaiError(EAI_NONAME);
  if (family !== AF_UNSPEC && family !== AF_INET && family !== AF_INET6) gaiError(EAI_FAMILY);
  // The (socktype, protocol) pairs glibc's gaih_inet_typeproto table allows.
  const kinds: [number, number, string | null][] = [[SOCK_STREAM, IPPROTO_TCP, 'tcp'], [SOCK_DGRAM, IPPROTO_UDP, 'udp'], [SOCK_RAW, 0, null]];
  if (socktype !== 0 && socktype !== SOCK_STREAM && socktype !== SOCK_DGRAM && socktype !== SOCK_RAW) gaiError(EAI_SOCKTYPE);
  let chosen = kinds.filter(([t, p]) => (socktype === 0 || t === socktype) && (proto === 0 || p === proto || t === SOCK_RAW));
  if (socktype !== 0 && proto !== 0 && socktype !== SOCK_RAW && !chosen.some(([, p]) => p === proto)) gaiError(EAI_SOCKTYPE);
  if (socktype === SOCK_RAW && proto !== 0) chosen = [[SOCK_RAW, proto, null]];
  else if (socktype === 0 && proto !== 0) {
    chosen = kinds.filter(([, p]) => p === proto);
    if (chosen.length === 0) chosen = [[SOCK_RAW, proto, null]];
  }

  // The service: a number, or a name per protocol (RAW has none).
  const portFor = new Map<number, number>();
  if (port !== null) {
    if (/^\d+$/.test(port)) {
      const n = BigInt(port);
      const p = n > 0xffffffffffffffffn ? 0xffff : Number(n & 0xffffn);
      for (const [t] of chosen) portFor.set(t, p);
    } else {
      if (flags & AI_NUMERICSERV) gaiError(EAI_NONAME);
      for (const [t, , pname] of chosen) {
        if (pname === null) continue;
        const s = serviceByName(port, pname);
        if (s !== null) portFor.set(t, s.port);
      }
      chosen = chosen.filter(([t]) => portFor.has(t));
      if (chosen.length === 0) gaiError(EAI_SERVICE);
    }
  } else for (const [t] of chosen) portFor.set(t, 0);

  let addrs: Resolved[];
  if (host === null || host === '') {
    if (host === '') gaiError(EAI_NONAME);
    const any = (flags & AI_PASSIVE) !== 0;
    const v6: Resolved = { family: AF_INET6, addr: new Uint8Array(16), scope: 0, canon: '' };
    if (!any) v6.addr[15] = 1;
    const v4: Resolved = { family: AF_INET, addr: Uint8Array.of(any ? 0 : 127, 0, 0, any ? 0 : 1), scope: 0, canon: '' };
    addrs = family === AF_INET ? [v4] : family === AF_INET6 ? [v6] : any ? [v4, v6] : [v6, v4];
  } else {
    const r = resolveHost(host, family, flags);
    if (r === -1000) needsDns('getaddrinfo()', host);
    if (typeof r === 'number') gaiError(r);
    addrs = r as Resolved[];
    if (addrs.length > 1) addrs = addrs.map((a, i) => [a, i] as const).sort((x, y) => precedence(y[0]) - precedence(x[0]) || x[1] - y[1]).map((x) => x[0]);
  }
  const out: Value[] = [];
  let first = true;
  for (const a of addrs) {
    for (const [t, p] of chosen) {
      const canon = first && (flags & AI_CANONNAME) ? a.canon : '';
      first = false;
      out.push(new PyTuple([a.family, t, p, canon, sockaddr(a, portFor.get(t)!)]));
    }
  }
  return new PyList(out);
}

/** setipaddr for gethostbyname and friends: the first IPv4 (or any) address of a name. */
function hostAddress(name: string, family: number, caller: string): Resolved {
  if (name === '') return { family: AF_INET, addr: new Uint8Array(4), scope: 0, canon: '' };
  if (name === '<broadcast>') return { family: AF_INET, addr: Uint8Array.of(255, 255, 255, 255), scope: 0, canon: '' };
  const v4 = /^\d+\.\d+\.\d+\.\d+$/.test(name) ? inetAton(name, true) : null;
  if (v4 !== null) return { family: AF_INET, addr: v4, scope: 0, canon: name };
  const r = resolveHost(name, family, 0);
  if (r === -1000) needsDns(caller, name);
  if (typeof r === 'number') gaiError(r);
  return (r as Resolved[])[0];
}

function createModule(): ReturnType<typeof newModule> {
  const m = newModule('_socket', 'Implementation module for socket operations.\n\nSee the socket module for documentation.');
  const d = m.dict;
  const F = (name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    moduleFunction(d, '_socket', name, fn);
  };

  F('gethostbyname', (args, kw) => {
    varargs('gethostbyname', args, kw, 1, 1);
    const name = idnaArg(args[0], 'gethostbyname');
    lazy_sys().audit('socket.gethostbyname', [new PyTuple(args)]);
    const r = hostAddress(name, AF_INET, 'gethostbyname()');
    return ntop4(r.addr);
  });
  F('gethostbyname_ex', (args, kw) => {
    varargs('gethostbyname_ex', args, kw, 1, 1);
    const name = idnaArg(args[0], 'gethostbyname_ex');
    lazy_sys().audit('socket.gethostbyname', [new PyTuple(args)]);
    const r = hostAddress(name, AF_INET, 'gethostbyname_ex()');
    if (inetAton(name, true) !== null || name === '' || name === '<broadcast>') return new PyTuple([ntop4(r.addr), new PyList([]), new PyList([ntop4(r.addr)])]);
    const entries = hostsByName(name).filter((e) => e.family === AF_INET);
    const e = entries[0];
    const aliases = e.names.slice(1);
    return new PyTuple([e.names[0], new PyList(aliases), new PyList(entries.filter((x) => x.names[0] === e.names[0]).map((x) => x.text))]);
  });
  F('gethostbyaddr', (args, kw) => {
    varargs('gethostbyaddr', args, kw, 1, 1);
    const name = idnaArg(args[0], 'gethostbyaddr');
    lazy_sys().audit('socket.gethostbyaddr', [new PyTuple(args)]);
    const r = hostAddress(name, AF_UNSPEC, 'gethostbyaddr()');
    const text = r.family === AF_INET ? ntop4(r.addr) : ntop6(r.addr);
    const e = hostsFile().find((x) => x.family === r.family && x.text === text);
    if (e === undefined) {
      if (r.family === AF_INET && r.addr[0] !== 127) needsDns('gethostbyaddr()', text);
      throw A.call(herrorType, [1, 'Unknown host']) as unknown as Error;
    }
    return new PyTuple([e.names[0], new PyList(e.names.slice(1)), new PyList([text])]);
  });
  F('gethostname', (args, kw) => {
    varargs('gethostname', args, kw, 0, 0);
    lazy_sys().audit('socket.gethostname', []);
    return A.mkStr(nodeOs.hostname());
  });
  F('sethostname', () => {
    throw newException(NotImplementedError, 'sethostname() is not available in Typhon');
  });
  F('getservbyname', (args, kw) => {
    varargs('getservbyname', args, kw, 1, 2);
    const name = strArg(args[0], 'getservbyname', 1);
    const proto = args.length > 1 ? strArg(args[1], 'getservbyname', 2) : null;
    lazy_sys().audit('socket.getservbyname', [args[0], args.length > 1 ? args[1] : '']);
    const s = serviceByName(name, proto);
    if (s === null) osErrMsg('service/proto not found');
    return s!.port;
  });
  F('getservbyport', (args, kw) => {
    varargs('getservbyport', args, kw, 1, 2);
    const port = cInt(args[0]);
    const proto = args.length > 1 ? strArg(args[1], 'getservbyport', 2) : null;
    if (port < 0 || port > 0xffff) throw newException(OverflowError, 'getservbyport: port must be 0-65535.');
    lazy_sys().audit('socket.getservbyport', [port, args.length > 1 ? args[1] : '']);
    const s = serviceByPort(port, proto);
    if (s === null) osErrMsg('port/proto not found');
    return s!.name;
  });
  F('getprotobyname', (args, kw) => {
    varargs('getprotobyname', args, kw, 1, 1);
    const name = strArg(args[0], 'getprotobyname', 1);
    for (const line of readLines('/etc/protocols')) {
      const f = line.split(/\s+/);
      if (f[0] === name || f.slice(2).includes(name)) return Number(f[1]);
    }
    return osErrMsg('protocol not found');
  });
  F('close', (args, kw) => {
    noKw('close', kw);
    checkPositional('close', args.length, 1, 1);
    const fd = fdArg(args[0]);
    if (fds.has(fd)) {
      closeFd(fd);
      return None;
    }
    return A.call(posixFunction('close'), [fd]);
  });
  F('dup', (args, kw) => {
    noKw('dup', kw);
    checkPositional('dup', args.length, 1, 1);
    const fd = fdArg(args[0]);
    const ep = fds.get(fd);
    if (ep === undefined) {
      if (fd < 0) osErr(EBADF);
      return A.call(posixFunction('dup'), [fd]);
    }
    return allocateFd(ep);
  });
  F('socketpair', socketpair);
  F('ntohs', (args, kw) => short16('ntohs', args, kw));
  F('ntohl', (args, kw) => long32('ntohl', args, kw));
  F('htons', (args, kw) => short16('htons', args, kw));
  F('htonl', (args, kw) => long32('htonl', args, kw));
  F('inet_aton', (args, kw) => {
    varargs('inet_aton', args, kw, 1, 1);
    const s = strArg(args[0], 'inet_aton', 1);
    const b = inetAton(Buffer.from(s, 'utf8').toString('latin1'), false);
    if (b === null) osErrMsg('illegal IP address string passed to inet_aton');
    return new PyBytes(b!);
  });
  F('inet_ntoa', (args, kw) => {
    varargs('inet_ntoa', args, kw, 1, 1);
    const b = readBuffer(args[0]);
    if (b.length !== 4) osErrMsg('packed IP wrong length for inet_ntoa');
    return ntop4(b);
  });
  F('inet_pton', (args, kw) => {
    varargs('inet_pton', args, kw, 2, 2);
    const af = cInt(args[0]);
    const s = strArg(args[1], 'inet_pton', 2);
    let b: Uint8Array | null;
    if (af === AF_INET) b = pton4(s);
    else if (af === AF_INET6) b = pton6(s);
    else return osErr(EAFNOSUPPORT);
    if (b === null) osErrMsg('illegal IP address string passed to inet_pton');
    return new PyBytes(b!);
  });
  F('inet_ntop', (args, kw) => {
    varargs('inet_ntop', args, kw, 2, 2);
    const af = cInt(args[0]);
    const b = readBuffer(args[1]);
    if (af === AF_INET) {
      if (b.length !== 4) valueError('invalid length of packed IP address string');
      return ntop4(b);
    }
    if (af === AF_INET6) {
      if (b.length !== 16) valueError('invalid length of packed IP address string');
      return ntop6(b);
    }
    return valueError(`unknown address family ${af}`);
  });
  F('getaddrinfo', getaddrinfo);
  F('getnameinfo', (args, kw) => {
    varargs('getnameinfo', args, kw, 2, 2);
    const sa = args[0];
    const flags = cInt(args[1]);
    if (!(sa instanceof PyTuple)) typeError('getnameinfo() argument 1 must be a tuple');
    const items = (sa as PyTuple).items;
    if (items.length < 2 || items.length > 4) typeError(`getnameinfo() argument 1 must be a tuple of 2-4 items`);
    if (!A.isStr(items[0])) typeError(`getnameinfo() argument 1 must be str, not ${A.typeName(items[0])}`);
    const host = A.strValue(items[0]);
    const port = cInt(items[1]);
    lazy_sys().audit('socket.getnameinfo', [sa]);
    const NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NAMEREQD = 8, NI_DGRAM = 16;
    const r = resolveHost(host, AF_UNSPEC, 4);
    if (typeof r === 'number') gaiError(EAI_NONAME);
    const list = r as Resolved[];
    if (list.length !== 1) osErrMsg('sockaddr resolved to multiple addresses');
    const a = list[0];
    if (a.family === AF_INET && items.length !== 2) osErrMsg('IPv4 sockaddr must be 2 tuple');
    const text = a.family === AF_INET ? ntop4(a.addr) : ntop6(a.addr);
    let name = text;
    if (!(flags & NI_NUMERICHOST)) {
      const e = hostsFile().find((x) => x.family === a.family && x.text === text);
      if (e !== undefined) name = e.names[0];
      else if (a.family === AF_INET && a.addr[0] === 127) {
        if (flags & NI_NAMEREQD) gaiError(EAI_NONAME);
      } else needsDns('getnameinfo()', text);
    }
    let serv = String(port & 0xffff);
    if (!(flags & NI_NUMERICSERV)) {
      const s = serviceByPort(port & 0xffff, flags & NI_DGRAM ? 'udp' : 'tcp');
      if (s !== null) serv = s.name;
    }
    return new PyTuple([name, serv]);
  });
  F('getdefaulttimeout', (args, kw) => {
    varargs('getdefaulttimeout', args, kw, 0, 0);
    return timeoutValue(defaultTimeout);
  });
  F('setdefaulttimeout', (args, kw) => {
    noKw('setdefaulttimeout', kw);
    checkPositional('setdefaulttimeout', args.length, 1, 1);
    defaultTimeout = parseTimeout(args[0]);
    return None;
  });
  F('if_nameindex', (args, kw) => {
    varargs('if_nameindex', args, kw, 0, 0);
    return new PyList(interfaces().map(([i, n]) => new PyTuple([i, n])));
  });
  F('if_nametoindex', (args, kw) => {
    noKw('if_nametoindex', kw);
    checkPositional('if_nametoindex', args.length, 1, 1);
    const v = args[0];
    let name: string;
    if (A.isStr(v)) name = A.strValue(v);
    else if (v instanceof PyBytes) name = String.fromCharCode(...v.bytes);
    else return typeError(`expected str, bytes or os.PathLike object, not ${A.typeName(v)}`);
    const f = interfaces().find(([, n]) => n === name);
    if (f === undefined) osErrMsg('no interface with this name');
    return f![0];
  });
  F('if_indextoname', (args, kw) => {
    noKw('if_indextoname', kw);
    checkPositional('if_indextoname', args.length, 1, 1);
    const v = args[0];
    if (v instanceof PyFloat || A.intValue(v) === null) typeError('an integer is required');
    const i = BigInt(A.asIndex(v));
    if (i < 0n) throw newException(OverflowError, "can't convert negative value to unsigned int");
    if (i > 0xffffffffn) throw newException(OverflowError, 'Python int too large to convert to C unsigned long');
    const f = interfaces().find(([n]) => BigInt(n) === i);
    if (f === undefined) osErr(ENXIO);
    return f![1];
  });
  F('CMSG_LEN', (args, kw) => cmsg('CMSG_LEN', args, kw, false));
  F('CMSG_SPACE', (args, kw) => cmsg('CMSG_SPACE', args, kw, true));

  d.set('SocketType', socketType);
  d.set('socket', socketType);
  d.set('error', OSError);
  d.set('timeout', TimeoutError);
  d.set('herror', herrorType);
  d.set('gaierror', gaierrorType);
  d.set('has_ipv6', true);
  for (const [name, v] of SOCKET_CONSTANTS) d.set(name, v);
  return m;
}

function idnaArg(v: Value, fname: string): string {
  if (A.isStr(v)) return idna(v);
  if (v instanceof PyBytes || v instanceof PyByteArray) return String.fromCharCode(...bufferOf(v)!);
  return typeError(`${fname}() argument 1 must be str, bytes or bytearray, not ${A.typeName(v)}`);
}

function short16(name: string, args: Value[], kw: string[] | null): Value {
  varargs(name, args, kw, 1, 1);
  const x = cInt(args[0]);
  if (x < 0) throw newException(OverflowError, `${name}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (x > 0xffff) throw newException(OverflowError, `${name}: Python int too large to convert to C 16-bit unsigned integer`);
  return ((x & 0xff) << 8) | (x >> 8);
}

function long32(name: string, args: Value[], kw: string[] | null): Value {
  noKw(name, kw);
  checkPositional(name, args.length, 1, 1);
  const v = args[0];
  if (A.intValue(v) === null) typeError(`expected int, ${A.typeName(v)} found`);
  const x = BigInt(A.intValue(v)!);
  if (x < 0n) throw newException(OverflowError, "can't convert negative value to unsigned int");
  if (x > 0xffffffffffffffffn) throw newException(OverflowError, 'Python int too large to convert to C unsigned long');
  if (x > 0xffffffffn) throw newException(OverflowError, 'int larger than 32 bits');
  const n = Number(x);
  return (((n & 0xff) << 24) >>> 0) + ((n & 0xff00) << 8) + ((n >>> 8) & 0xff00) + (n >>> 24);
}

function cmsg(name: string, args: Value[], kw: string[] | null, space: boolean): Value {
  varargs(name, args, kw, 1, 1);
  const n = cSsize(args[0]);
  // get_CMSG_LEN/get_CMSG_SPACE: room for the header (and, for SPACE, CMSG_SPACE(1)'s padding) within socklen_t.
  const len = space ? 16 + Math.ceil(n / 8) * 8 : 16 + n;
  if (n < 0 || n > 0x7fffffff - (space ? 24 : 16)) throw newException(OverflowError, `${name}() argument out of range`);
  return len;
}


registerNative('_socket', createModule);
