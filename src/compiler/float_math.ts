/**
 * Float arithmetic the constant folder needs bit for bit as CPython computes
 * it, where a JS operator is not already IEEE's exact answer:
 *
 * - roundRatio: an exact rational rounded once to a double (half to even,
 *   subnormals included), for int / int (long_true_divide) and int -> float;
 * - crPow: x ** y correctly rounded. CPython calls the C library's pow();
 *   glibc's is correctly rounded in all but vanishingly rare cases, while
 *   V8's Math.pow misses the last bit for about one argument pair in ten, so
 *   pow is computed here in BigInt fixed point (ln, then exp) with Ziv's
 *   strategy: raise the precision until the error interval rounds one way,
 *   and settle exact halfway cases with exact integer arithmetic.
 *
 * Everything here is exact or correctly rounded; nothing depends on the host.
 */

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** A finite nonzero double as mantissa * 2^exponent, the mantissa an odd-or-53-bit positive integer. */
function decompose(x: number): { m: bigint; e: number } {
  F64[0] = Math.abs(x);
  const bits = U64[0];
  const biased = Number(bits >> 52n);
  const frac = bits & ((1n << 52n) - 1n);
  if (biased === 0) return { m: frac, e: -1074 };
  return { m: frac | (1n << 52n), e: biased - 1075 };
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/**
 * num / den (den > 0, num >= 0) rounded to the nearest double, ties to even;
 * Infinity when it rounds beyond the largest double.
 */
export function roundRatio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  // E = floor(log2(num / den)).
  let E = bitLength(num) - bitLength(den);
  const ge = E >= 0 ? num >= den << BigInt(E) : num << BigInt(-E) >= den;
  if (!ge) E--;
  if (E > 1023) return Infinity;
  // The spacing of doubles at this magnitude (subnormals share 2^-1074).
  const ulpExp = Math.max(E - 52, -1074);
  let q: bigint;
  let r: bigint;
  let d: bigint;
  if (ulpExp >= 0) {
    d = den << BigInt(ulpExp);
    q = num / d;
    r = num % d;
  } else {
    d = den;
    const n = num << BigInt(-ulpExp);
    q = n / d;
    r = n % d;
  }
  const twice = r * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q += 1n;
  // q <= 2^53, so Number(q) is exact and so is the scaling by a power of two.
  const result = Number(q) * 2 ** ulpExp;
  return result;
}

/** A signed exact ratio rounded to a double. */
export function roundSignedRatio(num: bigint, den: bigint): number {
  const neg = (num < 0n) !== (den < 0n);
  const v = roundRatio(num < 0n ? -num : num, den < 0n ? -den : den);
  return neg ? -v : v;
}

/** int -> float (PyLong_AsDouble): undefined where CPython raises OverflowError. */
export function intToFloat(v: number | bigint): number | undefined {
  if (typeof v === 'number') return v;
  // Number(bigint) rounds half to even, as PyLong_AsDouble does.
  const f = Number(v);
  return Number.isFinite(f) ? f : undefined;
}

/** An exact double as a ratio num / den. */
function toRatio(x: number): { num: bigint; den: bigint } {
  const { m, e } = decompose(x);
  const s = x < 0 ? -m : m;
  return e >= 0 ? { num: s << BigInt(e), den: 1n } : { num: s, den: 1n << BigInt(-e) };
}

// ---- fixed point: a bigint X stands for X / 2^P ----

const ln2Cache = new Map<number, bigint>();

/** atanh(z) * 2 for a fixed-point z with |z| <= 1/3: sum of 2 z^(2k+1) / (2k+1). */
function twoAtanh(z: bigint, P: number): bigint {
  // On |z|: a right shift of a negative bigint rounds down and would never reach 0.
  if (z < 0n) return -twoAtanh(-z, P);
  const z2 = (z * z) >> BigInt(P);
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * z2) >> BigInt(P);
  }
  return 2n * sum;
}

function ln2(P: number): bigint {
  let v = ln2Cache.get(P);
  if (v === undefined) {
    v = twoAtanh((1n << BigInt(P)) / 3n, P);
    ln2Cache.set(P, v);
  }
  return v;
}

/** ln(x) for a positive finite double, to within a few units of 2^-P. */
function lnFixed(x: number, P: number): bigint {
  const { m, e } = decompose(x);
  // x = mm * 2^ee with mm in [1/sqrt2, sqrt2).
  const L = bitLength(m);
  let ee = e + L - 1;
  let mm = m << BigInt(P - (L - 1)); // mm / 2^P in [1, 2)
  const one = 1n << BigInt(P);
  // sqrt(2) * 2^P, floor: compare mm^2 >= 2 * 4^P.
  if (mm * mm >= 2n * one * one) {
    mm >>= 1n;
    ee += 1;
  }
  const z = ((mm - one) << BigInt(P)) / (mm + one);
  return twoAtanh(z, P) + BigInt(ee) * ln2(P);
}

