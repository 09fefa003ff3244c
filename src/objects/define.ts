/**
 * Helpers for the files that fill builtin types' dicts and modules with
 * native methods, plus argument checking with CPython's messages.
 */
import type { Value } from './base';
import type { PyType } from './type';
import { PyMethodDescr, PyBuiltin, PyGetSet, PyStaticMethod, PyClassMethod, type NativeFn } from './function';
import type { PyDict } from './dict';
import { typeError } from './exceptions';
import { typeName } from './abstract';
import { lazy } from '../util/lazy';
import { METHOD_ARITY } from './method_arity_data';
const lazy_type = lazy(() => require('./type') as typeof import('./type'));
const lazy_types = lazy(() => require('./types') as typeof import('./types'));

/**
 * Whether the constructor of C type `exact` (which has no tp_init of its own) refuses keywords when making
 * a `cls`: CPython checks `type == &X_Type || type->tp_init == X_Type.tp_init`, so only a subclass that
 * defines an __init__ (which will take them) gets its keywords through.
 */
export function keywordsRefused(cls: PyType, exact: PyType | null = null): boolean {
  return cls === exact || cls.lookup('__init__') === lazy_types().objectType.dict.getStr('__init__');
}

/**
 * The fixed argument counts of the slot wrappers (wrap_binaryfunc, wrap_unaryfunc, wrap_objobjargproc...):
 * a native dunder method is called with exactly that many, or check_num_args' TypeError, before its body
 * runs (which reads its arguments unchecked).
 */
const SLOT_ARGS = new Map<string, number>();
for (const n of [
  'add', 'radd', 'sub', 'rsub', 'mul', 'rmul', 'matmul', 'rmatmul', 'truediv', 'rtruediv', 'floordiv', 'rfloordiv',
  'mod', 'rmod', 'divmod', 'rdivmod', 'lshift', 'rlshift', 'rshift', 'rrshift', 'and', 'rand', 'or', 'ror', 'xor',
  'rxor', 'iadd', 'isub', 'imul', 'imatmul', 'itruediv', 'ifloordiv', 'imod', 'ilshift', 'irshift', 'iand', 'ior',
  'ixor', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'contains', 'getitem', 'delitem', 'getattribute', 'delattr', 'delete',
]) SLOT_ARGS.set(`__${n}__`, 1);
for (const n of ['len', 'iter', 'next', 'repr', 'str', 'hash', 'neg', 'pos', 'abs', 'invert', 'bool', 'int', 'float', 'index', 'await', 'aiter', 'anext']) {
  SLOT_ARGS.set(`__${n}__`, 0);
}
for (const n of ['setitem', 'setattr', 'set']) SLOT_ARGS.set(`__${n}__`, 2);

/** Types whose __mul__/__rmul__/__imul__ wrap sq_repeat (wrap_indexargfunc). */
const SQ_REPEAT = new Set(['str', 'list', 'tuple', 'bytes', 'bytearray', 'collections.deque', 'array.array']);

function slotChecked(type: PyType, name: string, n: number, fn: NativeFn): NativeFn {
  // The wrappers that unpack with PyArg_UnpackTuple(args, "", ...) name no function: their message starts with a space.
  const unnamed = name === '__setitem__' || name === '__setattr__' || name === '__set__' ||
    ((name === '__mul__' || name === '__rmul__' || name === '__imul__') && SQ_REPEAT.has(type.name));
  const message = (got: number): string => `${unnamed ? ' ' : ''}expected ${n} argument${n === 1 ? '' : 's'}, got ${got}`;
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
    if (args.length !== n + 1) typeError(message(args.length - 1));
    return fn(args, kwnames);
  };
}

/** METH_NOARGS / METH_O methods (method_arity_data.ts): their count and keyword checks, with CPython's messages. */
function arityChecked(type: PyType, name: string, kind: 'noargs' | 'o', fn: NativeFn): NativeFn {
  const qualified = `${type.qualname}.${name}`;
  const want = kind === 'noargs' ? 1 : 2;
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError(`${qualified}() takes no keyword arguments`);
    if (args.length !== want) {
      typeError(`${qualified}() takes ${kind === 'noargs' ? 'no arguments' : 'exactly one argument'} (${args.length - 1} given)`);
    }
    return fn(args, kwnames);
  };
}

