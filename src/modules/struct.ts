/**
 * _struct (Modules/_struct.c as of CPython 3.11, x86-64 Linux): format
 * strings parsed as prepare_s does (whitespace, repeat counts, the overflow
 * and "embedded null" checks, native alignment), the three format tables
 * with the packers CPython installs in them (on a little-endian machine the
 * '<' and '=' tables borrow the native packers for every code of the same
 * size except f, d and ?, which is why their range messages differ from
 * '>'), IEEE half/single/double conversion (PyFloat_Pack2/4/8), the module
 * functions with their 100-entry format cache, the Struct type (subclassable,
 * re-initialisable through __init__), unpack_iterator and struct.error.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { PyBytes, PyByteArray, PyTuple } from '../objects/containers';
import { PyFloat } from '../objects/float_object';
import { PyDict } from '../objects/dict';
import { typeType, objectType, None, typeOf, bytesType } from '../objects/types';
import {
  newException, typeError, isException, Exception as PyException, OverflowError, StopIteration, SystemError, BufferError, IndexError, MemoryError,
} from '../objects/exceptions';
import { getset, method, moduleFunction, newMethod, clinicArgs } from '../objects/define';
import { bufferOf, bufferExport } from '../objects/bytes_type';
import { PyMemoryView } from '../objects/memoryview_type';
import { numberToFloat } from '../objects/float_type';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { registerNative, newModule } from './registry';
import { signBit, NEGATIVE_NAN } from '../compiler/float_math';

let StructError: PyType | null = null;

/** struct.error, made once: a fresh import of _struct shares it, so that errors raised by either module's functions match. */
function structErrorType(): PyType {
  if (StructError === null) {
    StructError = new PyType(typeType, 'struct.error', [PyException], TPFLAGS_BASETYPE | PyException.flags);
    StructError.hasInstanceDict = true;
  }
  return StructError;
}

function structError(msg: string): never {
  throw newException(structErrorType(), msg);
}

function overflow(msg: string): never {
  throw newException(OverflowError, msg);
}


// ---------------------------------------------------------------- values

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** get_pylong: an int as is, other objects through __index__, else struct.error. */
function pylong(v: Value): number | bigint {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  const i = A.intValue(v);
  if (i !== null) return i;
  if (typeOf(v).lookup('__index__') === null) structError('required argument is not an integer');
  return A.asIndex(v);
}

/** get_long / get_longlong / get_ssize_t (all 64 bits here): a C long or "argument out of range". */
function getLong(v: Value): number | bigint {
  const x = pylong(v);
  if (typeof x === 'bigint' && (x < LONG_MIN || x > LONG_MAX)) structError('argument out of range');
  return x;
}

/** get_ulong / get_ulonglong / get_size_t: negative values are out of range too. */
function getULong(v: Value): number | bigint {
  const x = pylong(v);
  if (typeof x === 'bigint' ? x < 0n || x > ULONG_MAX : x < 0) structError('argument out of range');
  return x;
}

/** PyFloat_AsDouble, any failure reported as struct.error as np_float/np_double/np_halffloat do. */
function floatArg(v: Value): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = typeOf(v);
  if (typeof v === 'bigint' || A.intValue(v) !== null || t.lookup('__float__') !== null || t.lookup('__index__') !== null) {
    try {
      return numberToFloat(v);
    } catch (e) {
      if (!isException(e)) throw e;
    }
  }
  return structError('required argument is not a float');
}

/** _range_error: the message names the format character and its size's bounds. */
function rangeError(c: string, size: number, unsigned: boolean): never {
  const ulargest = 2n ** BigInt(size * 8) - 1n;
  if (unsigned) structError(`'${c}' format requires 0 <= number <= ${ulargest}`);
  const largest = ulargest >> 1n;
  return structError(`'${c}' format requires ${-largest - 1n} <= number <= ${largest}`);
}

const TWO32 = 4294967296;

