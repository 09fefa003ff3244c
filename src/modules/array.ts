/**
 * array (Modules/arraymodule.c as of CPython 3.11, x86-64 Linux): typed
 * arrays of C numbers ('u' is a 4-byte wchar_t) in native byte order.
 *
 * Each typecode converts its items the way its C setitem does (through the
 * PyArg_Parse format it uses, hence messages like "signed short integer is
 * greater than maximum" for 'b'), checking before anything changes. The
 * array's size and its `allocated` count follow array_resize's
 * over-allocation exactly, so __sizeof__ agrees with CPython; the bytes live
 * in a JS buffer with its own (doubling) capacity. Slicing, slice assignment
 * (an empty array assigned to an extended slice deletes it, as in C),
 * comparisons, concatenation and repetition, pickling through
 * _array_reconstructor with every machine format, the arrayiterator with
 * its pickle support, and the buffer protocol through bytes_type's exporter
 * hook (bytes(a), memoryview(a), struct.pack_into(..., a, ...), file writes).
 *
 * Not done: CPython refuses to resize an array while a memoryview of it is
 * alive (BufferError); JS cannot see a view die, so arrays here never
 * refuse, and a view made before the array's storage moves keeps the old
 * bytes.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { PyBytes, PyByteArray, PyList, PySlice, PyTuple, tuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFloat } from '../objects/float_object';
import { typeType, objectType, None, NotImplemented, typeOf } from '../objects/types';
import {
  newException, typeError, valueError, indexError, OverflowError, EOFError, MemoryError, BufferError, RuntimeError,
} from '../objects/exceptions';
import { getset, method, moduleFunction, newMethod, clinicArgs } from '../objects/define';
import { nativeIterProtocol } from '../objects/iter_types';
import { bufferOf, registerBufferExporter } from '../objects/bytes_type';
import { PyMemoryView } from '../objects/memoryview_type';
import { numberToFloat } from '../objects/float_type';
import { sliceIndices } from '../objects/slice_type';
import { fromCps, strOf, cpsOf } from '../objects/wstr';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';
const lazy_builtins = lazy(() => require('./builtins') as typeof import('./builtins'));
const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));

const TYPECODES = 'bBuhHiIlLqQfd';
const ITEMSIZE: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };
/** typecode_to_mformat_code on x86-64 Linux. */
const MFORMAT: Record<string, number> = { b: 1, B: 0, u: 20, h: 4, H: 2, i: 8, I: 6, l: 12, L: 10, q: 12, Q: 10, f: 14, d: 16 };
const SSIZE_MAX = 2 ** 63 - 1;
/** Past this many bytes an array is refused with MemoryError (JS buffers cannot be that large anyway). */
const MAX_BYTES = 2 ** 32;

export const arrayType = new PyType(typeType, 'array.array', [objectType], TPFLAGS_BASETYPE);
const iterType = new PyType(typeType, 'array.arrayiterator', [objectType], 0);

function overflow(msg: string): never {
  throw newException(OverflowError, msg);
}

function noMemory(): never {
  throw newException(MemoryError);
}

const EMPTY = new Uint8Array(0);
const EMPTY_DV = new DataView(EMPTY.buffer);
const TWO32 = 4294967296;

function get64(dv: DataView, off: number, signed: boolean): number | bigint {
  const lo = dv.getUint32(off, true);
  const hi = signed ? dv.getInt32(off + 4, true) : dv.getUint32(off + 4, true);
  if (hi >= -0x200000 && hi < 0x200000) return hi * TWO32 + lo;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// ---------------------------------------------------------------- item conversion

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** PyNumber_Index without the int fast paths' allocation. */
function index(v: Value): number | bigint {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return A.asIndex(v);
}

/** PyLong_AsLong (what PyArg_Parse's integer formats start with). */
function asLong(v: Value): number | bigint {
  const x = index(v);
  if (typeof x === 'bigint' && (x < LONG_MIN || x > LONG_MAX)) overflow('Python int too large to convert to C long');
  return x;
}

/** PyLong_AsUnsignedLong, after _PyNumber_Index. */
function asULong(v: Value): number | bigint {
  const x = index(v);
  if (x < 0) overflow("can't convert negative value to unsigned int");
  if (typeof x === 'bigint' && x > ULONG_MAX) overflow('Python int too large to convert to C unsigned long');
  return x;
}

/** The 'h' / 'i' formats of PyArg_Parse: a C long, then the C type's range. */
function parseShort(v: Value): number {
  const x = Number(asLong(v));
  if (x < -32768) overflow('signed short integer is less than minimum');
  if (x > 32767) overflow('signed short integer is greater than maximum');
  return x;
}

function parseInt32(v: Value): number {
  const x = Number(asLong(v));
  if (x < -2147483648) overflow('signed integer is less than minimum');
  if (x > 2147483647) overflow('signed integer is greater than maximum');
  return x;
}

/** PyFloat_AsDouble (the 'f' and 'd' formats): floats, __float__, __index__; no strings. */
function asDouble(v: Value): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return numberToFloat(v);
  const t = typeOf(v);
  if (A.intValue(v) === null && t.lookup('__float__') === null && t.lookup('__index__') === null) {
    typeError(`must be real number, not ${A.typeName(v)}`);
  }
  return numberToFloat(v);
}

