/**
 * _signal (Modules/signalmodule.c) for Linux signal numbers, the oracle's.
 *
 * Node delivers OS signals only through its event loop, which never runs
 * while the VM executes Python code synchronously, so a Python handler
 * cannot be reached by a real Ctrl-C or `kill` in the middle of a program
 * (a Node listener would only stop Ctrl-C from ending the process). What
 * the module does keep exactly: the handler table with CPython's checks and
 * initial state, signals the program raises itself (raise_signal,
 * pthread_kill of its own thread, _thread.interrupt_main) run their Python
 * handler at once, as CPython's eval breaker does right after the call that
 * raised them; SIG_IGN on a signal Node can listen to installs a listener
 * that does nothing, so the signal really is ignored; SIG_DFL raises the
 * real signal at the process. alarm/setitimer(ITIMER_REAL) deliver SIGALRM
 * from pause(), time.sleep (sleepWithSignals) and the sigwait family, the places the VM waits for a signal.
 */
import type { Value } from '../objects/base';
import { PyTuple } from '../objects/containers';
import { structSeqType } from './structseq';
import { PyFloat } from '../objects/float_object';
import { newSet } from '../objects/set_object';
import { PyType } from '../objects/type';
import { typeType, None, typeOf } from '../objects/types';
import { moduleFunction, parseArgs, checkPositional, noKw } from '../objects/define';
import { PyBuiltin, PyFunction } from '../objects/function';
import { newException, typeError, valueError, KeyboardInterrupt, OSError, OverflowError } from '../objects/exceptions';
import { ts } from '../vm/thread_state';
import { escapeFrame } from '../vm/frame';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';
const lazy_fs = lazy(() => require('fs') as typeof import('fs'));
const lazy_socket = lazy(() => require('./socket') as typeof import('./socket'));

export const NSIG = 65;
const SIG_DFL = 0;
const SIG_IGN = 1;

const SIGNALS: [string, number][] = [
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5], ['SIGABRT', 6], ['SIGIOT', 6],
  ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12], ['SIGPIPE', 13],
  ['SIGALRM', 14], ['SIGTERM', 15], ['SIGSTKFLT', 16], ['SIGCHLD', 17], ['SIGCLD', 17], ['SIGCONT', 18],
  ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23], ['SIGXCPU', 24],
  ['SIGXFSZ', 25], ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29], ['SIGPOLL', 29],
  ['SIGPWR', 30], ['SIGSYS', 31], ['SIGRTMIN', 34], ['SIGRTMAX', 64],
];

/** glibc's strsignal() texts; 32 and 33 are glibc's own ("Unknown signal"), for which CPython returns None. */
const DESCRIPTIONS = [
  '', 'Hangup', 'Interrupt', 'Quit', 'Illegal instruction', 'Trace/breakpoint trap', 'Aborted', 'Bus error',
  'Floating point exception', 'Killed', 'User defined signal 1', 'Segmentation fault', 'User defined signal 2',
  'Broken pipe', 'Alarm clock', 'Terminated', 'Stack fault', 'Child exited', 'Continued', 'Stopped (signal)',
  'Stopped', 'Stopped (tty input)', 'Stopped (tty output)', 'Urgent I/O condition', 'CPU time limit exceeded',
  'File size limit exceeded', 'Virtual timer expired', 'Profiling timer expired', 'Window changed', 'I/O possible',
  'Power failure', 'Bad system call',
];

/** Signals whose default action is to do nothing (the rest end or stop the process). */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);
/** Signals sigaction() refuses: SIGKILL, SIGSTOP and glibc's two internal ones. */
const UNSETTABLE = new Set([9, 19, 32, 33]);

const NODE_NAMES: Record<number, string> = {};
for (const [name, n] of SIGNALS) if (!(n in NODE_NAMES) && n < 32) NODE_NAMES[n] = name;

// ---------------------------------------------------------------- state

const handlers: Value[] = [];
const tripped = new Set<number>();
/** Signals the kernel sent (the alarm) rather than the process itself, for sigwaitinfo's si_code. */
const fromKernel = new Set<number>();
const blocked = new Set<number>();
const nodeIgnorers = new Map<number, () => void>();
let wakeupFd = -1;
let alarmDeadline = 0; // ms since the epoch; 0 for none
let alarmInterval = 0; // ms

