/**
 * _codecs (Modules/_codecsmodule.c, Python/codecs.c): the codec registry
 * (search functions, the lookup cache, names normalised as
 * _Py_normalize_encoding), codecs.encode/decode, the error-handler registry
 * with the standard handlers, and the functions the encodings package's
 * codecs are made of.
 *
 * UTF-8/16/32, latin-1 and ASCII are objects/codecs.ts's (what str.encode
 * and bytes.decode use); here they gain the incremental form (final=False
 * stops before an incomplete sequence and reports what was consumed).
 * charmap, unicode_escape, raw_unicode_escape, escape_*, readbuffer_encode
 * and UTF-7 are here. str.encode/bytes.decode hand any encoding
 * objects/codecs.ts does not know to encodeText/decodeText below (the
 * registry, as PyUnicode_AsEncodedString does), and any error handler
 * name it does not know to the handlers registered here.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyTuple, PyBytes, PyByteArray, PyWStr } from '../objects/containers';
import { PyBuiltin, PyFunction } from '../objects/function';
import { PyType } from '../objects/type';
import { typeType, objectType, None, typeOf, tupleType } from '../objects/types';
import { method, moduleFunction, checkPositional } from '../objects/define';
import {
  PyBaseException, newException, typeError, valueError, LookupError, IndexError, OverflowError,
  UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, DeprecationWarning, RuntimeWarning,
} from '../objects/exceptions';
import { strOf, cpsOf, fromCps, textOf, type Str } from '../objects/wstr';
import * as C from '../objects/codecs';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';
const lazy_memoryview = lazy(() => require('../objects/memoryview_type') as typeof import('../objects/memoryview_type'));
const lazy_builtins = lazy(() => require('./builtins') as typeof import('./builtins'));
const lazy_warnings = lazy(() => require('./warnings') as typeof import('./warnings'));
const lazy_names = lazy(() => require('../unicode/names') as typeof import('../unicode/names'));

// ---------------------------------------------------------------- argument helpers

/** PyCallable_Check. */
function isCallable(v: Value): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== null;
}

function positionalOnly(fname: string, args: Value[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length) typeError(`_codecs.${fname}() takes no keyword arguments`);
  if (min === 1 && max === 1 && args.length !== 1) typeError(`_codecs.${fname}() takes exactly one argument (${args.length} given)`);
  checkPositional(fname, args.length, min, max);
}

function strArg(fname: string, n: number, v: Value): Str {
  const s = strOf(v);
  if (s === null) typeError(`${fname}() argument${n > 0 ? ` ${n}` : ''} must be str, not ${A.typeName(v)}`);
  return s!;
}

function errorsArg(fname: string, n: number, v: Value | undefined): string {
  if (v === undefined || v === None) return 'strict';
  const s = strOf(v);
  if (s === null) typeError(`${fname}() argument ${n} must be str or None, not ${A.typeName(v)}`);
  return textOf(s!);
}

/** A Py_buffer argument ("y*"); with text, a str is taken as its UTF-8 ("s*"). */
function bufferArg(v: Value, text = false): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.view();
  const mv = lazy_memoryview().memoryviewBytes(v);
  if (mv !== null) return mv;
  if (text) {
    const s = strOf(v);
    if (s !== null) return (C.encode(s, 'utf-8', 'surrogatepass') as PyBytes).bytes;
  }
  return typeError(`a bytes-like object is required, not '${A.typeName(v)}'`);
}

/** "bool(accept={int})". */
function intFlag(v: Value | undefined, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  const i = A.intValue(v);
  if (i === null) {
    if (A.floatValue(v) !== null) typeError("'float' object cannot be interpreted as an integer");
    return A.asIndex(v) !== 0;
  }
  return i !== 0 && i !== 0n;
}

/** The 'i' format. */
function cInt(v: Value): number {
  const i = A.intValue(v);
  if (i === null) {
    if (A.floatValue(v) !== null) typeError("'float' object cannot be interpreted as an integer");
    return cInt(A.asIndex(v));
  }
  if (i > 2147483647 || i < -2147483648) throw newException(OverflowError, `signed integer is ${i > 0 ? 'greater than maximum' : 'less than minimum'}`);
  return Number(i);
}

const bytesOf = (b: Uint8Array): PyBytes => new PyBytes(b);
const pair = (a: Value, n: number): PyTuple => new PyTuple([a, n]);

// ---------------------------------------------------------------- the codec registry

const searchPath: Value[] = [];
const searchCache = new Map<string, Value>();
let registryReady = false;

/** _PyCodecRegistry_Init: the first use of the registry imports the encodings package, which registers its search function. */
function ensureRegistry(): void {
  if (registryReady) return;
  registryReady = true;
  A.call(lazy_builtins().builtinsDict.getStr('__import__')!, ['encodings']);
}

/** _Py_normalize_encoding: lower case, every run of characters other than ASCII letters, digits and '.' one '_'. */
export function normalizeEncoding(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name) {
    if (/^[A-Za-z0-9.]$/.test(ch)) {
      if (punct && out !== '') out += '_';
      punct = false;
      out += ch.toLowerCase();
    } else punct = true;
  }
  return out;
}

/** _PyCodec_Lookup. */
export function lookup(encoding: string): Value {
  ensureRegistry();
  const key = normalizeEncoding(encoding);
  const hit = searchCache.get(key);
  if (hit !== undefined) return hit;
  if (searchPath.length === 0) throw newException(LookupError, "no codec search functions registered: can't find encoding");
  for (const fn of searchPath.slice()) {
    const r = A.call(fn, [key]);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4) typeError('codec search functions must return 4-tuples');
    searchCache.set(key, r);
    return r;
  }
  throw newException(LookupError, A.mkStr(`unknown encoding: ${encoding}`));
}

/** Exception types _PyErr_TrySetFromCause may rewrap: builtin ones whose instances carry nothing but args. */
function wrappable(e: PyBaseException): boolean {
  const t = typeOf(e);
  if (t.flags & (1 << 9)) return false;
  if (e.dict !== null && e.dict.size > 0) return false;
  for (const name of ['OSError', 'SyntaxError', 'ImportError', 'StopIteration', 'StopAsyncIteration', 'SystemExit', 'NameError', 'AttributeError', 'BaseExceptionGroup']) {
    for (const b of t.mro) if (b.name === name) return false;
  }
  return t !== UnicodeEncodeError && t !== UnicodeDecodeError && t !== UnicodeTranslateError;
}

/** Call a codec's encoder or decoder; a failure is rewrapped as "encoding with 'x' codec failed (...)". */
function callCodec(fn: Value, obj: Value, errors: string | null, what: string, encoding: string): Value {
  let r: Value;
  try {
    r = A.call(fn, errors === null ? [obj] : [obj, errors]);
  } catch (e) {
    if (e instanceof PyBaseException && wrappable(e)) {
      const t = typeOf(e);
      const w = newException(t, A.mkStr(`${what} with '${encoding}' codec failed (${t.qualname}: ${A.str(e)})`));
      w.cause = e;
      w.suppressContext = true;
      w.traceback = e.traceback;
      throw w;
    }
    throw e;
  }
  if (!(r instanceof PyTuple) || r.items.length !== 2) {
    typeError(what === 'encoding' ? 'encoder must return a tuple (object, integer)' : 'decoder must return a tuple (object,integer)');
  }
  return (r as PyTuple).items[0];
}

