/**
 * The methods of int and bool (Objects/longobject.c, Objects/boolobject.c):
 * construction from numbers, strings and bytes with CPython's errors and the
 * integer-string digit limit, every numeric dunder, and the int methods.
 */
import type { Value } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyFloat } from './float_object';
import { PyIntSub, PyBytes, PyByteArray, PyWStr, PyStrSub, tuple } from './containers';
import { intType, boolType, floatType, NotImplemented, None, typeOf } from './types';
import { typeError, valueError, overflowError, newException, OverflowError, DeprecationWarning } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { method, methods, getset, newMethod, classMethod, parseArgs, npos, noKw } from './define';
import { formatIntSpec } from './format_spec';
import { strRepr, bytesRepr } from './repr';
import { floatPowValues } from './float_type';

type Int = I.Int;

// ---------------------------------------------------------------- conversions

/** Python's str.isspace() characters (what int()/float() strip). */
export const PY_SPACE_RE = /^[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
const NON_ASCII_RE = /[^\x00-\x7f]/;
const ND_RE = /\p{Nd}/u;
const SPACE1_RE = /^[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become
 * ASCII digits, Unicode spaces ' ', anything else non-ASCII '?' (invalid).
 */
export function asciiNumeric(s: string): string {
  if (!NON_ASCII_RE.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (ND_RE.test(ch)) {
      // Decimal digits come in runs of ten starting at zero.
      let z = cp;
      while (z > 0 && ND_RE.test(String.fromCodePoint(z - 1)) && cp - z < 9) z--;
      out += String.fromCharCode(48 + ((cp - z) % 10));
    } else if (SPACE1_RE.test(ch)) out += ' ';
    else out += '?';
  }
  return out;
}

import { intLimits, bigToDecimal } from './int';
import { lazy } from '../util/lazy';
const lazy_warnings = lazy(() => require('../modules/warnings') as typeof import('../modules/warnings'));
const lazy_exceptions = lazy(() => require('./exceptions') as typeof import('./exceptions'));
const lazy_bytes_type = lazy(() => require('./bytes_type') as typeof import('./bytes_type'));
export { intLimits };

function digitLimitError(n: number): never {
  return valueError(`Exceeds the limit (${intLimits.maxStrDigits} digits) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`);
}

const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) DIGIT_VALUE[48 + i] = i;
for (let i = 0; i < 26; i++) {
  DIGIT_VALUE[65 + i] = 10 + i;
  DIGIT_VALUE[97 + i] = 10 + i;
}

/** PyLong_FromString on ASCII text; null when the literal is invalid. */
export function parseIntLiteral(text: string, baseIn: number): Int | null {
  const s = text.replace(/^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g, '');
  let i = 0;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  let base = baseIn;
  const c0 = s[i];
  const c1 = s[i + 1] !== undefined ? s[i + 1].toLowerCase() : '';
  let prefixed = false;
  if (base === 0) {
    if (c0 !== '0') base = 10;
    else if (c1 === 'x') base = 16;
    else if (c1 === 'o') base = 8;
    else if (c1 === 'b') base = 2;
    else {
      // "0", "00", "0_0": only zeros are allowed after a leading 0 in base 0.
      if (!/^0+(_0+)*$/.test(s.slice(i))) return null;
      return 0;
    }
  }
  if (c0 === '0' && ((base === 16 && c1 === 'x') || (base === 8 && c1 === 'o') || (base === 2 && c1 === 'b'))) {
    i += 2;
    prefixed = true;
    if (s[i] === '_') i++;
  }
  const start = i;
  let digits = '';
  let count = 0;
  let prevUnderscore = true;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      continue;
    }
    const d = c < 128 ? DIGIT_VALUE[c] : -1;
    if (d < 0 || d >= base) return null;
    prevUnderscore = false;
    count++;
  }
  if (count === 0 || prevUnderscore) return null;
  digits = s.slice(start).replace(/_/g, '');
  void prefixed;
  if ((base & (base - 1)) !== 0 && count > intLimits.maxStrDigits && intLimits.maxStrDigits > 0) digitLimitError(count);
  let v: Int;
  if (count <= 15 && base <= 10) v = parseInt(digits, base);
  else if (count <= 10) v = parseInt(digits, base);
  else if (base === 10) v = I.norm(BigInt(digits));
  else if (base === 16) v = I.norm(BigInt('0x' + digits));
  else if (base === 8) v = I.norm(BigInt('0o' + digits));
  else if (base === 2) v = I.norm(BigInt('0b' + digits));
  else {
    let acc = 0n;
    const B = BigInt(base);
    for (let k = 0; k < digits.length; k++) acc = acc * B + BigInt(DIGIT_VALUE[digits.charCodeAt(k)]);
    v = I.norm(acc);
  }
  return neg ? I.intNeg(v) : v;
}

