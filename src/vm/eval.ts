/**
 * The eval loop (Python/ceval.c's _PyEval_EvalFrameDefault for 3.11): one
 * switch over the decoded code units, frame state in JS locals, Python→Python
 * calls and returns inside the loop on the VM's own frame stack, Python
 * raise/except without JS throws, one try/catch around the dispatch turning
 * what native code throws into the current exception (docs/vm-design.md).
 *
 * Large or rare instruction bodies live in ops.ts; this function keeps the
 * hot paths inline.
 */
import { type Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyFloat } from '../objects/float_object';
import { PyTuple, PyList, tuple, EMPTY_TUPLE } from '../objects/containers';
import { PyFunction, PyCell, PyBuiltin, PyMethod, PyMethodDescr, PyCode } from '../objects/function';
import { None, NotImplemented, typeOf, objectType } from '../objects/types';
import {
  PyBaseException, newException, NameError, UnboundLocalError, TypeError, SystemError, RecursionError,
  StopIteration, typeError, AssertionError,
} from '../objects/exceptions';
import * as A from '../objects/abstract';
import { PyNativeIter } from '../objects/abstract';
import { Op } from './opcodes';
import { Frame } from './frame';
import { decode, newCaches } from './decode';
import { prepareConsts } from './consts';
import { makeFrame } from './call';
import { ts, topmostException } from './thread_state';
import * as X from './ops';
import { PyType } from '../objects/type';
import * as TR from './tracing';
import { CO_FAST_FREE } from '../bytecode/code';
import { lazy } from '../util/lazy';
import { warmJit } from './jit/compile';
import { NEST_LIMIT, EXC, takeExc } from './jit/runtime';
const lazy_exceptions = lazy(() => require('../objects/exceptions') as typeof import('../objects/exceptions'));

const MAX = Number.MAX_SAFE_INTEGER;

/** Set on a frame's return: whether it yielded (suspended) rather than returned. */
/** LOAD_GLOBAL's inline cache: where the name was found and the dicts' key versions then. */
export interface GlobalCache {
  g: PyDict;
  gv: number;
  /** null when found in the globals, else the builtins dict it was found in. */
  b: PyDict | null;
  bv: number;
  idx: number;
}


export const SUSPENDED: { value: boolean } = { value: false };

/** Convert anything a native `throw` produced into a Python exception (never let a JS error reach the user). */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  // No regular expression here: with the stack exhausted, compiling one fails too ("Stack overflow").
  const m = e instanceof Error ? e.message : '';
  if (m.indexOf('call stack') >= 0 || m.indexOf('Stack overflow') >= 0 || m.indexOf('too much recursion') >= 0) {
    return newException(RecursionError, 'maximum recursion depth exceeded');
  }
  const err = e as { message?: string; stack?: string };
  const msg = process.env.TYPHON_DEBUG ? String(err?.stack ?? e) : `internal error in Typhon: ${err?.message ?? String(e)}`;
  return newException(SystemError, msg);
}

