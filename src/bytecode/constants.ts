/**
 * Compile-time constants and every other value marshal can carry.
 *
 * Value model (decided for the compiler, marshal and dis; the VM maps these to
 * its own objects when it loads a code object):
 *
 *   None -> null, True/False -> boolean, int -> number (safe integers) or
 *   bigint beyond (normalised: never a bigint in the safe range),
 *   str -> string, float -> PyFloat, complex -> PyComplex, bytes -> PyBytes,
 *   Ellipsis -> ELLIPSIS                          (all from src/ast/constant.ts)
 *   tuple -> ConstTuple, frozenset -> ConstFrozenSet (items in marshal order),
 *   code -> CodeObject (src/bytecode/code.ts).
 *
 * Marshal's remaining types, which never appear among a code object's
 * constants but which `marshal.loads` must accept and `dumps` must write back:
 *   list -> MarshalList, dict -> MarshalDict (key/value pairs in order),
 *   set -> MarshalSet, StopIteration (the class) -> STOPITER.
 * A tuple, list, dict or set read with FLAG_REF can contain itself (marshal
 * registers the container before its items), so their item arrays are filled
 * in place while loading.
 *
 * Strings: a Python str may hold lone surrogates (marshal writes them with
 * 'surrogatepass'); a JS string can hold them too. The one ambiguity: a JS
 * surrogate PAIR is always one astral character, so the Python string
 * '\ud83d\ude00' (two lone surrogates) cannot be told from '\U0001f600'. Marshal
 * data carrying two adjacent lone surrogates therefore loads as the astral
 * character and is written back as its 4-byte UTF-8 form. CPython's compiler
 * never produces such a constant from source unless it is spelled with two
 * escapes, so this is accepted.
 */
import { ELLIPSIS, PyBytes, PyComplex, PyEllipsis, PyFloat } from '../ast/constant';
import type { CodeObject } from './code';

export { ELLIPSIS, PyBytes, PyComplex, PyEllipsis, PyFloat };

export class ConstTuple {
  constructor(readonly items: readonly MarshalValue[]) {}
}

export class ConstFrozenSet {
  constructor(readonly items: readonly MarshalValue[]) {}
}

export class MarshalList {
  constructor(readonly items: MarshalValue[]) {}
}

export class MarshalSet {
  constructor(readonly items: MarshalValue[]) {}
}

export class MarshalDict {
  constructor(readonly entries: [MarshalValue, MarshalValue][]) {}
}

/** The StopIteration class object (TYPE_STOPITER). */
export class PyStopIteration {
  private constructor() {}
  static readonly instance = new PyStopIteration();
}
export const STOPITER = PyStopIteration.instance;

/** A value that can be a code object's constant. */
export type ConstValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | PyFloat
  | PyComplex
  | PyBytes
  | PyEllipsis
  | ConstTuple
  | ConstFrozenSet
  | CodeObject;

/** Anything marshal reads or writes. */
export type MarshalValue = ConstValue | MarshalList | MarshalSet | MarshalDict | PyStopIteration;

/** Python's type name of a value, as error messages spell it. */
export function pyTypeName(v: MarshalValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
  }
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyComplex) return 'complex';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof PyEllipsis) return 'ellipsis';
  if (v instanceof ConstTuple) return 'tuple';
  if (v instanceof ConstFrozenSet) return 'frozenset';
  if (v instanceof MarshalList) return 'list';
  if (v instanceof MarshalSet) return 'set';
  if (v instanceof MarshalDict) return 'dict';
  if (v instanceof PyStopIteration) return 'type';
  return 'code';
}

/** The reason a value cannot be a set member or dict key, or null when it can (PyObject_Hash). */
export function unhashableType(v: MarshalValue, seen: Set<object> = new Set()): string | null {
  if (v instanceof MarshalList || v instanceof MarshalSet || v instanceof MarshalDict) return pyTypeName(v);
  if (v instanceof ConstTuple) {
    if (seen.has(v)) return null;
    seen.add(v);
    for (const x of v.items) {
      const r = unhashableType(x, seen);
      if (r) return r;
    }
  }
  return null;
}

const identityIds = new WeakMap<object, number>();
let nextIdentity = 0;
function identity(o: object): number {
  let id = identityIds.get(o);
  if (id === undefined) identityIds.set(o, (id = nextIdentity++));
  return id;
}

function numberKey(x: number): string | null {
  if (Number.isNaN(x)) return null;
  if (Number.isInteger(x)) return 'n' + BigInt(x).toString();
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return 'f' + x.toString();
}

function lengthPrefixed(key: string): string {
  return key.length + ':' + key;
}

/**
 * A string that two hashable values share exactly when Python's `==` holds
 * (so 1, 1.0, True and 1+0j have one key), used to deduplicate set items and
 * dict keys as PySet_Add / PyDict_SetItem do. NaN and code objects compare by
 * identity here.
 */
export function equalityKey(v: MarshalValue, seen: Set<object> = new Set()): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'n1' : 'n0';
    case 'number':
      return 'n' + v.toString();
    case 'bigint':
      return 'n' + v.toString();
    case 'string':
      return 's' + v;
  }
  if (v instanceof PyFloat) return numberKey(v.value) ?? 'nan#' + identity(v);
  if (v instanceof PyComplex) {
    if (v.imag === 0) return numberKey(v.real) ?? 'nan#' + identity(v);
    return 'c' + v.real + ',' + v.imag + (Number.isNaN(v.real) || Number.isNaN(v.imag) ? '#' + identity(v) : '');
  }
  if (v instanceof PyBytes) return 'b' + Buffer.from(v.bytes).toString('latin1');
  if (v instanceof ConstTuple) {
    if (seen.has(v)) return 'cycle#' + identity(v);
    seen.add(v);
    // Length-prefixed items: escaping would double at each level of nesting.
    const r = '(' + v.items.map((x) => lengthPrefixed(equalityKey(x, seen))).join('') + ')';
    seen.delete(v);
    return r;
  }
  if (v instanceof ConstFrozenSet) {
    const keys = v.items.map((x) => lengthPrefixed(equalityKey(x, seen))).sort();
    return '{' + keys.join('') + '}';
  }
  return 'id#' + identity(v as object);
}