/** _PyCodec_LookupTextEncoding: a CodecInfo with _is_text_encoding false is refused. */
function lookupText(encoding: string, alternate: string): PyTuple {
  const codec = lookup(encoding) as PyTuple;
  if (typeOf(codec) !== tupleType) {
    const attr = A.getAttrOrNull(codec, '_is_text_encoding');
    if (attr !== null && !A.isTrue(attr)) {
      throw newException(LookupError, A.mkStr(`'${encoding}' is not a text encoding; use ${alternate} to handle arbitrary codecs`));
    }
  }
  return codec;
}

/** str.encode for an encoding objects/codecs.ts does not have: through the registry (PyUnicode_AsEncodedString). */
export function encodeText(s: Str, encoding: string, errors: string): Value {
  const codec = lookupText(encoding, 'codecs.encode()');
  const v = callCodec(codec.items[0], s, errors === 'strict' ? null : errors, 'encoding', encoding);
  if (v instanceof PyBytes) return v;
  if (v instanceof PyByteArray) {
    lazy_warnings().warn(`encoder ${encoding} returned bytearray instead of bytes; use codecs.encode() to encode to arbitrary types`, RuntimeWarning, 1);
    return new PyBytes(v.view().slice());
  }
  return typeError(`'${encoding}' encoder returned '${A.typeName(v)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
}

/** bytes.decode for an encoding objects/codecs.ts does not have (PyUnicode_Decode). */
export function decodeText(b: Uint8Array, encoding: string, errors: string): Value {
  const codec = lookupText(encoding, 'codecs.decode()');
  // PyUnicode_Decode hands the decoder a memoryview of the bytes.
  const view = A.call(lazy_builtins().builtinsDict.getStr('memoryview')!, [new PyBytes(b)]);
  const v = callCodec(codec.items[1], view, errors === 'strict' ? null : errors, 'decoding', encoding);
  if (!A.isStr(v)) typeError(`'${encoding}' decoder returned '${A.typeName(v)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  return v;
}

// ---------------------------------------------------------------- error handlers

const errorRegistry = new Map<string, Value>();

/** PyCodec_LookupError. */
export function lookupError(name: string): Value {
  const h = errorRegistry.get(name);
  if (h === undefined) throw newException(LookupError, A.mkStr(`unknown error handler name '${name}'`));
  return h;
}

function excInt(exc: Value, name: string): number {
  return Number(A.asIndex(A.getAttr(exc, name)));
}

/** The exception's object with start/end clamped as PyUnicode*Error_GetStart/GetEnd do. */
function excSpan(exc: Value, bytes: boolean): { obj: Value; start: number; end: number; len: number } {
  const obj = A.getAttr(exc, 'object');
  let len: number;
  if (bytes) {
    if (!(obj instanceof PyBytes)) typeError('object attribute must be bytes');
    len = (obj as PyBytes).bytes.length;
  } else {
    const s = strOf(obj);
    if (s === null) typeError('object attribute must be unicode');
    len = cpsOf(s!).length;
  }
  let start = excInt(exc, 'start');
  let end = excInt(exc, 'end');
  if (start < 0) start = 0;
  if (start >= len) start = len === 0 ? 0 : len - 1;
  if (end < 1) end = 1;
  if (end > len) end = len;
  return { obj, start, end, len };
}

const isEnc = (e: Value): boolean => A.isInstance(e, UnicodeEncodeError);
const isDec = (e: Value): boolean => A.isInstance(e, UnicodeDecodeError);
const isTr = (e: Value): boolean => A.isInstance(e, UnicodeTranslateError);

function wrongExc(exc: Value): never {
  if (!(exc instanceof PyBaseException)) typeError(`don't know how to handle ${A.typeName(exc)} in error callback`);
  return typeError(`don't know how to handle ${A.typeName(exc)} in error callback`);
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

function backslashEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** The UTF flavour surrogatepass writes for an encoding name (get_standard_encoding), or null. */
function surrogateEncoding(enc: Value): { unit: number; big: boolean } | null {
  const name = A.isStr(enc) ? A.strValue(enc).toLowerCase() : '';
  let rest: string;
  if (name.startsWith('utf')) {
    rest = name.slice(3);
    if (rest.startsWith('-') || rest.startsWith('_')) rest = rest.slice(1);
  } else if (name === 'cp_utf8') return { unit: 1, big: false };
  else return null;
  switch (rest) {
    case '8':
      return { unit: 1, big: false };
    case '16':
    case '16le':
    case '16-le':
    case '16_le':
      return { unit: 2, big: false };
    case '16be':
    case '16-be':
    case '16_be':
      return { unit: 2, big: true };
    case '32':
    case '32le':
    case '32-le':
    case '32_le':
      return { unit: 4, big: false };
    case '32be':
    case '32-be':
    case '32_be':
      return { unit: 4, big: true };
    default:
      return null;
  }
}

const STANDARD_HANDLERS: [string, string, (exc: Value) => Value][] = [
  ['strict', 'strict_errors', (exc) => {
    if (exc instanceof PyBaseException) throw exc;
    return typeError('codec must pass exception instance');
  }],
  ['ignore', 'ignore_errors', (exc) => {
    if (!isEnc(exc) && !isDec(exc) && !isTr(exc)) wrongExc(exc);
    return pair('', excInt(exc, 'end'));
  }],
  ['replace', 'replace_errors', (exc) => {
    if (isEnc(exc)) {
      const { start, end } = excSpan(exc, false);
      return pair('?'.repeat(Math.max(0, end - start)), end);
    }
    if (isDec(exc)) {
      const { end } = excSpan(exc, true);
      return pair('\ufffd', end);
    }
    if (isTr(exc)) {
      const { start, end } = excSpan(exc, false);
      return pair('\ufffd'.repeat(Math.max(0, end - start)), end);
    }
    return wrongExc(exc);
  }],
  ['backslashreplace', 'backslashreplace_errors', (exc) => {
    if (isDec(exc)) {
      const { obj, start, end } = excSpan(exc, true);
      const b = (obj as PyBytes).bytes;
      let out = '';
      for (let i = start; i < end; i++) out += '\\x' + hex(b[i], 2);
      return pair(out, end);
    }
    if (!isEnc(exc) && !isTr(exc)) wrongExc(exc);
    const { obj, start, end } = excSpan(exc, false);
    const c = cpsOf(strOf(obj)!);
    let out = '';
    for (let i = start; i < end; i++) out += backslashEscape(c[i]);
    return pair(out, end);
  }],
  ['xmlcharrefreplace', 'xmlcharrefreplace_errors', (exc) => {
    if (!isEnc(exc)) wrongExc(exc);
    const { obj, start, end } = excSpan(exc, false);
    const c = cpsOf(strOf(obj)!);
    let out = '';
    for (let i = start; i < end; i++) out += `&#${c[i]};`;
    return pair(out, end);
  }],
  ['namereplace', 'namereplace_errors', (exc) => {
    if (!isEnc(exc)) wrongExc(exc);
    const { obj, start, end } = excSpan(exc, false);
    const c = cpsOf(strOf(obj)!);
    let out = '';
    for (let i = start; i < end; i++) {
      const n = lazy_names().nameOf(c[i]);
      out += n === null ? backslashEscape(c[i]) : `\\N{${n}}`;
    }
    return pair(out, end);
  }],
  ['surrogateescape', 'surrogateescape', (exc) => {
    if (isDec(exc)) {
      const { obj, start, end } = excSpan(exc, true);
      const b = (obj as PyBytes).bytes;
      const out: number[] = [];
      for (let i = start; i < end && i < start + 4; i++) {
        if (b[i] < 128) break;
        out.push(0xdc00 + b[i]);
      }
      if (out.length === 0) throw exc;
      return pair(fromCps(out), start + out.length);
    }
    if (!isEnc(exc)) wrongExc(exc);
    const { obj, start, end } = excSpan(exc, false);
    const c = cpsOf(strOf(obj)!);
    const out = new Uint8Array(Math.max(0, end - start));
    for (let i = start; i < end; i++) {
      if (c[i] < 0xdc80 || c[i] > 0xdcff) throw exc;
      out[i - start] = c[i] - 0xdc00;
    }
    return pair(bytesOf(out), end);
  }],
  ['surrogatepass', 'surrogatepass', (exc) => {
    if (isEnc(exc)) {
      const { obj, start, end } = excSpan(exc, false);
      const kind = surrogateEncoding(A.getAttr(exc, 'encoding'));
      if (kind === null) throw exc;
      const c = cpsOf(strOf(obj)!);
      const out: number[] = [];
      for (let i = start; i < end; i++) {
        const cp = c[i];
        if (cp < 0xd800 || cp > 0xdfff) throw exc;
        if (kind.unit === 1) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
        else if (kind.unit === 2) out.push(...(kind.big ? [cp >> 8, cp & 0xff] : [cp & 0xff, cp >> 8]));
        else out.push(...(kind.big ? [0, 0, cp >> 8, cp & 0xff] : [cp & 0xff, cp >> 8, 0, 0]));
      }
      return pair(bytesOf(Uint8Array.from(out)), end);
    }
    if (isDec(exc)) {
      const { obj, start } = excSpan(exc, true);
      const kind = surrogateEncoding(A.getAttr(exc, 'encoding'));
      if (kind === null) throw exc;
      const b = (obj as PyBytes).bytes;
      let cp = 0;
      if (b.length - start < (kind.unit === 1 ? 3 : kind.unit)) throw exc;
      if (kind.unit === 1) {
        if ((b[start] & 0xf0) !== 0xe0 || (b[start + 1] & 0xc0) !== 0x80 || (b[start + 2] & 0xc0) !== 0x80) throw exc;
        cp = ((b[start] & 0x0f) << 12) | ((b[start + 1] & 0x3f) << 6) | (b[start + 2] & 0x3f);
      } else if (kind.unit === 2) cp = kind.big ? (b[start] << 8) | b[start + 1] : b[start] | (b[start + 1] << 8);
      else cp = kind.big ? (b[start + 2] << 8) | b[start + 3] | (b[start] << 24) | (b[start + 1] << 16) : b[start] | (b[start + 1] << 8) | (b[start + 2] << 16) | (b[start + 3] << 24);
      if (cp < 0xd800 || cp > 0xdfff) throw exc;
      return pair(fromCps([cp]), start + (kind.unit === 1 ? 3 : kind.unit));
    }
    return wrongExc(exc);
  }],
];
for (const [name, fname, fn] of STANDARD_HANDLERS) {
  errorRegistry.set(name, new PyBuiltin(fname, (args, kw) => {
    if (kw !== null && kw.length) typeError(`${fname}() takes no keyword arguments`);
    if (args.length !== 1) typeError(`${fname}() takes exactly one argument (${args.length} given)`);
    return fn(args[0]);
  }, null, fname, null, '_codecs'));
}

function newUnicodeError(type: PyType, args: Value[]): PyBaseException {
  return A.call(type, args) as PyBaseException;
}

/** Result position of an error handler: negative counts from the end; outside the input is an IndexError. */
function handlerPos(pos: Value, len: number): number {
  let p = Number(A.asIndex(pos));
  if (p < 0) p += len;
  if (p < 0 || p > len) throw newException(IndexError, `position ${p} from error handler out of bounds`);
  return p;
}

/** unicode_decode_call_errorhandler: the replacement text and where decoding goes on. */
export function decodeErrorHandler(errors: string, encoding: string, input: Uint8Array, start: number, end: number, reason: string): [Value, number] {
  const exc = newUnicodeError(UnicodeDecodeError, [encoding, new PyBytes(input), start, end, reason]);
  if (errors === 'strict') throw exc;
  const r = A.call(lookupError(errors), [exc]);
  if (!(r instanceof PyTuple) || r.items.length !== 2 || !A.isStr(r.items[0]) || A.intValue(r.items[1]) === null) {
    typeError('decoding error handler must return (str, int) tuple');
  }
  const t = r as PyTuple;
  return [t.items[0], handlerPos(t.items[1], input.length)];
}

/** unicode_encode_call_errorhandler: the replacement (str or bytes) and where encoding goes on. */
export function encodeErrorHandler(errors: string, encoding: string, input: Value, len: number, start: number, end: number, reason: string): [Value, number] {
  const exc = newUnicodeError(UnicodeEncodeError, [encoding, input, start, end, reason]);
  if (errors === 'strict') throw exc;
  const r = A.call(lookupError(errors), [exc]);
  if (!(r instanceof PyTuple) || r.items.length !== 2 || !(A.isStr(r.items[0]) || r.items[0] instanceof PyBytes) || A.intValue(r.items[1]) === null) {
    typeError('encoding error handler must return (str/bytes, int) tuple');
  }
  const t = r as PyTuple;
  return [t.items[0], handlerPos(t.items[1], len)];
}

/** The encode error of objects/codecs.ts's codecs, raised again for a replacement it cannot write. */
export function encodeErrorRaise(encoding: string, input: Value, start: number, end: number, reason: string): never {
  throw newUnicodeError(UnicodeEncodeError, [encoding, input, start, end, reason]);
}

/** Decoding with an error-handler callback into a code-point list (the decoders written here). */
class Decoder {
  out: number[] = [];
  constructor(
    readonly input: Uint8Array,
    readonly errors: string,
    readonly encoding: string,
  ) {}
  /** Handle an error over [start, end); returns where to go on. */
  error(start: number, end: number, reason: string): number {
    if (this.errors === 'ignore') return end;
    if (this.errors === 'replace') {
      this.out.push(0xfffd);
      return end;
    }
    const [rep, pos] = decodeErrorHandler(this.errors, this.encoding, this.input, start, end, reason);
    const c = cpsOf(strOf(rep)!);
    for (let i = 0; i < c.length; i++) this.out.push(c[i]);
    return pos;
  }
  result(): Value {
    return fromCps(this.out);
  }
}

// ---------------------------------------------------------------- UTF-8/16/32, latin-1, ASCII (incremental forms)

/** Where an incomplete but so far valid UTF-8 sequence at the end begins (b.length when there is none). */
function utf8Tail(b: Uint8Array, from: number): number {
  const n = b.length;
  for (let k = 1; k <= 3 && n - k >= from; k++) {
    const c = b[n - k];
    if ((c & 0xc0) === 0x80) continue;
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return n;
    if (k > need) return n;
    // A truncated surrogate (ED A0..BF) waits too: the next call may bring a surrogatepass handler its third byte.
    if (k === 2 && c === 0xed && b[n - 1] >= 0xa0 && b[n - 1] <= 0xbf) return n - k;
    if (k >= 2 && (b[n - k + 1] < lo || b[n - k + 1] > hi)) return n;
    return n - k;
  }
  return n;
}

function utfDecode(fname: string, codec: string, args: Value[], kw: string[] | null, exFlavour: boolean): Value {
  positionalOnly(fname, args, kw, 1, exFlavour ? 4 : 3);
  const b = bufferArg(args[0]);
  const errors = errorsArg(fname, 2, args[1]);
  let byteorder = 0;
  let finalArg: Value | undefined = args[2];
  if (exFlavour) {
    byteorder = args.length > 2 ? cInt(args[2]) : 0;
    finalArg = args[3];
  }
  const final = intFlag(finalArg, false);
  let name = codec;
  let start = 0;
  let detected = byteorder;
  const unit = codec.startsWith('utf-16') ? 2 : codec.startsWith('utf-32') ? 4 : 1;
  if (exFlavour || codec === 'utf-16' || codec === 'utf-32') {
    if (byteorder === 0 && unit > 1) {
      // The byte order mark decides, when there is one; without one, little-endian.
      if (b.length < unit && !final) return exFlavour ? new PyTuple(['', 0, 0]) : pair('', 0);
      if (unit === 2 && b[0] === 0xff && b[1] === 0xfe) [start, detected] = [2, -1];
      else if (unit === 2 && b[0] === 0xfe && b[1] === 0xff) [start, detected] = [2, 1];
      else if (unit === 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) [start, detected] = [4, -1];
      else if (unit === 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) [start, detected] = [4, 1];
    }
    const order = detected === 1 ? 'be' : 'le';
    name = `utf-${unit * 8}-${order}`;
  }
  let cut = b.length;
  if (!final) {
    if (unit === 1) cut = utf8Tail(b, start);
    else {
      cut = b.length - ((b.length - start) % unit);
      if (unit === 2 && cut - 2 >= start) {
        const big = name.endsWith('be');
        const u = big ? (b[cut - 2] << 8) | b[cut - 1] : b[cut - 2] | (b[cut - 1] << 8);
        if (u >= 0xd800 && u <= 0xdbff) cut -= 2;
      }
    }
  }
  const s = decodeBuiltin(b, start, cut, name, errors);
  return exFlavour ? new PyTuple([s, cut, detected]) : pair(s, cut);
}

/**
 * objects/codecs.ts's decoder over b[start, cut) (past a byte order mark, short of an incomplete
 * tail); its UnicodeDecodeError is made to speak of the whole input, as CPython's does.
 */
function decodeBuiltin(b: Uint8Array, start: number, cut: number, name: string, errors: string): Value {
  try {
    return C.decode(b.slice(start, cut), name, errors);
  } catch (e) {
    if (e instanceof PyBaseException && typeOf(e) === UnicodeDecodeError && (start > 0 || cut < b.length)) {
      const d = e.fields!;
      const whole = new PyBytes(b.slice());
      const s0 = Number(A.asIndex(d.get('start')!)) + start;
      const e0 = Number(A.asIndex(d.get('end')!)) + start;
      d.set('object', whole);
      d.set('start', s0);
      d.set('end', e0);
      e.args = new PyTuple([d.get('encoding')!, whole, s0, e0, d.get('reason')!]);
    }
    throw e;
  }
}

function utfEncode(fname: string, codec: string, args: Value[], kw: string[] | null, withOrder: boolean): Value {
  positionalOnly(fname, args, kw, 1, withOrder ? 3 : 2);
  const s = strArg(fname, 1, args[0]);
  const errors = errorsArg(fname, 2, args[1]);
  let name = codec;
  if (withOrder && args.length > 2) {
    const order = cInt(args[2]);
    if (order < 0) name = `${codec}-le`;
    else if (order > 0) name = `${codec}-be`;
  }
  return pair(C.encode(s, name, errors), cpsOf(s).length);
}

// ---------------------------------------------------------------- charmap

const encodingMapType = new PyType(typeType, 'EncodingMap', [objectType], 0);

class PyEncodingMap extends PyObject {
  constructor(readonly map: Map<number, number>) {
    super(encodingMapType);
  }
}
method(encodingMapType, 'size', (args) => {
  const m = (args[0] as PyEncodingMap).map;
  // encoding_map_size: the three-level table's bytes (level1 32, level2 16*count2, level3 128*count3).
  const level2 = new Set<number>();
  const level3 = new Set<number>();
  for (const cp of m.keys()) {
    level2.add(cp >> 11);
    level3.add(cp >> 7);
  }
  return 32 + 16 * level2.size + 128 * level3.size;
});

/** PyUnicode_BuildEncodingMap: a 256-entry decoding table becomes an EncodingMap, anything else a dict. */
function charmapBuild(s: Str): Value {
  const c = cpsOf(s);
  let needDict = c.length !== 256 || c[0] !== 0;
  for (let i = 1; i < c.length && !needDict; i++) if (c[i] === 0 || c[i] > 0xffff) needDict = true;
  if (needDict) {
    const d = new PyDict();
    for (let i = 0; i < c.length; i++) d.set(c[i], i);
    return d;
  }
  const m = new Map<number, number>();
  for (let i = 0; i < c.length; i++) if (c[i] !== 0xfffe) m.set(c[i], i);
  return new PyEncodingMap(m);
}

function charmapDecode(b: Uint8Array, errors: string, mapping: Value): Value {
  if (mapping === None) return C.decode(b.slice(), 'latin-1', errors);
  const d = new Decoder(b, errors, 'charmap');
  const table = typeof mapping === 'string' || mapping instanceof PyWStr ? cpsOf(mapping) : null;
  let i = 0;
  while (i < b.length) {
    const byte = b[i];
    if (table !== null) {
      const cp = byte < table.length ? table[byte] : 0xfffe;
      if (cp === 0xfffe) i = d.error(i, i + 1, 'character maps to <undefined>');
      else {
        d.out.push(cp);
        i++;
      }
      continue;
    }
    let v: Value | null;
    try {
      v = A.getItem(mapping, byte);
    } catch (e) {
      if (e instanceof PyBaseException && A.isInstance(e, LookupError)) v = null;
      else throw e;
    }
    if (v === null || v === None) {
      i = d.error(i, i + 1, 'character maps to <undefined>');
      continue;
    }
    const n = A.intValue(v);
    if (n !== null && typeof v !== 'string') {
      if (n < 0 || n > 0x10ffff) typeError('character mapping must be in range(0x110000)');
      if (n === 0xfffe) {
        i = d.error(i, i + 1, 'character maps to <undefined>');
        continue;
      }
      d.out.push(Number(n));
    } else if (A.isStr(v)) {
      const c = cpsOf(strOf(v)!);
      if (c.length === 1 && c[0] === 0xfffe) {
        i = d.error(i, i + 1, 'character maps to <undefined>');
        continue;
      }
      for (let k = 0; k < c.length; k++) d.out.push(c[k]);
    } else typeError('character mapping must return integer, None or str');
    i++;
  }
  return d.result();
}

/** One character through an encoding mapping: its bytes, or null when it maps to nothing. */
function charmapLookup(mapping: Value, cp: number): number[] | null {
  if (mapping instanceof PyEncodingMap) {
    const v = mapping.map.get(cp);
    return v === undefined ? null : [v];
  }
  let v: Value;
  try {
    v = A.getItem(mapping, cp);
  } catch (e) {
    if (e instanceof PyBaseException && A.isInstance(e, LookupError)) return null;
    throw e;
  }
  if (v === None) return null;
  const n = A.intValue(v);
  if (n !== null) {
    if (n < 0 || n > 255) typeError('character mapping must be in range(256)');
    return [Number(n)];
  }
  if (v instanceof PyBytes) return Array.from(v.bytes);
  return typeError(`character mapping must return integer, bytes or None, not ${A.typeName(v)}`);
}

function charmapEncode(s: Str, errors: string, mapping: Value): Value {
  if (mapping === None) return C.encode(s, 'latin-1', errors);
  const c = cpsOf(s);
  const out: number[] = [];
  const reason = 'character maps to <undefined>';
  let i = 0;
  while (i < c.length) {
    const r = charmapLookup(mapping, c[i]);
    if (r !== null) {
      out.push(...r);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < c.length && charmapLookup(mapping, c[end]) === null) end++;
    // Replacement text goes through the mapping too; a character it cannot map raises the original error.
    const putText = (text: ArrayLike<number>): void => {
      for (let k = 0; k < text.length; k++) {
        const rr = charmapLookup(mapping, text[k]);
        if (rr === null) encodeErrorRaise('charmap', fromCps(c), i, end, reason);
        out.push(...rr!);
      }
    };
    switch (errors) {
      case 'strict':
        encodeErrorRaise('charmap', fromCps(c), i, end, reason);
        break;
      case 'ignore':
        i = end;
        break;
      case 'replace':
        for (let k = i; k < end; k++) putText([0x3f]);
        i = end;
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) putText(Array.from(`&#${c[k]};`, (ch) => ch.charCodeAt(0)));
        i = end;
        break;
      default: {
        const [rep, pos] = encodeErrorHandler(errors, 'charmap', fromCps(c), c.length, i, end, reason);
        if (rep instanceof PyBytes) out.push(...rep.bytes);
        else putText(cpsOf(strOf(rep)!));
        i = pos;
      }
    }
  }
  return bytesOf(Uint8Array.from(out));
}

// ---------------------------------------------------------------- unicode_escape, raw_unicode_escape

function unicodeEscapeEncode(s: Str, raw: boolean): Uint8Array {
  const c = cpsOf(s);
  const out: number[] = [];
  const put = (t: string): void => {
    for (let i = 0; i < t.length; i++) out.push(t.charCodeAt(i));
  };
  for (let i = 0; i < c.length; i++) {
    const cp = c[i];
    if (raw) {
      if (cp < 0x100) out.push(cp);
      else put(cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8));
      continue;
    }
    if (cp === 0x5c) put('\\\\');
    else if (cp === 9) put('\\t');
    else if (cp === 10) put('\\n');
    else if (cp === 13) put('\\r');
    else if (cp >= 0x20 && cp < 0x7f) out.push(cp);
    else put(backslashEscape(cp));
  }
  return Uint8Array.from(out);
}