const defaultIntHandler = new PyBuiltin('default_int_handler', (args, kw) => {
  noKw('default_int_handler', kw);
  checkPositional('default_int_handler', args.length, 2, 2);
  throw newException(KeyboardInterrupt);
}, null, 'default_int_handler', 'The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.', '_signal');

function initHandlers(): void {
  for (let i = 0; i < NSIG; i++) handlers[i] = i === 0 || i === 32 || i === 33 ? None : SIG_DFL;
  // Python's startup: SIGINT raises KeyboardInterrupt, SIGPIPE and SIGXFSZ are ignored.
  handlers[2] = defaultIntHandler;
  handlers[13] = SIG_IGN;
  handlers[25] = SIG_IGN;
}
initHandlers();

function signum(v: Value): number {
  const i = A.intValue(v);
  if (i === null) {
    if (A.floatValue(v) !== null) typeError("'float' object cannot be interpreted as an integer");
    return Number(A.asIndex(v));
  }
  if (i > 2147483647 || i < -2147483648) throw newException(OverflowError, 'Python int too large to convert to C int');
  return Number(i);
}

function checkRange(n: number): void {
  if (n < 1 || n >= NSIG) valueError('signal number out of range');
}

function osError(errno: number, text: string): never {
  throw A.call(OSError, [errno, text]);
}

function isIgnore(h: Value): boolean {
  return typeof h === 'number' || typeof h === 'boolean' ? Number(h) === SIG_IGN : false;
}

function setNodeIgnore(n: number, on: boolean): void {
  const name = NODE_NAMES[n];
  if (name === undefined || n === 10 || n === 13) return;
  const old = nodeIgnorers.get(n);
  if (on && old === undefined) {
    const fn = (): void => {};
    try {
      process.on(name as NodeJS.Signals, fn);
      nodeIgnorers.set(n, fn);
    } catch {
      // Node refuses a listener for this signal: it keeps its default.
    }
  } else if (!on && old !== undefined) {
    process.removeListener(name as NodeJS.Signals, old);
    nodeIgnorers.delete(n);
  }
}

// ---------------------------------------------------------------- delivery

/** A signal arrives (trip_signal): noted, written to the wakeup fd, handled at the next check. */
export function tripSignal(n: number): void {
  tripped.add(n);
  if (wakeupFd !== -1) {
    if (lazy_socket().isSocketFd(wakeupFd)) {
      lazy_socket().writeWakeup(wakeupFd, n);
      return;
    }
    try {
      lazy_fs().writeSync(wakeupFd, Uint8Array.of(n));
    } catch {
      // CPython reports a full or closed wakeup fd later as a warning; the signal still counts.
    }
  }
}

/** PyErr_CheckSignals: run the handlers of tripped, unblocked signals in signal order. */
export function checkSignals(): void {
  if (tripped.size === 0) return;
  for (let n = 1; n < NSIG; n++) {
    if (!tripped.has(n) || blocked.has(n)) continue;
    tripped.delete(n);
    deliver(n);
  }
}

/**
 * _thread.interrupt_main (PyErr_SetInterruptEx): signal n as if it had arrived, unless its handler is
 * SIG_IGN or SIG_DFL; the handler runs before the call returns, where CPython's eval breaker runs it.
 */
export function interruptMain(v: Value): void {
  const i = A.intValue(v);
  if (i !== null && i > 2147483647) throw newException(OverflowError, 'signed integer is greater than maximum');
  if (i !== null && i < -2147483648) throw newException(OverflowError, 'signed integer is less than minimum');
  const n = signum(v);
  checkRange(n);
  const h = handlers[n];
  if (typeof h === 'number' || typeof h === 'boolean' || h === None) return;
  tripSignal(n);
  checkSignals();
}

/** What the handler table says to do with signal n now. */
function deliver(n: number): void {
  const h = handlers[n];
  if (h === None) return;
  if (typeof h === 'number' || typeof h === 'boolean') {
    if (Number(h) === SIG_IGN || DEFAULT_IGNORED.has(n)) return;
    defaultAction(n);
    return;
  }
  const f = ts.frame;
  escapeFrame(f);
  A.call(h, [n, f ?? None]);
}

