/**
 * array (Modules/arraymodule.c): typed arrays of C numbers (and 'u', wchar_t
 * of 4 bytes on Linux) over one growable byte buffer in native order, with
 * every method, the sequence protocol with slices, comparisons, the
 * conversions' range errors as CPython words them, pickling through
 * _array_reconstructor, and the buffer protocol (bytes(a), memoryview(a),
 * struct.pack_into(a), file writes).
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { PyBytes, PyByteArray, PyList, PySlice, tuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFloat } from '../objects/float_object';
import { typeType, objectType, None, NotImplemented, typeOf, listType, intType } from '../objects/types';
import {
  newException, typeError, valueError, indexError, OverflowError, StopIteration, EOFError,
} from '../objects/exceptions';
import { getset, methods, moduleFunction, newMethod, parseArgs } from '../objects/define';
import { nativeIterProtocol } from '../objects/iter_types';
import { bufferOf, registerBufferExporter } from '../objects/bytes_type';
import * as A from '../objects/abstract';
import { sliceIndices } from '../objects/slice_type';
import * as I from '../objects/int';
import { registerNative, newModule } from './registry';

const TYPECODES = 'bBuhHiIlLqQfd';
const ITEMSIZE: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };
/** The machine format codes of _array_reconstructor for x86-64 (arraymodule.c's typecode_to_mformat_code). */
const MFORMAT: Record<string, number> = { b: 1, B: 0, u: 20, h: 4, H: 2, i: 8, I: 6, l: 12, L: 10, q: 12, Q: 10, f: 14, d: 16 };

export const arrayType = new PyType(typeType, 'array.array', [objectType], TPFLAGS_BASETYPE);
const iterType = new PyType(typeType, 'array.arrayiterator', [objectType], 0);

class PyArray extends PyObject {
  buf: Uint8Array = new Uint8Array(0);
  dv: DataView = new DataView(this.buf.buffer);
  n = 0;
  readonly size: number;
  constructor(readonly tc: string, type: PyType = arrayType) {
    super(type);
    this.size = ITEMSIZE[tc];
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n * this.size);
  }

  /** Room for `count` items (amortised growth); the buffer may move. */
  reserve(count: number): void {
    const need = count * this.size;
    if (need <= this.buf.length) return;
    const next = new Uint8Array(Math.max(need, this.buf.length * 2, 16));
    next.set(this.bytes());
    this.buf = next;
    this.dv = new DataView(next.buffer);
  }

  get(i: number): Value {
    const o = i * this.size;
    const dv = this.dv;
    switch (this.tc) {
      case 'b': return dv.getInt8(o);
      case 'B': return dv.getUint8(o);
      case 'h': return dv.getInt16(o, true);
      case 'H': return dv.getUint16(o, true);
      case 'i': return dv.getInt32(o, true);
      case 'I': return dv.getUint32(o, true);
      case 'l': case 'q': return I.norm(dv.getBigInt64(o, true));
      case 'L': case 'Q': return I.norm(dv.getBigUint64(o, true));
      case 'f': return new PyFloat(dv.getFloat32(o, true));
      case 'd': return new PyFloat(dv.getFloat64(o, true));
      default: return A.mkStr(String.fromCodePoint(dv.getUint32(o, true)));
    }
  }

  /** setitem: the value converted and range-checked first (nothing changes on error). */
  set(i: number, v: Value): void {
    const o = i * this.size;
    const dv = this.dv;
    switch (this.tc) {
      case 'f': dv.setFloat32(o, realArg(v), true); return;
      case 'd': dv.setFloat64(o, realArg(v), true); return;
      case 'u': {
        if (!A.isStr(v) || [...A.strValue(v)].length !== 1) typeError('array item must be unicode character');
        dv.setUint32(o, A.strValue(v).codePointAt(0)!, true);
        return;
      }
    }
    const x = intArg(v);
    switch (this.tc) {
      case 'b': dv.setInt8(o, Number(range(x, -128n, 127n, 'signed char'))); return;
      case 'B': dv.setUint8(o, Number(range(x, 0n, 255n, 'unsigned byte integer'))); return;
      case 'h': dv.setInt16(o, Number(range(x, -32768n, 32767n, 'signed short integer')), true); return;
      case 'H': dv.setUint16(o, Number(range(x, 0n, 65535n, 'unsigned short')), true); return;
      case 'i': dv.setInt32(o, Number(range(x, -(2n ** 31n), 2n ** 31n - 1n, 'signed integer')), true); return;
      case 'I':
        if (x < 0n) overflow("can't convert negative value to unsigned int");
        if (x > 2n ** 64n - 1n) overflow('Python int too large to convert to C unsigned long');
        dv.setUint32(o, Number(range(x, 0n, 2n ** 32n - 1n, 'unsigned int')), true);
        return;
      case 'l':
        if (x < -(2n ** 63n) || x > 2n ** 63n - 1n) overflow('Python int too large to convert to C long');
        dv.setBigInt64(o, x, true);
        return;
      case 'L':
        if (x < 0n) overflow("can't convert negative value to unsigned int");
        if (x > 2n ** 64n - 1n) overflow('Python int too large to convert to C unsigned long');
        dv.setBigUint64(o, x, true);
        return;
      case 'q':
        if (x < -(2n ** 63n) || x > 2n ** 63n - 1n) overflow('int too big to convert');
        dv.setBigInt64(o, x, true);
        return;
      case 'Q':
        if (x < 0n) overflow("can't convert negative int to unsigned");
        if (x > 2n ** 64n - 1n) overflow('int too big to convert');
        dv.setBigUint64(o, x, true);
        return;
    }
  }

  append(v: Value): void {
    this.reserve(this.n + 1);
    this.set(this.n, v);
    this.n++;
  }

  /** Values appended all or none (each checked before the array grows). */
  appendAll(vs: Value[]): void {
    const n0 = this.n;
    try {
      for (const v of vs) this.append(v);
    } catch (e) {
      this.n = n0;
      throw e;
    }
  }

  values(): Value[] {
    const out: Value[] = new Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.get(i);
    return out;
  }

  setBytes(b: Uint8Array): void {
    this.n = 0;
    this.reserve(b.length / this.size);
    this.buf.set(b);
    this.n = b.length / this.size;
  }
}

