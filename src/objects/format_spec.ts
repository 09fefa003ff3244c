/**
 * The format-spec mini-language (Python/formatter_unicode.c) for int, float,
 * complex and str, and the float-to-text conversions behind it and repr()
 * (Python/pystrtod.c PyOS_double_to_string / format_float_short). Digits are
 * produced exactly (bigint arithmetic on the double's binary value) and
 * rounded half-even, as CPython's correctly rounded dtoa does.
 */
import { valueError, overflowError } from './exceptions';
import type { Int } from './int';

// ---------------------------------------------------------------- exact decimal digits of a double

const dv = new DataView(new ArrayBuffer(8));

/** |x| = m * 2^e for a finite non-zero double (m < 2^53). */
function decompose(x: number): [number, number] {
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = (hi & 0xfffff) * 4294967296 + lo;
  if (bexp === 0) return [mant, -1074];
  return [mant + 4503599627370496, bexp - 1075];
}

const pow10Cache: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) {
    let p = pow10Cache[n];
    if (p === undefined) p = pow10Cache[n] = 10n ** BigInt(n);
    return p;
  }
  return 10n ** BigInt(n);
}

/** round(|x| * 10^s) half-even, as a bigint. */
function scaledRound(m: number, e: number, s: number): bigint {
  let num = BigInt(m);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (s >= 0) num *= pow10(s);
  else den *= pow10(-s);
  if (den === 1n) return num;
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

interface Digits {
  digits: string;
  /** value = 0.DIGITS × 10^decpt (dtoa's convention). */
  decpt: number;
}

function stripZeros(s: string): string {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 48) n--;
  return n === s.length ? s : s.slice(0, n);
}

/** dtoa mode 3: `ndigits` digits after the point. Digits empty when the value rounds to zero. */
function fixedDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const [m, e] = decompose(x);
  const n = scaledRound(m, e, ndigits);
  if (n === 0n) return { digits: '', decpt: -ndigits };
  const s = n.toString();
  return { digits: stripZeros(s), decpt: s.length - ndigits };
}

/** dtoa mode 2: `ndigits` (>= 1) significant digits. */
function sigDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const [m, e] = decompose(x);
  let E = Math.floor(Math.log10(Math.abs(x)));
  for (let tries = 0; ; tries++) {
    const n = scaledRound(m, e, ndigits - 1 - E);
    const s = n.toString();
    if (s.length === ndigits + 1 && tries < 3) {
      // Rounded up to 10^ndigits or E was an underestimate.
      if (/^10*$/.test(s)) return { digits: '1', decpt: E + 2 };
      E++;
      continue;
    }
    if (s.length < ndigits && tries < 3) {
      E--;
      continue;
    }
    return { digits: stripZeros(s), decpt: E + 1 };
  }
}

/** dtoa mode 0: the shortest digits that round-trip. */
function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  // toExponential() without an argument gives the shortest round-trip digits (dtoa mode 0).
  const s = Math.abs(x).toExponential();
  const i = s.indexOf('e');
  const d = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, i) : s.slice(0, i);
  return { digits: d, decpt: parseInt(s.slice(i + 1), 10) + 1 };
}

export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

/**
 * PyOS_double_to_string(x, code, precision, flags): `code` one of e E f F g G r
 * (r = repr, precision 0). Returns the text with its sign ('-', or '+' with
 * DTSF_SIGN).
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  let upper = false;
  let c = code;
  if (c === 'E' || c === 'F' || c === 'G') {
    upper = true;
    c = c.toLowerCase();
  }
  const neg = x < 0 || (x === 0 && 1 / x < 0) || (Number.isNaN(x) && false);
  if (!Number.isFinite(x)) {
    let s = Number.isNaN(x) ? 'nan' : 'inf';
    if (upper) s = s.toUpperCase();
    if (x === -Infinity) return '-' + s;
    return (flags & DTSF_SIGN ? '+' : '') + s;
  }
  let d: Digits;
  let prec = precision;
  switch (c) {
    case 'e':
      prec++;
      d = sigDigits(x, prec);
      break;
    case 'f':
      if (prec > 0 && prec + Math.log10(Math.abs(x) + 1) > 5000) {
        // CPython's buffer limit would also refuse; keep the exact path bounded.
      }
      d = fixedDigits(x, prec);
      break;
    case 'g':
      if (prec === 0) prec = 1;
      d = sigDigits(x, prec);
      break;
    default:
      d = shortestDigits(x);
      break;
  }
  return formatShort(d, neg, c, prec, flags, upper);
}

/** format_float_short's layout of the digits. */
function formatShort(d: Digits, negIn: boolean, c: string, precision: number, flags: number, upper: boolean): string {
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  let neg = negIn;
  if (neg && flags & DTSF_NO_NEG_0 && (digitsLen === 0 || (digitsLen === 1 && digits === '0'))) neg = false;
  const alt = (flags & DTSF_ALT) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  let useExp = false;
  let vEnd = digitsLen;
  switch (c) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = neg ? '-' : flags & DTSF_SIGN ? '+' : '';
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vStart);
  }
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(Math.max(0, vEnd - digitsLen));
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}

