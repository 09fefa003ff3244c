/**
 * The generic object protocols (Objects/abstract.c, object.c, typeobject.c's
 * slot wrappers): attribute access with descriptors, calls, binary and unary
 * operators with reflection and NotImplemented, rich comparison, truth,
 * iteration (null = exhausted, no StopIteration), hashing, repr/str, len and
 * subscription. Builtin types get fast paths here; everything else goes
 * through the dunder methods found on the type, as CPython's slot_* do.
 */
import { PyObject, type Value } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyFloat } from './float_object';
import { PyInstance } from './instance';
import {
  PyTuple, PyList, PyIntSub, PyStrSub, PyWStr, PyBytes, tuple,
} from './containers';
import {
  PyFunction, PyBuiltin, PyMethod, PyMethodDescr, PyClassMethod, PyStaticMethod, PyProperty, PyGetSet,
  PyMemberDescr, PyModule,
} from './function';
import {
  typeOf, None, NotImplemented, objectType, typeType, intType, floatType, strType, boolType, moduleType,
} from './types';
import {
  PyBaseException, TypeError, AttributeError, newException, setExcAttr, typeError, StopIteration,
} from './exceptions';
import * as I from './int';
import { strHash, hashBytes } from './siphash';
import { floatRepr, strRepr } from './repr';
import { lazy } from '../util/lazy';
const lazy_exceptions = lazy(() => require('./exceptions') as typeof import('./exceptions'));
const lazy_types = lazy(() => require('./types') as typeof import('./types'));
const lazy_generic_alias = lazy(() => require('./generic_alias') as typeof import('./generic_alias'));
const lazy_site = lazy(() => require('../modules/site_builtins') as typeof import('../modules/site_builtins'));

/** Set by the VM: run a Python function to completion (a nested eval loop). */
export const hooks = {
  callPython: null as unknown as (f: PyFunction, args: Value[], kwnames: string[] | null) => Value,
};

export function typeName(v: Value): string {
  return typeOf(v).name;
}

// ---------------------------------------------------------------- calls

export function call(f: Value, args: Value[], kwnames: string[] | null = null): Value {
  if (f instanceof PyFunction) return hooks.callPython(f, args, kwnames);
  if (f instanceof PyBuiltin) return f.self === null ? f.fn(args, kwnames) : f.fn([f.self, ...args], kwnames);
  if (f instanceof PyMethod) return call(f.func, [f.self, ...args], kwnames);
  if (f instanceof PyMethodDescr) return callMethodDescr(f, args, kwnames);
  if (f instanceof PyType) return typeCall(f, args, kwnames);
  const c = typeOf(f).lookup('__call__');
  if (c === null) typeError(`'${typeName(f)}' object is not callable`);
  return callDescr(c!, f, args, kwnames);
}

export function callMethodDescr(f: PyMethodDescr, args: Value[], kwnames: string[] | null): Value {
  if (f.isClassMethod) {
    typeError(`descriptor '${f.name}' of '${f.objclass.name}' object needs an argument`);
  }
  if (args.length - (kwnames ? kwnames.length : 0) < 1) {
    typeError(`unbound method ${f.objclass.name}.${f.name}() needs an argument`);
  }
  if (!typeOf(args[0]).isSubtype(f.objclass)) {
    typeError(`descriptor '${f.name}' for '${f.objclass.name}' objects doesn't apply to a '${typeName(args[0])}' object`);
  }
  return f.fn(args, kwnames);
}

/** Call the attribute `descr` found on type(self) as a method of `self` (what slot wrappers do). */
export function callDescr(descr: Value, self: Value, args: Value[], kwnames: string[] | null = null): Value {
  if (descr instanceof PyFunction) return hooks.callPython(descr, [self, ...args], kwnames);
  if (descr instanceof PyMethodDescr && !descr.isClassMethod) return descr.fn([self, ...args], kwnames);
  const bound = bindDescr(descr, self, typeOf(self));
  return call(bound, args, kwnames);
}

/** Look up a special method on the type and call it; null if the type has none. */
export function callSpecial(self: Value, name: string, args: Value[]): Value | null {
  const d = typeOf(self).lookup(name);
  if (d === null) return null;
  return callDescr(d, self, args);
}

export function callMethod(self: Value, name: string, args: Value[], kwnames: string[] | null = null): Value {
  return call(getAttr(self, name), args, kwnames);
}

/** type.__call__: __new__ then __init__ when the result is an instance. */
export function typeCall(type: PyType, args: Value[], kwnames: string[] | null): Value {
  // str() of an exact int or str: what type_call reaches through str.__new__ (str's metaclass is type).
  if (type === strType && args.length === 1 && kwnames === null) {
    const a = args[0];
    if (typeof a === 'number') return String(a);
    if (typeof a === 'string') return a;
  }
  const metaCall = typeOf(type).lookup('__call__');
  if (metaCall !== null && metaCall !== typeCallDescr) return callDescr(metaCall, type, args, kwnames);
  return typeCallImpl(type, args, kwnames);
}

