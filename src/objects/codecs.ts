/**
 * The built-in codecs str.encode / bytes.decode use (Objects/unicodeobject.c
 * and Python/codecs.c): UTF-8 (and -sig), UTF-16, UTF-32 (both byte orders),
 * latin-1 and ASCII, with the standard error handlers. UnicodeEncodeError /
 * UnicodeDecodeError carry CPython's (encoding, object, start, end, reason)
 * and print its messages.
 */
import type { Value } from './base';
import { PyBytes } from './containers';
import { None } from './types';
import { newException, setExcAttr, LookupError, UnicodeEncodeError, UnicodeDecodeError, PyBaseException, typeError } from './exceptions';
import * as A from './abstract';
import { method } from './define';
import { type Str, cpsOf, fromCps, strOf } from './wstr';
import { lazy } from '../util/lazy';
const lazy_names = lazy(() => require('../unicode/names') as typeof import('../unicode/names'));
const lazy_registry = lazy(() => require('../modules/codecs') as typeof import('../modules/codecs'));

type Codec = 'utf-8' | 'utf-8-sig' | 'latin-1' | 'ascii' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

const ALIASES: Record<string, Codec> = {
  'utf-8': 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', 'cp65001': 'utf-8',
  'utf-8-sig': 'utf-8-sig', 'utf8-sig': 'utf-8-sig',
  'latin-1': 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1', '8859': 'latin-1', cp819: 'latin-1', 'iso-ir-100': 'latin-1',
  ascii: 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'ansi-x3.4-1968': 'ascii', 'iso646-us': 'ascii', cp367: 'ascii', us: 'ascii',
  'utf-16': 'utf-16', utf16: 'utf-16', 'u16': 'utf-16', 'utf-16le': 'utf-16-le', 'utf-16-le': 'utf-16-le', 'utf-16be': 'utf-16-be', 'utf-16-be': 'utf-16-be',
  'utf-32': 'utf-32', utf32: 'utf-32', u32: 'utf-32', 'utf-32le': 'utf-32-le', 'utf-32-le': 'utf-32-le', 'utf-32be': 'utf-32-be', 'utf-32-be': 'utf-32-be',
};

/** The built-in codec for an encoding name (encodings.normalize_encoding + the alias table), or null. */
function findCodec(name: string): Codec | null {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return ALIASES[key] ?? ALIASES[key.replace(/-/g, '')] ?? null;
}

/** The codec for an encoding name, or LookupError. */
export function lookupCodec(name: string): Codec {
  const c = findCodec(name);
  if (c === null) throw newException(LookupError, `unknown encoding: ${name}`);
  return c;
}

/** The name CPython's codecs report in errors. */
function codecName(c: Codec): string {
  switch (c) {
    case 'utf-8-sig':
      return 'utf-8';
    case 'latin-1':
      return 'latin-1';
    case 'utf-16-le':
      return 'utf-16-le';
    default:
      return c;
  }
}

function mkError(type: typeof UnicodeEncodeError, enc: string, obj: Value, start: number, end: number, reason: string): PyBaseException {
  const e = newException(type, enc, obj, start, end, reason);
  setExcAttr(e, 'encoding', enc);
  setExcAttr(e, 'object', obj);
  setExcAttr(e, 'start', start);
  setExcAttr(e, 'end', end);
  setExcAttr(e, 'reason', reason);
  return e;
}

// ---------------------------------------------------------------- encoding

class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  ascii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

function backslashEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

function charName(cp: number): string | null {
  try {
    const n = lazy_names() as { nameOf?: (cp: number) => string | null };
    return n.nameOf ? n.nameOf(cp) : null;
  } catch {
    return null;
  }
}

