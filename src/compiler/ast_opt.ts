/**
 * The AST optimizer (CPython 3.11 Python/ast_opt.c, _PyAST_Optimize), run on
 * the tree before the symbol table: constant folding of unary and binary
 * operators, subscripts and tuples with CPython's size limits
 * (safe_multiply, safe_power, safe_lshift, safe_mod), lists and sets of
 * constants in `in` tests and `for` iterables becoming constant tuples and
 * frozensets, `not (a in b)` -> `a not in b`, `'%s' % (x,)` -> an f-string,
 * and `__debug__` (False under -O).
 *
 * A fold computes what CPython's own operator would (PyNumber_Add and
 * friends on the constant values); where that raises (1/0, 'a' + 1,
 * overflow...) the expression stays as it is, as make_const leaves it when
 * the operation failed. Annotations are not folded under
 * `from __future__ import annotations` (they become strings).
 */
import {
  BinOp,
  Constant,
  FormattedValue,
  JoinedStr,
  Tuple,
  type arg,
  type arguments_,
  type comprehension,
  type excepthandler,
  type expr,
  type keyword,
  type match_case,
  type mod,
  type pattern,
  type stmt,
  type withitem,
} from '../ast/nodes';
import { ELLIPSIS, PyBytes, PyComplex, PyFloat, type ConstantValue } from '../ast/constant';
import { ConstFrozenSet, ConstTuple, type ConstValue } from '../bytecode/constants';
import { crAtan2, crCos, crExp, crHypot, crLog, crPow, crSin, intToFloat, libmPow, roundSignedRatio } from './float_math';

export interface AstOptOptions {
  /** -O level: `__debug__` is `not optimize`. */
  optimize?: number;
  /** CO_FUTURE_ANNOTATIONS: annotations are left alone. */
  futureAnnotations?: boolean;
}

interface State {
  optimize: number;
  futureAnnotations: boolean;
}

const MAX_INT_SIZE = 128; /* bits */
const MAX_COLLECTION_SIZE = 256; /* items */
const MAX_STR_SIZE = 4096; /* characters */
const MAX_TOTAL_ITEMS = 1024; /* including nested collections */

/** A folded value; undefined where the operation raises in CPython (nothing is folded then). */
type Value = ConstValue;
type Folded = Value | undefined;

// ---- values ----

/** int (bool included: it is an int subclass, PyLong_Check is true for it) */
function isIntLike(v: Value): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function big(v: number | bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : BigInt(v);
}

function norm(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function isNumber(v: Value): boolean {
  return isIntLike(v) || v instanceof PyFloat || v instanceof PyComplex;
}

/** Py_SIZE(v) != 0: a nonzero int. */
function nonzero(v: number | bigint | boolean): boolean {
  return big(v) !== 0n;
}

/** _PyLong_NumBits */
function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

/** float(v) for an int or float (CONVERT_TO_DOUBLE); undefined on OverflowError. */
function toDouble(v: Value): number | undefined {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return intToFloat(v as number | bigint);
}

/** TO_COMPLEX: a number as (real, imag); undefined on OverflowError. */
function toComplex(v: Value): [number, number] | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  const d = toDouble(v);
  return d === undefined ? undefined : [d, 0];
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** len() of a str: code points. */
function strLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** PyObject_IsTrue for a constant. */
function truthy(v: Value): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string') return v.length !== 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length !== 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length !== 0;
  // Ellipsis, code objects
  return true;
}

// ---- float and complex operations (Objects/floatobject.c, complexobject.c) ----