/** type_call itself (type.__call__): __new__, then __init__ when __new__ gave an instance of the type. */
export function typeCallImpl(type: PyType, args: Value[], kwnames: string[] | null): Value {
  // type_call: only type itself has the one-argument form (#27157).
  if (type === typeType) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length === 1 && nkw === 0) return typeOf(args[0]);
    if (args.length - nkw !== 1 && args.length - nkw !== 3) typeError('type() takes 1 or 3 arguments');
  }
  const nw = type.lookup('__new__');
  let obj: Value;
  if (nw instanceof PyStaticMethod) obj = call(nw.func, [type, ...args], kwnames);
  else if (nw !== null) obj = call(nw, [type, ...args], kwnames);
  else typeError(`cannot create '${type.name}' instances`);
  if (!typeOf(obj!).isSubtype(type)) return obj!;
  const init = typeOf(obj!).lookup('__init__');
  if (init !== null && init !== objectInitDescr) {
    const r = callDescr(init, obj!, args, kwnames);
    if (r !== None) typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (init === objectInitDescr && (args.length > 0) && nw === objectNewDescr) {
    // object_new already complained.
  }
  return obj!;
}

/** Set by builtins setup: the descriptors object.__init__, object.__new__ and type.__call__ (identity checks above). */
export let objectInitDescr: Value | null = null;
export let objectNewDescr: Value | null = null;
export let typeCallDescr: Value | null = null;
export function setCoreDescrs(init: Value, nw: Value, tc: Value): void {
  objectInitDescr = init;
  objectNewDescr = nw;
  typeCallDescr = tc;
}

// ---------------------------------------------------------------- attributes

/** descr.__get__(obj, type) for whatever `descr` is. */
export function bindDescr(descr: Value, obj: Value | null, type: PyType): Value {
  if (descr instanceof PyFunction) return obj === null ? descr : new PyMethod(descr, obj);
  if (descr instanceof PyMethodDescr) {
    if (descr.isClassMethod) return new PyBuiltin(descr.name, descr.fn, type, descr.name);
    return obj === null ? descr : new PyBuiltin(descr.name, descr.fn, obj, `${descr.objclass.name}.${descr.name}`);
  }
  if (descr instanceof PyClassMethod) return new PyMethod(descr.func, type);
  if (descr instanceof PyStaticMethod) return descr.func;
  if (descr instanceof PyProperty) return obj === null ? descr : propertyGet(descr, obj);
  if (descr instanceof PyGetSet) return obj === null ? descr : descr.get(obj);
  if (descr instanceof PyMemberDescr) return obj === null ? descr : memberGet(descr, obj);
  if (typeof descr !== 'object' || descr instanceof PyType || descr instanceof PyBuiltin) return descr;
  const get = descr.ob_type.lookup('__get__');
  if (get === null) return descr;
  return callDescr(get, descr, [obj === null ? None : obj, type]);
}

function isDataDescr(d: Value): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet || d instanceof PyMemberDescr) return true;
  if (typeof d !== 'object' || d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyType || d instanceof PyBuiltin) return false;
  const t = d.ob_type;
  return t.lookup('__set__') !== null || t.lookup('__delete__') !== null;
}

function propertyGet(p: PyProperty, obj: Value): Value {
  if (p.fget === null) {
    const name = p.name !== null ? ` '${strValue(p.name)}'` : '';
    attributeErrorFor(obj, `property${name} of '${typeName(obj)}' object has no getter`, null);
  }
  return call(p.fget!, [obj]);
}

function memberGet(d: PyMemberDescr, obj: Value): Value {
  const sv = typeof obj === 'object' ? obj.slotValues : null;
  const v = sv ? sv[d.index] : null;
  if (v === null || v === undefined) attributeErrorFor(obj, `'${typeName(obj)}' object has no attribute '${d.name}'`, d.name);
  return v!;
}

export function attributeErrorFor(obj: Value, msg: string, name: string | null): never {
  const e = newException(AttributeError, msg);
  if (name !== null) {
    setExcAttr(e, 'name', name);
    setExcAttr(e, 'obj', obj);
  }
  throw e;
}

export let objectGetattributeDescr: Value | null = null;
export let objectSetattrDescr: Value | null = null;
export let objectDelattrDescr: Value | null = null;
export function setAttrDescrs(ga: Value, sa: Value, da: Value): void {
  objectGetattributeDescr = ga;
  objectSetattrDescr = sa;
  objectDelattrDescr = da;
}

/** getattr(o, name). */
export function getAttr(o: Value, name: string): Value {
  const v = lookupAttr(o, name, false);
  return v!;
}

/** getattr(o, name, <missing>): null instead of AttributeError (the sentinel protocol of vm-design §7). */
export function getAttrOrNull(o: Value, name: string): Value | null {
  return lookupAttr(o, name, true);
}

function lookupAttr(o: Value, name: string, suppress: boolean): Value | null {
  if (!suppress) return lookupAttrRaw(o, name, false);
  // getattr(o, name, default): an AttributeError from a descriptor's getter counts as missing too.
  try {
    return lookupAttrRaw(o, name, true);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(AttributeError)) return null;
    throw e;
  }
}