function overflow(msg: string): never {
  throw newException(OverflowError, msg);
}

function range(x: bigint, lo: bigint, hi: bigint, what: string): bigint {
  if (x < lo) overflow(`${what} is less than minimum`);
  if (x > hi) overflow(`${what} is greater than maximum`);
  return x;
}

function intArg(v: Value): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  if (typeOf(v).lookup('__index__') === null) typeError('array item must be integer');
  return BigInt(A.asIndex(v) as number | bigint);
}

function realArg(v: Value): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  const t = typeOf(v);
  if (t.lookup('__float__') === null && t.lookup('__index__') === null) typeError(`must be real number, not ${A.typeName(v)}`);
  return (A.call(require('../modules/builtins').builtinsDict.getStr('float'), [v]) as PyFloat).value;
}

const R = (v: Value): PyArray => v as PyArray;

function isArray(v: Value): v is PyArray {
  return v instanceof PyArray;
}

function newLike(a: PyArray, type: PyType = typeOf(a)): PyArray {
  const o = new PyArray(a.tc, type);
  if (type !== arrayType && type.hasInstanceDict) o.dict = new PyDict();
  return o;
}

function frombytes(a: PyArray, b: Uint8Array): void {
  if (b.length % a.size !== 0) valueError('bytes length not a multiple of item size');
  const n0 = a.n;
  a.reserve(n0 + b.length / a.size);
  a.buf.set(b, n0 * a.size);
  a.n = n0 + b.length / a.size;
}

function fromunicode(a: PyArray, s: string): void {
  const cps = [...s];
  a.reserve(a.n + cps.length);
  for (const ch of cps) {
    a.dv.setUint32(a.n * 4, ch.codePointAt(0)!, true);
    a.n++;
  }
}

function extendFrom(a: PyArray, v: Value): void {
  if (isArray(v)) {
    if (v.tc !== a.tc) typeError('can only extend with array of same kind');
    frombytes(a, v.bytes().slice());
    return;
  }
  a.appendAll(A.toArray(v));
}

