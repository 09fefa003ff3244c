/**
 * The methods of bytes (Objects/bytesobject.c) and the ones bytearray shares
 * with it (Objects/bytes_methods.c): both types get the same implementations,
 * whose results have the receiver's kind. Byte strings are handled as latin-1
 * JS strings inside the searching/splitting methods (one char per byte, never
 * a surrogate), with ASCII-only character classes as CPython's pyctype.h.
 */
import type { Value } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyBytes, PyByteArray, PyTuple, PyList, PySlice, PyWStr, PyStrSub, tuple } from './containers';
import { bytesType, bytearrayType, bytesIteratorType, bytearrayIteratorType, NotImplemented, None, typeOf } from './types';
import { typeError, valueError, newException, IndexError, OverflowError } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { method, staticMethod, classMethod, newMethod, parseArgs, checkPositional, noKw, findStyleArgs } from './define';
import { bytesRepr } from './repr';
import { sliceIndices, adjustRange, strOf, textOf } from './wstr';
import { lazy } from '../util/lazy';
const lazy_memoryview_type = lazy(() => require('./memoryview_type') as typeof import('./memoryview_type'));
const lazy_codecs = lazy(() => require('./codecs') as typeof import('./codecs'));
const lazy_percent_format = lazy(() => require('./percent_format') as typeof import('./percent_format'));

// ---------------------------------------------------------------- conversions

/**
 * Other native types with the buffer protocol (array.array): their live
 * bytes (writable, aliasing the object's storage) and their struct format.
 */
export interface BufferExport {
  bytes(o: Value): Uint8Array;
  format(o: Value): string;
}
const exporters = new Map<Function, BufferExport>();

export function registerBufferExporter(cls: Function, bytes: (o: Value) => Uint8Array, format: (o: Value) => string): void {
  exporters.set(cls, { bytes, format });
}

/** The exporter of v, when its class registered one. */
export function bufferExport(v: Value): BufferExport | null {
  return typeof v === 'object' ? exporters.get(v.constructor) ?? null : null;
}

/** The bytes of any bytes-like object (bytes, bytearray, memoryview, exporters), or null. */
export function bufferOf(v: Value): Uint8Array | null {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.view();
  if (exporters.size && typeof v === 'object') {
    const e = exporters.get(v.constructor);
    if (e !== undefined) return e.bytes(v);
  }
  if (typeof v === 'object' && v.ob_type.name === 'memoryview') {
    const mv = lazy_memoryview_type();
    return mv.memoryviewBytes(v);
  }
  return null;
}

export function latin(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 4096) out += String.fromCharCode(...b.subarray(i, Math.min(b.length, i + 4096)));
  return out;
}

export function fromLatin(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function selfBytes(v: Value): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  return (v as PyByteArray).view();
}

/** A result of the receiver's kind (bytes for bytes and its subclasses, bytearray for bytearray). */
function mk(self: Value, b: Uint8Array): Value {
  if (self instanceof PyByteArray) return new PyByteArray(b, b.length);
  return new PyBytes(b);
}

function mkL(self: Value, s: string): Value {
  return mk(self, fromLatin(s));
}

/** bytes-like argument or "a bytes-like object is required, not 'X'". */
function argBytes(v: Value): Uint8Array {
  const b = bufferOf(v);
  if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(v)}'`);
  return b!;
}

/** find/count/index argument: an int byte or a bytes-like object. */
function argSub(v: Value): string {
  const b = bufferOf(v);
  if (b !== null) return latin(b);
  if (A.intValue(v) !== null || typeOf(v).lookup('__index__') !== null) {
    const i = A.asIndex(v);
    if (i < 0 || i > 255) valueError('byte must be in range(0, 256)');
    return String.fromCharCode(Number(i));
  }
  return typeError(`argument should be integer or bytes-like object, not '${A.typeName(v)}'`);
}

function byteValue(v: Value): number {
  const i = A.asIndex(v);
  if (i < 0 || i > 255) valueError('byte must be in range(0, 256)');
  return Number(i);
}

