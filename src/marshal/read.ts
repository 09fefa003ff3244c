/**
 * marshal.loads (Python/marshal.c r_object and its helpers), with CPython's
 * errors for bad data. Every size is checked against the bytes that remain
 * before anything is allocated, and each object read consumes at least one
 * byte, so corrupt input ends in an error quickly and never hangs.
 */
import { PyBytes, PyComplex, PyFloat, ELLIPSIS, normaliseInt } from '../ast/constant';
import { CodeObject, CO_FAST_LOCAL, CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code';
import {
  ConstFrozenSet,
  ConstTuple,
  MarshalDict,
  MarshalList,
  MarshalSet,
  STOPITER,
  equalityKey,
  unhashableType,
  type ConstValue,
  type MarshalValue,
} from '../bytecode/constants';
import { PyMarshalError } from './errors';
import * as T from './types';
import { decodeUtf8SurrogatePass } from './utf8';

/** What r_object returns for TYPE_NULL: no object, and no error. */
const NULL = Symbol('NULL');
type Read = MarshalValue | typeof NULL;

/** A reserved reference slot not filled yet (CPython keeps Py_None there). */
const RESERVED = Symbol('reserved');

const bad = (msg: string): PyMarshalError => new PyMarshalError('ValueError', `bad marshal data (${msg})`);
const eofObject = (): PyMarshalError => new PyMarshalError('EOFError', 'EOF read where object expected');
/** 3.11.7's r_byte sets this itself when the data ends where a length byte belongs. */
const eofByte = (): PyMarshalError => new PyMarshalError('EOFError', 'EOF read where not expected');

class Reader {
  pos = 0;
  depth = 0;
  refs: (MarshalValue | typeof RESERVED)[] = [];
  constructor(readonly data: Uint8Array) {}

  /** r_string's bounds check: "marshal data too short". */
  take(n: number): number {
    if (this.data.length - this.pos < n) throw new PyMarshalError('EOFError', 'marshal data too short');
    const at = this.pos;
    this.pos += n;
    return at;
  }

  /** r_byte: -1 at the end (no error set). */
  byte(): number {
    return this.pos < this.data.length ? this.data[this.pos++] : -1;
  }

  short(): number {
    const at = this.take(2);
    const x = this.data[at] | (this.data[at + 1] << 8);
    return x & 0x8000 ? x - 0x10000 : x;
  }

  long(): number {
    const at = this.take(4);
    const d = this.data;
    return d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24);
  }

  size(what: string): number {
    const n = this.long();
    if (n < 0) throw bad(`${what} size out of range`);
    return n;
  }

  floatBin(): number {
    const at = this.take(8);
    return new DataView(this.data.buffer, this.data.byteOffset + at, 8).getFloat64(0, true);
  }

  /** r_float_str: a length byte, then text for PyOS_string_to_double. */
  floatStr(): number {
    const n = this.byte();
    if (n < 0) throw eofByte();
    const at = this.take(n);
    let bytes = this.data.subarray(at, at + n);
    const nul = bytes.indexOf(0);
    if (nul >= 0) bytes = bytes.subarray(0, nul);
    return parseFloatText(bytes);
  }

  /** r_PyLong: a signed count of 15-bit digits, least significant first. */
  pyLong(): number | bigint {
    const n = this.long();
    if (n === 0) return 0;
    const count = Math.abs(n);
    let v = 0n;
    let shift = 0n;
    for (let j = 0; j < count; j++) {
      const md = this.short();
      if (md < 0 || md > 1 << 15) throw bad('digit out of range in long');
      if (md === 0 && j === count - 1) throw bad('unnormalized long data');
      v |= BigInt(md) << shift;
      shift += 15n;
    }
    return normaliseInt(n < 0 ? -v : v);
  }

  register<V extends MarshalValue>(v: V, flag: boolean): V {
    if (flag) this.refs.push(v);
    return v;
  }

  reserve(flag: boolean): number {
    if (!flag) return -1;
    this.refs.push(RESERVED);
    return this.refs.length - 1;
  }

  object(): Read {
    const code = this.byte();
    if (code < 0) throw eofObject();
    if (++this.depth > T.MAX_MARSHAL_STACK_DEPTH) throw new PyMarshalError('ValueError', 'recursion limit exceeded');
    const v = this.objectOfType(code & ~T.FLAG_REF, (code & T.FLAG_REF) !== 0);
    this.depth--;
    return v;
  }

  /** An item of a container: a NULL there is a TypeError naming the container. */
  item(container: string): MarshalValue {
    const v = this.object();
    if (v === NULL) throw new PyMarshalError('TypeError', `NULL object in marshal data for ${container}`);
    return v;
  }

  objectOfType(type: number, flag: boolean): Read {
    switch (type) {
      case T.TYPE_NULL:
        return NULL;
      case T.TYPE_NONE:
        return null;
      case T.TYPE_STOPITER:
        return STOPITER;
      case T.TYPE_ELLIPSIS:
        return ELLIPSIS;
      case T.TYPE_FALSE:
        return false;
      case T.TYPE_TRUE:
        return true;
      case T.TYPE_INT:
        return this.register(this.long(), flag);
      case T.TYPE_INT64: {
        const at = this.take(8);
        const v = new DataView(this.data.buffer, this.data.byteOffset + at, 8).getBigInt64(0, true);
        return this.register(normaliseInt(v), flag);
      }
      case T.TYPE_LONG:
        return this.register(this.pyLong(), flag);
      case T.TYPE_FLOAT:
        return this.register(new PyFloat(this.floatStr()), flag);
      case T.TYPE_BINARY_FLOAT:
        return this.register(new PyFloat(this.floatBin()), flag);
      case T.TYPE_COMPLEX: {
        const re = this.floatStr();
        return this.register(new PyComplex(re, this.floatStr()), flag);
      }
      case T.TYPE_BINARY_COMPLEX: {
        const re = this.floatBin();
        return this.register(new PyComplex(re, this.floatBin()), flag);
      }
      case T.TYPE_STRING: {
        const n = this.long();
        if (n < 0) throw bad('bytes object size out of range');
        const at = this.take(n);
        return this.register(new PyBytes(this.data.slice(at, at + n)), flag);
      }
      case T.TYPE_ASCII_INTERNED:
      case T.TYPE_ASCII:
        return this.register(this.latin1(this.size('string')), flag);
      case T.TYPE_SHORT_ASCII_INTERNED:
      case T.TYPE_SHORT_ASCII: {
        const n = this.byte();
        if (n < 0) throw eofByte();
        return this.register(this.latin1(n), flag);
      }
      case T.TYPE_INTERNED:
      case T.TYPE_UNICODE: {
        const n = this.size('string');
        const at = this.take(n);
        return this.register(decodeUtf8SurrogatePass(this.data, at, at + n), flag);
      }
      case T.TYPE_SMALL_TUPLE: {
        const n = this.byte();
        if (n < 0) throw eofByte();
        return this.tuple(n, flag);
      }
      case T.TYPE_TUPLE:
        return this.tuple(this.size('tuple'), flag);
      case T.TYPE_LIST: {
        const n = this.size('list');
        const items: MarshalValue[] = [];
        const v = this.register(new MarshalList(items), flag);
        for (let i = 0; i < n; i++) items.push(this.item('list'));
        return v;
      }
      case T.TYPE_DICT:
        return this.dict(flag);
      case T.TYPE_SET:
      case T.TYPE_FROZENSET:
        return this.set(type === T.TYPE_SET, flag);
      case T.TYPE_CODE:
        return this.code(flag);
      case T.TYPE_REF: {
        const n = this.long();
        if (n < 0 || n >= this.refs.length) throw bad('invalid reference');
        const v = this.refs[n];
        if (v === RESERVED) throw bad('invalid reference');
        return v;
      }
      default:
        throw bad('unknown type code');
    }
  }

  latin1(n: number): string {
    const at = this.take(n);
    let s = '';
    for (let i = at; i < at + n; i += 8192) {
      s += String.fromCharCode.apply(null, this.data.subarray(i, Math.min(at + n, i + 8192)) as unknown as number[]);
    }
    return s;
  }

  tuple(n: number, flag: boolean): ConstTuple {
    const items: MarshalValue[] = [];
    const v = this.register(new ConstTuple(items), flag);
    for (let i = 0; i < n; i++) items.push(this.item('tuple'));
    return v;
  }

  dict(flag: boolean): MarshalDict {
    const entries: [MarshalValue, MarshalValue][] = [];
    const v = this.register(new MarshalDict(entries), flag);
    const index = new Map<string, number>();
    for (;;) {
      const key = this.object();
      if (key === NULL) break;
      const val = this.object();
      if (val === NULL) break;
      const why = unhashableType(key);
      if (why) throw new PyMarshalError('TypeError', `unhashable type: '${why}'`);
      const k = equalityKey(key);
      const at = index.get(k);
      if (at === undefined) {
        index.set(k, entries.length);
        entries.push([key, val]);
      } else entries[at][1] = val;
    }
    return v;
  }

  set(mutable: boolean, flag: boolean): MarshalSet | ConstFrozenSet {
    const n = this.size('set');
    const items: MarshalValue[] = [];
    const v = mutable ? new MarshalSet(items) : new ConstFrozenSet(items);
    // Frozensets are registered only once built (r_ref_reserve / r_ref_insert).
    const idx = mutable ? (this.register(v, flag), -1) : this.reserve(flag);
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const x = this.item('set');
      const why = unhashableType(x);
      if (why) throw new PyMarshalError('TypeError', `unhashable type: '${why}'`);
      const k = equalityKey(x);
      if (!seen.has(k)) {
        seen.add(k);
        items.push(x);
      }
    }
    if (idx >= 0) this.refs[idx] = v;
    return v;
  }

  code(flag: boolean): Read {
    const idx = this.reserve(flag);
    const argcount = this.long();
    const posonlyargcount = this.long();
    const kwonlyargcount = this.long();
    const stacksize = this.long();
    const flags = this.long();
    // 3.11.7 reports a NULL field itself (the 3.11 branch's r_object for code).
    const fields: MarshalValue[] = [];
    for (let i = 0; i < 8; i++) fields.push(this.item('code object'));
    const firstlineno = this.long();
    const linetable = this.item('code object');
    const exceptiontable = this.item('code object');
    const [code, consts, names, lpnames, lpkinds, filename, name, qualname] = fields;
    // _PyCode_Validate
    if (
      argcount < posonlyargcount ||
      posonlyargcount < 0 ||
      kwonlyargcount < 0 ||
      stacksize < 0 ||
      flags < 0 ||
      !(code instanceof PyBytes) ||
      !(consts instanceof ConstTuple) ||
      !(names instanceof ConstTuple) ||
      !(lpnames instanceof ConstTuple) ||
      !(lpkinds instanceof PyBytes) ||
      lpnames.items.length !== lpkinds.bytes.length ||
      typeof name !== 'string' ||
      typeof qualname !== 'string' ||
      typeof filename !== 'string' ||
      !(linetable instanceof PyBytes) ||
      !(exceptiontable instanceof PyBytes)
    ) {
      throw new PyMarshalError('SystemError', 'Objects/codeobject.c:250: bad argument to internal function');
    }
    if (code.bytes.length % 2 !== 0) throw new PyMarshalError('ValueError', 'code: co_code is malformed');
    let nlocals = 0;
    for (const k of lpkinds.bytes) if (k & CO_FAST_LOCAL) nlocals++;
    const nplain = nlocals - argcount - kwonlyargcount - (flags & CO_VARARGS ? 1 : 0) - (flags & CO_VARKEYWORDS ? 1 : 0);
    if (nplain < 0) throw new PyMarshalError('ValueError', 'code: co_varnames is too small');
    // _PyCode_New: intern_strings(names), then intern_strings(localsplusnames)
    for (const tup of [names, lpnames]) {
      if (!tup.items.every((x) => typeof x === 'string')) {
        throw new PyMarshalError('SystemError', 'non-string found in code slot');
      }
    }
    const co = new CodeObject({
      co_argcount: argcount,
      co_posonlyargcount: posonlyargcount,
      co_kwonlyargcount: kwonlyargcount,
      co_stacksize: stacksize,
      co_flags: flags,
      co_code: code.bytes,
      co_consts: consts.items as ConstValue[],
      co_names: names.items as string[],
      co_localsplusnames: lpnames.items as string[],
      co_localspluskinds: lpkinds.bytes,
      co_filename: filename,
      co_name: name,
      co_qualname: qualname,
      co_firstlineno: firstlineno,
      co_linetable: linetable.bytes,
      co_exceptiontable: exceptiontable.bytes,
    });
    if (idx >= 0) this.refs[idx] = co;
    return co;
  }
}

