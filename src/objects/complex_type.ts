/**
 * The methods of complex (Objects/complexobject.c): construction from
 * numbers and strings, arithmetic (Smith's division, c_powi for small integer
 * exponents), equality with ints and floats, hash, repr and __format__.
 */
import type { Value, PyObject } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyFloat } from './float_object';
import { PyComplexObj } from './complex_object';
import { PyWStr, PyStrSub, tuple } from './containers';
import { complexType, floatType, NotImplemented, None, typeOf } from './types';
import { typeError, valueError, overflowError, zeroDivisionError } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { method, methods, getset, newMethod, parseArgs } from './define';
import { formatComplexSpec } from './format_spec';
import { complexRepr } from './repr';
import { asciiNumeric } from './int_type';
import { compareFloatInt } from './float_type';
import { lazy } from '../util/lazy';
const lazy_float_type = lazy(() => require('./float_type') as typeof import('./float_type'));

type C = [number, number];

/** The (real, imag) of an int, float or complex operand; null for anything else. */
function toComplex(v: Value): C | null {
  if (v instanceof PyComplexObj) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.value, 0];
  const i = A.intValue(v);
  if (i !== null) return [I.intToFloat(i), 0];
  return null;
}

function mk(re: number, im: number): PyComplexObj {
  return new PyComplexObj(re, im);
}

/** _Py_c_quot (Smith's algorithm); null on division by zero. */
function cQuot(ar: number, ai: number, br: number, bi: number): C | null {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function cProd(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** _Py_c_pow; throws ZeroDivisionError for 0 to a negative or complex power. */
function cPow(ar: number, ai: number, br: number, bi: number): C {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) zeroDivisionError('0.0 to a negative or complex power');
    return [0, 0];
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

function cPowu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** complex ** complex as complex_pow: integral exponents up to 100 by repeated multiplication. */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplexObj {
  let r: C;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    if (br > 0) r = cPowu([ar, ai], br);
    else {
      const d = cPowu([ar, ai], -br);
      const q = cQuot(1, 0, d[0], d[1]);
      if (q === null) zeroDivisionError('0.0 to a negative or complex power');
      r = q!;
    }
  } else r = cPow(ar, ai, br, bi);
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) {
    if ((Number.isFinite(ar) && Number.isFinite(ai) && Number.isFinite(br) && Number.isFinite(bi)) && !Number.isNaN(r[0]) && !Number.isNaN(r[1])) overflowError('complex exponentiation');
  }
  return mk(r[0], r[1]);
}

type CBin = (a: C, b: C) => Value;

function argCount(args: Value[], n: number): void {
  if (args.length !== n + 1) typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
}

function cbinary(name: string, rname: string, fn: CBin): void {
  method(complexType, name, (args) => {
    if (args.length !== 2) argCount(args, 1);
    const b = toComplex(args[1]);
    if (b === null) return NotImplemented;
    const s = args[0] as PyComplexObj;
    return fn([s.real, s.imag], b);
  });
  method(complexType, rname, (args) => {
    if (args.length !== 2) argCount(args, 1);
    const b = toComplex(args[1]);
    if (b === null) return NotImplemented;
    const s = args[0] as PyComplexObj;
    return fn(b, [s.real, s.imag]);
  });
}

cbinary('__add__', '__radd__', (a, b) => mk(a[0] + b[0], a[1] + b[1]));
cbinary('__sub__', '__rsub__', (a, b) => mk(a[0] - b[0], a[1] - b[1]));
cbinary('__mul__', '__rmul__', (a, b) => {
  const r = cProd(a, b);
  return mk(r[0], r[1]);
});
cbinary('__truediv__', '__rtruediv__', (a, b) => {
  const q = cQuot(a[0], a[1], b[0], b[1]);
  if (q === null) zeroDivisionError('complex division by zero');
  return mk(q![0], q![1]);
});

