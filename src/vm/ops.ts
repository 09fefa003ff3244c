/**
 * Instruction bodies too large or too rare for the loop itself (eval.ts),
 * and the loop's helpers: locals mappings, method loads, raise, exception
 * matching, the exception table and traceback entries, unpacking, f-string
 * formatting, calls with *args/**kwargs, with-statements, imports, pattern
 * matching, async iteration.
 */
import { PyObject, type Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyFloat } from '../objects/float_object';
import { PyTuple, PyList, PySlice, tuple, EMPTY_TUPLE, PyStrSub } from '../objects/containers';
import { PyFunction, PyCode, PyMethodDescr, PyModule, PyProperty } from '../objects/function';
import { PySet } from '../objects/set_object';
import { PyType } from '../objects/type';
import {
  None, typeOf, floatType, listType, tupleType, objectType, strType, dictType, frozensetType, propertyType,
} from '../objects/types';
import {
  PyBaseException, newException, TypeError, ValueError, NameError, KeyError, StopIteration, StopAsyncIteration,
  typeError, valueError, BaseException, ImportError, setExcAttr, SystemError, KeyboardInterrupt, BaseExceptionGroup,
} from '../objects/exceptions';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { Op } from './opcodes';
import { type Frame, escapeFrame, recycleFrame } from './frame';
import { ts, topmostException } from './thread_state';
import type { ExceptionTableEntry } from '../bytecode/code';
import { lazy } from '../util/lazy';
const lazy_exceptions = lazy(() => require('../objects/exceptions') as typeof import('../objects/exceptions'));
const lazy_types = lazy(() => require('../objects/types') as typeof import('../objects/types'));
const lazy_generators = lazy(() => require('./generators') as typeof import('./generators'));
const lazy_site = lazy(() => require('../modules/site_builtins') as typeof import('../modules/site_builtins'));
const lazy_imports = lazy(() => require('./imports') as typeof import('./imports'));
const lazy_sys = lazy(() => require('../modules/sys') as typeof import('../modules/sys'));
const lazy_match = lazy(() => require('./match') as typeof import('./match'));
const lazy_except_star = lazy(() => require('./except_star') as typeof import('./except_star'));

export const listTypeRef = listType;
export const tupleTypeRef = tupleType;

/** Raised by rare ops to re-raise without a new traceback entry (RERAISE semantics). */
export class Reraise {
  constructor(readonly exc: PyBaseException) {}
}

/** Set by rareOp when the instruction jumps. */
export const jumpTarget = { pc: -1 };

export function floatAdd(a: PyFloat, b: PyFloat): Value {
  if (a.ob_type === floatType && b.ob_type === floatType) return new PyFloat(a.value + b.value);
  return A.binaryOp(a, b, 0);
}

/**
 * CALL of a class whose metaclass keeps type.__call__, whose __new__ is
 * object.__new__ and whose __init__ is a Python function (3.13's
 * CALL_ALLOC_AND_ENTER_INIT): that __init__, so the loop can make the
 * instance and push the __init__ frame itself; null otherwise.
 */
export function simpleInit(t: PyType): PyFunction | null {
  // Cached on the type while neither it nor its metaclass changes.
  const meta = typeOf(t);
  if (t.initVersion === t.version && t.initMetaVersion === meta.version) return t.initFunc;
  let init: Value | null = null;
  if (meta.lookup('__call__') === A.typeCallDescr && t.lookup('__new__') === A.objectNewDescr) init = t.lookup('__init__');
  t.initFunc = init instanceof PyFunction ? init : null;
  t.initVersion = t.version;
  t.initMetaVersion = meta.version;
  return t.initFunc;
}

/** object.__new__(t) for simpleInit's classes (abstract classes refused, dict and slots made). */
export function newPlainInstance(t: PyType): Value {
  return objectType.tpNew!(t, [], null);
}

/** __init__ returned something other than None (type_call's check, raised in the caller). */
export function initReturnedNonNone(v: Value): never {
  throw newException(TypeError, `__init__() should return None, not '${A.typeName(v)}'`);
}