/** PyOS_string_to_double(s, NULL, NULL): the whole text must be a float literal. */
function parseFloatText(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number(text);
  const m = /^([+-]?)(inf|infinity|nan)$/i.exec(text);
  if (m) {
    if (m[2].toLowerCase() === 'nan') return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  // The message shows at most 200 bytes, decoded as UTF-8 with 'replace' (PyUnicode_FromFormat %.200s).
  const shown = Buffer.from(bytes.subarray(0, 200)).toString('utf8');
  throw new PyMarshalError('ValueError', `could not convert string to float: '${shown}'`);
}

/** marshal.loads(data): the first object; extra bytes after it are ignored, as CPython does. */
export function loads(data: Uint8Array): MarshalValue {
  return loadsWithLength(data).value;
}

/** The object and the number of bytes it took. */
export function loadsWithLength(data: Uint8Array): { value: MarshalValue; length: number } {
  const r = new Reader(data);
  let v: Read;
  try {
    v = r.object();
  } catch (e) {
    if (e instanceof PyMarshalError) throw e;
    if (e instanceof RangeError) throw new PyMarshalError('RecursionError', 'maximum recursion depth exceeded');
    throw e;
  }
  if (v === NULL) throw new PyMarshalError('TypeError', 'NULL object in marshal data for object');
  return { value: v, length: r.pos };
}
