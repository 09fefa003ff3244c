/**
 * zlib (Modules/zlibmodule.c of CPython 3.11). Compression is deflate.ts
 * and decompression inflate.ts, ports of zlib 1.2.13's algorithms (the
 * version CPython links here), so compressed bytes equal python3's and the
 * decompressor objects stop, consume input and report unused_data,
 * unconsumed_tail and eof as zlib does. Node's bundled zlib is Chromium's
 * fork, whose output differs, and has no synchronous streaming interface.
 * The loops around deflate()/inflate() and the growth of the output buffer
 * (_BlocksOutputBuffer's block sizes, which decide the size of stored
 * blocks at level 0) follow zlibmodule.c.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { PyBytes } from '../objects/containers';
import { typeType, objectType, None } from '../objects/types';
import { newException, typeError, ValueError, OverflowError, Exception as PyException } from '../objects/exceptions';
import { getset, methods, moduleFunction, parseArgs, npos } from '../objects/define';
import { bufferOf } from '../objects/bytes_type';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import * as Z from './deflate';
import { Deflater, adler32, crc32 } from './deflate';
import { Inflater, Z_NEED_DICT, Z_DATA_ERROR } from './inflate';

const ZlibError = new PyType(typeType, 'zlib.error', [PyException], TPFLAGS_BASETYPE | PyException.flags);
ZlibError.hasInstanceDict = true;

const ZLIB_VERSION = '1.2.13';

function zlibError(err: number, msg: string, zmsg: string | null): never {
  let m = zmsg;
  if (m === null) {
    if (err === Z.Z_BUF_ERROR) m = 'incomplete or truncated stream';
    else if (err === Z.Z_STREAM_ERROR) m = 'inconsistent stream state';
    else if (err === Z_DATA_ERROR) m = 'invalid input data';
  }
  throw newException(ZlibError, m === null ? `Error ${err} ${msg}` : `Error ${err} ${msg}: ${m}`);
}

function bytesArg(v: Value): Uint8Array {
  const b = bufferOf(v);
  if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(v)}'`);
  return b!;
}

/** Clinic's int converter. */
function cInt(v: Value | null, dflt: number): number {
  if (v === null) return dflt;
  if (v instanceof PyObject && A.typeName(v) === 'float') typeError("'float' object cannot be interpreted as an integer");
  const i = A.asIndex(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) throw newException(OverflowError, 'Python int too large to convert to C int');
  return i;
}

/** Clinic's Py_ssize_t converter. */
function ssize(v: Value | null, dflt: number): number {
  if (v === null) return dflt;
  const i = A.asIndex(v);
  const b = BigInt(i);
  if (b > 0x7fffffffffffffffn || b < -0x8000000000000000n) throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(i);
}

/** Positional-only parameters passed by keyword: clinic reports the positional count. */
function needPositional(name: string, args: Value[], kw: string[] | null, min: number, exact: boolean): void {
  const n = npos(args, kw);
  if (n < min) typeError(`${name}() takes ${exact ? 'exactly' : 'at least'} ${min} positional argument${min === 1 ? '' : 's'} (${n} given)`);
}

// ---------------------------------------------------------------- _BlocksOutputBuffer

const KB = 1024;
const MB = 1024 * 1024;
const BLOCK_SIZES = [32 * KB, 64 * KB, 256 * KB, MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB,
  64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB];

interface Stream {
  output: Uint8Array;
  nextOut: number;
  availOut: number;
}

class OutBuf {
  blocks: Uint8Array[] = [];
  allocated = 0;
  maxLength = -1;

  private add(size: number, s: Stream): void {
    const b = new Uint8Array(size);
    this.blocks.push(b);
    this.allocated += size;
    s.output = b;
    s.nextOut = 0;
    s.availOut = size;
  }

