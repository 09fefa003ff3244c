/**
 * _struct (Modules/_struct.c): format strings with CPython's parsing,
 * sizes and native alignment (x86-64 Linux), every format character, the
 * packers' range checks and messages (which differ by size and by native
 * or standard table, as in the C tables), IEEE half/single/double floats
 * (PyFloat_Pack2/4/8), pack/unpack/pack_into/unpack_from/iter_unpack/
 * calcsize, the Struct type and struct.error.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { PyBytes, PyByteArray, tuple } from '../objects/containers';
import { PyFloat } from '../objects/float_object';
import { PyDict } from '../objects/dict';
import { typeType, objectType, None, typeOf, floatType } from '../objects/types';
import { newException, typeError, Exception as PyException, OverflowError, StopIteration } from '../objects/exceptions';
import { getset, methods, moduleFunction, newMethod, parseArgs, npos } from '../objects/define';
import { nativeIterProtocol } from '../objects/iter_types';
import { bufferOf, bufferExport } from '../objects/bytes_type';
import { PyMemoryView } from '../objects/memoryview_type';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { registerNative, newModule } from './registry';

let StructError: PyType;

function structError(msg: string): never {
  throw newException(StructError, msg);
}

// ---------------------------------------------------------------- formats

interface Code {
  /** The format character. */
  c: string;
  /** Byte offset in the packed data. */
  offset: number;
  /** Bytes one item takes (for s and p: the whole string). */
  size: number;
}

interface Format {
  text: string;
  size: number;
  little: boolean;
  native: boolean;
  /** One entry per value (s and p are one value each; x none). */
  codes: Code[];
}

const NATIVE_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STD_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};
const SSIZE_MAX = 2 ** 63 - 1;

const cache = new Map<string, Format>();

function parseFormat(text: string): Format {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let i = 0;
  let native = true;
  let little = true;
  const first = text[0];
  if (first === '<' || first === '>' || first === '!' || first === '=' || first === '@') {
    native = first === '@';
    little = first === '<' || first === '=' || first === '@';
    i = 1;
  }
  const table = native ? NATIVE_SIZE : STD_SIZE;
  const codes: Code[] = [];
  let size = 0;
  while (i < text.length) {
    let c = text[i++];
    if (/\s/.test(c)) continue;
    let num = 1;
    if (c >= '0' && c <= '9') {
      let n = BigInt(c.charCodeAt(0) - 48);
      while (i < text.length && text[i] >= '0' && text[i] <= '9') {
        n = n * 10n + BigInt(text.charCodeAt(i) - 48);
        if (n > BigInt(SSIZE_MAX)) structError('total struct size too long');
        i++;
      }
      if (i >= text.length) structError('repeat count given without format specifier');
      num = Number(n);
      c = text[i++];
    }
    const itemsize = table[c];
    if (itemsize === undefined) structError('bad char in struct format');
    // Native alignment: each item at a multiple of its own size.
    if (native && size > 0 && c !== 's' && c !== 'p' && c !== 'x' && itemsize > 1) size += (itemsize - (size % itemsize)) % itemsize;
    if (num > (SSIZE_MAX - size) / itemsize) structError('total struct size too long');
    if (c === 's' || c === 'p') codes.push({ c, offset: size, size: num });
    else if (c !== 'x') for (let k = 0; k < num; k++) codes.push({ c, offset: size + k * itemsize, size: itemsize });
    size += num * itemsize;
  }
  const f: Format = { text, size, little, native, codes };
  if (cache.size > 100) cache.clear();
  cache.set(text, f);
  return f;
}

function formatArg(v: Value, who: string): string {
  if (A.isStr(v)) return A.strValue(v);
  if (v instanceof PyBytes) return Buffer.from(v.bytes).toString('latin1');
  return typeError(`${who} argument 1 must be a str or bytes object, not ${A.typeName(v)}`);
}

// ---------------------------------------------------------------- values

