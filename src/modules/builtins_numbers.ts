/**
 * The numeric builtins (Python/bltinmodule.c): round, divmod, pow, bin, oct
 * and hex, with CPython's fast paths for exact ints and floats and its
 * messages for the generic protocol.
 */
import type { Value } from '../objects/base';
import { PyFloat } from '../objects/float_object';
import { tuple } from '../objects/containers';
import { None, NotImplemented, typeOf, floatType } from '../objects/types';
import { typeError } from '../objects/exceptions';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { moduleFunction, parseArgs, noKw, checkPositional } from '../objects/define';
import { builtinsDict } from './builtins';
import { floatRoundToInt, floatRoundDigits, floatDivmod } from '../objects/float_type';
import { intRound } from '../objects/int_type';
import { valueError, overflowError } from '../objects/exceptions';

const B = (name: string, fn: (args: Value[], kwnames: string[] | null) => Value): void => {
  moduleFunction(builtinsDict, 'builtins', name, fn);
};

B('round', (args, kwnames) => {
  let num: Value;
  let nd: Value | null = null;
  if (kwnames === null && (args.length === 1 || args.length === 2)) {
    num = args[0];
    if (args.length === 2) nd = args[1];
  } else [num, nd] = parseArgs('round', args, kwnames, ['number', 'ndigits'], 1) as [Value, Value | null];
  if (typeof num === 'number' && (nd === null || nd === None)) return num;
  if (num instanceof PyFloat && num.ob_type === floatType) {
    const x = num.value;
    if (nd === null || nd === None) {
      if (Number.isNaN(x)) valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(x)) overflowError('cannot convert float infinity to integer');
      return floatRoundToInt(x);
    }
    return new PyFloat(floatRoundDigits(x, A.asIndex(nd)));
  }
  if ((typeof num === 'number' || typeof num === 'bigint') && nd !== null) return intRound(num, A.asIndex(nd));
  const m = typeOf(num).lookup('__round__');
  if (m === null) typeError(`type ${A.typeName(num)} doesn't define __round__ method`);
  return nd === null || nd === None ? A.callDescr(m!, num, []) : A.callDescr(m!, num, [nd]);
});

B('divmod', (args, kwnames) => {
  noKw('divmod', kwnames);
  checkPositional('divmod', args.length, 2, 2);
  const [a, b] = args;
  if (typeof a === 'number' && typeof b === 'number') return tuple(I.intDivmod(a, b));
  if (a instanceof PyFloat && b instanceof PyFloat && a.ob_type === floatType && b.ob_type === floatType) {
    const [q, r] = floatDivmod(a.value, b.value);
    return tuple([new PyFloat(q), new PyFloat(r)]);
  }
  const r = binaryOpNamed(a, b, '__divmod__', '__rdivmod__');
  if (r !== NotImplemented) return r;
  return typeError(`unsupported operand type(s) for divmod(): '${A.typeName(a)}' and '${A.typeName(b)}'`);
});

/** binary_op1 for a slot that BINARY_OP has no number for (nb_divmod). */
function binaryOpNamed(a: Value, b: Value, name: string, rname: string): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const slotA = ta.lookup(name);
  let slotB = tb !== ta ? tb.lookup(rname) : null;
  if (slotB !== null && slotB === ta.lookup(rname)) slotB = null;
  if (slotA !== null) {
    if (slotB !== null && tb.isSubtype(ta)) {
      const r = A.callDescr(slotB, b, [a]);
      if (r !== NotImplemented) return r;
      slotB = null;
    }
    const r = A.callDescr(slotA, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (slotB !== null) return A.callDescr(slotB, b, [a]);
  return NotImplemented;
}

B('pow', (args, kwnames) => {
  const [base, exp, mod] = parseArgs('pow', args, kwnames, ['base', 'exp', 'mod'], 2);
  return A.pow3(base!, exp!, mod === null ? None : mod);
});

function radix(name: string, v: Value, r: number, prefix: string): Value {
  const i = A.asIndex(v);
  const neg = i < 0;
  const abs = neg ? I.intNeg(i) : i;
  return (neg ? '-' : '') + prefix + abs.toString(r);
}

B('bin', (args, kw) => {
  noKw('bin', kw);
  if (args.length !== 1) typeError(`bin() takes exactly one argument (${args.length} given)`);
  return radix('bin', args[0], 2, '0b');
});
B('oct', (args, kw) => {
  noKw('oct', kw);
  if (args.length !== 1) typeError(`oct() takes exactly one argument (${args.length} given)`);
  return radix('oct', args[0], 8, '0o');
});
B('hex', (args, kw) => {
  noKw('hex', kw);
  if (args.length !== 1) typeError(`hex() takes exactly one argument (${args.length} given)`);
  return radix('hex', args[0], 16, '0x');
});