/** Bytes from an iterable of ints (bytes(iterable), bytearray(iterable), extend). */
export function bytesFromIterable(v: Value, msg = 'bytes must be in range(0, 256)'): Uint8Array {
  const items = A.toArray(v);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    const n = typeof x === 'number' ? x : A.asIndex(x);
    if (n < 0 || n > 255) valueError(msg);
    out[i] = Number(n);
  }
  return out;
}

/** The bytes a bytes()/bytearray() constructor makes from its arguments. */
export function bytesFromArgs(name: string, args: Value[], kwnames: string[] | null, byteMsg: string): Uint8Array {
  const [src, encoding, errors] = parseArgs(name, args, kwnames, ['source', 'encoding', 'errors'], 0);
  if (src === null) {
    if (encoding !== null || errors !== null) typeError(encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
    return new Uint8Array(0);
  }
  const s = strOf(src);
  if (encoding !== null || errors !== null) {
    if (s === null) typeError(encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
    if (encoding !== null && strOf(encoding) === null) typeError(`${name}() argument 'encoding' must be str, not ${A.typeName(encoding)}`);
    if (errors !== null && strOf(errors) === null) typeError(`${name}() argument 'errors' must be str, not ${A.typeName(errors)}`);
    const codecs = lazy_codecs();
    const r = codecs.encode(s!, encoding === null ? 'utf-8' : A.strValue(encoding), errors === null ? 'strict' : A.strValue(errors));
    return (r as PyBytes).bytes;
  }
  if (s !== null) typeError('string argument without an encoding');
  if (name === 'bytes' && typeof src === 'object') {
    const m = typeOf(src).lookup('__bytes__');
    if (m !== null) {
      const r = A.callDescr(m, src, []);
      if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${A.typeName(r)})`);
      return (r as PyBytes).bytes;
    }
  }
  const buf = bufferOf(src);
  if (buf !== null) return buf.slice();
  if (A.intValue(src) !== null || (typeof src === 'object' && typeOf(src).lookup('__index__') !== null)) {
    const n = A.asIndex(src);
    if (n < 0) valueError('negative count');
    if (typeof n === 'bigint' || n > 0x7fffffff) throw newException(OverflowError, 'cannot fit \'int\' into an index-sized integer');
    return new Uint8Array(n);
  }
  if (!(src instanceof A.PyNativeIter) && A.getIterOrNull(src) === null) typeError(`cannot convert '${A.typeName(src)}' object to ${name}`);
  return bytesFromIterable(src, byteMsg);
}

newMethod(bytesType, (cls, args, kwnames) => {
  if (args.length === 1 && kwnames === null && args[0] instanceof PyBytes && args[0].ob_type === bytesType && cls === bytesType) return args[0];
  const b = bytesFromArgs('bytes', args, kwnames, 'bytes must be in range(0, 256)');
  return new PyBytes(b, cls);
});

// ---------------------------------------------------------------- character classes (pyctype.h)

const isSpaceB = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLowerB = (c: number): boolean => c >= 97 && c <= 122;
const isUpperB = (c: number): boolean => c >= 65 && c <= 90;
const isAlphaB = (c: number): boolean => isLowerB(c) || isUpperB(c);
const isDigitB = (c: number): boolean => c >= 48 && c <= 57;

function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

// ---------------------------------------------------------------- methods shared by bytes and bytearray

type Fn = (args: Value[], kwnames: string[] | null) => Value;

function both(name: string, fn: Fn): void {
  method(bytesType, name, fn);
  method(bytearrayType, name, fn);
}

function tname(self: Value): string {
  return self instanceof PyByteArray ? 'bytearray' : 'bytes';
}

function noArgs(name: string, args: Value[], kwnames: string[] | null): void {
  const t = tname(args[0]);
  if (kwnames !== null && kwnames.length) typeError(`${t}.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${t}.${name}() takes no arguments (${args.length - 1} given)`);
}

function oneArg(name: string, args: Value[], kwnames: string[] | null): Value {
  const t = tname(args[0]);
  if (kwnames !== null && kwnames.length) typeError(`${t}.${name}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`${t}.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

/** The type that defines a method shared by bytes and bytearray, as its messages name it. */
function ownerName(self: Value): string {
  return self instanceof PyByteArray ? 'bytearray' : 'bytes';
}

function posArgs(name: string, args: Value[], kwnames: string[] | null, min: number, max: number): void {
  noKw(name, kwnames);
  checkPositional(name, args.length - 1, min, max);
}

both('__len__', (args) => selfBytes(args[0]).length);
both('__repr__', (args) => {
  const self = args[0];
  const r = bytesRepr(selfBytes(self));
  if (self instanceof PyByteArray) return `${self.ob_type === bytearrayType ? 'bytearray' : self.ob_type.name}(${r})`;
  return r;
});
both('__str__', (args) => A.repr(args[0]));
method(bytesType, '__hash__', (args) => A.bytesHash(selfBytes(args[0])));
method(bytesType, '__getnewargs__', (args) => tuple([new PyBytes(selfBytes(args[0]))]));
method(bytesType, '__bytes__', (args) => (args[0] instanceof PyBytes && args[0].ob_type === bytesType ? args[0] : new PyBytes(selfBytes(args[0]))));

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function cmp(name: string, test: (c: number) => boolean): void {
  both(name, (args) => {
    const b = bufferOf(args[1]);
    if (b === null) return NotImplemented;
    if (args[0] instanceof PyBytes && !(args[1] instanceof PyBytes || args[1] instanceof PyByteArray)) return NotImplemented;
    return test(compareBytes(selfBytes(args[0]), b));
  });
}
cmp('__lt__', (c) => c < 0);
cmp('__le__', (c) => c <= 0);
cmp('__gt__', (c) => c > 0);
cmp('__ge__', (c) => c >= 0);
cmp('__eq__', (c) => c === 0);
cmp('__ne__', (c) => c !== 0);

function concat(a: Value, b: Value): Value {
  const x = selfBytes(a);
  const y = bufferOf(b);
  if (y === null) return NotImplemented;
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return mk(a, out);
}
both('__add__', (args) => concat(args[0], args[1]));
for (const t of [bytesType, bytearrayType]) {
  A.sqConcat.set(t, (a, b) => {
    const r = concat(a, b);
    if (r === NotImplemented) typeError(`can't concat ${A.typeName(b)} to ${A.typeName(a)}`);
    return r;
  });
  A.sqRepeat.set(t, (seq, n) => repeat(seq, n));
}

function repeat(self: Value, n: I.Int): Value {
  const b = selfBytes(self);
  if (typeof n === 'bigint') {
    if (n > 0n && b.length > 0) throw newException(OverflowError, 'repeated bytes are too long');
    n = 0;
  }
  if (n <= 0) return mk(self, new Uint8Array(0));
  if (b.length * n > 0x7fffffff) throw newException(OverflowError, 'repeated bytes are too long');
  const out = new Uint8Array(b.length * n);
  for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return mk(self, out);
}
function mulSlot(args: Value[]): Value {
  const n = args[1];
  if (A.intValue(n) === null && typeOf(n).lookup('__index__') === null) return NotImplemented;
  return repeat(args[0], A.asIndex(n));
}
both('__mul__', mulSlot);
both('__rmul__', mulSlot);

both('__mod__', (args) => {
  const pf = lazy_percent_format();
  return mk(args[0], pf.bytesPercentFormat(selfBytes(args[0]), args[1]));
});
both('__rmod__', () => NotImplemented);

both('__contains__', (args) => {
  const b = selfBytes(args[0]);
  const x = args[1];
  const buf = bufferOf(x);
  if (buf !== null) return latin(b).includes(latin(buf));
  if (A.intValue(x) === null && typeOf(x).lookup('__index__') === null) typeError(`a bytes-like object is required, not '${A.typeName(x)}'`);
  return b.includes(byteValue(x));
});

/** b[i] / b[a:b:c]. */
export function bytesSubscript(self: Value, k: Value): Value {
  const b = selfBytes(self);
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, b.length);
    if (n <= 0) return mk(self, new Uint8Array(0));
    if (step === 1) return mk(self, b.slice(start, start + n));
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
    return mk(self, out);
  }
  if (A.intValue(k) === null && typeOf(k).lookup('__index__') === null) {
    typeError(`${self instanceof PyByteArray ? 'bytearray' : 'byte'} indices must be integers or slices, not ${A.typeName(k)}`);
  }
  const iv = A.asIndex(k);
  let i = typeof iv === 'bigint' ? -1 - b.length : iv;
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw newException(IndexError, self instanceof PyByteArray ? 'bytearray index out of range' : 'index out of range');
  return b[i];
}
both('__getitem__', (args) => bytesSubscript(args[0], args[1]));