  /** _BlocksOutputBuffer_InitAndGrow. */
  initAndGrow(maxLength: number, s: Stream): void {
    this.maxLength = maxLength;
    this.add(maxLength < 0 || maxLength >= BLOCK_SIZES[0] ? BLOCK_SIZES[0] : maxLength, s);
  }

  /** _BlocksOutputBuffer_InitWithSize. */
  initWithSize(size: number, s: Stream): void {
    this.add(size, s);
  }

  grow(s: Stream): void {
    const n = this.blocks.length;
    let size = n < BLOCK_SIZES.length ? BLOCK_SIZES[n] : BLOCK_SIZES[BLOCK_SIZES.length - 1];
    if (this.maxLength >= 0) {
      const rest = this.maxLength - this.allocated;
      if (size > rest) size = rest;
    }
    this.add(size, s);
  }

  dataSize(s: Stream): number {
    return this.allocated - s.availOut;
  }

  finish(s: Stream): PyBytes {
    const total = this.allocated - s.availOut;
    if (this.blocks.length === 1) return new PyBytes(this.blocks[0].slice(0, total));
    const out = new Uint8Array(total);
    let at = 0;
    for (const b of this.blocks) {
      const n = Math.min(b.length, total - at);
      out.set(b.subarray(0, n), at);
      at += n;
    }
    return new PyBytes(out);
  }
}

function setInput(s: Deflater | Inflater, data: Uint8Array): void {
  s.input = data;
  s.nextIn = 0;
  s.availIn = data.length;
}

// ---------------------------------------------------------------- Compress

const compressType = new PyType(typeType, 'zlib.Compress', [objectType], 0);

class Compress extends PyObject {
  ended = false;
  constructor(public z: Deflater) {
    super(compressType);
  }
}

/** deflate() until the output stops filling, growing the buffer as zlibmodule.c does. */
function deflateAll(z: Deflater, flush: number, buf: OutBuf, what: string): number {
  let err: number;
  do {
    if (z.availOut === 0) buf.grow(z);
    err = z.deflate(flush);
    if (err === Z.Z_STREAM_ERROR) zlibError(err, what, z.msg);
  } while (z.availOut === 0);
  return err;
}

function compressImpl(c: Compress, data: Uint8Array): PyBytes {
  const buf = new OutBuf();
  if (c.ended) zlibError(Z.Z_STREAM_ERROR, 'while compressing data', c.z.msg);
  const z = c.z;
  setInput(z, data);
  buf.initAndGrow(-1, z);
  deflateAll(z, Z.Z_NO_FLUSH, buf, 'while compressing data');
  return buf.finish(z);
}

methods(compressType, {
  compress: (a, k) => {
    if (npos(a, k) > 2) typeError(`compress() takes at most 1 argument (${npos(a, k) - 1} given)`);
    needPositional('compress', a.slice(1), k, 1, true);
    const [dataV] = parseArgs('compress', a.slice(1), k, ['data'], 1, 1);
    return compressImpl(a[0] as Compress, bytesArg(dataV!));
  },
  flush: (a, k) => {
    const c = a[0] as Compress;
    if (k !== null && k.length) typeError(`'${k[0]}' is an invalid keyword argument for flush()`);
    if (a.length > 2) typeError(`flush() takes at most 1 argument (${a.length - 1} given)`);
    const mode = cInt(a.length > 1 ? a[1] : null, Z.Z_FINISH);
    if (mode === Z.Z_NO_FLUSH) return new PyBytes(new Uint8Array(0));
    if (c.ended) zlibError(Z.Z_STREAM_ERROR, 'while flushing', c.z.msg);
    const z = c.z;
    setInput(z, new Uint8Array(0));
    const buf = new OutBuf();
    buf.initAndGrow(-1, z);
    const err = deflateAll(z, mode, buf, 'while flushing');
    if (err === Z.Z_STREAM_END && mode === Z.Z_FINISH) c.ended = true;
    else if (err !== Z.Z_OK && err !== Z.Z_BUF_ERROR) zlibError(err, 'while flushing', z.msg);
    return buf.finish(z);
  },
  copy: (a) => copyCompress(a[0] as Compress),
  __copy__: (a) => copyCompress(a[0] as Compress),
  __deepcopy__: (a) => {
    if (a.length !== 2) typeError(`__deepcopy__() takes exactly one argument (${a.length - 1} given)`);
    return copyCompress(a[0] as Compress);
  },
});

