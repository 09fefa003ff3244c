/**
 * Decoding one STRING token: its prefix, quotes and escape sequences, as
 * CPython 3.11's _PyPegen_parsestr (Parser/string_parser.c) with
 * _PyUnicode_DecodeUnicodeEscapeInternal (Objects/unicodeobject.c) and
 * _PyBytes_DecodeEscape (Objects/bytesobject.c) do it, errors included.
 */
import type { Token } from '../tokenizer/token';
import type { Parser } from './parser';
import { lookupName } from '../unicode/names';
import { frontEndWarn } from './warnings';

/** What _PyPegen_parsestr finds in a token. */
export class ParsedString {
  constructor(
    /** The token text, newlines normalised to \n. */
    readonly text: string,
    readonly bytesmode: boolean,
    readonly rawmode: boolean,
    readonly fmode: boolean,
    /** Index of the first character of the body (after prefix and opening quotes). */
    readonly bodyStart: number,
    /** Index just past the body (at the closing quotes). */
    readonly bodyEnd: number,
    /** The decoded value: str, or bytes; null for an f-string (its body is parsed by fstrings.ts). */
    readonly value: string | Uint8Array | null,
  ) {}
}

/** The string tokens already warned about: CPython warns for the first invalid escape of a literal only. */
const warnedTokens = new WeakSet<Token>();

/**
 * warn_invalid_escape_sequence (3.11): a DeprecationWarning "invalid escape
 * sequence '\d'" for the first unknown escape of a literal, at the token's
 * line; a SyntaxError at the token when the filters make it an error.
 */
export function warnInvalidEscape(p: Parser, t: Token, ch: string): void {
  if (warnedTokens.has(t)) return;
  warnedTokens.add(t);
  const msg = `invalid escape sequence '\\${ch}'`;
  if (frontEndWarn('DeprecationWarning', msg, p.options.filename, t.lineno)) {
    p.knownErrToken = t;
    p.raiseSyntaxError(msg);
  }
}

/** The token's text as CPython's tokenizer hands it over: \r\n and \r become \n. */
export function tokenText(t: Token): string {
  const s = t.string;
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

// _PyPegen_parsestr
export function parseString(p: Parser, t: Token): ParsedString {
  const text = tokenText(t);
  let i = 0;
  let bytesmode = false;
  let rawmode = false;
  let fmode = false;
  let quote = text.charCodeAt(0);
  while (!bytesmode || !rawmode) {
    if (quote === 0x62 || quote === 0x42) bytesmode = true; // b B
    else if (quote === 0x72 || quote === 0x52) rawmode = true; // r R
    else if (quote === 0x66 || quote === 0x46) fmode = true; // f F
    else if (quote !== 0x75 && quote !== 0x55) break; // u U
    quote = text.charCodeAt(++i);
  }
  if (fmode && p.options.featureVersion < 6) {
    p.raiseSyntaxError('Format strings are only supported in Python 3.6 and greater');
  }
  let start = i + 1;
  let end = text.length - 1;
  if (end - start >= 4 && text.charCodeAt(start) === quote && text.charCodeAt(start + 1) === quote) {
    start += 2;
    end -= 2;
  }
  if (fmode) return new ParsedString(text, false, rawmode, true, start, end, null);

  const bs = text.indexOf('\\', start);
  rawmode = rawmode || bs < 0 || bs >= end;
  let value: string | Uint8Array;
  if (bytesmode) {
    for (let k = start; k < end; k++) {
      if (text.charCodeAt(k) >= 0x80) p.raiseErrorKnownLocation(t, 'bytes can only contain ASCII literal characters');
    }
    value = rawmode ? asciiBytes(text, start, end) : decodeBytesEscapes(p, text, start, end, t);
  } else {
    value = rawmode ? text.slice(start, end) : decodeUnicodeEscapes(p, text, start, end, t);
  }
  return new ParsedString(text, bytesmode, rawmode, false, start, end, value);
}

function asciiBytes(s: string, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  for (let k = start; k < end; k++) out[k - start] = s.charCodeAt(k);
  return out;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return 16;
}

/**
 * decode_unicode_with_escapes. CPython first rewrites each non-ASCII code
 * point as a 10-byte `\UXXXXXXXX` (and a backslash before one, or at the end,
 * as `\u005c`) and then runs the unicode-escape codec over that buffer; the
 * positions in its error messages count in that buffer, which
 * `escapeBufferPos` reproduces. The decoding itself works on the text directly.
 */
export function decodeUnicodeEscapes(p: Parser, s: string, start: number, end: number, t: Token): string {
  let out = '';
  let i = start;
  while (i < end) {
    const bs = s.indexOf('\\', i);
    if (bs < 0 || bs >= end) {
      out += s.slice(i, end);
      break;
    }
    if (bs > i) out += s.slice(i, bs);
    i = bs + 1;
    if (i >= end) {
      out += '\\'; // a trailing backslash became \u005c
      break;
    }
    const c = s.charCodeAt(i++);
    switch (c) {
      case 0x0a: // backslash-newline: line continuation
        break;
      case 0x5c:
        out += '\\';
        break;
      case 0x27:
        out += "'";
        break;
      case 0x22:
        out += '"';
        break;
      case 0x62:
        out += '\b';
        break;
      case 0x66:
        out += '\f';
        break;
      case 0x74:
        out += '\t';
        break;
      case 0x6e:
        out += '\n';
        break;
      case 0x72:
        out += '\r';
        break;
      case 0x76:
        out += '\v';
        break;
      case 0x61:
        out += '\x07';
        break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        // \ooo: up to three octal digits; 3.11 keeps values above 0o377 as they are.
        let ch = c - 0x30;
        let d = s.charCodeAt(i);
        if (i < end && d >= 0x30 && d <= 0x37) {
          ch = (ch << 3) + d - 0x30;
          i++;
          d = s.charCodeAt(i);
          if (i < end && d >= 0x30 && d <= 0x37) {
            ch = (ch << 3) + d - 0x30;
            i++;
          }
        }
        out += String.fromCharCode(ch);
        break;
      }
      case 0x78: // \xXX
      case 0x75: // \uXXXX
      case 0x55: {
        // \UXXXXXXXX
        let count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
        const message =
          c === 0x78 ? 'truncated \\xXX escape' : c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let ch = 0;
        for (; count; i++, count--) {
          const h = i < end ? hexValue(s.charCodeAt(i)) : 16;
          if (h === 16) unicodeEscapeError(p, s, start, end, bs, i, message);
          ch = ch * 16 + h;
        }
        if (ch > 0x10ffff) unicodeEscapeError(p, s, start, end, bs, i, 'illegal Unicode character');
        out += String.fromCodePoint(ch);
        break;
      }
      case 0x4e: {
        // \N{name}
        const message = 'malformed \\N character escape';
        if (i >= end) unicodeEscapeError(p, s, start, end, bs, i, message);
        if (s.charCodeAt(i) === 0x7b) {
          const nameStart = ++i;
          while (i < end && s.charCodeAt(i) !== 0x7d) i++;
          if (i >= end) unicodeEscapeError(p, s, start, end, bs, i, message);
          if (i > nameStart) {
            const cp = lookupName(s.slice(nameStart, i));
            i++;
            if (cp >= 0) {
              out += String.fromCodePoint(cp);
              break;
            }
            unicodeEscapeError(p, s, start, end, bs, i, 'unknown Unicode character name');
          }
        }
        unicodeEscapeError(p, s, start, end, bs, i, message);
      }
      // falls through: unreachable, unicodeEscapeError throws
      default:
        // Unknown escape: kept as is (3.11 warns "invalid escape sequence").
        if (c < 0x80) warnInvalidEscape(p, t, String.fromCharCode(c));
        out += '\\';
        i--;
    }
  }
  return out;
}

