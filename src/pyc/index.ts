/**
 * .pyc files (PEP 552): a 16-byte header, then the marshalled code object.
 *
 *   0..4   MAGIC_NUMBER: 3495 little-endian + b'\r\n'  (a7 0d 0d 0a)
 *   4..8   flags: bit 0 = hash-based, bit 1 = check_source
 *   8..16  timestamp-based: source mtime, source size (uint32 LE, & 0xFFFFFFFF)
 *          hash-based:      _imp.source_hash(_RAW_MAGIC_NUMBER, source), 8 bytes
 *
 * Reading validates as importlib does (Lib/importlib/_bootstrap_external.py
 * _classify_pyc, _validate_timestamp_pyc, _validate_hash_pyc,
 * _compile_bytecode), with the same exception types and messages; writing
 * follows _code_to_timestamp_pyc / _code_to_hash_pyc.
 */
import { CodeObject } from '../bytecode/code';
import { bytesRepr, strRepr } from '../objects/repr';
import { sourceHash as siphashSource } from '../objects/siphash';
import { PyMarshalError } from '../marshal/errors';
import { dumps, loads } from '../marshal';

export const MAGIC = 3495;
export const MAGIC_NUMBER = Uint8Array.of(MAGIC & 0xff, MAGIC >> 8, 0x0d, 0x0a);
/** int.from_bytes(MAGIC_NUMBER, 'little'): the key of the source hash. */
export const RAW_MAGIC_NUMBER = MAGIC | (0x0a0d << 16);
/** sys.implementation.cache_tag of the CPython we mirror: __pycache__/NAME.cpython-311.pyc */
export const CPYTHON_CACHE_TAG = 'cpython-311';

export const FLAG_HASH_BASED = 0b01;
export const FLAG_CHECK_SOURCE = 0b10;

export type PycHeader =
  | { kind: 'timestamp'; flags: number; mtime: number; sourceSize: number }
  | { kind: 'hash'; flags: number; hash: Uint8Array; checkSource: boolean };

const importError = (msg: string): PyMarshalError => new PyMarshalError('ImportError', msg);

function u32(data: Uint8Array, at: number): number {
  return (data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24)) >>> 0;
}

function packU32(x: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, x >>> 0, true);
  return b;
}

/** _imp.source_hash(_RAW_MAGIC_NUMBER, source) */
export function sourceHash(source: Uint8Array): Uint8Array {
  return siphashSource(RAW_MAGIC_NUMBER, source);
}

/** _classify_pyc: the flags, or ImportError (bad magic, bad flags) / EOFError (short header). */
export function classifyPyc(data: Uint8Array, name: string): number {
  const magic = data.subarray(0, 4);
  if (magic.length !== 4 || magic.some((b, i) => b !== MAGIC_NUMBER[i])) {
    throw importError(`bad magic number in ${strRepr(name)}: ${bytesRepr(magic)}`);
  }
  if (data.length < 16) throw new PyMarshalError('EOFError', `reached EOF while reading pyc header of ${strRepr(name)}`);
  const flags = u32(data, 4);
  if (flags & ~0b11) throw importError(`invalid flags ${flags} in ${strRepr(name)}`);
  return flags;
}

/** The header fields (after classifyPyc has accepted them). */
export function readHeader(data: Uint8Array, name: string): PycHeader {
  const flags = classifyPyc(data, name);
  if (flags & FLAG_HASH_BASED) {
    return { kind: 'hash', flags, hash: data.slice(8, 16), checkSource: (flags & FLAG_CHECK_SOURCE) !== 0 };
  }
  return { kind: 'timestamp', flags, mtime: u32(data, 8), sourceSize: u32(data, 12) };
}

/** _validate_timestamp_pyc */
export function validateTimestampPyc(data: Uint8Array, sourceMtime: number, sourceSize: number | null, name: string): void {
  const stale = (): PyMarshalError => importError(`bytecode is stale for ${strRepr(name)}`);
  if (u32(data, 8) !== Number(BigInt.asUintN(32, BigInt(Math.floor(sourceMtime))))) throw stale();
  if (sourceSize !== null && u32(data, 12) !== Number(BigInt.asUintN(32, BigInt(sourceSize)))) throw stale();
}

