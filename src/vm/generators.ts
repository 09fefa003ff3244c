/**
 * Generators and coroutines as suspended frames (Objects/genobject.c):
 * resuming runs the frame as the entry frame of a nested loop until it
 * yields or returns; each generator links its own handled-exception item into
 * the thread's chain while it runs. Also the instructions of `yield from` and
 * `await` (SEND, GET_YIELD_FROM_ITER, GET_AWAITABLE).
 *
 * Async generators (asend/athrow awaitables, ASYNC_GEN_WRAP) and async
 * iteration instructions raise NotImplementedError until they are written.
 */
import { PyObject, type Value } from '../objects/base';
import { PyNativeIter } from '../objects/abstract';
import * as A from '../objects/abstract';
import { PyType } from '../objects/type';
import {
  None, typeOf, generatorType, coroutineType, asyncGeneratorType, asyncGenASendType, asyncGenAThrowType,
  asyncGenWrappedValueType, tracebackType,
} from '../objects/types';
import {
  PyBaseException, newException, StopIteration, StopAsyncIteration, GeneratorExit, RuntimeError, TypeError,
  ValueError, NotImplementedError, setExcAttr, typeError, BaseException,
} from '../objects/exceptions';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR, CO_GENERATOR } from '../bytecode/code';
import { Frame } from './frame';
import { ExcInfo, ts } from './thread_state';
import { runFrame, SUSPENDED } from './eval';
import { Op } from './opcodes';
import { jumpTarget } from './ops';

export type GenKind = 'generator' | 'coroutine' | 'async generator';

export class PyGenerator extends PyNativeIter {
  running = false;
  finished = false;
  started = false;
  /** An async generator's first use has run sys.set_asyncgen_hooks' firstiter. */
  hooksInited = false;
  /** A coroutine's cr_origin (None unless origin tracking was on when it was made). */
  origin: Value = None;
  name: Value;
  qualname: Value;
  readonly excState = new ExcInfo(null, null);
  constructor(
    readonly frame: Frame,
    readonly kind: GenKind,
  ) {
    super(kind === 'generator' ? generatorType : kind === 'coroutine' ? coroutineType : asyncGeneratorType, () => null);
    this.next = () => genNext(this);
    this.name = frame.func ? frame.func.name : frame.code.co.co_name;
    this.qualname = frame.func ? frame.func.qualname : frame.code.co.co_qualname;
    frame.gen = this;
    frame.escaped = true;
  }
}

export function makeGenerator(f: Frame): PyGenerator {
  const flags = f.code.co.co_flags;
  const kind: GenKind = flags & CO_COROUTINE ? 'coroutine' : flags & CO_ASYNC_GENERATOR ? 'async generator' : 'generator';
  const g = new PyGenerator(f, kind);
  if (kind === 'coroutine' && coroOriginTracking.depth > 0) g.origin = coroOrigin(f.back, coroOriginTracking.depth);
  return g;
}

/** sys.set_coroutine_origin_tracking_depth's setting (asyncio's debug mode turns it on). */
export const coroOriginTracking = { depth: 0 };

/** compute_cr_origin: (filename, lineno, name) of the creating frames, innermost first. */
function coroOrigin(from: Frame | null, depth: number): Value {
  const items: Value[] = [];
  for (let x = from; x !== null && items.length < depth; x = x.back) {
    items.push(new A.PyTuple([x.code.co.co_filename, x.lineno, x.code.co.co_name]));
  }
  return new A.PyTuple(items);
}

export interface SendResult {
  /** True when the generator yielded `value`; false when it returned `value`. */
  yielded: boolean;
  value: Value;
}