/** The C setitem's checks: the value to store, or the error the C code raises (nothing is stored on error). */
function convert(tc: string, v: Value): number | bigint {
  switch (tc) {
    case 'b': {
      const x = parseShort(v);
      if (x < -128) overflow('signed char is less than minimum');
      if (x > 127) overflow('signed char is greater than maximum');
      return x;
    }
    case 'B': {
      const x = Number(asLong(v));
      if (x < 0) overflow('unsigned byte integer is less than minimum');
      if (x > 255) overflow('unsigned byte integer is greater than maximum');
      return x;
    }
    case 'h':
      return parseShort(v);
    case 'H': {
      const x = parseInt32(v);
      if (x < 0) overflow('unsigned short is less than minimum');
      if (x > 65535) overflow('unsigned short is greater than maximum');
      return x;
    }
    case 'i':
      return parseInt32(v);
    case 'I': {
      const x = asULong(v);
      if (x > 4294967295) overflow('unsigned int is greater than maximum');
      return x;
    }
    case 'l':
      return asLong(v);
    case 'L':
      return asULong(v);
    case 'q': {
      const x = index(v);
      if (typeof x === 'bigint' && (x < LONG_MIN || x > LONG_MAX)) overflow('int too big to convert');
      return x;
    }
    case 'Q': {
      const x = index(v);
      if (x < 0) overflow("can't convert negative int to unsigned");
      if (typeof x === 'bigint' && x > ULONG_MAX) overflow('int too big to convert');
      return x;
    }
    case 'f':
      return Math.fround(asDouble(v));
    case 'd':
      return asDouble(v);
    default: {
      // 'U;array item must be unicode character', then exactly one wchar_t.
      const s = strOf(v);
      if (s === null) typeError('array item must be unicode character');
      const cps = cpsOf(s!);
      if (cps.length !== 1) typeError('array item must be unicode character');
      return cps[0];
    }
  }
}

// ---------------------------------------------------------------- the object

export class PyArray extends PyObject {
  readonly size: number;
  /** Bytes, native order; buf.length is the JS capacity (at least n * size). */
  buf: Uint8Array = EMPTY;
  dv: DataView = EMPTY_DV;
  /** Py_SIZE. */
  n = 0;
  /** CPython's `allocated`, and whether ob_item is NULL: what __sizeof__ and array_resize's reuse test see. */
  allocated = 0;
  noItems = true;
  constructor(readonly tc: string, type: PyType) {
    super(type);
    this.size = ITEMSIZE[tc];
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n * this.size);
  }

  private capacity(count: number): void {
    const need = count * this.size;
    if (need > MAX_BYTES) noMemory();
    if (need <= this.buf.length) return;
    const next = new Uint8Array(Math.min(MAX_BYTES, Math.max(need, this.buf.length * 2, 16)));
    next.set(this.bytes());
    this.buf = next;
    this.dv = new DataView(next.buffer);
  }

  /** newarrayobject: exactly `count` items allocated. */
  initSize(count: number): void {
    if (count > SSIZE_MAX / this.size) noMemory();
    this.capacity(count);
    this.n = count;
    this.allocated = count;
    this.noItems = count === 0;
  }

  /** array_resize, with its over-allocation. */
  resize(newsize: number): void {
    if (this.allocated >= newsize && this.n < newsize + 16 && !this.noItems) {
      this.n = newsize;
      return;
    }
    if (newsize === 0) {
      this.n = 0;
      this.allocated = 0;
      this.noItems = true;
      if (this.buf.length > 4096) {
        this.buf = EMPTY;
        this.dv = EMPTY_DV;
      }
      return;
    }
    const alloc = (newsize >> 4) + (this.n < 8 ? 3 : 7) + newsize;
    this.capacity(alloc);
    this.n = newsize;
    this.allocated = alloc;
    this.noItems = false;
  }

  get(i: number): Value {
    const o = i * this.size;
    const dv = this.dv;
    switch (this.tc) {
      case 'b': return dv.getInt8(o);
      case 'B': return this.buf[o];
      case 'h': return dv.getInt16(o, true);
      case 'H': return dv.getUint16(o, true);
      case 'i': return dv.getInt32(o, true);
      case 'I': return dv.getUint32(o, true);
      case 'l': case 'q': return get64(dv, o, true);
      case 'L': case 'Q': return get64(dv, o, false);
      case 'f': return new PyFloat(dv.getFloat32(o, true));
      case 'd': return new PyFloat(dv.getFloat64(o, true));
      default: {
        const c = dv.getUint32(o, true);
        if (c > 0x10ffff) valueError('chr() arg not in range(0x110000)');
        return fromCps([c]);
      }
    }
  }

  /** Store an already converted item (see convert). */
  put(i: number, x: number | bigint): void {
    const o = i * this.size;
    const dv = this.dv;
    switch (this.tc) {
      case 'b': dv.setInt8(o, x as number); return;
      case 'B': this.buf[o] = x as number; return;
      case 'h': dv.setInt16(o, x as number, true); return;
      case 'H': dv.setUint16(o, x as number, true); return;
      case 'i': dv.setInt32(o, x as number, true); return;
      case 'I': case 'u': dv.setUint32(o, x as number, true); return;
      case 'f': dv.setFloat32(o, x as number, true); return;
      case 'd': dv.setFloat64(o, x as number, true); return;
      default: dv.setBigUint64(o, BigInt.asUintN(64, BigInt(x)), true);
    }
  }

  set(i: number, v: Value): void {
    this.put(i, convert(this.tc, v));
  }

  /** ins1: the item is converted before the array grows. */
  insert(where: number, v: Value): void {
    const x = convert(this.tc, v);
    const n = this.n;
    if (where < 0) {
      where += n;
      if (where < 0) where = 0;
    }
    if (where > n) where = n;
    this.resize(n + 1);
    const s = this.size;
    if (where < n) this.buf.copyWithin((where + 1) * s, where * s, n * s);
    this.put(where, x);
  }

  /** array_del_slice for a contiguous range. */
  delRange(lo: number, hi: number): void {
    const d = hi - lo;
    if (d <= 0) return;
    const s = this.size;
    this.buf.copyWithin(lo * s, hi * s, this.n * s);
    this.resize(this.n - d);
  }

  /** Append raw bytes (a whole number of items). */
  appendBytes(b: Uint8Array): void {
    const k = b.length / this.size;
    if (k === 0) return;
    const old = this.n;
    if (k > SSIZE_MAX - old || old + k > SSIZE_MAX / this.size) noMemory();
    this.resize(old + k);
    this.buf.set(b, old * this.size);
  }

  values(): Value[] {
    const out: Value[] = new Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.get(i);
    return out;
  }
}