newMethod(arrayType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length && cls === arrayType) typeError('array.array() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) typeError(`array() takes at most 2 arguments (${args.length} given)`);
  const tcv = args[0];
  if (!A.isStr(tcv) || [...A.strValue(tcv)].length !== 1) {
    typeError(`array() argument 1 must be a unicode character, not ${A.isStr(tcv) ? 'str' : A.typeName(tcv)}`);
  }
  const tc = A.strValue(tcv);
  if (!TYPECODES.includes(tc)) valueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  const a = new PyArray(tc, cls);
  if (cls !== arrayType && cls.hasInstanceDict) a.dict = new PyDict();
  if (args.length === 2) {
    const init = args[1];
    if (A.isStr(init)) {
      if (tc !== 'u') typeError(`cannot use a str to initialize an array with typecode '${tc}'`);
      fromunicode(a, A.strValue(init));
    } else if (isArray(init) && init.tc === 'u' && tc !== 'u') {
      typeError(`cannot use a unicode array to initialize an array with typecode '${tc}'`);
    } else if (init instanceof PyBytes || init instanceof PyByteArray) {
      frombytes(a, (init instanceof PyBytes ? init.bytes : init.view()).slice());
    } else if (isArray(init) && init.tc === tc) {
      frombytes(a, init.bytes().slice());
    } else {
      a.appendAll(A.toArray(init));
    }
  }
  return a;
});

function index(a: PyArray, i: Value, what: string): number {
  let k = Number(A.asIndex(i));
  if (k < 0) k += a.n;
  if (k < 0 || k >= a.n) indexError(what);
  return k;
}

function findIndex(a: PyArray, x: Value, start = 0, stop = a.n): number {
  for (let i = Math.max(0, start); i < Math.min(stop, a.n); i++) if (A.eqBool(a.get(i), x)) return i;
  return -1;
}

function clampIndex(v: Value | null, n: number, dflt: number): number {
  if (v === null) return dflt;
  let k = Number(A.asIndex(v));
  if (k < 0) k = Math.max(0, k + n);
  return Math.min(k, n);
}

function compare(a: Value, b: Value, op: string): Value {
  if (!isArray(a) || !isArray(b)) return NotImplemented;
  // Different lengths decide == and != at once (array_richcompare).
  if (a.n !== b.n && (op === '__eq__' || op === '__ne__')) return op === '__ne__';
  const n = Math.min(a.n, b.n);
  let i = 0;
  for (; i < n; i++) if (!A.eqBool(a.get(i), b.get(i))) break;
  if (i >= n) {
    const [x, y] = [a.n, b.n];
    switch (op) {
      case '__eq__': return x === y;
      case '__ne__': return x !== y;
      case '__lt__': return x < y;
      case '__le__': return x <= y;
      case '__gt__': return x > y;
      default: return x >= y;
    }
  }
  if (op === '__eq__') return false;
  if (op === '__ne__') return true;
  const ops: Record<string, number> = { __lt__: A.CMP_LT, __le__: A.CMP_LE, __gt__: A.CMP_GT, __ge__: A.CMP_GE };
  return A.richCompare(a.get(i), b.get(i), ops[op]);
}

function repeat(a: PyArray, times: Value): PyArray {
  const n = Math.max(0, Number(A.asIndex(times)));
  const out = newLike(a, arrayType);
  const b = a.bytes();
  out.reserve(a.n * n);
  for (let k = 0; k < n; k++) out.buf.set(b, k * b.length);
  out.n = a.n * n;
  return out;
}

