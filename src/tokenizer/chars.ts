/**
 * Character classes for the tokenizers, as ASCII lookup tables (one array
 * read per character on the hot paths) plus the Unicode identifier rules of
 * PEP 3131 for what lies beyond ASCII.
 */
import { isPrintable } from '../unicode/printable';

/** Bit flags of ASCII_CLASS. */
export const ID_START = 1;
export const ID_CHAR = 2;
export const DIGIT = 4;
export const HEX = 8;
export const SPACE = 16; // ' ', '\t', '\f': what the C tokenizer skips between tokens

export const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let f = 0;
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (letter || c === 95) f |= ID_START | ID_CHAR;
  if (c >= 48 && c <= 57) f |= ID_CHAR | DIGIT | HEX;
  if ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)) f |= HEX;
  if (c === 32 || c === 9 || c === 12) f |= SPACE;
  ASCII_CLASS[c] = f;
}

/** tokenizer.c's is_potential_identifier_start: any non-ASCII unit may start a name (checked later). */
export function isPotentialIdStart(c: number): boolean {
  return c >= 128 ? true : c >= 0 && (ASCII_CLASS[c] & ID_START) !== 0;
}

/** tokenizer.c's is_potential_identifier_char. */
export function isPotentialIdChar(c: number): boolean {
  return c >= 128 ? true : c >= 0 && (ASCII_CLASS[c] & ID_CHAR) !== 0;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return c >= 0 && c < 128 && (ASCII_CLASS[c] & HEX) !== 0;
}

const XID_START = /\p{XID_Start}/u;
const XID_CONTINUE = /\p{XID_Continue}/u;

/**
 * _PyUnicode_ScanIdentifier: the index (in code points) of the first
 * character of `name` that may not appear there in an identifier, or -1 if
 * the whole name is valid. `cps` receives the code points.
 */
export function scanIdentifier(name: string): { index: number; cp: number } | null {
  let i = 0;
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    let ok: boolean;
    if (cp < 128) ok = i === 0 ? (ASCII_CLASS[cp] & ID_START) !== 0 : (ASCII_CLASS[cp] & ID_CHAR) !== 0;
    else ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
    if (!ok) return { index: i, cp };
    i++;
  }
  return null;
}

/** The message verify_identifier / tok_get give for a character that cannot be there. */
export function invalidCharacterMessage(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  if (isPrintable(cp)) return `invalid character '${String.fromCodePoint(cp)}' (U+${hex})`;
  return `invalid non-printable character U+${hex}`;
}

export { isPrintable };

/** Number of code points in text[from, to). */
export function codePointCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export { utf8Count } from './errors';

const NON_ASCII = /[^\x00-\x7f]/;
export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text);
}
