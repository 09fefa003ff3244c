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
 * A NaN with its sign bit set, built from its bits: V8's optimising compiler folds the literal -NaN to the
 * canonical (positive) NaN, so -NaN's sign would depend on whether the code is hot.
 */
export const NEGATIVE_NAN = new Float64Array(new Uint32Array([0, 0xfff80000]).buffer)[0];

/** The sign bit of x, NaNs included (read from the bits: no arithmetic test sees a NaN's sign). */
export function signBit(x: number): boolean {
  F64[0] = x;
  return U64[0] >> 63n === 1n;
}

/** C's copysign. */
export function copysign(x: number, y: number): number {
  return signBit(y) ? -Math.abs(x) : Math.abs(x);
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
function exactPowerBits(x: number, p: bigint): number {
  const { num, den } = toRatio(x);
  const n = Number(p < 0n ? -p : p);
  return n * (bitLength(num < 0n ? -num : num) + bitLength(den));
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
    const exact = exactHalfway(x, y, v, err, k, G);
    if (exact !== undefined) return exact;
  }
  throw new Error('crPow: no convergence');
}

/**
 * When the approximation straddles a rounding boundary, x^y may be exactly a
 * halfway point between two doubles (e.g. (2^18-1)^2 ** 1.5, or 2 ** -1075
 * between 0 and the smallest subnormal): y = p / 2^s, so x^y = M exactly iff
 * M^(2^s) = x^p. Returns the tie rounded to even, or undefined when x^y is
 * not that halfway point.
 */
function exactHalfway(x: number, y: number, v: bigint, err: bigint, k: number, P: number): number | undefined {
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
  if (s > 6 || exactPowerBits(x, p) > 400000) return undefined;
  // The two doubles the error interval rounds to must be neighbours.
  const shift = k - P;
  const at = (n: bigint): number => (shift >= 0 ? roundRatio(n << BigInt(shift), 1n) : roundRatio(n, 1n << BigInt(-shift)));
  const a = at(v - err);
  const b = at(v + err);
  if (!Number.isFinite(b) || nextUp(a) !== b) return undefined;
  const ra = toRatio(a);
  const rb = toRatio(b);
  // The midpoint (a + b) / 2 as a ratio, raised to 2^s, against x^p.
  const mn = ra.num * rb.den + rb.num * ra.den;
  const md = 2n * ra.den * rb.den;
  const q = 1n << BigInt(s);
  const { num: xn, den: xd } = exactPower(x, p);
  if (mn ** q * xd !== xn * md ** q) return undefined;
  // A tie: to the even mantissa.
  return (decompose(a).m & 1n) === 0n ? a : b;
}

function nextUp(x: number): number {
  F64[0] = x;
  U64[0] += 1n;
  return F64[0];
}


// ---- the other C library functions complex ** needs (_Py_c_pow) ----
//
// Each is correctly rounded, as glibc's are in all but vanishingly rare
// cases; special values follow C99 Annex F.

/** x as fixed point with P fraction bits (exact when x's bits fit). */
function toFixed(x: number, P: number): bigint {
  const { m, e } = decompose(x);
  const s = x < 0 ? -m : m;
  return e + P >= 0 ? s << BigInt(e + P) : s >> BigInt(-(e + P));
}

/**
 * Ziv's loop for a function computed in fixed point: `approx(P)` gives
 * (value, binary exponent of the fixed point's unit, error in units); the
 * precision grows until value +- error rounds to one double.
 */
function ziv(approx: (P: number) => { v: bigint; scale: number; err: bigint }, start = 128): number {
  for (let P = start; P < 20000; P *= 2) {
    const { v, scale, err } = approx(P);
    const at = (n: bigint): number => {
      const neg = n < 0n;
      const a = neg ? -n : n;
      const r = scale >= 0 ? roundRatio(a << BigInt(scale), 1n) : roundRatio(a, 1n << BigInt(-scale));
      return neg ? -r : r;
    };
    const lo = at(v - err);
    const hi = at(v + err);
    if (lo === hi) return lo;
  }
  throw new Error('float_math: no convergence');
}

