/**
 * select (Modules/selectmodule.c): select() and poll objects, no epoll.
 *
 * What a descriptor is ready for is known exactly for the in-process ones
 * (socketpair() sockets and os.pipe() pipes, whose pending child processes
 * run when nothing else is ready); a regular file is always ready, as the
 * kernel says, and any other real descriptor (a terminal, an inherited
 * pipe) is taken as ready in the directions it was opened for, since Node
 * cannot ask. When nothing is ready the call sleeps for its timeout:
 * in one thread only a signal (the pending alarm) could change anything
 * meanwhile, and its handler runs as at EINTR, after which the wait goes
 * on with the time left (PEP 475). With no timeout and nothing that could
 * arrive, it waits for good, as CPython would.
 */
import * as fs from 'fs';
import type { Value } from '../objects/base';
import { PyInstance } from '../objects/instance';
import { PyType } from '../objects/type';
import { typeType, objectType, None, typeOf, listType } from '../objects/types';
import { PyList, PyTuple } from '../objects/containers';
import { PyFloat } from '../objects/float_object';
import { moduleFunction, method, newMethod, checkPositional, noKw } from '../objects/define';
import { newException, typeError, valueError, OSError, OverflowError, TypeError, KeyError } from '../objects/exceptions';
import * as A from '../objects/abstract';
import { STRERROR } from './errno_data';
import { isVfd, pollVfd, vfdHasProducers, VFD_BASE } from './vfd';
import { isSocketFd, pollSocketFd, secondsArg } from './socket';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';

const lazy_signal = lazy(() => require('./signal') as typeof import('./signal'));

const POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;
const POLLRDNORM = 64, POLLRDBAND = 128, POLLWRNORM = 256, POLLWRBAND = 512, POLLMSG = 1024, POLLRDHUP = 0x2000;
/** Linux's select() sets: what counts as readable, writable, exceptional. */
const IN_SET = POLLRDNORM | POLLRDBAND | POLLIN | POLLHUP | POLLERR;
const OUT_SET = POLLWRBAND | POLLWRNORM | POLLOUT | POLLERR;
const EX_SET = POLLPRI;
const FD_SETSIZE = 1024;

/** poll(2)'s full revents of one descriptor; `mayRun` lets a pending child run to feed a pipe. */
function pollFd(fd: number, mayRun: boolean): number {
  if (isSocketFd(fd)) return pollSocketFd(fd);
  if (isVfd(fd)) {
    let m = pollVfd(fd, mayRun);
    if (m & POLLIN) m |= POLLRDNORM;
    if (m & POLLOUT) m |= POLLWRNORM;
    return m;
  }
  let st: fs.Stats;
  try {
    st = fs.fstatSync(fd);
  } catch {
    return POLLNVAL;
  }
  const both = POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM;
  if (st.isFile() || st.isDirectory()) return both;
  try {
    const info = fs.readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1');
    const m = /flags:\s*([0-7]+)/.exec(info);
    if (m !== null) {
      const mode = parseInt(m[1], 8) & 3;
      if (mode === 0) return POLLIN | POLLRDNORM;
      if (mode === 1) return POLLOUT | POLLWRNORM;
    }
  } catch {
    // No /proc: both directions.
  }
  return both;
}

interface Watch {
  fd: number;
  /** What the caller asks about (poll's events; select's sets); errors and hang-ups always count. */
  events: number;
}

/**
 * The revents of each watched descriptor once one is ready or `timeoutMs` has passed (Infinity:
 * no timeout). A signal handler's exception propagates, as PyErr_CheckSignals after EINTR.
 */
function waitReady(watches: Watch[], timeoutMs: number, always: number): number[] {
  const deadline = performance.now() + timeoutMs;
  const look = (mayRun: boolean): number[] => watches.map((w) => pollFd(w.fd, mayRun) & (w.events | always));
  for (;;) {
    let rev = look(false);
    if (rev.some((r) => r !== 0)) return rev;
    if (watches.some((w) => vfdHasProducers(w.fd))) {
      rev = look(true);
      if (rev.some((r) => r !== 0)) return rev;
    }
    const left = timeoutMs === Infinity ? Infinity : deadline - performance.now();
    if (left <= 0) return rev;
    lazy_signal().waitInterruptible(left);
  }
}

