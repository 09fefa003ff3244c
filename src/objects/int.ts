/**
 * int arithmetic on the number|bigint representation (Objects/longobject.c):
 * every result is normalised (a bigint in the safe range becomes a number),
 * so each int value has exactly one representation.
 */
import { zeroDivisionError, overflowError, valueError } from './exceptions';

export type Int = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;

export function norm(v: bigint): Int {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

const big = (v: Int): bigint => (typeof v === 'bigint' ? v : BigInt(v));

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // Exact when the rounded product is in range (2^53 is representable); 0 * -1 must not be -0.
    if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return norm(-a);
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivisionError('integer division or modulo by zero');
    const q = Math.floor(a / b);
    // Doubles divide exactly enough below 2^53 when the quotient is recomputed from the remainder.
    const r = a - q * b;
    if (Number.isSafeInteger(q) && (r === 0 || (r > 0) === (b > 0)) && Math.abs(r) < Math.abs(b)) return q === 0 ? 0 : q;
  }
  const A = big(a);
  const B = big(b);
  if (B === 0n) zeroDivisionError('integer division or modulo by zero');
  let q = A / B;
  // Truncation rounds toward zero: one below when the signs differ and something was cut off
  // (checked by a multiplication, cheaper than a second division for big values).
  if ((A < 0n) !== (B < 0n) && q * B !== A) q -= 1n;
  return norm(q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivisionError('integer modulo by zero');
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const A = big(a);
  const B = big(b);
  if (B === 0n) zeroDivisionError('integer modulo by zero');
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return norm(r);
}

export function intDivmod(a: Int, b: Int): [Int, Int] {
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** a ** b for b >= 0 (negative exponents give floats: the caller handles them). */
export function intPowNonNeg(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) ** big(b));
}

/** pow(a, b, m) (long_pow with a modulus). */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let M = big(m);
  if (M === 0n) valueError('pow() 3rd argument cannot be 0');
  let B = big(b);
  let A = big(a);
  const negMod = M < 0n;
  if (negMod) M = -M;
  if (B < 0n) {
    A = modInverse(A, M);
    B = -B;
  }
  let result = 1n % M;
  A = ((A % M) + M) % M;
  while (B > 0n) {
    if (B & 1n) result = (result * A) % M;
    A = (A * A) % M;
    B >>= 1n;
  }
  if (negMod && result !== 0n) result -= M;
  return norm(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) valueError('base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

export function intLshift(a: Int, b: Int): Int {
  if ((typeof b === 'number' ? b : Number(b)) < 0) valueError('negative shift count');
  if (typeof a === 'number' && typeof b === 'number' && b < 31 && a >= -(2 ** 21) && a <= 2 ** 21) return a * 2 ** b;
  if (a === 0) return 0;
  if (typeof b === 'bigint' || b > 1e8) overflowError('too many digits in integer');
  return norm(big(a) << big(b));
}

export function intRshift(a: Int, b: Int): Int {
  if ((typeof b === 'number' ? b : Number(b)) < 0) valueError('negative shift count');
  if (typeof a === 'number' && typeof b === 'number') {
    if (b >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  const B = big(b);
  if (B > 100000000n) return big(a) < 0n ? -1 : 0;
  return norm(big(a) >> B);
}

export function intAnd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return norm(big(a) & big(b));
}

export function intOr(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return norm(big(a) | big(b));
}

export function intXor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return norm(big(a) ^ big(b));
}

export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}

export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** int / int (long_true_divide): correctly rounded. */
export function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivisionError('division by zero');
    return a / b;
  }
  const A = big(a);
  const B = big(b);
  if (B === 0n) zeroDivisionError('division by zero');
  return bigTrueDiv(A, B);
}

/** Correctly rounded A / B for bigints: a 55-bit quotient with a sticky bit, rounded once by Number(). */
function bigTrueDiv(A: bigint, B: bigint): number {
  const neg = (A < 0n) !== (B < 0n);
  const a = A < 0n ? -A : A;
  const b = B < 0n ? -B : B;
  if (a === 0n) return neg ? -0 : 0;
  let shift = 57 - (a.toString(2).length - b.toString(2).length);
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const n = a << BigInt(shift);
    q = n / b;
    r = n % b;
  } else {
    const d = b << BigInt(-shift);
    q = a / d;
    r = a % d;
  }
  let sticky = r !== 0n;
  const extra = q.toString(2).length - 55;
  if (extra > 0) {
    if ((q & ((1n << BigInt(extra)) - 1n)) !== 0n) sticky = true;
    q >>= BigInt(extra);
    shift -= extra;
  }
  if (sticky) q |= 1n;
  let result = Number(q);
  // Scale in two steps so that neither factor overflows on its own.
  const half = Math.trunc(-shift / 2);
  result = result * 2 ** half * 2 ** (-shift - half);
  if (!Number.isFinite(result)) overflowError('integer division result too large for a float');
  return neg ? -result : result;
}

/** int -> float (long_float), with CPython's OverflowError. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!Number.isFinite(f)) overflowError('int too large to convert to float');
  return f;
}

export function intBitLength(a: Int): number {
  if (typeof a === 'number') {
    const x = Math.abs(a);
    return x === 0 ? 0 : x < 2 ** 31 ? 32 - Math.clz32(x) : x.toString(2).length;
  }
  return (a < 0n ? -a : a).toString(2).length;
}

const MOD61 = (1n << 61n) - 1n;

/** hash(int): the value modulo 2^61 - 1, with the sign, -1 -> -2 (long_hash). */
export function intHash(a: Int): Int {
  if (typeof a === 'number') {
    if (a >= 0 ? a < 2 ** 61 - 1 : a > -(2 ** 61 - 1)) return a === -1 ? -2 : a;
  }
  const A = big(a);
  let h = (A < 0n ? -A : A) % MOD61;
  if (A < 0n) h = -h;
  if (h === -1n) h = -2n;
  return norm(h);
}

/** sys.set_int_max_str_digits' limit on int<->decimal str conversions (0: none). */
export const intLimits = { maxStrDigits: 4300 };

/** str() of a big int (long_to_decimal_string_internal) with the digit limit. */
export function bigToDecimal(v: bigint): string {
  const lim = intLimits.maxStrDigits;
  if (lim > 0) {
    // The size test before converting (30-bit digits), then the exact one after.
    const sizeA = Math.ceil(intBitLength(v) / 30);
    const over = (): never =>
      valueError(`Exceeds the limit (${lim} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    if (sizeA >= Math.floor((10 * 640) / 90) + 2 && Math.floor(lim / 90) <= Math.floor((sizeA - 11) / 10)) over();
    const s = v.toString();
    if (s.length - (v < 0n ? 1 : 0) > lim) over();
    return s;
  }
  return v.toString();
}