function put64(dv: DataView, off: number, x: number | bigint, le: boolean): void {
  if (typeof x === 'bigint') {
    dv.setBigUint64(off, BigInt.asUintN(64, x), le);
    return;
  }
  const hi = Math.floor(x / TWO32);
  const lo = x - hi * TWO32;
  dv.setUint32(le ? off : off + 4, lo, le);
  dv.setInt32(le ? off + 4 : off, hi, le);
}

function get64(dv: DataView, off: number, le: boolean, signed: boolean): number | bigint {
  const lo = dv.getUint32(le ? off : off + 4, le);
  const hi = signed ? dv.getInt32(le ? off + 4 : off, le) : dv.getUint32(le ? off + 4 : off, le);
  if (hi >= -0x200000 && hi < 0x200000) return hi * TWO32 + lo;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// ---------------------------------------------------------------- half floats


/** PyFloat_Pack2: round-half-even to IEEE binary16, OverflowError past 65504 after rounding. */
function packHalf(x: number): number {
  let sign: number;
  let e: number;
  let bits: number;
  if (x === 0) {
    sign = signBit(x) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (Number.isNaN(x)) {
    // The quiet NaN with the topmost fraction bit, in x's sign.
    sign = signBit(x) ? 1 : 0;
    e = 0x1f;
    bits = 512;
  } else if (!Number.isFinite(x)) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else {
    sign = x < 0 ? 1 : 0;
    if (sign) x = -x;
    // frexp, then normalised to [1, 2): every step is a power-of-two scaling, so exact.
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
    if (e >= 16) overflow('float too large to pack with e format');
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
        if (e === 31) overflow('float too large to pack with e format');
      }
    }
  }
  return bits | (e << 10) | (sign << 15);
}

/** PyFloat_Unpack2. */
function unpackHalf(h: number): number {
  const sign = (h >> 15) & 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) {
    if (f === 0) return sign ? -Infinity : Infinity;
    return sign ? NEGATIVE_NAN : NaN;
  }
  const x = e === 0 ? f * 2 ** -24 : (1 + f / 1024) * 2 ** (e - 15);
  return sign ? -x : x;
}

// ---------------------------------------------------------------- tables

type Packer = (buf: Uint8Array, dv: DataView, off: number, v: Value) => void;
type Unpacker = (buf: Uint8Array, dv: DataView, off: number) => Value;

interface Def {
  c: string;
  size: number;
  align: number;
  pack: Packer | null;
  unpack: Unpacker | null;
}

function def(c: string, size: number, align: number, pack: Packer | null = null, unpack: Unpacker | null = null): Def {
  return { c, size, align, pack, unpack };
}

const packChar: Packer = (buf, _dv, off, v) => {
  if (!(v instanceof PyBytes) || v.bytes.length !== 1) structError('char format requires a bytes object of length 1');
  buf[off] = (v as PyBytes).bytes[0];
};
const unpackChar: Unpacker = (buf, _dv, off) => new PyBytes(buf.slice(off, off + 1));

const packByte: Packer = (buf, _dv, off, v) => {
  const x = Number(getLong(v));
  if (x < -128 || x > 127) structError('byte format requires -128 <= number <= 127');
  buf[off] = x & 0xff;
};
const packUByte: Packer = (buf, _dv, off, v) => {
  const x = Number(getLong(v));
  if (x < 0 || x > 255) structError('ubyte format requires 0 <= number <= 255');
  buf[off] = x;
};
const unpackByte: Unpacker = (buf, _dv, off) => (buf[off] > 127 ? buf[off] - 256 : buf[off]);
const unpackUByte: Unpacker = (buf, _dv, off) => buf[off];

const packBool: Packer = (buf, _dv, off, v) => {
  buf[off] = A.isTrue(v) ? 1 : 0;
};
const unpackBool: Unpacker = (buf, _dv, off) => buf[off] !== 0;

