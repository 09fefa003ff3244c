/**
 * cmath (Modules/cmathmodule.c of CPython 3.11): the same formulas, the
 * same C99 Annex G special-value tables, the same errno rules ("math domain
 * error" where Annex G signals invalid or divide-by-zero, "math range
 * error" on overflow).
 *
 * The real functions underneath are chosen to agree with glibc's, which
 * CPython calls: exp, log, sin, cos, tan, atan2 and hypot correctly rounded
 * (compiler/float_math.ts; glibc's disagree with the correctly rounded
 * result for about 0.1% of arguments, V8's Math.* for 3-30%); sinh, cosh,
 * tanh and asinh by fdlibm's algorithms, which glibc's dbl-64 versions
 * are, over those exp and log and V8's expm1/log1p (fdlibm's too). V8's
 * own Math.sinh/cosh/tanh/asinh use other exp/log and differ from glibc
 * in the last bit for 1-7% of arguments.
 */
import type { Value } from '../objects/base';
import { PyFloat } from '../objects/float_object';
import { PyComplexObj } from '../objects/complex_object';
import { tuple } from '../objects/containers';
import { typeOf, floatType, complexType } from '../objects/types';
import { newException, typeError, ValueError, OverflowError, DeprecationWarning } from '../objects/exceptions';
import { moduleFunction, parseArgs } from '../objects/define';
import * as A from '../objects/abstract';
import { copysign, crExp, crLog, crSin, crCos, crTan, crAtan2, crHypot, intToFloat } from '../compiler/float_math';
import { lazy } from '../util/lazy';
import { registerNative, newModule } from './registry';

const lazy_warnings = lazy(() => require('./warnings') as typeof import('./warnings'));

type C = [number, number];

// ---------------------------------------------------------------- argument conversion

function deprecated(msg: string): void {
  lazy_warnings().warn(msg, DeprecationWarning, 1);
}

/** PyFloat_AsDouble. */
function asDouble(v: Value): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return bigToDouble(v);
  const t = typeOf(v);
  const ff = t.lookup('__float__');
  if (ff !== null) {
    const r = A.callDescr(ff, v, []);
    if (!(r instanceof PyFloat)) typeError(`${t.name}.__float__ returned non-float (type ${A.typeName(r)})`);
    const f = r as PyFloat;
    if (f.ob_type !== floatType) {
      deprecated(`${t.name}.__float__ returned non-float (type ${A.typeName(r)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
    }
    return f.value;
  }
  if (t.lookup('__index__') !== null) {
    const i = A.asIndex(v);
    return typeof i === 'bigint' ? bigToDouble(i) : Number(i);
  }
  return typeError(`must be real number, not ${A.typeName(v)}`);
}

function bigToDouble(v: bigint): number {
  const f = intToFloat(v);
  if (f === undefined) throw newException(OverflowError, 'int too large to convert to float');
  return f;
}

/** PyComplex_AsCComplex: a complex (or subclass) as is, then __complex__, then PyFloat_AsDouble. */
function asComplex(v: Value): C {
  if (v instanceof PyComplexObj) return [v.real, v.imag];
  if (typeof v === 'object') {
    const t = typeOf(v);
    const m = t.lookup('__complex__');
    if (m !== null) {
      const r = A.callDescr(m, v, []);
      if (!(r instanceof PyComplexObj)) typeError(`__complex__ returned non-complex (type ${A.typeName(r)})`);
      const c = r as PyComplexObj;
      if (c.ob_type !== complexType) {
        deprecated(`__complex__ returned non-complex (type ${A.typeName(r)}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
      }
      return [c.real, c.imag];
    }
  }
  return [asDouble(v), 0];
}

// ---------------------------------------------------------------- errno

const OK = 0;
const EDOM = 1;
const ERANGE = 2;
let errno = OK;

function mathError(): never {
  if (errno === EDOM) throw newException(ValueError, 'math domain error');
  throw newException(OverflowError, 'math range error');
}

// ---------------------------------------------------------------- real functions as glibc's

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** The high word of |x|'s bits, as fdlibm tests ranges with. */
function highWord(x: number): number {
  F64[0] = x;
  return U32[1] & 0x7fffffff;
}