/** get_pylong: an int, through __index__ for other objects. */
function intArg(v: Value): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeOf(v).lookup('__index__') === null) structError('required argument is not an integer');
  return BigInt(A.asIndex(v) as number | bigint);
}

function floatArg(v: Value): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  const t = typeOf(v);
  if (t.lookup('__float__') === null && t.lookup('__index__') === null) structError('required argument is not a float');
  return (A.call(floatType, [v]) as PyFloat).value;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** The integer packers' checks: C long first, then the item's own range, with the C tables' messages. */
function checkInt(c: string, size: number, x: bigint): void {
  const unsigned = c === 'B' || c === 'H' || c === 'I' || c === 'L' || c === 'Q' || c === 'N' || c === 'P';
  if (c === 'P') {
    if (x < LONG_MIN || x > ULONG_MAX) structError('argument out of range');
    return;
  }
  if (size === 1 || size === 2) {
    if (x < LONG_MIN || x > LONG_MAX) structError('argument out of range');
    const bits = BigInt(size * 8);
    const lo = unsigned ? 0n : -(1n << (bits - 1n));
    const hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
    if (x < lo || x > hi) structError(`${unsigned ? 'u' : ''}${size === 1 ? 'byte' : 'short'} format requires ${lo} <= number <= ${hi}`);
    return;
  }
  if (unsigned ? x < 0n || x > ULONG_MAX : x < LONG_MIN || x > LONG_MAX) structError('argument out of range');
  if (size === 4) {
    const lo = unsigned ? 0n : -(2n ** 31n);
    const hi = unsigned ? 2n ** 32n - 1n : 2n ** 31n - 1n;
    if (x < lo || x > hi) structError(`'${c}' format requires ${lo} <= number <= ${hi}`);
  }
}

function writeInt(buf: Uint8Array, off: number, size: number, x: bigint, little: boolean): void {
  let v = BigInt.asUintN(size * 8, x);
  for (let k = 0; k < size; k++) {
    buf[little ? off + k : off + size - 1 - k] = Number(v & 0xffn);
    v >>= 8n;
  }
}

function readInt(buf: Uint8Array, off: number, size: number, signed: boolean, little: boolean): Value {
  if (size <= 4) {
    let v = 0;
    for (let k = size - 1; k >= 0; k--) v = v * 256 + buf[little ? off + k : off + size - 1 - k];
    if (signed && v >= 2 ** (size * 8 - 1)) v -= 2 ** (size * 8);
    return v;
  }
  let v = 0n;
  for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(buf[little ? off + k : off + size - 1 - k]);
  if (signed) v = BigInt.asIntN(size * 8, v);
  return I.norm(v);
}

/** PyFloat_Pack2: round-half-even to IEEE binary16. */
function packHalf(x: number): number {
  let sign = 0;
  let e: number;
  let bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (!Number.isFinite(x) && !Number.isNaN(x)) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else if (Number.isNaN(x)) {
    sign = 0;
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0 ? 1 : 0;
    if (sign) x = -x;
    // frexp: x = f * 2**e with f in [0.5, 1), then normalised to [1, 2).
    e = Math.floor(Math.log2(x));
    let f = x / 2 ** e;
    while (f >= 2) {
      f /= 2;
      e++;
    }
    while (f < 1) {
      f *= 2;
      e--;
    }
    if (e >= 16) throw newException(OverflowError, 'float too large to pack with e format');
    if (e < -25) {
      f = 0;
      e = 0;
    } else if (e < -14) {
      f = f * 2 ** (14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.floor(f);
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        e++;
        if (e === 31) throw newException(OverflowError, 'float too large to pack with e format');
      }
    }
  }
  return bits | (e << 10) | (sign << 15);
}

function unpackHalf(h: number): number {
  const sign = (h >> 15) & 1;
  let e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) return f === 0 ? (sign ? -Infinity : Infinity) : NaN;
  let x = f / 1024;
  if (e === 0) e = -14;
  else {
    x += 1;
    e -= 15;
  }
  x *= 2 ** e;
  return sign ? -x : x;
}