/** _float_div_mod */
function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // fmod: exact
  let div = (vx - mod) / wx;
  // C truthiness: a NaN is true (JS's `if (NaN)` is false).
  if (mod !== 0) {
    // The remainder takes the sign of the denominator.
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    // Snap the quotient to the nearest integral value.
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    // Zero with the sign of the true quotient.
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** float_rem */
function floatRem(vx: number, wx: number): number {
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  return mod;
}

function isOddInteger(x: number): boolean {
  // DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0
  return Math.abs(x) % 2 === 1;
}

/** float_pow; undefined where it raises. */
function floatPow(iv: number, iw: number): Folded {
  if (iw === 0) return new PyFloat(1.0);
  if (Number.isNaN(iv)) return new PyFloat(iv);
  if (Number.isNaN(iw)) return new PyFloat(iv === 1.0 ? 1.0 : iw);
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return new PyFloat(1.0);
    if (iw > 0.0 === av > 1.0) return new PyFloat(Math.abs(iw));
    return new PyFloat(0.0);
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0.0) return new PyFloat(odd ? iv : Math.abs(iv));
    return new PyFloat(odd ? (iv < 0 ? -0 : 0) : 0.0);
  }
  if (iv === 0.0) {
    const odd = isOddInteger(iw);
    // ZeroDivisionError: 0.0 cannot be raised to a negative power
    if (iw < 0.0) return undefined;
    return new PyFloat(odd ? iv : 0.0);
  }
  let negate = false;
  if (iv < 0.0) {
    // Negative numbers to fractional powers are complex.
    if (iw !== Math.floor(iw)) return complexPow([iv, 0], [iw, 0]);
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return new PyFloat(negate ? -1.0 : 1.0);
  const ix = crPow(iv, iw);
  // _Py_ADJUST_ERANGE1: an infinite result is an OverflowError.
  if (!Number.isFinite(ix)) return undefined;
  return new PyFloat(negate ? -ix : ix);
}

type C = [number, number];

/** _Py_c_prod */
function cProd(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** _Py_c_quot (Smith's algorithm); undefined for a zero divisor (EDOM). */
function cQuot(a: C, b: C): C | undefined {
  const absBreal = b[0] < 0 ? -b[0] : b[0];
  const absBimag = b[1] < 0 ? -b[1] : b[1];
  if (absBreal >= absBimag) {
    if (absBreal === 0.0) return undefined;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBimag >= absBreal) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  // A NaN in the divisor.
  return [NaN, NaN];
}

/** c_powu: repeated squaring. */
function cPowu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/**
 * _Py_c_pow: through hypot, pow, atan2, exp, log, cos and sin, each correctly
 * rounded here as glibc's are (all but vanishingly rare arguments). cos and
 * sin of an infinite phase set EDOM (ZeroDivisionError in complex_pow).
 */
function cPow(a: C, b: C): C | undefined {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) return undefined; // EDOM
    return [0, 0];
  }
  const vabs = crHypot(a[0], a[1]);
  let len = libmPow(vabs, b[0]);
  const at = crAtan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= crExp(at * b[1]);
    phase += b[1] * crLog(vabs);
  }
  if (phase === Infinity || phase === -Infinity) return undefined; // EDOM from cos/sin
  return [len * crCos(phase), len * crSin(phase)];
}

/** complex_pow; undefined on ZeroDivisionError or OverflowError. */
function complexPow(a: C, b: C): Folded {
  let p: C | undefined;
  if (b[1] === 0.0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) {
    // c_powi: small integer exponents by repeated multiplication.
    const n = b[0];
    p = n > 0 ? cPowu(a, n) : cQuot([1, 0], cPowu(a, -n));
  } else {
    p = cPow(a, b);
  }
  if (p === undefined) return undefined;
  // _Py_ADJUST_ERANGE2: an infinite part is an OverflowError.
  if (Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) return undefined;
  return new PyComplex(p[0], p[1]);
}

// ---- the number protocol on constants ----

type NumOp = 'Add' | 'Sub' | 'Mult' | 'Div' | 'FloorDiv' | 'Mod' | 'Pow';

