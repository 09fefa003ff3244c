/**
 * The methods of float (Objects/floatobject.c): construction from numbers and
 * strings, arithmetic with CPython's floor-division/modulo/power rules and
 * errors, exact comparison against ints of any size, rounding, hex/fromhex,
 * as_integer_ratio, and __format__.
 */
import type { Value } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyFloat } from './float_object';
import { PyComplexObj } from './complex_object';
import { PyBytes, PyByteArray, PyWStr, PyStrSub, tuple } from './containers';
import { floatType, NotImplemented, None, typeOf } from './types';
import { typeError, valueError, overflowError, zeroDivisionError, newException, OverflowError, DeprecationWarning } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { method, methods, getset, newMethod, classMethod, noKw, npos, keywordsRefused } from './define';
import { formatFloatSpec, floatReprStr, fixedDigitsOf } from './format_spec';
import { strRepr, bytesRepr } from './repr';
import { asciiNumeric, floatToInt } from './int_type';
import { complexPow } from './complex_type';
import { lazy } from '../util/lazy';
import { NEGATIVE_NAN } from '../compiler/float_math';
const lazy_warnings = lazy(() => require('../modules/warnings') as typeof import('../modules/warnings'));
const lazy_bytes = lazy(() => require('./bytes_type') as typeof import('./bytes_type'));

type Int = I.Int;

// ---------------------------------------------------------------- conversion

