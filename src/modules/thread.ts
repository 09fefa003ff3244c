/**
 * _thread (Modules/_threadmodule.c) for a VM with one JS thread.
 *
 * Locks and RLocks are real (state, owner, counts, CPython's errors); with
 * nothing else running, acquiring a lock that is held can only wait for
 * its timeout (the process sleeps) or, without one, never return: that
 * case raises RuntimeError naming it instead of hanging.
 *
 * start_new_thread runs the function to completion at once, as a thread
 * of its own: get_ident() gives it its own identity meanwhile, its
 * _set_sentinel locks are released when it ends, and an exception that
 * escapes it is reported as CPython reports one ("Exception ignored in
 * thread started by ..."). Threads therefore never interleave: programs
 * whose threads wait for one another (a queue fed by another thread) get
 * the RuntimeError above instead of their result.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { typeType, objectType, None, typeOf } from '../objects/types';
import { PyFloat } from '../objects/float_object';
import { PyTuple } from '../objects/containers';
import {
  newException, typeError, RuntimeError, ValueError, OverflowError, SystemExit, PyBaseException,
} from '../objects/exceptions';
import { method, methods, getset, newMethod, moduleFunction, parseArgs } from '../objects/define';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { structSeqType } from './structseq';
import { lazy } from '../util/lazy';

const lazy_sys = lazy(() => require('./sys') as typeof import('./sys'));
const lazy_traceback = lazy(() => require('../vm/traceback') as typeof import('../vm/traceback'));
const lazy_signal = lazy(() => require('./signal') as typeof import('./signal'));

const TIMEOUT_MAX = 9223372036.854776;

/** Thread identities: the main thread's, then one per thread started (a stack: they run nested). */
const MAIN_IDENT = 140000000000000 + (process.pid % 100000) * 4096;
const identStack: number[] = [MAIN_IDENT];
let nextIdent = MAIN_IDENT + 4096;
let running = 0;

const currentIdent = (): number => identStack[identStack.length - 1];

