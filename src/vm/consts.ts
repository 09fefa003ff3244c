/** Code-object constants (src/bytecode/constants.ts values) as VM values, converted once per code object. */
import type { Value } from '../objects/base';
import { ELLIPSIS, ConstTuple, ConstFrozenSet, PyFloat as CFloat, PyComplex as CComplex, PyBytes as CBytes, PyEllipsis, type ConstValue } from '../bytecode/constants';
import { CodeObject } from '../bytecode/code';
import { None, Ellipsis, typeOf, strType, floatType, complexType, bytesType, tupleType, frozensetType } from '../objects/types';
import { PyFloat } from '../objects/float_object';
import { PyComplexObj } from '../objects/complex_object';
import { PyBytes, PyTuple, tuple } from '../objects/containers';
import { PyCode } from '../objects/function';
import { mkStr, strValue, toArray } from '../objects/abstract';
import { newFrozenSet } from '../objects/set_object';

export function constToValue(c: ConstValue): Value {
  if (c === null) return None;
  switch (typeof c) {
    case 'boolean':
    case 'number':
    case 'bigint':
      return c;
    case 'string':
      return mkStr(c);
  }
  if (c instanceof CFloat) return new PyFloat(c.value);
  if (c instanceof ConstTuple) return tuple(c.items.map((x) => constToValue(x as ConstValue)));
  if (c instanceof CodeObject) return codeValue(c);
  if (c instanceof CComplex) return new PyComplexObj(c.real, c.imag);
  if (c instanceof CBytes) return new PyBytes(c.bytes);
  if (c instanceof PyEllipsis) return Ellipsis;
  if (c instanceof ConstFrozenSet) return newFrozenSet(c.items.map((x) => constToValue(x as ConstValue)));
  throw new Error('unknown constant');
}

/** The compile-time form of a runtime constant, or undefined when it has none (a list, an instance). */
export function valueToConst(v: Value): ConstValue | undefined {
  if (v === None) return null;
  switch (typeof v) {
    case 'boolean':
    case 'number':
    case 'bigint':
    case 'string':
      return v;
  }
  if (v === Ellipsis) return ELLIPSIS;
  const t = typeOf(v);
  if (t === strType) return strValue(v);
  if (t === floatType) return new CFloat((v as PyFloat).value);
  if (t === complexType) return new CComplex((v as PyComplexObj).real, (v as PyComplexObj).imag);
  if (t === bytesType) return new CBytes((v as PyBytes).bytes);
  if (v instanceof PyCode) return v.co;
  if (t === tupleType || t === frozensetType) {
    const items: ConstValue[] = [];
    for (const x of t === tupleType ? (v as PyTuple).items : toArray(v)) {
      const c = valueToConst(x);
      if (c === undefined) return undefined;
      items.push(c);
    }
    return t === tupleType ? new ConstTuple(items) : new ConstFrozenSet(items);
  }
  return undefined;
}

const codes = new WeakMap<CodeObject, PyCode>();

/** The one PyCode of a CodeObject (so that the decoded form and caches are shared). */
export function codeValue(co: CodeObject): PyCode {
  let c = codes.get(co);
  if (c === undefined) {
    c = new PyCode(co);
    codes.set(co, c);
  }
  return c;
}

export function prepareConsts(code: PyCode): Value[] {
  if (code.consts === null) code.consts = code.co.co_consts.map(constToValue);
  return code.consts;
}