function truncatedRepr(r: string): string {
  if (r.length <= 200) return r;
  return Array.from(r).slice(0, 200).join('');
}

/** int(str, base) with CPython's error for an invalid literal. */
export function intFromStr(v: Value, base: number): Int {
  const text = A.strValue(v);
  const r = parseIntLiteral(asciiNumeric(text), base);
  if (r === null) valueError(`invalid literal for int() with base ${base}: ${truncatedRepr(strRepr(text))}`);
  return r!;
}

function intFromBytes(b: Uint8Array, base: number): Int {
  let text = '';
  for (let i = 0; i < b.length; i++) text += String.fromCharCode(b[i] < 128 ? b[i] : 63);
  const r = parseIntLiteral(text, base);
  if (r === null) valueError(`invalid literal for int() with base ${base}: ${truncatedRepr(bytesRepr(b))}`);
  return r!;
}

/** float -> int (float___trunc___impl / PyLong_FromDouble). */
export function floatToInt(x: number): Int {
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  if (Number.isNaN(x)) valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return I.norm(BigInt(t));
}

function exactInt(v: Value, what: string): Int {
  const i = A.intValue(v);
  if (i === null) typeError(`${what} returned non-int (type ${A.typeName(v)})`);
  if (v instanceof PyIntSub) {
    warnDeprecated(`${what} returned non-int (type ${A.typeName(v)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
  }
  return i!;
}

/** PyNumber_Long: int(x) for one argument. */
export function numberToInt(v: Value): Int {
  // An exact int is itself; an int subclass goes through its __int__ (int's own unless overridden).
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat && v.ob_type === floatType) return floatToInt(v.value);
  if (typeof v === 'string' || v instanceof PyWStr || v instanceof PyStrSub) return intFromStr(v, 10);
  const t = typeOf(v);
  const m = t.lookup('__int__');
  if (m !== null) return exactInt(A.callDescr(m, v, []), '__int__');
  const ix = t.lookup('__index__');
  if (ix !== null) return exactInt(A.callDescr(ix, v, []), '__index__');
  const tr = t.lookup('__trunc__');
  if (tr !== null) {
    warnDeprecated('The delegation of int() to __trunc__ is deprecated.');
    const r = A.callDescr(tr, v, []);
    const ri = A.intValue(r);
    if (ri !== null) return ri;
    if (typeOf(r).lookup('__index__') === null) typeError(`__trunc__ returned non-Integral (type ${A.typeName(r)})`);
    return A.asIndex(r);
  }
  if (A.isStr(v)) return intFromStr(v, 10);
  if (v instanceof PyBytes) return intFromBytes(v.bytes, 10);
  if (v instanceof PyByteArray) return intFromBytes(v.view(), 10);
  // Any other object with the buffer protocol (memoryview, array) is read as bytes.
  const buf = lazy_bytes_type().bufferOf(v);
  if (buf !== null) return intFromBytes(buf.slice(), 10);
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${A.typeName(v)}'`);
}

function warnDeprecated(msg: string): void {
  // PyErr_WarnEx: the filters may turn it into an exception, which propagates.
  lazy_warnings().warn(msg, DeprecationWarning, 1);
}

function newIntOfType(cls: PyType, v: Int): Value {
  if (cls === intType) return v;
  const o = new PyIntSub(v, cls);
  if (cls.hasInstanceDict) o.dict = new PyDict();
  return o;
}

newMethod(intType, (cls, args, kwnames) => {
  let x: Value | null = null;
  let base: Value | null = null;
  if (kwnames === null && args.length <= 1) x = args.length ? args[0] : null;
  else [x, base] = parseArgs('int', args, kwnames, ['', 'base'], 0, 1);
  let v: Int;
  if (base === null) v = x === null ? 0 : numberToInt(x);
  else {
    const b = A.asIndex(base);
    if (x === null) typeError('int() missing string argument');
    if (!(b === 0 || (b >= 2 && b <= 36))) valueError('int() base must be >= 2 and <= 36, or 0');
    const bn = Number(b);
    if (A.isStr(x!)) v = intFromStr(x!, bn);
    else if (x instanceof PyBytes) v = intFromBytes(x.bytes, bn);
    else if (x instanceof PyByteArray) v = intFromBytes(x.view(), bn);
    else typeError("int() can't convert non-string with explicit base");
  }
  return newIntOfType(cls, v!);
});

// ---------------------------------------------------------------- repr

/** int's repr with the integer-string conversion limit. */
export function intRepr(v: Int): string {
  return typeof v === 'number' ? String(v) : bigToDecimal(v);
}

// ---------------------------------------------------------------- arithmetic

function argCount(args: Value[], n: number): void {
  if (args.length !== n + 1) typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
}

/** int ** int (long_pow without a modulus). */
export function intPow(a: Int, b: Int): Value {
  if (b < 0) {
    return new PyFloat(floatPowValues(I.intToFloat(a), I.intToFloat(b)));
  }
  if (typeof b === 'bigint') {
    if (a === 0 || a === 1) return a;
    if (a === -1) return (b & 1n) === 1n ? -1 : 1;
    throw newException(lazy_exceptions().MemoryError);
  }
  if (typeof a === 'number') {
    if (a === 1 || a === 0) return b === 0 ? 1 : a;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    if (a === 2 && b < 53) return 2 ** b;
  }
  const bits = I.intBitLength(a) * b;
  if (bits > 1e9) throw newException(lazy_exceptions().MemoryError);
  return I.intPowNonNeg(a, b);
}

type IntBin = (a: Int, b: Int) => Value;

function binary(name: string, rname: string, fn: IntBin): void {
  method(intType, name, (args) => {
    if (args.length !== 2) argCount(args, 1);
    const b = A.intValue(args[1]);
    if (b === null) return NotImplemented;
    return fn(A.intValue(args[0])!, b);
  });
  method(intType, rname, (args) => {
    if (args.length !== 2) argCount(args, 1);
    const b = A.intValue(args[1]);
    if (b === null) return NotImplemented;
    return fn(b, A.intValue(args[0])!);
  });
}

binary('__add__', '__radd__', I.intAdd);
binary('__sub__', '__rsub__', I.intSub);
binary('__mul__', '__rmul__', I.intMul);
binary('__floordiv__', '__rfloordiv__', I.intFloorDiv);
binary('__mod__', '__rmod__', I.intMod);
binary('__divmod__', '__rdivmod__', (a, b) => tuple(I.intDivmod(a, b)));
binary('__truediv__', '__rtruediv__', (a, b) => new PyFloat(I.intTrueDiv(a, b)));
binary('__lshift__', '__rlshift__', I.intLshift);
binary('__rshift__', '__rrshift__', I.intRshift);
binary('__and__', '__rand__', I.intAnd);
binary('__or__', '__ror__', I.intOr);
binary('__xor__', '__rxor__', I.intXor);

function powWithMod(a: Int, b: Int, m: Value): Value {
  if (m === None) return intPow(a, b);
  const mi = A.intValue(m);
  if (mi === null) return NotImplemented;
  return I.intPowMod(a, b, mi);
}

method(intType, '__pow__', (args) => {
  if (args.length < 2 || args.length > 3) typeError(`expected 1 or 2 arguments, got ${args.length - 1}`);
  const b = A.intValue(args[1]);
  if (b === null) return NotImplemented;
  return powWithMod(A.intValue(args[0])!, b, args.length === 3 ? args[2] : None);
});
method(intType, '__rpow__', (args) => {
  if (args.length < 2 || args.length > 3) typeError(`expected 1 or 2 arguments, got ${args.length - 1}`);
  const b = A.intValue(args[1]);
  if (b === null) return NotImplemented;
  return powWithMod(b, A.intValue(args[0])!, args.length === 3 ? args[2] : None);
});

const self0 = (args: Value[]): Int => {
  if (args.length !== 1) argCount(args, 0);
  return A.intValue(args[0])!;
};

/** int(self) for results that must be exact ints (a bool or subclass instance becomes a plain int). */
methods(intType, {
  __neg__: (args) => I.intNeg(self0(args)),
  __pos__: (args) => self0(args),
  __abs__: (args) => {
    const v = self0(args);
    return v < 0 ? I.intNeg(v) : v;
  },
  __invert__: (args) => I.intInvert(self0(args)),
  __bool__: (args) => self0(args) != 0,
  __int__: (args) => self0(args),
  __index__: (args) => self0(args),
  __trunc__: (args) => self0(args),
  __floor__: (args) => self0(args),
  __ceil__: (args) => self0(args),
  __float__: (args) => new PyFloat(I.intToFloat(self0(args))),
  __hash__: (args) => I.intHash(self0(args)),
  __repr__: (args) => intRepr(self0(args)),
  __getnewargs__: (args) => tuple([self0(args)]),
  conjugate: (args) => self0(args),
  bit_length: (args) => I.intBitLength(self0(args)),
  bit_count: (args) => {
    const v = self0(args);
    let s = (v < 0 ? I.intNeg(v) : v).toString(2);
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) n++;
    s = '';
    return n;
  },
  as_integer_ratio: (args) => tuple([self0(args), 1]),
  __sizeof__: (args) => {
    const v = self0(args);
    const nd = Math.ceil(I.intBitLength(v) / 30);
    return 24 + 4 * Math.max(nd, v === 0 ? 0 : 1);
  },
  __round__: (args, kw) => {
    noKw('__round__', kw);
    if (args.length > 2) typeError(`__round__ expected at most 1 argument, got ${args.length - 1}`);
    const v = A.intValue(args[0])!;
    if (args.length < 2 || args[1] === None) return v;
    return intRound(v, A.asIndex(args[1]));
  },
  __format__: (args) => {
    if (args.length !== 2) typeError(`__format__() takes exactly one argument (${args.length - 1} given)`);
    const spec = args[1];
    if (!A.isStr(spec)) typeError(`__format__() argument must be str, not ${A.typeName(spec)}`);
    const s = A.strValue(spec);
    const self = args[0];
    if (s === '') return typeof self === 'object' ? A.strObj(self) : A.str(self);
    return A.mkStr(formatIntSpec(A.intValue(self)!, s, A.typeName(self)));
  },
  to_bytes: (args, kw) => {
    const [len, order, signed] = parseArgs('to_bytes', args.slice(1), kw, ['length', 'byteorder', 'signed'], 0, 0, 2);
    return intToBytes(A.intValue(args[0])!, len === null ? 1 : A.asIndex(len), order, signed !== null && A.isTrue(signed));
  },
});