/** The table of one byte order: little-endian for native, '<' and '='; big-endian for '>' and '!'. */
function makeTable(kind: 'native' | 'little' | 'big'): Map<string, Def> {
  const le = kind !== 'big';
  const native = kind === 'native';
  // Packers of the native table; '<' and '=' use them too wherever the sizes agree.
  const npShort: Packer = (_b, dv, off, v) => {
    const x = Number(getLong(v));
    if (x < -32768 || x > 32767) structError('short format requires -32768 <= number <= 32767');
    dv.setInt16(off, x, le);
  };
  const npUShort: Packer = (_b, dv, off, v) => {
    const x = Number(getLong(v));
    if (x < 0 || x > 65535) structError('ushort format requires 0 <= number <= 65535');
    dv.setUint16(off, x, le);
  };
  const npInt = (c: string): Packer => (_b, dv, off, v) => {
    const x = Number(getLong(v));
    if (x < -2147483648 || x > 2147483647) rangeError(c, 4, false);
    dv.setInt32(off, x, le);
  };
  const npUInt = (c: string): Packer => (_b, dv, off, v) => {
    const x = Number(getULong(v));
    if (x > 4294967295) rangeError(c, 4, true);
    dv.setUint32(off, x, le);
  };
  const npLong: Packer = (_b, dv, off, v) => put64(dv, off, getLong(v), le);
  const npULong: Packer = (_b, dv, off, v) => put64(dv, off, getULong(v), le);
  // bp_int / bp_uint (and lp_int / lp_uint for the 4-byte 'l' and 'L'): the size's own range.
  const stdInt = (c: string, size: number): Packer => (_b, dv, off, v) => {
    const x = Number(getLong(v));
    if (size === 2) {
      if (x < -32768 || x > 32767) rangeError(c, 2, false);
      dv.setInt16(off, x, le);
    } else {
      if (x < -2147483648 || x > 2147483647) rangeError(c, 4, false);
      dv.setInt32(off, x, le);
    }
  };
  const stdUInt = (c: string, size: number): Packer => (_b, dv, off, v) => {
    const x = Number(getULong(v));
    if (x >= 2 ** (size * 8)) rangeError(c, size, true);
    if (size === 2) dv.setUint16(off, x, le);
    else dv.setUint32(off, x, le);
  };
  // bp_longlong / bp_ulonglong: _PyLong_AsByteArray's OverflowErrors.
  const bpLongLong: Packer = (_b, dv, off, v) => {
    const x = pylong(v);
    if (typeof x === 'bigint' && (x < LONG_MIN || x > LONG_MAX)) overflow('int too big to convert');
    put64(dv, off, x, le);
  };
  const bpULongLong: Packer = (_b, dv, off, v) => {
    const x = pylong(v);
    if (x < 0) overflow("can't convert negative int to unsigned");
    if (typeof x === 'bigint' && x > ULONG_MAX) overflow('int too big to convert');
    put64(dv, off, x, le);
  };
  const npVoidP: Packer = (_b, dv, off, v) => {
    // PyLong_AsVoidPtr: negative values as a C long, others as an unsigned long.
    const x = pylong(v);
    if (typeof x === 'bigint') {
      if (x < LONG_MIN) overflow('Python int too large to convert to C long');
      if (x > ULONG_MAX) overflow('Python int too large to convert to C unsigned long');
    }
    put64(dv, off, x, le);
  };
  const packHalfF: Packer = (_b, dv, off, v) => dv.setUint16(off, packHalf(floatArg(v)), le);
  const packFloat: Packer = native
    ? (_b, dv, off, v) => dv.setFloat32(off, floatArg(v), le)
    : (_b, dv, off, v) => {
      const x = floatArg(v);
      const y = Math.fround(x);
      if (!Number.isFinite(y) && Number.isFinite(x)) overflow('float too large to pack with f format');
      dv.setFloat32(off, y, le);
    };
  const packDouble: Packer = (_b, dv, off, v) => dv.setFloat64(off, floatArg(v), le);

  const u16: Unpacker = (_b, dv, off) => dv.getUint16(off, le);
  const i16: Unpacker = (_b, dv, off) => dv.getInt16(off, le);
  const u32: Unpacker = (_b, dv, off) => dv.getUint32(off, le);
  const i32: Unpacker = (_b, dv, off) => dv.getInt32(off, le);
  const u64: Unpacker = (_b, dv, off) => get64(dv, off, le, false);
  const i64: Unpacker = (_b, dv, off) => get64(dv, off, le, true);
  const half: Unpacker = (_b, dv, off) => new PyFloat(unpackHalf(dv.getUint16(off, le)));
  const flt: Unpacker = (_b, dv, off) => new PyFloat(dv.getFloat32(off, le));
  const dbl: Unpacker = (_b, dv, off) => new PyFloat(dv.getFloat64(off, le));

  const defs: Def[] = [
    def('x', 1, 0),
    def('b', 1, 0, packByte, unpackByte),
    def('B', 1, 0, packUByte, unpackUByte),
    def('c', 1, 0, packChar, unpackChar),
    def('s', 1, 0),
    def('p', 1, 0),
  ];
  if (kind === 'big') {
    defs.push(
      def('h', 2, 0, stdInt('h', 2), i16),
      def('H', 2, 0, stdUInt('H', 2), u16),
      def('i', 4, 0, stdInt('i', 4), i32),
      def('I', 4, 0, stdUInt('I', 4), u32),
      def('l', 4, 0, stdInt('l', 4), i32),
      def('L', 4, 0, stdUInt('L', 4), u32),
      def('q', 8, 0, bpLongLong, i64),
      def('Q', 8, 0, bpULongLong, u64),
      def('?', 1, 0, packBool, unpackBool),
      def('e', 2, 0, packHalfF, half),
      def('f', 4, 0, packFloat, flt),
      def('d', 8, 0, packDouble, dbl),
    );
  } else {
    const a = native ? 1 : 0;
    defs.push(
      def('h', 2, 2 * a, npShort, i16),
      def('H', 2, 2 * a, npUShort, u16),
      def('i', 4, 4 * a, npInt('i'), i32),
      def('I', 4, 4 * a, npUInt('I'), u32),
      native ? def('l', 8, 8, npLong, i64) : def('l', 4, 0, stdInt('l', 4), i32),
      native ? def('L', 8, 8, npULong, u64) : def('L', 4, 0, stdUInt('L', 4), u32),
      def('q', 8, 8 * a, npLong, i64),
      def('Q', 8, 8 * a, npULong, u64),
      def('?', 1, a, packBool, unpackBool),
      def('e', 2, 2 * a, packHalfF, half),
      def('f', 4, 4 * a, packFloat, flt),
      def('d', 8, 8 * a, packDouble, dbl),
    );
    if (native) {
      defs.push(
        def('n', 8, 8, npLong, i64),
        def('N', 8, 8, npULong, u64),
        def('P', 8, 8, npVoidP, u64),
      );
    }
  }
  return new Map(defs.map((d) => [d.c, d]));
}