/** e^t for a fixed-point t: the pair (mantissa fixed point in [1/sqrt2, 2), power of two k). */
function expFixed(t: bigint, P: number): { v: bigint; k: number } {
  const l2 = ln2(P);
  // k = round(t / ln2), r = t - k ln2 in [-ln2/2, ln2/2].
  let k = t / l2;
  let r = t - k * l2;
  if (r * 2n > l2) {
    k += 1n;
    r -= l2;
  } else if (r * 2n < -l2) {
    k -= 1n;
    r += l2;
  }
  // e^r = (e^(r / 2^S))^(2^S): a short Taylor series, then S squarings.
  const S = 12;
  const rr = r >> BigInt(S);
  const one = 1n << BigInt(P);
  let sum = one;
  let term = one;
  for (let i = 1n; ; i++) {
    term = (term * rr) / (i << BigInt(P));
    if (term === 0n) break;
    sum += term;
  }
  for (let i = 0; i < S; i++) sum = (sum * sum) >> BigInt(P);
  return { v: sum, k: Number(k) };
}

/** Rounds fixed-point v * 2^k (v / 2^P) to a double, or undefined if v +- err round differently. */
function roundFixed(v: bigint, err: bigint, k: number, P: number): number | undefined {
  const shift = k - P;
  const at = (n: bigint): number => (shift >= 0 ? roundRatio(n << BigInt(shift), 1n) : roundRatio(n, 1n << BigInt(-shift)));
  const lo = at(v - err);
  const hi = at(v + err);
  return lo === hi ? lo : undefined;
}

/** An exact x^p * 2^0 as a ratio, for an integer p (x a finite nonzero double). */
function exactPower(x: number, p: bigint): { num: bigint; den: bigint } {
  const { num, den } = toRatio(x);
  const n = p < 0n ? -p : p;
  const a = num ** n;
  const b = den ** n;
  return p < 0n ? { num: b, den: a } : { num: a, den: b };
}

/** Size in bits of x^|p| computed exactly, to keep exact fallbacks affordable. */
function exactPowerBits(x: number, p: number): number {
  return Math.abs(p) * 1100;
}

/**
 * pow(x, y) correctly rounded, for x > 0 finite and not 1, y finite and
 * nonzero (float_pow has dealt with every other case). Infinity when the
 * result overflows (CPython then raises OverflowError); 0 or a subnormal
 * when it underflows, as glibc's pow returns them.
 */
export function crPow(x: number, y: number): number {
  // Far beyond the exponent range either way: no need for precision.
  const approx = y * Math.log(x);
  if (approx > 760) return Infinity;
  if (approx < -760) return 0;
  // An integer y small enough: exact rational arithmetic, rounded once.
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    const { num, den } = exactPower(x, BigInt(y));
    return roundRatio(num, den);
  }
  const { m: ym, e: ye } = decompose(y);
  const yBits = Math.max(0, 53 + ye);
  for (let P = 96 + yBits; P < 96 + yBits + 4096; P *= 2) {
    const G = P + 32;
    const L = lnFixed(x, G);
    // t = y * ln(x), with y = ym * 2^ye exactly.
    let t = L * ym;
    t = ye >= 0 ? t << BigInt(ye) : t >> BigInt(-ye);
    if (y < 0) t = -t;
    const { v, k } = expFixed(t, G);
    // |error of ln| is a few units of 2^-G (each series term truncates once),
    // times |y| in t, doubled by each of the 12 squarings in exp: bound it
    // generously at 2^(yBits + 24) units.
    const err = 1n << BigInt(yBits + 24);
    const r = roundFixed(v, err, k, G);
    if (r !== undefined) return r;
    const exact = exactHalfway(x, y, v, k, G);
    if (exact !== undefined) return exact;
  }
  throw new Error('crPow: no convergence');
}

/**
 * When the approximation straddles a rounding boundary, x^y may be exactly a
 * halfway point between two doubles (e.g. (2^18-1)^2 ** 1.5): y = p / 2^s,
 * so x^y = M exactly iff M^(2^s) = x^p. Returns the tie rounded to even, or
 * undefined when x^y is not that halfway point.
 */
function exactHalfway(x: number, y: number, v: bigint, k: number, P: number): number | undefined {
  const { m, e } = decompose(y);
  // y = p / 2^s with p odd (or y an integer).
  let p = m;
  let s = -e;
  while (s > 0 && (p & 1n) === 0n) {
    p >>= 1n;
    s--;
  }
  if (s < 0) {
    p <<= BigInt(-s);
    s = 0;
  }
  if (y < 0) p = -p;
  if (s > 6 || exactPowerBits(x, Number(p)) > 200000) return undefined;
  // The halfway point nearest the approximation: at the ulp of the approximate value.
  const shift = k - P;
  const approx = shift >= 0 ? roundRatio(v << BigInt(shift), 1n) : roundRatio(v, 1n << BigInt(-shift));
  if (!Number.isFinite(approx) || approx === 0) return undefined;
  const next = nextUp(approx);
  const prev = nextDown(approx);
  const { num: xn, den: xd } = exactPower(x, p);
  for (const [a, b] of [
    [prev, approx],
    [approx, next],
  ]) {
    const ra = toRatio(a);
    const rb = toRatio(b);
    // Midpoint (a + b) / 2 as a ratio.
    const mn = ra.num * rb.den + rb.num * ra.den;
    const md = 2n * ra.den * rb.den;
    const q = 1n << BigInt(s);
    if (mn ** q * xd === xn * md ** q) {
      // A tie: to the even mantissa.
      return (decompose(a).m & 1n) === 0n ? a : b;
    }
  }
  return undefined;
}

function nextUp(x: number): number {
  F64[0] = x;
  U64[0] += 1n;
  return F64[0];
}

function nextDown(x: number): number {
  F64[0] = x;
  U64[0] -= 1n;
  return F64[0];
}