function lookupAttrRaw(o: Value, name: string, suppress: boolean): Value | null {
  const t = typeOf(o);
  const ga = t.lookup('__getattribute__');
  const gattr = t.lookup('__getattr__');
  if (ga === objectGetattributeDescr && gattr === null) return genericGetAttr(o, t, name, suppress);
  if (o instanceof PyType && gattr === null && ga !== null && (ga as PyObject).ob_type !== undefined && typeGetattributeDescr === ga) {
    return typeGetAttr(o, name, suppress);
  }
  if (o instanceof PyModule && gattr === null && ga === moduleGetattributeDescr) return moduleGetAttr(o, name, suppress);
  try {
    if (ga === objectGetattributeDescr) return genericGetAttr(o, t, name, false);
    if (ga === typeGetattributeDescr && o instanceof PyType) return typeGetAttr(o, name, false);
    if (ga === moduleGetattributeDescr && o instanceof PyModule) return moduleGetAttr(o, name, false);
    return callDescr(ga!, o, [name]);
  } catch (e) {
    if (!(e instanceof PyBaseException) || !e.ob_type.isSubtype(AttributeError)) throw e;
    if (gattr !== null) {
      if (!suppress) return callDescr(gattr, o, [name]);
      try {
        return callDescr(gattr, o, [name]);
      } catch (e2) {
        if (e2 instanceof PyBaseException && e2.ob_type.isSubtype(AttributeError)) return null;
        throw e2;
      }
    }
    if (suppress) return null;
    throw e;
  }
}

export let typeGetattributeDescr: Value | null = null;
export let moduleGetattributeDescr: Value | null = null;
export function setTypeModuleGetattr(t: Value, m: Value): void {
  typeGetattributeDescr = t;
  moduleGetattributeDescr = m;
}

/** object.__getattribute__ (PyObject_GenericGetAttr). */
export function genericGetAttr(o: Value, t: PyType, name: string, suppress: boolean): Value | null {
  const descr = t.lookup(name);
  if (descr !== null && isDataDescr(descr)) return bindDescr(descr, o, t);
  if (typeof o === 'object') {
    const d = o.dict;
    if (d !== null) {
      const v = d.getStr(name);
      if (v !== null) return v;
    }
  }
  if (descr !== null) return bindDescr(descr, o, t);
  if (suppress) return null;
  return attributeErrorFor(o, `'${t.name}' object has no attribute '${name}'`, name);
}

/** type.__getattribute__ (type_getattro). */
export function typeGetAttr(type: PyType, name: string, suppress: boolean): Value | null {
  const meta = typeOf(type);
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && isDataDescr(metaAttr)) return bindDescr(metaAttr, type, meta);
  const attr = type.lookup(name);
  if (attr !== null) {
    if (attr instanceof PyMethodDescr && !attr.isClassMethod) return attr;
    if (attr instanceof PyProperty || attr instanceof PyGetSet || attr instanceof PyMemberDescr) return attr;
    return bindDescr(attr, null, type);
  }
  if (metaAttr !== null) return bindDescr(metaAttr, type, meta);
  if (suppress) return null;
  return attributeErrorFor(type, `type object '${type.name}' has no attribute '${name}'`, name);
}

function moduleGetAttr(m: PyModule, name: string, suppress: boolean): Value | null {
  const v = genericGetAttr(m, m.ob_type, name, true);
  if (v !== null) return v;
  const ga = m.dict.getStr('__getattr__');
  if (ga !== null) {
    if (!suppress) return call(ga, [name]);
    try {
      return call(ga, [name]);
    } catch (e) {
      if (e instanceof PyBaseException && e.ob_type.isSubtype(AttributeError)) return null;
      throw e;
    }
  }
  if (m.dict === lazy_site().builtinsDictRef()) {
    const sb = lazy_site().siteBuiltin(name);
    if (sb !== null) return sb;
  }
  if (suppress) return null;
  const modName = m.dict.getStr('__name__');
  if (modName !== null && typeof modName === 'string') {
    // _PyModuleSpec_IsInitializing: the module is still running its body (an import cycle, most likely).
    const spec = m.dict.getStr('__spec__');
    const init = spec === null || spec === None ? null : getAttrOrNull(spec, '_initializing');
    if (init !== null && isTrue(init)) {
      return attributeErrorFor(m, `partially initialized module '${modName}' has no attribute '${name}' (most likely due to a circular import)`, name);
    }
    return attributeErrorFor(m, `module '${modName}' has no attribute '${name}'`, name);
  }
  return attributeErrorFor(m, `module has no attribute '${name}'`, name);
}

/** setattr(o, name, v); v === null deletes (tp_setattro with NULL). */
export function setAttr(o: Value, name: string, v: Value | null): void {
  const t = typeOf(o);
  const sa = t.lookup(v === null ? '__delattr__' : '__setattr__');
  if (sa !== (v === null ? objectDelattrDescr : objectSetattrDescr) && !(o instanceof PyType && sa === (v === null ? typeDelattrDescr : typeSetattrDescr))) {
    callDescr(sa!, o, v === null ? [name] : [name, v]);
    return;
  }
  if (o instanceof PyType) {
    typeSetAttr(o, name, v);
    return;
  }
  genericSetAttr(o, t, name, v);
}

export let typeSetattrDescr: Value | null = null;
export let typeDelattrDescr: Value | null = null;
export function setTypeSetattr(s: Value, d: Value): void {
  typeSetattrDescr = s;
  typeDelattrDescr = d;
}