function powImpl(args: Value[], reflected: boolean): Value {
  if (args.length < 2 || args.length > 3) typeError(`expected 1 or 2 arguments, got ${args.length - 1}`);
  if (args.length === 3 && args[2] !== None) valueError('complex modulo');
  const b = toComplex(args[1]);
  if (b === null) return NotImplemented;
  const s = args[0] as PyComplexObj;
  const a: C = [s.real, s.imag];
  return reflected ? complexPow(b[0], b[1], a[0], a[1]) : complexPow(a[0], a[1], b[0], b[1]);
}
method(complexType, '__pow__', (args) => powImpl(args, false));
method(complexType, '__rpow__', (args) => powImpl(args, true));

function eqImpl(args: Value[]): Value {
  if (args.length !== 2) argCount(args, 1);
  const s = args[0] as PyComplexObj;
  const o = args[1];
  if (o instanceof PyComplexObj) return s.real === o.real && s.imag === o.imag;
  if (o instanceof PyFloat) return s.imag === 0 && s.real === o.value;
  const i = A.intValue(o);
  if (i === null) return NotImplemented;
  return s.imag === 0 && compareFloatInt(s.real, i) === 0;
}
method(complexType, '__eq__', (args) => eqImpl(args));
method(complexType, '__ne__', (args) => {
  const r = eqImpl(args);
  return r === NotImplemented ? r : !r;
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) method(complexType, name, () => NotImplemented);

const selfC = (args: Value[]): PyComplexObj => {
  if (args.length !== 1) argCount(args, 0);
  return args[0] as PyComplexObj;
};

const M64 = (1n << 64n) - 1n;

methods(complexType, {
  __neg__: (args) => {
    const s = selfC(args);
    return mk(-s.real, -s.imag);
  },
  __pos__: (args) => {
    const s = selfC(args);
    return mk(s.real, s.imag);
  },
  __abs__: (args) => {
    const s = selfC(args);
    const r = Math.hypot(s.real, s.imag);
    if (!Number.isFinite(r) && Number.isFinite(s.real) && Number.isFinite(s.imag)) overflowError('absolute value too large');
    return new PyFloat(r);
  },
  __bool__: (args) => {
    const s = selfC(args);
    return s.real !== 0 || s.imag !== 0;
  },
  conjugate: (args) => {
    const s = selfC(args);
    return mk(s.real, -s.imag);
  },
  __hash__: (args) => {
    const s = selfC(args);
    const hr = BigInt(A.floatHash(s.real, args[0] as PyObject));
    const hi = BigInt(A.floatHash(s.imag, args[0] as PyObject));
    let h = BigInt.asIntN(64, (hr + 1000003n * hi) & M64);
    if (h === -1n) h = -2n;
    return I.norm(h);
  },
  __repr__: (args) => {
    const s = selfC(args);
    return complexRepr(s.real, s.imag);
  },
  __getnewargs__: (args) => {
    const s = selfC(args);
    return tuple([new PyFloat(s.real), new PyFloat(s.imag)]);
  },
  __format__: (args) => {
    if (args.length !== 2) typeError(`__format__() takes exactly one argument (${args.length - 1} given)`);
    const spec = args[1];
    if (!A.isStr(spec)) typeError(`__format__() argument must be str, not ${A.typeName(spec)}`);
    const s = args[0] as PyComplexObj;
    const t = A.strValue(spec);
    if (t === '') return A.strObj(s);
    return A.mkStr(formatComplexSpec(s.real, s.imag, t, s.ob_type.name));
  },
  __complex__: (args) => {
    const s = selfC(args);
    return s.ob_type === complexType ? s : mk(s.real, s.imag);
  },
});
for (const name of ['__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__divmod__', '__rdivmod__']) {
  // CPython 3.11 has no such slots on complex: leave them absent so the generic error names the operator.
  void name;
}

getset(complexType, 'real', (self) => new PyFloat((self as PyComplexObj).real));
getset(complexType, 'imag', (self) => new PyFloat((self as PyComplexObj).imag));

// ---------------------------------------------------------------- construction

const NUM = '(?:(?:\\d(?:_?\\d)*)(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan';
const COMPLEX_RE = new RegExp(`^(?:([+-]?(?:${NUM}))(?:([+-](?:${NUM})?)[jJ])?|([+-]?(?:${NUM})?)[jJ])$`, 'i');

function parseFloatPart(s: string): number {
  const t = s.replace(/_/g, '');
  const body = t.replace(/^[+-]/, '').toLowerCase();
  const neg = t[0] === '-';
  if (body === '') return neg ? -1 : 1;
  if (body === 'inf' || body === 'infinity') return neg ? -Infinity : Infinity;
  if (body === 'nan') return NaN;
  return parseFloat(t);
}

/** complex_from_string_inner: null when malformed. */
export function parseComplexLiteral(text: string): C | null {
  let s = asciiNumeric(text).replace(/^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g, '');
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) return null;
    s = s.slice(1, -1).replace(/^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g, '');
  }
  const m = COMPLEX_RE.exec(s);
  if (m === null) return null;
  if (m[3] !== undefined) return [0, parseFloatPart(m[3])];
  const re = parseFloatPart(m[1]);
  if (m[2] !== undefined) return [re, parseFloatPart(m[2])];
  return [re, 0];
}