/**
 * kill() of our own pid: the signal arrives as a real one would (its Python handler runs before the
 * call returns, as CPython's eval breaker runs it right after); signal 0 only probes.
 */
export function killSelf(n: number): void {
  if (n < 0 || n >= NSIG) osError(22, 'Invalid argument');
  if (n === 0) return;
  tripSignal(n);
  checkSignals();
}

/** SIG_DFL of a signal that ends or stops the process: the real signal, at ourselves. */
function defaultAction(n: number): void {
  setNodeIgnore(n, false);
  try {
    lazy_sys().flushStd();
  } catch {
    // The signal ends the process whether or not the streams could be flushed.
  }
  try {
    process.kill(process.pid, n);
  } catch {
    return;
  }
  // Delivery to ourselves is immediate for a terminating signal; a stop signal returns here when continued.
  if (n === 19 || n === 20 || n === 21 || n === 22) return;
  sleepMs(1000);
  process.exit(128 + n);
}
const lazy_sys = lazy(() => require('./sys') as typeof import('./sys'));

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepMs(ms: number): void {
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
}

/**
 * A blocking sleep of `ms` during which the pending alarm can arrive (time.sleep, PEP 475): its
 * handler runs when it falls due; an exception from the handler ends the sleep, otherwise the
 * sleep goes on to its end. Under SIG_DFL the alarm ends the process, as it does CPython's.
 */
export function sleepWithSignals(ms: number): void {
  const end = Date.now() + ms;
  for (;;) {
    const now = Date.now();
    if (now >= end) return;
    if (alarmDeadline !== 0 && alarmDeadline <= end) {
      sleepMs(alarmDeadline - now);
      fireAlarm();
      continue;
    }
    sleepMs(end - now);
    return;
  }
}

/** Whether a signal can still arrive while the VM waits (only the pending alarm can, in one thread). */
export function alarmPending(): boolean {
  return alarmDeadline !== 0;
}

/**
 * A wait of up to `ms` (Infinity: with no end) that a signal cuts short, as EINTR cuts select(),
 * poll() and a blocking socket call: when the pending alarm falls due first its handler runs (an
 * exception from it propagates) and the result is true, so that the caller looks again (PEP 475).
 */
export function waitInterruptible(ms: number): boolean {
  const now = Date.now();
  if (alarmDeadline !== 0 && alarmDeadline <= now + ms) {
    sleepMs(alarmDeadline - now);
    fireAlarm();
    return true;
  }
  if (ms === Infinity) for (;;) Atomics.wait(sleepCell, 0, 0);
  sleepMs(ms);
  return false;
}

/** The one signal the VM can wait for: the pending alarm. */
function waitForAlarm(): void {
  if (alarmDeadline === 0) {
    // Nothing can arrive: pause() blocks as CPython's would (an uncaught signal still ends the process).
    for (;;) Atomics.wait(sleepCell, 0, 0);
  }
  sleepMs(alarmDeadline - Date.now());
  fireAlarm();
}

function fireAlarm(): void {
  alarmDeadline = alarmInterval > 0 ? Date.now() + alarmInterval : 0;
  tripSignal(14);
  fromKernel.add(14);
  checkSignals();
}

/**
 * sigwait/sigwaitinfo/sigtimedwait: take a pending signal of the set (the lowest), waiting for the
 * alarm when it is in the set; null when `timeoutMs` passes first. Blocks for good when nothing can come.
 */