/** round(int, ndigits) for negative ndigits: half-even to a multiple of 10**-ndigits. */
export function intRound(v: Int, nd: Int): Int {
  if (nd >= 0) return v;
  const neg = -BigInt(nd);
  if (neg > 5000n) return 0;
  const p = 10n ** neg;
  const V = BigInt(v);
  let q = V / p;
  let r = V % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = r * 2n;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return I.norm(q * p);
}

function byteorderArg(order: Value | null): boolean {
  if (order === null) return false;
  if (!A.isStr(order)) typeError(`to_bytes() argument 'byteorder' must be str, not ${A.typeName(order)}`);
  const s = A.strValue(order);
  if (s === 'little') return true;
  if (s === 'big') return false;
  return valueError("byteorder must be either 'little' or 'big'");
}

function intToBytes(v: Int, lenIn: Int, order: Value | null, signed: boolean): Value {
  const little = byteorderArg(order);
  if (lenIn < 0) valueError('length argument must be non-negative');
  const len = Number(lenIn);
  let V = BigInt(v);
  if (V < 0n) {
    if (!signed) overflowError("can't convert negative int to unsigned");
    if (len === 0 || V < -(1n << BigInt(len * 8 - 1))) overflowError('int too big to convert');
    V += 1n << BigInt(len * 8);
  } else if (signed ? len === 0 ? V !== 0n : V >= 1n << BigInt(len * 8 - 1) : V >= 1n << BigInt(len * 8)) {
    overflowError('int too big to convert');
  }
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    out[little ? i : len - 1 - i] = Number(V & 0xffn);
    V >>= 8n;
  }
  return new PyBytes(out);
}