function tryComplexDunder(v: Value): C | null {
  if (v instanceof PyComplexObj && v.ob_type === complexType) return [v.real, v.imag];
  if (typeof v !== 'object') return null;
  const m = typeOf(v).lookup('__complex__');
  if (m === null) return null;
  const r = A.callDescr(m, v, []);
  if (!(r instanceof PyComplexObj)) typeError(`__complex__ returned non-complex (type ${A.typeName(r)})`);
  const c = r as PyComplexObj;
  return [c.real, c.imag];
}

function realPart(v: Value, which: string): C {
  const c = tryComplexDunder(v);
  if (c !== null) return c;
  if (v instanceof PyFloat) return [v.value, 0];
  const i = A.intValue(v);
  if (i !== null) return [I.intToFloat(i), 0];
  const t = typeOf(v);
  if (t.lookup('__float__') !== null || t.lookup('__index__') !== null) {
    const { numberToFloat } = lazy_float_type();
    return [numberToFloat(v), 0];
  }
  return typeError(`complex() ${which} must be ${which === 'first argument' ? 'a string or a number' : 'a number'}, not '${A.typeName(v)}'`);
}

newMethod(complexType, (cls, args, kwnames) => {
  const [r, i] = parseArgs('complex', args, kwnames, ['real', 'imag'], 0);
  let re = 0;
  let im = 0;
  if (r !== null && (typeof r === 'string' || r instanceof PyWStr || r instanceof PyStrSub)) {
    if (i !== null) typeError("complex() can't take second arg if first is a string");
    const c = parseComplexLiteral(A.strValue(r));
    if (c === null) valueError('complex() arg is a malformed string');
    [re, im] = c!;
  } else {
    if (i !== null && A.isStr(i)) typeError("complex() second arg can't be a string");
    // complex_new_impl: cr and ci, each flagged when it was complex; only then do their imaginary parts count.
    let cr: C = [0, 0];
    let crIsComplex = false;
    if (r !== null) {
      if (r instanceof PyComplexObj && r.ob_type === complexType && i === null && cls === complexType) return r;
      const c = tryComplexDunder(r);
      crIsComplex = c !== null;
      cr = c ?? realPart(r, 'first argument');
    }
    let ci: C = [cr[1], 0];
    let ciIsComplex = false;
    if (i !== null) {
      const c = tryComplexDunder(i);
      ciIsComplex = c !== null;
      ci = c ?? realPart(i, 'second argument');
    }
    re = cr[0];
    im = ci[0];
    if (ciIsComplex) re -= ci[1];
    if (crIsComplex && i !== null) im += cr[1];
  }
  const o = new PyComplexObj(re, im, cls);
  if (cls !== complexType && cls.hasInstanceDict) o.dict = new PyDict();
  return o;
});

void floatType;
void PyType;