let tables: { native: Map<string, Def>; little: Map<string, Def>; big: Map<string, Def> } | null = null;

function tableFor(first: string): Map<string, Def> {
  if (tables === null) tables = { native: makeTable('native'), little: makeTable('little'), big: makeTable('big') };
  switch (first) {
    case '<': case '=': return tables.little;
    case '>': case '!': return tables.big;
    default: return tables.native;
  }
}

// ---------------------------------------------------------------- formats

/** One formatcode: `repeat` items of `def` from `offset`; for s and p one item of `size` bytes. */
interface Code {
  def: Def;
  offset: number;
  size: number;
  repeat: number;
}

interface Format {
  /** Items to pack (s_len); -1 for a Struct that was never initialised. */
  len: number;
  /** Bytes (s_size); -1 likewise. */
  size: number;
  /** The same, exactly: sizes past 2**53 can be computed though never allocated. */
  exact: number | bigint;
  codes: Code[];
}

const SSIZE_MAX = 2n ** 63n - 1n;
const BLANK: Format = { len: -1, size: -1, exact: -1, codes: [] };

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

/** prepare_s: `text` holds the format's bytes, one char per byte. */
function prepare(text: string): Format {
  if (text.includes('\0')) structError('embedded null character');
  let i = 0;
  const first = text[0];
  if (first === '<' || first === '>' || first === '!' || first === '=' || first === '@') i = 1;
  const table = tableFor(i === 1 ? first : '@');
  const codes: Code[] = [];
  // Sizes stay exact as bigints until the end: counts may reach PY_SSIZE_T_MAX.
  let size = 0n;
  let len = 0;
  while (i < text.length) {
    let c = text[i++];
    if (isSpace(c)) continue;
    let num = 1n;
    if (c >= '0' && c <= '9') {
      num = BigInt(c.charCodeAt(0) - 48);
      for (;;) {
        c = i < text.length ? text[i++] : '\0';
        if (!(c >= '0' && c <= '9')) break;
        num = num * 10n + BigInt(c.charCodeAt(0) - 48);
        if (num > SSIZE_MAX) structError('total struct size too long');
      }
      if (c === '\0') structError('repeat count given without format specifier');
    }
    const e = table.get(c);
    if (e === undefined) structError('bad char in struct format');
    if (e!.align && size > 0n) {
      const a = BigInt(e!.align);
      size += (a - 1n) - ((size - 1n) % a);
      if (size > SSIZE_MAX) structError('total struct size too long');
    }
    const itemsize = BigInt(e!.size);
    if (num > (SSIZE_MAX - size) / itemsize) structError('total struct size too long');
    if (c === 's' || c === 'p') {
      codes.push({ def: e!, offset: Number(size), size: Number(num), repeat: 1 });
      len++;
    } else if (c !== 'x' && num > 0n) {
      codes.push({ def: e!, offset: Number(size), size: e!.size, repeat: Number(num) });
      len += Number(num);
    }
    size += num * itemsize;
  }
  return { len, size: Number(size), exact: I.norm(size), codes };
}