/** repr(float) / str(float). */
export function floatReprStr(x: number): string {
  return doubleToString(x, 'r', 0, DTSF_ADD_DOT_0);
}

// ---------------------------------------------------------------- the spec parser

export interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alternate: boolean;
  width: number;
  /** '' (none), ',' or '_'. */
  thousands: string;
  precision: number;
  type: string;
  fillSpecified: boolean;
}

const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';

function typeChar(t: string): string {
  const cp = t.codePointAt(0)!;
  return cp > 32 && cp < 128 ? t : '\\x' + cp.toString(16);
}

/** parse_internal_render_format_spec. `spec` is split into code points by the caller's `cps`. */
export function parseSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const cps = /[\uD800-\uDFFF]/.test(spec) ? Array.from(spec) : null;
  const at = (i: number): string | undefined => (cps !== null ? cps[i] : spec[i]);
  const end = cps !== null ? cps.length : spec.length;
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alternate: false, width: -1, thousands: '', precision: -1,
    type: defaultType, fillSpecified: false,
  };
  let pos = 0;
  let alignSpecified = false;
  if (end - pos >= 2 && isAlign(at(pos + 1))) {
    f.align = at(pos + 1)!;
    f.fill = at(pos)!;
    f.fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(at(pos))) {
    f.align = at(pos)!;
    alignSpecified = true;
    pos++;
  }
  const s = at(pos);
  if (s === '+' || s === '-' || s === ' ') {
    f.sign = s;
    pos++;
  }
  if (at(pos) === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (at(pos) === '#') {
    f.alternate = true;
    pos++;
  }
  if (!f.fillSpecified && at(pos) === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  let start = pos;
  while (pos < end && at(pos)! >= '0' && at(pos)! <= '9') pos++;
  if (pos > start) f.width = parseDigits(spec, cps, start, pos);
  if (at(pos) === ',') {
    f.thousands = ',';
    pos++;
  }
  if (at(pos) === '_') {
    if (f.thousands !== '') valueError("Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (at(pos) === ',') {
    if (f.thousands === '_') valueError("Cannot specify both ',' and '_'.");
  }
  if (at(pos) === '.') {
    pos++;
    start = pos;
    while (pos < end && at(pos)! >= '0' && at(pos)! <= '9') pos++;
    if (pos === start) valueError('Format specifier missing precision');
    f.precision = parseDigits(spec, cps, start, pos);
  }
  if (end - pos > 1) valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = at(pos)!;
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands !== '_') valueError(`Cannot specify '${f.thousands}' with '${typeChar(f.type)}'.`);
        break;
      default:
        valueError(`Cannot specify '${f.thousands}' with '${typeChar(f.type)}'.`);
    }
  }
  return f;
}

function parseDigits(spec: string, cps: string[] | null, a: number, b: number): number {
  const text = cps !== null ? cps.slice(a, b).join('') : spec.slice(a, b);
  // Py_ssize_t overflow in get_integer.
  if (text.length > 18 && BigInt(text) > 9223372036854775807n) valueError('Too many decimal digits in format string');
  return Number(text);
}

function unknownCode(type: string, typeName: string): never {
  return valueError(`Unknown format code '${typeChar(type)}' for object of type '${typeName}'`);
}

// ---------------------------------------------------------------- layout

function cpLength(s: string): number {
  if (!/[\uD800-\uDFFF]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Pad `body` (already including sign) to the width; `=` alignment puts the padding after `lead` (sign and prefix). */
function align(lead: string, rest: string, f: FormatSpec): string {
  const len = cpLength(lead) + cpLength(rest);
  if (f.width <= len) return lead + rest;
  const pad = f.width - len;
  switch (f.align) {
    case '<':
      return lead + rest + f.fill.repeat(pad);
    case '^': {
      const left = pad >> 1;
      return f.fill.repeat(left) + lead + rest + f.fill.repeat(pad - left);
    }
    case '=':
      return lead + f.fill.repeat(pad) + rest;
    default:
      return f.fill.repeat(pad) + lead + rest;
  }
}

/** _PyUnicode_InsertThousandsGrouping with a repeating group size; `minWidth` > 0 pads with zeros (which are grouped too). */
function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  let remaining = digits.length;
  let pos = digits.length;
  let minW = minWidth;
  const parts: string[] = [];
  for (;;) {
    const l = Math.min(size, Math.max(remaining, minW, 1));
    const nChars = Math.max(0, Math.min(remaining, l));
    const nZeros = Math.max(0, l - remaining);
    parts.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    minW -= l;
    if (remaining <= 0 && minW <= 0) break;
    parts.push(sep);
    minW -= sep.length;
  }
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) out += parts[i];
  return out;
}

/**
 * fill_number: `lead` is the sign and prefix, `intDigits` the digits to group,
 * `tail` the rest (fraction, exponent, '%').
 */
function layoutNumber(lead: string, intDigits: string, tail: string, f: FormatSpec, groupSize: number): string {
  if (f.thousands !== '') {
    let minWidth = 0;
    if (f.fill === '0' && f.align === '=') minWidth = f.width - lead.length - tail.length;
    return align(lead, groupDigits(intDigits, f.thousands, groupSize, minWidth) + tail, f);
  }
  return align(lead, intDigits + tail, f);
}