const HEX = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);

/** _PyUnicode_DecodeUnicodeEscapeInternal with its stateful end; returns [str, consumed, first invalid escape or -1]. */
function unicodeEscapeDecode(b: Uint8Array, errors: string, final: boolean): [Value, number, number] {
  const d = new Decoder(b, errors, 'unicodeescape');
  const n = b.length;
  let firstInvalid = -1;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c) {
      d.out.push(c);
      i++;
      continue;
    }
    const start = i;
    if (i + 1 >= n) {
      if (!final) return [d.result(), start, firstInvalid];
      i = d.error(start, n, '\\ at end of string');
      continue;
    }
    const e = b[i + 1];
    i += 2;
    const simple: Record<number, number> = { 0x0a: -1, 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x62: 8, 0x66: 12, 0x74: 9, 0x6e: 10, 0x72: 13, 0x76: 11, 0x61: 7 };
    if (e in simple) {
      if (simple[e] >= 0) d.out.push(simple[e]);
      continue;
    }
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + (b[i++] - 0x30);
      if (v > 0o377 && firstInvalid < 0) firstInvalid = start;
      d.out.push(v);
      continue;
    }
    let count = 0;
    let what = '';
    if (e === 0x78) [count, what] = [2, 'truncated \\xXX escape'];
    else if (e === 0x75) [count, what] = [4, 'truncated \\uXXXX escape'];
    else if (e === 0x55) [count, what] = [8, 'truncated \\UXXXXXXXX escape'];
    if (count > 0) {
      let v = 0;
      let k = 0;
      for (; k < count && i < n; k++, i++) {
        const h = HEX(b[i]);
        if (h < 0) break;
        v = v * 16 + h;
      }
      if (k < count) {
        if (!final && i >= n) return [d.result(), start, firstInvalid];
        i = d.error(start, i, what);
        continue;
      }
      if (v > 0x10ffff) {
        i = d.error(start, i, 'illegal Unicode character');
        continue;
      }
      d.out.push(v);
      continue;
    }
    if (e === 0x4e) {
      // \N{name}
      const message = 'malformed \\N character escape';
      if (i < n && b[i] === 0x7b) {
        let j = i + 1;
        while (j < n && b[j] !== 0x7d) j++;
        if (j < n && j > i + 1) {
          const name = Buffer.from(b.subarray(i + 1, j)).toString('latin1');
          let cp = -1;
          try {
            cp = lazy_names().lookupName(name);
          } catch {
            cp = -1;
          }
          if (cp >= 0) {
            d.out.push(cp);
            i = j + 1;
            continue;
          }
          i = d.error(start, j + 1, 'unknown Unicode character name');
          continue;
        }
        if (j >= n && !final) return [d.result(), start, firstInvalid];
        i = d.error(start, j < n ? j + 1 : n, message);
        continue;
      }
      if (i >= n && !final) return [d.result(), start, firstInvalid];
      i = d.error(start, i, message);
      continue;
    }
    if (firstInvalid < 0) firstInvalid = start;
    d.out.push(0x5c, e);
  }
  return [d.result(), n, firstInvalid];
}

