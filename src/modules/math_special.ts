/**
 * math.erf/erfc/gamma/lgamma. CPython 3.11 takes erf and erfc from the C
 * library (glibc's, the fdlibm method: rational approximations on
 * [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35), [1/0.35, 28) and the
 * exp(-x*x) tail), evaluated here with glibc's grouping of the polynomials
 * so that the rounding is the same; gamma and lgamma are CPython's own
 * (Lanczos, N=13, g=6.024680040776729583740234375, with the reflection
 * formula for negative x), built on the libm functions float_math.ts
 * reproduces.
 */
import { crExp, crLog, crSin, crCos, libmPow } from '../compiler/float_math';

// ---------------------------------------------------------------- erf, erfc (fdlibm's coefficients)

const erx = 8.45062911510467529297e-01;
const efx = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];
const TINY = 1e-300;

const view = new DataView(new ArrayBuffer(8));
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}
function clearLowWord(x: number): number {
  view.setFloat64(0, x);
  view.setInt32(4, 0);
  return view.getFloat64(0);
}

/** r/s of the [0, 0.84375) approximation (pairs and powers of z as glibc groups them). */
function ratioSmall(x: number): number {
  const z = x * x;
  const r1 = PP[0] + z * PP[1];
  const z2 = z * z;
  const r2 = PP[2] + z * PP[3];
  const z4 = z2 * z2;
  const s1 = QQ[0] + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  return (r1 + z2 * r2 + z4 * PP[4]) / (s1 + z2 * s2 + z4 * s3);
}

/** P/Q of the [0.84375, 1.25) approximation, in s = |x| - 1. */
function ratioMid(x: number): number {
  const s = Math.abs(x) - 1;
  const p1 = PA[0] + s * PA[1];
  const s2 = s * s;
  const q1 = QA[0] + s * QA[1];
  const s4 = s2 * s2;
  const p2 = PA[2] + s * PA[3];
  const s6 = s4 * s2;
  const q2 = QA[2] + s * QA[3];
  const p3 = PA[4] + s * PA[5];
  const q3 = QA[4] + s * QA[5];
  return (p1 + s2 * p2 + s4 * p3 + s6 * PA[6]) / (q1 + s2 * q2 + s4 * q3 + s6 * QA[6]);
}

/** erfc(ax)*ax for ax in [1.25, 28): exp(-z*z - 0.5625) * exp((z-ax)*(z+ax) + R/S), z = ax with its low word cleared. */
function tail(ax: number, bound: number): number {
  const ix = highWord(ax) & 0x7fffffff;
  const s = 1 / (ax * ax);
  let R: number;
  let S: number;
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  if (ix < bound) {
    const s8 = s4 * s4;
    R = RA[0] + s * RA[1] + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
    S = SA[0] + s * SA[1] + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
  } else {
    R = RB[0] + s * RB[1] + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
    S = SB[0] + s * SB[1] + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
  }
  const z = clearLowWord(ax);
  return crExp(-z * z - 0.5625) * crExp((z - ax) * (z + ax) + R / S);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return 1 - ((hx >>> 31) << 1) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * efx * x);
      return x + efx * x;
    }
    return x + x * ratioSmall(x);
  }
  if (ix < 0x3ff40000) {
    const pq = ratioMid(x);
    return hx >= 0 ? erx + pq : -erx - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
  const ax = Math.abs(x);
  const r = tail(ax, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return ((hx >>> 31) << 1) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = ratioSmall(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = ratioMid(x);
    return hx >= 0 ? 1 - erx - pq : 1 + (erx + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - TINY;
    const ax = Math.abs(x);
    const r = tail(ax, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}

// ---------------------------------------------------------------- gamma, lgamma (CPython's m_tgamma, m_lgamma)

const PI = 3.141592653589793238462643383279502884197;
const LOGPI = 1.144729885849400174143427351353058711647;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** The denominator x*(x+1)*...*(x+11) as a polynomial. */
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
  87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

/** sin(pi*x) accurate near integers (for the reflection formula); x finite. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(PI * y); break;
    case 1: r = crCos(PI * (y - 0.5)); break;
    case 2: r = crSin(PI * (1.0 - y)); break;
    case 3: r = -crCos(PI * (y - 1.5)); break;
    default: r = crSin(PI * (y - 2.0));
  }
  return Math.sign(1 / x) < 0 || x < 0 ? -r : r;
}

/** The Lanczos sum as a rational function (in 1/x past 5 to avoid overflow). */
function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** Errors as math_1 reports them: 'domain' (ValueError) or 'range' (OverflowError). */
export type MathError = 'domain' | 'range' | null;

export function gamma(x: number): [number, MathError] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return [x, null];
    return [NaN, 'domain'];
  }
  if (x === 0) return [1 / x > 0 ? Infinity : -Infinity, 'domain'];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 'domain'];
    if (x <= 23) return [GAMMA_INTEGRAL[x - 1], null];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? null : 'range'];
  }
  if (absx > 200.0) {
    if (x < 0.0) return [0.0 / sinpi(x), null];
    return [Infinity, 'range'];
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-PI / sinpi(absx) / absx) * crExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) r *= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return [r, Number.isFinite(r) ? null : 'range'];
}

export function lgamma(x: number): [number, MathError] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return [x, null];
    return [Infinity, null];
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return [Infinity, 'domain'];
    return [0.0, null];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-crLog(absx), null];
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  return [r, Number.isFinite(r) ? null : 'range'];
}