function waitForSignal(set: number[], timeoutMs: number | null): [number, boolean] | null {
  const deadline = timeoutMs === null ? null : Date.now() + timeoutMs;
  for (;;) {
    for (const n of [...set].sort((a, b) => a - b)) {
      if (tripped.has(n)) {
        tripped.delete(n);
        const kernel = fromKernel.delete(n);
        return [n, kernel];
      }
    }
    const alarm = set.includes(14) && alarmDeadline !== 0 ? alarmDeadline : null;
    if (alarm === null && deadline === null) for (;;) Atomics.wait(sleepCell, 0, 0);
    const until = alarm === null ? deadline! : deadline === null ? alarm : Math.min(alarm, deadline);
    sleepMs(until - Date.now());
    if (alarm !== null && Date.now() >= alarm) {
      alarmDeadline = alarmInterval > 0 ? Date.now() + alarmInterval : 0;
      tripped.add(14);
      fromKernel.add(14);
      continue;
    }
    if (deadline !== null && Date.now() >= deadline) return null;
  }
}

const siginfoType = structSeqType('signal.struct_siginfo', ['si_signo', 'si_code', 'si_errno', 'si_pid', 'si_uid', 'si_status', 'si_band']);

/** The siginfo_t of a signal raised by the process itself (SI_USER, its pid and uid) or by the kernel's timer. */
function siginfo(n: number, kernel: boolean): Value {
  if (kernel) return new PyTuple([n, 128, 0, 0, 0, 0, 0], siginfoType);
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  return new PyTuple([n, 0, 0, process.pid, uid, 0, process.pid + uid * 2 ** 32], siginfoType);
}

// ---------------------------------------------------------------- module functions