export function unboundLocal(code: PyCode, i: number): never {
  const name = code.co.co_localsplusnames[i];
  if (code.co.co_localspluskinds[i] & CO_FAST_FREE) {
    throw newException(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  throw newException(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function nameError(name: string): never {
  const e = newException(NameError, `name '${name}' is not defined`);
  const { setExcAttr } = lazy_exceptions();
  setExcAttr(e, 'name', name);
  throw e;
}

/** Run a Python function called from native code: a nested loop on a new entry frame. */
export function callPython(func: PyFunction, args: Value[], kwnames: string[] | null): Value {
  const f = makeFrame(func, args, kwnames);
  f.entry = true;
  return runFrame(f, null);
}

A.hooks.callPython = callPython;

/**
 * Execute `frame` (and every Python frame it calls) until it returns or
 * yields; with `throwExc`, resume it by raising that exception at the
 * current instruction (generator.throw). Exceptions leaving the frame are
 * thrown as PyBaseException objects. The frame runs in its code's compiled
 * function when there is one (vm/jit), else in this loop.
 */
export function runFrame(frame: Frame, throwExc: PyBaseException | null): Value {
  const j = warmJit(frame.code);
  if (j !== null && ts.nest < NEST_LIMIT && !TR.useTracing()) {
    const r = j(frame, throwExc);
    if (r === EXC) throw takeExc();
    return r;
  }
  return interpret(frame, throwExc);
}

/** runFrame in the interpreter loop whatever the code. */
export function interpret(frame: Frame, throwExc: PyBaseException | null): Value {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw newException(RecursionError, 'maximum recursion depth exceeded');
  }
  // The depth to restore however this call ends (a JS stack overflow can interrupt the unwinder itself).
  const depth0 = ts.depth - 1;
  frame.entry = true;
  const callerFrame = ts.frame;
  frame.back = callerFrame;
  let f = frame;
  let code = f.code;
  let instrs = code.instrs ?? (code.instrs = decode(code));
  let consts = code.consts ?? prepareConsts(code);
  let names = code.co.co_names;
  let caches = code.caches ?? (code.caches = newCaches(instrs.length));
  let s = f.s;
  let sp = f.sp;
  let pc = f.pc;
  let exc: PyBaseException | null = throwExc;
  /**
   * The instruction whose handler the unwinder looks for: the one that raised
   * (never f_lasti, which RERAISE restores for the traceback: ceval.c's
   * exception_unwind uses INSTR_OFFSET() for the same reason), or the CALL in
   * a caller the exception propagates into.
   */
  let errAt = f.lasti;
  /** Whether the unwinder adds a traceback entry for the current frame (CPython's `error:` vs `exception_unwind:`). */
  let addTb = true;
  /** Set when a frame handed to compiled code (OSR) raised: it has unwound already. */
  let finished = false;
  let osrBack: Frame | null = null;
  f.executing = true;
  ts.frame = f;
  // Tracing is decided at entry and after every call that could have changed it (sys.settrace is a call).
  let traced = TR.useTracing();
  try {
    for (;;) {
      if (exc === null) {
        try {
          dispatch: for (;;) {
            const word = instrs[pc++];
            const arg = word >> 8;
            if (traced) TR.traceInstruction(f, pc - 1);
            switch (word & 255) {
              case Op.NOP:
              case Op.RESUME:
              case Op.EXTENDED_ARG:
              case Op.CACHE:
                continue;
              case Op.LOAD_FAST: {
                const v = s[arg];
                if (v === null) {
                  f.lasti = pc - 1;
                  unboundLocal(code, arg);
                }
                s[sp++] = v;
                continue;
              }
              case Op.LOAD_CONST:
                s[sp++] = consts[arg];
                continue;
              case Op.STORE_FAST:
                s[arg] = s[--sp];
                continue;
              case Op.POP_TOP:
                sp--;
                continue;
              case Op.PUSH_NULL:
                s[sp++] = null;
                continue;
              case Op.COPY:
                s[sp] = s[sp - arg];
                sp++;
                continue;
              case Op.SWAP: {
                const t = s[sp - 1];
                s[sp - 1] = s[sp - arg];
                s[sp - arg] = t;
                continue;
              }
              case Op.BINARY_OP: {
                const b = s[--sp]!;
                const a = s[sp - 1]!;
                if (typeof a === 'number' && typeof b === 'number') {
                  if (arg === 0 || arg === 13) {
                    const r = a + b;
                    if (r <= MAX && r >= -MAX) {
                      s[sp - 1] = r;
                      pc++;
                      continue;
                    }
                  } else if (arg === 10 || arg === 23) {
                    const r = a - b;
                    if (r <= MAX && r >= -MAX) {
                      s[sp - 1] = r;
                      pc++;
                      continue;
                    }
                  } else if (arg === 5 || arg === 18) {
                    const r = a * b;
                    if (r <= MAX && r >= -MAX) {
                      s[sp - 1] = r === 0 ? 0 : r;
                      pc++;
                      continue;
                    }
                  } else if ((arg === 6 || arg === 19) && b !== 0) {
                    // Floor modulo: the result takes the divisor's sign (-0 is 0).
                    let r = a % b;
                    if (r !== 0 && r < 0 !== b < 0) r += b;
                    s[sp - 1] = r === 0 ? 0 : r;
                    pc++;
                    continue;
                  } else if ((arg === 2 || arg === 15) && b !== 0) {
                    s[sp - 1] = X.intFloorDivFast(a, b);
                    pc++;
                    continue;
                  }
                  const r = X.bigIntBinary(a, b, arg);
                  if (r !== null) {
                    s[sp - 1] = r;
                    pc++;
                    continue;
                  }
                } else if (typeof a === 'bigint' || typeof b === 'bigint') {
                  const r = X.bigIntBinary(a, b, arg);
                  if (r !== null) {
                    s[sp - 1] = r;
                    pc++;
                    continue;
                  }
                } else {
                  const r = X.floatBinary(a, b, arg);
                  if (r !== null) {
                    s[sp - 1] = r;
                    pc++;
                    continue;
                  }
                }
                f.lasti = pc - 1;
                s[sp - 1] = A.binaryOp(a, b, arg);
                pc++;
                continue;
              }
              case Op.COMPARE_OP: {
                const b = s[--sp]!;
                const a = s[sp - 1]!;
                if (typeof a === 'number' && typeof b === 'number') {
                  let r: boolean;
                  switch (arg) {
                    case 0:
                      r = a < b;
                      break;
                    case 1:
                      r = a <= b;
                      break;
                    case 2:
                      r = a === b;
                      break;
                    case 3:
                      r = a !== b;
                      break;
                    case 4:
                      r = a > b;
                      break;
                    default:
                      r = a >= b;
                  }
                  s[sp - 1] = r;
                } else {
                  f.lasti = pc - 1;
                  s[sp - 1] = A.richCompare(a, b, arg);
                }
                pc += 2;
                continue;
              }
              case Op.POP_JUMP_FORWARD_IF_FALSE:
              case Op.POP_JUMP_BACKWARD_IF_FALSE: {
                const v = s[--sp]!;
                if (v === false) pc = arg;
                else if (v !== true) {
                  f.lasti = pc - 1;
                  if (!A.isTrue(v)) pc = arg;
                }
                if ((word & 255) === Op.POP_JUMP_BACKWARD_IF_FALSE && ts.interrupt) X.checkInterrupt();
                continue;
              }
              case Op.POP_JUMP_FORWARD_IF_TRUE:
              case Op.POP_JUMP_BACKWARD_IF_TRUE: {
                const v = s[--sp]!;
                if (v === true) pc = arg;
                else if (v !== false) {
                  f.lasti = pc - 1;
                  if (A.isTrue(v)) pc = arg;
                }
                continue;
              }
              case Op.POP_JUMP_FORWARD_IF_NONE:
              case Op.POP_JUMP_BACKWARD_IF_NONE:
                if (s[--sp] === None) pc = arg;
                continue;
              case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
              case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
                if (s[--sp] !== None) pc = arg;
                continue;
              case Op.JUMP_IF_FALSE_OR_POP: {
                const v = s[sp - 1]!;
                f.lasti = pc - 1;
                if (v === false || (v !== true && !A.isTrue(v))) pc = arg;
                else sp--;
                continue;
              }
              case Op.JUMP_IF_TRUE_OR_POP: {
                const v = s[sp - 1]!;
                f.lasti = pc - 1;
                if (v === true || (v !== false && A.isTrue(v))) pc = arg;
                else sp--;
                continue;
              }
              case Op.JUMP_FORWARD:
              case Op.JUMP_BACKWARD_NO_INTERRUPT:
                pc = arg;
                continue;
              case Op.JUMP_BACKWARD:
                pc = arg;
                if (ts.interrupt) {
                  f.lasti = pc - 1;
                  X.checkInterrupt();
                }
                if (f.locals === null && !traced && ts.nest < NEST_LIMIT) {
                  // A hot loop (OSR): the frame goes on in its compiled code from the loop head; what that
                  // returns, or raises out of it, is this frame's return or exception.
                  const j = warmJit(code);
                  if (j === null) continue;
                  const back = f.back;
                  const initSelf = f.initSelf;
                  f.initSelf = null;
                  f.pc = pc;
                  f.sp = sp;
                  ts.depth--;
                  ts.frame = back;
                  let v: Value;
                  try {
                    v = j(f, null);
                    if (v === EXC) throw takeExc();
                  } catch (e) {
                    // The frame is finished: unwinding goes on in its caller.
                    exc = toPyException(e);
                    finished = true;
                    osrBack = back;
                    break dispatch;
                  }
                  traced = TR.useTracing();
                  if (f === frame) return v;
                  f = back!;
                  ts.frame = f;
                  code = f.code;
                  instrs = code.instrs!;
                  consts = code.consts!;
                  names = code.co.co_names;
                  caches = code.caches!;
                  s = f.s;
                  sp = f.sp;
                  pc = f.pc;
                  if (initSelf !== null) {
                    if (v !== None) X.initReturnedNonNone(v);
                    s[sp++] = initSelf;
                    continue;
                  }
                  s[sp++] = v;
                }
                continue;
              case Op.LOAD_GLOBAL: {
                // Inline cache (LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN): the entry index is valid while
                // neither dict gains or loses a key.
                const c = caches[pc - 1] as GlobalCache | null;
                const g = f.globals;
                let v: Value | null;
                if (c !== null && c.g === g && c.gv === g.keysVersion) {
                  if (c.b === null) v = g.vals[c.idx];
                  else if (c.b === f.builtins && c.bv === c.b.keysVersion) v = c.b.vals[c.idx];
                  else v = X.loadGlobalSlow(f, names[arg >> 1], caches, pc - 1);
                } else v = X.loadGlobalSlow(f, names[arg >> 1], caches, pc - 1);
                if (arg & 1) s[sp++] = null;
                s[sp++] = v;
                pc += 5;
                continue;
              }
              case Op.STORE_GLOBAL:
                f.globals.set(names[arg], s[--sp]!);
                continue;
              case Op.DELETE_GLOBAL:
                if (f.globals.delete(names[arg]) === null) {
                  f.lasti = pc - 1;
                  nameError(names[arg]);
                }
                continue;
              case Op.LOAD_NAME: {
                const name = names[arg];
                f.lasti = pc - 1;
                let v: Value | null = X.localsGet(f, name);
                if (v === null) {
                  v = f.globals.getStr(name);
                  if (v === null) {
                    v = f.builtins.getStr(name) ?? X.siteBuiltinFor(f, name);
                    if (v === null) nameError(name);
                  }
                }
                s[sp++] = v;
                continue;
              }
              case Op.STORE_NAME:
                f.lasti = pc - 1;
                X.localsSet(f, names[arg], s[--sp]!);
                continue;
              case Op.DELETE_NAME:
                f.lasti = pc - 1;
                X.localsDelete(f, names[arg]);
                continue;
              case Op.LOAD_ATTR: {
                const o = s[sp - 1]!;
                const c = caches[pc - 1] as X.AttrCache | null;
                if (c !== null && typeof o === 'object' && o.ob_type === c.type && c.type.version === c.version) {
                  if (c.prop !== null) {
                    const g = c.prop.fget;
                    if (g instanceof PyFunction) {
                      f.lasti = pc - 1;
                      s[sp - 1] = callPython(g, [o], null);
                      traced = TR.useTracing();
                      pc += 4;
                      continue;
                    }
                  } else if (c.module === null) {
                    // LOAD_ATTR_INSTANCE_VALUE: no data descriptor on the type, the value in the instance dict.
                    const d = o.dict;
                    const v = d === null ? null : d.getStr(names[arg]);
                    if (v !== null) {
                      s[sp - 1] = v;
                      pc += 4;
                      continue;
                    }
                  } else if (c.module === o.dict && c.module.keysVersion === c.kv) {
                    // LOAD_ATTR_MODULE
                    s[sp - 1] = c.module.vals[c.idx]!;
                    pc += 4;
                    continue;
                  }
                }
                f.lasti = pc - 1;
                s[sp - 1] = X.loadAttrSlow(o, names[arg], caches, pc - 1);
                pc += 4;
                continue;
              }
              case Op.STORE_ATTR: {
                const o = s[--sp]!;
                const v = s[--sp]!;
                const c = caches[pc - 1] as X.AttrCache | null;
                if (c !== null && typeof o === 'object' && o.ob_type === c.type && c.type.version === c.version && o.dict !== null) {
                  // STORE_ATTR_INSTANCE_VALUE
                  o.dict.set(names[arg], v);
                  pc += 4;
                  continue;
                }
                f.lasti = pc - 1;
                X.storeAttrSlow(o, names[arg], v, caches, pc - 1);
                pc += 4;
                continue;
              }
              case Op.DELETE_ATTR:
                f.lasti = pc - 1;
                A.delAttr(s[--sp]!, names[arg]);
                continue;
              case Op.LOAD_METHOD: {
                const o = s[sp - 1]!;
                const c = caches[pc - 1] as X.MethodCache | null;
                if (c !== null && typeof o === 'object' && o.ob_type === c.type && c.type.version === c.version && (o.dict === null || o.dict.getStr(names[arg]) === null)) {
                  // LOAD_METHOD_WITH_VALUES / _NO_DICT: the function found on the type.
                  s[sp - 1] = c.descr;
                  s[sp++] = o;
                  pc += 10;
                  continue;
                }
                f.lasti = pc - 1;
                const m = X.loadMethodSlow(o, names[arg], caches, pc - 1);
                if (m !== null) {
                  s[sp - 1] = m;
                  s[sp++] = o;
                } else {
                  s[sp - 1] = null;
                  s[sp++] = A.getAttr(o, names[arg]);
                }
                pc += 10;
                continue;
              }
              case Op.KW_NAMES:
                f.kwnames = X.kwNames(consts[arg] as PyTuple);
                continue;
              case Op.PRECALL: {
                // A bound method in the callable slot becomes (func, self), as CPython's PRECALL does.
                if (s[sp - arg - 2] === null) {
                  const c = s[sp - arg - 1];
                  if (c instanceof PyMethod) {
                    s[sp - arg - 2] = c.func;
                    s[sp - arg - 1] = c.self;
                  }
                }
                pc += 1;
                continue;
              }
              case Op.CALL: {
                const isMeth = s[sp - arg - 2] !== null;
                const nargs = arg + (isMeth ? 1 : 0);
                const callable = s[sp - nargs - 1]!;
                const kwnames = f.kwnames;
                f.kwnames = null;
                f.lasti = pc - 1;
                const base = sp - nargs;
                // Where the result goes: the two slots below the arguments (NULL/method, callable/self).
                const low = sp - arg - 2;
                // A Python function, or a class whose __init__ is one (3.13's CALL_ALLOC_AND_ENTER_INIT):
                // the callee's frame is pushed here and the loop goes on in it.
                let nf: Frame | null = null;
                if (callable instanceof PyFunction) {
                  const cco = callable.code;
                  if (kwnames === null && cco.simpleArgs === nargs) {
                    // Exactly the positional parameters: copy them from the stack, no binding needed.
                    nf = Frame.forCall(cco, callable);
                    const ns = nf.s;
                    for (let i = 0; i < nargs; i++) ns[i] = s[base + i];
                  } else nf = makeFrame(callable, s.slice(base, sp) as Value[], kwnames);
                } else if (callable instanceof PyType && !traced) {
                  const init = X.simpleInit(callable);
                  if (init !== null) {
                    const self = X.newPlainInstance(callable);
                    if (kwnames === null && init.code.simpleArgs === nargs + 1) {
                      nf = Frame.forCall(init.code, init);
                      const ns = nf.s;
                      ns[0] = self;
                      for (let i = 0; i < nargs; i++) ns[i + 1] = s[base + i];
                    } else nf = makeFrame(init, [self, ...(s.slice(base, sp) as Value[])], kwnames);
                    nf.initSelf = self;
                  }
                }
                if (nf !== null) {
                  const cco = nf.code;
                  const j = warmJit(cco);
                  if (j !== null && !traced && ts.nest < NEST_LIMIT) {
                    // Compiled callee: entered by a JS call, its value pushed here.
                    const initSelf = nf.initSelf;
                    nf.initSelf = null;
                    let res = j(nf, null);
                    if (res === EXC) throw takeExc();
                    if (initSelf !== null) {
                      if (res !== None) X.initReturnedNonNone(res);
                      res = initSelf;
                    }
                    traced = TR.useTracing();
                    sp = low;
                    s[sp++] = res;
                    pc += 4;
                    continue;
                  }
                  sp = low;
                  f.sp = sp;
                  f.pc = pc + 4;
                  if (ts.depth >= ts.recursionLimit) throw newException(RecursionError, 'maximum recursion depth exceeded');
                  // Everything that can fail happens before the switch, so an error is the caller's.
                  const ninstrs = cco.instrs ?? (cco.instrs = decode(cco));
                  const nconsts = cco.consts ?? prepareConsts(cco);
                  const ncaches = cco.caches ?? (cco.caches = newCaches(ninstrs.length));
                  ts.depth++;
                  nf.back = f;
                  f = nf;
                  ts.frame = f;
                  f.executing = true;
                  code = cco;
                  instrs = ninstrs;
                  consts = nconsts;
                  names = code.co.co_names;
                  caches = ncaches;
                  s = f.s;
                  sp = f.sp;
                  pc = 0;
                  continue;
                }
                let res: Value;
                if (traced) {
                  const cargs = s.slice(base, sp) as Value[];
                  res = callable instanceof PyBuiltin || callable instanceof PyMethodDescr
                    ? TR.profileCCall(f, callable, () => A.call(callable, cargs, kwnames))
                    : A.call(callable, cargs, kwnames);
                } else if (callable instanceof PyBuiltin && callable.self === null) {
                  res = callable.fn(s.slice(base, sp) as Value[], kwnames);
                } else if (callable instanceof PyMethodDescr) {
                  res = A.callMethodDescr(callable, s.slice(base, sp) as Value[], kwnames);
                } else {
                  res = A.call(callable, s.slice(base, sp) as Value[], kwnames);
                }
                traced = TR.useTracing();
                sp = low;
                s[sp++] = res;
                pc += 4;
                continue;
              }
              case Op.CALL_FUNCTION_EX: {
                f.lasti = pc - 1;
                const kw = arg & 1 ? s[--sp]! : null;
                const cargs = s[--sp]!;
                const callable = s[--sp]!;
                sp--; // the NULL below the callable
                const r = X.callEx(callable, cargs, kw);
                traced = TR.useTracing();
                s[sp++] = r;
                continue;
              }
              case Op.RETURN_VALUE: {
                const v = s[--sp]!;
                if (traced) TR.traceReturn(f, v);
                f.executing = false;
                f.sp = sp;
                ts.depth--;
                if (f === frame) {
                  SUSPENDED.value = false;
                  X.clearFrame(f);
                  return v;
                }
                const back = f.back!;
                const initSelf = f.initSelf;
                X.clearFrame(f);
                f = back;
                ts.frame = f;
                code = f.code;
                instrs = code.instrs!;
                consts = code.consts!;
                names = code.co.co_names;
                caches = code.caches!;
                s = f.s;
                sp = f.sp;
                pc = f.pc;
                if (initSelf !== null) {
                  // A class call's __init__ frame: the call's value is the instance.
                  if (v !== None) X.initReturnedNonNone(v);
                  s[sp++] = initSelf;
                  continue;
                }
                s[sp++] = v;
                continue;
              }
              case Op.GET_ITER: {
                const v = s[sp - 1]!;
                f.lasti = pc - 1;
                s[sp - 1] = A.getIter(v);
                continue;
              }
              case Op.FOR_ITER: {
                const it = s[sp - 1]!;
                f.lasti = pc - 1;
                // A Python subclass (heap type) may override __next__: only native iterator types go straight to next().
                const v = it instanceof PyNativeIter && (it.ob_type.flags & 512) === 0 ? it.next() : A.iterNext(it);
                if (v === null) {
                  sp--;
                  pc = arg;
                } else s[sp++] = v;
                continue;
              }
              case Op.BUILD_TUPLE: {
                const items = s.slice(sp - arg, sp) as Value[];
                sp -= arg;
                s[sp++] = tuple(items);
                continue;
              }
              case Op.BUILD_LIST: {
                const items = s.slice(sp - arg, sp) as Value[];
                sp -= arg;
                s[sp++] = new PyList(items);
                continue;
              }
              case Op.LIST_APPEND: {
                const v = s[--sp]!;
                (s[sp - arg] as PyList).items.push(v);
                continue;
              }
              case Op.BINARY_SUBSCR: {
                const k = s[--sp]!;
                const o = s[sp - 1]!;
                f.lasti = pc - 1;
                if (o instanceof PyList && typeof k === 'number' && o.ob_type === X.listTypeRef) {
                  const n = o.items.length;
                  const i = k < 0 ? k + n : k;
                  if (i >= 0 && i < n) {
                    s[sp - 1] = o.items[i];
                    pc += 4;
                    continue;
                  }
                }
                s[sp - 1] = A.getItem(o, k);
                pc += 4;
                continue;
              }
              case Op.STORE_SUBSCR: {
                const k = s[--sp]!;
                const o = s[--sp]!;
                const v = s[--sp]!;
                f.lasti = pc - 1;
                if (o instanceof PyList && typeof k === 'number' && o.ob_type === X.listTypeRef) {
                  const n = o.items.length;
                  const i = k < 0 ? k + n : k;
                  if (i >= 0 && i < n) {
                    o.items[i] = v;
                    pc += 1;
                    continue;
                  }
                }
                A.setItem(o, k, v);
                pc += 1;
                continue;
              }
              case Op.DELETE_SUBSCR: {
                const k = s[--sp]!;
                const o = s[--sp]!;
                f.lasti = pc - 1;
                A.delItem(o, k);
                continue;
              }
              case Op.IS_OP: {
                const b = s[--sp];
                const a = s[sp - 1];
                s[sp - 1] = (a === b) !== (arg === 1);
                continue;
              }
              case Op.CONTAINS_OP: {
                const b = s[--sp]!;
                const a = s[sp - 1]!;
                f.lasti = pc - 1;
                s[sp - 1] = A.contains(b, a) !== (arg === 1);
                continue;
              }
              case Op.UNARY_NOT: {
                const v = s[sp - 1]!;
                f.lasti = pc - 1;
                s[sp - 1] = v === true ? false : v === false ? true : !A.isTrue(v);
                continue;
              }
              case Op.UNARY_NEGATIVE:
                f.lasti = pc - 1;
                s[sp - 1] = A.unaryOp(s[sp - 1]!, '__neg__', '-');
                continue;
              case Op.UNARY_POSITIVE:
                f.lasti = pc - 1;
                s[sp - 1] = A.unaryOp(s[sp - 1]!, '__pos__', '+');
                continue;
              case Op.UNARY_INVERT:
                f.lasti = pc - 1;
                s[sp - 1] = A.unaryOp(s[sp - 1]!, '__invert__', '~');
                continue;
              case Op.MAKE_CELL: {
                s[arg] = new PyCell(s[arg]);
                continue;
              }
              case Op.COPY_FREE_VARS: {
                const closure = f.func!.closure!.items;
                const off = code.nlocalsplus - arg;
                for (let i = 0; i < arg; i++) s[off + i] = closure[i];
                continue;
              }
              case Op.LOAD_CLOSURE:
                s[sp++] = s[arg];
                continue;
              case Op.LOAD_DEREF: {
                const v = (s[arg] as PyCell).ref;
                if (v === null) {
                  f.lasti = pc - 1;
                  unboundLocal(code, arg);
                }
                s[sp++] = v;
                continue;
              }
              case Op.STORE_DEREF:
                (s[arg] as PyCell).ref = s[--sp]!;
                continue;
              case Op.DELETE_DEREF: {
                const c = s[arg] as PyCell;
                if (c.ref === null) {
                  f.lasti = pc - 1;
                  unboundLocal(code, arg);
                }
                c.ref = null;
                continue;
              }
              case Op.LOAD_CLASSDEREF: {
                f.lasti = pc - 1;
                const name = code.co.co_localsplusnames[arg];
                let v = X.localsGet(f, name);
                if (v === null) {
                  v = (s[arg] as PyCell).ref;
                  if (v === null) unboundLocal(code, arg);
                }
                s[sp++] = v;
                continue;
              }
              case Op.DELETE_FAST:
                if (s[arg] === null) {
                  f.lasti = pc - 1;
                  unboundLocal(code, arg);
                }
                s[arg] = null;
                continue;
              case Op.MAKE_FUNCTION: {
                f.lasti = pc - 1;
                const c = s[--sp] as PyCode;
                const fn = X.makeFunction(f, c);
                if (arg & 8) fn.closure = s[--sp] as PyTuple;
                if (arg & 4) fn.annotations = s[--sp]!;
                if (arg & 2) fn.kwdefaults = s[--sp] as PyDict;
                if (arg & 1) fn.defaults = s[--sp] as PyTuple;
                s[sp++] = fn;
                continue;
              }
              case Op.RAISE_VARARGS: {
                f.lasti = pc - 1;
                errAt = pc - 1;
                const r = X.doRaise(arg === 0 ? null : arg === 1 ? s[--sp]! : s[sp - 2]!, arg === 2 ? s[--sp]! : null);
                if (arg === 2) sp--;
                exc = r.exc;
                addTb = !r.reraise;
                break dispatch;
              }
              case Op.RERAISE: {
                if (arg) {
                  const lasti = s[sp - arg - 1];
                  if (typeof lasti === 'number') f.lasti = lasti;
                }
                else f.lasti = pc - 1;
                errAt = pc - 1;
                exc = s[--sp] as PyBaseException;
                addTb = false;
                break dispatch;
              }
              case Op.PUSH_EXC_INFO: {
                const v = s[sp - 1]!;
                const prev = ts.excInfo.value;
                s[sp - 1] = prev === null ? None : prev;
                s[sp++] = v;
                ts.excInfo.value = v;
                continue;
              }
              case Op.POP_EXCEPT: {
                const v = s[--sp]!;
                ts.excInfo.value = v === None ? null : v;
                continue;
              }
              case Op.CHECK_EXC_MATCH: {
                f.lasti = pc - 1;
                const right = s[sp - 1]!;
                const left = s[sp - 2]!;
                X.checkExceptType(right);
                s[sp - 1] = X.excMatches(left, right);
                continue;
              }
              case Op.LOAD_ASSERTION_ERROR:
                s[sp++] = AssertionError;
                continue;
              case Op.LOAD_BUILD_CLASS: {
                const bc = f.builtins.getStr('__build_class__');
                if (bc === null) {
                  f.lasti = pc - 1;
                  throw newException(NameError, '__build_class__ not found');
                }
                s[sp++] = bc;
                continue;
              }
              case Op.UNPACK_SEQUENCE: {
                f.lasti = pc - 1;
                const v = s[--sp]!;
                if (v instanceof PyTuple && v.items.length === arg && v.ob_type === X.tupleTypeRef) {
                  for (let i = arg - 1; i >= 0; i--) s[sp++] = v.items[i];
                } else if (v instanceof PyList && v.items.length === arg && v.ob_type === X.listTypeRef) {
                  for (let i = arg - 1; i >= 0; i--) s[sp++] = v.items[i];
                } else {
                  const items = X.unpackIterable(v, arg, -1);
                  for (let i = items.length - 1; i >= 0; i--) s[sp++] = items[i];
                }
                pc += 1;
                continue;
              }
              case Op.UNPACK_EX: {
                f.lasti = pc - 1;
                const v = s[--sp]!;
                const items = X.unpackIterable(v, arg & 0xff, arg >> 8);
                for (let i = items.length - 1; i >= 0; i--) s[sp++] = items[i];
                continue;
              }
              case Op.BUILD_SLICE: {
                const step = arg === 3 ? s[--sp]! : None;
                const stop = s[--sp]!;
                const start = s[sp - 1]!;
                s[sp - 1] = X.makeSlice(start, stop, step);
                continue;
              }
              case Op.BUILD_STRING: {
                let r = '';
                let wide = false;
                for (let i = sp - arg; i < sp; i++) {
                  const p = s[i];
                  if (typeof p === 'string') r += p;
                  else {
                    wide = true;
                    r += A.strValue(p!);
                  }
                }
                sp -= arg;
                s[sp++] = wide ? A.mkStr(r) : r;
                continue;
              }
              case Op.FORMAT_VALUE: {
                f.lasti = pc - 1;
                const spec = (arg & 4) === 4 ? s[--sp]! : null;
                s[sp - 1] = X.formatValue(s[sp - 1]!, arg & 3, spec);
                continue;
              }
              case Op.BUILD_MAP: {
                f.lasti = pc - 1;
                const d = new PyDict();
                for (let i = sp - 2 * arg; i < sp; i += 2) d.set(s[i]!, s[i + 1]!);
                sp -= 2 * arg;
                s[sp++] = d;
                continue;
              }
              case Op.BUILD_CONST_KEY_MAP: {
                f.lasti = pc - 1;
                const keys = (s[--sp] as PyTuple).items;
                const d = new PyDict();
                for (let i = 0; i < arg; i++) d.set(keys[i], s[sp - arg + i]!);
                sp -= arg;
                s[sp++] = d;
                continue;
              }
              case Op.MAP_ADD: {
                f.lasti = pc - 1;
                const v = s[--sp]!;
                const k = s[--sp]!;
                (s[sp - arg] as PyDict).set(k, v);
                continue;
              }
              case Op.GET_LEN:
                f.lasti = pc - 1;
                s[sp] = A.len(s[sp - 1]!);
                sp++;
                continue;
              case Op.RETURN_GENERATOR: {
                f.lasti = pc - 1;
                const gen = X.makeGenerator(f);
                f.pc = pc;
                f.sp = sp;
                f.executing = false;
                ts.depth--;
                if (f === frame) {
                  SUSPENDED.value = false;
                  return gen;
                }
                const back = f.back!;
                f.back = null;
                f.entry = false;
                f = back;
                ts.frame = f;
                code = f.code;
                instrs = code.instrs!;
                consts = code.consts!;
                names = code.co.co_names;
                caches = code.caches!;
                s = f.s;
                sp = f.sp;
                pc = f.pc;
                s[sp++] = gen;
                continue;
              }
              case Op.YIELD_VALUE: {
                // Generators always run as the entry frame of their own loop (vm/generators.ts).
                const v = s[--sp]!;
                if (traced) TR.traceReturn(f, v);
                f.pc = pc;
                f.sp = sp;
                f.lasti = pc - 1;
                f.executing = false;
                ts.depth--;
                SUSPENDED.value = true;
                // A suspended generator's frame has no caller (gi_frame.f_back is None).
                f.back = null;
                return v;
              }
              default:
                f.lasti = pc - 1;
                sp = X.rareOp(f, word & 255, arg, sp, pc);
                if (X.jumpTarget.pc >= 0) {
                  pc = X.jumpTarget.pc;
                  X.jumpTarget.pc = -1;
                }
                continue;
            }
          }
        } catch (e) {
          f.lasti = pc - 1;
          errAt = pc - 1;
          if (e instanceof X.Reraise) {
            exc = e.exc;
            addTb = false;
          } else {
            exc = toPyException(e);
            // _PyErr_SetObject chains a newly raised exception to the one being handled;
            // one raised natively reaches the loop fresh (no traceback yet).
            if (exc.traceback === null) X.setContext(exc);
            addTb = true;
          }
        }
      }
      // ---- exception unwinding (exception_unwind in ceval.c)
      if (finished) {
        finished = false;
        if (f === frame) {
          const e = exc!;
          exc = null;
          throw e;
        }
        f = osrBack!;
        ts.frame = f;
        code = f.code;
        instrs = code.instrs!;
        consts = code.consts!;
        names = code.co.co_names;
        caches = code.caches!;
        s = f.s;
        sp = f.sp;
        pc = f.pc;
        errAt = f.lasti;
      }
      for (;;) {
        if (addTb) {
          X.addTraceback(exc!, f);
          if (traced) TR.traceException(f, exc!);
        }
        addTb = true;
        const h = X.findHandler(f.code, errAt);
        if (h !== null) {
          sp = f.code.nlocalsplus + h.depth;
          if (h.lasti) s[sp++] = f.lasti;
          s[sp++] = exc;
          pc = h.target;
          exc = null;
          break;
        }
        if (traced) TR.traceReturn(f, null);
        f.executing = false;
        ts.depth--;
        if (f === frame) {
          X.clearFrame(f);
          const e = exc!;
          exc = null;
          throw e;
        }
        const back = f.back!;
        X.clearFrame(f);
        f = back;
        ts.frame = f;
        code = f.code;
        instrs = code.instrs!;
        consts = code.consts!;
        names = code.co.co_names;
        caches = code.caches!;
        s = f.s;
        sp = f.sp;
        pc = f.pc;
        errAt = f.lasti;
      }
    }
  } finally {
    ts.frame = callerFrame;
    ts.depth = depth0;
  }
}

export { NotImplemented, EMPTY_TUPLE, objectType, typeOf, TypeError, StopIteration, typeError, topmostException };