// ---------------------------------------------------------------- helpers

function isArray(v: Value | null): v is PyArray {
  return v instanceof PyArray;
}

function R(v: Value): PyArray {
  return v as PyArray;
}

/** A new instance of `type` (array or a subclass) with `count` items allocated. */
function newArray(type: PyType, tc: string, count: number): PyArray {
  const a = new PyArray(tc, type);
  if (type !== arrayType && type.hasInstanceDict) a.dict = new PyDict();
  a.initSize(count);
  return a;
}

/** array_slice: a new base-type array of items [lo, hi). */
function sliceCopy(a: PyArray, lo: number, hi: number): PyArray {
  const out = newArray(arrayType, a.tc, hi - lo);
  out.buf.set(a.buf.subarray(lo * a.size, hi * a.size));
  return out;
}

/** str of the array's wchar_ts (PyUnicode_FromWideChar). */
function toUnicode(a: PyArray): Value {
  const cps = new Uint32Array(a.n);
  for (let i = 0; i < a.n; i++) {
    const c = a.dv.getUint32(i * 4, true);
    if (c > 0x10ffff) valueError(`character U+${c.toString(16)} is not in range [U+0000; U+10ffff]`);
    cps[i] = c;
  }
  return fromCps(cps);
}

function appendUnicode(a: PyArray, s: Value): void {
  const cps = cpsOf(strOf(s)!);
  if (cps.length === 0) return;
  const old = a.n;
  a.resize(old + cps.length);
  for (let i = 0; i < cps.length; i++) a.dv.setUint32((old + i) * 4, cps[i], true);
}

/** array_iter_extend: item by item, keeping what went in before an error. */
function iterExtend(a: PyArray, v: Value): void {
  const it = A.getIter(v);
  for (;;) {
    const x = A.iterNext(it);
    if (x === null) return;
    a.insert(a.n, x);
  }
}

/** array_do_extend. */
function doExtend(a: PyArray, b: Value): void {
  if (!isArray(b)) {
    iterExtend(a, b);
    return;
  }
  if (b.tc !== a.tc) typeError('can only extend with array of same kind');
  a.appendBytes(b.bytes().slice());
}

/** The y* converter: a C-contiguous buffer's bytes, with its item size. */
function readBuffer(v: Value): { bytes: Uint8Array; itemsize: number } {
  if (v instanceof PyMemoryView) {
    if (v.step !== 1 && v.count > 1) throw newException(BufferError, 'memoryview: underlying buffer is not C-contiguous');
    return { bytes: v.bytes(), itemsize: v.itemsize };
  }
  const b = bufferOf(v);
  if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(v)}'`);
  return { bytes: b!, itemsize: isArray(v) ? v.size : 1 };
}

function frombytes(a: PyArray, v: Value): void {
  const { bytes, itemsize } = readBuffer(v);
  if (itemsize !== 1) typeError('a bytes-like object is required');
  if (bytes.length % a.size !== 0) valueError('bytes length not a multiple of item size');
  a.appendBytes(bytes.slice());
}

/** The 'n' converter of Argument Clinic. */
function ssize(v: Value): number {
  const x = A.asIndex(v);
  if (typeof x === 'bigint') {
    if (x < LONG_MIN || x > LONG_MAX) overflow('Python int too large to convert to C ssize_t');
    // Past 2**53 every use here clamps or fails the same way, so nearness is enough.
    return Number(x);
  }
  return x;
}

/** _PyEval_SliceIndexNotNone: an index clamped to Py_ssize_t. */
function sliceIndex(v: Value): number {
  const t = typeOf(v);
  if (A.intValue(v) === null && t.lookup('__index__') === null) typeError('slice indices must be integers or have an __index__ method');
  const x = A.asIndex(v);
  if (typeof x === 'bigint') return x < 0n ? -SSIZE_MAX : SSIZE_MAX;
  return x;
}

/** PyNumber_AsSsize_t(item, IndexError). */
function itemIndex(v: Value): number {
  const x = A.asIndex(v);
  if (typeof x === 'bigint') indexError("cannot fit 'int' into an index-sized integer");
  return x as number;
}

/** How getargs' converterr names a wrong argument: None by name, others by type. */
function argTypeName(v: Value): string {
  return v === None ? 'None' : A.typeName(v);
}

function isIndexable(v: Value): boolean {
  return A.intValue(v) !== null || typeOf(v).lookup('__index__') !== null;
}

// METH_O / METH_NOARGS / positional-only Clinic checks, with CPython's wording.
function noKw(name: string, k: string[] | null): void {
  if (k !== null && k.length) typeError(`array.${name}() takes no keyword arguments`);
}
function oneArg(name: string, a: Value[], k: string[] | null): Value {
  noKw(name, k);
  if (a.length !== 2) typeError(`array.${name}() takes exactly one argument (${a.length - 1} given)`);
  return a[1];
}
function noArgs(name: string, a: Value[], k: string[] | null): void {
  noKw(name, k);
  if (a.length !== 1) typeError(`array.${name}() takes no arguments (${a.length - 1} given)`);
}
function positional(name: string, a: Value[], k: string[] | null, min: number, max: number): void {
  noKw(name, k);
  const n = a.length - 1;
  if (n < min || n > max) {
    const bound = min === max ? '' : n < min ? 'at least ' : 'at most ';
    const m = n < min ? min : max;
    typeError(`${name} expected ${bound}${m} argument${m === 1 ? '' : 's'}, got ${n}`);
  }
}