function packItem(fmt: Format, code: Code, v: Value, buf: Uint8Array, base: number): void {
  const off = base + code.offset;
  const c = code.c;
  const little = fmt.little;
  const dv = new DataView(buf.buffer, buf.byteOffset);
  switch (c) {
    case 'c': {
      const b = v instanceof PyBytes ? v.bytes : null;
      if (b === null || b.length !== 1) structError('char format requires a bytes object of length 1');
      buf[off] = b![0];
      return;
    }
    case 's': case 'p': {
      const b = v instanceof PyBytes ? v.bytes : v instanceof PyByteArray ? v.view() : null;
      if (b === null) structError(`argument for '${c}' must be a bytes object`);
      if (c === 's') {
        const n = Math.min(b!.length, code.size);
        buf.set(b!.subarray(0, n), off);
        buf.fill(0, off + n, off + code.size);
      } else if (code.size > 0) {
        let n = Math.min(b!.length, code.size - 1);
        buf.set(b!.subarray(0, n), off + 1);
        buf.fill(0, off + 1 + n, off + code.size);
        if (n > 255) n = 255;
        buf[off] = n;
      }
      return;
    }
    case '?':
      buf[off] = A.isTrue(v) ? 1 : 0;
      return;
    case 'e':
      writeInt(buf, off, 2, BigInt(packHalf(floatArg(v))), little);
      return;
    case 'f': {
      const x = floatArg(v);
      const y = Math.fround(x);
      if (!fmt.native && !Number.isFinite(y) && Number.isFinite(x)) throw newException(OverflowError, 'float too large to pack with f format');
      dv.setFloat32(off, y, little);
      return;
    }
    case 'd':
      dv.setFloat64(off, floatArg(v), little);
      return;
    default: {
      const x = intArg(v);
      checkInt(c, code.size, x);
      writeInt(buf, off, code.size, x, little);
    }
  }
}

function unpackItem(fmt: Format, code: Code, buf: Uint8Array, base: number): Value {
  const off = base + code.offset;
  const little = fmt.little;
  const dv = new DataView(buf.buffer, buf.byteOffset);
  switch (code.c) {
    case 'c':
      return new PyBytes(buf.slice(off, off + 1));
    case 's':
      return new PyBytes(buf.slice(off, off + code.size));
    case 'p': {
      if (code.size === 0) return new PyBytes(new Uint8Array(0));
      const n = Math.min(buf[off], code.size - 1);
      return new PyBytes(buf.slice(off + 1, off + 1 + n));
    }
    case '?':
      return buf[off] !== 0;
    case 'e':
      return new PyFloat(unpackHalf(readInt(buf, off, 2, false, little) as number));
    case 'f':
      return new PyFloat(dv.getFloat32(off, little));
    case 'd':
      return new PyFloat(dv.getFloat64(off, little));
    default: {
      const signed = code.c === 'b' || code.c === 'h' || code.c === 'i' || code.c === 'l' || code.c === 'q' || code.c === 'n';
      return readInt(buf, off, code.size, signed, little);
    }
  }
}

function packValues(fmt: Format, values: Value[], who: string, buf: Uint8Array, base: number): void {
  if (values.length !== fmt.codes.length) structError(`${who} expected ${fmt.codes.length} items for packing (got ${values.length})`);
  for (let k = 0; k < fmt.codes.length; k++) packItem(fmt, fmt.codes[k], values[k], buf, base);
}

function unpackValues(fmt: Format, buf: Uint8Array, base: number): Value {
  return tuple(fmt.codes.map((code) => unpackItem(fmt, code, buf, base)));
}

function readBuffer(v: Value): Uint8Array {
  const b = bufferOf(v);
  if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(v)}'`);
  return b!;
}

function writableBuffer(v: Value): Uint8Array {
  if (v instanceof PyByteArray) return v.view();
  if (v instanceof PyMemoryView && v.obj instanceof PyByteArray && v.step === 1) return v.bytes();
  const ex = bufferExport(v);
  if (ex !== null) return ex.bytes(v);
  return typeError(`argument must be read-write bytes-like object, not ${A.typeName(v)}`);
}