/** _validate_hash_pyc */
export function validateHashPyc(data: Uint8Array, hash: Uint8Array, name: string): void {
  const stored = data.subarray(8, 16);
  if (stored.length !== hash.length || stored.some((b, i) => b !== hash[i])) {
    throw importError(`hash in bytecode doesn't match hash of source ${strRepr(name)}`);
  }
}

/** _compile_bytecode: the code object after the header, or ImportError when it is something else. */
export function compileBytecode(data: Uint8Array, bytecodePath: string | null = null): CodeObject {
  const code = loads(data);
  if (code instanceof CodeObject) return code;
  throw importError(`Non-code object in ${bytecodePath === null ? 'None' : strRepr(bytecodePath)}`);
}

export interface ReadPycOptions {
  /** The module name used in messages (importlib passes the full module name). */
  name?: string;
  bytecodePath?: string | null;
  /** Validate against the source as SourceLoader.get_code does: its stat and, for checked hash-based files, its bytes. */
  source?: { mtime: number; size: number; bytes?: Uint8Array };
  /** _imp.check_hash_based_pycs: 'default' | 'always' | 'never' */
  checkHashBasedPycs?: 'default' | 'always' | 'never';
}

/**
 * Read a .pyc as importlib does: classify the header, validate it against the
 * source when given, then load the code. Errors are PyMarshalError with
 * kind ImportError, EOFError, or marshal's ValueError/EOFError/TypeError.
 */
export function readPyc(data: Uint8Array, opts: ReadPycOptions = {}): { header: PycHeader; code: CodeObject } {
  const name = opts.name ?? '<pyc>';
  const header = readHeader(data, name);
  const src = opts.source;
  if (src) {
    if (header.kind === 'hash') {
      const mode = opts.checkHashBasedPycs ?? 'default';
      if (mode !== 'never' && (header.checkSource || mode === 'always') && src.bytes) {
        validateHashPyc(data, sourceHash(src.bytes), name);
      }
    } else validateTimestampPyc(data, src.mtime, src.size, name);
  }
  return { header, code: compileBytecode(data.subarray(16), opts.bytecodePath ?? null) };
}

export type WritePycOptions =
  | { mtime: number; size: number }
  | { hash?: Uint8Array; source?: Uint8Array; checkSource?: boolean };

/** _code_to_timestamp_pyc / _code_to_hash_pyc: the bytes of a .pyc file. */
export function writePyc(code: CodeObject, opts: WritePycOptions): Uint8Array {
  const head = new Uint8Array(16);
  head.set(MAGIC_NUMBER, 0);
  if ('mtime' in opts) {
    head.set(packU32(0), 4);
    head.set(packU32(Number(BigInt.asUintN(32, BigInt(Math.floor(opts.mtime))))), 8);
    head.set(packU32(Number(BigInt.asUintN(32, BigInt(opts.size)))), 12);
  } else {
    const checked = opts.checkSource ?? true;
    const hash = opts.hash ?? (opts.source ? sourceHash(opts.source) : undefined);
    if (!hash || hash.length !== 8) throw new TypeError('writePyc: a hash-based .pyc needs an 8-byte hash or the source');
    head.set(packU32(FLAG_HASH_BASED | (checked ? FLAG_CHECK_SOURCE : 0)), 4);
    head.set(hash, 8);
  }
  const body = dumps(code);
  const out = new Uint8Array(16 + body.length);
  out.set(head, 0);
  out.set(body, 16);
  return out;
}

/** importlib.util.cache_from_source for the CPython tag: dir/__pycache__/name.cpython-311[.opt-N].pyc */
export function cacheFromSource(sourcePath: string, optimization = 0, tag = CPYTHON_CACHE_TAG): string {
  const slash = sourcePath.lastIndexOf('/');
  const head = slash >= 0 ? sourcePath.slice(0, slash) : '';
  const tail = sourcePath.slice(slash + 1);
  // base, sep, rest = tail.rpartition('.'); almost_filename = (base or rest) + sep + tag
  const dot = tail.lastIndexOf('.');
  const [base, sep, rest] = dot >= 0 ? [tail.slice(0, dot), '.', tail.slice(dot + 1)] : ['', '', tail];
  let almost = (base || rest) + sep + tag;
  if (optimization) almost += `.opt-${optimization}`;
  const file = `__pycache__/${almost}.pyc`;
  return head ? `${head}/${file}` : file;
}