/** gen_send_ex2: resume with `value` pushed, or by raising `exc` at the suspension point. */
export function genSendEx(g: PyGenerator, value: Value, exc: PyBaseException | null, closing = false): SendResult {
  if (g.running) {
    throw newException(ValueError, `${g.kind} already executing`);
  }
  if (g.finished) {
    if (g.kind === 'coroutine' && !closing) throw newException(RuntimeError, 'cannot reuse already awaited coroutine');
    if (exc !== null) throw exc;
    return { yielded: false, value: None };
  }
  if (!g.started && value !== None && exc === null) {
    throw newException(TypeError, `can't send non-None value to a just-started ${g.kind}`);
  }
  const f = g.frame;
  if (exc === null) f.s[f.sp++] = value;
  g.started = true;
  g.running = true;
  g.excState.previous = ts.excInfo;
  ts.excInfo = g.excState;
  // _PyErr_ChainStackItem: an exception thrown in chains to the one the generator itself is handling.
  if (exc !== null && g.excState.value !== null && g.excState.value !== None) lazy_ops().setContext(exc);
  let v: Value;
  try {
    v = runFrame(f, exc);
  } catch (e) {
    g.finished = true;
    if (e instanceof PyBaseException) throw pep479(g, e);
    throw e;
  } finally {
    g.running = false;
    ts.excInfo = g.excState.previous!;
    g.excState.previous = null;
  }
  if (SUSPENDED.value) return { yielded: true, value: v };
  g.finished = true;
  return { yielded: false, value: v };
}

/** PEP 479: StopIteration (and StopAsyncIteration in async generators) leaving the frame becomes RuntimeError. */
function pep479(g: PyGenerator, e: PyBaseException): PyBaseException {
  let msg: string | null = null;
  if (e.ob_type.isSubtype(StopIteration)) msg = `${g.kind} raised StopIteration`;
  else if (g.kind === 'async generator' && e.ob_type.isSubtype(StopAsyncIteration)) msg = 'async generator raised StopAsyncIteration';
  if (msg === null) return e;
  const r = newException(RuntimeError, msg);
  r.cause = e;
  r.context = e;
  r.suppressContext = true;
  return r;
}

function genNext(g: PyGenerator): Value | null {
  const r = genSendEx(g, None, null);
  return r.yielded ? r.value : null;
}

/** StopIteration carrying a generator's return value (as gen_send / next() raise it). */
export function stopIteration(value: Value): PyBaseException {
  return value === None ? newException(StopIteration) : newException(StopIteration, value);
}

export function genSend(g: PyGenerator, value: Value): Value {
  const r = genSendEx(g, value, null);
  if (r.yielded) return r.value;
  throw stopIteration(r.value);
}

/** The iterator a suspended `yield from`/`await` delegates to (_PyGen_yf), or null. */
export function delegate(g: PyGenerator): Value | null {
  if (!g.started || g.finished) return null;
  const f = g.frame;
  const instrs = f.code.instrs!;
  const next = instrs[f.pc];
  if ((next & 255) !== Op.RESUME || next >> 8 < 2) return null;
  return f.s[f.sp - 1];
}

/** gen.throw(exc). */
export function genThrow(g: PyGenerator, exc: PyBaseException): Value {
  const yf = delegate(g);
  if (yf !== null) {
    if (exc.ob_type.isSubtype(GeneratorExit)) {
      g.running = true;
      try {
        closeIter(yf);
      } catch (e) {
        g.running = false;
        return throwInto(g, e as PyBaseException);
      }
      g.running = false;
      return throwInto(g, exc);
    }
    let r: SendResult;
    g.running = true;
    try {
      if (yf instanceof PyGenerator) {
        r = genThrowResult(yf, exc);
      } else {
        const meth = A.getAttrOrNull(yf, 'throw');
        if (meth === null) {
          g.running = false;
          return throwInto(g, exc);
        }
        try {
          r = { yielded: true, value: A.call(meth, [exc]) };
        } catch (e) {
          if (e instanceof PyBaseException && e.ob_type.isSubtype(StopIteration)) r = { yielded: false, value: stopValue(e) };
          else throw e;
        }
      }
    } catch (e) {
      g.running = false;
      return throwInto(g, e as PyBaseException);
    }
    g.running = false;
    if (r.yielded) return r.value;
    // The delegate finished: leave the send loop (jump past SEND) and resume with its value.
    const f = g.frame;
    f.sp--;
    const send = f.code.instrs![f.pc - 2];
    f.pc = send >> 8;
    return genSend(g, r.value);
  }
  return throwInto(g, exc);
}