/** Position of text index `idx` in CPython's rewritten escape buffer (see decodeUnicodeEscapes). */
function escapeBufferPos(s: string, start: number, end: number, idx: number): number {
  let pos = 0;
  let i = start;
  while (i < idx && i < end) {
    let c = s.charCodeAt(i);
    if (c === 0x5c) {
      pos++;
      i++;
      if (i >= end || s.charCodeAt(i) >= 0x80) pos += 5;
      if (i >= end || i >= idx) break;
      c = s.charCodeAt(i);
    }
    if (c >= 0x80) {
      pos += 10;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    } else {
      pos++;
      i++;
    }
  }
  return pos;
}

function unicodeEscapeError(p: Parser, s: string, start: number, end: number, from: number, to: number, message: string): never {
  const a = escapeBufferPos(s, start, end, from);
  const b = escapeBufferPos(s, start, end, to);
  p.raiseSyntaxError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${a}-${b - 1}: ${message}`);
}

// decode_bytes_with_escapes / _PyBytes_DecodeEscape (the body is ASCII: checked by the caller)
export function decodeBytesEscapes(p: Parser, s: string, start: number, end: number, t: Token): Uint8Array {
  const out = new Uint8Array(end - start);
  let n = 0;
  let i = start;
  while (i < end) {
    const c0 = s.charCodeAt(i);
    if (c0 !== 0x5c) {
      out[n++] = c0;
      i++;
      continue;
    }
    i++;
    if (i === end) p.raiseSyntaxError('(value error) Trailing \\ in string');
    const c = s.charCodeAt(i++);
    switch (c) {
      case 0x0a:
        break;
      case 0x5c:
      case 0x27:
      case 0x22:
        out[n++] = c;
        break;
      case 0x62:
        out[n++] = 8;
        break;
      case 0x66:
        out[n++] = 12;
        break;
      case 0x74:
        out[n++] = 9;
        break;
      case 0x6e:
        out[n++] = 10;
        break;
      case 0x72:
        out[n++] = 13;
        break;
      case 0x76:
        out[n++] = 11;
        break;
      case 0x61:
        out[n++] = 7;
        break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        let v = c - 0x30;
        let d = s.charCodeAt(i);
        if (i < end && d >= 0x30 && d <= 0x37) {
          v = (v << 3) + d - 0x30;
          i++;
          d = s.charCodeAt(i);
          if (i < end && d >= 0x30 && d <= 0x37) {
            v = (v << 3) + d - 0x30;
            i++;
          }
        }
        out[n++] = v & 0xff;
        break;
      }
      case 0x78: {
        if (i + 1 < end) {
          const h1 = hexValue(s.charCodeAt(i));
          const h2 = hexValue(s.charCodeAt(i + 1));
          if (h1 < 16 && h2 < 16) {
            out[n++] = (h1 << 4) + h2;
            i += 2;
            break;
          }
        }
        p.raiseSyntaxError(`(value error) invalid \\x escape at position ${i - 2 - start}`);
      }
      // falls through: unreachable
      default:
        warnInvalidEscape(p, t, String.fromCharCode(c));
        out[n++] = 0x5c;
        i--;
    }
  }
  return n === out.length ? out : out.slice(0, n);
}