classMethod(intType, 'from_bytes', (args, kw) => {
  const cls = args[0] as PyType;
  const [bytesArg, order, signed] = parseArgs('from_bytes', args.slice(1), kw, ['bytes', 'byteorder', 'signed'], 1, 0, 2);
  const little = byteorderArg(order);
  let b: Uint8Array;
  if (bytesArg instanceof PyBytes) b = bytesArg.bytes;
  else if (bytesArg instanceof PyByteArray) b = bytesArg.view();
  else {
    if (A.isStr(bytesArg!)) typeError('cannot convert \'str\' object to bytes');
    const items = A.toArray(bytesArg!);
    b = new Uint8Array(items.length);
    items.forEach((x, i) => {
      const n = A.asIndex(x);
      if (n < 0 || n > 255) valueError('bytes must be in range(0, 256)');
      b[i] = Number(n);
    });
  }
  let V = 0n;
  if (b.length <= 6) {
    let n = 0;
    for (let i = 0; i < b.length; i++) n = n * 256 + b[little ? b.length - 1 - i : i];
    V = BigInt(n);
  } else {
    let hex = '';
    for (let i = 0; i < b.length; i++) hex += b[little ? b.length - 1 - i : i].toString(16).padStart(2, '0');
    V = BigInt('0x' + hex);
  }
  if (signed !== null && A.isTrue(signed) && b.length > 0 && V >> BigInt(b.length * 8 - 1) === 1n) V -= 1n << BigInt(b.length * 8);
  const r = I.norm(V);
  if (cls === intType) return r;
  return A.call(cls, [r]);
});