/** An arithmetic operator on two numbers: int, then float, then complex, as the operands require. */
function numberOp(op: NumOp, l: Value, r: Value): Folded {
  if (l instanceof PyComplex || r instanceof PyComplex) {
    const a = toComplex(l);
    const b = toComplex(r);
    if (!a || !b) return undefined;
    switch (op) {
      case 'Add':
        return new PyComplex(a[0] + b[0], a[1] + b[1]);
      case 'Sub':
        return new PyComplex(a[0] - b[0], a[1] - b[1]);
      case 'Mult': {
        const p = cProd(a, b);
        return new PyComplex(p[0], p[1]);
      }
      case 'Div': {
        const q = cQuot(a, b);
        return q ? new PyComplex(q[0], q[1]) : undefined;
      }
      case 'Pow':
        return complexPow(a, b);
      default:
        // TypeError: can't take floor or mod of a complex number
        return undefined;
    }
  }
  if (l instanceof PyFloat || r instanceof PyFloat) {
    const a = toDouble(l);
    const b = toDouble(r);
    if (a === undefined || b === undefined) return undefined;
    return floatOp(op, a, b);
  }
  const a = big(l as number | bigint | boolean);
  const b = big(r as number | bigint | boolean);
  switch (op) {
    case 'Add':
      return norm(a + b);
    case 'Sub':
      return norm(a - b);
    case 'Mult':
      return norm(a * b);
    case 'Div':
      // long_true_divide: correctly rounded; OverflowError when too large.
      if (b === 0n) return undefined;
      return finite(roundSignedRatio(a, b));
    case 'FloorDiv':
      return b === 0n ? undefined : norm(floorDiv(a, b));
    case 'Mod':
      return b === 0n ? undefined : norm(floorMod(a, b));
    case 'Pow': {
      if (b < 0n) {
        // long_pow hands a negative exponent to float_pow.
        const fa = intToFloat(a);
        const fb = intToFloat(b);
        if (fa === undefined || fb === undefined) return undefined;
        return floatPow(fa, fb);
      }
      // safe_power has bounded every other base; 0 ** huge must not build a huge bigint.
      if (a === 0n) return b === 0n ? 1 : 0;
      return norm(a ** b);
    }
  }
}

function finite(x: number): Folded {
  return Number.isFinite(x) ? new PyFloat(x) : undefined;
}

function floatOp(op: NumOp, a: number, b: number): Folded {
  switch (op) {
    case 'Add':
      return new PyFloat(a + b);
    case 'Sub':
      return new PyFloat(a - b);
    case 'Mult':
      return new PyFloat(a * b);
    case 'Div':
      return b === 0 ? undefined : new PyFloat(a / b);
    case 'FloorDiv':
      return b === 0 ? undefined : new PyFloat(floatDivMod(a, b)[0]);
    case 'Mod':
      return b === 0 ? undefined : new PyFloat(floatRem(a, b));
    case 'Pow':
      return floatPow(a, b);
  }
}

/** check_complexity: the item budget left after counting nested tuples and frozensets. */
function checkComplexity(v: Value, limit: number): number {
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = checkComplexity(v.items[i] as Value, limit);
  }
  return limit;
}

/** PyLong_AsLong: undefined when it does not fit (OverflowError). */
function asLong(v: number | bigint | boolean): number | undefined {
  const b = big(v);
  return b >= -(2n ** 63n) && b < 2n ** 63n ? Number(b) : undefined;
}

/** Sequence repetition (sequence_repeat): the count must fit a Py_ssize_t. */
function repeat(seq: string | PyBytes | ConstTuple, count: number | bigint | boolean): Folded {
  const n = big(count);
  if (n < -(2n ** 63n) || n >= 2n ** 63n) return undefined; // OverflowError
  const times = n < 0n ? 0 : Number(n);
  if (typeof seq === 'string') return times === 0 ? '' : seq.repeat(times);
  if (seq instanceof PyBytes) {
    const out = new Uint8Array(times * seq.bytes.length);
    for (let i = 0; i < times && seq.bytes.length; i++) out.set(seq.bytes, i * seq.bytes.length);
    return new PyBytes(out);
  }
  const items: Value[] = [];
  for (let i = 0; i < times && seq.items.length; i++) items.push(...(seq.items as Value[]));
  return new ConstTuple(items);
}