/** The bytes of a format argument as Struct.__init__ takes them: str (ASCII) or bytes. */
function formatText(v: Value): string {
  if (A.isStr(v)) {
    const s = A.strValue(v);
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(s)) A.callMethod(v, 'encode', [A.mkStr('ascii')]);
    return s;
  }
  if (v instanceof PyBytes) return Buffer.from(v.bytes).toString('latin1');
  return typeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(v).name}`);
}

// ---------------------------------------------------------------- packing

function packValues(f: Format, args: Value[], start: number, buf: Uint8Array, off: number): void {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // s_pack_internal zeroes the whole struct first (pad bytes included, pack_into too).
  buf.fill(0, off, off + f.size);
  let k = start;
  for (const code of f.codes) {
    const e = code.def;
    const c = e.c;
    if (c === 's' || c === 'p') {
      const v = args[k++];
      const b = v instanceof PyBytes ? v.bytes : v instanceof PyByteArray ? v.view() : null;
      if (b === null) structError(`argument for '${c}' must be a bytes object`);
      const at = off + code.offset;
      if (c === 's') {
        const n = Math.min(b!.length, code.size);
        if (n > 0) buf.set(b!.subarray(0, n), at);
      } else {
        // A 0p still writes its count byte (255), past its own zero bytes as the C code does.
        let n = Math.min(b!.length, code.size - 1);
        if (n > 0) buf.set(b!.subarray(0, n), at + 1);
        if (n > 255) n = 255;
        if (at < buf.length) buf[at] = n & 0xff;
      }
      continue;
    }
    const pack = e.pack!;
    let at = off + code.offset;
    for (let r = 0; r < code.repeat; r++, at += code.size) {
      const v = args[k++];
      try {
        pack(buf, dv, at, v);
      } catch (err) {
        if (isException(err) && err.ob_type.isSubtype(OverflowError) && A.intValue(v) !== null) structError('int too large to convert');
        throw err;
      }
    }
  }
}

function unpackValues(f: Format, buf: Uint8Array, off: number): PyTuple {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: Value[] = [];
  for (const code of f.codes) {
    const e = code.def;
    const at0 = off + code.offset;
    if (e.c === 's') {
      out.push(new PyBytes(buf.slice(at0, at0 + code.size)));
    } else if (e.c === 'p') {
      let n = buf[at0] ?? 0;
      if (n >= code.size) n = code.size - 1;
      if (n < 0) throw newException(SystemError, 'Negative size passed to PyBytes_FromStringAndSize');
      out.push(new PyBytes(buf.slice(at0 + 1, at0 + 1 + n)));
    } else {
      const unpack = e.unpack!;
      for (let r = 0, at = at0; r < code.repeat; r++, at += code.size) out.push(unpack(buf, dv, at));
    }
  }
  return new PyTuple(out);
}

/** A readable buffer (y*): C-contiguous bytes of any bytes-like object. */
function readBuffer(v: Value): Uint8Array {
  if (v instanceof PyMemoryView && v.step !== 1 && v.count > 1) {
    throw newException(BufferError, 'memoryview: underlying buffer is not C-contiguous');
  }
  const b = bufferOf(v);
  if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(v)}'`);
  return b!;
}