function sleepSeconds(s: number): void {
  if (s <= 0) return;
  const ms = Math.min(s * 1000, 2 ** 31 - 1);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** acquire()'s (blocking, timeout) arguments, validated as lock_acquire_parse_args does. */
function acquireArgs(args: Value[], kwnames: string[] | null, fname: string): { blocking: boolean; timeout: number } {
  const [b, t] = parseArgs(fname, args.slice(1), kwnames, ['blocking', 'timeout'], 0);
  const blocking = b === null ? true : A.isTrue(b);
  let timeout = -1;
  if (t !== null) {
    const f = A.floatValue(t) ?? Number(A.asIndex(t));
    timeout = f;
  }
  if (!blocking && timeout !== -1) throw newException(ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw newException(ValueError, 'timeout value must be positive');
  if (timeout > TIMEOUT_MAX) throw newException(OverflowError, 'timeout value is too large');
  return { blocking, timeout };
}

/** What a blocked acquire can do with nobody to release the lock. */
function waitHeld(blocking: boolean, timeout: number, what: string): boolean {
  if (!blocking) return false;
  if (timeout === -1) {
    throw newException(RuntimeError, `${what} is held and Typhon runs one thread at a time: acquiring it would block forever`);
  }
  sleepSeconds(timeout);
  return false;
}

// ---------------------------------------------------------------- lock

const lockType = new PyType(typeType, '_thread.lock', [objectType], 0);

class PyLock extends PyObject {
  locked = false;
  constructor() {
    super(lockType);
  }
}

function acquireLock(args: Value[], kwnames: string[] | null, fname: string): Value {
  const l = args[0] as PyLock;
  const { blocking, timeout } = acquireArgs(args, kwnames, fname);
  if (!l.locked) {
    l.locked = true;
    return true;
  }
  return waitHeld(blocking, timeout, 'the lock');
}

function releaseLock(args: Value[]): Value {
  const l = args[0] as PyLock;
  if (!l.locked) throw newException(RuntimeError, 'release unlocked lock');
  l.locked = false;
  return None;
}

methods(lockType, {
  acquire: (args, kw) => acquireLock(args, kw, 'acquire'),
  acquire_lock: (args, kw) => acquireLock(args, kw, 'acquire_lock'),
  __enter__: (args, kw) => acquireLock(args, kw, '__enter__'),
  release: releaseLock,
  release_lock: releaseLock,
  __exit__: releaseLock,
  locked: (args) => (args[0] as PyLock).locked,
  locked_lock: (args) => (args[0] as PyLock).locked,
  _at_fork_reinit: (args) => {
    (args[0] as PyLock).locked = false;
    return None;
  },
  __repr__: (args) => {
    const l = args[0] as PyLock;
    return `<${l.locked ? 'locked' : 'unlocked'} _thread.lock object at 0x${A.id(l).toString(16).padStart(12, '0')}>`;
  },
});

// ---------------------------------------------------------------- RLock

const rlockType = new PyType(typeType, '_thread.RLock', [objectType], TPFLAGS_BASETYPE);

class PyRLock extends PyObject {
  owner = 0;
  count = 0;
}

newMethod(rlockType, (cls) => {
  const r = new PyRLock(cls);
  if (cls.hasInstanceDict) r.dict = new PyDict();
  return r;
});

function rlockAcquire(args: Value[], kwnames: string[] | null): Value {
  const r = args[0] as PyRLock;
  const { blocking, timeout } = acquireArgs(args, kwnames, 'acquire');
  const me = currentIdent();
  if (r.count > 0 && r.owner === me) {
    if (r.count >= 2 ** 32 - 1) throw newException(OverflowError, 'Internal lock count overflowed');
    r.count++;
    return true;
  }
  if (r.count > 0) return waitHeld(blocking, timeout, 'the RLock');
  r.owner = me;
  r.count = 1;
  return true;
}

function rlockRelease(args: Value[]): Value {
  const r = args[0] as PyRLock;
  if (r.count === 0 || r.owner !== currentIdent()) throw newException(RuntimeError, 'cannot release un-acquired lock');
  if (--r.count === 0) r.owner = 0;
  return None;
}

methods(rlockType, {
  acquire: rlockAcquire,
  __enter__: rlockAcquire,
  release: rlockRelease,
  __exit__: rlockRelease,
  _is_owned: (args) => {
    const r = args[0] as PyRLock;
    return r.count > 0 && r.owner === currentIdent();
  },
  _release_save: (args) => {
    const r = args[0] as PyRLock;
    if (r.count === 0) throw newException(RuntimeError, 'cannot release un-acquired lock');
    const state = new PyTuple([r.count, r.owner]);
    r.count = 0;
    r.owner = 0;
    return state;
  },
  _acquire_restore: (args) => {
    const r = args[0] as PyRLock;
    const st = args[1] as PyTuple;
    if (r.count > 0 && r.owner !== currentIdent()) waitHeld(true, -1, 'the RLock');
    r.count = Number(A.asIndex(st.items[0]));
    r.owner = Number(A.asIndex(st.items[1]));
    return None;
  },
  _at_fork_reinit: (args) => {
    const r = args[0] as PyRLock;
    r.count = 0;
    r.owner = 0;
    return None;
  },
  __repr__: (args) => {
    const r = args[0] as PyRLock;
    const name = typeOf(r).qualname === 'RLock' ? '_thread.RLock' : `${A.str(A.getAttr(typeOf(r), '__module__'))}.${typeOf(r).qualname}`;
    return `<${r.count > 0 ? 'locked' : 'unlocked'} ${name} object owner=${r.owner} count=${r.count} at 0x${A.id(r).toString(16).padStart(12, '0')}>`;
  },
});

// ---------------------------------------------------------------- _local

const localType = new PyType(typeType, '_thread._local', [objectType], TPFLAGS_BASETYPE);
localType.hasInstanceDict = true;
newMethod(localType, (cls, args, kwnames) => {
  // localnew: arguments only when a subclass has its own __init__ to take them.
  if ((args.length > 0 || (kwnames !== null && kwnames.length > 0)) && cls.lookup('__init__') === objectType.dict.getStr('__init__')) {
    typeError('Initialization arguments are not supported');
  }
  const o = new PyObject(cls);
  o.dict = new PyDict();
  return o;
});
getset(localType, '__dict__', (self) => (self as PyObject).dict ?? ((self as PyObject).dict = new PyDict()));

// ---------------------------------------------------------------- threads

/** _set_sentinel locks of the running threads, released when each ends. */
const sentinels: PyLock[][] = [[]];

function reportThreadException(fn: Value, e: PyBaseException): void {
  if (e.ob_type.isSubtype(SystemExit)) return;
  const { getStderr, writeTo } = lazy_sys();
  const { formatException } = lazy_traceback();
  const err = getStderr();
  if (err === None) return;
  writeTo(err, `Exception ignored in thread started by: ${A.repr(fn)}\n`);
  writeTo(err, formatException(e));
}

const exceptHookArgsType = structSeqType('_thread._ExceptHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'thread']);

/**
 * _thread._excepthook (thread_excepthook): "Exception in thread NAME:" and the exception's report on
 * sys.stderr (or the thread's _stderr when sys.stderr is None), SystemExit silently ignored.
 */
function threadExcepthook(hookArgs: Value): Value {
  if (typeOf(hookArgs) !== exceptHookArgsType) typeError('_thread.excepthook argument type must be ExceptHookArgs');
  const [excType, excValue, excTb, thread] = (hookArgs as PyTuple).items;
  if (excType === SystemExit) return None;
  const { getStderr, writeTo } = lazy_sys();
  let file = getStderr();
  if (file === None) {
    if (thread === None) return None;
    file = A.getAttr(thread, '_stderr');
    if (file === None) return None;
  }
  const name = thread === None ? null : A.getAttrOrNull(thread, 'name');
  writeTo(file, `Exception in thread ${name === null ? String(currentIdent()) : A.str(name)}:\n`);
  if (excValue instanceof PyBaseException && excTb !== None && excTb !== excValue.traceback) excValue.traceback = excTb as PyObject;
  writeTo(file, lazy_traceback().formatException(excValue));
  A.callMethod(file, 'flush', []);
  return None;
}

function startNewThread(args: Value[]): Value {
  if (args.length < 2 || args.length > 3) typeError(`start_new_thread expected at least 2 arguments, got ${args.length}`);
  const [fn, fargs, fkw] = args;
  if (A.getAttrOrNull(fn, '__call__') === null) typeError('first arg must be callable');
  if (!(fargs instanceof PyTuple)) typeError('2nd arg must be a tuple');
  if (fkw !== undefined && !(fkw instanceof PyDict)) typeError('optional 3rd arg must be a dictionary');
  const ident = nextIdent;
  nextIdent += 4096;
  identStack.push(ident);
  sentinels.push([]);
  running++;
  try {
    const kwnames: string[] = [];
    const argv = (fargs as PyTuple).items.slice();
    if (fkw instanceof PyDict) {
      for (const [k, v] of fkw.entries()) {
        kwnames.push(A.strValue(k));
        argv.push(v);
      }
    }
    A.call(fn, argv, kwnames.length ? kwnames : null);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    reportThreadException(fn, e);
  } finally {
    running--;
    for (const l of sentinels.pop()!) l.locked = false;
    identStack.pop();
  }
  return ident;
}


function create(): ReturnType<typeof newModule> {
  const m = newModule('_thread', 'This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.');
  const d = m.dict;
  const F = (name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    moduleFunction(d, '_thread', name, fn);
  };
  d.set('LockType', lockType);
  d.set('RLock', rlockType);
  d.set('_local', localType);
  d.set('error', RuntimeError);
  d.set('TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX));
  F('allocate_lock', () => new PyLock());
  F('allocate', () => new PyLock());
  F('get_ident', () => currentIdent());
  F('get_native_id', () => (currentIdent() === MAIN_IDENT ? process.pid : process.pid + (currentIdent() - MAIN_IDENT) / 4096));
  F('_count', () => running);
  let stackSize = 0;
  F('stack_size', (args) => {
    const old = stackSize;
    if (args.length > 0) {
      const n = Number(A.asIndex(args[0]));
      if (n !== 0 && n < 32768) throw newException(ValueError, 'size not valid: 32768 bytes');
      stackSize = n;
    }
    return old;
  });
  F('_set_sentinel', () => {
    const l = new PyLock();
    sentinels[sentinels.length - 1].push(l);
    return l;
  });
  F('start_new_thread', (args) => startNewThread(args));
  F('start_new', (args) => startNewThread(args));
  F('exit', () => {
    throw newException(SystemExit);
  });
  F('exit_thread', () => {
    throw newException(SystemExit);
  });
  d.set('_ExceptHookArgs', exceptHookArgsType);
  F('_excepthook', (args, kw) => {
    if (kw !== null && kw.length) typeError('_thread._excepthook() takes no keyword arguments');
    if (args.length !== 1) typeError(`_thread._excepthook() takes exactly one argument (${args.length} given)`);
    return threadExcepthook(args[0]);
  });
  F('interrupt_main', (args, kw) => {
    if (kw !== null && kw.length) typeError('interrupt_main() takes no keyword arguments');
    if (args.length > 1) typeError(`signum() takes at most 1 argument (${args.length} given)`);
    lazy_signal().interruptMain(args.length ? args[0] : 2);
    return None;
  });
  return m;
}

registerNative('_thread', create);

void method;
