/**
 * A minimal memoryview (Objects/memoryobject.c) over bytes and bytearray:
 * len, indexing, slicing (step 1 and strided), tobytes/tolist/hex, release and
 * the context-manager protocol, and cast between the one-byte formats.
 * Multi-byte formats and shapes raise NotImplementedError naming the feature.
 */
import type { Value } from './base';
import { PyObject } from './base';
import { PyBytes, PyByteArray, PyList, PySlice } from './containers';
import { memoryviewType, None, NotImplemented } from './types';
import { typeError, valueError, newException, IndexError, NotImplementedError, ValueError } from './exceptions';
import { PyFloat as PyFloatObj } from './float_object';
import * as A from './abstract';
import { method, methods, newMethod, getset, parseArgs } from './define';
import { sliceIndices, strOf, textOf } from './wstr';
import { bytesRepr } from './repr';
import { lazy } from '../util/lazy';
const lazy_bytes_type = lazy(() => require('./bytes_type') as typeof import('./bytes_type'));

/** Native item sizes of the struct formats a cast may give a contiguous view (little-endian, 64-bit). */
const WIDE: Record<string, number> = { h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2 };

export class PyMemoryView extends PyObject {
  released = false;
  /** Bytes per item: 1 for the byte formats, WIDE[format] after a cast (such views are contiguous). */
  itemsize = 1;
  constructor(
    readonly obj: PyBytes | PyByteArray,
    /** Byte indices into the underlying object, one per item. */
    readonly start: number,
    readonly step: number,
    readonly count: number,
    readonly format: string,
  ) {
    super(memoryviewType);
  }
  bytes(): Uint8Array {
    if (this.released) valueError('operation forbidden on released memoryview object');
    const src = this.obj instanceof PyBytes ? this.obj.bytes : this.obj.view();
    if (this.step === 1) return src.subarray(this.start, this.start + this.count * this.itemsize);
    const out = new Uint8Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = src[this.start + i * this.step];
    return out;
  }
}

/** The bytes a memoryview shows (null when v is not one). */
export function memoryviewBytes(v: Value): Uint8Array | null {
  return v instanceof PyMemoryView ? v.bytes() : null;
}

newMethod(memoryviewType, (_cls, args, kw) => {
  const [obj] = parseArgs('memoryview', args, kw, ['object'], 1);
  if (obj instanceof PyMemoryView) return new PyMemoryView(obj.obj, obj.start, obj.step, obj.count, obj.format);
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, 1, obj.bytes.length, 'B');
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, 1, obj.length, 'B');
  const ex = lazy_bytes_type().bufferExport(obj!);
  if (ex !== null) {
    // array.array and the like: a view of their live bytes in their own format.
    const b = ex.bytes(obj!);
    const fmt = ex.format(obj!);
    const size = WIDE[fmt] ?? (fmt === 'b' || fmt === 'B' ? 1 : 0);
    if (size === 0) throw newException(NotImplementedError, `memoryview of a buffer with format '${fmt}' is not supported yet`);
    const m = new PyMemoryView(new PyByteArray(b, b.length), 0, 1, b.length / size, fmt);
    m.itemsize = size;
    return m;
  }
  return typeError(`memoryview: a bytes-like object is required, not '${A.typeName(obj!)}'`);
});

function mv(v: Value): PyMemoryView {
  return v as PyMemoryView;
}

/** Item i of a multi-byte view, decoded as its struct format. */
function wideItem(m: PyMemoryView, bytes: Uint8Array, i: number): Value {
  const dv = new DataView(bytes.buffer, bytes.byteOffset + i * m.itemsize, m.itemsize);
  switch (m.format) {
    case 'h': return dv.getInt16(0, true);
    case 'H': return dv.getUint16(0, true);
    case 'i': return dv.getInt32(0, true);
    case 'I': return dv.getUint32(0, true);
    case 'f': return new PyFloatObj(dv.getFloat32(0, true));
    case 'd': return new PyFloatObj(dv.getFloat64(0, true));
    case 'l': case 'q': case 'n': {
      const v = dv.getBigInt64(0, true);
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    }
    default: {
      const v = dv.getBigUint64(0, true);
      return v <= 9007199254740991n ? Number(v) : v;
    }
  }
}

function item(m: PyMemoryView, b: number): Value {
  if (m.format === 'b') return b > 127 ? b - 256 : b;
  if (m.format === 'c') return new PyBytes(Uint8Array.of(b));
  return b;
}