/** A writable buffer (w*): bytearray, array, or a contiguous memoryview of a writable object. */
function writableBuffer(v: Value): Uint8Array {
  if (v instanceof PyByteArray) return v.view();
  if (v instanceof PyMemoryView) {
    if (v.obj instanceof PyByteArray && (v.step === 1 || v.count <= 1) && !v.released) return v.bytes();
    if (v.released) v.bytes();
  } else {
    const ex = bufferExport(v);
    if (ex !== null) return ex.bytes(v);
  }
  return typeError(`argument must be read-write bytes-like object, not ${A.typeName(v)}`);
}

function doPack(f: Format, args: Value[], start: number): Value {
  const n = args.length - start;
  if (n !== f.len) structError(`pack expected ${f.len} items for packing (got ${n})`);
  if (f.size > 2 ** 31) throw newException(MemoryError);
  const buf = new Uint8Array(f.size);
  packValues(f, args, start, buf, 0);
  return new PyBytes(buf);
}

function doPackInto(f: Format, args: Value[], start: number): Value {
  const n = args.length - start;
  if (n !== f.len + 2) {
    if (n === 0) structError('pack_into expected buffer argument');
    if (n === 1) structError('pack_into expected offset argument');
    structError(`pack_into expected ${f.len} items for packing (got ${n - 2})`);
  }
  const buf = writableBuffer(args[start]);
  const ov = A.asIndex(args[start + 1]);
  if (typeof ov === 'bigint' && (ov < LONG_MIN || ov > LONG_MAX)) throw newException(IndexError, "cannot fit 'int' into an index-sized integer");
  const off = placeOffset(f, ov, buf.length, 'pack_into', 'packing');
  packValues(f, args, start + 2, buf, off);
  return None;
}

function doUnpack(f: Format, data: Value): Value {
  const buf = readBuffer(data);
  if (buf.length !== f.size) structError(`unpack requires a buffer of ${f.exact} bytes`);
  return unpackValues(f, buf, 0);
}

/** The 'n' converter of Argument Clinic. */
function ssizeArg(v: Value): number | bigint {
  const i = A.asIndex(v);
  if (typeof i === 'bigint' && (i < LONG_MIN || i > LONG_MAX)) overflow('Python int too large to convert to C ssize_t');
  return i;
}

/**
 * The checks pack_into and unpack_from make of a Py_ssize_t offset (negative
 * ones count from the end): the offset to use, or struct.error. Offsets past
 * 2**53 are exact here, for the messages.
 */
function placeOffset(f: Format, ov: number | bigint, len: number, who: string, verb: string): number {
  if (typeof ov === 'number' && ov >= 0 && f.size >= 0 && len - ov >= f.size) return ov;
  let off = BigInt(ov);
  const size = BigInt(f.exact);
  if (off < 0n) {
    if (off + size > 0n) structError(who === 'pack_into' ? `no space to pack ${size} bytes at offset ${off}` : `not enough data to unpack ${size} bytes at offset ${off}`);
    if (off + BigInt(len) < 0n) structError(`offset ${off} out of range for ${len}-byte buffer`);
    off += BigInt(len);
  }
  if (BigInt(len) - off < size) {
    structError(`${who} requires a buffer of at least ${size + off} bytes for ${verb} ${size} bytes at offset ${off} (actual buffer size is ${len})`);
  }
  return Number(off);
}