function copyCompress(c: Compress): Compress {
  if (c.ended) throw newException(ValueError, 'Inconsistent stream state');
  return new Compress(c.z.copy());
}

// ---------------------------------------------------------------- Decompress

const decompressType = new PyType(typeType, 'zlib.Decompress', [objectType], 0);

class Decompress extends PyObject {
  unusedData: Uint8Array = new Uint8Array(0);
  unconsumedTail: Uint8Array = new Uint8Array(0);
  eof = false;
  ended = false;
  constructor(public z: Inflater, readonly zdict: Uint8Array | null) {
    super(decompressType);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** save_unconsumed_input. */
function saveUnconsumed(d: Decompress, data: Uint8Array, err: number): void {
  const z = d.z;
  if (err === Z.Z_STREAM_END && z.availIn > 0) {
    d.unusedData = concat(d.unusedData, data.subarray(z.nextIn));
    z.availIn = 0;
  }
  if (z.availIn > 0 || d.unconsumedTail.length) d.unconsumedTail = data.slice(z.nextIn);
}

function setZdict(d: Decompress): void {
  const err = d.z.setDictionary(d.zdict!);
  if (err !== Z.Z_OK) zlibError(err, 'while setting zdict', null);
}

methods(decompressType, {
  decompress: (a, k) => {
    const d = a[0] as Decompress;
    needPositional('decompress', a.slice(1), k, 1, false);
    const [dataV, maxV] = parseArgs('decompress', a.slice(1), k, ['data', 'max_length'], 1, 1);
    const data = bytesArg(dataV!);
    let maxLength = ssize(maxV, 0);
    if (maxLength < 0) throw newException(ValueError, 'max_length must be non-negative');
    if (maxLength === 0) maxLength = -1;
    const z = d.z;
    setInput(z, data);
    const buf = new OutBuf();
    buf.initAndGrow(maxLength, z);
    let err = Z.Z_OK;
    save: do {
      do {
        if (z.availOut === 0) {
          if (buf.dataSize(z) === maxLength) break save;
          buf.grow(z);
        }
        err = d.ended ? Z.Z_STREAM_ERROR : z.inflate(Z.Z_SYNC_FLUSH);
        if (err !== Z.Z_OK && err !== Z.Z_BUF_ERROR && err !== Z.Z_STREAM_END) {
          if (err === Z_NEED_DICT && d.zdict !== null) setZdict(d);
          else break save;
        }
      } while (z.availOut === 0 || err === Z_NEED_DICT);
    } while (false);
    saveUnconsumed(d, data, err);
    if (err === Z.Z_STREAM_END) d.eof = true;
    else if (err !== Z.Z_OK && err !== Z.Z_BUF_ERROR) zlibError(err, 'while decompressing data', z.msg);
    return buf.finish(z);
  },
  flush: (a, k) => {
    const d = a[0] as Decompress;
    if (k !== null && k.length) typeError(`'${k[0]}' is an invalid keyword argument for flush()`);
    if (a.length > 2) typeError(`flush() takes at most 1 argument (${a.length - 1} given)`);
    const length = ssize(a.length > 1 ? a[1] : null, 16384);
    if (length <= 0) throw newException(ValueError, 'length must be greater than zero');
    const data = d.unconsumedTail;
    const z = d.z;
    setInput(z, data);
    const buf = new OutBuf();
    buf.initWithSize(length, z);
    let err = Z.Z_OK;
    save: do {
      const flush = Z.Z_FINISH;
      do {
        if (z.availOut === 0) buf.grow(z);
        err = d.ended ? Z.Z_STREAM_ERROR : z.inflate(flush);
        if (err !== Z.Z_OK && err !== Z.Z_BUF_ERROR && err !== Z.Z_STREAM_END) break save;
      } while (z.availOut === 0);
    } while (false);
    saveUnconsumed(d, data, err);
    if (err === Z.Z_STREAM_END) {
      d.eof = true;
      d.ended = true;
    }
    return buf.finish(z);
  },
  copy: (a) => copyDecompress(a[0] as Decompress),
  __copy__: (a) => copyDecompress(a[0] as Decompress),
  __deepcopy__: (a) => {
    if (a.length !== 2) typeError(`__deepcopy__() takes exactly one argument (${a.length - 1} given)`);
    return copyDecompress(a[0] as Decompress);
  },
});

function copyDecompress(d: Decompress): Decompress {
  if (d.ended) throw newException(ValueError, 'Inconsistent stream state');
  const o = new Decompress(d.z.copy(), d.zdict);
  o.unusedData = d.unusedData;
  o.unconsumedTail = d.unconsumedTail;
  o.eof = d.eof;
  return o;
}

getset(decompressType, 'unused_data', (o) => new PyBytes((o as Decompress).unusedData));
getset(decompressType, 'unconsumed_tail', (o) => new PyBytes((o as Decompress).unconsumedTail));
getset(decompressType, 'eof', (o) => (o as Decompress).eof);

// ---------------------------------------------------------------- module

const CONSTANTS: [string, number][] = [
  ['MAX_WBITS', 15], ['DEFLATED', 8], ['DEF_MEM_LEVEL', 8], ['DEF_BUF_SIZE', 16384],
  ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9], ['Z_DEFAULT_COMPRESSION', -1],
  ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0],
  ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3], ['Z_FINISH', 4],
  ['Z_BLOCK', 5], ['Z_TREES', 6],
];