/** exp(x), correctly rounded. */
export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x === 0) return 1;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  return ziv((P) => {
    const G = P + 32;
    const { v, k } = expFixed(toFixed(x, G), G);
    return { v, scale: k - G, err: 1n << 24n };
  });
}

/** log(x), correctly rounded (x > 0 finite; the rest per Annex F). */
export function crLog(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === 1) return 0;
  // Near 1, ln(x) is small: the fixed point needs more bits to keep 53 significant ones.
  const extra = Math.max(0, -Math.floor(Math.log2(Math.abs(x - 1))));
  return ziv((P) => {
    const G = P + 32 + extra;
    return { v: lnFixed(x, G), scale: -G, err: 1n << 16n };
  });
}

/** sqrt(n) for a positive bigint, floor. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** hypot(x, y), correctly rounded: an exact sum of squares, then an exactly rounded square root. */
export function crHypot(x: number, y: number): number {
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && y === 0) return 0;
  // Both as integers over 2^1074: x^2 + y^2 = N / 2^2148.
  const a = toFixed(Math.abs(x), 1074);
  const b = toFixed(Math.abs(y), 1074);
  const N = a * a + b * b;
  // sqrt(N) / 2^1074, with 60 bits beyond the integer part and a sticky bit.
  const q = isqrt(N << 120n);
  const sticky = q * q === N << 120n ? 0n : 1n;
  return roundRatio(2n * q + sticky, 1n << BigInt(1074 + 61));
}

const piCache = new Map<number, bigint>();

/** atan(1/n) in fixed point, by its series. */
function atanInv(n: bigint, P: number): bigint {
  const one = 1n << BigInt(P);
  let term = one / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 0n; term !== 0n; k++) {
    sum += (k & 1n ? -term : term) / (2n * k + 1n);
    term /= n2;
  }
  return sum;
}

/** pi in fixed point (Machin: pi/4 = 4 atan(1/5) - atan(1/239)). */
function piFixed(P: number): bigint {
  let v = piCache.get(P);
  if (v === undefined) {
    const G = P + 16;
    v = (16n * atanInv(5n, G) - 4n * atanInv(239n, G)) >> 16n;
    piCache.set(P, v);
  }
  return v;
}

/** atan(z) for a fixed-point z >= 0: halve the argument three times, then the series. */
function atanFixed(z: bigint, P: number): bigint {
  const one = 1n << BigInt(P);
  // atan(z) = 2 atan(z / (1 + sqrt(1 + z^2)))
  let halvings = 0n;
  for (let i = 0; i < 3; i++) {
    const s = isqrt(((one * one) + z * z));
    z = (z << BigInt(P)) / (one + s);
    halvings++;
  }
  const z2 = (z * z) >> BigInt(P);
  let term = z;
  let sum = 0n;
  for (let k = 0n; term !== 0n; k++) {
    sum += (k & 1n ? -term : term) / (2n * k + 1n);
    term = (term * z2) >> BigInt(P);
  }
  return sum << halvings;
}

/** atan2(y, x), correctly rounded, with Annex F's special values. */
export function crAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const negY = y < 0 || Object.is(y, -0);
  const negX = x < 0 || Object.is(x, -0);
  const sign = (v: number): number => (negY ? -v : v);
  if (y === 0) return sign(negX ? Math.PI : 0);
  if (x === 0) return sign(Math.PI / 2);
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return sign(negX ? (3 * Math.PI) / 4 : Math.PI / 4);
    return sign(Math.PI / 2);
  }
  if (!Number.isFinite(x)) return sign(negX ? Math.PI : 0);
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  // atan(ay/ax) for ay <= ax, pi/2 - atan(ax/ay) otherwise; then the quadrant.
  // For a tiny y/x, atan(y/x) rounds as the quotient itself (t**3/3 is far below half an ulp); glibc
  // returns that quotient, rounded ties-to-even where a subnormal result lands on a midpoint.
  if (!negX && Math.log2(ax) - Math.log2(ay) > 64) return sign(ay / ax);
  const ry = toRatio(ay);
  const rx = toRatio(ax);
  // From the logarithms, not the quotient, which overflows for a tiny y.
  const extra = Math.max(0, Math.ceil(Math.log2(ax) - Math.log2(ay)));
  const r = ziv((P) => {
    const G = P + 32 + (negX ? 0 : extra);
    let t: bigint;
    if (ay <= ax) {
      t = atanFixed((ry.num * rx.den << BigInt(G)) / (ry.den * rx.num), G);
    } else {
      t = (piFixed(G) >> 1n) - atanFixed((rx.num * ry.den << BigInt(G)) / (rx.den * ry.num), G);
    }
    if (negX) t = piFixed(G) - t;
    return { v: t, scale: -G, err: 1n << 16n };
  });
  return sign(r);
}