/** safe_multiply */
function safeMultiply(v: Value, w: Value): Folded {
  if (isIntLike(v) && isIntLike(w) && nonzero(v) && nonzero(w)) {
    if (numBits(big(v)) + numBits(big(w)) > MAX_INT_SIZE) return undefined;
  } else if (isIntLike(v) && (w instanceof ConstTuple || w instanceof ConstFrozenSet)) {
    const size = w.items.length;
    if (size) {
      const n = asLong(v);
      if (n === undefined || n < 0 || n > Math.floor(MAX_COLLECTION_SIZE / size)) return undefined;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return undefined;
    }
  } else if (isIntLike(v) && (typeof w === 'string' || w instanceof PyBytes)) {
    const size = typeof w === 'string' ? strLen(w) : w.bytes.length;
    if (size) {
      const n = asLong(v);
      if (n === undefined || n < 0 || n > Math.floor(MAX_STR_SIZE / size)) return undefined;
    }
  } else if (
    isIntLike(w) &&
    (v instanceof ConstTuple || v instanceof ConstFrozenSet || typeof v === 'string' || v instanceof PyBytes)
  ) {
    return safeMultiply(w, v);
  }
  // PyNumber_Multiply
  if (isNumber(v) && isNumber(w)) return numberOp('Mult', v, w);
  if (isIntLike(v) && (typeof w === 'string' || w instanceof PyBytes || w instanceof ConstTuple)) return repeat(w, v);
  return undefined;
}

/** PyLong_AsSize_t: undefined for a negative or too large value (OverflowError). */
function asSizeT(v: number | bigint | boolean): number | undefined {
  const b = big(v);
  return b >= 0n && b < 2n ** 64n ? Number(b) : undefined;
}

/** safe_power */
function safePower(v: Value, w: Value): Folded {
  if (isIntLike(v) && isIntLike(w) && nonzero(v) && big(w) > 0n) {
    const vbits = numBits(big(v));
    const wbits = asSizeT(w);
    if (wbits === undefined) return undefined;
    if (vbits > Math.floor(MAX_INT_SIZE / wbits)) return undefined;
  }
  if (isNumber(v) && isNumber(w)) return numberOp('Pow', v, w);
  return undefined;
}

/** safe_lshift */
function safeLshift(v: Value, w: Value): Folded {
  if (!isIntLike(v) || !isIntLike(w)) return undefined; // TypeError
  const a = big(v);
  const b = big(w);
  if (a !== 0n && b !== 0n) {
    const vbits = numBits(a);
    const wbits = asSizeT(w);
    if (wbits === undefined) return undefined;
    if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) return undefined;
  }
  if (b < 0n) return undefined; // ValueError: negative shift count
  if (a === 0n) return 0;
  return norm(a << b);
}

function rshift(v: Value, w: Value): Folded {
  if (!isIntLike(v) || !isIntLike(w)) return undefined;
  const a = big(v);
  const b = big(w);
  if (b < 0n) return undefined; // ValueError: negative shift count
  // Shifting by more than the value's size leaves its sign.
  if (b >= BigInt(numBits(a) + 1)) return a < 0n ? -1 : 0;
  return norm(a >> b);
}

function bitOp(op: 'BitAnd' | 'BitOr' | 'BitXor', v: Value, w: Value): Folded {
  if (typeof v === 'boolean' && typeof w === 'boolean') {
    // bool_and, bool_or, bool_xor keep bools.
    return op === 'BitAnd' ? v && w : op === 'BitOr' ? v || w : v !== w;
  }
  if (!isIntLike(v) || !isIntLike(w)) return undefined;
  const a = big(v);
  const b = big(w);
  return norm(op === 'BitAnd' ? a & b : op === 'BitOr' ? a | b : a ^ b);
}