/**
 * A slot wrapper (wrapperdescr): CPython checks its argument count before the
 * slot runs; the wrappers that unpack with PyArg_UnpackTuple(args, "", ...)
 * print the empty name, hence their leading space.
 */
function slot(type: PyType, name: string, nargs: number, fn: (a: Value[]) => Value): void {
  const lead = ['__setitem__', '__mul__', '__rmul__', '__imul__'].includes(name) ? ' ' : '';
  method(type, name, (a, k) => {
    if (k !== null && k.length) typeError(`wrapper ${name}() takes no keyword arguments`);
    if (a.length - 1 !== nargs) typeError(`${lead}expected ${nargs} argument${nargs === 1 ? '' : 's'}, got ${a.length - 1}`);
    return fn(a);
  });
}

// ---------------------------------------------------------------- construction

newMethod(arrayType, (cls, args, kwnames) => {
  // Keywords are refused unless a subclass brought its own __init__ to take them.
  if ((cls === arrayType || cls.lookup('__init__') === arrayType.lookup('__init__')) && kwnames !== null && kwnames.length) {
    typeError('array.array() takes no keyword arguments');
  }
  const n = kwnames === null ? args.length : args.length - kwnames.length;
  if (n < 1) typeError(`array() takes at least 1 argument (${n} given)`);
  if (n > 2) typeError(`array() takes at most 2 arguments (${n} given)`);
  const tcv = args[0];
  const tcs = strOf(tcv);
  if (tcs === null || cpsOf(tcs).length !== 1) {
    typeError(`array() argument 1 must be a unicode character, not ${tcs === null ? argTypeName(tcv) : 'str'}`);
  }
  const tc = A.strValue(tcv);
  return makeArray(cls, tc, n === 2 ? args[1] : null);
});

/** array_new after argument parsing. */
function makeArray(cls: PyType, tc: string, initial: Value | null): PyArray {
  if (initial !== null && tc !== 'u') {
    if (A.isStr(initial)) typeError(`cannot use a str to initialize an array with typecode '${tc}'`);
    if (isArray(initial) && initial.tc === 'u') typeError(`cannot use a unicode array to initialize an array with typecode '${tc}'`);
  }
  let it: Value | null = null;
  if (initial !== null && !(initial instanceof PyList || initial instanceof PyByteArray || initial instanceof PyBytes || initial instanceof PyTuple
    || (tc === 'u' && A.isStr(initial)) || (isArray(initial) && initial.tc === tc))) {
    it = A.getIter(initial);
    initial = null;
  }
  if (!TYPECODES.includes(tc)) valueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  const items = initial instanceof PyList || initial instanceof PyTuple ? initial.items : null;
  const len = items !== null ? items.length : isArray(initial) ? initial.n : 0;
  const a = newArray(cls, tc, len);
  if (items !== null) {
    for (let i = 0; i < len; i++) a.set(i, items[i]);
  } else if (initial instanceof PyBytes || initial instanceof PyByteArray) {
    frombytes(a, initial);
  } else if (initial !== null && A.isStr(initial)) {
    const cps = cpsOf(strOf(initial)!);
    if (cps.length > 0) {
      a.initSize(cps.length);
      for (let i = 0; i < cps.length; i++) a.dv.setUint32(i * 4, cps[i], true);
    }
  } else if (isArray(initial) && len > 0) {
    a.buf.set(initial.bytes());
  }
  if (it !== null) iterExtend(a, it);
  return a;
}

// ---------------------------------------------------------------- methods

// (Docstrings and text signatures come from builtin_docs, keyed 'array.array.<name>'.)
function def(name: string, fn: (a: Value[], k: string[] | null) => Value): void {
  method(arrayType, name, fn);
}