/** sin and cos of x in fixed point: x reduced by multiples of pi/2, then the two series. */
function sinCosFixed(x: number, P: number): { sin: bigint; cos: bigint } {
  const { e } = decompose(x);
  // Enough bits of pi for the reduction of a large argument.
  const G = P + Math.max(0, e + 53);
  const halfPi = piFixed(G) >> 1n;
  const X = toFixed(x, G);
  let n = X / halfPi;
  let r = X - n * halfPi;
  if (r * 2n > halfPi) {
    n += 1n;
    r -= halfPi;
  } else if (r * 2n < -halfPi) {
    n -= 1n;
    r += halfPi;
  }
  // Back to P + 32 bits.
  const shift = BigInt(G - P);
  r = r >> shift;
  const W = BigInt(P);
  const one = 1n << W;
  const r2 = (r * r) >> W;
  let s = 0n;
  let term = r;
  for (let k = 1n; term !== 0n; k += 2n) {
    s += term;
    term = -((term * r2) >> W) / ((k + 1n) * (k + 2n));
  }
  let c = 0n;
  term = one;
  for (let k = 0n; term !== 0n; k += 2n) {
    c += term;
    term = -((term * r2) >> W) / ((k + 1n) * (k + 2n));
  }
  switch (Number(((n % 4n) + 4n) % 4n)) {
    case 0:
      return { sin: s, cos: c };
    case 1:
      return { sin: c, cos: -s };
    case 2:
      return { sin: -s, cos: -c };
    default:
      return { sin: -c, cos: s };
  }
}

/** The precision a sin/cos result near zero needs beyond 53 bits. */
function trigExtra(x: number): number {
  // A result near zero (x near a multiple of pi/2) loses leading bits: allow for up to 64 of them, more on retries.
  return Math.abs(x) < 1 ? Math.max(0, -Math.floor(Math.log2(Math.abs(x)))) : 64;
}

export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const extra = trigExtra(x);
  return ziv((P) => {
    const G = P + 32 + extra;
    return { v: sinCosFixed(x, G).sin, scale: -G, err: 1n << 20n };
  });
}

export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return 1;
  const extra = trigExtra(x);
  return ziv((P) => {
    const G = P + 32 + extra;
    return { v: sinCosFixed(x, G).cos, scale: -G, err: 1n << 20n };
  });
}

/** tan(x), correctly rounded: the fixed-point sine over the cosine (for cmath, whose glibc tan agrees but for rare arguments). */
export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const extra = trigExtra(x);
  return ziv((P) => {
    const G = P + 32 + extra;
    const { sin, cos } = sinCosFixed(x, G);
    const E = 1n << 20n;
    const ac = cos < 0n ? -cos : cos;
    const as = sin < 0n ? -sin : sin;
    // A quotient's error: the numerator's over |cos|, plus |tan| times the denominator's relative error.
    const err = ((E << BigInt(G)) / ac) + ((as * E) << BigInt(G)) / (ac * ac) + 2n;
    return { v: (sin << BigInt(G)) / cos, scale: -G, err };
  });
}

/** C's pow() for the special values float_pow handles itself before calling it; crPow for the rest. */
export function libmPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x > 0 && Number.isFinite(x) && Number.isFinite(y)) return crPow(x, y);
  // Zeros, infinities, negative bases: Annex F's table, which Math.pow follows for these.
  return Math.pow(x, y);
}