function doUnpackFrom(f: Format, data: Value, offsetV: Value | null): Value {
  const buf = readBuffer(data);
  const off = placeOffset(f, offsetV === null ? 0 : ssizeArg(offsetV), buf.length, 'unpack_from', 'unpacking');
  return unpackValues(f, buf, off);
}

// ---------------------------------------------------------------- unpack_iterator

const iterType = new PyType(typeType, '_struct.unpack_iterator', [objectType], 0);

class UnpackIter extends PyObject {
  pos = 0;
  done = false;
  constructor(readonly fmt: Format, readonly buf: Uint8Array) {
    super(iterType);
  }
}

newMethod(iterType, () => typeError("Cannot create 'unpack_iterator objects"));
method(iterType, '__iter__', (a) => a[0]);
method(iterType, '__next__', (a) => {
  const it = a[0] as UnpackIter;
  if (it.done || it.pos >= it.buf.length) {
    it.done = true;
    throw newException(StopIteration);
  }
  const r = unpackValues(it.fmt, it.buf, it.pos);
  it.pos += it.fmt.size;
  return r;
});
method(iterType, '__length_hint__', (a) => {
  const it = a[0] as UnpackIter;
  return it.done ? 0 : Math.floor((it.buf.length - it.pos) / it.fmt.size);
});