/** str.encode(encoding, errors). */
export function encode(s: Str, encoding: string, errors: string): Value {
  const codec = findCodec(encoding);
  // Any other encoding comes from the codec registry (the encodings package), as in PyUnicode_AsEncodedString.
  if (codec === null) return lazy_registry().encodeText(s, encoding, errors);
  if (typeof s === 'string' && (codec === 'utf-8' || codec === 'utf-8-sig')) {
    const b = Buffer.from(s, 'utf8');
    if (codec === 'utf-8') return new PyBytes(new Uint8Array(b.buffer, b.byteOffset, b.length).slice());
  }
  if (typeof s === 'string' && codec === 'ascii' && /^[\x00-\x7f]*$/.test(s)) {
    return new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  }
  const c = cpsOf(s);
  const out = new ByteSink();
  const name = codecName(codec);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  let big = false;
  let unit = 0;
  if (codec.startsWith('utf-16')) unit = 2;
  else if (codec.startsWith('utf-32')) unit = 4;
  if (codec.endsWith('-be')) big = true;
  if (codec === 'utf-16') out.ascii('\xff\xfe');
  else if (codec === 'utf-32') out.ascii('\xff\xfe\x00\x00');
  else if (codec === 'utf-8-sig') out.ascii('\xef\xbb\xbf');
  const put = (cp: number): void => {
    if (unit === 0) {
      if (limit <= 0x100) out.push(cp);
      else if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) {
        out.push(0xc0 | (cp >> 6));
        out.push(0x80 | (cp & 0x3f));
      } else if (cp < 0x10000) {
        out.push(0xe0 | (cp >> 12));
        out.push(0x80 | ((cp >> 6) & 0x3f));
        out.push(0x80 | (cp & 0x3f));
      } else {
        out.push(0xf0 | (cp >> 18));
        out.push(0x80 | ((cp >> 12) & 0x3f));
        out.push(0x80 | ((cp >> 6) & 0x3f));
        out.push(0x80 | (cp & 0x3f));
      }
    } else if (unit === 2) {
      const units = cp >= 0x10000 ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
      for (const u of units) {
        if (big) {
          out.push(u >> 8);
          out.push(u & 0xff);
        } else {
          out.push(u & 0xff);
          out.push(u >> 8);
        }
      }
    } else {
      const b = [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, cp >>> 24];
      if (big) b.reverse();
      for (const x of b) out.push(x);
    }
  };
  const bad = (cp: number): boolean => cp >= limit || (cp >= 0xd800 && cp <= 0xdfff);
  for (let i = 0; i < c.length; i++) {
    const cp = c[i];
    if (!bad(cp)) {
      put(cp);
      continue;
    }
    let end = i + 1;
    while (end < c.length && bad(c[end])) end++;
    const surrogate = cp >= 0xd800 && cp <= 0xdfff && limit > 0x100;
    const reason = surrogate ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
    if (surrogate) {
      end = i + 1;
      // UTF-16 and UTF-32 report (and hand to the error handler) one surrogate at a time.
      while (unit === 0 && end < c.length && c[end] >= 0xd800 && c[end] <= 0xdfff) end++;
    }
    let next = end;
    switch (errors) {
      case 'strict':
        throw mkError(UnicodeEncodeError, name, fromCps(c), i, end, reason);
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < end; k++) put(0x3f);
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) encodeAscii(out, backslashEscape(c[k]), put);
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) encodeAscii(out, `&#${c[k]};`, put);
        break;
      case 'namereplace':
        for (let k = i; k < end; k++) {
          const n = charName(c[k]);
          encodeAscii(out, n === null ? backslashEscape(c[k]) : `\\N{${n}}`, put);
        }
        break;
      case 'surrogateescape':
        // Its one byte per character is not a whole UTF-16/32 code unit.
        if (unit > 0) throw mkError(UnicodeEncodeError, name, fromCps(c), i, end, reason);
        for (let k = i; k < end; k++) {
          if (c[k] < 0xdc80 || c[k] > 0xdcff) throw mkError(UnicodeEncodeError, name, fromCps(c), k, k + 1, reason);
          out.push(c[k] - 0xdc00);
        }
        break;
      case 'surrogatepass':
        for (let k = i; k < end; k++) {
          if (!(c[k] >= 0xd800 && c[k] <= 0xdfff) || limit <= 0x100) throw mkError(UnicodeEncodeError, name, fromCps(c), k, end, reason);
          put(c[k]);
        }
        break;
      default: {
        // A handler registered with codecs.register_error: bytes go out as they are; text must be
        // ASCII (latin-1 for latin-1), or the original error is raised.
        const [rep, pos] = lazy_registry().encodeErrorHandler(errors, name, fromCps(c), c.length, i, end, reason);
        if (rep instanceof PyBytes) {
          if (unit > 0 && rep.bytes.length % unit !== 0) lazy_registry().encodeErrorRaise(name, fromCps(c), i, end, reason);
          for (const x of rep.bytes) out.push(x);
        } else {
          const rc = cpsOf(strOf(rep)!);
          const ok = limit === 0x100 ? 0x100 : 0x80;
          for (let k = 0; k < rc.length; k++) if (rc[k] >= ok) lazy_registry().encodeErrorRaise(name, fromCps(c), i, end, reason);
          for (let k = 0; k < rc.length; k++) put(rc[k]);
        }
        next = pos;
      }
    }
    i = next - 1;
  }
  return new PyBytes(out.bytes());
}