methods(memoryviewType, {
  __len__: (args) => {
    const m = mv(args[0]);
    m.bytes();
    return m.count;
  },
  __getitem__: (args) => {
    const m = mv(args[0]);
    const k = args[1];
    const b = m.bytes();
    if (k instanceof PySlice) {
      if (m.itemsize !== 1) throw newException(NotImplementedError, `slicing a memoryview of format '${m.format}' is not supported yet`);
      const [start, , step, n] = sliceIndices(k, m.count);
      return new PyMemoryView(m.obj, m.start + start * m.step, m.step * step, Math.max(0, n), m.format);
    }
    const iv = A.asIndex(k);
    let i = typeof iv === 'bigint' ? -1 - m.count : iv;
    if (i < 0) i += m.count;
    if (i < 0 || i >= m.count) throw newException(IndexError, 'index out of bounds on dimension 1');
    return m.itemsize === 1 ? item(m, b[i]) : wideItem(m, b, i);
  },
  __setitem__: (args) => {
    const m = mv(args[0]);
    if (m.obj instanceof PyBytes) typeError('cannot modify read-only memory');
    if (m.itemsize !== 1) throw newException(NotImplementedError, `assigning to a memoryview of format '${m.format}' is not supported yet`);
    const ba = m.obj as PyByteArray;
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, m.count);
      const src = A.bytesOf(args[2]) ?? (args[2] instanceof PyByteArray ? args[2].view() : memoryviewBytes(args[2]));
      if (src === null) typeError(`a bytes-like object is required, not '${A.typeName(args[2])}'`);
      if (src!.length !== n) valueError('memoryview assignment: lvalue and rvalue have different structures');
      for (let i = 0; i < n; i++) ba.buf[m.start + (start + i * step) * m.step] = src![i];
      return None;
    }
    let i = Number(A.asIndex(k));
    if (i < 0) i += m.count;
    if (i < 0 || i >= m.count) throw newException(IndexError, 'index out of bounds on dimension 1');
    const v = Number(A.asIndex(args[2]));
    if (v < 0 || v > 255) valueError(`memoryview: invalid value for format '${m.format}'`);
    ba.buf[m.start + i * m.step] = v;
    return None;
  },
  tobytes: (args) => new PyBytes(mv(args[0]).bytes().slice()),
  tolist: (args) => {
    const m = mv(args[0]);
    const b = m.bytes();
    if (m.itemsize !== 1) return new PyList(Array.from({ length: m.count }, (_, i) => wideItem(m, b, i)));
    return new PyList(Array.from(b, (x) => item(m, x)));
  },
  hex: (args) => A.callMethod(new PyBytes(mv(args[0]).bytes().slice()), 'hex', args.slice(1)),
  release: (args) => {
    mv(args[0]).released = true;
    return None;
  },
  __enter__: (args) => {
    mv(args[0]).bytes();
    return args[0];
  },
  __exit__: (args) => {
    mv(args[0]).released = true;
    return None;
  },
  __eq__: (args) => {
    const a = mv(args[0]).bytes();
    const o = args[1];
    const b = o instanceof PyMemoryView ? o.bytes() : o instanceof PyBytes ? o.bytes : o instanceof PyByteArray ? o.view() : null;
    if (b === null) return NotImplemented;
    return a.length === b.length && a.every((x, i) => x === b[i]);
  },
  __repr__: (args) => `<${mv(args[0]).released ? 'released ' : ''}memory at 0x${A.id(args[0]).toString(16).padStart(12, '0')}>`,
  cast: (args) => {
    const m = mv(args[0]);
    const f = args.length > 1 ? strOf(args[1]) : null;
    if (f === null) typeError('memoryview: format argument must be a string');
    const fmt = textOf(f!);
    if (args.length > 2) throw newException(NotImplementedError, 'memoryview.cast with a shape is not supported yet');
    const size = WIDE[fmt];
    if (size !== undefined) {
      // A byte view to a wider format: contiguous, a whole number of items.
      if (m.itemsize !== 1) typeError('memoryview: cannot cast between two non-byte formats');
      if (m.step !== 1) typeError('memoryview: casts are restricted to C-contiguous views');
      if (m.count % size !== 0) typeError('memoryview: length is not a multiple of itemsize');
      const w = new PyMemoryView(m.obj, m.start, 1, m.count / size, fmt);
      w.itemsize = size;
      return w;
    }
    if (fmt !== 'B' && fmt !== 'b' && fmt !== 'c') throw newException(ValueError, 'memoryview: destination format must be a native single character format prefixed with an optional \'@\'');
    if (m.itemsize !== 1) throw newException(NotImplementedError, `memoryview.cast from format '${m.format}' is not supported yet`);
    return new PyMemoryView(m.obj, m.start, m.step, m.count, fmt);
  },
});
getset(memoryviewType, 'obj', (v) => mv(v).obj);
getset(memoryviewType, 'nbytes', (v) => mv(v).count * mv(v).itemsize);
getset(memoryviewType, 'readonly', (v) => mv(v).obj instanceof PyBytes);
getset(memoryviewType, 'itemsize', (v) => mv(v).itemsize);
getset(memoryviewType, 'ndim', () => 1);
getset(memoryviewType, 'format', (v) => mv(v).format);
getset(memoryviewType, 'shape', (v) => A.newTuple([mv(v).count]));
getset(memoryviewType, 'strides', (v) => A.newTuple([mv(v).step]));
getset(memoryviewType, 'contiguous', (v) => mv(v).step === 1);
getset(memoryviewType, 'c_contiguous', (v) => mv(v).step === 1);
getset(memoryviewType, 'released', (v) => mv(v).released);

export { bytesRepr };