/** A method of `type` (args[0] is self). */
export function method(type: PyType, name: string, fn: NativeFn, doc: string | null = null): PyMethodDescr {
  const kind = METHOD_ARITY[`${type.name}.${name}`];
  const n = SLOT_ARGS.get(name);
  const checked = kind !== undefined ? arityChecked(type, name, kind, fn) : n === undefined ? fn : slotChecked(type, name, n, fn);
  const d = new PyMethodDescr(name, checked, type, doc);
  type.dict.set(name, d);
  return d;
}

/** Several methods at once. */
export function methods(type: PyType, table: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(table)) method(type, name, fn);
}

/** A classmethod implemented natively (args[0] is the class). */
export function classMethod(type: PyType, name: string, fn: NativeFn): void {
  type.dict.set(name, new PyMethodDescr(name, fn, type, null, 'classmethod'));
}

export function staticMethod(type: PyType, name: string, fn: NativeFn): void {
  const f = new PyBuiltin(name, fn, null, `${type.qualname}.${name}`);
  STATIC_OWNERS.set(f, type);
  type.dict.set(name, new PyStaticMethod(f));
}

/** The type a static builtin method belongs to (CPython's m_self for METH_STATIC: its qualname and pickling). */
const STATIC_OWNERS = new WeakMap<PyBuiltin, PyType>();
export function staticOwner(f: PyBuiltin): PyType | null {
  return STATIC_OWNERS.get(f) ?? null;
}
/** The native types' __new__ functions, whose __self__ is their type (a METH_STATIC method's is None). */
const NEW_WRAPPERS = new WeakSet<PyBuiltin>();
export function isNewWrapper(f: PyBuiltin): boolean {
  return NEW_WRAPPERS.has(f);
}

/** A read-only (or writable, with `set`) attribute computed natively. */
export function getset(type: PyType, name: string, get: (self: Value) => Value, set: ((self: Value, v: Value | null) => void) | null = null): void {
  type.dict.set(name, new PyGetSet(name, type, get, set));
}

/** `__new__` for a builtin type: a staticmethod wrapping tp_new, as CPython exposes it. */
export function newMethod(type: PyType, fn: (cls: PyType, args: Value[], kwnames: string[] | null) => Value): void {
  type.tpNew = fn;
  const wrapper = new PyBuiltin('__new__', (args, kw) => {
    if (args.length === 0) typeError(`${type.name}.__new__(): not enough arguments`);
    const cls = args[0];
    const { PyType: T } = lazy_type();
    if (!(cls instanceof T)) typeError(`${type.name}.__new__(X): X is not a type object (${typeName(cls)})`);
    const c = cls as PyType;
    if (!c.isSubtype(type)) typeError(`${type.name}.__new__(${c.name}): ${c.name} is not a subtype of ${type.name}`);
    // tp_new_wrapper: the nearest base whose __new__ is native must be making its instances with this one
    // (object.__new__(a list subclass) would make an object without the list's storage).
    // A class made by this tp_new (the common case, every plain instance creation) needs no walk.
    if (c.tpNew !== type.tpNew) {
      let sb: PyType | null = c;
      while (sb !== null && pythonNew(sb.lookup('__new__'))) sb = sb.base;
      if (sb !== null && effectiveNew(sb) !== type.tpNew) typeError(`${type.name}.__new__(${c.name}) is not safe, use ${sb.name}.__new__()`);
    }
    return fn(c, args.slice(1), kw);
  }, null, `${type.name}.__new__`);
  // tp_new_wrapper's m_self is the type: copyreg and pickle find a native __new__ by it.
  STATIC_OWNERS.set(wrapper, type);
  NEW_WRAPPERS.add(wrapper);
  type.dict.set('__new__', new PyStaticMethod(wrapper));
}

/** A type's native tp_new: its own, or (for a native type made before its base's was set) its base's. */
function effectiveNew(t: PyType): PyType['tpNew'] {
  for (let c: PyType | null = t; c !== null; c = c.base) if (c.tpNew !== null) return c.tpNew;
  return null;
}

/** A __new__ written in Python (CPython's slot_tp_new), as opposed to a native type's. */
function pythonNew(v: Value | null): boolean {
  return v instanceof PyStaticMethod ? !(v.func instanceof PyBuiltin) : v !== null;
}

/** A function of a native module. */
export function moduleFunction(dict: PyDict, module: string, name: string, fn: NativeFn, doc: string | null = null): PyBuiltin {
  const b = new PyBuiltin(name, fn, null, name, doc, module);
  dict.set(name, b);
  return b;
}