both('__iter__', (args) => {
  const self = args[0];
  let i = 0;
  return new A.PyNativeIter(self instanceof PyByteArray ? bytearrayIteratorType : bytesIteratorType, () => {
    const b = selfBytes(self);
    return i < b.length ? b[i++] : null;
  }, () => Math.max(0, selfBytes(self).length - i));
});

both('decode', (args, kw) => {
  const [enc, err] = parseArgs('decode', args.slice(1), kw, ['encoding', 'errors'], 0);
  if (enc !== null && strOf(enc) === null) typeError(`decode() argument 'encoding' must be str, not ${A.typeName(enc)}`);
  if (err !== null && strOf(err) === null) typeError(`decode() argument 'errors' must be str, not ${A.typeName(err)}`);
  const codecs = lazy_codecs();
  return codecs.decode(selfBytes(args[0]), enc === null ? 'utf-8' : A.strValue(enc), err === null ? 'strict' : A.strValue(err));
});

both('hex', (args, kw) => {
  const [sepV, bpsV] = parseArgs('hex', args.slice(1), kw, ['sep', 'bytes_per_sep'], 0);
  const b = selfBytes(args[0]);
  let h = '';
  for (let i = 0; i < b.length; i++) h += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  if (sepV === null) return h;
  let sep: string;
  const ss = strOf(sepV);
  if (ss !== null) sep = textOf(ss);
  else {
    const sb = bufferOf(sepV);
    if (sb === null) typeError(`object of type '${A.typeName(sepV)}' has no len()`);
    sep = latin(sb!);
  }
  if (sep.length !== 1) valueError('sep must be length 1.');
  if (sep.charCodeAt(0) > 127) valueError('sep must be ASCII.');
  const bps = bpsV === null ? 1 : Number(A.asIndex(bpsV));
  if (bps === 0 || b.length === 0) return h;
  const group = Math.abs(bps);
  const pairs: string[] = [];
  for (let i = 0; i < b.length; i++) pairs.push(h.slice(2 * i, 2 * i + 2));
  const chunks: string[] = [];
  if (bps > 0) {
    // Groups are counted from the right.
    let end = pairs.length;
    while (end > 0) {
      const start = Math.max(0, end - group);
      chunks.unshift(pairs.slice(start, end).join(''));
      end = start;
    }
  } else {
    for (let i = 0; i < pairs.length; i += group) chunks.push(pairs.slice(i, i + group).join(''));
  }
  return chunks.join(sep);
});