export function genericSetAttr(o: Value, t: PyType, name: string, v: Value | null): void {
  const descr = t.lookup(name);
  if (descr !== null) {
    if (descr instanceof PyProperty) {
      const f = v === null ? descr.fdel : descr.fset;
      if (f === null) {
        const pname = descr.name !== null ? ` '${strValue(descr.name)}'` : '';
        attributeErrorFor(o, `property${pname} of '${t.name}' object has no ${v === null ? 'deleter' : 'setter'}`, null);
      }
      call(f!, v === null ? [o] : [o, v]);
      return;
    }
    if (descr instanceof PyGetSet) {
      if (descr.set === null) attributeErrorFor(o, `attribute '${name}' of '${descr.objclass.name}' objects is not writable`, null);
      descr.set!(o, v);
      return;
    }
    if (descr instanceof PyMemberDescr) {
      const inst = o as PyObject;
      const sv = inst.slotValues;
      if (v === null && (sv === null || sv === undefined || sv[descr.index] === null || sv[descr.index] === undefined)) attributeErrorFor(o, descr.name, null);
      (inst.slotValues ??= [])[descr.index] = v;
      return;
    }
    if (typeof descr === 'object' && !(descr instanceof PyFunction) && !(descr instanceof PyType) && !(descr instanceof PyBuiltin) && !(descr instanceof PyMethodDescr)) {
      const setter = descr.ob_type.lookup(v === null ? '__delete__' : '__set__');
      if (setter !== null) {
        callDescr(setter, descr, v === null ? [o] : [o, v]);
        return;
      }
    }
  }
  if (typeof o === 'object') {
    let d = o.dict;
    if (d === null && t.hasInstanceDict) d = o.dict = new PyDict();
    if (d !== null) {
      if (v === null) {
        if (d.delete(name) === null) attributeErrorFor(o, `'${t.name}' object has no attribute '${name}'`, name);
      } else d.set(name, v);
      return;
    }
  }
  // No __dict__: a class attribute there makes the name read-only (set or delete), else it is missing.
  if (descr === null) attributeErrorFor(o, `'${t.name}' object has no attribute '${name}'`, name);
  attributeErrorFor(o, `'${t.name}' object attribute '${name}' is read-only`, name);
}

export function typeSetAttr(type: PyType, name: string, v: Value | null): void {
  if (!(type.flags & (1 << 9))) {
    typeError(`cannot set '${name}' attribute of immutable type '${type.name}'`);
  }
  const meta = typeOf(type);
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && isDataDescr(metaAttr)) {
    genericSetAttr(type, meta, name, v);
    return;
  }
  if (v === null) {
    if (type.dict.delete(name) === null) attributeErrorFor(type, `type object '${type.name}' has no attribute '${name}'`, name);
  } else type.dict.set(name, v);
  type.modified();
}

export function delAttr(o: Value, name: string): void {
  setAttr(o, name, null);
}

// ---------------------------------------------------------------- str values

export const SURROGATE_RE = /[\uD800-\uDFFF]/;

/** A Python str from JS text (wide form when it holds surrogate code units). */
export function mkStr(s: string): Value {
  if (!SURROGATE_RE.test(s)) return s;
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  return new PyWStr(Uint32Array.from(cps));
}

/** The JS text of a str value (str subclasses included). */
export function strValue(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyWStr) return String.fromCodePoint(...v.cps);
  if (v instanceof PyStrSub) return strValue(v.value);
  return typeError(`expected str, got ${typeName(v)}`);
}

export function isStr(v: Value): boolean {
  return typeof v === 'string' || v instanceof PyWStr || (typeof v === 'object' && v.ob_type.isSubtype(strType));
}

// ---------------------------------------------------------------- numbers

/** The int value of an int or int-subclass instance (bool included), or null. */
export function intValue(v: Value): I.Int | null {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyIntSub) return v.value;
  return null;
}

/** operator.index(v) (PyNumber_Index). */
export function asIndex(v: Value): I.Int {
  const i = intValue(v);
  if (i !== null) return i;
  const m = typeOf(v).lookup('__index__');
  if (m === null) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = callDescr(m!, v, []);
  const ri = intValue(r);
  if (ri === null || typeof r === 'boolean') {
    if (ri !== null) return ri;
    typeError(`__index__ returned non-int (type ${typeName(r)})`);
  }
  return ri!;
}

/** An index as a JS number (Py_ssize_t), with CPython's OverflowError for huge values. */
export function asSsize(v: Value, what = 'int'): number {
  const i = asIndex(v);
  if (typeof i === 'bigint') {
    const { OverflowError } = lazy_exceptions();
    throw newException(OverflowError, `cannot fit '${what}' into an index-sized integer`);
  }
  return i;
}

/** The float value of int/float values, for mixed arithmetic; null otherwise. */
export function floatValue(v: Value): number | null {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  if (i !== null) return I.intToFloat(i);
  return null;
}

export function mkFloat(x: number): PyFloat {
  return new PyFloat(x);
}

// ---------------------------------------------------------------- binary operators