function doIterUnpack(f: Format, data: Value): Value {
  if (f.size === 0) structError(`cannot iteratively unpack with a struct of length ${f.size}`);
  const buf = readBuffer(data);
  if (buf.length % f.size !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${f.exact} bytes`);
  return new UnpackIter(f, buf);
}

// ---------------------------------------------------------------- Struct

const structType = new PyType(typeType, '_struct.Struct', [objectType], TPFLAGS_BASETYPE);
structType.dict.set('__doc__', A.mkStr('Struct(fmt) --> compiled struct object\n\n'));

class PyStruct extends PyObject {
  fmt: Format = BLANK;
  /** s_format, as text of its bytes. */
  text = '';
  constructor(type: PyType) {
    super(type);
  }
}

function asStruct(v: Value, name: string): PyStruct {
  if (!(v instanceof PyStruct)) typeError(`descriptor '${name}' requires a '_struct.Struct' object but received a '${A.typeName(v)}'`);
  return v as PyStruct;
}

function noKw(name: string, k: string[] | null): void {
  if (k !== null && k.length) typeError(`${name}() takes no keyword arguments`);
}

/** METH_O: exactly one positional argument after self. */
function one(name: string, a: Value[], k: string[] | null, skip: number): Value {
  noKw(name, k);
  if (a.length - skip !== 1) typeError(`${name}() takes exactly one argument (${a.length - skip} given)`);
  return a[skip];
}

/** Struct___init__: the format is replaced before parsing, so a failed re-initialisation leaves the new text over the old layout, as in C. */
function initStruct(s: PyStruct, f: Value): void {
  const text = formatText(f);
  s.text = text;
  s.fmt = prepare(text);
}

newMethod(structType, (cls) => {
  const o = new PyStruct(cls);
  if (cls !== structType && cls.hasInstanceDict) o.dict = new PyDict();
  return o;
});

const D = {
  pack: 'S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.',
  pack_into: 'S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.',
  unpack: "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.",
  unpack_from: "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.",
  iter_unpack: 'Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.',
};

method(structType, '__init__', (a, k) => {
  const s = asStruct(a[0], '__init__');
  const [f] = clinicArgs('Struct', a.slice(1), k, ['format'], 0, 1);
  initStruct(s, f!);
  return None;
});
method(structType, 'pack', (a, k) => {
  noKw('Struct.pack', k);
  return doPack(asStruct(a[0], 'pack').fmt, a, 1);
}, D.pack);
method(structType, 'pack_into', (a, k) => {
  noKw('Struct.pack_into', k);
  return doPackInto(asStruct(a[0], 'pack_into').fmt, a, 1);
}, D.pack_into);
method(structType, 'unpack', (a, k) => {
  const s = asStruct(a[0], 'unpack');
  return doUnpack(s.fmt, one('Struct.unpack', a, k, 1));
}, D.unpack);
method(structType, 'unpack_from', (a, k) => {
  const s = asStruct(a[0], 'unpack_from');
  const [buf, off] = clinicArgs('unpack_from', a.slice(1), k, ['buffer', 'offset'], 0, 1);
  return doUnpackFrom(s.fmt, buf!, off);
}, D.unpack_from);
method(structType, 'iter_unpack', (a, k) => {
  const s = asStruct(a[0], 'iter_unpack');
  return doIterUnpack(s.fmt, one('Struct.iter_unpack', a, k, 1));
}, D.iter_unpack);
method(structType, '__sizeof__', (a) => 56 + 32 * (asStruct(a[0], '__sizeof__').fmt.codes.length + 1), 'S.__sizeof__() -> size of S in memory, in bytes');
getset(structType, 'format', (o) => A.mkStr(Buffer.from((o as PyStruct).text, 'latin1').toString('utf8')));
getset(structType, 'size', (o) => (o as PyStruct).fmt.exact);

// ---------------------------------------------------------------- module

/** The module's format cache (cache_struct_converter), keyed by the format's type and text. */
const cache = new Map<string, PyStruct>();
const MAXCACHE = 100;

function cached(fmt: Value): PyStruct {
  let key: string | null = null;
  if (typeof fmt === 'string') key = 's' + fmt;
  else if (fmt instanceof PyBytes && fmt.ob_type === bytesType) key = 'b' + Buffer.from(fmt.bytes).toString('latin1');
  if (key !== null) {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
  } else {
    // The C cache is a dict: an unhashable format fails there, before Struct() sees it.
    A.pyHash(fmt);
  }
  const s = A.call(structType, [fmt]) as PyStruct;
  if (key !== null) {
    if (cache.size >= MAXCACHE) cache.clear();
    cache.set(key, s);
  }
  return s;
}

const MODULE_DOC = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";

/** _PyArg_CheckPositional for the positional-only functions. */
function exactly(name: string, a: Value[], k: string[] | null, n: number): void {
  if (k !== null && k.length) typeError(`_struct.${name}() takes no keyword arguments`);
  if (a.length !== n) typeError(`${name} expected ${n} arguments, got ${a.length}`);
}

registerNative('_struct', () => {
  const m = newModule('_struct', A.mkStr(MODULE_DOC));
  const d = m.dict;
  d.set('error', structErrorType());
  d.set('Struct', structType);
  const F = (name: string, doc: string, fn: (a: Value[], k: string[] | null) => Value): void => {
    moduleFunction(d, '_struct', name, fn, doc);
  };
  F('pack', 'pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.', (a, k) => {
    noKw('_struct.pack', k);
    if (a.length === 0) typeError('missing format argument');
    return doPack(cached(a[0]).fmt, a, 1);
  });
  F('pack_into', 'pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.', (a, k) => {
    noKw('_struct.pack_into', k);
    if (a.length === 0) typeError('missing format argument');
    return doPackInto(cached(a[0]).fmt, a, 1);
  });
  F('unpack', "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.", (a, k) => {
    exactly('unpack', a, k, 2);
    return doUnpack(cached(a[0]).fmt, a[1]);
  });
  F('unpack_from', "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.", (a, k) => {
    const [f, buf, off] = clinicArgs('unpack_from', a, k, ['format', 'buffer', 'offset'], 1, 2);
    return doUnpackFrom(cached(f!).fmt, buf!, off);
  });
  F('iter_unpack', 'Return an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.', (a, k) => {
    exactly('iter_unpack', a, k, 2);
    return doIterUnpack(cached(a[0]).fmt, a[1]);
  });
  F('calcsize', 'Return size in bytes of the struct described by the format string.', (a, k) => cached(one('_struct.calcsize', a, k, 0)).fmt.exact);
  F('_clearcache', 'Clear the internal cache.', () => {
    cache.clear();
    return None;
  });
  return m;
});
