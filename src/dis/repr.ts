/**
 * repr() of every value a code object can hold as a constant, as `dis` shows
 * it in LOAD_CONST's argument column (Objects/tupleobject.c tuplerepr,
 * Objects/setobject.c set_repr, Objects/codeobject.c code_repr).
 */
import { constantReprOrUndefined } from '../ast/constant';
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
  const r0 = constantReprOrUndefined(v);
  if (r0 !== undefined) return r0;
  // Every primitive was handled above: what is left is an object.
  const o = v as Extract<MarshalValue, object>;
  if (o instanceof PyStopIteration) return "<class 'StopIteration'>";
  if (o instanceof CodeObject) return codeRepr(o);
  // Containers: Py_ReprEnter's "..." for one that contains itself.
  if (seen.has(o)) return o instanceof MarshalList ? '[...]' : o instanceof MarshalDict ? '{...}' : '(...)';
  seen.add(o);
  let r: string;
  if (o instanceof ConstTuple) {
    const parts = o.items.map((x) => pyRepr(x, seen));
    r = '(' + parts.join(', ') + (parts.length === 1 ? ',' : '') + ')';
  } else if (o instanceof MarshalList) {
    r = '[' + o.items.map((x) => pyRepr(x, seen)).join(', ') + ']';
  } else if (o instanceof MarshalDict) {
    r = '{' + o.entries.map(([k, x]) => pyRepr(k, seen) + ': ' + pyRepr(x, seen)).join(', ') + '}';
  } else {
    const s = o as ConstFrozenSet | MarshalSet;
    const name = s instanceof ConstFrozenSet ? 'frozenset' : 'set';
    if (s.items.length === 0) r = name + '()';
    else {
      const inner = '{' + setOrder(s.items).map((x) => pyRepr(x, seen)).join(', ') + '}';
      r = s instanceof ConstFrozenSet ? 'frozenset(' + inner + ')' : inner;
    }
  }
  seen.delete(o);
  return r;
}