function genThrowResult(g: PyGenerator, exc: PyBaseException): SendResult {
  try {
    return { yielded: true, value: genThrow(g, exc) };
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(StopIteration)) return { yielded: false, value: stopValue(e) };
    throw e;
  }
}

function throwInto(g: PyGenerator, exc: PyBaseException): Value {
  const r = genSendEx(g, None, exc);
  if (r.yielded) return r.value;
  throw stopIteration(r.value);
}

export function stopValue(e: PyBaseException): Value {
  const v = e.fields?.get('value');
  return v ?? (e.args.items.length ? e.args.items[0] : None);
}

function closeIter(yf: Value): void {
  if (yf instanceof PyGenerator) {
    genClose(yf);
    return;
  }
  const m = A.getAttrOrNull(yf, 'close');
  if (m !== null) A.call(m, []);
}

/** gen.close(). */
export function genClose(g: PyGenerator): Value {
  if (g.finished || !g.started) {
    g.finished = true;
    return None;
  }
  const yf = delegate(g);
  let err: PyBaseException | null = null;
  if (yf !== null) {
    g.running = true;
    try {
      closeIter(yf);
    } catch (e) {
      err = e as PyBaseException;
    }
    g.running = false;
  }
  if (err === null) err = newException(GeneratorExit);
  let r: SendResult;
  try {
    r = genSendEx(g, None, err, true);
  } catch (e) {
    if (e instanceof PyBaseException && (e.ob_type.isSubtype(GeneratorExit) || e.ob_type.isSubtype(StopIteration))) return None;
    throw e;
  }
  if (r.yielded) {
    throw newException(RuntimeError, `${g.kind} ignored GeneratorExit`);
  }
  return None;
}

/** Normalise the arguments of gen.throw(typ[, val[, tb]]). */
export function throwArgs(typ: Value, val: Value | null, tb: Value | null): PyBaseException {
  if (tb !== null && tb !== None && typeOf(tb) !== tracebackType) typeError('throw() third argument must be a traceback object');
  let exc: PyBaseException;
  if (typ instanceof PyType && typ.isSubtype(BaseException)) {
    let made: Value;
    if (val === null || val === None) made = A.call(typ, []);
    else if (val instanceof PyBaseException && typeOf(val).isSubtype(typ)) made = val;
    else made = A.call(typ, val instanceof A.PyTuple ? val.items : [val]);
    // PyErr_NormalizeException: what a class returns that is not an exception becomes this TypeError,
    // which is what the generator then sees.
    exc = made instanceof PyBaseException
      ? made
      : newException(TypeError, `calling ${A.repr(typ)} should have returned an instance of BaseException, not ${A.typeName(made)}`);
  } else if (typ instanceof PyBaseException) {
    if (val !== null && val !== None) typeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    return typeError(`exceptions must be classes or instances deriving from BaseException, not ${A.typeName(typ)}`);
  }
  if (tb !== null && tb !== None) exc.traceback = tb as PyBaseException['traceback'];
  return exc;
}

// ---------------------------------------------------------------- instructions

function isCoroutineLike(v: Value): boolean {
  return v instanceof PyGenerator && (v.kind === 'coroutine' || !!(v.frame.code.co.co_flags & CO_ITERABLE_COROUTINE));
}

/** _PyCoro_GetAwaitableIter plus GET_AWAITABLE's checks. */
export function getAwaitable(v: Value, where: number): Value {
  if (isCoroutineLike(v)) {
    const g = v as PyGenerator;
    if (g.kind === 'coroutine' && delegate(g) !== null) throw newException(RuntimeError, 'coroutine is being awaited already');
    return v;
  }
  const m = typeOf(v).lookup('__await__');
  if (m === null) {
    if (where === 1) typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${A.typeName(v)}`);
    if (where === 2) typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${A.typeName(v)}`);
    typeError(`object ${A.typeName(v)} can't be used in 'await' expression`);
  }
  const r = A.callDescr(m!, v, []);
  if (r instanceof PyGenerator && r.kind === 'coroutine') typeError('__await__() returned a coroutine');
  if (!(r instanceof PyNativeIter) && typeOf(r).lookup('__next__') === null) {
    typeError(`__await__() returned non-iterator of type '${A.typeName(r)}'`);
  }
  return r;
}