const OVERFLOW_THRESHOLD = 710.4758600739439; // 0x408633CE8FB9F87D

function sinh(x: number): number {
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  const ix = highWord(x);
  if (ix >= 0x7ff00000) return x + x;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * crExp(ax);
  if (ax <= OVERFLOW_THRESHOLD) {
    const w = crExp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1e307;
}

function cosh(x: number): number {
  const ax = Math.abs(x);
  const ix = highWord(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * crExp(ax);
  if (ax <= OVERFLOW_THRESHOLD) {
    const w = crExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

function tanh(x: number): number {
  const ax = Math.abs(x);
  const ix = highWord(x);
  let z: number;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  if (ix < 0x40360000) {
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = Math.expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else z = 1;
  return x >= 0 ? z : -z;
}

const LN2 = 6.93147180559945286227e-1;

function asinh(x: number): number {
  const ax = Math.abs(x);
  const ix = highWord(x);
  if (ix >= 0x7ff00000) return x + x;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) w = crLog(ax) + LN2;
  else if (ix > 0x40000000) w = crLog(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x > 0 ? w : -w;
}

/** _Py_log1p: log1p with -0.0 kept (glibc's keeps it too). */
const log1p = (x: number): number => (x === 0 ? x : Math.log1p(x));

const ldexp = (x: number, e: number): number => x * 2 ** e;
const isfinite = Number.isFinite;
const isnan = Number.isNaN;
const isinf = (x: number): boolean => x === Infinity || x === -Infinity;

// ---------------------------------------------------------------- special values

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MANT_DIG = 53;
const CM_LARGE_DOUBLE = DBL_MAX / 4;
const CM_SQRT_LARGE_DOUBLE = Math.sqrt(CM_LARGE_DOUBLE);
const CM_LOG_LARGE_DOUBLE = 708.3964185322641; // log(DBL_MAX / 4)
const CM_SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const CM_SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const CM_SCALE_DOWN = -Math.floor((CM_SCALE_UP + 1) / 2);
const M_LN2 = 0.6931471805599453094;
const M_LN10 = 2.302585092994045684;
const PI = Math.PI;
const E = Math.E;

const enum ST {
  NINF,
  NEG,
  NZERO,
  PZERO,
  POS,
  PINF,
  NAN,
}

function specialType(d: number): ST {
  if (isfinite(d)) {
    if (d !== 0) return d > 0 ? ST.POS : ST.NEG;
    return Object.is(d, -0) ? ST.NZERO : ST.PZERO;
  }
  if (isnan(d)) return ST.NAN;
  return d > 0 ? ST.PINF : ST.NINF;
}

const P = PI;
const P14 = 0.25 * PI;
const P12 = 0.5 * PI;
const P34 = 0.75 * PI;
const INF = Infinity;
const N = NaN;
/** A cell Annex G never reaches (a finite nonzero part). */
const U = -9.5426319407711027e33;

type Table = C[][];

/** 7 rows (the real part's special type) of 7 cells (the imaginary part's), flattened. */
function table(cells: number[]): Table {
  const t: Table = [];
  for (let i = 0; i < 7; i++) {
    const row: C[] = [];
    for (let j = 0; j < 7; j++) row.push([cells[(i * 7 + j) * 2], cells[(i * 7 + j) * 2 + 1]]);
    t.push(row);
  }
  return t;
}

const acosSV = table([
  P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P14, INF, 0, INF, 0, INF, 0, -INF, 0, -INF, P14, -INF, N, INF,
  N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N,
]);

// 3.11's table: acosh(+-0 + nan*j) is nan+nanj (later versions give nan+pi/2*j).
const acoshSV = table([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);

const asinhSV = table([
  -INF, -P14, -INF, -0, -INF, -0, -INF, 0, -INF, 0, -INF, P14, -INF, N,
  -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
  -INF, -P12, U, U, -0, -0, -0, 0, U, U, -INF, P12, N, N,
  INF, -P12, U, U, 0, -0, 0, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, -0, N, 0, N, N, INF, N, N, N,
]);

const atanhSV = table([
  -0, -P12, -0, -P12, -0, -P12, -0, P12, -0, P12, -0, P12, -0, N,
  -0, -P12, U, U, U, U, U, U, U, U, -0, P12, N, N,
  -0, -P12, U, U, -0, -0, -0, 0, U, U, -0, P12, -0, N,
  0, -P12, U, U, 0, -0, 0, 0, U, U, 0, P12, 0, N,
  0, -P12, U, U, U, U, U, U, U, U, 0, P12, N, N,
  0, -P12, 0, -P12, 0, -P12, 0, P12, 0, P12, 0, P12, 0, N,
  0, -P12, N, N, N, N, N, N, N, N, 0, P12, N, N,
]);

const coshSV = table([
  INF, N, U, U, INF, 0, INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, 0, U, U, 1, 0, 1, -0, U, U, N, 0, N, 0,
  N, 0, U, U, 1, -0, 1, 0, U, U, N, 0, N, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);

const expSV = table([
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);

const logSV = table([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -0, -INF, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);

const sinhSV = table([
  INF, N, U, U, -INF, -0, -INF, 0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, N, U, U, -0, -0, -0, 0, U, U, 0, N, 0, N,
  0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);

const sqrtSV = table([
  INF, -INF, 0, -INF, 0, -INF, 0, INF, 0, INF, INF, INF, N, INF,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, INF, -0, INF, -0, INF, 0, INF, 0, INF, INF, INF, N,
  INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N,
]);

// 3.11's table: tanh(+-0 + nan*j) is nan+nanj (later versions give +-0+nanj).
const tanhSV = table([
  -1, 0, U, U, -1, -0, -1, 0, U, U, -1, 0, -1, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, -0, -0, -0, 0, U, U, N, N, N, N,
  N, N, U, U, 0, -0, 0, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  1, 0, U, U, 1, -0, 1, 0, U, U, 1, 0, 1, 0,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);

const rectSV = table([
  INF, N, U, U, -INF, 0, -INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, 0, U, U, -0, 0, -0, -0, U, U, 0, 0, 0, 0,
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);

/** SPECIAL_VALUE: the table's cell when a part is not finite, else null. */
function special(z: C, t: Table): C | null {
  if (isfinite(z[0]) && isfinite(z[1])) return null;
  errno = OK;
  const c = t[specialType(z[0])][specialType(z[1])];
  return [c[0], c[1]];
}

// ---------------------------------------------------------------- the complex functions

function cSqrt(z: C): C {
  const sv = special(z, sqrtSV);
  if (sv !== null) return sv;
  if (z[0] === 0 && z[1] === 0) return [0, z[1]];
  let ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) would be subnormal: scale up first.
    ax = ldexp(ax, CM_SCALE_UP);
    s = ldexp(Math.sqrt(ax + crHypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + crHypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = OK;
  if (z[0] >= 0) return [s, copysign(d, z[1])];
  return [d, copysign(s, z[1])];
}

function cAcos(z: C): C {
  const sv = special(z, acosSV);
  if (sv !== null) return sv;
  let r: C;
  if (Math.abs(z[0]) > CM_LARGE_DOUBLE || Math.abs(z[1]) > CM_LARGE_DOUBLE) {
    r = [crAtan2(Math.abs(z[1]), z[0]), -copysign(crLog(crHypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2, z[1])];
  } else {
    const s1 = cSqrt([1 - z[0], -z[1]]);
    const s2 = cSqrt([1 + z[0], z[1]]);
    r = [2 * crAtan2(s1[0], s2[0]), asinh(s2[0] * s1[1] - s2[1] * s1[0])];
  }
  errno = OK;
  return r;
}

function cAcosh(z: C): C {
  const sv = special(z, acoshSV);
  if (sv !== null) return sv;
  let r: C;
  if (Math.abs(z[0]) > CM_LARGE_DOUBLE || Math.abs(z[1]) > CM_LARGE_DOUBLE) {
    r = [crLog(crHypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2, crAtan2(z[1], z[0])];
  } else {
    const s1 = cSqrt([z[0] - 1, z[1]]);
    const s2 = cSqrt([z[0] + 1, z[1]]);
    r = [asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * crAtan2(s1[1], s2[0])];
  }
  errno = OK;
  return r;
}

function cAsinh(z: C): C {
  const sv = special(z, asinhSV);
  if (sv !== null) return sv;
  let r: C;
  if (Math.abs(z[0]) > CM_LARGE_DOUBLE || Math.abs(z[1]) > CM_LARGE_DOUBLE) {
    const l = crLog(crHypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2;
    r = [z[1] >= 0 ? copysign(l, z[0]) : -copysign(l, -z[0]), crAtan2(z[1], Math.abs(z[0]))];
  } else {
    const s1 = cSqrt([1 + z[1], -z[0]]);
    const s2 = cSqrt([1 - z[1], z[0]]);
    r = [asinh(s1[0] * s2[1] - s2[0] * s1[1]), crAtan2(z[1], s1[0] * s2[0] - s1[1] * s2[1])];
  }
  errno = OK;
  return r;
}

function cAsin(z: C): C {
  const s = cAsinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cAtanh(z: C): C {
  const sv = special(z, atanhSV);
  if (sv !== null) return sv;
  if (z[0] < 0) {
    const r = cAtanh([-z[0], -z[1]]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(z[1]);
  if (z[0] > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    // |z| large: atanh(z) ~ 1/z +- i*pi/2.
    const h = crHypot(z[0] / 2, z[1] / 2);
    errno = OK;
    return [z[0] / 4 / h / h, copysign(PI / 2, z[1])];
  }
  if (z[0] === 1 && ay < CM_SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = EDOM;
      return [INF, z[1]];
    }
    errno = OK;
    return [-crLog(Math.sqrt(ay) / Math.sqrt(crHypot(ay, 2))), copysign(crAtan2(2, -ay) / 2, z[1])];
  }
  errno = OK;
  return [
    log1p((4 * z[0]) / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4,
    -crAtan2(-2 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2,
  ];
}

function cAtan(z: C): C {
  const s = cAtanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cCosh(z: C): C {
  let r: C;
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      if (z[0] > 0) r = [copysign(INF, crCos(z[1])), copysign(INF, crSin(z[1]))];
      else r = [copysign(INF, crCos(z[1])), -copysign(INF, crSin(z[1]))];
    } else {
      const c = coshSV[specialType(z[0])][specialType(z[1])];
      r = [c[0], c[1]];
    }
    errno = isinf(z[1]) && !isnan(z[0]) ? EDOM : OK;
    return r;
  }
  if (Math.abs(z[0]) > CM_LOG_LARGE_DOUBLE) {
    // cosh(z.real) may overflow where cosh(z) does not.
    const xm1 = z[0] - copysign(1, z[0]);
    r = [crCos(z[1]) * cosh(xm1) * E, crSin(z[1]) * sinh(xm1) * E];
  } else {
    r = [crCos(z[1]) * cosh(z[0]), crSin(z[1]) * sinh(z[0])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : OK;
  return r;
}

function cCos(z: C): C {
  return cCosh([-z[1], z[0]]);
}

function cSinh(z: C): C {
  let r: C;
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      if (z[0] > 0) r = [copysign(INF, crCos(z[1])), copysign(INF, crSin(z[1]))];
      else r = [-copysign(INF, crCos(z[1])), copysign(INF, crSin(z[1]))];
    } else {
      const c = sinhSV[specialType(z[0])][specialType(z[1])];
      r = [c[0], c[1]];
    }
    errno = isinf(z[1]) && !isnan(z[0]) ? EDOM : OK;
    return r;
  }
  if (Math.abs(z[0]) > CM_LOG_LARGE_DOUBLE) {
    const xm1 = z[0] - copysign(1, z[0]);
    r = [crCos(z[1]) * sinh(xm1) * E, crSin(z[1]) * cosh(xm1) * E];
  } else {
    r = [crCos(z[1]) * sinh(z[0]), crSin(z[1]) * cosh(z[0])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : OK;
  return r;
}

function cSin(z: C): C {
  const s = cSinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cTanh(z: C): C {
  let r: C;
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = [z[0] > 0 ? 1 : -1, copysign(0, 2 * crSin(z[1]) * crCos(z[1]))];
    } else {
      const c = tanhSV[specialType(z[0])][specialType(z[1])];
      r = [c[0], c[1]];
    }
    errno = isinf(z[1]) && isfinite(z[0]) ? EDOM : OK;
    return r;
  }
  if (Math.abs(z[0]) > CM_LOG_LARGE_DOUBLE) {
    r = [copysign(1, z[0]), 4 * crSin(z[1]) * crCos(z[1]) * crExp(-2 * Math.abs(z[0]))];
  } else {
    const tx = tanh(z[0]);
    const ty = crTan(z[1]);
    const cx = 1 / cosh(z[0]);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    r = [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
  }
  errno = OK;
  return r;
}

function cTan(z: C): C {
  const s = cTanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cExp(z: C): C {
  let r: C;
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      if (z[0] > 0) r = [copysign(INF, crCos(z[1])), copysign(INF, crSin(z[1]))];
      else r = [copysign(0, crCos(z[1])), copysign(0, crSin(z[1]))];
    } else {
      const c = expSV[specialType(z[0])][specialType(z[1])];
      r = [c[0], c[1]];
    }
    errno = isinf(z[1]) && (isfinite(z[0]) || z[0] === INF) ? EDOM : OK;
    return r;
  }
  if (z[0] > CM_LOG_LARGE_DOUBLE) {
    const l = crExp(z[0] - 1);
    r = [l * crCos(z[1]) * E, l * crSin(z[1]) * E];
  } else {
    const l = crExp(z[0]);
    r = [l * crCos(z[1]), l * crSin(z[1])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : OK;
  return r;
}

function cLog(z: C): C {
  const sv = special(z, logSV);
  if (sv !== null) return sv;
  const ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let re: number;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
    re = crLog(crHypot(ax / 2, ay / 2)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      // hypot(ax, ay) would be subnormal, with too few bits.
      re = crLog(crHypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
      errno = EDOM;
      return [-INF, crAtan2(z[1], z[0])];
    }
  } else {
    const h = crHypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = crLog(h);
  }
  errno = OK;
  return [re, crAtan2(z[1], z[0])];
}

function cLog10(z: C): C {
  const r = cLog(z);
  return [r[0] / M_LN10, r[1] / M_LN10];
}

/** _Py_c_quot of 3.11 (Smith's method), EDOM on a zero divisor. */
function cQuot(a: C, b: C): C {
  const abr = b[0] < 0 ? -b[0] : b[0];
  const abi = b[1] < 0 ? -b[1] : b[1];
  if (abr >= abi) {
    if (abr === 0) {
      errno = EDOM;
      return [0, 0];
    }
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (abi >= abr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** _Py_c_abs: an infinite part wins over a NaN; ERANGE when hypot overflows. */
function cAbs(z: C): number {
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0])) {
      errno = OK;
      return Math.abs(z[0]);
    }
    if (isinf(z[1])) {
      errno = OK;
      return Math.abs(z[1]);
    }
    return NaN;
  }
  const r = crHypot(z[0], z[1]);
  errno = isfinite(r) ? OK : ERANGE;
  return r;
}

function rect(r: number, phi: number): C {
  let z: C;
  if (!isfinite(r) || !isfinite(phi)) {
    if (isinf(r) && isfinite(phi) && phi !== 0) {
      if (r > 0) z = [copysign(INF, crCos(phi)), copysign(INF, crSin(phi))];
      else z = [-copysign(INF, crCos(phi)), -copysign(INF, crSin(phi))];
    } else {
      const c = rectSV[specialType(r)][specialType(phi)];
      z = [c[0], c[1]];
    }
    errno = r !== 0 && !isnan(r) && isinf(phi) ? EDOM : OK;
  } else if (phi === 0) {
    z = [r, r * phi];
    errno = OK;
  } else {
    z = [r * crCos(phi), r * crSin(phi)];
    errno = OK;
  }
  return z;
}

// ---------------------------------------------------------------- module

const mkC = (z: C): PyComplexObj => new PyComplexObj(z[0], z[1]);

function oneArg(name: string, args: Value[], kw: string[] | null): Value {
  if (kw !== null && kw.length) typeError(`cmath.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`cmath.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

const FUNCS: [string, (z: C) => C][] = [
  ['acos', cAcos], ['acosh', cAcosh], ['asin', cAsin], ['asinh', cAsinh], ['atan', cAtan], ['atanh', cAtanh],
  ['cos', cCos], ['cosh', cCosh], ['exp', cExp], ['log10', cLog10], ['sin', cSin], ['sinh', cSinh],
  ['sqrt', cSqrt], ['tan', cTan], ['tanh', cTanh],
];

registerNative('cmath', () => {
  const m = newModule('cmath', A.mkStr('This module provides access to mathematical functions for complex\nnumbers.'));
  const d = m.dict;
  const def = (name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    moduleFunction(d, 'cmath', name, fn);
  };
  for (const [name, fn] of FUNCS) {
    def(name, (args, kw) => {
      const z = asComplex(oneArg(name, args, kw));
      errno = OK;
      const r = fn(z);
      if (errno !== OK) mathError();
      return mkC(r);
    });
  }
  def('log', (args, kw) => {
    if (kw !== null && kw.length) typeError('cmath.log() takes no keyword arguments');
    if (args.length < 1) typeError(`log expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) typeError(`log expected at most 2 arguments, got ${args.length}`);
    const x = asComplex(args[0]);
    errno = OK;
    let r = cLog(x);
    if (args.length === 2) {
      const y = asComplex(args[1]);
      r = cQuot(r, cLog(y));
    }
    if (errno !== OK) mathError();
    return mkC(r);
  });
  def('phase', (args, kw) => new PyFloat(crAtan2(...swap(asComplex(oneArg('phase', args, kw))))));
  def('polar', (args, kw) => {
    const z = asComplex(oneArg('polar', args, kw));
    const phi = crAtan2(z[1], z[0]);
    errno = OK;
    const r = cAbs(z);
    if (errno !== OK) mathError();
    return tuple([new PyFloat(r), new PyFloat(phi)]);
  });
  def('rect', (args, kw) => {
    if (kw !== null && kw.length) typeError('cmath.rect() takes no keyword arguments');
    if (args.length !== 2) typeError(`rect expected 2 arguments, got ${args.length}`);
    const r = asDouble(args[0]);
    const phi = asDouble(args[1]);
    const z = rect(r, phi);
    if (errno !== OK) mathError();
    return mkC(z);
  });
  def('isfinite', (args, kw) => {
    const z = asComplex(oneArg('isfinite', args, kw));
    return isfinite(z[0]) && isfinite(z[1]);
  });
  def('isnan', (args, kw) => {
    const z = asComplex(oneArg('isnan', args, kw));
    return isnan(z[0]) || isnan(z[1]);
  });
  def('isinf', (args, kw) => {
    const z = asComplex(oneArg('isinf', args, kw));
    return isinf(z[0]) || isinf(z[1]);
  });
  def('isclose', (args, kw) => {
    const n = kw === null ? args.length : args.length - kw.length;
    if (n > 2) typeError(`isclose() takes exactly 2 positional arguments (${n} given)`);
    const [av, bv, rt, at] = parseArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 0, 0, 2);
    // Clinic's keyword parser names the missing one even when no keywords were given.
    if (av === null) typeError("isclose() missing required argument 'a' (pos 1)");
    if (bv === null) typeError("isclose() missing required argument 'b' (pos 2)");
    const a = asComplex(av!);
    const b = asComplex(bv!);
    const relTol = rt === null ? 1e-9 : asDouble(rt);
    const absTol = at === null ? 0 : asDouble(at);
    if (relTol < 0 || absTol < 0) throw newException(ValueError, 'tolerances must be non-negative');
    if (a[0] === b[0] && a[1] === b[1]) return true;
    if (isinf(a[0]) || isinf(a[1]) || isinf(b[0]) || isinf(b[1])) return false;
    const diff = cAbs([a[0] - b[0], a[1] - b[1]]);
    return diff <= relTol * cAbs(b) || diff <= relTol * cAbs(a) || diff <= absTol;
  });
  d.set('pi', new PyFloat(PI));
  d.set('e', new PyFloat(E));
  d.set('tau', new PyFloat(2 * PI));
  d.set('inf', new PyFloat(INF));
  d.set('infj', new PyComplexObj(0, INF));
  d.set('nan', new PyFloat(NaN));
  d.set('nanj', new PyComplexObj(0, NaN));
  return m;
});

const swap = (z: C): C => [z[1], z[0]];