// Comparisons between ints; int vs float is float's reflected comparison.
const CMP: [string, (c: number) => boolean][] = [
  ['__lt__', (c) => c < 0],
  ['__le__', (c) => c <= 0],
  ['__eq__', (c) => c === 0],
  ['__ne__', (c) => c !== 0],
  ['__gt__', (c) => c > 0],
  ['__ge__', (c) => c >= 0],
];
for (const [name, test] of CMP) {
  method(intType, name, (args) => {
    if (args.length !== 2) argCount(args, 1);
    const b = A.intValue(args[1]);
    if (b === null) return NotImplemented;
    const a = A.intValue(args[0])!;
    return test(a < b ? -1 : a > b ? 1 : 0);
  });
}

const intGet = (self: Value): Value => A.intValue(self)!;
getset(intType, 'real', intGet);
getset(intType, 'imag', () => 0);
getset(intType, 'numerator', intGet);
getset(intType, 'denominator', () => 1);

// ---------------------------------------------------------------- bool

newMethod(boolType, (_cls, args, kwnames) => {
  noKw('bool', kwnames);
  if (args.length > 1) typeError(`bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : A.isTrue(args[0]);
});

method(boolType, '__repr__', (args) => {
  if (args.length !== 1) argCount(args, 0);
  return args[0] ? 'True' : 'False';
});

function boolBinary(name: string, rname: string, boolFn: (a: boolean, b: boolean) => boolean, intFn: (a: Int, b: Int) => Int): void {
  const impl = (a: Value, b: Value): Value => {
    if (typeof a === 'boolean' && typeof b === 'boolean') return boolFn(a, b);
    const x = A.intValue(a);
    const y = A.intValue(b);
    if (x === null || y === null) return NotImplemented;
    return intFn(x, y);
  };
  method(boolType, name, (args) => {
    if (args.length !== 2) argCount(args, 1);
    return impl(args[0], args[1]);
  });
  method(boolType, rname, (args) => {
    if (args.length !== 2) argCount(args, 1);
    return impl(args[1], args[0]);
  });
}
boolBinary('__and__', '__rand__', (a, b) => a && b, I.intAnd);
boolBinary('__or__', '__ror__', (a, b) => a || b, I.intOr);
boolBinary('__xor__', '__rxor__', (a, b) => a !== b, I.intXor);

void npos;
void OverflowError;