function rawUnicodeEscapeDecode(b: Uint8Array, errors: string, final: boolean): [Value, number] {
  const d = new Decoder(b, errors, 'rawunicodeescape');
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c) {
      d.out.push(c);
      i++;
      continue;
    }
    // An escape only after an odd run of backslashes: the others stand for themselves.
    const start = i;
    let j = i;
    while (j < n && b[j] === 0x5c) j++;
    const run = j - i;
    for (let k = 0; k < run - 1; k++) d.out.push(0x5c);
    i = j - 1;
    if (run % 2 === 0) {
      d.out.push(0x5c);
      i = j;
      continue;
    }
    if (i + 1 >= n) {
      if (!final) return [d.result(), i];
      d.out.push(0x5c);
      i++;
      continue;
    }
    const e = b[i + 1];
    if (e !== 0x75 && e !== 0x55) {
      d.out.push(0x5c);
      i++;
      continue;
    }
    const escStart = i;
    void start;
    const count = e === 0x75 ? 4 : 8;
    i += 2;
    let v = 0;
    let k = 0;
    for (; k < count && i < n; k++, i++) {
      const h = HEX(b[i]);
      if (h < 0) break;
      v = v * 16 + h;
    }
    if (k < count) {
      if (!final && i >= n) return [d.result(), escStart];
      i = d.error(escStart, i, e === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape');
      continue;
    }
    if (v > 0x10ffff) {
      i = d.error(escStart, i, '\\Uxxxxxxxx out of range');
      continue;
    }
    d.out.push(v);
  }
  return [d.result(), n];
}