/** PyNumber_Add: numbers, and concatenation of two str, bytes or tuples (no size limit). */
function add(v: Value, w: Value): Folded {
  if (isNumber(v) && isNumber(w)) return numberOp('Add', v, w);
  if (typeof v === 'string' && typeof w === 'string') return v + w;
  if (v instanceof PyBytes && w instanceof PyBytes) {
    const b = new Uint8Array(v.bytes.length + w.bytes.length);
    b.set(v.bytes);
    b.set(w.bytes, v.bytes.length);
    return new PyBytes(b);
  }
  if (v instanceof ConstTuple && w instanceof ConstTuple) return new ConstTuple([...v.items, ...w.items]);
  return undefined;
}

/** fold_binop's operator dispatch. */
function binop(op: string, l: Value, r: Value): Folded {
  switch (op) {
    case 'Add':
      return add(l, r);
    case 'Sub':
    case 'Div':
    case 'FloorDiv':
      return isNumber(l) && isNumber(r) ? numberOp(op, l, r) : undefined;
    case 'Mult':
      return safeMultiply(l, r);
    case 'Mod':
      // safe_mod: str and bytes formatting is not folded.
      if (typeof l === 'string' || l instanceof PyBytes) return undefined;
      return isNumber(l) && isNumber(r) ? numberOp('Mod', l, r) : undefined;
    case 'Pow':
      return safePower(l, r);
    case 'LShift':
      return safeLshift(l, r);
    case 'RShift':
      return rshift(l, r);
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd':
      return bitOp(op, l, r);
  }
  // MatMult: no constant implements it.
  return undefined;
}

/** fold_unaryop on a constant operand. */
function unaryop(op: string, v: Value): Folded {
  switch (op) {
    case 'Not':
      return !truthy(v);
    case 'Invert':
      return isIntLike(v) ? norm(~big(v)) : undefined;
    case 'UAdd':
      if (isIntLike(v)) return norm(big(v));
      if (v instanceof PyFloat || v instanceof PyComplex) return v;
      return undefined;
    case 'USub':
      if (isIntLike(v)) return norm(-big(v));
      if (v instanceof PyFloat) return new PyFloat(-v.value);
      if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
      return undefined;
  }
  return undefined;
}

/** PyObject_GetItem(constant, constant index) for str, bytes and tuples; anything else raises. */
function subscript(v: Value, index: Value): Folded {
  if (!(typeof v === 'string' || v instanceof PyBytes || v instanceof ConstTuple)) return undefined;
  if (!isIntLike(index)) return undefined; // TypeError (slices are never constants)
  const at = (len: number): number | undefined => {
    let i = big(index);
    if (i < 0n) i += BigInt(len);
    return i >= 0n && i < BigInt(len) ? Number(i) : undefined; // IndexError
  };
  if (typeof v === 'string') {
    const cps = [...v];
    const i = at(cps.length);
    return i === undefined ? undefined : cps[i];
  }
  if (v instanceof PyBytes) {
    const i = at(v.bytes.length);
    return i === undefined ? undefined : v.bytes[i];
  }
  const i = at(v.items.length);
  return i === undefined ? undefined : (v.items[i] as Value);
}

// ---- the tree ----