/** // of two small ints with a non-zero divisor. */
export function intFloorDivFast(a: number, b: number): Value {
  return I.intFloorDiv(a, b);
}

/** BINARY_OP on ints where one is big (or a small-int result overflowed): + - * straight to the int arithmetic. */
export function bigIntBinary(a: Value, b: Value, op: number): Value | null {
  if (!((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint'))) return null;
  switch (op) {
    case 0:
    case 13:
      return I.intAdd(a, b);
    case 10:
    case 23:
      return I.intSub(a, b);
    case 5:
    case 18:
      return I.intMul(a, b);
  }
  return null;
}

/**
 * BINARY_OP's float fast path (3.11's BINARY_OP_*_FLOAT and the mixed
 * float/int cases): exact floats, or an exact float with a small int (exact
 * as a double), for + - * and / by a non-zero value; null when not taken.
 */
export function floatBinary(a: Value, b: Value, op: number): PyFloat | null {
  let x: number;
  let y: number;
  if (a instanceof PyFloat) {
    if (a.ob_type !== floatType) return null;
    x = a.value;
    if (b instanceof PyFloat) {
      if (b.ob_type !== floatType) return null;
      y = b.value;
    } else if (typeof b === 'number') y = b;
    else return null;
  } else if (typeof a === 'number' && b instanceof PyFloat && b.ob_type === floatType) {
    x = a;
    y = b.value;
  } else return null;
  switch (op) {
    case 0:
    case 13:
      return new PyFloat(x + y);
    case 10:
    case 23:
      return new PyFloat(x - y);
    case 5:
    case 18:
      return new PyFloat(x * y);
    case 11:
    case 24:
      return y === 0 ? null : new PyFloat(x / y);
    case 8:
    case 21: {
      // float_pow's plain case: a positive finite base, a finite exponent and result.
      if (!(x > 0 && x !== Infinity && Number.isFinite(y))) return null;
      const p = Math.pow(x, y);
      return Number.isFinite(p) ? new PyFloat(p) : null;
    }
  }
  return null;
}

/** Hooks for asynchronous events (SIGINT, step mode, budgets): set by the host. */
export const interruptHandlers: (() => void)[] = [];
export function checkInterrupt(): void {
  ts.interrupt = false;
  for (const h of interruptHandlers) h();
}

// ---------------------------------------------------------------- locals mappings (module/class bodies)

export function localsGet(f: Frame, name: string): Value | null {
  const l = f.locals;
  if (l === null) {
    throw newException(SystemError, `no locals when loading '${name}'`);
  }
  if (l instanceof PyDict && l.ob_type === dictType) return l.getStr(name);
  try {
    return A.getItem(l, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(KeyError)) return null;
    throw e;
  }
}

export function localsSet(f: Frame, name: string, v: Value): void {
  const l = f.locals;
  if (l === null) throw newException(SystemError, `no locals found when storing '${name}'`);
  if (l instanceof PyDict && l.ob_type === dictType) l.set(name, v);
  else A.setItem(l, name, v);
}

export function localsDelete(f: Frame, name: string): void {
  const l = f.locals;
  if (l === null) throw newException(SystemError, `no locals when deleting '${name}'`);
  try {
    if (l instanceof PyDict && l.ob_type === dictType) {
      if (l.delete(name) === null) throw newException(KeyError, name);
    } else A.delItem(l, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(KeyError)) {
      const ne = newException(NameError, `name '${name}' is not defined`);
      throw ne;
    }
    throw e;
  }
}

// ---------------------------------------------------------------- globals

/** exit, quit, help...: made on first use when the frame's builtins are the builtins module's. */
export function siteBuiltinFor(f: Frame, name: string): Value | null {
  if (f.builtins !== lazy_site().builtinsDictRef()) return null;
  return lazy_site().siteBuiltin(name);
}

/** LOAD_GLOBAL without a valid cache: look the name up, raise NameError, or fill the cache. */
export function loadGlobalSlow(f: Frame, name: string, caches: unknown[], i: number): Value {
  const g = f.globals;
  let idx = g.lookupIndex(name);
  if (idx >= 0) {
    caches[i] = { g, gv: g.keysVersion, b: null, bv: 0, idx };
    return g.vals[idx]!;
  }
  const b = f.builtins;
  idx = b.lookupIndex(name);
  if (idx < 0 && siteBuiltinFor(f, name) !== null) idx = b.lookupIndex(name);
  if (idx < 0) {
    const e = newException(NameError, `name '${name}' is not defined`);
    setExcAttr(e, 'name', name);
    throw e;
  }
  caches[i] = { g, gv: g.keysVersion, b, bv: b.keysVersion, idx };
  return b.vals[idx]!;
}

// ---------------------------------------------------------------- calls

/** LOAD_ATTR / STORE_ATTR inline cache: valid while type(o) is `type` at `version`. */
export interface AttrCache {
  type: PyType;
  version: number;
  /** LOAD_ATTR_MODULE: the module's dict, its key version and the entry index; null for instance values. */
  module: PyDict | null;
  kv: number;
  idx: number;
  /** LOAD_ATTR_PROPERTY: a property of the type (whatever the instance dict holds), else null. */
  prop: PyProperty | null;
  /** Entries for the other types seen at a polymorphic site (instance values only), checked on a miss. */
  others: AttrCache[] | null;
}

export interface MethodCache {
  type: PyType;
  version: number;
  descr: Value;
  /** Entries for the other types seen at a polymorphic site, checked on a miss. */
  others: MethodCache[] | null;
}

/** Whether attribute access on instances of t is the generic one (no __getattribute__/__getattr__ overrides). */
function genericAccess(t: PyType): boolean {
  return t.lookup('__getattribute__') === A.objectGetattributeDescr && t.lookup('__getattr__') === null;
}

function isDataDescriptor(d: Value): boolean {
  if (typeof d !== 'object') return false;
  const t = d.ob_type;
  return t.lookup('__set__') !== null || t.lookup('__delete__') !== null;
}

/** How many types one LOAD_ATTR / STORE_ATTR / LOAD_METHOD site remembers (CPython 3.11 keeps one; richards-like code shares sites among subclasses). */
const POLY = 4;

/** The entry for type(o) among a site's other entries, or null. */
function otherEntry<T extends { type: PyType; version: number; others: T[] | null }>(c: T | null, o: Value): T | null {
  if (c === null || c.others === null || typeof o !== 'object') return null;
  const t = o.ob_type;
  for (const e of c.others) if (e.type === t && t.version === e.version) return e;
  return null;
}

/** Record an instance-values entry: it replaces a stale or same-type first entry, else joins the others. */
function addAttrEntry(caches: unknown[], i: number, e: AttrCache): void {
  const c = caches[i] as AttrCache | null;
  if (c === null || c.type === e.type || c.type.version !== c.version || c.module !== null || c.prop !== null) {
    caches[i] = e;
    return;
  }
  const others = (c.others ??= []);
  for (let k = 0; k < others.length; k++) {
    if (others[k].type === e.type || others[k].type.version !== others[k].version) {
      others[k] = e;
      return;
    }
  }
  if (others.length < POLY - 1) others.push(e);
}

export function loadAttrSlow(o: Value, name: string, caches: unknown[], i: number): Value {
  const other = otherEntry(caches[i] as AttrCache | null, o);
  if (other !== null) {
    const d = (o as PyObject).dict;
    const v = d === null ? null : d.getStr(name);
    if (v !== null) return v;
  }
  const v = A.getAttr(o, name);
  if (typeof o === 'object') {
    const t = o.ob_type;
    if (o instanceof PyModule && t.lookup(name) === null && t.lookup('__getattribute__') === A.moduleGetattributeDescr) {
      const idx = o.dict.lookupIndex(name);
      if (idx >= 0) caches[i] = { type: t, version: t.version, module: o.dict, kv: o.dict.keysVersion, idx, prop: null, others: null } satisfies AttrCache;
    } else if (!(o instanceof PyType) && genericAccess(t)) {
      const d = t.lookup(name);
      if (d instanceof PyProperty && d.ob_type === propertyType && d.fget instanceof PyFunction) {
        caches[i] = { type: t, version: t.version, module: null, kv: 0, idx: 0, prop: d, others: null } satisfies AttrCache;
      } else if (o.dict !== null && (d === null || !isDataDescriptor(d)) && o.dict.getStr(name) === v) {
        addAttrEntry(caches, i, { type: t, version: t.version, module: null, kv: 0, idx: 0, prop: null, others: null });
      }
    }
  }
  return v;
}

export function storeAttrSlow(o: Value, name: string, v: Value, caches: unknown[], i: number): void {
  if (otherEntry(caches[i] as AttrCache | null, o) !== null && (o as PyObject).dict !== null) {
    (o as PyObject).dict!.set(name, v);
    return;
  }
  A.setAttr(o, name, v);
  if (typeof o === 'object' && !(o instanceof PyType) && !(o instanceof PyModule) && o.dict !== null) {
    const t = o.ob_type;
    if (t.lookup('__setattr__') === A.objectSetattrDescr) {
      const d = t.lookup(name);
      if (d === null || !isDataDescriptor(d)) addAttrEntry(caches, i, { type: t, version: t.version, module: null, kv: 0, idx: 0, prop: null, others: null });
    }
  }
}

export function loadMethodSlow(o: Value, name: string, caches: unknown[], i: number): Value | null {
  const c = caches[i] as MethodCache | null;
  // A str's method: a str has no instance dict, so the type's version is all the cache needs.
  if (typeof o === 'string' && c !== null && c.type === strType && c.version === strType.version) return c.descr;
  const other = otherEntry(c, o);
  if (other !== null && ((o as PyObject).dict === null || (o as PyObject).dict!.getStr(name) === null)) return other.descr;
  const m = loadMethod(o, name);
  if (m !== null && (typeof o === 'object' || typeof o === 'string')) {
    const t = typeof o === 'string' ? strType : o.ob_type;
    const e: MethodCache = { type: t, version: t.version, descr: m, others: null };
    if (c === null || c.type === t || c.type.version !== c.version) caches[i] = e;
    else {
      const others = (c.others ??= []);
      let k = 0;
      while (k < others.length && others[k].type !== t && others[k].type.version === others[k].version) k++;
      if (k < others.length) others[k] = e;
      else if (others.length < POLY - 1) others.push(e);
    }
  }
  return m;
}

/** LOAD_METHOD: the unbound method when `name` is a plain method of type(o) not shadowed by the instance, else null. */
export function loadMethod(o: Value, name: string): Value | null {
  const t = typeOf(o);
  if (t.lookup('__getattribute__') !== A.objectGetattributeDescr) return null;
  const d = t.lookup(name);
  if (!(d instanceof PyFunction) && !(d instanceof PyMethodDescr && !d.isClassMethod)) return null;
  if (typeof o === 'object' && o.dict !== null && o.dict.getStr(name) !== null) return null;
  return d;
}

const kwCache = new WeakMap<PyTuple, string[]>();
export function kwNames(t: PyTuple): string[] {
  let k = kwCache.get(t);
  if (k === undefined) {
    k = t.items.map((x) => A.strValue(x));
    kwCache.set(t, k);
  }
  return k;
}

/** CALL_FUNCTION_EX: f(*args, **kwargs). */
export function callEx(callable: Value, cargs: Value, kw: Value | null): Value {
  let args: Value[];
  if (cargs instanceof PyTuple) args = cargs.items.slice();
  else args = starArgs(callable, cargs);
  let kwnames: string[] | null = null;
  if (kw !== null && kw instanceof PyDict && kw.used > 0) {
    kwnames = [];
    for (const [k, v] of kw.entries()) {
      // _PyStack_UnpackDict's check, unnamed.
      if (!A.isStr(k)) typeError('keywords must be strings');
      kwnames.push(A.strValue(k));
      args.push(v);
    }
  }
  return A.call(callable, args, kwnames);
}

function starArgs(callable: Value, v: Value): Value[] {
  const it = A.getIterOrNull(v);
  if (it === null) typeError(`${funcDesc(callable)} argument after * must be an iterable, not ${A.typeName(v)}`);
  const out: Value[] = [];
  for (;;) {
    const x = A.iterNext(it!);
    if (x === null) return out;
    out.push(x);
  }
}

/** _PyObject_FunctionStr: how call errors name a callable. */
/** _PyObject_FunctionStr: "module.qualname()" (no module for builtins), else str(f). */
export function funcDesc(f: Value): string {
  const qn = A.getAttrOrNull(f, '__qualname__');
  if (qn !== null && A.isStr(qn)) {
    const mod = A.getAttrOrNull(f, '__module__');
    if (mod !== null && mod !== None && A.strValue(A.strObj(mod)) !== 'builtins') return `${A.str(mod)}.${A.strValue(qn)}()`;
    return `${A.strValue(qn)}()`;
  }
  return A.str(f);
}

export function clearFrame(f: Frame): void {
  recycleFrame(f);
}

export function makeFunction(f: Frame, c: PyCode): PyFunction {
  const g = f.globals;
  const consts = c.co.co_consts;
  const doc = consts.length > 0 && typeof consts[0] === 'string' && (c.co.co_flags & 0x1000000 ? false : true) ? null : null;
  void doc;
  const fn = new PyFunction(c, g, f.builtins, c.co.co_qualname, None, g.getStr('__name__') ?? None);
  // The docstring is co_consts[0] when the code has one (CO_... no flag in 3.11: the compiler puts it first).
  const first = c.co.co_consts[0];
  if (typeof first === 'string' && hasDocstring(c)) fn.doc = first;
  return fn;
}

/** 3.11 marks no flag for docstrings; a function has one when its first statement was a string (the compiler keeps it as co_consts[0] and never loads it). */
function hasDocstring(c: PyCode): boolean {
  const instrs = c.co.co_code;
  // LOAD_CONST 0 used by the body means consts[0] is a value, not a docstring.
  for (let i = 0; i < instrs.length; i += 2) {
    if (instrs[i] === Op.LOAD_CONST && instrs[i + 1] === 0 && (i === 0 || instrs[i - 2] !== Op.EXTENDED_ARG)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- raise

/** do_raise: returns the exception to unwind with, and whether it is a bare re-raise (no new traceback entry). */
export function doRaise(excV: Value | null, cause: Value | null): { exc: PyBaseException; reraise: boolean } {
  if (excV === null) {
    const cur = topmostException();
    if (cur === null) {
      const e = newException(RuntimeErrorRef(), 'No active exception to reraise');
      return { exc: e, reraise: false };
    }
    return { exc: cur as PyBaseException, reraise: true };
  }
  let exc: PyBaseException;
  if (excV instanceof PyType) {
    if (!excV.isSubtype(BaseException)) typeError('exceptions must derive from BaseException');
    const inst = A.call(excV, []);
    if (!(inst instanceof PyBaseException)) {
      // do_raise names the type with %R (PyErr_NormalizeException, for throw(), with its tp_name).
      typeError(`calling ${A.repr(excV)} should have returned an instance of BaseException, not ${A.repr(typeOf(inst))}`);
    }
    exc = inst as PyBaseException;
  } else if (excV instanceof PyBaseException) exc = excV;
  else return typeError('exceptions must derive from BaseException');
  if (cause !== null) {
    let c: Value;
    if (cause instanceof PyType && cause.isSubtype(BaseException)) {
      c = A.call(cause, []);
      if (!(c instanceof PyBaseException)) {
        typeError(`calling ${A.repr(cause)} should have returned an instance of BaseException, not ${A.repr(typeOf(c))}`);
      }
    } else if (cause instanceof PyBaseException || cause === None) c = cause;
    else return typeError('exception causes must derive from BaseException');
    exc.cause = c === None ? null : c;
    exc.suppressContext = true;
  }
  setContext(exc);
  return { exc, reraise: false };
}

function RuntimeErrorRef(): PyType {
  return lazy_exceptions().RuntimeError;
}

/** _PyErr_SetObject's chaining: the exception being handled becomes __context__ (cycles broken). */
export function setContext(exc: PyBaseException): void {
  const cur = topmostException();
  if (cur === null || cur === exc) return;
  // Break a cycle exc -> ... -> exc in the context chain of cur; a cycle already in that chain
  // (made by assigning __context__) ends the walk, found as CPython finds it (Floyd's slow pointer).
  let o = cur as PyBaseException;
  let slow = o;
  let toggle = false;
  for (;;) {
    const ctx = o.context;
    if (ctx === null || !(ctx instanceof PyBaseException)) break;
    if (ctx === exc) {
      o.context = null;
      break;
    }
    o = ctx;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyBaseException;
    toggle = !toggle;
  }
  exc.context = cur;
}

export function checkExceptType(right: Value): void {
  const bad = (t: Value): boolean => !(t instanceof PyType && t.isSubtype(BaseException));
  if (right instanceof PyTuple) {
    for (const t of right.items) {
      if (bad(t)) typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  } else if (bad(right)) typeError('catching classes that do not inherit from BaseException is not allowed');
}

/** PyErr_GivenExceptionMatches. */
export function excMatches(e: Value, t: Value): boolean {
  if (t instanceof PyTuple) {
    for (const x of t.items) if (excMatches(e, x)) return true;
    return false;
  }
  const et = e instanceof PyType ? e : typeOf(e);
  return t instanceof PyType && et.isSubtype(t);
}

// ---------------------------------------------------------------- exception table and tracebacks

const tables = new WeakMap<PyCode, ExceptionTableEntry[]>();

export function findHandler(code: PyCode, lasti: number): ExceptionTableEntry | null {
  let t = tables.get(code);
  if (t === undefined) {
    // The parsed table is in byte offsets; the loop counts code units.
    t = code.co.exceptionTable().map((e) => ({ ...e, start: e.start / 2, end: e.end / 2, target: e.target / 2 }));
    tables.set(code, t);
  }
  for (const e of t) {
    if (lasti >= e.start && lasti < e.end) return e;
  }
  return null;
}

/** A traceback entry (tb_frame, tb_lasti in code units, tb_next). */
export class PyTraceback extends PyObject {
  /** tb_lasti and tb_lineno given to types.TracebackType(...) rather than taken from the frame. */
  givenLasti: number | null = null;
  givenLineno: number | null = null;
  constructor(
    readonly frame: Frame,
    readonly lasti: number,
    public next: PyTraceback | null,
  ) {
    super(tracebackTypeRef());
  }
}

let tracebackType: PyType | null = null;
function tracebackTypeRef(): PyType {
  // Cached: a traceback entry is made per frame an exception passes.
  return (tracebackType ??= lazy_types().tracebackType);
}

/** PyTraceBack_Here. */
export function addTraceback(exc: PyBaseException, f: Frame): void {
  escapeFrame(f);
  exc.traceback = new PyTraceback(f, f.lasti, exc.traceback as PyTraceback | null);
}

// ---------------------------------------------------------------- unpacking, slices, formatting

export function unpackIterable(v: Value, before: number, after: number): Value[] {
  const it = A.getIterOrNull(v);
  if (it === null) typeError(`cannot unpack non-iterable ${A.typeName(v)} object`);
  const items: Value[] = [];
  for (;;) {
    const x = A.iterNext(it!);
    if (x === null) break;
    items.push(x);
    if (after < 0 && items.length > before) {
      valueError(`too many values to unpack (expected ${before})`);
    }
  }
  if (after < 0) {
    if (items.length < before) valueError(`not enough values to unpack (expected ${before}, got ${items.length})`);
    return items;
  }
  if (items.length < before + after) {
    valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const mid = items.slice(before, items.length - after);
  return [...items.slice(0, before), new PyList(mid), ...items.slice(items.length - after)];
}

export function makeSlice(start: Value, stop: Value, step: Value): PySlice {
  return new PySlice(start, stop, step);
}

/** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii), then format(value, spec). */
export function formatValue(v: Value, conv: number, spec: Value | null): Value {
  if (conv === 1) v = A.strObj(v);
  else if (conv === 2) v = A.mkStr(A.repr(v));
  else if (conv === 3) v = A.mkStr(asciiOf(A.repr(v)));
  if (spec === null) {
    if (typeof v === 'string') return v;
    // format(int, '') is str(int): an exact int's decimal digits (bool is not a number here).
    if (typeof v === 'number') return String(v);
  }
  return format(v, spec === null ? '' : spec);
}

export function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** format(v, spec) (PyObject_Format). */
export function format(v: Value, spec: Value): Value {
  if (typeof v === 'string' && spec === '') return v;
  const m = typeOf(v).lookup('__format__');
  if (m === null) typeError(`Type ${A.typeName(v)} doesn't define __format__`);
  const r = A.callDescr(m!, v, [spec]);
  if (!A.isStr(r)) typeError(`__format__ must return a str, not ${A.typeName(r)}`);
  return r;
}

// ---------------------------------------------------------------- generators (vm/generators.ts)

export function makeGenerator(f: Frame): Value {
  const g = lazy_generators();
  return g.makeGenerator(f);
}

// ---------------------------------------------------------------- the rare instructions

/** Execute a rare instruction; returns the new stack pointer (and may set jumpTarget.pc). */
export function rareOp(f: Frame, op: number, arg: number, sp: number, pc: number): number {
  const s = f.s;
  switch (op) {
    case Op.LIST_EXTEND: {
      const v = s[--sp]!;
      const l = s[sp - arg] as PyList;
      if (v instanceof PyList || v instanceof PyTuple) l.items.push(...v.items);
      else {
        const it = A.getIterOrNull(v);
        if (it === null) {
          typeError(`Value after * must be an iterable, not ${A.typeName(v)}`);
        }
        for (;;) {
          const x = A.iterNext(it!);
          if (x === null) break;
          l.items.push(x);
        }
      }
      return sp;
    }
    case Op.LIST_TO_TUPLE:
      s[sp - 1] = tuple((s[sp - 1] as PyList).items.slice());
      return sp;
    case Op.BUILD_SET: {
      const set = new PySet();
      for (let i = sp - arg; i < sp; i++) set.add(s[i]!);
      sp -= arg;
      s[sp++] = set;
      return sp;
    }
    case Op.SET_ADD: {
      const v = s[--sp]!;
      (s[sp - arg] as PySet).add(v);
      return sp;
    }
    case Op.SET_UPDATE: {
      const v = s[--sp]!;
      const set = s[sp - arg] as PySet;
      set.update(v);
      return sp;
    }
    case Op.DICT_UPDATE: {
      const v = s[--sp]!;
      const d = s[sp - arg] as PyDict;
      if (v instanceof PyDict) d.copyFrom(v);
      else {
        const keys = A.getAttrOrNull(v, 'keys');
        if (keys === null) typeError(`'${A.typeName(v)}' object is not a mapping`);
        for (const k of A.toArray(A.call(keys!, []))) d.set(k, A.getItem(v, k));
      }
      return sp;
    }
    case Op.DICT_MERGE: {
      const v = s[--sp]!;
      const d = s[sp - arg] as PyDict;
      const callable = s[sp - arg - 2]!;
      const add = (k: Value, val: Value): void => {
        if (d.has(k)) {
          const e = newException(TypeError, `${funcDesc(callable)} got multiple values for keyword argument '${A.strValue(k)}'`);
          throw e;
        }
        d.set(k, val);
      };
      if (v instanceof PyDict && v.ob_type === dictType) for (const [k, val] of v.entries()) add(k, val);
      else {
        const keys = A.getAttrOrNull(v, 'keys');
        if (keys === null) typeError(`${funcDesc(callable)} argument after ** must be a mapping, not ${A.typeName(v)}`);
        for (const k of A.toArray(A.call(keys!, []))) add(k, A.getItem(v, k));
      }
      return sp;
    }
    case Op.SETUP_ANNOTATIONS: {
      const l = f.locals!;
      if (l instanceof PyDict) {
        if (l.getStr('__annotations__') === null) l.set('__annotations__', new PyDict());
      } else {
        try {
          A.getItem(l, '__annotations__');
        } catch (e) {
          if (!(e instanceof PyBaseException && e.ob_type.isSubtype(KeyError))) throw e;
          A.setItem(l, '__annotations__', new PyDict());
        }
      }
      return sp;
    }
    case Op.BEFORE_WITH: {
      const mgr = s[sp - 1]!;
      const t = typeOf(mgr);
      const enter = t.lookup('__enter__');
      const exit = t.lookup('__exit__');
      if (enter === null) {
        typeError(`'${t.name}' object does not support the context manager protocol`);
      }
      if (exit === null) {
        typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
      }
      s[sp - 1] = A.bindDescr(exit!, mgr, t);
      s[sp++] = A.callDescr(enter!, mgr, []);
      return sp;
    }
    case Op.WITH_EXCEPT_START: {
      // Stack: exit_func, lasti, prev_exc, exc
      const exc = s[sp - 1]!;
      const exit = s[sp - 4]!;
      const tb = exc instanceof PyBaseException && exc.traceback !== null ? exc.traceback : None;
      s[sp++] = A.call(exit, [typeOf(exc), exc, tb]);
      return sp;
    }
    case Op.IMPORT_NAME: {
      const fromlist = s[--sp]!;
      const level = s[sp - 1]!;
      const imp = lazy_imports();
      s[sp - 1] = imp.importName(f, f.code.co.co_names[arg], fromlist, level);
      return sp;
    }
    case Op.IMPORT_FROM: {
      const imp = lazy_imports();
      s[sp] = imp.importFrom(s[sp - 1]!, f.code.co.co_names[arg]);
      return sp + 1;
    }
    case Op.IMPORT_STAR: {
      const mod = s[--sp]!;
      const imp = lazy_imports();
      imp.importStar(f, mod);
      return sp;
    }
    case Op.PRINT_EXPR: {
      const v = s[--sp]!;
      const sys = lazy_sys() as { displayhook(v: Value): void };
      sys.displayhook(v);
      return sp;
    }
    case Op.GET_YIELD_FROM_ITER:
    case Op.SEND:
    case Op.GET_AWAITABLE:
    case Op.GET_AITER:
    case Op.GET_ANEXT:
    case Op.END_ASYNC_FOR:
    case Op.BEFORE_ASYNC_WITH:
    case Op.ASYNC_GEN_WRAP: {
      const g = lazy_generators();
      return g.asyncOp(f, op, arg, sp, pc);
    }
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
    case Op.MATCH_CLASS: {
      const m = lazy_match();
      return m.matchOp(f, op, arg, sp);
    }
    case Op.CHECK_EG_MATCH:
    case Op.PREP_RERAISE_STAR: {
      const m = lazy_except_star();
      return m.exceptStarOp(f, op, arg, sp);
    }
  }
  throw newException(SystemError, `unknown opcode ${op}`);
}

export { EMPTY_TUPLE, objectType, strType, frozensetType, PyStrSub, ValueError, StopIteration, StopAsyncIteration, ImportError, KeyboardInterrupt, BaseExceptionGroup, PyModule };