methods(arrayType, {
  append: (a) => {
    if (a.length !== 2) typeError(`array.append() takes exactly one argument (${a.length - 1} given)`);
    R(a[0]).append(a[1]);
    return None;
  },
  extend: (a) => {
    extendFrom(R(a[0]), a[1]);
    return None;
  },
  insert: (a) => {
    if (a.length !== 3) typeError(`insert expected 2 arguments, got ${a.length - 1}`);
    const arr = R(a[0]);
    let i = Number(A.asIndex(a[1]));
    if (i < 0) i = Math.max(0, i + arr.n);
    i = Math.min(i, arr.n);
    const tmp = new PyArray(arr.tc);
    tmp.append(a[2]);
    arr.reserve(arr.n + 1);
    arr.buf.copyWithin((i + 1) * arr.size, i * arr.size, arr.n * arr.size);
    arr.buf.set(tmp.bytes(), i * arr.size);
    arr.n++;
    return None;
  },
  pop: (a) => {
    const arr = R(a[0]);
    if (arr.n === 0) indexError('pop from empty array');
    const i = a.length > 1 ? index(arr, a[1], 'pop index out of range') : arr.n - 1;
    const v = arr.get(i);
    arr.buf.copyWithin(i * arr.size, (i + 1) * arr.size, arr.n * arr.size);
    arr.n--;
    return v;
  },
  remove: (a) => {
    const arr = R(a[0]);
    const i = findIndex(arr, a[1]);
    if (i < 0) valueError('array.remove(x): x not in array');
    arr.buf.copyWithin(i * arr.size, (i + 1) * arr.size, arr.n * arr.size);
    arr.n--;
    return None;
  },
  index: (a) => {
    const arr = R(a[0]);
    const i = findIndex(arr, a[1], clampIndex(a[2] ?? null, arr.n, 0), clampIndex(a[3] ?? null, arr.n, arr.n));
    if (i < 0) valueError('array.index(x): x not in array');
    return i;
  },
  count: (a) => {
    const arr = R(a[0]);
    let c = 0;
    for (let i = 0; i < arr.n; i++) if (A.eqBool(arr.get(i), a[1])) c++;
    return c;
  },
  reverse: (a) => {
    const arr = R(a[0]);
    const vals = arr.values().reverse();
    for (let i = 0; i < vals.length; i++) arr.set(i, vals[i]);
    return None;
  },
  buffer_info: (a) => tuple([0x7f0000100000 + (R(a[0]).buf.byteOffset | 0), R(a[0]).n]),
  byteswap: (a) => {
    const arr = R(a[0]);
    if (arr.size === 1) return None;
    const b = arr.bytes();
    for (let i = 0; i < b.length; i += arr.size) b.subarray(i, i + arr.size).reverse();
    return None;
  },
  frombytes: (a) => {
    const b = bufferOf(a[1]);
    if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(a[1])}'`);
    frombytes(R(a[0]), b!.slice());
    return None;
  },
  tobytes: (a) => new PyBytes(R(a[0]).bytes().slice()),
  fromlist: (a) => {
    if (!(a[1] instanceof PyList)) typeError('arg must be list');
    R(a[0]).appendAll((a[1] as PyList).items.slice());
    return None;
  },
  tolist: (a) => new PyList(R(a[0]).values()),
  fromunicode: (a) => {
    const arr = R(a[0]);
    if (!A.isStr(a[1])) typeError(`fromunicode() argument must be str, not ${A.typeName(a[1])}`);
    if (arr.tc !== 'u') valueError('fromunicode() may only be called on unicode type arrays');
    fromunicode(arr, A.strValue(a[1]));
    return None;
  },
  tounicode: (a) => {
    const arr = R(a[0]);
    if (arr.tc !== 'u') valueError('tounicode() may only be called on unicode type arrays');
    return A.mkStr(arr.values().map((v) => A.strValue(v)).join(''));
  },
  fromfile: (a) => {
    const arr = R(a[0]);
    const n = Number(A.asIndex(a[2]));
    if (n < 0) valueError('negative count');
    const want = n * arr.size;
    const data = A.callMethod(a[1], 'read', [want]);
    if (!(data instanceof PyBytes)) typeError('read() didn\'t return bytes');
    const b = (data as PyBytes).bytes;
    const whole = Math.floor(b.length / arr.size) * arr.size;
    frombytes(arr, b.slice(0, whole));
    if (b.length !== want) throw newException(EOFError, "read() didn't return enough bytes");
    return None;
  },
  tofile: (a) => {
    const b = R(a[0]).bytes();
    // Blocks of 64 KiB, as array_array_tofile writes them.
    for (let i = 0; i < b.length || i === 0; i += 65536) {
      if (b.length === 0) break;
      A.callMethod(a[1], 'write', [new PyBytes(b.slice(i, i + 65536))]);
    }
    return None;
  },
  __reduce_ex__: (a) => {
    const arr = R(a[0]);
    const proto = Number(A.asIndex(a[1]));
    const d = arr.dict !== null && arr.dict.size > 0 ? arr.dict : A.getAttrOrNull(arr, '__dict__') ?? None;
    if (proto < 3) return tuple([typeOf(arr), tuple([A.mkStr(arr.tc), new PyList(arr.values())]), d]);
    return tuple([reconstructor!, tuple([typeOf(arr), A.mkStr(arr.tc), MFORMAT[arr.tc], new PyBytes(arr.bytes().slice())]), d]);
  },
  __copy__: (a) => {
    const o = newLike(R(a[0]), arrayType);
    frombytes(o, R(a[0]).bytes().slice());
    return o;
  },
  __deepcopy__: (a) => {
    const o = newLike(R(a[0]), arrayType);
    frombytes(o, R(a[0]).bytes().slice());
    return o;
  },
  __sizeof__: (a) => 64 + R(a[0]).buf.length,
  __len__: (a) => R(a[0]).n,
  __contains__: (a) => findIndex(R(a[0]), a[1]) >= 0,
  __iter__: (a) => new ArrayIter(R(a[0])),
  __getitem__: (a) => {
    const arr = R(a[0]);
    const k = a[1];
    if (k instanceof PySlice) {
      const [start, , step, len] = sliceIndices(k, arr.n);
      const out = newLike(arr, arrayType);
      out.reserve(len);
      for (let i = 0, j = start; i < len; i++, j += step) out.buf.set(arr.buf.subarray(j * arr.size, (j + 1) * arr.size), i * arr.size);
      out.n = len;
      return out;
    }
    return arr.get(index(arr, k, 'array index out of range'));
  },
  __setitem__: (a) => {
    const arr = R(a[0]);
    const k = a[1];
    const v = a[2];
    if (k instanceof PySlice) {
      if (!isArray(v)) typeError(`can only assign array (not "${A.typeName(v)}") to array slice`);
      const other = v as PyArray;
      if (other.tc !== arr.tc) typeError('bad argument type for built-in operation');
      const src = other.values();
      const [start, stop, step, len] = sliceIndices(k, arr.n);
      if (step === 1) {
        const vals = arr.values();
        vals.splice(start, Math.max(0, stop - start), ...src);
        arr.n = 0;
        arr.appendAll(vals);
        return None;
      }
      if (src.length !== len) valueError(`attempt to assign array of size ${src.length} to extended slice of size ${len}`);
      for (let i = 0, j = start; i < len; i++, j += step) arr.set(j, src[i]);
      return None;
    }
    arr.set(index(arr, k, 'array assignment index out of range'), v);
    return None;
  },
  __delitem__: (a) => {
    const arr = R(a[0]);
    const k = a[1];
    if (k instanceof PySlice) {
      const [start, , step, len] = sliceIndices(k, arr.n);
      const drop = new Set<number>();
      for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
      const keep = arr.values().filter((_, i) => !drop.has(i));
      arr.n = 0;
      arr.appendAll(keep);
      return None;
    }
    const i = index(arr, k, 'array assignment index out of range');
    arr.buf.copyWithin(i * arr.size, (i + 1) * arr.size, arr.n * arr.size);
    arr.n--;
    return None;
  },
  __add__: (a) => {
    if (!isArray(a[1])) typeError(`can only append array (not "${A.typeName(a[1])}") to array`);
    if (R(a[1]).tc !== R(a[0]).tc) typeError('bad argument type for built-in operation');
    const out = newLike(R(a[0]), arrayType);
    frombytes(out, R(a[0]).bytes().slice());
    frombytes(out, R(a[1]).bytes().slice());
    return out;
  },
  __iadd__: (a) => {
    if (!isArray(a[1])) typeError(`can only extend array with array (not "${A.typeName(a[1])}")`);
    extendFrom(R(a[0]), a[1]);
    return a[0];
  },
  __mul__: (a) => repeat(R(a[0]), a[1]),
  __rmul__: (a) => repeat(R(a[0]), a[1]),
  __imul__: (a) => {
    const arr = R(a[0]);
    const r = repeat(arr, a[1]);
    arr.n = 0;
    frombytes(arr, r.bytes().slice());
    return arr;
  },
  __eq__: (a) => compare(a[0], a[1], '__eq__'),
  __ne__: (a) => compare(a[0], a[1], '__ne__'),
  __lt__: (a) => compare(a[0], a[1], '__lt__'),
  __le__: (a) => compare(a[0], a[1], '__le__'),
  __gt__: (a) => compare(a[0], a[1], '__gt__'),
  __ge__: (a) => compare(a[0], a[1], '__ge__'),
  __repr__: (a) => {
    const arr = R(a[0]);
    const name = typeOf(arr).qualname;
    if (arr.n === 0) return `${name}('${arr.tc}')`;
    if (arr.tc === 'u') return `${name}('u', ${A.repr(A.mkStr(arr.values().map((v) => A.strValue(v)).join('')))})`;
    return `${name}('${arr.tc}', ${A.repr(new PyList(arr.values()))})`;
  },
});
arrayType.dict.set('__hash__', None);
getset(arrayType, 'typecode', (o) => A.mkStr(R(o).tc));
getset(arrayType, 'itemsize', (o) => R(o).size);
registerBufferExporter(PyArray, (o) => (o as PyArray).bytes(), (o) => (o as PyArray).tc === 'u' ? 'w' : (o as PyArray).tc);

