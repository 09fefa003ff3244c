/**
 * marshal.dumps (Python/marshal.c w_object / w_complex_object).
 *
 * CPython chooses FLAG_REF from reference counts, which we do not have; the
 * objects loaded back are equal either way. We follow its visible habits so
 * the bytes come out close to CPython's: interned strings are always
 * registered and shared (w_ref), as are a code object's file name and names,
 * the small ints and the empty tuple (singletons with many references).
 *
 * Which strings are interned follows Objects/codeobject.c _PyCode_New: every
 * name in co_names and co_localsplusnames, string constants made only of
 * name characters (all_name_chars, also inside constant tuples and
 * frozensets), and co_name when it is an identifier.
 */
import { PyBytes, PyComplex, PyEllipsis, PyFloat } from '../ast/constant';
import { CodeObject } from '../bytecode/code';
import {
  ConstFrozenSet,
  ConstTuple,
  MarshalDict,
  MarshalList,
  MarshalSet,
  PyStopIteration,
  pyTypeName,
  type MarshalValue,
} from '../bytecode/constants';
import { PyMarshalError } from './errors';
import * as T from './types';
import { encodeUtf8SurrogatePass, isAscii } from './utf8';

/** How a string is to be written: plain, interned, or plain but shared by reference. */
const enum Str {
  Plain,
  Interned,
  Shared,
}

/** all_name_chars in Objects/codeobject.c. */
export function allNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

class ByteSink {
  buf = new Uint8Array(256);
  len = 0;
  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(b: number): void {
    this.reserve(1);
    this.buf[this.len++] = b & 0xff;
  }
  long(x: number): void {
    this.reserve(4);
    const b = this.buf;
    b[this.len++] = x & 0xff;
    b[this.len++] = (x >> 8) & 0xff;
    b[this.len++] = (x >> 16) & 0xff;
    b[this.len++] = (x >>> 24) & 0xff;
  }
  short(x: number): void {
    this.byte(x);
    this.byte(x >> 8);
  }
  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

class Writer {
  out = new ByteSink();
  depth = 0;
  /** w_ref's table: shared object (or `kind:value` key for strings and ints) -> reference index. */
  refs = new Map<unknown, number>();
  constructor(readonly version: number) {}

  /** w_ref: a back-reference if `key` was written before (returns true), else maybe register it. */
  private ref(key: unknown, share: boolean): { done: boolean; flag: number } {
    if (this.version < 3 || !share) return { done: false, flag: 0 };
    const at = this.refs.get(key);
    if (at !== undefined) {
      this.out.byte(T.TYPE_REF);
      this.out.long(at);
      return { done: true, flag: 0 };
    }
    this.refs.set(key, this.refs.size);
    return { done: false, flag: T.FLAG_REF };
  }

  object(v: MarshalValue, str: Str = Str.Plain, inConsts = false): void {
    if (++this.depth > T.MAX_MARSHAL_STACK_DEPTH) throw new PyMarshalError('ValueError', 'object too deeply nested to marshal');
    const o = this.out;
    if (v === null) o.byte(T.TYPE_NONE);
    else if (v instanceof PyStopIteration) o.byte(T.TYPE_STOPITER);
    else if (v instanceof PyEllipsis) o.byte(T.TYPE_ELLIPSIS);
    else if (v === false) o.byte(T.TYPE_FALSE);
    else if (v === true) o.byte(T.TYPE_TRUE);
    else if (typeof v === 'number' || typeof v === 'bigint') this.int(v);
    else if (typeof v === 'string') this.str(v, inConsts && allNameChars(v) ? Str.Interned : str);
    else if (v instanceof PyFloat) {
      if (this.version > 1) {
        o.byte(T.TYPE_BINARY_FLOAT);
        this.floatBin(v.value);
      } else {
        o.byte(T.TYPE_FLOAT);
        this.floatStr(v.value);
      }
    } else if (v instanceof PyComplex) {
      if (this.version > 1) {
        o.byte(T.TYPE_BINARY_COMPLEX);
        this.floatBin(v.real);
        this.floatBin(v.imag);
      } else {
        o.byte(T.TYPE_COMPLEX);
        this.floatStr(v.real);
        this.floatStr(v.imag);
      }
    } else if (v instanceof PyBytes) {
      o.byte(T.TYPE_STRING);
      this.pstring(v.bytes);
    } else if (v instanceof ConstTuple) this.tuple(v.items, inConsts);
    else if (v instanceof MarshalList) {
      o.byte(T.TYPE_LIST);
      this.size(v.items.length);
      for (const x of v.items) this.object(x);
    } else if (v instanceof MarshalDict) {
      o.byte(T.TYPE_DICT);
      for (const [k, x] of v.entries) {
        this.object(k);
        this.object(x);
      }
      o.byte(T.TYPE_NULL);
    } else if (v instanceof ConstFrozenSet || v instanceof MarshalSet) {
      o.byte(v instanceof ConstFrozenSet ? T.TYPE_FROZENSET : T.TYPE_SET);
      this.size(v.items.length);
      // bpo-37596: items in the order of sorted(v, key=marshal.dumps), each dumped on its own.
      const frozen = v instanceof ConstFrozenSet;
      const keyed = v.items.map((x) => ({ x, key: dumpOne(x, this.version, frozen) }));
      keyed.sort((a, b) => compareBytes(a.key, b.key));
      for (const { x } of keyed) this.object(x, Str.Plain, frozen && inConsts);
    } else if (v instanceof CodeObject) this.code(v);
    else throw new PyMarshalError('ValueError', `unmarshallable object of type ${pyTypeName(v)}`);
    this.depth--;
  }