/** The DeprecationWarning for the first bad escape (the backslash at b[at]): an octal one above \377 or an unknown letter. */
function warnInvalidEscape(b: Uint8Array, at: number): void {
  const c = b[at + 1];
  const text = c >= 0x30 && c <= 0x37
    ? `invalid octal escape sequence '\\${Buffer.from(b.subarray(at + 1, at + 4)).toString('latin1')}'`
    : `invalid escape sequence '\\${String.fromCharCode(c)}'`;
  lazy_warnings().warn(text, DeprecationWarning, 1);
}

// ---------------------------------------------------------------- escape_encode / escape_decode (bytes)

function escapeEncode(b: Uint8Array): Uint8Array {
  const out: number[] = [];
  const put = (t: string): void => {
    for (let i = 0; i < t.length; i++) out.push(t.charCodeAt(i));
  };
  for (const c of b) {
    if (c === 0x5c || c === 0x27) put('\\' + String.fromCharCode(c));
    else if (c === 9) put('\\t');
    else if (c === 10) put('\\n');
    else if (c === 13) put('\\r');
    else if (c < 0x20 || c >= 0x7f) put('\\x' + hex(c, 2));
    else out.push(c);
  }
  return Uint8Array.from(out);
}

function escapeDecode(b: Uint8Array, errors: string): Uint8Array {
  const out: number[] = [];
  const n = b.length;
  let firstInvalid = -1;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c) {
      out.push(c);
      i++;
      continue;
    }
    i++;
    if (i >= n) valueError('Trailing \\ in string');
    const e = b[i++];
    const simple: Record<number, number> = { 0x0a: -1, 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x62: 8, 0x66: 12, 0x74: 9, 0x6e: 10, 0x72: 13, 0x76: 11, 0x61: 7 };
    if (e in simple) {
      if (simple[e] >= 0) out.push(simple[e]);
      continue;
    }
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + (b[i++] - 0x30);
      if (v > 0o377 && firstInvalid < 0) firstInvalid = i - 4;
      out.push(v & 0xff);
      continue;
    }
    if (e === 0x78) {
      if (i + 1 < n && HEX(b[i]) >= 0 && HEX(b[i + 1]) >= 0) {
        out.push(HEX(b[i]) * 16 + HEX(b[i + 1]));
        i += 2;
        continue;
      }
      if (errors === 'strict') valueError(`invalid \\x escape at position ${i - 2}`);
      if (errors === 'replace') out.push(0x3f);
      else if (errors !== 'ignore') valueError(`decoding error; unknown error handling code: ${errors}`);
      // The bad escape's hex digits are skipped with it.
      if (i < n && HEX(b[i]) >= 0) i++;
      continue;
    }
    if (firstInvalid < 0) firstInvalid = i - 2;
    out.push(0x5c);
    i--;
  }
  if (firstInvalid >= 0) warnInvalidEscape(b, firstInvalid);
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- UTF-7