/** [dunder, reflected dunder, inplace dunder, symbol] for BINARY_OP's arguments 0..12. */
export const BINOPS: readonly [string, string, string, string][] = [
  ['__add__', '__radd__', '__iadd__', '+'],
  ['__and__', '__rand__', '__iand__', '&'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__', '//'],
  ['__lshift__', '__rlshift__', '__ilshift__', '<<'],
  ['__matmul__', '__rmatmul__', '__imatmul__', '@'],
  ['__mul__', '__rmul__', '__imul__', '*'],
  ['__mod__', '__rmod__', '__imod__', '%'],
  ['__or__', '__ror__', '__ior__', '|'],
  ['__pow__', '__rpow__', '__ipow__', '**'],
  ['__rshift__', '__rrshift__', '__irshift__', '>>'],
  ['__sub__', '__rsub__', '__isub__', '-'],
  ['__truediv__', '__rtruediv__', '__itruediv__', '/'],
  ['__xor__', '__rxor__', '__ixor__', '^'],
];

export const NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATMUL = 4, NB_MULTIPLY = 5,
  NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10, NB_TRUE_DIVIDE = 11, NB_XOR = 12;

/**
 * Native implementations of the numeric and sequence operators of the builtin
 * types (registered by each type's file): fn(a, b) returns NotImplemented when
 * it does not handle the operands, exactly like the C slots.
 */
export type BinSlot = (a: Value, b: Value) => Value;

/** BINARY_OP: op 0..12 binary, 13..25 in-place. */
export function binaryOp(a: Value, b: Value, op: number): Value {
  if (op >= 13) return inplaceOp(a, b, op - 13);
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case NB_ADD: {
        const r = a + b;
        if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) return r;
        break;
      }
      case NB_SUBTRACT: {
        const r = a - b;
        if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) return r;
        break;
      }
    }
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  if (op === NB_ADD || op === NB_MULTIPLY) {
    const q = sequenceOp(a, b, op);
    if (q !== null) return q;
  }
  return binopTypeError(a, b, BINOPS[op][3]);
}

/**
 * sq_concat / sq_repeat of the builtin sequences, registered by their files:
 * PyNumber_Add and PyNumber_Multiply fall back to them after the number slots
 * (so 'a' + x still tries x.__radd__ before "can only concatenate str").
 */
export const sqConcat = new Map<PyType, BinSlot>();
export const sqRepeat = new Map<PyType, (seq: Value, n: I.Int) => Value>();

function sqSlot<T>(m: Map<PyType, T>, v: Value): T | null {
  if (m.size === 0) return null;
  for (const t of typeOf(v).mro) {
    const f = m.get(t);
    if (f !== undefined) return f;
  }
  return null;
}

function sequenceOp(a: Value, b: Value, op: number): Value | null {
  if (op === NB_ADD) {
    const c = sqSlot(sqConcat, a);
    return c === null ? null : c(a, b);
  }
  let f = sqSlot(sqRepeat, a);
  let seq = a;
  let n = b;
  if (f === null) {
    f = sqSlot(sqRepeat, b);
    seq = b;
    n = a;
  }
  if (f === null) return null;
  if (intValue(n) === null && typeOf(n).lookup('__index__') === null) typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  return f(seq, asIndex(n));
}