/** PyCallable_Check. */
function isCallable(v: Value): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== null;
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('_signal', 'This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\nsetitimer() -- cause a signal (described below) after a specified\n               float time and the timer may restart then [Unix only]\ngetitimer() -- get current value of timer [Unix only]\nsignal() -- set the action for a given signal\ngetsignal() -- get the signal action for a given signal\npause() -- wait until a signal arrives [Unix only]\ndefault_int_handler() -- default SIGINT handler\n\nsignal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\nITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\nITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\nITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n               Coupled with ITIMER_VIRTUAL, this timer is usually\n               used to profile the code running in the process.\n               ITIMER_PROF upon expiration delivers SIGPROF\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.');
  const d = m.dict;
  const F = (name: string, fn: (args: Value[], kw: string[] | null) => Value, doc: string | null = null): void => {
    moduleFunction(d, '_signal', name, fn, doc);
  };
  d.set('SIG_DFL', SIG_DFL);
  d.set('SIG_IGN', SIG_IGN);
  d.set('NSIG', NSIG);
  d.set('SIG_BLOCK', 0);
  d.set('SIG_UNBLOCK', 1);
  d.set('SIG_SETMASK', 2);
  for (const [name, n] of SIGNALS) d.set(name, n);
  d.set('ITIMER_REAL', 0);
  d.set('ITIMER_VIRTUAL', 1);
  d.set('ITIMER_PROF', 2);
  const itimerError = new PyType(typeType, 'signal.itimer_error', [OSError], 1 << 10);
  d.set('ItimerError', itimerError);
  d.set('default_int_handler', defaultIntHandler);

  const onlyPos = (name: string, args: Value[], kw: string[] | null, min: number, max: number): void => {
    if (kw !== null && kw.length) typeError(`_signal.${name}() takes no keyword arguments`);
    checkPositional(name, args.length, min, max);
  };

  F('signal', (args, kw) => {
    onlyPos('signal', args, kw, 2, 2);
    const n = signum(args[0]);
    const h = args[1];
    checkRange(n);
    let stored: Value;
    if (isCallable(h)) stored = h;
    else if (A.eqBool(h, SIG_IGN)) stored = SIG_IGN;
    else if (A.eqBool(h, SIG_DFL)) stored = SIG_DFL;
    else typeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
    // Pending signals are handled under the old handler first.
    checkSignals();
    if (UNSETTABLE.has(n)) osError(22, 'Invalid argument');
    const old = handlers[n];
    handlers[n] = stored!;
    setNodeIgnore(n, isIgnore(stored!));
    return old;
  });
  F('getsignal', (args, kw) => {
    onlyPos('getsignal', args, kw, 1, 1);
    const n = signum(args[0]);
    checkRange(n);
    return handlers[n];
  });
  F('strsignal', (args, kw) => {
    onlyPos('strsignal', args, kw, 1, 1);
    const n = signum(args[0]);
    checkRange(n);
    if (n < DESCRIPTIONS.length) return DESCRIPTIONS[n];
    if (n >= 34) return `Real-time signal ${n - 34}`;
    return None;
  });
  F('valid_signals', (args, kw) => {
    onlyPos('valid_signals', args, kw, 0, 0);
    const out: Value[] = [];
    for (let n = 1; n < NSIG; n++) if (n !== 32 && n !== 33) out.push(n);
    return newSet(out);
  });
  F('raise_signal', (args, kw) => {
    onlyPos('raise_signal', args, kw, 1, 1);
    const n = signum(args[0]);
    if (n < 0 || n >= NSIG) osError(22, 'Invalid argument');
    if (n !== 0) {
      tripSignal(n);
      checkSignals();
    }
    return None;
  });
  F('pthread_kill', (args, kw) => {
    onlyPos('pthread_kill', args, kw, 2, 2);
    const ident = A.intValue(args[0]);
    if (ident === null) typeError(`'${A.typeName(args[0])}' object cannot be interpreted as an integer`);
    const n = signum(args[1]);
    if (ident !== A.intValue(A.call(lazy_thread_ident(), []))) osError(3, 'No such process');
    if (n < 0 || n >= NSIG) osError(22, 'Invalid argument');
    if (n !== 0) {
      tripSignal(n);
      checkSignals();
    }
    return None;
  });
  F('siginterrupt', (args, kw) => {
    onlyPos('siginterrupt', args, kw, 2, 2);
    const n = signum(args[0]);
    signum(args[1]);
    checkRange(n);
    return None;
  });
  F('set_wakeup_fd', (args, kw) => {
    const [fdv, warn] = parseArgs('set_wakeup_fd', args, kw, ['', 'warn_on_full_buffer'], 1, 1, 1);
    if (warn !== null) A.isTrue(warn);
    const fd = signum(fdv!);
    if (fd !== -1) {
      const sock = lazy_socket();
      if (sock.isSocketFd(fd)) {
        if (sock.socketFdBlocking(fd)) valueError(`the fd ${fd} must be in non-blocking mode`);
      } else {
        try {
          lazy_fs().fstatSync(fd);
        } catch {
          osError(9, 'Bad file descriptor');
        }
        if (isBlocking(fd)) valueError(`the fd ${fd} must be in non-blocking mode`);
      }
    }
    const old = wakeupFd;
    wakeupFd = fd;
    return old;
  });
  F('alarm', (args, kw) => {
    onlyPos('alarm', args, kw, 1, 1);
    const secs = signum(args[0]);
    const left = remainingSeconds();
    alarmDeadline = secs > 0 ? Date.now() + secs * 1000 : 0;
    alarmInterval = 0;
    return left;
  });
  F('pause', (args, kw) => {
    onlyPos('pause', args, kw, 0, 0);
    checkSignals();
    waitForAlarm();
    return None;
  });
  F('setitimer', (args, kw) => {
    onlyPos('setitimer', args, kw, 2, 3);
    const which = signum(args[0]);
    const delay = timeval(args[1], itimerError);
    const interval = args.length > 2 ? timeval(args[2], itimerError) : 0;
    const old = itimerValue(which, itimerError);
    if (which !== 0) throw newException(lazy_exc().NotImplementedError, 'signal.setitimer: only ITIMER_REAL is supported by Typhon');
    alarmDeadline = delay > 0 ? Date.now() + delay * 1000 : 0;
    alarmInterval = delay > 0 ? interval * 1000 : 0;
    return old;
  });
  F('getitimer', (args, kw) => {
    onlyPos('getitimer', args, kw, 1, 1);
    return itimerValue(signum(args[0]), itimerError);
  });
  F('pthread_sigmask', (args, kw) => {
    onlyPos('pthread_sigmask', args, kw, 2, 2);
    const how = signum(args[0]);
    const set = sigset(args[1]);
    const previous = newSet([...blocked].sort((a, b) => a - b));
    if (how === 0) for (const n of set) blocked.add(n);
    else if (how === 1) for (const n of set) blocked.delete(n);
    else if (how === 2) {
      blocked.clear();
      for (const n of set) blocked.add(n);
    } else osError(22, 'Invalid argument');
    blocked.delete(9);
    blocked.delete(19);
    // Signals that were waiting behind the mask arrive now.
    checkSignals();
    return previous;
  });
  d.set('struct_siginfo', siginfoType);
  F('sigwait', (args, kw) => {
    onlyPos('sigwait', args, kw, 1, 1);
    return waitForSignal(sigset(args[0]), null)![0];
  });
  F('sigwaitinfo', (args, kw) => {
    if (kw !== null && kw.length) typeError('_signal.sigwaitinfo() takes no keyword arguments');
    if (args.length !== 1) typeError(`_signal.sigwaitinfo() takes exactly one argument (${args.length} given)`);
    const [n, kernel] = waitForSignal(sigset(args[0]), null)!;
    return siginfo(n, kernel);
  });
  F('sigtimedwait', (args, kw) => {
    onlyPos('sigtimedwait', args, kw, 2, 2);
    const set = sigset(args[0]);
    const f = A.floatValue(args[1]);
    const secs = f !== null ? f : Number(A.asIndex(args[1]));
    if (Number.isNaN(secs)) valueError('Invalid value NaN (not a number)');
    if (secs < 0) valueError('timeout must be non-negative');
    const r = waitForSignal(set, secs * 1000);
    return r === null ? None : siginfo(r[0], r[1]);
  });
  F('sigpending', (args, kw) => {
    onlyPos('sigpending', args, kw, 0, 0);
    return newSet([...tripped].filter((n) => blocked.has(n)).sort((a, b) => a - b));
  });
  return m;
}
const lazy_exc = lazy(() => require('../objects/exceptions') as typeof import('../objects/exceptions'));

