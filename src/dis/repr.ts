/**
 * repr() of every value a code object can hold as a constant, as `dis` shows
 * it in LOAD_CONST's argument column (Objects/tupleobject.c tuplerepr,
 * Objects/setobject.c set_repr, Objects/codeobject.c code_repr).
 */
import { PyBytes, PyComplex, PyEllipsis, PyFloat } from '../ast/constant';
import { CodeObject } from '../bytecode/code';
import {
  ConstFrozenSet,
  ConstTuple,
  MarshalDict,
  MarshalList,
  MarshalSet,
  PyStopIteration,
  type MarshalValue,
} from '../bytecode/constants';
import { cpythonSetOrder } from './set_order';
import { bytesRepr, complexRepr, floatRepr, strRepr } from '../objects/repr';

const addresses = new WeakMap<object, string>();
let nextAddress = 0x7f0000001000;

/** A stable fake `%p` address per object (the parity compare masks them). */
export function addressOf(o: object): string {
  let a = addresses.get(o);
  if (a === undefined) {
    a = '0x' + nextAddress.toString(16);
    nextAddress += 0x100;
    addresses.set(o, a);
  }
  return a;
}

/** code_repr */
export function codeRepr(co: CodeObject): string {
  const line = co.co_firstlineno !== 0 ? co.co_firstlineno : -1;
  return `<code object ${co.co_name} at ${addressOf(co)}, file "${co.co_filename}", line ${line}>`;
}

/**
 * The order a set's items iterate in: CPython's hash-table order for items
 * added in the order given, with str hashes as under PYTHONHASHSEED=0.
 * Replaceable (for instance by the identity, to show marshal order).
 */
export let setOrder: (items: readonly MarshalValue[]) => readonly MarshalValue[] = cpythonSetOrder;
export function setSetOrder(f: (items: readonly MarshalValue[]) => readonly MarshalValue[]): void {
  setOrder = f;
}

export function pyRepr(v: MarshalValue, seen: Set<object> = new Set()): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'number':
    case 'bigint':
      return v.toString();
    case 'string':
      return strRepr(v);
  }
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) return complexRepr(v.real, v.imag);
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyEllipsis) return 'Ellipsis';
  if (v instanceof PyStopIteration) return "<class 'StopIteration'>";
  if (v instanceof CodeObject) return codeRepr(v);
  // Containers: Py_ReprEnter's "..." for one that contains itself.
  if (seen.has(v)) return v instanceof MarshalList ? '[...]' : v instanceof MarshalDict ? '{...}' : '(...)';
  seen.add(v);
  let r: string;
  if (v instanceof ConstTuple) {
    const parts = v.items.map((x) => pyRepr(x, seen));
    r = '(' + parts.join(', ') + (parts.length === 1 ? ',' : '') + ')';
  } else if (v instanceof MarshalList) {
    r = '[' + v.items.map((x) => pyRepr(x, seen)).join(', ') + ']';
  } else if (v instanceof MarshalDict) {
    r = '{' + v.entries.map(([k, x]) => pyRepr(k, seen) + ': ' + pyRepr(x, seen)).join(', ') + '}';
  } else {
    const s = v as ConstFrozenSet | MarshalSet;
    const name = s instanceof ConstFrozenSet ? 'frozenset' : 'set';
    if (s.items.length === 0) r = name + '()';
    else {
      const inner = '{' + setOrder(s.items).map((x) => pyRepr(x, seen)).join(', ') + '}';
      r = s instanceof ConstFrozenSet ? 'frozenset(' + inner + ')' : inner;
    }
  }
  seen.delete(v);
  return r;
}