function encodeAscii(out: ByteSink, text: string, put: (cp: number) => void): void {
  void out;
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
}

// ---------------------------------------------------------------- decoding

/** bytes.decode(encoding, errors) / str(b, encoding, errors). */
export function decode(b: Uint8Array, encoding: string, errors: string): Value {
  const codec = findCodec(encoding);
  if (codec === null) return lazy_registry().decodeText(b, encoding, errors);
  const name = codecName(codec);
  const out: number[] = [];
  /** Apply the error handler to bytes [start, end); returns nothing (or raises). */
  const fail = (start: number, end: number, reason: string): void => {
    switch (errors) {
      case 'strict':
        throw mkError(UnicodeDecodeError, name, new PyBytes(b.slice()), start, end, reason);
      case 'ignore':
        return;
      case 'replace':
        out.push(0xfffd);
        return;
      case 'backslashreplace':
        for (let k = start; k < end; k++) for (const ch of '\\x' + hex(b[k], 2)) out.push(ch.charCodeAt(0));
        return;
      case 'surrogateescape':
        for (let k = start; k < end; k++) {
          if (b[k] < 0x80) throw mkError(UnicodeDecodeError, name, new PyBytes(b.slice()), start, end, reason);
          out.push(0xdc00 + b[k]);
        }
        return;
      default: {
        // A handler registered with codecs.register_error (or a standard one these loops do not do).
        const [rep, pos] = lazy_registry().decodeErrorHandler(errors, name, b, start, end, reason);
        const rc = cpsOf(strOf(rep)!);
        for (let k = 0; k < rc.length; k++) out.push(rc[k]);
        // The handler may resume decoding elsewhere: the loop below starts again from there.
        if (pos !== end) throw new Resume(pos);
      }
    }
  };
  let from = -1;
  for (;;) {
    try {
      return decodeFrom(b, codec, errors, from, out, fail);
    } catch (e) {
      if (!(e instanceof Resume)) throw e;
      from = e.pos;
    }
  }
}

/** Where an error handler told decoding to go on (a position other than the end of the error). */
class Resume {
  constructor(readonly pos: number) {}
}

/** The decoding loops, from the start (from < 0: past a BOM where the codec reads one) or from a handler's position. */
function decodeFrom(b: Uint8Array, codec: Codec, errors: string, from: number, out: number[], fail: (start: number, end: number, reason: string) => void): Value {
  switch (codec) {
    case 'latin-1':
      return fromCps(b);
    case 'ascii':
      for (let i = Math.max(from, 0); i < b.length; i++) {
        if (b[i] < 0x80) out.push(b[i]);
        else fail(i, i + 1, 'ordinal not in range(128)');
      }
      return fromCps(out);
    case 'utf-8':
    case 'utf-8-sig': {
      let i = 0;
      if (codec === 'utf-8-sig' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
      if (from >= 0) i = from;
      else if (i === 0 && isAscii(b)) return fromCps(b);
      decodeUtf8(b, i, out, fail, errors === 'surrogatepass');
      return fromCps(out);
    }
    default: {
      const unit = codec.startsWith('utf-16') ? 2 : 4;
      let big = codec.endsWith('-be');
      let i = 0;
      if (codec === 'utf-16' && b.length >= 2) {
        if (b[0] === 0xff && b[1] === 0xfe) i = 2;
        else if (b[0] === 0xfe && b[1] === 0xff) {
          i = 2;
          big = true;
        }
      } else if (codec === 'utf-32' && b.length >= 4) {
        if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
        else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
          i = 4;
          big = true;
        }
      }
      if (from >= 0) i = from;
      const rd = (k: number): number => {
        if (unit === 2) return big ? (b[k] << 8) | b[k + 1] : b[k] | (b[k + 1] << 8);
        return big ? ((b[k] << 24) | (b[k + 1] << 16) | (b[k + 2] << 8) | b[k + 3]) >>> 0 : (b[k] | (b[k + 1] << 8) | (b[k + 2] << 16) | (b[k + 3] << 24)) >>> 0;
      };
      while (i < b.length) {
        if (i + unit > b.length) {
          fail(i, b.length, 'truncated data');
          break;
        }
        const u = rd(i);
        if (unit === 4) {
          if (u > 0x10ffff) fail(i, i + 4, 'code point not in range(0x110000)');
          else if (u >= 0xd800 && u <= 0xdfff && errors !== 'surrogatepass') fail(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
          else out.push(u);
          i += 4;
          continue;
        }
        if (u < 0xd800 || u > 0xdfff) {
          out.push(u);
          i += 2;
        } else if (u >= 0xdc00) {
          if (errors === 'surrogatepass') out.push(u);
          else fail(i, i + 2, 'illegal encoding');
          i += 2;
        } else if (i + 4 > b.length) {
          if (errors === 'surrogatepass' && i + 2 === b.length) out.push(u);
          else fail(i, b.length, 'unexpected end of data');
          i = b.length;
        } else {
          const v = rd(i + 2);
          if (v >= 0xdc00 && v <= 0xdfff) {
            out.push(0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00));
            i += 4;
          } else {
            if (errors === 'surrogatepass') out.push(u);
            else fail(i, i + 2, 'illegal UTF-16 surrogate');
            i += 2;
          }
        }
      }
      return fromCps(out);
    }
  }
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return false;
  return true;
}