const DOC =
  'The functions in this module allow compression and decompression using the\n' +
  'zlib library, which is based on GNU zip.\n\n' +
  'adler32(string[, start]) -- Compute an Adler-32 checksum.\n' +
  'compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n' +
  'compressobj([level[, ...]]) -- Return a compressor object.\n' +
  'crc32(string[, start]) -- Compute a CRC-32 checksum.\n' +
  'decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n' +
  'decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n' +
  "'wbits' is window buffer size and container format.\n" +
  'Compressor objects support compress() and flush() methods; decompressor\n' +
  'objects support decompress() and flush().';

function checksum(name: string, fn: (d: Uint8Array, v: number) => number, dflt: number): (a: Value[], k: string[] | null) => Value {
  return (a, k) => {
    if (k !== null && k.length) typeError(`zlib.${name}() takes no keyword arguments`);
    if (a.length < 1) typeError(`${name} expected at least 1 argument, got ${a.length}`);
    if (a.length > 2) typeError(`${name} expected at most 2 arguments, got ${a.length}`);
    const data = bytesArg(a[0]);
    let start = dflt;
    if (a.length > 1) {
      if (a[1] instanceof PyObject && A.typeName(a[1]) === 'float') typeError("'float' object cannot be interpreted as an integer");
      start = Number(BigInt.asUintN(32, BigInt(A.asIndex(a[1]))));
    }
    return fn(data, start);
  };
}