// ---------------------------------------------------------------- operations

function pack(fmt: Format, values: Value[]): Value {
  const buf = new Uint8Array(fmt.size);
  packValues(fmt, values, 'pack', buf, 0);
  return new PyBytes(buf);
}

function packInto(fmt: Format, target: Value, offsetV: Value, values: Value[]): Value {
  const buf = writableBuffer(target);
  if (values.length !== fmt.codes.length) structError(`pack_into expected ${fmt.codes.length} items for packing (got ${values.length})`);
  let off = A.asSsize(offsetV);
  if (off < 0) {
    if (off + fmt.size > 0) structError(`no space to pack ${fmt.size} bytes at offset ${off}`);
    if (off + buf.length < 0) structError(`offset ${off} out of range for ${buf.length}-byte buffer`);
    off += buf.length;
  }
  if (buf.length - off < fmt.size) {
    structError(`pack_into requires a buffer of at least ${fmt.size + off} bytes for packing ${fmt.size} bytes at offset ${off} (actual buffer size is ${buf.length})`);
  }
  const scratch = new Uint8Array(fmt.size);
  packValues(fmt, values, 'pack_into', scratch, 0);
  buf.set(scratch, off);
  return None;
}

function unpack(fmt: Format, data: Value): Value {
  const buf = readBuffer(data);
  if (buf.length !== fmt.size) structError(`unpack requires a buffer of ${fmt.size} bytes`);
  return unpackValues(fmt, buf, 0);
}

function unpackFrom(fmt: Format, data: Value, offsetV: Value | null): Value {
  const buf = readBuffer(data);
  let off = offsetV === null ? 0 : A.asSsize(offsetV);
  if (off < 0) {
    if (off + buf.length < 0) structError(`offset ${off} out of range for ${buf.length}-byte buffer`);
    off += buf.length;
  }
  if (buf.length - off < fmt.size) {
    structError(`unpack_from requires a buffer of at least ${fmt.size + off} bytes for unpacking ${fmt.size} bytes at offset ${off} (actual buffer size is ${buf.length})`);
  }
  return unpackValues(fmt, buf, off);
}

const iterType = new PyType(typeType, '_struct.unpack_iterator', [objectType], 0);
nativeIterProtocol(iterType, false);

class UnpackIter extends PyObject {
  pos = 0;
  constructor(readonly fmt: Format, readonly buf: Uint8Array) {
    super(iterType);
  }
}

methods(iterType, {
  __iter__: (a) => a[0],
  __next__: (a) => {
    const it = a[0] as UnpackIter;
    if (it.pos + it.fmt.size > it.buf.length) throw newException(StopIteration);
    const r = unpackValues(it.fmt, it.buf, it.pos);
    it.pos += it.fmt.size;
    return r;
  },
  __length_hint__: (a) => {
    const it = a[0] as UnpackIter;
    return Math.floor((it.buf.length - it.pos) / it.fmt.size);
  },
});