/** _thread.get_ident, through the import system (the modules load each other lazily). */
function lazy_thread_ident(): Value {
  const imp = lazy_builtins().builtinsDict.getStr('__import__')!;
  return A.getAttr(A.call(imp, ['_thread']), 'get_ident');
}
const lazy_builtins = lazy(() => require('./builtins') as typeof import('./builtins'));

function remainingSeconds(): number {
  if (alarmDeadline === 0) return 0;
  const left = (alarmDeadline - Date.now()) / 1000;
  // alarm() rounds the time left to the nearest second, and reports a running alarm as at least 1.
  return Math.max(1, Math.round(left));
}

function timeval(v: Value, err: PyType): number {
  const f = A.floatValue(v);
  let x: number;
  if (f !== null) x = f;
  else {
    const i = A.intValue(v);
    if (i === null) typeError(`'${A.typeName(v)}' object cannot be interpreted as an integer`);
    x = Number(i);
  }
  if (Number.isNaN(x)) valueError('Invalid value NaN (not a number)');
  if (x < 0) throw A.call(err, [22, 'Invalid argument']);
  return x;
}

function itimerValue(which: number, err: PyType): PyTuple {
  if (which < 0 || which > 2) throw A.call(err, [22, 'Invalid argument']);
  if (which !== 0 || alarmDeadline === 0) return new PyTuple([new PyFloat(0), new PyFloat(0)]);
  const left = Math.max(0, alarmDeadline - Date.now()) / 1000;
  return new PyTuple([new PyFloat(Math.round(left * 1e6) / 1e6), new PyFloat(alarmInterval / 1000)]);
}

function sigset(v: Value): number[] {
  const it = A.getIter(v);
  const out: number[] = [];
  for (let x = A.iterNext(it); x !== null; x = A.iterNext(it)) {
    const n = signum(x);
    if (n < 1 || n >= NSIG) valueError(`signal number ${n} out of range [1; ${NSIG - 1}]`);
    out.push(n);
  }
  return out;
}

/** Whether fd is in blocking mode (O_NONBLOCK clear), from Linux's /proc view of the descriptor. */
function isBlocking(fd: number): boolean {
  try {
    const info = lazy_fs().readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1');
    const m = /flags:\s*([0-7]+)/.exec(info);
    if (m !== null) return (parseInt(m[1], 8) & 0o4000) === 0;
  } catch {
    // No /proc: assume the caller made it non-blocking.
  }
  return false;
}

registerNative('_signal', create);