/** RFC 2152 character classes: 0 direct, 1 optional direct, 2 white space, 3 base64-encoded only. */
const UTF7_CATEGORY = [
  3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const isBase64 = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
const fromBase64 = (c: number): number => B64.indexOf(String.fromCharCode(c));
const encodeDirect = (c: number): boolean => c > 0 && c < 128 && UTF7_CATEGORY[c] !== 3;

function utf7Encode(s: Str): Uint8Array {
  const c = cpsOf(s);
  const out: number[] = [];
  let inShift = false;
  let bits = 0;
  let buf = 0;
  const emit = (): void => {
    while (bits >= 6) {
      out.push(B64.charCodeAt((buf >> (bits - 6)) & 0x3f));
      bits -= 6;
    }
    buf &= (1 << bits) - 1;
  };
  const encodeChar = (ch: number): void => {
    if (ch >= 0x10000) {
      bits += 16;
      buf = (buf << 16) | (0xd800 + ((ch - 0x10000) >> 10));
      emit();
      ch = 0xdc00 + ((ch - 0x10000) & 0x3ff);
    }
    bits += 16;
    buf = (buf << 16) | ch;
    emit();
  };
  for (let i = 0; i < c.length; i++) {
    const ch = c[i];
    if (inShift) {
      if (encodeDirect(ch)) {
        if (bits) {
          out.push(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
          buf = 0;
          bits = 0;
        }
        inShift = false;
        // A character outside the base64 set ends the shift by itself; '-' and base64 ones need the '-'.
        if (isBase64(ch) || ch === 0x2d) out.push(0x2d);
        out.push(ch);
      } else encodeChar(ch);
    } else if (ch === 0x2b) out.push(0x2b, 0x2d);
    else if (encodeDirect(ch)) out.push(ch);
    else {
      out.push(0x2b);
      inShift = true;
      encodeChar(ch);
    }
  }
  if (bits) out.push(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
  if (inShift) out.push(0x2d);
  return Uint8Array.from(out);
}

function utf7Decode(b: Uint8Array, errors: string, final: boolean): [Value, number] {
  const d = new Decoder(b, errors, 'utf7');
  const e = b.length;
  let inShift = false;
  let bits = 0;
  let buf = 0;
  let surrogate = 0;
  let startinpos = 0;
  let shiftOutStart = 0;
  let s = 0;
  const fail = (end: number, msg: string): void => {
    s = d.error(startinpos, end, msg);
  };
  for (;;) {
    while (s < e) {
      const ch = b[s];
      if (inShift) {
        if (isBase64(ch)) {
          buf = (buf << 6) | fromBase64(ch);
          bits += 6;
          s++;
          if (bits >= 16) {
            const outCh = (buf >> (bits - 16)) & 0xffff;
            bits -= 16;
            buf &= (1 << bits) - 1;
            if (surrogate) {
              if (outCh >= 0xdc00 && outCh <= 0xdfff) {
                d.out.push(0x10000 + ((surrogate - 0xd800) << 10) + (outCh - 0xdc00));
                surrogate = 0;
                continue;
              }
              d.out.push(surrogate);
              surrogate = 0;
            }
            if (outCh >= 0xd800 && outCh <= 0xdbff) surrogate = outCh;
            else d.out.push(outCh);
          }
        } else {
          inShift = false;
          if (bits > 6) {
            s++;
            fail(s, 'partial character in shift sequence');
            continue;
          }
          if (bits > 0 && buf !== 0) {
            s++;
            fail(s, 'non-zero padding bits in shift sequence');
            continue;
          }
          if (surrogate && ch <= 127 && ch !== 0x2b) d.out.push(surrogate);
          surrogate = 0;
          if (ch === 0x2d) s++;
        }
      } else if (ch === 0x2b) {
        startinpos = s;
        s++;
        if (s < e && b[s] === 0x2d) {
          s++;
          d.out.push(0x2b);
        } else if (s < e && !isBase64(b[s])) {
          s++;
          fail(s, 'ill-formed sequence');
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = d.out.length;
          bits = 0;
          buf = 0;
        }
      } else if (ch <= 127) {
        s++;
        d.out.push(ch);
      } else {
        startinpos = s;
        s++;
        fail(s, 'unexpected special character');
      }
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate || bits >= 6 || (bits > 0 && buf !== 0)) {
        fail(e, 'unterminated shift sequence');
        if (s < e) continue;
      }
    }
    break;
  }
  if (!final && inShift) {
    d.out.length = shiftOutStart;
    return [d.result(), startinpos];
  }
  return [d.result(), s];
}

// ---------------------------------------------------------------- the module

function create(): ReturnType<typeof newModule> {
  const m = newModule('_codecs');
  const d = m.dict;
  const F = (name: string, fn: (args: Value[], kw: string[] | null) => Value, doc: string | null = null): void => {
    moduleFunction(d, '_codecs', name, fn, doc);
  };

  F('register', (args, kw) => {
    positionalOnly('register', args, kw, 1, 1);
    if (!isCallable(args[0])) typeError('argument must be callable');
    ensureRegistry();
    searchPath.push(args[0]);
    return None;
  }, 'Register a codec search function.\n\nSearch functions are expected to take one argument, the encoding name in\nall lower case letters, and either return None, or a tuple of functions\n(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object).');
  F('unregister', (args, kw) => {
    positionalOnly('unregister', args, kw, 1, 1);
    const i = searchPath.indexOf(args[0]);
    if (i >= 0) {
      searchCache.clear();
      searchPath.splice(i, 1);
    }
    return None;
  }, 'Unregister a codec search function and clear the registry\'s cache.\n\nIf the search function is not registered, do nothing.');
  F('lookup', (args, kw) => {
    positionalOnly('lookup', args, kw, 1, 1);
    const s = strOf(args[0]);
    if (s === null) typeError(`lookup() argument must be str, not ${A.typeName(args[0])}`);
    return lookup(textOf(s!));
  }, 'Looks up a codec tuple in the Python codec registry and returns a CodecInfo object.');
  const encodeDecode = (name: string, enc: boolean) => (args: Value[], kw: string[] | null): Value => {
    const n = kw === null ? args.length : args.length - kw.length;
    if (n > 3) typeError(`${name}() takes at most 3 arguments (${n} given)`);
    const slots: (Value | null)[] = [args[0] ?? null, n > 1 ? args[1] : null, n > 2 ? args[2] : null];
    if (kw !== null) {
      kw.forEach((k, i) => {
        const j = ['obj', 'encoding', 'errors'].indexOf(k);
        if (j < 0) typeError(`'${k}' is an invalid keyword argument for ${name}()`);
        if (slots[j] !== null && j < n) typeError(`argument for ${name}() given by name ('${k}') and position (${j + 1})`);
        slots[j] = args[n + i];
      });
    }
    if (slots[0] === null) typeError(`${name}() missing required argument 'obj' (pos 1)`);
    const encoding = slots[1] === null ? 'utf-8' : (() => {
      const s = strOf(slots[1]!);
      if (s === null) typeError(`${name}() argument 'encoding' must be str, not ${A.typeName(slots[1]!)}`);
      return textOf(s!);
    })();
    let errors: string | null = null;
    if (slots[2] !== null) {
      const s = strOf(slots[2]);
      if (s === null) typeError(`${name}() argument 'errors' must be str, not ${A.typeName(slots[2])}`);
      errors = textOf(s!);
    }
    const codec = lookup(encoding) as PyTuple;
    return callCodec(codec.items[enc ? 0 : 1], slots[0]!, errors, enc ? 'encoding' : 'decoding', encoding);
  };
  F('encode', encodeDecode('encode', true), 'Encodes obj using the codec registered for encoding.\n\nThe default encoding is \'utf-8\'.  errors may be given to set a\ndifferent error handling scheme.  Default is \'strict\' meaning that encoding\nerrors raise a ValueError.  Other possible values are \'ignore\', \'replace\'\nand \'backslashreplace\' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.');
  F('decode', encodeDecode('decode', false), 'Decodes obj using the codec registered for encoding.\n\nDefault encoding is \'utf-8\'.  errors may be given to set a\ndifferent error handling scheme.  Default is \'strict\' meaning that encoding\nerrors raise a ValueError.  Other possible values are \'ignore\', \'replace\'\nand \'backslashreplace\' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.');

  F('register_error', (args, kw) => {
    positionalOnly('register_error', args, kw, 2, 2);
    const name = strArg('register_error', 1, args[0]);
    if (!isCallable(args[1])) typeError('handler must be callable');
    errorRegistry.set(textOf(name), args[1]);
    return None;
  }, 'Register the specified error handler under the name errors.\n\nhandler must be a callable object, that will be called with an exception\ninstance containing information about the location of the encoding/decoding\nerror and must return a (replacement, new position) tuple.');
  F('lookup_error', (args, kw) => {
    positionalOnly('lookup_error', args, kw, 1, 1);
    const s = strOf(args[0]);
    if (s === null) typeError(`lookup_error() argument must be str, not ${A.typeName(args[0])}`);
    return lookupError(textOf(s!));
  }, 'lookup_error(errors) -> handler\n\nReturn the error handler for the specified error handling name or raise a\nLookupError, if no handler exists under this name.');

  // UTF-8/16/32
  F('utf_8_encode', (a, k) => utfEncode('utf_8_encode', 'utf-8', a, k, false));
  F('utf_8_decode', (a, k) => utfDecode('utf_8_decode', 'utf-8', a, k, false));
  for (const bitsName of ['16', '32']) {
    const base = `utf-${bitsName}`;
    F(`utf_${bitsName}_encode`, (a, k) => utfEncode(`utf_${bitsName}_encode`, base, a, k, true));
    F(`utf_${bitsName}_le_encode`, (a, k) => utfEncode(`utf_${bitsName}_le_encode`, `${base}-le`, a, k, false));
    F(`utf_${bitsName}_be_encode`, (a, k) => utfEncode(`utf_${bitsName}_be_encode`, `${base}-be`, a, k, false));
    F(`utf_${bitsName}_decode`, (a, k) => utfDecode(`utf_${bitsName}_decode`, base, a, k, false));
    F(`utf_${bitsName}_le_decode`, (a, k) => utfDecode(`utf_${bitsName}_le_decode`, `${base}-le`, a, k, false));
    F(`utf_${bitsName}_be_decode`, (a, k) => utfDecode(`utf_${bitsName}_be_decode`, `${base}-be`, a, k, false));
    F(`utf_${bitsName}_ex_decode`, (a, k) => utfDecode(`utf_${bitsName}_ex_decode`, base, a, k, true));
  }
  // latin-1, ASCII
  for (const [fname, codec] of [['latin_1', 'latin-1'], ['ascii', 'ascii']]) {
    F(`${fname}_encode`, (a, k) => utfEncode(`${fname}_encode`, codec, a, k, false));
    F(`${fname}_decode`, (a, k) => {
      positionalOnly(`${fname}_decode`, a, k, 1, 2);
      const b = bufferArg(a[0]);
      return pair(C.decode(b.slice(), codec, errorsArg(`${fname}_decode`, 2, a[1])), b.length);
    });
  }
  // charmap
  F('charmap_encode', (a, k) => {
    positionalOnly('charmap_encode', a, k, 1, 3);
    const s = strArg('charmap_encode', 1, a[0]);
    return pair(charmapEncode(s, errorsArg('charmap_encode', 2, a[1]), a.length > 2 ? a[2] : None), cpsOf(s).length);
  });
  F('charmap_decode', (a, k) => {
    positionalOnly('charmap_decode', a, k, 1, 3);
    const b = bufferArg(a[0]);
    return pair(charmapDecode(b, errorsArg('charmap_decode', 2, a[1]), a.length > 2 ? a[2] : None), b.length);
  });
  F('charmap_build', (a, k) => {
    positionalOnly('charmap_build', a, k, 1, 1);
    return charmapBuild(strArg('charmap_build', 0, a[0]));
  });
  // unicode_escape, raw_unicode_escape
  F('unicode_escape_encode', (a, k) => {
    positionalOnly('unicode_escape_encode', a, k, 1, 2);
    const s = strArg('unicode_escape_encode', 1, a[0]);
    errorsArg('unicode_escape_encode', 2, a[1]);
    return pair(bytesOf(unicodeEscapeEncode(s, false)), cpsOf(s).length);
  });
  F('raw_unicode_escape_encode', (a, k) => {
    positionalOnly('raw_unicode_escape_encode', a, k, 1, 2);
    const s = strArg('raw_unicode_escape_encode', 1, a[0]);
    errorsArg('raw_unicode_escape_encode', 2, a[1]);
    return pair(bytesOf(unicodeEscapeEncode(s, true)), cpsOf(s).length);
  });
  F('unicode_escape_decode', (a, k) => {
    positionalOnly('unicode_escape_decode', a, k, 1, 3);
    const b = bufferArg(a[0], true);
    const [s, consumed, invalid] = unicodeEscapeDecode(b, errorsArg('unicode_escape_decode', 2, a[1]), intFlag(a[2], true));
    if (invalid >= 0) warnInvalidEscape(b, invalid);
    return pair(s, consumed);
  });
  F('raw_unicode_escape_decode', (a, k) => {
    positionalOnly('raw_unicode_escape_decode', a, k, 1, 3);
    const b = bufferArg(a[0], true);
    const [s, consumed] = rawUnicodeEscapeDecode(b, errorsArg('raw_unicode_escape_decode', 2, a[1]), intFlag(a[2], true));
    return pair(s, consumed);
  });
  // bytes escapes, readbuffer
  F('escape_encode', (a, k) => {
    positionalOnly('escape_encode', a, k, 1, 2);
    if (!(a[0] instanceof PyBytes)) typeError(`escape_encode() argument 1 must be bytes, not ${A.typeName(a[0])}`);
    errorsArg('escape_encode', 2, a[1]);
    const b = (a[0] as PyBytes).bytes;
    return pair(bytesOf(escapeEncode(b)), b.length);
  });
  F('escape_decode', (a, k) => {
    positionalOnly('escape_decode', a, k, 1, 2);
    const b = bufferArg(a[0], true);
    return pair(bytesOf(escapeDecode(b, errorsArg('escape_decode', 2, a[1]))), b.length);
  });
  F('readbuffer_encode', (a, k) => {
    positionalOnly('readbuffer_encode', a, k, 1, 2);
    const b = bufferArg(a[0], true);
    errorsArg('readbuffer_encode', 2, a[1]);
    return pair(bytesOf(b.slice()), b.length);
  });
  // UTF-7
  F('utf_7_encode', (a, k) => {
    positionalOnly('utf_7_encode', a, k, 1, 2);
    const s = strArg('utf_7_encode', 1, a[0]);
    errorsArg('utf_7_encode', 2, a[1]);
    return pair(bytesOf(utf7Encode(s)), cpsOf(s).length);
  });
  F('utf_7_decode', (a, k) => {
    positionalOnly('utf_7_decode', a, k, 1, 3);
    const b = bufferArg(a[0]);
    const [s, consumed] = utf7Decode(b, errorsArg('utf_7_decode', 2, a[1]), intFlag(a[2], false));
    return pair(s, consumed);
  });
  return m;
}

registerNative('_codecs', create);