class ArrayIter extends PyObject {
  i = 0;
  constructor(readonly arr: PyArray) {
    super(iterType);
  }
}
nativeIterProtocol(iterType, false);
methods(iterType, {
  __iter__: (a) => a[0],
  __next__: (a) => {
    const it = a[0] as ArrayIter;
    if (it.i >= it.arr.n) throw newException(StopIteration);
    return it.arr.get(it.i++);
  },
  __reduce__: (a) => {
    const it = a[0] as ArrayIter;
    return tuple([require('../modules/builtins').builtinsDict.getStr('iter'), tuple([it.arr]), it.i]);
  },
  __setstate__: (a) => {
    const it = a[0] as ArrayIter;
    it.i = Math.max(0, Math.min(Number(A.asIndex(a[1])), it.arr.n));
    return None;
  },
});

let reconstructor: Value | null = null;

registerNative('array', () => {
  const m = newModule('array', A.mkStr('This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n'));
  const d = m.dict;
  d.set('array', arrayType);
  d.set('ArrayType', arrayType);
  d.set('typecodes', A.mkStr(TYPECODES));
  reconstructor = moduleFunction(d, 'array', '_array_reconstructor', (a, k) => {
    const [cls, tcv, mf, items] = parseArgs('_array_reconstructor', a, k, ['arraytype', 'typecode', 'mformat_code', 'items'], 4);
    if (!(cls instanceof PyType)) typeError(`first argument must be a type object, not ${A.typeName(cls!)}`);
    if (!(cls as PyType).isSubtype(arrayType)) typeError(`${(cls as PyType).name} is not a subtype of array.array`);
    const tc = A.strValue(tcv!);
    if (!TYPECODES.includes(tc)) valueError('second argument must be a valid type code');
    const code = Number(A.asIndex(mf!));
    if (code < 0 || code > 21) valueError('third argument must be a valid machine format code.');
    if (!(items instanceof PyBytes)) typeError(`fourth argument should be bytes, not ${A.typeName(items!)}`);
    if (code !== MFORMAT[tc]) {
      throw newException(require('../objects/exceptions').NotImplementedError, 'array._array_reconstructor from another machine format is not supported by Typhon');
    }
    const out = A.call(cls!, [tcv!]) as PyArray;
    frombytes(out, (items as PyBytes).bytes.slice());
    return out;
  });
  void intType;
  void listType;
  return m;
});
