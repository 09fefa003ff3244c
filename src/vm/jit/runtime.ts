/**
 * What compiled code calls (vm/jit/emit.ts): the interpreter's own helpers,
 * gathered in one object the generated factory destructures, and the CALL
 * path, which enters a Python callee by a JS call (its compiled code or a
 * nested interpreter loop) rather than by switching frames in a loop.
 */
import type { Value } from '../../objects/base';
import { PyDict } from '../../objects/dict';
import { PyFloat } from '../../objects/float_object';
import { PyTuple, PyList, tuple } from '../../objects/containers';
import { PyFunction, PyCell, PyBuiltin, PyMethod, PyMethodDescr, type PyCode } from '../../objects/function';
import { PyType } from '../../objects/type';
import { None, floatType, listType, tupleType } from '../../objects/types';
import {
  PyBaseException, newException, NameError, RecursionError, SystemError, AssertionError,
} from '../../objects/exceptions';
import * as A from '../../objects/abstract';
import { PyNativeIter } from '../../objects/abstract';
import * as X from '../ops';
import { Frame } from '../frame';
import { makeFrame } from '../call';
import { ts } from '../thread_state';
import { tracer, useTracing } from '../tracing';
import { lazy } from '../../util/lazy';
import { warmJit } from './compile';
import type { GlobalCache } from '../eval';
const lazy_eval = lazy(() => require('../eval') as typeof import('../eval'));

/** A compiled code object: runs a frame as runFrame does (from f.pc; throwExc raised there first). */
export type JitFunction = (f: Frame, throwExc: PyBaseException | null) => Value;

/**
 * How many compiled frames may be nested on the JS stack before calls go
 * through the interpreter, whose frame switching does not grow it (a
 * 50,000-deep recursion must not overflow the host's stack).
 */
export const NEST_LIMIT = 160;

/**
 * What a compiled function returns when an exception leaves its frame (the
 * exception is in `raised`): never a Python value. Callers that are not
 * compiled code throw it (runFrame, the interpreter's CALL).
 */
export const EXC = Object.freeze({ raised: true }) as unknown as Value;
export const raised: { exc: PyBaseException | null } = { exc: null };

export function takeExc(): PyBaseException {
  const e = raised.exc!;
  raised.exc = null;
  return e;
}

/**
 * Run a new frame: its compiled code when there is some and it may be used
 * (which may return EXC), else the interpreter (which throws).
 */
export function enterFrame(nf: Frame): Value {
  const j = warmJit(nf.code);
  if (j !== null && ts.nest < NEST_LIMIT && !useTracing()) return j(nf, null);
  return lazy_eval().interpret(nf, null);
}

/**
 * CALL in compiled code (the interpreter's CALL, with the frame entered by a
 * JS call): args are the positional and then keyword values, a method's self
 * first. Returns EXC when a compiled callee raised.
 */
export function callAt(callable: Value, args: Value[], kwnames: string[] | null): Value {
  const nargs = args.length;
  if (callable instanceof PyFunction) {
    const cco = callable.code;
    let nf: Frame;
    if (kwnames === null && cco.simpleArgs === nargs) {
      nf = Frame.forCall(cco, callable);
      const ns = nf.s;
      for (let i = 0; i < nargs; i++) ns[i] = args[i];
    } else nf = makeFrame(callable, args, kwnames);
    return enterFrame(nf);
  }
  if (callable instanceof PyBuiltin && callable.self === null) return callable.fn(args, kwnames);
  if (callable instanceof PyMethodDescr) return A.callMethodDescr(callable, args, kwnames);
  if (callable instanceof PyType) {
    const init = X.simpleInit(callable);
    if (init !== null) {
      const self = X.newPlainInstance(callable);
      let nf: Frame;
      if (kwnames === null && init.code.simpleArgs === nargs + 1) {
        nf = Frame.forCall(init.code, init);
        const ns = nf.s;
        ns[0] = self;
        for (let i = 0; i < nargs; i++) ns[i + 1] = args[i];
      } else nf = makeFrame(init, [self, ...args], kwnames);
      const r = enterFrame(nf);
      if (r === EXC) return r;
      if (r !== None) X.initReturnedNonNone(r);
      return self;
    }
  }
  return A.call(callable, args, kwnames);
}