/** UTF-8 decoding with CPython's error spans (the maximal invalid subpart is one error). */
function decodeUtf8(b: Uint8Array, i: number, out: number[], fail: (s: number, e: number, r: string) => void, surrogatePass: boolean): void {
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out.push(c);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed && !surrogatePass) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      fail(i, i + 1, 'invalid start byte');
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n) {
        fail(i, n, 'unexpected end of data');
        return;
      }
      const d = b[j];
      const l = k === 0 ? lo : 0x80;
      const h = k === 0 ? hi : 0xbf;
      if (d < l || d > h) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (d & 0x3f);
    }
    if (!ok) {
      fail(i, j, 'invalid continuation byte');
      i = j;
      continue;
    }
    out.push(cp);
    i = j;
  }
}

// ---------------------------------------------------------------- the Unicode errors' str()

function excAttr(e: Value, name: string): Value {
  return A.getAttr(e, name);
}

function unicodeErrorStr(encodeSide: boolean): (args: Value[]) => Value {
  return (args) => {
    const e = args[0];
    // Not initialised (made by __new__ alone): CPython has no object to describe.
    if (!(e instanceof PyBaseException) || e.fields?.get('object') === undefined) return '';
    // reason and encoding may have been replaced by anything since: their str().
    const reason = A.strValue(A.str(excAttr(e, 'reason')));
    const enc = A.strValue(A.str(excAttr(e, 'encoding')));
    const obj = excAttr(e, 'object');
    const start = Number(A.intValue(excAttr(e, 'start')));
    const end = Number(A.intValue(excAttr(e, 'end')));
    if (encodeSide) {
      const s = strOf(obj);
      const c = s === null ? [] : cpsOf(s);
      if (end === start + 1 && start >= 0 && start < c.length) {
        const cp = c[start];
        const shown = cp < 0x100 ? '\\x' + hex(cp, 2) : cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
        return A.mkStr(`'${enc}' codec can't encode character '${shown}' in position ${start}: ${reason}`);
      }
      return A.mkStr(`'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`);
    }
    const bytes = obj instanceof PyBytes ? obj.bytes : new Uint8Array(0);
    if (end === start + 1 && start >= 0 && start < bytes.length) {
      return A.mkStr(`'${enc}' codec can't decode byte 0x${hex(bytes[start], 2)} in position ${start}: ${reason}`);
    }
    return A.mkStr(`'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
  };
}

if (!UnicodeEncodeError.dict.getStr('__str__')) method(UnicodeEncodeError, '__str__', unicodeErrorStr(true));
if (!UnicodeDecodeError.dict.getStr('__str__')) method(UnicodeDecodeError, '__str__', unicodeErrorStr(false));

export { None, typeError };