registerNative('zlib', () => {
  const m = newModule('zlib', A.mkStr(DOC));
  const d = m.dict;
  d.set('error', ZlibError);
  for (const [k, v] of CONSTANTS) d.set(k, v);
  d.set('ZLIB_VERSION', A.mkStr(ZLIB_VERSION));
  d.set('ZLIB_RUNTIME_VERSION', A.mkStr(ZLIB_VERSION));
  d.set('__version__', A.mkStr('1.0'));
  const F = (name: string, fn: (a: Value[], k: string[] | null) => Value): void => {
    moduleFunction(d, 'zlib', name, fn);
  };
  F('adler32', checksum('adler32', (b, v) => adler32(b, v), 1));
  F('crc32', checksum('crc32', (b, v) => crc32(b, v), 0));
  F('compress', (a, k) => {
    needPositional('compress', a, k, 1, false);
    const [dataV, levelV, wbitsV] = parseArgs('compress', a, k, ['data', 'level', 'wbits'], 1, 1);
    const data = bytesArg(dataV!);
    const level = cInt(levelV, -1);
    const wbits = cInt(wbitsV, 15);
    if (!Deflater.validParams(level, wbits, 8, 0)) throw newException(ZlibError, 'Bad compression level');
    const z = new Deflater(level, wbits, 8, 0);
    const buf = new OutBuf();
    buf.initAndGrow(-1, z);
    setInput(z, data);
    deflateAll(z, Z.Z_FINISH, buf, 'while compressing data');
    return buf.finish(z);
  });
  F('decompress', (a, k) => {
    needPositional('decompress', a, k, 1, false);
    const [dataV, wbitsV, bufV] = parseArgs('decompress', a, k, ['data', 'wbits', 'bufsize'], 1, 1);
    const data = bytesArg(dataV!);
    const wbits = cInt(wbitsV, 15);
    let bufsize = ssize(bufV, 16384);
    if (bufsize < 0) throw newException(ValueError, 'bufsize must be non-negative');
    if (bufsize === 0) bufsize = 1;
    if (!Inflater.validWbits(wbits)) zlibError(Z.Z_STREAM_ERROR, 'while preparing to decompress data', null);
    const z = new Inflater(wbits);
    const buf = new OutBuf();
    buf.initWithSize(Math.min(bufsize, 1 << 30), z);
    setInput(z, data);
    let err: number;
    do {
      if (z.availOut === 0) buf.grow(z);
      err = z.inflate(Z.Z_FINISH);
      if (err !== Z.Z_OK && err !== Z.Z_BUF_ERROR && err !== Z.Z_STREAM_END) zlibError(err, 'while decompressing data', z.msg);
    } while (z.availOut === 0);
    if (err !== Z.Z_STREAM_END) zlibError(err, 'while decompressing data', z.msg);
    return buf.finish(z);
  });
  F('compressobj', (a, k) => {
    const [levelV, methodV, wbitsV, memV, stratV, zdictV] = parseArgs('compressobj', a, k,
      ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'], 0);
    const level = cInt(levelV, -1);
    const method = cInt(methodV, 8);
    const wbits = cInt(wbitsV, 15);
    const mem = cInt(memV, 8);
    const strategy = cInt(stratV, 0);
    const zdict = zdictV === null || zdictV === None ? null : bytesArg(zdictV).slice();
    if (!Deflater.validParams(level, wbits, mem, strategy, method)) throw newException(ValueError, 'Invalid initialization option');
    const z = new Deflater(level, wbits, mem, strategy);
    if (zdict !== null && z.setDictionary(zdict) !== Z.Z_OK) throw newException(ValueError, 'Invalid dictionary');
    return new Compress(z);
  });
  F('decompressobj', (a, k) => {
    const [wbitsV, zdictV] = parseArgs('decompressobj', a, k, ['wbits', 'zdict'], 0);
    const wbits = cInt(wbitsV, 15);
    let zdict: Uint8Array | null = null;
    if (zdictV !== null) {
      const b = bufferOf(zdictV);
      if (b === null) typeError('zdict argument must support the buffer protocol');
      zdict = b!.slice();
    }
    if (!Inflater.validWbits(wbits)) throw newException(ValueError, 'Invalid initialization option');
    const obj = new Decompress(new Inflater(wbits), zdict);
    if (zdict !== null && wbits < 0) setZdict(obj);
    return obj;
  });
  return m;
});