/** LOAD_ATTR past its inline instance-value and module checks: a cached property's getter, else the full lookup. */
export function loadAttrMiss(o: Value, name: string, caches: unknown[], i: number): Value {
  const c = caches[i] as X.AttrCache | null;
  if (c !== null && c.prop !== null && typeof o === 'object' && o.ob_type === c.type && c.type.version === c.version) {
    const g = c.prop.fget;
    if (g instanceof PyFunction) return callAt(g, [o], null);
  }
  return X.loadAttrSlow(o, name, caches, i);
}

/** BINARY_OP past the inlined fast paths: the interpreter's remaining ones, then the full protocol. */
export function binarySlow(a: Value, b: Value, op: number): Value {
  if ((typeof a === 'number' && typeof b === 'number') || typeof a === 'bigint' || typeof b === 'bigint') {
    const r = X.bigIntBinary(a, b, op);
    if (r !== null) return r;
  } else {
    const r = X.floatBinary(a, b, op);
    if (r !== null) return r;
  }
  return A.binaryOp(a, b, op);
}

/** LOAD_GLOBAL past its inline check: a name cached in the builtins, else the full lookup (which caches). */
function loadGlobalMiss(f: Frame, name: string, caches: unknown[], i: number): Value {
  const c = caches[i] as GlobalCache | null;
  if (c !== null && c.b !== null && c.g === f.globals && c.gv === c.g.keysVersion && c.b === f.builtins && c.bv === c.b.keysVersion) {
    return c.b.vals[c.idx]!;
  }
  return X.loadGlobalSlow(f, name, caches, i);
}

function recursionError(): never {
  throw newException(RecursionError, 'maximum recursion depth exceeded');
}

function badEntry(pc: number): never {
  throw newException(SystemError, `compiled code entered at instruction ${pc}, which is not a resume point`);
}

function buildClassMissing(): never {
  throw newException(NameError, '__build_class__ not found');
}

let runtime: Record<string, unknown> | null = null;

/** Everything generated code names, made once (eval.ts is loaded by then). */
export function jitRuntime(): Record<string, unknown> {
  if (runtime !== null) return runtime;
  const E = lazy_eval();
  runtime = {
    ts, tracer, useTracing, None, MAX: Number.MAX_SAFE_INTEGER, PyFloat, floatType, PyList, PyTuple, tuple, PyDict,
    PyMethod, PyCell, PyNativeIter, listType, tupleType, AssertionError, Reraise: X.Reraise,
    SUSPENDED: E.SUSPENDED, toPyException: E.toPyException, unboundLocal: E.unboundLocal, nameError: E.nameError,
    interpret: E.interpret, recursionError, badEntry, buildClassMissing, callAt, binarySlow,
    intFloorDivFast: X.intFloorDivFast, richCompare: A.richCompare, isTrue: A.isTrue, checkInterrupt: X.checkInterrupt,
    loadGlobalSlow: X.loadGlobalSlow, loadAttrSlow: X.loadAttrSlow, storeAttrSlow: X.storeAttrSlow,
    loadMethodSlow: X.loadMethodSlow, getAttr: A.getAttr, delAttr: A.delAttr, callEx: X.callEx,
    clearFrame: X.clearFrame, getIter: A.getIter, iterNext: A.iterNext, getItem: A.getItem, setItem: A.setItem,
    delItem: A.delItem, contains: A.contains, unaryOp: A.unaryOp, makeFunction: X.makeFunction, doRaise: X.doRaise,
    checkExceptType: X.checkExceptType, excMatches: X.excMatches, unpackIterable: X.unpackIterable,
    makeSlice: X.makeSlice, strValue: A.strValue, mkStr: A.mkStr, formatValue: X.formatValue, len: A.len,
    makeGenerator: X.makeGenerator, rareOp: X.rareOp, jumpTarget: X.jumpTarget, setContext: X.setContext,
    addTraceback: X.addTraceback, findHandler: X.findHandler, EXC, raised, takeExc,
    PyFunction, forCall: Frame.forCall, NEST_LIMIT, loadGlobalMiss, loadAttrMiss,
  };
  return runtime;
}

export type { PyCode };
