/**
 * CPython's repr() of the primitive values: float (the shortest round-trip
 * form, Python/pystrtod.c format_float_short with mode 'r'), complex
 * (Objects/complexobject.c complex_repr), str (Objects/unicodeobject.c
 * unicode_repr) and bytes (Objects/bytesobject.c PyBytes_Repr).
 */

import { isPrintable } from '../unicode/printable';

/** Shortest round-trip digits of a finite non-zero |x| and the decimal point position (value = 0.DIGITS × 10^decpt). */
function shortestDigits(x: number): { digits: string; decpt: number } {
  // toExponential() without an argument gives the shortest digits that round-trip,
  // the same digits as CPython's dtoa mode 0.
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const digits = s.slice(0, e).replace('.', '');
  return { digits, decpt: parseInt(s.slice(e + 1), 10) + 1 };
}

/** format_float_short(x, 'r', 0, flags): `addDot0` is Py_DTSF_ADD_DOT_0 (float repr yes, complex parts no). */
function formatShort(x: number, addDot0: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + (addDot0 ? '0.0' : '0');
  const { digits, decpt } = shortestDigits(x);
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
    if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
    return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  const exp = decpt - 1;
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const absExp = Math.abs(exp);
  return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (absExp < 10 ? '0' : '') + absExp;
}

export function floatRepr(x: number): string {
  return formatShort(x, true);
}

export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return formatShort(imag, false) + 'j';
  const re = formatShort(real, false);
  let im = formatShort(imag, false);
  if (!(imag < 0 || Object.is(imag, -0) || Number.isNaN(imag) && im.startsWith('-'))) im = '+' + im;
  return '(' + re + im + 'j)';
}


function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch.length === 1 && cp >= 0xd800 && cp <= 0xdfff) out += '\\u' + hex(cp, 4);
    else if (isPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}