function iterUnpack(fmt: Format, data: Value): Value {
  if (fmt.size === 0) structError('cannot iteratively unpack with a struct of length 0');
  const buf = readBuffer(data);
  if (buf.length % fmt.size !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${fmt.size} bytes`);
  return new UnpackIter(fmt, buf);
}

// ---------------------------------------------------------------- Struct

const structType = new PyType(typeType, '_struct.Struct', [objectType], TPFLAGS_BASETYPE);

class PyStruct extends PyObject {
  fmt: Format | null = null;
  formatValue: Value = None;
  constructor(type: PyType) {
    super(type);
  }
}

function S(v: Value): Format {
  const s = v as PyStruct;
  if (s.fmt === null) structError('bad char in struct format');
  return s.fmt!;
}

newMethod(structType, (cls, args, kwnames) => {
  const [f] = parseArgs('Struct', args, kwnames, ['format'], 1);
  const o = new PyStruct(cls);
  if (cls !== structType && cls.hasInstanceDict) o.dict = new PyDict();
  const text = formatArg(f!, 'Struct()');
  o.fmt = parseFormat(text);
  o.formatValue = A.mkStr(text);
  return o;
});
methods(structType, {
  __init__: () => None,
  pack: (a, k) => {
    if (k !== null && k.length) typeError('pack() takes no keyword arguments');
    return pack(S(a[0]), a.slice(1));
  },
  pack_into: (a, k) => {
    if (k !== null && k.length) typeError('pack_into() takes no keyword arguments');
    if (a.length < 3) typeError(a.length < 2 ? 'pack_into expected buffer argument' : 'pack_into expected offset argument');
    return packInto(S(a[0]), a[1], a[2], a.slice(3));
  },
  unpack: (a) => {
    if (a.length !== 2) typeError(`unpack() takes exactly one argument (${a.length - 1} given)`);
    return unpack(S(a[0]), a[1]);
  },
  unpack_from: (a, k) => {
    const [buf, off] = parseArgs('unpack_from', a.slice(1), k, ['buffer', 'offset'], 1);
    return unpackFrom(S(a[0]), buf!, off);
  },
  iter_unpack: (a) => {
    if (a.length !== 2) typeError(`iter_unpack() takes exactly one argument (${a.length - 1} given)`);
    return iterUnpack(S(a[0]), a[1]);
  },
  __sizeof__: (a) => 72 + S(a[0]).codes.length * 24,
});
getset(structType, 'format', (o) => (o as PyStruct).formatValue);
getset(structType, 'size', (o) => S(o).size);

// ---------------------------------------------------------------- module

registerNative('_struct', () => {
  const m = newModule('_struct', A.mkStr('Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.'));
  const d = m.dict;
  StructError = new PyType(typeType, 'struct.error', [PyException], TPFLAGS_BASETYPE | PyException.flags);
  StructError.hasInstanceDict = true;
  d.set('error', StructError);
  d.set('Struct', structType);
  const F = (name: string, fn: (a: Value[], k: string[] | null) => Value): void => {
    moduleFunction(d, '_struct', name, fn);
  };
  const fmtOf = (a: Value[], name: string): Format => {
    if (a.length < 1) typeError(`${name}() missing required argument 'format' (pos 1)`);
    return parseFormat(formatArg(a[0], 'Struct()'));
  };
  F('pack', (a, k) => {
    if (k !== null && k.length) typeError('pack() takes no keyword arguments');
    if (a.length < 1) typeError('pack expected at least 1 argument, got 0');
    return pack(fmtOf(a, 'pack'), a.slice(1));
  });
  F('pack_into', (a, k) => {
    if (k !== null && k.length) typeError('pack_into() takes no keyword arguments');
    if (a.length < 3) typeError(`pack_into expected at least 3 arguments, got ${a.length}`);
    return packInto(fmtOf(a, 'pack_into'), a[1], a[2], a.slice(3));
  });
  F('unpack', (a, k) => {
    if ((k !== null && k.length) || npos(a, k) !== 2) typeError(`unpack expected 2 arguments, got ${a.length}`);
    return unpack(fmtOf(a, 'unpack'), a[1]);
  });
  F('unpack_from', (a, k) => {
    const [f, buf, off] = parseArgs('unpack_from', a, k, ['format', 'buffer', 'offset'], 2, 1);
    return unpackFrom(parseFormat(formatArg(f!, 'Struct()')), buf!, off);
  });
  F('iter_unpack', (a, k) => {
    if ((k !== null && k.length) || a.length !== 2) typeError(`iter_unpack expected 2 arguments, got ${a.length}`);
    return iterUnpack(fmtOf(a, 'iter_unpack'), a[1]);
  });
  F('calcsize', (a, k) => {
    if ((k !== null && k.length) || a.length !== 1) typeError(`calcsize() takes exactly one argument (${a.length} given)`);
    return parseFormat(formatArg(a[0], 'Struct()')).size;
  });
  F('_clearcache', () => {
    cache.clear();
    return None;
  });
  return m;
});