def('append', (a, k) => {
  const v = oneArg('append', a, k);
  R(a[0]).insert(R(a[0]).n, v);
  return None;
});
def('extend', (a, k) => {
  const [bb] = clinicArgs('extend', a.slice(1), k, ['bb'], 1, 1);
  doExtend(R(a[0]), bb!);
  return None;
});
def('insert', (a, k) => {
  positional('insert', a, k, 2, 2);
  R(a[0]).insert(ssize(a[1]), a[2]);
  return None;
});
def('pop', (a, k) => {
  positional('pop', a, k, 0, 1);
  const arr = R(a[0]);
  let i = a.length > 1 ? ssize(a[1]) : -1;
  if (arr.n === 0) indexError('pop from empty array');
  if (i < 0) i += arr.n;
  if (i < 0 || i >= arr.n) indexError('pop index out of range');
  const v = arr.get(i);
  arr.delRange(i, i + 1);
  return v;
});
def('remove', (a, k) => {
  const v = oneArg('remove', a, k);
  const arr = R(a[0]);
  for (let i = 0; i < arr.n; i++) {
    if (A.eqBool(arr.get(i), v)) {
      arr.delRange(i, i + 1);
      return None;
    }
  }
  return valueError('array.remove(x): x not in array');
});
def('index', (a, k) => {
  positional('index', a, k, 1, 3);
  const arr = R(a[0]);
  let start = a.length > 2 ? sliceIndex(a[2]) : 0;
  let stop = a.length > 3 ? sliceIndex(a[3]) : SSIZE_MAX;
  if (start < 0) {
    start += arr.n;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += arr.n;
  // The length is read again each turn: a comparison may change the array.
  for (let i = start; i < stop && i < arr.n; i++) if (A.eqBool(arr.get(i), a[1])) return i;
  return valueError('array.index(x): x not in array');
});
def('count', (a, k) => {
  const v = oneArg('count', a, k);
  const arr = R(a[0]);
  let c = 0;
  for (let i = 0; i < arr.n; i++) if (A.eqBool(arr.get(i), v)) c++;
  return c;
});
def('reverse', (a, k) => {
  noArgs('reverse', a, k);
  const arr = R(a[0]);
  const s = arr.size;
  const b = arr.buf;
  const tmp = new Uint8Array(s);
  for (let i = 0, j = arr.n - 1; i < j; i++, j--) {
    tmp.set(b.subarray(i * s, i * s + s));
    b.copyWithin(i * s, j * s, j * s + s);
    b.set(tmp, j * s);
  }
  return None;
});
def('buffer_info', (a, k) => {
  noArgs('buffer_info', a, k);
  const arr = R(a[0]);
  // A stand-in address: JS has none to give; stable for one array.
  return tuple([arr.noItems ? 0 : 0x7f0000100000 + A.id(arr) * 16, arr.n]);
});
def('byteswap', (a, k) => {
  noArgs('byteswap', a, k);
  const arr = R(a[0]);
  const s = arr.size;
  if (s !== 1 && s !== 2 && s !== 4 && s !== 8) throw newException(RuntimeError, "don't know how to byteswap this array type");
  const b = arr.bytes();
  if (s > 1) for (let i = 0; i < b.length; i += s) b.subarray(i, i + s).reverse();
  return None;
});
def('frombytes', (a, k) => {
  frombytes(R(a[0]), oneArg('frombytes', a, k));
  return None;
});
def('tobytes', (a, k) => {
  noArgs('tobytes', a, k);
  return new PyBytes(R(a[0]).bytes().slice());
});
def('fromlist', (a, k) => {
  const list = oneArg('fromlist', a, k);
  if (!(list instanceof PyList)) typeError('arg must be list');
  const arr = R(a[0]);
  const items = (list as PyList).items;
  const n = items.length;
  if (n > 0) {
    const old = arr.n;
    arr.resize(old + n);
    for (let i = 0; i < n; i++) {
      try {
        arr.set(old + i, items[i]);
      } catch (e) {
        arr.resize(old);
        throw e;
      }
      if (items.length !== n) {
        arr.resize(old);
        throw newException(RuntimeError, 'list changed size during iteration');
      }
    }
  }
  return None;
});
def('tolist', (a, k) => {
  noArgs('tolist', a, k);
  return new PyList(R(a[0]).values());
});
def('fromunicode', (a, k) => {
  const s = oneArg('fromunicode', a, k);
  if (!A.isStr(s)) typeError(`fromunicode() argument must be str, not ${A.typeName(s)}`);
  const arr = R(a[0]);
  if (arr.tc !== 'u') valueError('fromunicode() may only be called on unicode type arrays');
  appendUnicode(arr, s);
  return None;
});
def('tounicode', (a, k) => {
  noArgs('tounicode', a, k);
  const arr = R(a[0]);
  if (arr.tc !== 'u') valueError('tounicode() may only be called on unicode type arrays');
  return toUnicode(arr);
});
def('fromfile', (a, k) => {
  const [f, nv] = clinicArgs('fromfile', a.slice(1), k, ['f', 'n'], 2, 2);
  const arr = R(a[0]);
  const n = ssize(nv!);
  if (n < 0) valueError('negative count');
  if (n > SSIZE_MAX / arr.size) noMemory();
  const nbytes = n * arr.size;
  const b = A.callMethod(f!, 'read', [nbytes]);
  if (!(b instanceof PyBytes)) typeError("read() didn't return bytes");
  const data = (b as PyBytes).bytes;
  frombytes(arr, b);
  if (data.length !== nbytes) throw newException(EOFError, "read() didn't return enough bytes");
  return None;
});
def('tofile', (a, k) => {
  const [f] = clinicArgs('tofile', a.slice(1), k, ['f'], 1, 1);
  const arr = R(a[0]);
  const nbytes = arr.n * arr.size;
  // 64 KiB blocks, as the C code writes them.
  const BLOCK = 64 * 1024;
  for (let i = 0; i < nbytes; i += BLOCK) {
    A.callMethod(f!, 'write', [new PyBytes(arr.buf.slice(i, Math.min(nbytes, i + BLOCK)))]);
  }
  return None;
});
def('__reduce_ex__', (a, k) => {
  const [value] = clinicArgs('__reduce_ex__', a.slice(1), k, ['value'], 1, 1);
  const arr = R(a[0]);
  const proto = A.intValue(value!);
  if (proto === null) typeError('__reduce_ex__ argument should be an integer');
  if (typeof proto === 'bigint' && (proto < LONG_MIN || proto > LONG_MAX)) overflow('Python int too large to convert to C long');
  const dict = A.getAttrOrNull(arr, '__dict__') ?? None;
  if (proto! < 3) return tuple([typeOf(arr), tuple([A.mkStr(arr.tc), new PyList(arr.values())]), dict]);
  return tuple([reconstructor!, tuple([typeOf(arr), A.mkStr(arr.tc), MFORMAT[arr.tc], new PyBytes(arr.bytes().slice())]), dict]);
});
def('__copy__', (a, k) => {
  noArgs('__copy__', a, k);
  return sliceCopy(R(a[0]), 0, R(a[0]).n);
});
def('__deepcopy__', (a, k) => {
  oneArg('__deepcopy__', a, k);
  return sliceCopy(R(a[0]), 0, R(a[0]).n);
});
def('__sizeof__', (a, k) => {
  noArgs('__sizeof__', a, k);
  return 64 + R(a[0]).allocated * R(a[0]).size;
});
getset(arrayType, 'typecode', (o) => A.mkStr(R(o).tc));
getset(arrayType, 'itemsize', (o) => R(o).size);

// ---------------------------------------------------------------- sequence protocol

slot(arrayType, '__len__', 0, (a) => R(a[0]).n);
slot(arrayType, '__contains__', 1, (a) => {
  const arr = R(a[0]);
  for (let i = 0; i < arr.n; i++) if (A.eqBool(arr.get(i), a[1])) return true;
  return false;
});
slot(arrayType, '__iter__', 0, (a) => new ArrayIter(R(a[0])));
slot(arrayType, '__getitem__', 1, (a) => {
  const arr = R(a[0]);
  const k = a[1];
  if (isIndexable(k)) {
    let i = itemIndex(k);
    if (i < 0) i += arr.n;
    if (i < 0 || i >= arr.n) indexError('array index out of range');
    return arr.get(i);
  }
  if (k instanceof PySlice) {
    const [start, , step, len] = sliceIndices(k, arr.n);
    if (step === 1) return sliceCopy(arr, start, start + len);
    const out = newArray(arrayType, arr.tc, len);
    const s = arr.size;
    for (let i = 0, j = start; i < len; i++, j += step) out.buf.set(arr.buf.subarray(j * s, j * s + s), i * s);
    return out;
  }
  return typeError('array indices must be integers');
});

/** array_ass_subscr; `value` null deletes. */
function assign(arr: PyArray, item: Value, value: Value | null): void {
  let start: number;
  let stop: number;
  let step: number;
  let slicelength: number;
  if (isIndexable(item)) {
    let i = itemIndex(item);
    if (i < 0) i += arr.n;
    if (i < 0 || i >= arr.n) indexError('array assignment index out of range');
    if (value !== null) {
      arr.set(i, value);
      return;
    }
    [start, stop, step, slicelength] = [i, i + 1, 1, 1];
  } else if (item instanceof PySlice) {
    [start, stop, step, slicelength] = sliceIndices(item, arr.n);
  } else {
    return typeError('array indices must be integers');
  }
  let other: PyArray | null = null;
  let needed = 0;
  if (value !== null) {
    if (!isArray(value)) typeError(`can only assign array (not "${A.typeName(value)}") to array slice`);
    other = value as PyArray;
    if (other === arr) {
      assign(arr, item, sliceCopy(arr, 0, arr.n));
      return;
    }
    if (other.tc !== arr.tc) typeError('bad argument type for built-in operation');
    needed = other.n;
  }
  const s = arr.size;
  // For a[2:1] = ..., the insertion point is start.
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if (step === 1) {
    const n = arr.n;
    if (slicelength > needed) {
      arr.buf.copyWithin((start + needed) * s, stop * s, n * s);
      arr.resize(n + needed - slicelength);
    } else if (slicelength < needed) {
      arr.resize(n + needed - slicelength);
      arr.buf.copyWithin((start + needed) * s, stop * s, n * s);
    }
    if (needed > 0) arr.buf.set(other!.bytes(), start * s);
    return;
  }
  if (needed === 0) {
    // Deleting an extended slice (an empty array assigned to one too, as in C).
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const drop = new Uint8Array(arr.n);
    for (let i = 0, j = start; i < slicelength; i++, j += step) drop[j] = 1;
    let w = 0;
    for (let r = 0; r < arr.n; r++) {
      if (drop[r]) continue;
      if (w !== r) arr.buf.copyWithin(w * s, r * s, r * s + s);
      w++;
    }
    arr.resize(arr.n - slicelength);
    return;
  }
  if (needed !== slicelength) valueError(`attempt to assign array of size ${needed} to extended slice of size ${slicelength}`);
  for (let i = 0, j = start; i < slicelength; i++, j += step) arr.buf.set(other!.buf.subarray(i * s, i * s + s), j * s);
}

slot(arrayType, '__setitem__', 2, (a) => {
  assign(R(a[0]), a[1], a[2]);
  return None;
});
slot(arrayType, '__delitem__', 1, (a) => {
  assign(R(a[0]), a[1], null);
  return None;
});

/** True when the operator should let b's reflected method try first (CPython's array has no number slots, only sequence ones). */
function defers(b: Value, rname: string, slots: Map<PyType, unknown>): boolean {
  const t = typeOf(b);
  if (t.lookup(rname) === null) return false;
  for (const m of t.mro) if (slots.has(m)) return false;
  return true;
}

function concat(a: PyArray, b: Value): PyArray {
  if (!isArray(b)) typeError(`can only append array (not "${A.typeName(b)}") to array`);
  const o = b as PyArray;
  if (o.tc !== a.tc) typeError('bad argument type for built-in operation');
  if (a.n > SSIZE_MAX - o.n) noMemory();
  const out = newArray(arrayType, a.tc, a.n + o.n);
  out.buf.set(a.bytes());
  out.buf.set(o.bytes(), a.n * a.size);
  return out;
}

function repeat(a: PyArray, times: I.Int): PyArray {
  if (typeof times === 'bigint') {
    if (times > BigInt(SSIZE_MAX) || times < -BigInt(SSIZE_MAX) - 1n) overflow("cannot fit 'int' into an index-sized integer");
    times = Number(times);
  }
  const n = Math.max(0, times);
  if (a.n > 0 && n > SSIZE_MAX / a.n) noMemory();
  const out = newArray(arrayType, a.tc, a.n * n);
  const b = a.bytes();
  for (let k = 0; k < n; k++) out.buf.set(b, k * b.length);
  return out;
}

slot(arrayType, '__add__', 1, (a) => {
  if (!isArray(a[1]) && defers(a[1], '__radd__', A.sqConcat)) return NotImplemented;
  return concat(R(a[0]), a[1]);
});
A.sqConcat.set(arrayType, (a, b) => concat(R(a), b));
function mulSlot(a: Value[]): Value {
  if (!isIndexable(a[1])) {
    if (defers(a[1], '__rmul__', A.sqRepeat)) return NotImplemented;
    typeError(`can't multiply sequence by non-int of type '${A.typeName(a[1])}'`);
  }
  return repeat(R(a[0]), A.asIndex(a[1]));
}
slot(arrayType, '__mul__', 1, mulSlot);
slot(arrayType, '__rmul__', 1, (a) => {
  // n * array: when n is itself a builtin sequence, CPython reaches n's sq_repeat first, which names the array.
  if (!isIndexable(a[1]) && !defers(a[1], '__rmul__', A.sqRepeat) && typeOf(a[1]).lookup('__rmul__') !== null) {
    typeError(`can't multiply sequence by non-int of type '${A.typeName(a[0])}'`);
  }
  return mulSlot(a);
});
A.sqRepeat.set(arrayType, (seq, n) => repeat(R(seq), n));
slot(arrayType, '__iadd__', 1, (a) => {
  if (!isArray(a[1])) typeError(`can only extend array with array (not "${A.typeName(a[1])}")`);
  doExtend(R(a[0]), a[1]);
  return a[0];
});
slot(arrayType, '__imul__', 1, (a) => {
  if (!isIndexable(a[1])) {
    if (defers(a[1], '__rmul__', A.sqRepeat)) return NotImplemented;
    typeError(`can't multiply sequence by non-int of type '${A.typeName(a[1])}'`);
  }
  let n = A.asIndex(a[1]);
  if (typeof n === 'bigint') {
    if (n > BigInt(SSIZE_MAX) || n < -BigInt(SSIZE_MAX) - 1n) overflow("cannot fit 'int' into an index-sized integer");
    n = Number(n);
  }
  const arr = R(a[0]);
  if (arr.n > 0) {
    if (n < 0) n = 0;
    const size = arr.n * arr.size;
    if (n > 0 && size > SSIZE_MAX / n) noMemory();
    const b = arr.bytes().slice();
    arr.resize(n * arr.n);
    for (let k = 1; k < n; k++) arr.buf.set(b, k * b.length);
  }
  return arr;
});

/** Integer typecodes compare their items as numbers without making objects (compareitems). */
const INTEGER = 'bBhHiIlLqQ';

function compare(v: Value, w: Value, op: number): Value {
  if (!isArray(v) || !isArray(w)) return NotImplemented;
  if (v.n !== w.n && (op === A.CMP_EQ || op === A.CMP_NE)) return op === A.CMP_NE;
  const n = Math.min(v.n, w.n);
  let i = 0;
  let differ = false;
  if (v.tc === w.tc && INTEGER.includes(v.tc)) {
    let r = 0;
    for (; i < n; i++) {
      const x = v.get(i) as I.Int;
      const y = w.get(i) as I.Int;
      if (x !== y) {
        r = x < y ? -1 : 1;
        break;
      }
    }
    if (i < n) {
      switch (op) {
        case A.CMP_LT: return r < 0;
        case A.CMP_LE: return r <= 0;
        case A.CMP_EQ: return false;
        case A.CMP_NE: return true;
        case A.CMP_GT: return r > 0;
        default: return r >= 0;
      }
    }
  } else {
    for (; i < n; i++) {
      if (!A.eqBool(v.get(i), w.get(i))) {
        differ = true;
        break;
      }
    }
    if (differ) {
      if (op === A.CMP_EQ) return false;
      if (op === A.CMP_NE) return true;
      return A.richCompare(v.get(i), w.get(i), op);
    }
  }
  const vs = v.n;
  const ws = w.n;
  switch (op) {
    case A.CMP_LT: return vs < ws;
    case A.CMP_LE: return vs <= ws;
    case A.CMP_EQ: return vs === ws;
    case A.CMP_NE: return vs !== ws;
    case A.CMP_GT: return vs > ws;
    default: return vs >= ws;
  }
}
slot(arrayType, '__eq__', 1, (a) => compare(a[0], a[1], A.CMP_EQ));
slot(arrayType, '__ne__', 1, (a) => compare(a[0], a[1], A.CMP_NE));
slot(arrayType, '__lt__', 1, (a) => compare(a[0], a[1], A.CMP_LT));
slot(arrayType, '__le__', 1, (a) => compare(a[0], a[1], A.CMP_LE));
slot(arrayType, '__gt__', 1, (a) => compare(a[0], a[1], A.CMP_GT));
slot(arrayType, '__ge__', 1, (a) => compare(a[0], a[1], A.CMP_GE));
arrayType.dict.set('__hash__', None);

slot(arrayType, '__repr__', 0, (a) => {
  const arr = R(a[0]);
  const full = typeOf(arr).name;
  const name = full.slice(full.lastIndexOf('.') + 1);
  if (arr.n === 0) return A.mkStr(`${name}('${arr.tc}')`);
  const v = arr.tc === 'u' ? toUnicode(arr) : new PyList(arr.values());
  return A.mkStr(`${name}('${arr.tc}', ${A.repr(v)})`);
});

registerBufferExporter(PyArray, (o) => (o as PyArray).bytes(), (o) => ((o as PyArray).tc === 'u' ? 'w' : (o as PyArray).tc));

// ---------------------------------------------------------------- arrayiterator

class ArrayIter extends A.PyNativeIter {
  ao: PyArray | null;
  index = 0;
  constructor(arr: PyArray) {
    super(iterType, () => this.step());
    this.ao = arr;
  }

  step(): Value | null {
    const ao = this.ao;
    if (ao === null) return null;
    if (this.index < ao.n) return ao.get(this.index++);
    this.ao = null;
    return null;
  }
}

nativeIterProtocol(iterType, false);
newMethod(iterType, () => typeError("cannot create 'array.arrayiterator' instances"));
method(iterType, '__reduce__', (a) => {
  const it = a[0] as ArrayIter;
  const iterFn = lazy_builtins().builtinsDict.getStr('iter')!;
  if (it.ao === null) return tuple([iterFn, tuple([tuple([])])]);
  return tuple([iterFn, tuple([it.ao]), it.index]);
});
method(iterType, '__setstate__', (a) => {
  const it = a[0] as ArrayIter;
  // PyLong_AsSsize_t: ints only, no __index__.
  const x = A.intValue(a[1]);
  if (x === null) typeError('an integer is required');
  if (typeof x === 'bigint' && (x! < LONG_MIN || x! > LONG_MAX)) overflow('Python int too large to convert to C ssize_t');
  let i = Number(x);
  // (CPython 3.11 crashes here for an exhausted iterator; it stays exhausted.)
  if (it.ao === null) return None;
  if (i < 0) i = 0;
  else if (i > it.ao.n) i = it.ao.n;
  it.index = i;
  return None;
});

// ---------------------------------------------------------------- _array_reconstructor

/** mformat_descriptors for the integer machine formats 0..13: item size, signed, big-endian. */
/** mformat_descriptors' sizes, which the slow path's length check uses (UTF-16 counts 4, UTF-32 8). */
const MF_SIZE = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8];