function signChar(neg: boolean, f: FormatSpec): string {
  if (neg) return '-';
  if (f.sign === '+') return '+';
  if (f.sign === ' ') return ' ';
  return '';
}

// ---------------------------------------------------------------- int

/** int.__format__ with a non-empty spec (typeName for the messages). */
export function formatIntSpec(v: Int, spec: string, typeName: string): string {
  const f = parseSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatLong(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const x = typeof v === 'number' ? v : Number(v);
      if (!Number.isFinite(x)) overflowError('int too large to convert to float');
      return formatFloat(x, f);
    }
    default:
      return unknownCode(f.type, typeName);
  }
}

function formatLong(v: Int, f: FormatSpec): string {
  if (f.precision !== -1) valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10ffff) overflowError('%c arg not in range(0x110000)');
    return align('', String.fromCodePoint(Number(v)), f);
  }
  const neg = v < 0;
  const abs = neg ? -v : v;
  let digits: string;
  let prefix = '';
  let groupSize = 3;
  switch (f.type) {
    case 'b':
      digits = abs.toString(2);
      prefix = '0b';
      groupSize = 4;
      break;
    case 'o':
      digits = abs.toString(8);
      prefix = '0o';
      groupSize = 4;
      break;
    case 'x':
      digits = abs.toString(16);
      prefix = '0x';
      groupSize = 4;
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      prefix = '0X';
      groupSize = 4;
      break;
    default:
      digits = abs.toString();
  }
  const lead = signChar(neg, f) + (f.alternate ? prefix : '');
  return layoutNumber(lead, digits, '', f, groupSize);
}

// ---------------------------------------------------------------- float

/** float.__format__ with a non-empty spec. */
export function formatFloatSpec(x: number, spec: string, typeName: string): string {
  const f = parseSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloat(x, f);
    default:
      return unknownCode(f.type, typeName);
  }
}

/** The parts of a float's text: sign, integer digits, and the rest. */
function floatParts(text: string): [boolean, string, string] {
  let i = 0;
  let neg = false;
  if (text[0] === '-') {
    neg = true;
    i = 1;
  } else if (text[0] === '+') i = 1;
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  return [neg, text.slice(i, j), text.slice(j)];
}

/** format_float_internal. */
function formatFloat(x: number, f: FormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  let flags = 0;
  let defaultPrecision = 6;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let val = x;
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const text = doubleToString(val, type, precision, flags);
  const [neg, intDigits, rest] = floatParts(text);
  if (intDigits === '') {
    // inf / nan: no grouping of letters.
    return align(signChar(neg, f), rest + (pct ? '%' : ''), f);
  }
  return layoutNumber(signChar(neg, f), intDigits, rest + (pct ? '%' : ''), f, 3);
}

// ---------------------------------------------------------------- complex

/** complex.__format__ with a non-empty spec. */
export function formatComplexSpec(re: number, im: number, spec: string, typeName: string): string {
  const f = parseSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknownCode(f.type, typeName);
  }
  if (f.fill === '0' && !f.fillSpecified) valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') valueError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let precision = f.precision;
  let flags = 0;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const reText = doubleToString(re, type, precision, flags);
  const imText = doubleToString(im, type, precision, flags);
  const [reNeg, reInt, reRest] = floatParts(reText);
  const [imNeg, imInt, imRest] = floatParts(imText);
  const sub: FormatSpec = { ...f, width: -1, thousands: f.thousands, fill: ' ', align: '>' };
  let body = '';
  if (!skipRe) body += layoutNumber(signChar(reNeg, f), reInt, reRest, sub, 3);
  const imSign = imNeg ? '-' : skipRe ? signChar(false, f) : '+';
  body += layoutNumber(imSign, imInt, imRest, sub, 3) + 'j';
  if (parens) body = '(' + body + ')';
  return align('', body, f);
}

// ---------------------------------------------------------------- str

/** str.__format__ with any spec (format_string_internal). */
export function formatStrSpec(s: string, spec: string): string {
  if (spec === '') return s;
  const f = parseSpec(spec, 'str', 's', '<');
  if (f.type !== 's') unknownCode(f.type, 'str');
  if (f.sign !== '') valueError('Sign not allowed in string format specifier');
  if (f.noNeg0) valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') valueError("'=' alignment not allowed in string format specifier");
  let body = s;
  if (f.precision >= 0) {
    if (/[\uD800-\uDFFF]/.test(s)) {
      const cps = Array.from(s);
      if (cps.length > f.precision) body = cps.slice(0, f.precision).join('');
    } else if (s.length > f.precision) body = s.slice(0, f.precision);
  }
  return align('', body, f);
}

/** dtoa mode 3 digits of x (for round(x, n)): value = 0.DIGITS × 10^decpt, digits empty when it rounds to zero. */
export function fixedDigitsOf(x: number, ndigits: number): { digits: string; decpt: number } {
  return fixedDigits(x, ndigits);
}