/** The float value of an int or float operand (mixed arithmetic); null for anything else. */
function toDouble(v: Value): number | null {
  if (v instanceof PyFloat) return v.value;
  switch (typeof v) {
    case 'number':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'bigint':
      return I.intToFloat(v);
  }
  const i = A.intValue(v);
  return i === null ? null : I.intToFloat(i);
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** _Py_string_to_number_with_underscores + PyOS_string_to_double; null when invalid. */
export function parseFloatLiteral(text: string): number | null {
  const s = asciiNumeric(text).replace(/^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g, '');
  if (FLOAT_RE.test(s)) return parseFloat(s.includes('_') ? s.replace(/_/g, '') : s);
  const m = SPECIAL_RE.exec(s);
  if (m === null) return null;
  const neg = m[1] === '-';
  // _Py_dg_stdnan(negate): '-nan' keeps its sign.
  if (m[2].toLowerCase() === 'nan') return neg ? NEGATIVE_NAN : NaN;
  return neg ? -Infinity : Infinity;
}

function floatFromText(text: string, shown: string): number {
  const r = parseFloatLiteral(text);
  if (r === null) valueError(`could not convert string to float: ${shown}`);
  return r!;
}

/** PyNumber_Float: float(x) for one argument. */
export function numberToFloat(v: Value): number {
  if (v instanceof PyFloat) {
    if (v.ob_type === floatType) return v.value;
  }
  switch (typeof v) {
    case 'number':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'bigint':
      return I.intToFloat(v);
    case 'string':
      return floatFromText(v, strRepr(v));
  }
  if (v instanceof PyWStr || v instanceof PyStrSub) {
    const t = A.strValue(v);
    return floatFromText(t, strRepr(t));
  }
  const t = typeOf(v);
  const m = t.lookup('__float__');
  if (m !== null) {
    const r = A.callDescr(m, v, []);
    if (r instanceof PyFloat) {
      if (r.ob_type !== floatType) {
        warn(`${t.name}.__float__ returned non-float (type ${A.typeName(r)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
      }
      return r.value;
    }
    typeError(`${t.name}.__float__ returned non-float (type ${A.typeName(r)})`);
  }
  if (t.lookup('__index__') !== null) return I.intToFloat(A.asIndex(v));
  if (v instanceof PyBytes) return floatFromText(latin(v.bytes), bytesRepr(v.bytes));
  if (v instanceof PyByteArray) return floatFromText(latin(v.view()), `bytearray(${bytesRepr(v.view())})`);
  if (A.intValue(v) !== null) return I.intToFloat(A.intValue(v)!);
  // Any other bytes-like object: its bytes are the text; the error shows the object's repr.
  const buf = lazy_bytes().bufferOf(v);
  if (buf !== null) return floatFromText(latin(buf), A.repr(v));
  return typeError(`float() argument must be a string or a real number, not '${A.typeName(v)}'`);
}

function latin(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i] < 128 ? b[i] : 63);
  return s;
}

function warn(msg: string): void {
  // PyErr_WarnEx: the filters may turn it into an exception, which propagates.
  lazy_warnings().warn(msg, DeprecationWarning, 1);
}

function newFloatOfType(cls: PyType, x: number): Value {
  const f = new PyFloat(x, cls);
  if (cls !== floatType && cls.hasInstanceDict) f.dict = new PyDict();
  return f;
}

newMethod(floatType, (cls, args, kwnames) => {
  // float_new: keywords are refused unless a subclass's own __init__ takes them.
  if (keywordsRefused(cls, floatType)) noKw('float', kwnames);
  const n = npos(args, kwnames);
  if (n > 1) typeError(`float expected at most 1 argument, got ${n}`);
  const x = n === 0 ? 0 : numberToFloat(args[0]);
  return newFloatOfType(cls, x);
});

// ---------------------------------------------------------------- arithmetic

/** float_rem: x % y with the sign of y (and a signed zero). */
export function floatMod(x: number, y: number): number {
  if (y === 0) zeroDivisionError('float modulo');
  let mod = x % y;
  if (mod) {
    if (y < 0 !== mod < 0) mod += y;
  } else mod = y < 0 ? -0 : 0;
  return mod;
}

/** float_divmod's quotient and remainder. */
export function floatDivmod(x: number, y: number, what = 'float divmod()'): [number, number] {
  if (y === 0) zeroDivisionError(what);
  let mod = x % y;
  let div = (x - mod) / y;
  // C's `if (mod)`: NaN is true there (inf // 1 is nan), false in JS.
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else mod = y < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = (x / y < 0 || Object.is(x / y, -0)) ? -0 : 0;
  return [floordiv, mod];
}

export function floatFloorDiv(x: number, y: number): number {
  return floatDivmod(x, y, 'float floor division by zero')[0];
}

function isOddInteger(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x % 2) === 1;
}

/** float_pow for two doubles; a negative base to a fractional power gives a complex (as CPython 3). */
export function floatPow(x: number, y: number): Value {
  if (x < 0 && y !== Math.floor(y) && Number.isFinite(x) && Number.isFinite(y)) {
    return complexPow(x, 0, y, 0);
  }
  return new PyFloat(floatPowValues(x, y));
}

export function floatPowValues(iv: number, iw: number): number {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1) return 1;
    if (iw > 0 === a > 1) return Math.abs(iw);
    return 0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) zeroDivisionError('0.0 cannot be raised to a negative power');
    return odd ? iv : 0;
  }
  let negate = false;
  let v = iv;
  if (v < 0) {
    if (iw !== Math.floor(iw)) valueError('math domain error');
    v = -v;
    negate = isOddInteger(iw);
  }
  if (v === 1) return negate ? -1 : 1;
  let r = Math.pow(v, iw);
  if (!Number.isFinite(r)) throw newException(OverflowError, 34, 'Numerical result out of range');
  if (negate) r = -r;
  return r;
}

type FBin = (x: number, y: number) => Value;

function fbinary(name: string, rname: string, fn: FBin): void {
  method(floatType, name, (args) => {
    if (args.length !== 2) argCount(args, 1);
    const y = toDouble(args[1]);
    if (y === null) return NotImplemented;
    return fn((args[0] as PyFloat).value, y);
  });
  method(floatType, rname, (args) => {
    if (args.length !== 2) argCount(args, 1);
    const y = toDouble(args[1]);
    if (y === null) return NotImplemented;
    return fn(y, (args[0] as PyFloat).value);
  });
}

function argCount(args: Value[], n: number): void {
  if (args.length !== n + 1) typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
}

fbinary('__add__', '__radd__', (x, y) => new PyFloat(x + y));
fbinary('__sub__', '__rsub__', (x, y) => new PyFloat(x - y));
fbinary('__mul__', '__rmul__', (x, y) => new PyFloat(x * y));
fbinary('__truediv__', '__rtruediv__', (x, y) => {
  if (y === 0) zeroDivisionError('float division by zero');
  return new PyFloat(x / y);
});
fbinary('__floordiv__', '__rfloordiv__', (x, y) => new PyFloat(floatFloorDiv(x, y)));
fbinary('__mod__', '__rmod__', (x, y) => new PyFloat(floatMod(x, y)));
fbinary('__divmod__', '__rdivmod__', (x, y) => {
  const [q, r] = floatDivmod(x, y);
  return tuple([new PyFloat(q), new PyFloat(r)]);
});

function powArgs(args: Value[]): number | null {
  if (args.length < 2 || args.length > 3) typeError(`expected 1 or 2 arguments, got ${args.length - 1}`);
  if (args.length === 3 && args[2] !== None) typeError('pow() 3rd argument not allowed unless all arguments are integers');
  return toDouble(args[1]);
}
method(floatType, '__pow__', (args) => {
  const y = powArgs(args);
  if (y === null) return NotImplemented;
  return floatPow((args[0] as PyFloat).value, y);
});
method(floatType, '__rpow__', (args) => {
  const y = powArgs(args);
  if (y === null) return NotImplemented;
  return floatPow(y, (args[0] as PyFloat).value);
});

// ---------------------------------------------------------------- comparison

/** Compare a double with an int exactly: -1, 0, 1, or NaN when x is nan. */
export function compareFloatInt(x: number, i: Int): number {
  if (Number.isNaN(x)) return NaN;
  if (typeof i === 'number') return x < i ? -1 : x > i ? 1 : 0;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const t = Math.trunc(x);
  const T = BigInt(t);
  if (T !== i) return T < i ? -1 : 1;
  const frac = x - t;
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

const CMPS: [string, (c: number) => boolean][] = [
  ['__lt__', (c) => c < 0],
  ['__le__', (c) => c <= 0],
  ['__eq__', (c) => c === 0],
  ['__ne__', (c) => !(c === 0)],
  ['__gt__', (c) => c > 0],
  ['__ge__', (c) => c >= 0],
];
for (const [name, test] of CMPS) {
  method(floatType, name, (args) => {
    if (args.length !== 2) argCount(args, 1);
    const x = (args[0] as PyFloat).value;
    const o = args[1];
    if (o instanceof PyFloat) {
      const y = o.value;
      return test(x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN);
    }
    const i = A.intValue(o);
    if (i === null) return NotImplemented;
    return test(compareFloatInt(x, i));
  });
}

// ---------------------------------------------------------------- rounding

/** round(x, ndigits) correctly rounded (double_round with dtoa's mode 3). */
export function floatRoundDigits(x: number, nd: Int): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Beyond these every double is already exact / rounds to zero (NDIGITS_MAX / NDIGITS_MIN).
  if (nd > 323) return x;
  if (nd < -308) return x < 0 ? -0 : 0;
  const n = Number(nd);
  const { digits, decpt } = fixedDigitsOf(x, n);
  let r: number;
  if (digits === '') r = 0;
  else r = parseFloat(digits + 'e' + (decpt - digits.length));
  if (x < 0) r = -r;
  if (!Number.isFinite(r)) overflowError('rounded value too large to represent');
  return r;
}

/** round(x): half-even to an int. */
export function floatRoundToInt(x: number): Int {
  let r = Math.round(x);
  // Math.round rounds halves up; CPython rounds them to even.
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return floatToInt(r);
}

const selfF = (args: Value[]): number => {
  if (args.length !== 1) argCount(args, 0);
  return (args[0] as PyFloat).value;
};

function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, Math.abs(x));
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const lead = bexp === 0 ? '0' : '1';
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return `${sign}0x${lead}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** M * 2^E correctly rounded to a double (overflow gives Infinity). */
export function ldexpBig(M: bigint, E: number): number {
  if (M === 0n) return 0;
  const bl = M.toString(2).length;
  const top = bl + E - 1;
  if (top > 1023) return Infinity;
  // Bits kept: 53, fewer for subnormal results.
  let keep = 53;
  if (top < -1022) keep = 53 - (-1022 - top);
  if (keep <= 0) {
    // Below half the smallest subnormal rounds to zero; exactly half rounds to even (zero).
    if (keep === 0 && M > (1n << BigInt(bl - 1))) return 5e-324;
    return 0;
  }
  let m = M;
  let e = E;
  if (bl > keep) {
    const drop = BigInt(bl - keep);
    const q = m >> drop;
    const r = m - (q << drop);
    const half = 1n << (drop - 1n);
    m = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
    e += bl - keep;
  }
  const v = Number(m);
  const lo = Math.max(e, -1074);
  return v * 2 ** lo * 2 ** (e - lo);
}

const HEX_RE = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

function floatFromHex(text: string): number {
  const s = text.replace(/^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g, '');
  const sp = SPECIAL_RE.exec(s);
  if (sp !== null) return sp[2].toLowerCase() === 'nan' ? (sp[1] === '-' ? NEGATIVE_NAN : NaN) : sp[1] === '-' ? -Infinity : Infinity;
  const m = HEX_RE.exec(s);
  if (m === null || (m[2] === '' && (m[3] === undefined || m[3] === ''))) valueError('invalid hexadecimal floating-point string');
  const intPart = m![2];
  const fracPart = m![3] ?? '';
  const digits = (intPart + fracPart).replace(/^0+/, '');
  let E = m![4] !== undefined ? Number(m![4]) : 0;
  if (!Number.isFinite(E) || Math.abs(E) > 1e7) E = E > 0 ? 1e7 : -1e7;
  E -= 4 * fracPart.length;
  let v = digits === '' ? 0 : ldexpBig(BigInt('0x' + digits), E);
  if (!Number.isFinite(v)) overflowError('hexadecimal value too large to represent as a float');
  if (m![1] === '-') v = -v;
  return v;
}

function asIntegerRatio(x: number): Value {
  if (Number.isNaN(x)) valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) overflowError('cannot convert Infinity to integer ratio');
  if (Number.isInteger(x)) return tuple([floatToInt(x), 1]);
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  // m / 2^e, reduced: strip common factors of two.
  let M = BigInt(m);
  let D = 1n << BigInt(e);
  while ((M & 1n) === 0n && D > 1n) {
    M >>= 1n;
    D >>= 1n;
  }
  return tuple([I.norm(M), I.norm(D)]);
}

methods(floatType, {
  __neg__: (args) => new PyFloat(-selfF(args)),
  __pos__: (args) => new PyFloat(selfF(args)),
  __abs__: (args) => new PyFloat(Math.abs(selfF(args))),
  __bool__: (args) => selfF(args) !== 0,
  __int__: (args) => floatToInt(selfF(args)),
  __trunc__: (args) => floatToInt(selfF(args)),
  __floor__: (args) => floatToInt(Math.floor(selfF(args))),
  __ceil__: (args) => floatToInt(Math.ceil(selfF(args))),
  __float__: (args) => {
    const x = selfF(args);
    return args[0] instanceof PyFloat && args[0].ob_type === floatType ? args[0] : new PyFloat(x);
  },
  __hash__: (args) => A.floatHash(selfF(args), args[0] as PyFloat),
  __repr__: (args) => floatReprStr(selfF(args)),
  __getnewargs__: (args) => tuple([new PyFloat(selfF(args))]),
  conjugate: (args) => new PyFloat(selfF(args)),
  is_integer: (args) => Number.isInteger(selfF(args)),
  hex: (args) => floatHex(selfF(args)),
  as_integer_ratio: (args) => asIntegerRatio(selfF(args)),
  __round__: (args, kw) => {
    noKw('__round__', kw);
    if (args.length > 2) typeError(`__round__ expected at most 1 argument, got ${args.length - 1}`);
    const x = (args[0] as PyFloat).value;
    if (args.length < 2 || args[1] === None) {
      if (Number.isNaN(x)) valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(x)) overflowError('cannot convert float infinity to integer');
      return floatRoundToInt(x);
    }
    return new PyFloat(floatRoundDigits(x, A.asIndex(args[1])));
  },
  __format__: (args) => {
    if (args.length !== 2) typeError(`__format__() takes exactly one argument (${args.length - 1} given)`);
    const spec = args[1];
    if (!A.isStr(spec)) typeError(`__format__() argument must be str, not ${A.typeName(spec)}`);
    const s = A.strValue(spec);
    const self = args[0] as PyFloat;
    if (s === '') return self.ob_type === floatType ? floatReprStr(self.value) : A.strObj(self);
    return A.mkStr(formatFloatSpec(self.value, s, self.ob_type.name));
  },
});

// A class method: float.__getformat__('double').
classMethod(floatType, '__getformat__', (args) => {
  if (args.length !== 2) typeError(`__getformat__() takes exactly one argument (${args.length - 1} given)`);
  if (!A.isStr(args[1])) typeError(`__getformat__() argument must be str, not ${A.typeName(args[1])}`);
  const t = A.strValue(args[1]);
  if (t !== 'double' && t !== 'float') throw newException((require('./exceptions') as typeof import('./exceptions')).ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return 'IEEE, little-endian';
});

classMethod(floatType, 'fromhex', (args) => {
  if (args.length !== 2) typeError(`fromhex() takes exactly one argument (${args.length - 1} given)`);
  const cls = args[0] as PyType;
  if (!A.isStr(args[1])) typeError(`fromhex() argument must be str, not ${A.typeName(args[1])}`);
  const v = floatFromHex(A.strValue(args[1]));
  if (cls === floatType) return new PyFloat(v);
  return A.call(cls, [new PyFloat(v)]);
});

getset(floatType, 'real', (self) => new PyFloat((self as PyFloat).value));
getset(floatType, 'imag', () => new PyFloat(0));

void PyComplexObj;
void typeError;