const MF_INT: Record<number, [number, boolean, boolean]> = {
  0: [1, false, false], 1: [1, true, false],
  2: [2, false, false], 3: [2, false, true], 4: [2, true, false], 5: [2, true, true],
  6: [4, false, false], 7: [4, false, true], 8: [4, true, false], 9: [4, true, true],
  10: [8, false, false], 11: [8, false, true], 12: [8, true, false], 13: [8, true, true],
};

function reconstruct(cls: Value, tcv: Value, mfv: Value, items: Value): Value {
  if (!(cls instanceof PyType)) typeError(`first argument must be a type object, not ${A.typeName(cls)}`);
  const type = cls as PyType;
  if (!type.isSubtype(arrayType)) typeError(`${type.name} is not a subtype of array.array`);
  let tc = A.strValue(tcv);
  if (!TYPECODES.includes(tc)) valueError('second argument must be a valid type code');
  const mf = Number(mfv);
  if (mf < 0 || mf > 21) valueError('third argument must be a valid machine format code.');
  if (!(items instanceof PyBytes)) typeError(`fourth argument should be bytes, not ${A.typeName(items)}`);
  const data = (items as PyBytes).bytes;
  if (mf === MFORMAT[tc]) return makeArray(type, tc, items);
  // Slow path: the data came from a machine of another kind.
  if (data.length % MF_SIZE[mf] !== 0) valueError('string length not a multiple of item size');
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let converted: Value;
  if (mf >= 14 && mf <= 17) {
    const size = mf < 16 ? 4 : 8;
    const le = mf % 2 === 0;
    const out: Value[] = [];
    for (let o = 0; o < data.length; o += size) out.push(new PyFloat(size === 4 ? dv.getFloat32(o, le) : dv.getFloat64(o, le)));
    converted = new PyList(out);
  } else if (mf >= 18) {
    const enc = ['utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be'][mf - 18];
    converted = A.callMethod(items, 'decode', [A.mkStr(enc)]);
  } else {
    const [size, signed, big] = MF_INT[mf];
    // The typecode of the last integer descriptor with this size and signedness (so 'l' data comes back as 'q').
    for (const c of TYPECODES) {
      if (INTEGER.includes(c) && ITEMSIZE[c] === size && (c === c.toLowerCase()) === signed) tc = c;
    }
    const out: Value[] = [];
    for (let o = 0; o < data.length; o += size) {
      let v = 0n;
      for (let k = 0; k < size; k++) v = (v << 8n) | BigInt(data[big ? o + k : o + size - 1 - k]);
      if (signed) v = BigInt.asIntN(size * 8, v);
      out.push(I.norm(v));
    }
    converted = new PyList(out);
  }
  return makeArray(type, tc, converted);
}