export function classMethodDescr(fn: Value): PyClassMethod {
  return new PyClassMethod(fn);
}

/** Positional count of a vectorcall argument array. */
export function npos(args: Value[], kwnames: string[] | null): number {
  return kwnames === null ? args.length : args.length - kwnames.length;
}

/** "f() takes no keyword arguments". */
export function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) typeError(`${name}() takes no keyword arguments`);
}

/**
 * Check a METH_VARARGS-style positional count: messages as PyArg_UnpackTuple /
 * _PyArg_CheckPositional ("f expected at most 2 arguments, got 3", "f() takes
 * exactly one argument (2 given)" ...).
 */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    if (min === max && min === 1) typeError(`${name}() takes exactly one argument (${n} given)`);
    typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    if (max === 0) typeError(`${name}() takes no arguments (${n} given)`);
    if (min === max && max === 1) typeError(`${name}() takes exactly one argument (${n} given)`);
    typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * Argument Clinic-style parsing: returns one slot per name (null when not
 * given). `required` names must be given; the first `posOnly` names cannot be
 * passed by keyword; names after `kwOnlyFrom` only by keyword.
 */
export function parseArgs(
  fname: string,
  args: Value[],
  kwnames: string[] | null,
  names: string[],
  required: number,
  posOnly = 0,
  kwOnlyFrom = names.length,
): (Value | null)[] {
  const out: (Value | null)[] = names.map(() => null);
  const n = npos(args, kwnames);
  if (n > kwOnlyFrom) {
    const maxPos = kwOnlyFrom;
    if (required === maxPos) typeError(`${fname}() takes ${maxPos === 0 ? 'no' : `exactly ${maxPos}`} positional argument${maxPos === 1 ? '' : 's'} (${n} given)`);
    typeError(`${fname}() takes at most ${maxPos} ${kwOnlyFrom < names.length ? 'positional ' : ''}argument${maxPos === 1 ? '' : 's'} (${n} given)`);
  }
  for (let i = 0; i < n; i++) out[i] = args[i];
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k];
      const j = names.indexOf(name);
      if (j < posOnly) {
        if (j >= 0 || posOnly === names.length) {
          if (posOnly === names.length && names.length === 0) typeError(`${fname}() takes no keyword arguments`);
        }
        typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
      }
      if (out[j] !== null) typeError(`argument for ${fname}() given by name ('${name}') and position (${j + 1})`);
      out[j] = args[n + k];
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (i < n || kwnames === null || i < posOnly) {
        typeError(`${fname}() takes ${required === names.length ? 'exactly' : 'at least'} ${required} positional argument${required === 1 ? '' : 's'} (${n} given)`);
      }
      typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/**
 * _PyArg_UnpackKeywords, for Argument Clinic signatures: `names` in order,
 * the first `posonly` positional-only, the first `minpos` required, those
 * from `maxpos` on keyword-only (and optional). The messages and their order
 * are CPython's.
 */
export function clinicArgs(
  fname: string,
  args: Value[],
  kwnames: string[] | null,
  names: string[],
  posonly: number,
  minpos: number,
  maxpos = names.length,
): (Value | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const maxargs = names.length;
  const out: (Value | null)[] = names.map(() => null);
  if (nargs + nkw > maxargs) {
    typeError(`${fname}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) typeError(`${fname}() takes no positional arguments`);
    typeError(`${fname}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${maxpos === 1 ? '' : 's'} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    typeError(`${fname}() takes ${minposonly < maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${minposonly === 1 ? '' : 's'} (${nargs} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  let left = nkw;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let v: Value | null = null;
    if (left > 0) {
      const j = kwnames!.indexOf(names[i]);
      if (j >= 0) v = args[nargs + j];
    } else if (i >= minpos) {
      break;
    }
    out[i] = v;
    if (v !== null) left--;
    else if (i < minpos) typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (left > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (kwnames!.includes(names[i])) typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of kwnames!) {
      const i = names.indexOf(k);
      if (i < posonly || i < 0) typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/**
 * The argument check of find/rfind/index/rindex/count/startswith/endswith on str, bytes and bytearray
 * (PyArg_ParseTuple's "O|O&O&:name" after the keyword check), with its messages.
 */
export function findStyleArgs(owner: string, name: string, args: Value[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${owner}.${name}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n < 1) typeError(`${name}() takes at least 1 argument (${n} given)`);
  if (n > 3) typeError(`${name}() takes at most 3 arguments (${n} given)`);
}