/** PyObject_AsFileDescriptor: an int, or the int its fileno() returns. */
export function fileDescriptor(o: Value): number {
  let v = o;
  if (A.intValue(o) === null) {
    const m = typeOf(o).lookup('fileno');
    if (m === null) typeError('argument must be an int, or have a fileno() method.');
    v = A.callDescr(m!, o, []);
    if (A.intValue(v) === null) typeError('fileno() returned a non-integer');
  }
  const i = BigInt(A.intValue(v)!);
  if (i > 2147483647n || i < -2147483648n) throw newException(OverflowError, 'Python int too large to convert to C int');
  const fd = Number(i);
  if (fd < 0) valueError(`file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

function osErr(errno: number): never {
  throw A.call(OSError, [errno, STRERROR[errno]]) as unknown as Error;
}

// ---------------------------------------------------------------- select()

/** seq2set: a list is walked live (a fileno() that shrinks it ends the walk early), anything else copied. */
function seqToFds(v: Value): [Value, number][] {
  let items: () => Value[];
  if (v instanceof PyList && typeOf(v) === listType) items = () => v.items;
  else {
    let copy: Value[];
    try {
      copy = A.toArray(v);
    } catch (e) {
      if (A.isInstance(e as Value, TypeError) && A.getIterOrNull(v) === null) typeError('arguments 1-3 must be sequences');
      throw e;
    }
    items = () => copy;
  }
  if (items().length > FD_SETSIZE) valueError('too many file descriptors in select()');
  const out: [Value, number][] = [];
  for (let i = 0; i < items().length; i++) {
    const o = items()[i];
    const fd = fileDescriptor(o);
    // The in-process descriptors live far above FD_SETSIZE where CPython's would be small numbers.
    if (fd >= FD_SETSIZE && fd < VFD_BASE) valueError('filedescriptor out of range in select()');
    out.push([o, fd]);
  }
  return out;
}

function select(args: Value[], kw: string[] | null): Value {
  noKw('select.select', kw);
  checkPositional('select', args.length, 3, 4);
  let timeoutMs = Infinity;
  const tv = args.length > 3 ? args[3] : None;
  if (tv !== None) {
    let t: number;
    try {
      t = secondsArg(tv);
    } catch (e) {
      if (A.isInstance(e as Value, TypeError)) typeError('timeout must be a float or None');
      throw e;
    }
    if (t < 0) valueError('timeout must be non-negative');
    timeoutMs = t * 1000;
  }
  const r = seqToFds(args[0]);
  const w = seqToFds(args[1]);
  const x = seqToFds(args[2]);
  const want = new Map<number, number>();
  for (const [, fd] of r) want.set(fd, (want.get(fd) ?? 0) | IN_SET);
  for (const [, fd] of w) want.set(fd, (want.get(fd) ?? 0) | OUT_SET);
  for (const [, fd] of x) want.set(fd, (want.get(fd) ?? 0) | EX_SET);
  const watches = [...want].map(([fd, events]) => ({ fd, events }));
  // A closed descriptor in a set is EBADF for select (poll reports it as POLLNVAL instead).
  for (const wch of watches) if (pollFd(wch.fd, false) & POLLNVAL) osErr(9);
  const rev = waitReady(watches, timeoutMs, 0);
  const got = new Map<number, number>();
  watches.forEach((wch, i) => got.set(wch.fd, rev[i]));
  const pick = (list: [Value, number][], set: number): PyList => new PyList(list.filter(([, fd]) => (got.get(fd)! & set) !== 0).map(([o]) => o));
  return new PyTuple([pick(r, IN_SET), pick(w, OUT_SET), pick(x, EX_SET)]);
}

// ---------------------------------------------------------------- poll objects

const pollType = new PyType(typeType, 'select.poll', [objectType], 0);
newMethod(pollType, (cls) => typeError(`cannot create '${cls.name}' instances`));

class PyPoll extends PyInstance {
  /** fd → events, in registration order (as CPython's dict, which it walks to build the pollfd array). */
  fds = new Map<number, number>();
}

/** _PyLong_UnsignedShort_Converter. */
function eventMask(v: Value): number {
  const i = A.intValue(v);
  if (i === null) typeError('an integer is required');
  const b = BigInt(i!);
  if (b < 0n) valueError('value must be positive');
  if (b > 0xffffffffffffffffn) throw newException(OverflowError, 'Python int too large to convert to C unsigned long');
  if (b > 0xffffn) throw newException(OverflowError, 'Python int too large for C unsigned short');
  return Number(b);
}

method(pollType, 'register', (args, kw) => {
  noKw('poll.register', kw);
  checkPositional('register', args.length - 1, 1, 2);
  const fd = fileDescriptor(args[1]);
  const events = args.length > 2 ? eventMask(args[2]) : POLLIN | POLLPRI | POLLOUT;
  (args[0] as PyPoll).fds.set(fd, events);
  return None;
});

method(pollType, 'modify', (args, kw) => {
  noKw('poll.modify', kw);
  checkPositional('modify', args.length - 1, 2, 2);
  const fd = fileDescriptor(args[1]);
  const events = eventMask(args[2]);
  const p = args[0] as PyPoll;
  if (!p.fds.has(fd)) osErr(2);
  p.fds.set(fd, events);
  return None;
});

method(pollType, 'unregister', (args, kw) => {
  noKw('poll.unregister', kw);
  checkPositional('poll.unregister', args.length - 1, 1, 1);
  const fd = fileDescriptor(args[1]);
  const p = args[0] as PyPoll;
  if (!p.fds.delete(fd)) throw newException(KeyError, fd);
  return None;
});

method(pollType, 'poll', (args, kw) => {
  noKw('poll.poll', kw);
  checkPositional('poll', args.length - 1, 0, 1);
  const tv = args.length > 1 ? args[1] : None;
  let timeoutMs = Infinity;
  if (tv !== None) {
    let ms: number;
    try {
      if (tv instanceof PyFloat) {
        if (Number.isNaN(tv.value)) valueError('Invalid value NaN (not a number)');
        if (Math.abs(tv.value * 1e6) >= 9.223372036854776e18) throw newException(OverflowError, 'timestamp out of range for platform time_t');
        ms = Math.ceil(tv.value);
      } else {
        const i = BigInt(A.asIndex(tv));
        if (i * 1000000n > 0x7fffffffffffffffn || i * 1000000n < -0x8000000000000000n) {
          throw newException(OverflowError, 'timestamp too large to convert to C _PyTime_t');
        }
        ms = Number(i);
      }
    } catch (e) {
      if (A.isInstance(e as Value, TypeError)) typeError('timeout must be an integer or None');
      throw e;
    }
    if (ms > 2147483647 || ms < -2147483648) throw newException(OverflowError, 'timeout is too large');
    if (ms >= 0) timeoutMs = ms;
  }
  const p = args[0] as PyPoll;
  const watches = [...p.fds].map(([fd, events]) => ({ fd, events }));
  const rev = waitReady(watches, timeoutMs, POLLERR | POLLHUP | POLLNVAL);
  const out: Value[] = [];
  watches.forEach((w, i) => {
    if (rev[i] !== 0) out.push(new PyTuple([w.fd, rev[i] & 0xffff]));
  });
  return new PyList(out);
});

function create(): ReturnType<typeof newModule> {
  const m = newModule('select', 'This module supports asynchronous I/O on multiple file descriptors.\n\n' +
    '*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.');
  const d = m.dict;
  moduleFunction(d, 'select', 'select', select, 'Wait until one or more file descriptors are ready for some kind of I/O.\n\n' +
    'The first three arguments are iterables of file descriptors to be waited for:\nrlist -- wait until ready for reading\n' +
    'wlist -- wait until ready for writing\nxlist -- wait for an "exceptional condition"\n' +
    'If only one kind of condition is required, pass [] for the other lists.\n\n' +
    'A file descriptor is either a socket or file object, or a small integer\ngotten from a fileno() method call on one of those.\n\n' +
    'The optional 4th argument specifies a timeout in seconds; it may be\na floating point number to specify fractions of seconds.  ' +
    'If it is absent\nor None, the call will never time out.\n\nThe return value is a tuple of three lists corresponding to the first three\n' +
    'arguments; each contains the subset of the corresponding file descriptors\nthat are ready.\n\n*** IMPORTANT NOTICE ***\n' +
    'On Windows, only sockets are supported; on Unix, all file\ndescriptors can be used.');
  moduleFunction(d, 'select', 'poll', (args, kw) => {
    noKw('poll', kw);
    checkPositional('select.poll', args.length, 0, 0);
    return new PyPoll(pollType);
  }, 'Returns a polling object.\n\nThis object supports registering and unregistering file descriptors, and then\npolling them for I/O events.');
  d.set('error', OSError);
  d.set('PIPE_BUF', 4096);
  const consts: [string, number][] = [
    ['POLLIN', POLLIN], ['POLLPRI', POLLPRI], ['POLLOUT', POLLOUT], ['POLLERR', POLLERR], ['POLLHUP', POLLHUP],
    ['POLLNVAL', POLLNVAL], ['POLLRDNORM', POLLRDNORM], ['POLLRDBAND', POLLRDBAND], ['POLLWRNORM', POLLWRNORM],
    ['POLLWRBAND', POLLWRBAND], ['POLLMSG', POLLMSG], ['POLLRDHUP', POLLRDHUP],
  ];
  for (const [n, v] of consts) d.set(n, v);
  return m;
}

registerNative('select', create);