function binopTypeError(a: Value, b: Value, sym: string): never {
  if (sym === '**') typeError(`unsupported operand type(s) for ${sym} or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  if (sym === '<<' && typeof a === 'object' && a instanceof PyBuiltin && a.name === 'print') {
    typeError(`unsupported operand type(s) for >>: '${typeName(a)}' and '${typeName(b)}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  return typeError(`unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** binary_op1: a.__op__(b), then b.__rop__(a) (first when type(b) is a subclass overriding it). */
export function binaryOp1(a: Value, b: Value, op: number): Value {
  const [name, rname] = BINOPS[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  const slotA = ta.lookup(name);
  let slotB = tb !== ta ? tb.lookup(rname) : null;
  if (slotB !== null && slotB === ta.lookup(rname)) slotB = tb.isSubtype(ta) ? null : slotB;
  if (slotA !== null) {
    if (slotB !== null && tb.isSubtype(ta)) {
      const r = callDescr(slotB, b, [a]);
      if (r !== NotImplemented) return r;
      slotB = null;
    }
    const r = callDescr(slotA, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (slotB !== null) {
    const r = callDescr(slotB, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

function inplaceOp(a: Value, b: Value, op: number): Value {
  const [, , iname, sym] = BINOPS[op];
  if (typeof a === 'object' && !(a instanceof PyFloat)) {
    const slot = a.ob_type.lookup(iname);
    if (slot !== null) {
      const r = callDescr(slot, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  if (op === NB_ADD || op === NB_MULTIPLY) {
    const q = sequenceOp(a, b, op);
    if (q !== null) return q;
  }
  return binopTypeError(a, b, sym + '=');
}

export function pow3(a: Value, b: Value, m: Value): Value {
  if (m === None) return binaryOp(a, b, NB_POWER);
  const slot = typeOf(a).lookup('__pow__');
  if (slot !== null) {
    const r = callDescr(slot, a, [b, m]);
    if (r !== NotImplemented) return r;
  }
  return typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`);
}

export function unaryOp(v: Value, name: '__neg__' | '__pos__' | '__invert__', sym: string): Value {
  if (typeof v === 'number') {
    if (name === '__neg__') return v === 0 ? 0 : -v;
    if (name === '__pos__') return v;
    return I.intInvert(v);
  }
  const m = typeOf(v).lookup(name);
  if (m === null) typeError(`bad operand type for unary ${sym}: '${typeName(v)}'`);
  return callDescr(m!, v, []);
}

// ---------------------------------------------------------------- comparison

export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAP = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];
const CMP_SYM = ['<', '<=', '==', '!=', '>', '>='];

function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case CMP_LT:
      return c < 0;
    case CMP_LE:
      return c <= 0;
    case CMP_EQ:
      return c === 0;
    case CMP_NE:
      return c !== 0;
    case CMP_GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** PyObject_RichCompare. */
export function richCompare(a: Value, b: Value, op: number): Value {
  const ta = typeof a;
  if ((ta === 'number' || ta === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return cmpResult((a as number) < b ? -1 : (a as number) > b ? 1 : 0, op);
  }
  if (ta === 'string' && typeof b === 'string') return cmpResult(a < b ? -1 : a > b ? 1 : 0, op);
  if (a instanceof PyFloat && b instanceof PyFloat && a.ob_type === floatType && b.ob_type === floatType) {
    const x = a.value;
    const y = b.value;
    switch (op) {
      case CMP_LT:
        return x < y;
      case CMP_LE:
        return x <= y;
      case CMP_EQ:
        return x === y;
      case CMP_NE:
        return x !== y;
      case CMP_GT:
        return x > y;
      default:
        return x >= y;
    }
  }
  return richCompareSlow(a, b, op);
}

function richCompareSlow(a: Value, b: Value, op: number): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta)) {
    const f = tb.lookup(CMP_NAMES[CMP_SWAP[op]]);
    if (f !== null) {
      checkedReverse = true;
      const r = callDescr(f, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(CMP_NAMES[op]);
  if (f !== null) {
    const r = callDescr(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = tb.lookup(CMP_NAMES[CMP_SWAP[op]]);
    if (g !== null) {
      const r = callDescr(g, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === CMP_EQ) return a === b;
  if (op === CMP_NE) return a !== b;
  return typeError(`'${CMP_SYM[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

export function compareBool(a: Value, b: Value, op: number): boolean {
  return isTrue(richCompare(a, b, op));
}

/** PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality. */
export function eqBool(a: Value, b: Value): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta !== 'object' && typeof b !== 'object') {
    if (ta === typeof b) return false;
    // bool vs int mix: compare numerically.
    const x = intValue(a);
    const y = intValue(b);
    return x !== null && y !== null ? x == y : false;
  }
  return isTrue(richCompare(a, b, CMP_EQ));
}

// ---------------------------------------------------------------- truth

export function isTrue(v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true;
  }
  if (v === None) return false;
  if (v instanceof PyList && v.ob_type === v.ob_type) {
    if (v.ob_type.lookup('__bool__') === null && v.ob_type.lookup('__len__') === listLenDescr) return v.items.length !== 0;
  }
  if (v instanceof PyFloat && v.ob_type === floatType) return v.value !== 0;
  return isTrueSlow(v);
}

export let listLenDescr: Value | null = null;
export function setListLenDescr(d: Value): void {
  listLenDescr = d;
}

function isTrueSlow(v: PyObject): boolean {
  const t = v.ob_type;
  const b = t.lookup('__bool__');
  if (b !== null) {
    const r = callDescr(b, v, []);
    if (typeof r !== 'boolean') typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r as boolean;
  }
  const l = t.lookup('__len__');
  if (l !== null) {
    const r = callDescr(l, v, []);
    return lenResult(r) !== 0;
  }
  return true;
}

function lenResult(r: Value): number {
  const i = intValue(r);
  if (i === null) {
    const idx = typeOf(r).lookup('__index__');
    if (idx === null) typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
    return lenResult(asIndex(r));
  }
  if (i < 0) {
    const { ValueError } = lazy_exceptions();
    throw newException(ValueError, '__len__() should return >= 0');
  }
  if (typeof i === 'bigint') {
    const { OverflowError } = lazy_exceptions();
    throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return i;
}

// ---------------------------------------------------------------- len, items, containment

export function len(v: Value): number {
  if (typeof v === 'string') return v.length;
  if (v instanceof PyList && v.ob_type.lookup('__len__') === listLenDescr) return v.items.length;
  if (v instanceof PyTuple && v.ob_type === tupleTypeRef()) return v.items.length;
  const m = typeOf(v).lookup('__len__');
  if (m === null) typeError(`object of type '${typeName(v)}' has no len()`);
  return lenResult(callDescr(m!, v, []));
}

function tupleTypeRef(): PyType {
  return lazy_types().tupleType;
}

export function getItem(o: Value, k: Value): Value {
  const t = typeOf(o);
  const m = t.lookup('__getitem__');
  if (m !== null) return callDescr(m, o, [k]);
  if (o instanceof PyType) {
    if (o === typeType) return genericAlias(o, k);
    const cg = o.lookup('__class_getitem__');
    if (cg !== null) return call(bindDescr(cg, null, o), [k]);
    typeError(`type '${o.name}' is not subscriptable`);
  }
  return typeError(`'${t.name}' object is not subscriptable`);
}

function genericAlias(o: Value, k: Value): Value {
  const m = lazy_generic_alias() as { makeGenericAlias(o: Value, k: Value): Value };
  return m.makeGenericAlias(o, k);
}

export function setItem(o: Value, k: Value, v: Value): void {
  const m = typeOf(o).lookup('__setitem__');
  if (m === null) typeError(`'${typeName(o)}' object does not support item assignment`);
  callDescr(m!, o, [k, v]);
}

export function delItem(o: Value, k: Value): void {
  const m = typeOf(o).lookup('__delitem__');
  if (m === null) typeError(`'${typeName(o)}' object does not support item deletion`);
  callDescr(m!, o, [k]);
}

/** `k in o` (PySequence_Contains). */
export function contains(o: Value, k: Value): boolean {
  const m = typeOf(o).lookup('__contains__');
  if (m !== null) return isTrue(callDescr(m, o, [k]));
  const it = getIterOrNull(o);
  if (it === null) typeError(`argument of type '${typeName(o)}' is not iterable`);
  for (;;) {
    const x = iterNext(it!);
    if (x === null) return false;
    if (eqBool(x, k)) return true;
  }
}

// ---------------------------------------------------------------- iteration

/**
 * Native iterators: next() returns null when exhausted (never raises
 * StopIteration), and FOR_ITER calls it directly.
 */
export class PyNativeIter extends PyObject {
  constructor(
    type: PyType,
    public next: () => Value | null,
    /** __length_hint__, when known. */
    public lengthHint: (() => number) | null = null,
    /** __reduce__ / __setstate__ support is left to the iterator's type. */
  ) {
    super(type);
  }
}

/** iter(v). */
export function getIter(v: Value): Value {
  const it = getIterOrNull(v);
  if (it === null) typeError(`'${typeName(v)}' object is not iterable`);
  return it!;
}

export function getIterOrNull(v: Value): Value | null {
  const t = typeOf(v);
  const m = t.lookup('__iter__');
  if (m !== null) {
    if (m === None) return null;
    const it = callDescr(m, v, []);
    if (!(it instanceof PyNativeIter) && typeOf(it).lookup('__next__') === null) {
      typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    return it;
  }
  const gi = t.lookup('__getitem__');
  if (gi !== null && !(v instanceof PyDict)) return seqIter(v);
  return null;
}

function seqIter(v: Value): Value {
  const { seqIteratorType, IndexErrorRef } = seqIterDeps();
  let i = 0;
  let done = false;
  return new PyNativeIter(seqIteratorType, () => {
    if (done) return null;
    try {
      return getItem(v, i++);
    } catch (e) {
      if (e instanceof PyBaseException && (e.ob_type.isSubtype(IndexErrorRef) || e.ob_type.isSubtype(StopIteration))) {
        done = true;
        return null;
      }
      throw e;
    }
  });
}

function seqIterDeps(): { seqIteratorType: PyType; IndexErrorRef: PyType } {
  return {
    seqIteratorType: lazy_types().seqIteratorType,
    IndexErrorRef: lazy_exceptions().IndexError,
  };
}

/** next(it) with the sentinel protocol: null when exhausted. */
export function iterNext(it: Value): Value | null {
  // 512: TPFLAGS_HEAPTYPE — a Python subclass of a native iterator may override __next__.
  if (it instanceof PyNativeIter && (it.ob_type.flags & 512) === 0) return it.next();
  const m = typeOf(it).lookup('__next__');
  if (m === null) typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callDescr(m!, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(StopIteration)) return null;
    throw e;
  }
}

/** Every item of an iterable, as a JS array. */
export function toArray(v: Value): Value[] {
  if (v instanceof PyList && v.ob_type.lookup('__iter__') === listIterDescr) return v.items.slice();
  if (v instanceof PyTuple && v.ob_type === tupleTypeRef()) return v.items.slice();
  const it = getIter(v);
  const out: Value[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === null) return out;
    out.push(x);
  }
}

export let listIterDescr: Value | null = null;
export function setListIterDescr(d: Value): void {
  listIterDescr = d;
}

// ---------------------------------------------------------------- hashing

const HASH_INF = 314159;
const MOD61 = 2n ** 61n - 1n;

/** hash(v) as a Python int value (number or bigint). */
export function pyHash(v: Value): number | bigint {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return I.intHash(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return strHashCached(v);
  }
  if (v instanceof PyFloat && v.ob_type === floatType) return floatHash(v.value, v);
  if (v instanceof PyTuple && v.ob_type === tupleTypeRef()) return tupleHash(v.items);
  const t = v.ob_type;
  const h = t.lookup('__hash__');
  if (h === null || h === None) typeError(`unhashable type: '${t.name}'`);
  if (h === objectHashDescr) return objectHash(v);
  const r = callDescr(h!, v, []);
  const ri = intValue(r);
  if (ri === null) typeError('__hash__ method should return an integer');
  if (typeof r === 'number' || typeof r === 'boolean') return ri === -1 ? -2 : ri!;
  // Results within Py_hash_t are kept (slot_tp_hash); beyond it they are hashed again (as int.__hash__ would).
  if (typeof ri === 'bigint' && ri >= -(1n << 63n) && ri < 1n << 63n) return ri === -1n ? -2 : ri;
  return I.intHash(ri!);
}

export let objectHashDescr: Value | null = null;
export function setObjectHashDescr(d: Value): void {
  objectHashDescr = d;
}

/** id()-based hash (object.__hash__): id >> 4, as CPython's _Py_HashPointer rotates. */
export function objectHash(v: PyObject): number {
  return id(v) / 16;
}

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;

/** id(v): a stable number per object (like an address, 16-byte aligned). */
export function id(v: Value): number {
  if (typeof v !== 'object') return primitiveId(v);
  let i = ids.get(v);
  if (i === undefined) {
    i = nextId;
    nextId += 16 * (1 + ((v.constructor.name.length * 7) & 3));
    ids.set(v, i);
  }
  return i;
}

const primIds = new Map<unknown, number>();
function primitiveId(v: number | bigint | string | boolean): number {
  let i = primIds.get(v);
  if (i === undefined) {
    i = nextId;
    nextId += 32;
    if (primIds.size < 100000) primIds.set(v, i);
  }
  return i;
}

const strHashes = new Map<string, number | bigint>();
export function strHashCached(s: string): number | bigint {
  let h = strHashes.get(s);
  if (h === undefined) {
    h = s.length === 0 ? 0 : signed64(strHash(s));
    if (h === -1) h = -2;
    if (strHashes.size > 50000) strHashes.clear();
    strHashes.set(s, h);
  }
  return h;
}

export function bytesHash(b: Uint8Array): number | bigint {
  if (b.length === 0) return 0;
  const h = signed64(hashBytes(b));
  return h === -1 ? -2 : h;
}

function signed64(u: bigint): number | bigint {
  return I.norm(BigInt.asIntN(64, u));
}

/** _Py_HashDouble: a NaN hashes as the object holding it (3.10+), so that NaNs do not all collide. */
export function floatHash(x: number, inst: PyObject | null = null): number | bigint {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return inst === null ? 0 : objectHash(inst);
    return x > 0 ? HASH_INF : -HASH_INF;
  }
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return I.intHash(x);
  // |x| = M * 2**e with M an integer; 2**61 = 1 (mod 2**61 - 1), so 2**e = 2**(e mod 61).
  const neg = x < 0;
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e -= 1;
  }
  let M = BigInt(m) % MOD61;
  const k = BigInt(((e % 61) + 61) % 61);
  M = (M << k) % MOD61;
  let h = neg ? -M : M;
  if (h === -1n) h = -2n;
  return I.norm(h);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

/** tuplehash (xxHash-based, Objects/tupleobject.c). */
export function tupleHash(items: Value[]): number | bigint {
  let acc = XXPRIME_5;
  for (const it of items) {
    const lane = BigInt.asUintN(64, BigInt(pyHash(it)));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return signed64(acc);
}

// ---------------------------------------------------------------- repr / str

const reprStack: Value[] = [];

/** repr(v) as JS text. */
export function repr(v: Value): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return I.bigToDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
  }
  if (v instanceof PyFloat && v.ob_type === floatType) return floatRepr(v.value);
  const m = v.ob_type.lookup('__repr__');
  const r = callDescr(m!, v, []);
  if (!isStr(r)) typeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return strValue(r);
}

/** Guard for recursive containers ([...] / {...}): returns false when `v` is already being printed. */
export function reprEnter(v: Value): boolean {
  if (reprStack.includes(v)) return false;
  reprStack.push(v);
  return true;
}

export function reprLeave(v: Value): void {
  const i = reprStack.lastIndexOf(v);
  if (i >= 0) reprStack.splice(i, 1);
}

/** str(v) as JS text. */
export function str(v: Value): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return String(v);
    case 'bigint':
      return I.bigToDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v instanceof PyWStr) return strValue(v);
  if (v instanceof PyFloat && v.ob_type === floatType) return floatRepr(v.value);
  const m = v.ob_type.lookup('__str__');
  const r = callDescr(m!, v, []);
  if (!isStr(r)) typeError(`__str__ returned non-string (type ${typeName(r)})`);
  return strValue(r);
}

/** str(v) as a Python value (PyObject_Str): what __str__ returned, a str subclass instance included. */
export function strObj(v: Value): Value {
  if (typeof v === 'string' || v instanceof PyWStr) return v;
  if (typeof v !== 'object' || (v instanceof PyFloat && v.ob_type === floatType)) return mkStr(str(v));
  const r = callDescr(v.ob_type.lookup('__str__')!, v, []);
  if (!isStr(r)) typeError(`__str__ returned non-string (type ${typeName(r)})`);
  return r;
}

/** repr(v) as a Python value (PyObject_Repr): what __repr__ returned, a str subclass instance included. */
export function reprObj(v: Value): Value {
  if (typeof v !== 'object' || (v instanceof PyFloat && v.ob_type === floatType)) return mkStr(repr(v));
  const r = callDescr(v.ob_type.lookup('__repr__')!, v, []);
  if (!isStr(r)) typeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return r;
}

// ---------------------------------------------------------------- misc helpers

export function isInstance(v: Value, t: PyType): boolean {
  return typeOf(v).isSubtype(t);
}

export function newTuple(items: Value[]): PyTuple {
  return tuple(items);
}

export function bytesOf(v: Value): Uint8Array | null {
  if (v instanceof PyBytes) return v.bytes;
  return null;
}

export { PyInstance, PyDict, PyFloat, PyTuple, PyList, PyModule, intType, strType, boolType, objectType, moduleType };