function makeConst(node: expr, value: Value): Constant {
  return new Constant(value as ConstantValue, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/** make_const_tuple: the elements' values when every one is a constant. */
function makeConstTuple(elts: expr[]): ConstTuple | null {
  if (!elts.every((e) => e._type === 'Constant')) return null;
  return new ConstTuple(elts.map((e) => (e as Constant).value as Value));
}

function hasStarred(elts: expr[]): boolean {
  return elts.some((e) => e._type === 'Starred');
}

/** fold_iter: a list becomes a tuple (a constant one if it can), a set of constants a frozenset. */
function foldIter(e: expr): expr {
  if (e._type === 'List') {
    if (hasStarred(e.elts)) return e;
    const v = makeConstTuple(e.elts);
    return v ? makeConst(e, v) : new Tuple(e.elts, e.ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  }
  if (e._type === 'Set') {
    const v = makeConstTuple(e.elts);
    return v ? makeConst(e, new ConstFrozenSet(v.items)) : e;
  }
  return e;
}

const INVERTED_CMP: Record<string, string> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
const MAXDIGITS = 3;

/** simple_format_arg_parse + parse_format: one `%` unit as a FormattedValue, or null when unsupported. */
function parseFormat(fmt: string[], pos: { at: number }, arg: expr): FormattedValue | null {
  let at = pos.at;
  let ch = '';
  const nextc = (): boolean => {
    if (at >= fmt.length) return false;
    ch = fmt[at++];
    return true;
  };
  let ljust = false;
  for (;;) {
    if (!nextc()) return null;
    if (ch === '-') {
      ljust = true;
      continue;
    }
    if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    break;
  }
  let width = -1;
  let prec = -1;
  if (ch >= '0' && ch <= '9') {
    width = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!nextc()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!nextc()) return null;
    prec = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      prec = prec * 10 + (ch.charCodeAt(0) - 48);
      if (!nextc()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  pos.at = at;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  let spec = '';
  if (!ljust && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += '.' + prec;
  const formatSpec = spec ? new Constant(spec, null, -1, -1, -1, -1) : null;
  return new FormattedValue(arg, ch.charCodeAt(0), formatSpec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
}

/** parse_literal: the text up to the next lone `%`, with `%%` unescaped. */
function parseLiteral(fmt: string[], pos: { at: number }): Constant | null {
  const start = pos.at;
  let at = start;
  while (at < fmt.length) {
    if (fmt[at] !== '%') at++;
    else if (at + 1 < fmt.length && fmt[at + 1] === '%') at += 2;
    else break;
  }
  pos.at = at;
  if (at === start) return null;
  return new Constant(fmt.slice(start, at).join('').split('%%').join('%'), null, -1, -1, -1, -1);
}

/** optimize_format: `'...%s...' % (a, b)` becomes an f-string when every unit is %s, %r or %a. */
function optimizeFormat(node: BinOp, fmtStr: string, elts: expr[]): expr {
  const fmt = [...fmtStr];
  const pos = { at: 0 };
  const seq: expr[] = [];
  let cnt = 0;
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit) seq.push(lit);
    if (pos.at >= fmt.length) break;
    if (cnt >= elts.length) return node;
    pos.at++;
    const fv = parseFormat(fmt, pos, elts[cnt]);
    cnt++;
    if (!fv) return node;
    seq.push(fv);
  }
  if (cnt < elts.length) return node;
  return new JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}


/** fold_binop */
function foldBinop(node: BinOp): expr {
  const lhs = node.left;
  const rhs = node.right;
  if (lhs._type !== 'Constant') return node;
  const lv = lhs.value as Value;
  if (node.op._type === 'Mod' && rhs._type === 'Tuple' && typeof lv === 'string' && !hasStarred(rhs.elts)) {
    return optimizeFormat(node, lv, rhs.elts);
  }
  if (rhs._type !== 'Constant') return node;
  const v = binop(node.op._type, lv, rhs.value as Value);
  return v === undefined ? node : makeConst(node, v);
}

class Folder {
  constructor(private readonly state: State) {}

  private exprs(list: (expr | null)[]): void {
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e) list[i] = this.expr(e);
    }
  }

  private stmts(list: stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  /** astfold_body: a string that only became one by folding ('a' + 'b') is not a docstring. */
  body(list: stmt[]): void {
    const docstring = isDocstring(list);
    this.stmts(list);
    if (!docstring && isDocstring(list)) {
      const st = list[0] as stmt & { value: expr };
      st.value = new JoinedStr([st.value], st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
    }
  }

  /** astfold_expr: children first, then the node's own fold. */
  expr(e: expr): expr {
    switch (e._type) {
      case 'BoolOp':
        this.exprs(e.values);
        return e;
      case 'BinOp':
        e.left = this.expr(e.left);
        e.right = this.expr(e.right);
        return foldBinop(e);
      case 'UnaryOp': {
        e.operand = this.expr(e.operand);
        const arg = e.operand;
        if (arg._type === 'Constant') {
          const v = unaryop(e.op._type, arg.value as Value);
          return v === undefined ? e : makeConst(e, v);
        }
        // not (a is b) -> a is not b, not (a in b) -> a not in b: the
        // comparison, with its own location, replaces the `not` (COPY_NODE).
        if (e.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
          const to = INVERTED_CMP[arg.ops[0]._type];
          if (to) {
            arg.ops = [{ _type: to } as never];
            return arg;
          }
        }
        return e;
      }
      case 'Lambda':
        this.arguments(e.args);
        e.body = this.expr(e.body);
        return e;
      case 'IfExp':
        e.test = this.expr(e.test);
        e.body = this.expr(e.body);
        e.orelse = this.expr(e.orelse);
        return e;
      case 'Dict':
        this.exprs(e.keys as (expr | null)[]);
        this.exprs(e.values);
        return e;
      case 'Set':
        this.exprs(e.elts);
        return e;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        for (const g of e.generators) this.comprehension(g);
        return e;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        for (const g of e.generators) this.comprehension(g);
        return e;
      case 'Await':
      case 'YieldFrom':
        e.value = this.expr(e.value);
        return e;
      case 'Yield':
        if (e.value) e.value = this.expr(e.value);
        return e;
      case 'Compare': {
        e.left = this.expr(e.left);
        this.exprs(e.comparators);
        // fold_compare: the last operand of `in` / `not in`.
        const last = e.ops.length - 1;
        const op = e.ops[last]._type;
        if (op === 'In' || op === 'NotIn') e.comparators[last] = foldIter(e.comparators[last]);
        return e;
      }
      case 'Call':
        e.func = this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.keyword(k);
        return e;
      case 'FormattedValue':
        e.value = this.expr(e.value);
        if (e.format_spec) e.format_spec = this.expr(e.format_spec);
        return e;
      case 'JoinedStr':
        this.exprs(e.values);
        return e;
      case 'Attribute':
        e.value = this.expr(e.value);
        return e;
      case 'Subscript': {
        e.value = this.expr(e.value);
        e.slice = this.expr(e.slice);
        // fold_subscr: only loads.
        if (e.ctx._type !== 'Load' || e.value._type !== 'Constant' || e.slice._type !== 'Constant') return e;
        const v = subscript(e.value.value as Value, e.slice.value as Value);
        return v === undefined ? e : makeConst(e, v);
      }
      case 'Starred':
        e.value = this.expr(e.value);
        return e;
      case 'Slice':
        if (e.lower) e.lower = this.expr(e.lower);
        if (e.upper) e.upper = this.expr(e.upper);
        if (e.step) e.step = this.expr(e.step);
        return e;
      case 'List':
        this.exprs(e.elts);
        return e;
      case 'Tuple': {
        this.exprs(e.elts);
        // fold_tuple
        if (e.ctx._type !== 'Load') return e;
        const v = makeConstTuple(e.elts);
        return v ? makeConst(e, v) : e;
      }
      case 'Name':
        if (e.ctx._type === 'Load' && e.id === '__debug__') return makeConst(e, !this.state.optimize);
        return e;
      case 'NamedExpr':
        e.value = this.expr(e.value);
        return e;
      case 'Constant':
        return e;
    }
  }

  private keyword(k: keyword): void {
    k.value = this.expr(k.value);
  }

  /** astfold_comprehension: fold_iter after its parts. */
  private comprehension(g: comprehension): void {
    g.target = this.expr(g.target);
    g.iter = this.expr(g.iter);
    this.exprs(g.ifs);
    g.iter = foldIter(g.iter);
  }

  private arguments(a: arguments_): void {
    for (const p of a.posonlyargs) this.arg(p);
    for (const p of a.args) this.arg(p);
    if (a.vararg) this.arg(a.vararg);
    for (const p of a.kwonlyargs) this.arg(p);
    this.exprs(a.kw_defaults as (expr | null)[]);
    if (a.kwarg) this.arg(a.kwarg);
    this.exprs(a.defaults);
  }

  /** astfold_arg: annotations stay as written when they will be strings. */
  private arg(p: arg): void {
    if (!this.state.futureAnnotations && p.annotation) p.annotation = this.expr(p.annotation);
  }

  stmt(s: stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (!this.state.futureAnnotations && s.returns) s.returns = this.expr(s.returns);
        return;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) this.keyword(k);
        this.body(s.body);
        this.exprs(s.decorator_list);
        return;
      case 'Return':
        if (s.value) s.value = this.expr(s.value);
        return;
      case 'Delete':
        this.exprs(s.targets);
        return;
      case 'Assign':
        this.exprs(s.targets);
        s.value = this.expr(s.value);
        return;
      case 'AugAssign':
        s.target = this.expr(s.target);
        s.value = this.expr(s.value);
        return;
      case 'AnnAssign':
        s.target = this.expr(s.target);
        if (!this.state.futureAnnotations) s.annotation = this.expr(s.annotation);
        if (s.value) s.value = this.expr(s.value);
        return;
      case 'For':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        s.iter = foldIter(s.iter);
        return;
      case 'AsyncFor':
        // No fold_iter: an async iterable is not a tuple.
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
      case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) this.withitem(item);
        this.stmts(s.body);
        return;
      case 'Raise':
        if (s.exc) s.exc = this.expr(s.exc);
        if (s.cause) s.cause = this.expr(s.cause);
        return;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) this.excepthandler(h);
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        s.test = this.expr(s.test);
        if (s.msg) s.msg = this.expr(s.msg);
        return;
      case 'Expr':
        s.value = this.expr(s.value);
        return;
      case 'Match':
        s.subject = this.expr(s.subject);
        for (const c of s.cases) this.matchCase(c);
        return;
      // Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue: nothing to fold.
    }
  }

  private excepthandler(h: excepthandler): void {
    if (h.type) h.type = this.expr(h.type);
    this.stmts(h.body);
  }

  private withitem(item: withitem): void {
    item.context_expr = this.expr(item.context_expr);
    if (item.optional_vars) item.optional_vars = this.expr(item.optional_vars);
  }

  private matchCase(c: match_case): void {
    this.pattern(c.pattern);
    if (c.guard) c.guard = this.expr(c.guard);
    this.stmts(c.body);
  }

  /** astfold_pattern: forms the negative and complex constants of value patterns and mapping keys. */
  private pattern(p: pattern): void {
    switch (p._type) {
      case 'MatchValue':
        p.value = this.expr(p.value);
        return;
      case 'MatchSequence':
        for (const x of p.patterns) this.pattern(x);
        return;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const x of p.patterns) this.pattern(x);
        return;
      case 'MatchClass':
        p.cls = this.expr(p.cls);
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        return;
      case 'MatchOr':
        for (const x of p.patterns) this.pattern(x);
        return;
      // MatchSingleton, MatchStar: nothing inside.
    }
  }
}

/** _PyAST_GetDocString's test. */
function isDocstring(body: stmt[]): boolean {
  const st = body[0];
  return st !== undefined && st._type === 'Expr' && st.value._type === 'Constant' && typeof st.value.value === 'string';
}

/** _PyAST_Optimize (astfold_mod), in place. */
export function optimizeAst(m: mod, options: AstOptOptions = {}): void {
  const f = new Folder({ optimize: options.optimize ?? 0, futureAnnotations: options.futureAnnotations ?? false });
  switch (m._type) {
    case 'Module':
      f.body(m.body);
      return;
    case 'Interactive':
      for (const s of m.body) f.stmt(s);
      return;
    case 'Expression':
      m.body = f.expr(m.body);
      return;
    // FunctionType: not folded.
  }
}