  int(v: number | bigint): void {
    const small = typeof v === 'number' && v >= -5 && v <= 256;
    const { done, flag } = this.ref('i:' + v, small);
    if (done) return;
    if (typeof v === 'number' && v >= -0x80000000 && v <= 0x7fffffff) {
      this.out.byte(T.TYPE_INT | flag);
      this.out.long(v);
      return;
    }
    // w_PyLong: a signed count of 15-bit digits, least significant first.
    let mag = typeof v === 'bigint' ? v : BigInt(v);
    const neg = mag < 0n;
    if (neg) mag = -mag;
    const digits: number[] = [];
    while (mag > 0n) {
      digits.push(Number(mag & 0x7fffn));
      mag >>= 15n;
    }
    this.out.byte(T.TYPE_LONG | flag);
    this.out.long(neg ? -digits.length : digits.length);
    for (const d of digits) this.out.short(d);
  }

  str(s: string, how: Str): void {
    const interned = how === Str.Interned;
    const { done, flag } = this.ref((interned ? 'S:' : 's:') + s, how !== Str.Plain);
    if (done) return;
    const o = this.out;
    if (this.version >= 4 && isAscii(s)) {
      const b = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
      if (s.length < 256) {
        o.byte((interned ? T.TYPE_SHORT_ASCII_INTERNED : T.TYPE_SHORT_ASCII) | flag);
        o.byte(s.length);
        o.bytes(b);
      } else {
        o.byte((interned ? T.TYPE_ASCII_INTERNED : T.TYPE_ASCII) | flag);
        this.pstring(b);
      }
      return;
    }
    o.byte((this.version >= 3 && interned ? T.TYPE_INTERNED : T.TYPE_UNICODE) | flag);
    this.pstring(encodeUtf8SurrogatePass(s));
  }

  tuple(items: readonly MarshalValue[], inConsts: boolean, how: Str = Str.Plain): void {
    const { done, flag } = this.ref('()', items.length === 0);
    if (done) return;
    if (this.version >= 4 && items.length < 256) {
      this.out.byte(T.TYPE_SMALL_TUPLE | flag);
      this.out.byte(items.length);
    } else {
      this.out.byte(T.TYPE_TUPLE | flag);
      this.size(items.length);
    }
    for (const x of items) this.object(x, how, inConsts);
  }

  code(co: CodeObject): void {
    const o = this.out;
    o.byte(T.TYPE_CODE);
    o.long(co.co_argcount);
    o.long(co.co_posonlyargcount);
    o.long(co.co_kwonlyargcount);
    o.long(co.co_stacksize);
    o.long(co.co_flags);
    o.byte(T.TYPE_STRING);
    this.pstring(co.co_code);
    this.tuple(co.co_consts, true);
    this.tuple(co.co_names, false, Str.Interned);
    this.tuple(co.co_localsplusnames, false, Str.Interned);
    o.byte(T.TYPE_STRING);
    this.pstring(co.co_localspluskinds);
    this.str(co.co_filename, Str.Shared);
    const nameHow = allNameChars(co.co_name) ? Str.Interned : Str.Shared;
    this.str(co.co_name, nameHow);
    this.str(co.co_qualname, co.co_qualname === co.co_name ? nameHow : Str.Plain);
    o.long(co.co_firstlineno);
    o.byte(T.TYPE_STRING);
    this.pstring(co.co_linetable);
    o.byte(T.TYPE_STRING);
    this.pstring(co.co_exceptiontable);
  }

  size(n: number): void {
    if (n > T.SIZE32_MAX) throw new PyMarshalError('ValueError', 'unmarshallable object');
    this.out.long(n);
  }

  pstring(b: Uint8Array): void {
    this.size(b.length);
    this.out.bytes(b);
  }

  floatBin(x: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.out.bytes(b);
  }

  /** w_float_str: PyOS_double_to_string(v, 'g', 17, 0), after a length byte. */
  floatStr(x: number): void {
    const s = formatG17(x);
    this.out.byte(s.length);
    for (let i = 0; i < s.length; i++) this.out.byte(s.charCodeAt(i));
  }
}

/** '%.17g' as CPython formats it (inf, nan, exponent with at least two digits). */
export function formatG17(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const e = x.toExponential(16);
  const [mant, expStr] = e.split('e');
  const exp = parseInt(expStr, 10);
  const strip = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= 17) {
    const a = Math.abs(exp);
    return strip(mant) + 'e' + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return strip(x.toFixed(Math.max(0, 16 - exp)));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** One set item dumped on its own (PyMarshal_WriteObjectToString), for the set order. */
function dumpOne(x: MarshalValue, version: number, inConsts: boolean): Uint8Array {
  const w = new Writer(version);
  w.object(x, Str.Plain, inConsts);
  return w.out.result();
}

/** marshal.dumps(value, version) */
export function dumps(value: MarshalValue, version: number = T.MARSHAL_VERSION): Uint8Array {
  const w = new Writer(version);
  try {
    w.object(value);
  } catch (e) {
    if (e instanceof RangeError) throw new PyMarshalError('ValueError', 'object too deeply nested to marshal');
    throw e;
  }
  return w.out.result();
}