let reconstructor: Value | null = null;

registerNative('array', () => {
  const m = newModule('array', A.mkStr('This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n'));
  const d = m.dict;
  d.set('array', arrayType);
  d.set('ArrayType', arrayType);
  d.set('typecodes', A.mkStr(TYPECODES));
  reconstructor = moduleFunction(d, 'array', '_array_reconstructor', (a, k) => {
    if (k !== null && k.length) typeError('array._array_reconstructor() takes no keyword arguments');
    if (a.length !== 4) typeError(`_array_reconstructor expected 4 arguments, got ${a.length}`);
    const tcs = strOf(a[1]);
    if (tcs === null || cpsOf(tcs).length !== 1) {
      typeError(`_array_reconstructor() argument 2 must be a unicode character, not ${tcs === null ? argTypeName(a[1]) : 'str'}`);
    }
    if (a[2] instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
    const mf = A.asIndex(a[2]);
    if (typeof mf === 'bigint' || mf > 2147483647 || mf < -2147483648) overflow('Python int too large to convert to C int');
    return reconstruct(a[0], a[1], mf, a[3]);
  });
  // array_modexec registers the type as a MutableSequence.
  const abc = lazy_imports().importModule('collections.abc');
  A.callMethod(A.getAttr(abc, 'MutableSequence'), 'register', [arrayType]);
  return m;
});