export function asyncOp(f: Frame, op: number, arg: number, sp: number, _pc: number): number {
  const s = f.s;
  switch (op) {
    case Op.GET_YIELD_FROM_ITER: {
      const v = s[sp - 1]!;
      if (v instanceof PyGenerator) {
        if (v.kind === 'coroutine' && !(f.code.co.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
          typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return sp;
      }
      s[sp - 1] = A.getIter(v);
      return sp;
    }
    case Op.GET_AWAITABLE:
      s[sp - 1] = getAwaitable(s[sp - 1]!, arg);
      return sp;
    case Op.SEND: {
      const v = s[--sp]!;
      const recv = s[sp - 1]!;
      let r: SendResult;
      if (recv instanceof PyGenerator) r = genSendEx(recv, v, null);
      else {
        try {
          if (v === None && typeOf(recv).lookup('__next__') !== null) r = { yielded: true, value: A.callSpecial(recv, '__next__', [])! };
          else if (v === None && recv instanceof PyNativeIter) {
            const x = recv.next();
            r = x === null ? { yielded: false, value: None } : { yielded: true, value: x };
          } else r = { yielded: true, value: A.callMethod(recv, 'send', [v]) };
        } catch (e) {
          if (e instanceof PyBaseException && e.ob_type.isSubtype(StopIteration)) r = { yielded: false, value: stopValue(e) };
          else throw e;
        }
      }
      if (r.yielded) s[sp++] = r.value;
      else {
        s[sp - 1] = r.value;
        jumpTarget.pc = arg;
      }
      return sp;
    }
    case Op.GET_AITER: {
      const v = s[sp - 1]!;
      const m = typeOf(v).lookup('__aiter__');
      if (m === null) typeError(`'async for' requires an object with __aiter__ method, got ${A.typeName(v)}`);
      const it = A.callDescr(m!, v, []);
      if (typeOf(it).lookup('__anext__') === null) {
        typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${A.typeName(it)}`);
      }
      s[sp - 1] = it;
      return sp;
    }
    case Op.GET_ANEXT: {
      const it = s[sp - 1]!;
      let aw: Value;
      if (it instanceof PyGenerator && it.kind === 'async generator') {
        initAsyncGenHooks(it);
        aw = new PyAsyncGenSend(it, None);
      }
      else {
        const m = typeOf(it).lookup('__anext__');
        if (m === null) typeError(`'async for' requires an iterator with __anext__ method, got ${A.typeName(it)}`);
        const r = A.callDescr(m!, it, []);
        try {
          aw = getAwaitable(r, 0);
        } catch (e) {
          if (e instanceof PyBaseException && e.ob_type.isSubtype(TypeError)) {
            const te = newException(TypeError, `'async for' received an invalid object from __anext__: ${A.typeName(r)}`);
            te.cause = e;
            te.context = e;
            te.suppressContext = true;
            throw te;
          }
          throw e;
        }
      }
      s[sp++] = aw;
      return sp;
    }
    case Op.END_ASYNC_FOR: {
      const exc = s[--sp] as PyBaseException;
      if (exc instanceof PyBaseException && exc.ob_type.isSubtype(StopAsyncIteration)) return sp - 1;
      const { Reraise } = lazy_ops();
      throw new Reraise(exc);
    }
    case Op.BEFORE_ASYNC_WITH: {
      const mgr = s[sp - 1]!;
      const t = typeOf(mgr);
      const enter = t.lookup('__aenter__');
      const exit = t.lookup('__aexit__');
      if (enter === null) typeError(`'${t.name}' object does not support the asynchronous context manager protocol`);
      if (exit === null) typeError(`'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
      s[sp - 1] = A.bindDescr(exit!, mgr, t);
      s[sp++] = A.callDescr(enter!, mgr, []);
      return sp;
    }
    case Op.ASYNC_GEN_WRAP:
      s[sp - 1] = new PyAsyncGenWrapped(s[sp - 1]!);
      return sp;
  }
  void CO_GENERATOR;
  throw newException(NotImplementedError, `opcode ${op} in asyncOp`);
}

// ---------------------------------------------------------------- async generators (genobject.c async_gen_*)

/**
 * sys.set_asyncgen_hooks' callables (null for None), kept per thread in CPython. The finalizer is
 * recorded but never called: Typhon has no finalization of unreachable objects.
 */
export const asyncGenHooks: { firstiter: Value | null; finalizer: Value | null } = { firstiter: null, finalizer: null };

/** async_gen_init_hooks: the first asend/athrow/aclose/__anext__ hands the generator to firstiter. */
function initAsyncGenHooks(g: PyGenerator): void {
  if (g.hooksInited) return;
  g.hooksInited = true;
  if (asyncGenHooks.firstiter !== null) A.call(asyncGenHooks.firstiter, [g]);
}

/** A value yielded by `yield` in an async generator, as opposed to one passed through from an await. */
export class PyAsyncGenWrapped extends PyObject {
  constructor(readonly value: Value) {
    super(asyncGenWrappedValueType);
  }
}

/** Unwrap one step of an async generator: wrapped values end the awaitable with StopIteration(value). */
function unwrapStep(g: PyGenerator, r: SendResult, aclose: boolean): Value {
  if (r.yielded) {
    if (r.value instanceof PyAsyncGenWrapped) {
      if (aclose) throw newException(RuntimeError, 'async generator ignored GeneratorExit');
      throw stopIteration(r.value.value);
    }
    return r.value;
  }
  if (aclose) throw newException(StopIteration);
  throw newException(StopAsyncIteration);
}

/** async_generator_asend: the awaitable returned by asend()/__anext__(). */
export class PyAsyncGenSend extends PyNativeIter {
  state: 'init' | 'iter' | 'closed' = 'init';
  constructor(
    readonly gen: PyGenerator,
    readonly sendValue: Value,
  ) {
    super(asyncGenASendType, () => null);
    this.next = () => {
      try {
        return asendSend(this, None);
      } catch (e) {
        if (e instanceof PyBaseException && e.ob_type.isSubtype(StopIteration)) {
          // The async for machinery sees the value through SEND's StopIteration handling.
          throw e;
        }
        throw e;
      }
    };
  }
}

function asendSend(a: PyAsyncGenSend, v: Value): Value {
  if (a.state === 'closed') throw newException(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (a.state === 'init') {
    if (v === None) v = a.sendValue;
    a.state = 'iter';
  }
  let r: SendResult;
  try {
    r = genSendEx(a.gen, v, null);
  } catch (e) {
    a.state = 'closed';
    throw e;
  }
  try {
    return unwrapStep(a.gen, r, false);
  } catch (e) {
    a.state = 'closed';
    throw e;
  }
}

function asendThrow(a: PyAsyncGenSend, exc: PyBaseException): Value {
  if (a.state === 'closed') throw newException(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  let r: SendResult;
  try {
    r = genThrowResultRaw(a.gen, exc);
  } catch (e) {
    a.state = 'closed';
    throw e;
  }
  try {
    return unwrapStep(a.gen, r, false);
  } catch (e) {
    a.state = 'closed';
    throw e;
  }
}

function genThrowResultRaw(g: PyGenerator, exc: PyBaseException): SendResult {
  try {
    return { yielded: true, value: genThrow(g, exc) };
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(StopIteration) && g.finished) return { yielded: false, value: stopValue(e) };
    throw e;
  }
}

/** async_generator_athrow: the awaitable of athrow() and aclose(). */
export class PyAsyncGenThrow extends PyNativeIter {
  state: 'init' | 'iter' | 'closed' = 'init';
  constructor(
    readonly gen: PyGenerator,
    /** null for aclose(). */
    readonly exc: PyBaseException | null,
  ) {
    super(asyncGenAThrowType, () => null);
    this.next = () => athrowSend(this, None);
  }
}

function athrowSend(a: PyAsyncGenThrow, v: Value): Value {
  const g = a.gen;
  const aclose = a.exc === null;
  if (a.state === 'closed') throw newException(RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (g.finished) {
    a.state = 'closed';
    throw newException(StopIteration);
  }
  let r: SendResult;
  try {
    if (a.state === 'init') {
      a.state = 'iter';
      if (aclose && !g.started) {
        g.finished = true;
        a.state = 'closed';
        throw newException(StopIteration);
      }
      r = genThrowResultRaw(g, aclose ? newException(GeneratorExit) : a.exc!);
    } else r = genSendEx(g, v, null);
  } catch (e) {
    a.state = 'closed';
    if (aclose && e instanceof PyBaseException && (e.ob_type.isSubtype(GeneratorExit) || e.ob_type.isSubtype(StopAsyncIteration))) {
      throw newException(StopIteration);
    }
    throw e;
  }
  try {
    return unwrapStep(g, r, aclose);
  } catch (e) {
    a.state = 'closed';
    throw e;
  }
}

function athrowThrow(a: PyAsyncGenThrow, exc: PyBaseException): Value {
  if (a.state === 'closed') throw newException(RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  let r: SendResult;
  try {
    r = genThrowResultRaw(a.gen, exc);
  } catch (e) {
    a.state = 'closed';
    if (a.exc === null && e instanceof PyBaseException && (e.ob_type.isSubtype(GeneratorExit) || e.ob_type.isSubtype(StopAsyncIteration))) {
      throw newException(StopIteration);
    }
    throw e;
  }
  return unwrapStep(a.gen, r, a.exc === null);
}

// ---------------------------------------------------------------- the types' methods

import { method as defMethod, getset as defGetset } from '../objects/define';
import { lazy } from '../util/lazy';
const lazy_ops = lazy(() => require('./ops') as typeof import('./ops'));

const G = (v: Value): PyGenerator => v as PyGenerator;

for (const t of [generatorType, coroutineType]) {
  defMethod(t, 'send', (args) => genSend(G(args[0]), args[1]));
  defMethod(t, 'throw', (args) => genThrow(G(args[0]), throwArgs(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null)));
  defMethod(t, 'close', (args) => genClose(G(args[0])));
  defGetset(t, '__name__', (g) => G(g).name, (g, v) => {
    if (v === null || !A.isStr(v)) typeError('__name__ must be set to a string object');
    G(g).name = v!;
  });
  defGetset(t, '__qualname__', (g) => G(g).qualname, (g, v) => {
    if (v === null || !A.isStr(v)) typeError('__qualname__ must be set to a string object');
    G(g).qualname = v!;
  });
  defMethod(t, '__repr__', (args) => `<${G(args[0]).kind === 'generator' ? 'generator' : 'coroutine'} object ${A.strValue(G(args[0]).qualname)} at 0x${A.id(args[0]).toString(16).padStart(12, '0')}>`);
}
defMethod(generatorType, '__iter__', (args) => args[0]);
defMethod(generatorType, '__next__', (args) => {
  const r = genSendEx(G(args[0]), None, null);
  if (r.yielded) return r.value;
  throw stopIteration(r.value);
});
defGetset(generatorType, 'gi_frame', (g) => (G(g).finished ? None : G(g).frame));
defGetset(generatorType, 'gi_running', (g) => G(g).running);
defGetset(generatorType, 'gi_code', (g) => G(g).frame.code);
defGetset(generatorType, 'gi_yieldfrom', (g) => delegate(G(g)) ?? None);
defGetset(generatorType, 'gi_suspended', (g) => G(g).started && !G(g).finished && !G(g).running);
// coroutine.__await__() is an iterator over the coroutine (coro_wrapper), which code can drive by hand.
const coroWrapperType = new PyType(typeOf(generatorType), 'coroutine_wrapper', [A.objectType], 0);
class PyCoroWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(coroWrapperType);
  }
}
const CW = (v: Value): PyGenerator => (v as PyCoroWrapper).coro;
defMethod(coroutineType, '__await__', (args) => new PyCoroWrapper(G(args[0])));
defMethod(coroWrapperType, '__iter__', (args) => args[0]);
defMethod(coroWrapperType, '__next__', (args) => genSend(CW(args[0]), None));
defMethod(coroWrapperType, 'send', (args) => genSend(CW(args[0]), args[1]));
defMethod(coroWrapperType, 'throw', (args) => genThrow(CW(args[0]), throwArgs(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null)));
defMethod(coroWrapperType, 'close', (args) => genClose(CW(args[0])));
defGetset(coroutineType, 'cr_frame', (g) => (G(g).finished ? None : G(g).frame));
defGetset(coroutineType, 'cr_running', (g) => G(g).running);
defGetset(coroutineType, 'cr_suspended', (g) => G(g).started && !G(g).finished && !G(g).running);
defGetset(coroutineType, 'cr_code', (g) => G(g).frame.code);
defGetset(coroutineType, 'cr_await', (g) => delegate(G(g)) ?? None);
defGetset(coroutineType, 'cr_origin', (g) => G(g).origin);

const AG = (v: Value): PyGenerator => v as PyGenerator;
defMethod(asyncGeneratorType, '__aiter__', (args) => args[0]);
defMethod(asyncGeneratorType, '__anext__', (args) => {
  initAsyncGenHooks(AG(args[0]));
  return new PyAsyncGenSend(AG(args[0]), None);
});
defMethod(asyncGeneratorType, 'asend', (args) => {
  initAsyncGenHooks(AG(args[0]));
  return new PyAsyncGenSend(AG(args[0]), args[1]);
});
defMethod(asyncGeneratorType, 'athrow', (args) => {
  initAsyncGenHooks(AG(args[0]));
  return new PyAsyncGenThrow(AG(args[0]), throwArgs(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null));
});
defMethod(asyncGeneratorType, 'aclose', (args) => {
  initAsyncGenHooks(AG(args[0]));
  return new PyAsyncGenThrow(AG(args[0]), null);
});
defMethod(asyncGeneratorType, '__repr__', (args) => `<async_generator object ${A.strValue(AG(args[0]).qualname)} at 0x${A.id(args[0]).toString(16).padStart(12, '0')}>`);
defGetset(asyncGeneratorType, '__name__', (g) => AG(g).name);
defGetset(asyncGeneratorType, '__qualname__', (g) => AG(g).qualname);
defGetset(asyncGeneratorType, 'ag_frame', (g) => (AG(g).finished ? None : AG(g).frame));
defGetset(asyncGeneratorType, 'ag_running', (g) => AG(g).running);
defGetset(asyncGeneratorType, 'ag_code', (g) => AG(g).frame.code);
defGetset(asyncGeneratorType, 'ag_await', (g) => delegate(AG(g)) ?? None);
for (const t of [asyncGenASendType, asyncGenAThrowType]) {
  defMethod(t, '__await__', (args) => args[0]);
  defMethod(t, '__iter__', (args) => args[0]);
}
defMethod(asyncGenASendType, '__next__', (args) => asendSend(args[0] as PyAsyncGenSend, None));
defMethod(asyncGenASendType, 'send', (args) => asendSend(args[0] as PyAsyncGenSend, args[1]));
defMethod(asyncGenASendType, 'throw', (args) => asendThrow(args[0] as PyAsyncGenSend, throwArgs(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null)));
defMethod(asyncGenASendType, 'close', (args) => {
  (args[0] as PyAsyncGenSend).state = 'closed';
  return None;
});
defMethod(asyncGenAThrowType, '__next__', (args) => athrowSend(args[0] as PyAsyncGenThrow, None));
defMethod(asyncGenAThrowType, 'send', (args) => athrowSend(args[0] as PyAsyncGenThrow, args[1]));
defMethod(asyncGenAThrowType, 'throw', (args) => athrowThrow(args[0] as PyAsyncGenThrow, throwArgs(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null)));
defMethod(asyncGenAThrowType, 'close', (args) => {
  (args[0] as PyAsyncGenThrow).state = 'closed';
  return None;
});