/** bytes.fromhex / bytearray.fromhex. */
function fromhex(cls: PyType, s: Value): Value {
  const str = strOf(s);
  if (str === null) typeError(`fromhex() argument must be str, not ${A.typeName(s)}`);
  const t = textOf(str!);
  const out: number[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (isSpaceB(c)) {
      i++;
      continue;
    }
    const hi = hexVal(c);
    if (hi < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= t.length) valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    const lo = hexVal(t.charCodeAt(i + 1));
    if (lo < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  const b = Uint8Array.from(out);
  if (cls === bytesType) return new PyBytes(b);
  if (cls === bytearrayType) return new PyByteArray(b, b.length);
  return A.call(cls, [new PyBytes(b)]);
}
function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
classMethod(bytesType, 'fromhex', (args, kw) => {
  noKw('fromhex', kw);
  checkPositional('fromhex', args.length - 1, 1, 1);
  return fromhex(args[0] as PyType, args[1]);
});
classMethod(bytearrayType, 'fromhex', (args, kw) => {
  noKw('fromhex', kw);
  checkPositional('fromhex', args.length - 1, 1, 1);
  return fromhex(args[0] as PyType, args[1]);
});

// ---- searching

function findIn(self: Value, args: Value[], forward: boolean): number {
  const s = latin(selfBytes(self));
  const sub = argSub(args[1]);
  const [start, end] = adjustRange(args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null, s.length);
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return forward ? start : end;
  if (forward) {
    const i = s.indexOf(sub, start);
    return i >= 0 && i + sub.length <= end ? i : -1;
  }
  const i = s.lastIndexOf(sub, end - sub.length);
  return i >= start ? i : -1;
}
both('find', (args, kw) => {
  findStyleArgs(ownerName(args[0]), 'find', args, kw);
  return findIn(args[0], args, true);
});
both('rfind', (args, kw) => {
  findStyleArgs(ownerName(args[0]), 'rfind', args, kw);
  return findIn(args[0], args, false);
});
both('index', (args, kw) => {
  findStyleArgs(ownerName(args[0]), 'index', args, kw);
  const r = findIn(args[0], args, true);
  if (r < 0) valueError('subsection not found');
  return r;
});
both('rindex', (args, kw) => {
  findStyleArgs(ownerName(args[0]), 'rindex', args, kw);
  const r = findIn(args[0], args, false);
  if (r < 0) valueError('subsection not found');
  return r;
});
both('count', (args, kw) => {
  findStyleArgs(ownerName(args[0]), 'count', args, kw);
  const s = latin(selfBytes(args[0]));
  const sub = argSub(args[1]);
  const [start, end] = adjustRange(args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null, s.length);
  if (end - start < sub.length) return 0;
  if (sub.length === 0) return end - start + 1;
  let n = 0;
  for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
});

function tailMatch(name: string, args: Value[], kw: string[] | null, atEnd: boolean): boolean {
  findStyleArgs(ownerName(args[0]), name, args, kw);
  const s = latin(selfBytes(args[0]));
  const [start, end] = adjustRange(args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null, s.length);
  const test = (p: string): boolean => {
    if (start > s.length || end - start < p.length) return false;
    return s.startsWith(p, atEnd ? end - p.length : start);
  };
  const x = args[1];
  if (x instanceof PyTuple) {
    for (const it of x.items) {
      const b = bufferOf(it);
      if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(it)}'`);
      if (test(latin(b!))) return true;
    }
    return false;
  }
  const b = bufferOf(x);
  if (b === null) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${A.typeName(x)}`);
  return test(latin(b!));
}
both('startswith', (args, kw) => tailMatch('startswith', args, kw, false));
both('endswith', (args, kw) => tailMatch('endswith', args, kw, true));

// ---- splitting, joining

function splitArgs(name: string, args: Value[], kw: string[] | null): [string, string | null, number] {
  const [sep, maxsplit] = parseArgs(name, args.slice(1), kw, ['sep', 'maxsplit'], 0);
  let sp: string | null = null;
  if (sep !== null && sep !== None) {
    sp = latin(argBytes(sep));
    if (sp.length === 0) valueError('empty separator');
  }
  let n = -1;
  if (maxsplit !== null) {
    const i = A.asIndex(maxsplit);
    n = typeof i === 'bigint' ? (i < 0n ? -1 : Number.MAX_SAFE_INTEGER) : i;
  }
  if (n < 0) n = Number.MAX_SAFE_INTEGER;
  return [latin(selfBytes(args[0])), sp, n];
}

both('split', (args, kw) => {
  const [s, sep, maxsplit] = splitArgs('split', args, kw);
  const self = args[0];
  const out: Value[] = [];
  if (sep === null) {
    let i = 0;
    let n = maxsplit;
    const len = s.length;
    while (n-- > 0) {
      while (i < len && isSpaceB(s.charCodeAt(i))) i++;
      if (i === len) break;
      const j = i;
      while (i < len && !isSpaceB(s.charCodeAt(i))) i++;
      out.push(mkL(self, s.slice(j, i)));
    }
    while (i < len && isSpaceB(s.charCodeAt(i))) i++;
    if (i < len) out.push(mkL(self, s.slice(i)));
    return new PyList(out);
  }
  let i = 0;
  let n = maxsplit;
  while (n-- > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(mkL(self, s.slice(i, j)));
    i = j + sep.length;
  }
  out.push(mkL(self, s.slice(i)));
  return new PyList(out);
});

both('rsplit', (args, kw) => {
  const [s, sep, maxsplit] = splitArgs('rsplit', args, kw);
  const self = args[0];
  const out: Value[] = [];
  if (sep === null) {
    let i = s.length - 1;
    let n = maxsplit;
    while (n-- > 0) {
      while (i >= 0 && isSpaceB(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i;
      while (i >= 0 && !isSpaceB(s.charCodeAt(i))) i--;
      out.push(mkL(self, s.slice(i + 1, j + 1)));
    }
    while (i >= 0 && isSpaceB(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(mkL(self, s.slice(0, i + 1)));
    return new PyList(out.reverse());
  }
  let j = s.length;
  let n = maxsplit;
  while (n-- > 0) {
    const i = j - sep.length < 0 ? -1 : s.lastIndexOf(sep, j - sep.length);
    if (i < 0) break;
    out.push(mkL(self, s.slice(i + sep.length, j)));
    j = i;
  }
  out.push(mkL(self, s.slice(0, j)));
  return new PyList(out.reverse());
});

both('splitlines', (args, kw) => {
  const [keep] = parseArgs('splitlines', args.slice(1), kw, ['keepends'], 0);
  const keepends = keep !== null && A.isTrue(keep);
  const s = latin(selfBytes(args[0]));
  const out: Value[] = [];
  let i = 0;
  while (i < s.length) {
    const j = i;
    while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    let eol = i;
    if (i < s.length) {
      i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(mkL(args[0], s.slice(j, eol)));
  }
  return new PyList(out);
});

function partition(name: string, args: Value[], kw: string[] | null, forward: boolean): Value {
  const sepV = oneArg(name, args, kw);
  const sep = latin(argBytes(sepV));
  if (sep.length === 0) valueError('empty separator');
  const self = args[0];
  const s = latin(selfBytes(self));
  const i = forward ? s.indexOf(sep) : s.lastIndexOf(sep);
  const e = (): Value => mkL(self, '');
  if (i < 0) return forward ? tuple([mkL(self, s), e(), e()]) : tuple([e(), e(), mkL(self, s)]);
  return tuple([mkL(self, s.slice(0, i)), mkL(self, sep), mkL(self, s.slice(i + sep.length))]);
}
both('partition', (args, kw) => partition('partition', args, kw, true));
both('rpartition', (args, kw) => partition('rpartition', args, kw, false));

both('join', (args, kw) => {
  const it = oneArg('join', args, kw);
  const sep = selfBytes(args[0]);
  if (A.getIterOrNull(it) === null) typeError('can only join an iterable');
  const items = A.toArray(it);
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const b = bufferOf(items[i]);
    if (b === null) typeError(`sequence item ${i}: expected a bytes-like object, ${A.typeName(items[i])} found`);
    parts.push(b!);
    total += b!.length + (i > 0 ? sep.length : 0);
  }
  const out = new Uint8Array(total);
  let k = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.set(sep, k);
      k += sep.length;
    }
    out.set(parts[i], k);
    k += parts[i].length;
  }
  return mk(args[0], out);
});

// ---- strip, pad

function strip(name: string, args: Value[], kw: string[] | null, left: boolean, right: boolean): Value {
  posArgs(name, args, kw, 0, 1);
  const b = selfBytes(args[0]);
  let test: (c: number) => boolean = isSpaceB;
  if (args.length > 1 && args[1] !== None) {
    const chars = argBytes(args[1]);
    test = (c) => chars.includes(c);
  }
  let i = 0;
  let j = b.length;
  if (left) while (i < j && test(b[i])) i++;
  if (right) while (j > i && test(b[j - 1])) j--;
  if (i === 0 && j === b.length && args[0] instanceof PyBytes && args[0].ob_type === bytesType) return args[0];
  return mk(args[0], b.slice(i, j));
}
both('strip', (args, kw) => strip('strip', args, kw, true, true));
both('lstrip', (args, kw) => strip('lstrip', args, kw, true, false));
both('rstrip', (args, kw) => strip('rstrip', args, kw, false, true));

function padArgs(name: string, args: Value[], kw: string[] | null): [Uint8Array, number, number] {
  posArgs(name, args, kw, 1, 2);
  const w = A.asIndex(args[1]);
  const width = typeof w === 'bigint' ? (w < 0n ? 0 : Number.MAX_SAFE_INTEGER) : w;
  let fill = 32;
  if (args.length > 2) {
    const f = bufferOf(args[2]);
    if (f === null || f.length !== 1) typeError(`${name}() argument 2 must be a byte string of length 1, not ${A.typeName(args[2])}`);
    fill = f![0];
  }
  return [selfBytes(args[0]), width, fill];
}
function padded(self: Value, b: Uint8Array, left: number, right: number, fill: number): Value {
  const out = new Uint8Array(left + b.length + right);
  out.fill(fill);
  out.set(b, left);
  return mk(self, out);
}
both('ljust', (args, kw) => {
  const [b, w, f] = padArgs('ljust', args, kw);
  return w <= b.length ? mk(args[0], b.slice()) : padded(args[0], b, 0, w - b.length, f);
});
both('rjust', (args, kw) => {
  const [b, w, f] = padArgs('rjust', args, kw);
  return w <= b.length ? mk(args[0], b.slice()) : padded(args[0], b, w - b.length, 0, f);
});
both('center', (args, kw) => {
  const [b, w, f] = padArgs('center', args, kw);
  if (w <= b.length) return mk(args[0], b.slice());
  const marg = w - b.length;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return padded(args[0], b, left, marg - left, f);
});
both('zfill', (args, kw) => {
  const wv = oneArg('zfill', args, kw);
  const w = Number(A.asIndex(wv));
  const s = latin(selfBytes(args[0]));
  if (w <= s.length) return mkL(args[0], s);
  const fill = '0'.repeat(w - s.length);
  if (s[0] === '+' || s[0] === '-') return mkL(args[0], s[0] + fill + s.slice(1));
  return mkL(args[0], fill + s);
});
both('expandtabs', (args, kw) => {
  const [ts] = parseArgs('expandtabs', args.slice(1), kw, ['tabsize'], 0);
  const tabsize = ts === null ? 8 : Number(A.asIndex(ts));
  const s = latin(selfBytes(args[0]));
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col++;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return mkL(args[0], out);
});

// ---- replace, prefixes

both('replace', (args, kw) => {
  posArgs('replace', args, kw, 2, 3);
  const s = latin(selfBytes(args[0]));
  const o = latin(argBytes(args[1]));
  const n = latin(argBytes(args[2]));
  let count = Number.MAX_SAFE_INTEGER;
  if (args.length > 3) {
    const c = A.asIndex(args[3]);
    if (c >= 0) count = Number(c);
  }
  let out = '';
  if (o === '') {
    let k = 0;
    for (let i = 0; i <= s.length; i++) {
      if (k < count) {
        out += n;
        k++;
      } else return mkL(args[0], out + s.slice(i));
      if (i < s.length) out += s[i];
    }
    return mkL(args[0], out);
  }
  let i = 0;
  for (let k = 0; k < count; k++) {
    const j = s.indexOf(o, i);
    if (j < 0) break;
    out += s.slice(i, j) + n;
    i = j + o.length;
  }
  return mkL(args[0], out + s.slice(i));
});
both('removeprefix', (args, kw) => {
  const p = latin(argBytes(oneArg('removeprefix', args, kw)));
  const s = latin(selfBytes(args[0]));
  return mkL(args[0], p.length && s.startsWith(p) ? s.slice(p.length) : s);
});
both('removesuffix', (args, kw) => {
  const p = latin(argBytes(oneArg('removesuffix', args, kw)));
  const s = latin(selfBytes(args[0]));
  return mkL(args[0], p.length && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
});

// ---- case and predicates (ASCII only)

both('lower', (args, kw) => {
  noArgs('lower', args, kw);
  return mkL(args[0], asciiLower(latin(selfBytes(args[0]))));
});
both('upper', (args, kw) => {
  noArgs('upper', args, kw);
  return mkL(args[0], asciiUpper(latin(selfBytes(args[0]))));
});
both('swapcase', (args, kw) => {
  noArgs('swapcase', args, kw);
  const b = selfBytes(args[0]).map((c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c));
  return mk(args[0], b);
});
both('capitalize', (args, kw) => {
  noArgs('capitalize', args, kw);
  const b = selfBytes(args[0]).map((c, i) => (i === 0 ? (isLowerB(c) ? c - 32 : c) : isUpperB(c) ? c + 32 : c));
  return mk(args[0], b);
});
both('title', (args, kw) => {
  noArgs('title', args, kw);
  let prev = false;
  const b = selfBytes(args[0]).map((c) => {
    let r = c;
    if (isLowerB(c)) r = prev ? c : c - 32;
    else if (isUpperB(c)) r = prev ? c + 32 : c;
    prev = isAlphaB(c);
    return r;
  });
  return mk(args[0], b);
});

function pred(name: string, test: (c: number) => boolean, empty = false): void {
  both(name, (args, kw) => {
    noArgs(name, args, kw);
    const b = selfBytes(args[0]);
    if (b.length === 0) return empty;
    for (let i = 0; i < b.length; i++) if (!test(b[i])) return false;
    return true;
  });
}
pred('isspace', isSpaceB);
pred('isalpha', isAlphaB);
pred('isdigit', isDigitB);
pred('isalnum', (c) => isAlphaB(c) || isDigitB(c));
pred('isascii', (c) => c < 128, true);
both('islower', (args, kw) => {
  noArgs('islower', args, kw);
  const b = selfBytes(args[0]);
  let cased = false;
  for (const c of b) {
    if (isUpperB(c)) return false;
    if (isLowerB(c)) cased = true;
  }
  return cased;
});
both('isupper', (args, kw) => {
  noArgs('isupper', args, kw);
  const b = selfBytes(args[0]);
  let cased = false;
  for (const c of b) {
    if (isLowerB(c)) return false;
    if (isUpperB(c)) cased = true;
  }
  return cased;
});
both('istitle', (args, kw) => {
  noArgs('istitle', args, kw);
  let cased = false;
  let prev = false;
  for (const c of selfBytes(args[0])) {
    if (isUpperB(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerB(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
});

// ---- translate, maketrans

both('translate', (args, kw) => {
  const [table, del] = parseArgs('translate', args.slice(1), kw, ['table', 'delete'], 1, 1);
  let t: Uint8Array | null = null;
  if (table !== None) {
    t = bufferOf(table!);
    if (t === null) typeError(`a bytes-like object is required, not '${A.typeName(table!)}'`);
    if (t!.length !== 256) valueError('translation table must be 256 characters long');
  }
  const d = del === null ? null : argBytes(del);
  const out: number[] = [];
  for (const c of selfBytes(args[0])) {
    if (d !== null && d.includes(c)) continue;
    out.push(t === null ? c : t[c]);
  }
  return mk(args[0], Uint8Array.from(out));
});

function maketrans(args: Value[], kw: string[] | null): Value {
  noKw('maketrans', kw);
  checkPositional('maketrans', args.length, 2, 2);
  const f = argBytes(args[0]);
  const t = argBytes(args[1]);
  if (f.length !== t.length) valueError('maketrans arguments must have same length');
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < f.length; i++) out[f[i]] = t[i];
  return new PyBytes(out);
}
staticMethod(bytesType, 'maketrans', maketrans);
staticMethod(bytearrayType, 'maketrans', maketrans);

export { PyDict, PyWStr, PyStrSub };
