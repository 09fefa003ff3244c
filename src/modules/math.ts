/**
 * math (Modules/mathmodule.c). Errors follow math_1/math_2: a NaN from a
 * non-NaN argument is "math domain error", an infinity from a finite one is
 * "math range error" (OverflowError) where C can overflow. exp, log, pow,
 * sin, cos, atan2 are correctly rounded (compiler/float_math.ts), as glibc
 * is in practice; sqrt, fmod, floor, frexp, ldexp, modf are exact in IEEE
 * doubles; the other transcendental functions use V8's fdlibm ports, which
 * may differ from glibc in the last bit. hypot and dist use CPython's own
 * vector_norm, fsum its exact msum, isqrt/comb/perm/factorial/gcd/lcm exact
 * integers. erf, erfc, gamma and lgamma are in math_special.ts.
 */
import type { Value } from '../objects/base';
import { PyFloat } from '../objects/float_object';
import { None, typeOf, floatType } from '../objects/types';
import { newException, typeError, ValueError, OverflowError } from '../objects/exceptions';
import { moduleFunction, parseArgs, clinicArgs } from '../objects/define';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { copysign, crExp, crLog, crSin, crCos, crAtan2, libmPow, intToFloat } from '../compiler/float_math';
import { registerNative, newModule } from './registry';
import { erf, erfc, gamma, lgamma } from './math_special';

const domain = (): never => {
  throw newException(ValueError, 'math domain error');
};
const range = (): never => {
  throw newException(OverflowError, 'math range error');
};

/** PyFloat_AsDouble for a math argument: floats, ints (exactly rounded), __float__/__index__. */
export function toDouble(v: Value): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const f = intToFloat(v);
    if (f === undefined) throw newException(OverflowError, 'int too large to convert to float');
    return f;
  }
  const t = typeOf(v);
  const ff = t.lookup('__float__');
  if (ff !== null) {
    const r = A.callDescr(ff, v, []);
    if (!(r instanceof PyFloat)) typeError(`${t.name}.__float__ returned non-float (type ${A.typeName(r)})`);
    return (r as PyFloat).value;
  }
  if (t.lookup('__index__') !== null) return toDouble(A.asIndex(v) as Value);
  return typeError(`must be real number, not ${A.typeName(v)}`);
}

const F = (x: number): PyFloat => new PyFloat(x);

/** math_1: one double in, the C function, CPython's error rules. */
function math1(fn: (x: number) => number, canOverflow: boolean): (args: Value[]) => Value {
  return (args) => {
    const x = toDouble(args[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) range();
      domain();
    }
    return F(r);
  };
}

function checkArity(name: string, args: Value[], n: number): void {
  if (args.length !== n) typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** frexp as C's: m in [0.5, 1), x = m * 2**e. */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getUint16(0);
  let e = (bits >> 4) & 0x7ff;
  let scale = 0;
  if (e === 0) {
    // Subnormal: scale into the normal range first.
    buf.setFloat64(0, x * 2 ** 64);
    bits = buf.getUint16(0);
    e = (bits >> 4) & 0x7ff;
    scale = -64;
  }
  buf.setUint16(0, (bits & 0x800f) | (1022 << 4));
  return [buf.getFloat64(0), e - 1022 + scale];
}

/** ldexp without spurious overflow/underflow in the intermediate steps. */
function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (e > 2100) e = 2100;
  if (e < -2200) e = -2200;
  let r = x;
  while (e > 1023) {
    r *= 2 ** 1023;
    e -= 1023;
  }
  while (e < -1022) {
    // Keep the exact bits until the last step (2**-1022 is normal).
    if (e < -1022 - 53) {
      r *= 2 ** -1022;
      e += 1022;
    } else {
      r *= 2 ** e;
      return r;
    }
  }
  return r * 2 ** e;
}

// ---------------------------------------------------------------- vector_norm (hypot, dist)

function dlMul(x: number, y: number): [number, number] {
  // Dekker's exact product: split each factor into 26-bit halves.
  const SPLIT = 134217729; // 2**27 + 1
  const z = x * y;
  const cx = SPLIT * x;
  const xh = cx - (cx - x);
  const xl = x - xh;
  const cy = SPLIT * y;
  const yh = cy - (cy - y);
  const yl = y - yh;
  const zz = ((xh * yh - z) + xh * yl + xl * yh) + xl * yl;
  return [z, zz];
}

function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const [, maxE] = frexp(max);
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((x) => x / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1, -maxE);
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (let x of vec) {
    x *= scale;
    const [prHi, prLo] = dlMul(x, x);
    const smHi = csum + prHi;
    const smLo = prHi - (smHi - csum);
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [prHi, prLo] = dlMul(-h, h);
  const smHi = csum + prHi;
  const smLo = prHi - (smHi - csum);
  csum = smHi;
  frac1 += prLo;
  frac2 += smLo;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

function normOf(values: number[]): number {
  let max = 0;
  let nan = false;
  const abs = values.map((v) => {
    const a = Math.abs(v);
    if (Number.isNaN(a)) nan = true;
    else if (a > max) max = a;
    return a;
  });
  return vectorNorm(abs, max, nan);
}

// ---------------------------------------------------------------- fsum (msum with exact partials)

function fsum(iterable: Value): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  const it = A.getIter(iterable);
  for (let item = A.iterNext(it); item !== null; item = A.iterNext(it)) {
    let x = toDouble(item);
    const xsave = x;
    let i = 0;
    for (const yv of partials) {
      let y = yv;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // A nonfinite x could come from overflow of finite partials.
        if (Number.isFinite(xsave)) throw newException(OverflowError, 'intermediate overflow in fsum');
        if (Number.isNaN(xsave)) specialSum += xsave;
        else infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw newException(ValueError, '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0;
  let n = partials.length;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round-half-even correction when the remaining partials push past the halfway point.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---------------------------------------------------------------- integers

function intArg(v: Value, what: string): I.Int {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  void what;
  return A.asIndex(v);
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton's method from a close start, then fix up.
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

const big = (v: I.Int): bigint => BigInt(v);
const norm = (v: bigint): Value => I.norm(v);

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function factorial(n: bigint): bigint {
  // Split recursive product: balanced multiplication keeps big factorials fast.
  const prod = (lo: bigint, hi: bigint): bigint => {
    if (hi - lo < 16n) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= i;
      return r;
    }
    const mid = (lo + hi) >> 1n;
    return prod(lo, mid) * prod(mid + 1n, hi);
  };
  return n < 2n ? 1n : prod(2n, n);
}

function perm(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  let r = 1n;
  for (let i = n - k + 1n; i <= n; i++) r *= i;
  return r;
}

function comb(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** log of an int of any size (loghelper): func(x) + func(2) * e for x * 2**e, x in [0.5, 1). */
function logInt(v: bigint, fn: (x: number) => number): number {
  if (v <= 0n) domain();
  const f = intToFloat(v);
  if (f !== undefined && Number.isFinite(f)) return fn(f);
  const bits = v.toString(2).length;
  const m = Number(v >> BigInt(bits - 64)) / 2 ** 64;
  return fn(m) + fn(2) * bits;
}

function logOf(v: Value, fn: (x: number) => number): number {
  const t = typeof v;
  if (t === 'bigint' || t === 'number' || t === 'boolean' || (!(v instanceof PyFloat) && A.intValue(v) !== null && typeOf(v).lookup('__float__') === null)) {
    const n = A.intValue(v);
    if (n !== null && typeof v !== 'number') return logInt(BigInt(n), fn);
  }
  const x = toDouble(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) domain();
  if (x === Infinity) return x;
  return fn(x);
}

/** The math functions mathmodule.c declares METH_O. */
const METH_O = new Set([
  'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc', 'exp',
  'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'frexp', 'fsum', 'gamma', 'isfinite', 'isinf', 'isnan', 'isqrt',
  'lgamma', 'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp',
]);

function create(): ReturnType<typeof newModule> {
  const m = newModule('math', 'This module provides access to the mathematical functions\ndefined by the C standard.');
  const d = m.dict;
  const def = (name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    // METH_O functions: exactly one positional argument, with METH_O's messages, before the body reads it.
    const checked: typeof fn = !METH_O.has(name)
      ? fn
      : (args, kw) => {
          if (kw !== null && kw.length) typeError(`math.${name}() takes no keyword arguments`);
          if (args.length !== 1) typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
          return fn(args, kw);
        };
    moduleFunction(d, 'math', name, checked);
  };
  const one = (name: string, fn: (x: number) => number, canOverflow = false): void => {
    const f = math1(fn, canOverflow);
    def(name, (args) => f(args));
  };
  d.set('pi', F(Math.PI));
  d.set('e', F(Math.E));
  d.set('tau', F(2 * Math.PI));
  d.set('inf', F(Infinity));
  d.set('nan', F(NaN));
  one('sqrt', Math.sqrt);
  one('exp', crExp, true);
  one('exp2', (x) => libmPow(2, x), true);
  one('expm1', Math.expm1, true);
  one('sin', crSin);
  one('cos', crCos);
  one('tan', Math.tan);
  one('asin', Math.asin);
  one('acos', Math.acos);
  one('atan', Math.atan);
  one('sinh', Math.sinh, true);
  one('cosh', Math.cosh, true);
  one('tanh', Math.tanh);
  one('asinh', Math.asinh);
  one('acosh', Math.acosh);
  one('atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)));
  one('log1p', (x) => (x <= -1 ? NaN : Math.log1p(x)));
  one('fabs', Math.abs);
  one('cbrt', Math.cbrt);
  one('degrees', (x) => x * (180 / Math.PI));
  one('radians', (x) => x * (Math.PI / 180));
  one('erf', erf);
  one('erfc', erfc);
  for (const [name, fn] of [['gamma', gamma], ['lgamma', lgamma]] as const) {
    def(name, (args, kw) => {
      if (kw !== null && kw.length) typeError(`math.${name}() takes no keyword arguments`);
      checkArity(name, args, 1);
      const [r, err] = fn(toDouble(args[0]));
      if (err === 'domain') domain();
      if (err === 'range') range();
      return F(r);
    });
  }
  def('log', (args) => {
    if (args.length < 1 || args.length > 2) typeError('math.log requires 1 to 2 arguments');
    const num = logOf(args[0], crLog);
    if (args.length === 1) return F(num);
    const den = logOf(args[1], crLog);
    if (den === 0) throw newException((require('../objects/exceptions') as typeof import('../objects/exceptions')).ZeroDivisionError, 'float division by zero');
    return F(num / den);
  });
  def('log2', (args) => F(logOf(args[0], Math.log2)));
  def('log10', (args) => F(logOf(args[0], Math.log10)));
  def('pow', (args) => {
    checkArity('pow', args, 2);
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    // math_pow's special cases, then the C pow with its errors.
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (Number.isNaN(x)) return F(y === 0 ? 1 : x);
      if (Number.isNaN(y)) return F(x === 1 ? 1 : y);
      return F(libmPow(x, y));
    }
    if (x === 0 && y < 0) domain();
    const r = libmPow(x, y);
    if (Number.isNaN(r)) domain();
    if (!Number.isFinite(r)) range();
    return F(r);
  });
  def('atan2', (args) => {
    checkArity('atan2', args, 2);
    return F(crAtan2(toDouble(args[0]), toDouble(args[1])));
  });
  def('fmod', (args) => {
    checkArity('fmod', args, 2);
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    if (!Number.isFinite(x) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
    if (y === 0 && !Number.isNaN(x)) domain();
    return F(Number.isFinite(y) || Number.isNaN(y) ? x % y : x);
  });
  def('remainder', (args) => {
    checkArity('remainder', args, 2);
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    if (Number.isNaN(x)) return F(x);
    if (Number.isNaN(y)) return F(y);
    if (!Number.isFinite(x) || y === 0) domain();
    if (!Number.isFinite(y)) return F(x);
    // IEEE 754 remainder: x - n*y with n the nearest integer to x/y (ties to even), computed exactly.
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    let mod = ax % ay;
    const half = ay - mod;
    if (mod > half) mod = -half;
    else if (mod === half) mod = (ax - mod) / ay % 2 === 0 ? mod : -half;
    return F(x < 0 ? -mod : mod === 0 ? 0 : mod);
  });
  def('copysign', (args) => {
    checkArity('copysign', args, 2);
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    return F(copysign(x, y));
  });
  def('floor', (args) => {
    checkArity('floor', args, 1);
    const v = args[0];
    if (v instanceof PyFloat && typeOf(v) === floatType) return floatToInt(Math.floor(v.value));
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    const m = typeOf(v).lookup('__floor__');
    if (m !== null) return A.callDescr(m, v, []);
    return floatToInt(Math.floor(toDouble(v)));
  });
  def('ceil', (args) => {
    checkArity('ceil', args, 1);
    const v = args[0];
    if (v instanceof PyFloat && typeOf(v) === floatType) return floatToInt(Math.ceil(v.value));
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    const m = typeOf(v).lookup('__ceil__');
    if (m !== null) return A.callDescr(m, v, []);
    return floatToInt(Math.ceil(toDouble(v)));
  });
  def('trunc', (args) => {
    checkArity('trunc', args, 1);
    const v = args[0];
    if (v instanceof PyFloat && typeOf(v) === floatType) return floatToInt(Math.trunc(v.value));
    const m = typeOf(v).lookup('__trunc__');
    if (m === null) typeError(`type ${A.typeName(v)} doesn't define __trunc__ method`);
    return A.callDescr(m!, v, []);
  });
  def('modf', (args) => {
    const x = toDouble(args[0]);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return A.newTuple([F(x), F(x)]);
      return A.newTuple([F(x > 0 ? 0 : -0), F(x)]);
    }
    const ip = Math.trunc(x);
    const frac = x - ip;
    // C's modf: a zero fraction takes the sign of x.
    return A.newTuple([F(frac === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : frac), F(ip)]);
  });
  def('frexp', (args) => {
    const [mm, e] = frexp(toDouble(args[0]));
    return A.newTuple([F(mm), e]);
  });
  def('ldexp', (args) => {
    checkArity('ldexp', args, 2);
    const x = toDouble(args[0]);
    if (args[1] instanceof PyFloat) typeError('Expected an int as second argument to ldexp.');
    const e = A.asIndex(args[1]);
    const ee = typeof e === 'bigint' ? (e > 0n ? 100000 : -100000) : e;
    const r = ldexp(x, ee);
    if (!Number.isFinite(r) && Number.isFinite(x)) range();
    return F(r);
  });
  def('isfinite', (args) => Number.isFinite(toDouble(args[0])));
  def('isinf', (args) => {
    const x = toDouble(args[0]);
    return !Number.isFinite(x) && !Number.isNaN(x);
  });
  def('isnan', (args) => Number.isNaN(toDouble(args[0])));
  def('isclose', (args, kw) => {
    const [a, b, rt, at] = clinicArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 0, 2, 2);
    const x = toDouble(a!);
    const y = toDouble(b!);
    const relTol = rt === null ? 1e-9 : toDouble(rt);
    const absTol = at === null ? 0 : toDouble(at);
    if (relTol < 0 || absTol < 0) throw newException(ValueError, 'tolerances must be non-negative');
    if (x === y) return true;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol;
  });
  def('hypot', (args) => F(normOf(args.map(toDouble))));
  def('dist', (args) => {
    checkArity('dist', args, 2);
    const toSeq = (v: Value): number[] => {
      if (!(v instanceof A.PyTuple) && !(v instanceof A.PyList)) typeError('dist(): argument must be tuple, not ' + A.typeName(v));
      return A.toArray(v).map(toDouble);
    };
    const p = toSeq(args[0]);
    const q = toSeq(args[1]);
    if (p.length !== q.length) throw newException(ValueError, 'both points must have the same number of dimensions');
    return F(normOf(p.map((x, i) => x - q[i])));
  });
  def('fsum', (args) => F(fsum(args[0])));
  def('prod', (args, kw) => {
    const [it, start] = clinicArgs('prod', args, kw, ['iterable', 'start'], 1, 1, 1);
    let r: Value = start ?? 1;
    const i = A.getIter(it!);
    for (let v = A.iterNext(i); v !== null; v = A.iterNext(i)) r = A.binaryOp(r, v, A.NB_MULTIPLY);
    return r;
  });
  def('isqrt', (args) => {
    const n = big(intArg(args[0], 'isqrt'));
    if (n < 0n) throw newException(ValueError, 'isqrt() argument must be nonnegative');
    return norm(isqrtBig(n));
  });
  def('factorial', (args) => {
    const n = big(intArg(args[0], 'factorial'));
    if (n < 0n) throw newException(ValueError, 'factorial() not defined for negative values');
    if (n > 100000000n) throw newException(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
    return norm(factorial(n));
  });
  def('gcd', (args) => {
    let g = 0n;
    for (const a of args) g = gcd2(g, big(intArg(a, 'gcd')));
    return norm(g);
  });
  def('lcm', (args) => {
    let l = 1n;
    for (const a of args) {
      const v = big(intArg(a, 'lcm'));
      if (v === 0n) {
        for (const b of args) intArg(b, 'lcm');
        return 0;
      }
      l = (l / gcd2(l, v)) * (v < 0n ? -v : v);
    }
    return norm(l);
  });
  def('comb', (args) => {
    checkArity('comb', args, 2);
    const n = big(intArg(args[0], 'comb'));
    const k = big(intArg(args[1], 'comb'));
    if (n < 0n) throw newException(ValueError, 'n must be a non-negative integer');
    if (k < 0n) throw newException(ValueError, 'k must be a non-negative integer');
    return norm(comb(n, k));
  });
  def('perm', (args) => {
    if (args.length < 1) typeError(`perm expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) typeError(`perm expected at most 2 arguments, got ${args.length}`);
    const n = big(intArg(args[0], 'perm'));
    if (n < 0n) throw newException(ValueError, 'n must be a non-negative integer');
    if (args.length === 1 || args[1] === None) return norm(factorial(n));
    const k = big(intArg(args[1], 'perm'));
    if (k < 0n) throw newException(ValueError, 'k must be a non-negative integer');
    return norm(perm(n, k));
  });
  def('nextafter', (args) => {
    checkArity('nextafter', args, 2);
    return F(nextafter(toDouble(args[0]), toDouble(args[1])));
  });
  def('ulp', (args) => {
    let x = toDouble(args[0]);
    if (Number.isNaN(x)) return F(x);
    x = Math.abs(x);
    if (x === Infinity) return F(x);
    const x2 = nextafter(x, Infinity);
    if (x2 === Infinity) return F(x - nextafter(x, -Infinity));
    return F(x2 - x);
  });
  return m;
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  if ((y > x) === (x > 0)) bits += 1n;
  else bits -= 1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

/** A float's integral value as an int, with float.__floor__'s errors. */
function floatToInt(x: number): Value {
  if (Number.isNaN(x)) throw newException(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw newException(OverflowError, 'cannot convert float infinity to integer');
  return Number.isSafeInteger(x) ? (x === 0 ? 0 : x) : I.norm(BigInt(x));
}

registerNative('math', create);
