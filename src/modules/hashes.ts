/**
 * The builtin hash modules hashlib falls back to without OpenSSL's
 * _hashlib: _md5, _sha1, _sha256 (sha224, sha256), _sha512 (sha384,
 * sha512), _sha3 (sha3_*, shake_*) over Node's crypto, and _blake2 over
 * blake2.ts (Node's BLAKE2 has no parameters). Hash objects: update,
 * digest, hexdigest, copy, name, digest_size, block_size, as CPython's.
 */
import * as crypto from 'crypto';
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyBytes } from '../objects/containers';
import { PyType } from '../objects/type';
import { typeType, objectType, None } from '../objects/types';
import { newException, typeError, ValueError, OverflowError } from '../objects/exceptions';
import { method, getset, moduleFunction, parseArgs, newMethod } from '../objects/define';
import { bufferOf } from '../objects/bytes_type';
import * as A from '../objects/abstract';
import { Blake2, Blake2b, Blake2s, type Blake2Params } from './blake2';
import { registerNative, newModule } from './registry';

/** What hashes the data: a Node Hash (copyable) or a BLAKE2 state. */
interface Engine {
  update(b: Uint8Array): void;
  digest(length: number): Uint8Array;
  copy(): Engine;
}

class NodeEngine implements Engine {
  constructor(
    private h: crypto.Hash,
    private readonly algo: string,
  ) {}
  update(b: Uint8Array): void {
    this.h.update(b);
  }
  digest(length: number): Uint8Array {
    const c = length >= 0 ? this.h.copy({ outputLength: length }) : this.h.copy();
    return new Uint8Array(c.digest());
  }
  copy(): Engine {
    return new NodeEngine(this.h.copy(), this.algo);
  }
}

class Blake2Engine implements Engine {
  constructor(private s: Blake2) {}
  update(b: Uint8Array): void {
    this.s.update(b);
  }
  digest(): Uint8Array {
    return this.s.digest();
  }
  copy(): Engine {
    return new Blake2Engine(this.s.clone());
  }
}

class PyHash extends PyObject {
  constructor(
    type: PyType,
    readonly engine: Engine,
    readonly hashName: string,
    readonly digestSize: number,
    readonly blockSize: number,
    readonly xof: boolean,
  ) {
    super(type);
  }
}

function dataOf(v: Value): Uint8Array {
  if (A.isStr(v)) typeError('Strings must be encoded before hashing');
  const b = bufferOf(v);
  if (b === null) typeError(`object supporting the buffer API required`);
  return b!;
}

function hexOf(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += (x < 16 ? '0' : '') + x.toString(16);
  return s;
}

/** The methods every hash type shares (the XOF ones take a length). */
function hashMethods(t: PyType): void {
  method(t, 'update', (args) => {
    (args[0] as PyHash).engine.update(dataOf(args[1]));
    return None;
  });
  method(t, 'copy', (args) => {
    const h = args[0] as PyHash;
    return new PyHash(h.ob_type, h.engine.copy(), h.hashName, h.digestSize, h.blockSize, h.xof);
  });
  const lengthArg = (h: PyHash, args: Value[], kw: string[] | null, fname: string): number => {
    if (!h.xof) {
      parseArgs(fname, args.slice(1), kw, [], 0);
      return -1;
    }
    const [n] = parseArgs(fname, args.slice(1), kw, ['length'], 1);
    const len = A.asIndex(n!);
    if (len < 0) throw newException(ValueError, 'value must be positive');
    if (len >= 2 ** 29) throw newException(OverflowError, 'length is too large');
    return Number(len);
  };
  method(t, 'digest', (args, kw) => {
    const h = args[0] as PyHash;
    return new PyBytes(h.engine.digest(lengthArg(h, args, kw, 'digest')));
  });
  method(t, 'hexdigest', (args, kw) => {
    const h = args[0] as PyHash;
    return hexOf(h.engine.digest(lengthArg(h, args, kw, 'hexdigest')));
  });
  getset(t, 'name', (self) => (self as PyHash).hashName);
  getset(t, 'digest_size', (self) => (self as PyHash).digestSize);
  getset(t, 'block_size', (self) => (self as PyHash).blockSize);
}

interface NodeAlgo {
  pyName: string;
  nodeName: string;
  digestSize: number;
  blockSize: number;
  xof?: boolean;
}

/** A module whose constructors are functions (_md5.md5(...)) or types (_sha3.sha3_256(...)). */
function nodeHashModule(modName: string, algos: NodeAlgo[], constructorsAreTypes: boolean, typeAliases: Record<string, string> = {}): void {
  const types = new Map<string, PyType>();
  for (const a of algos) {
    const t = new PyType(typeType, `${modName}.${a.pyName}`, [objectType], 0);
    hashMethods(t);
    types.set(a.pyName, t);
  }
  const make = (a: NodeAlgo, args: Value[], kw: string[] | null): Value => {
    const [data, usedforsecurity] = parseArgs(a.pyName, args, kw, ['string', 'usedforsecurity'], 0, 1, 1);
    void usedforsecurity;
    const h = new PyHash(types.get(a.pyName)!, new NodeEngine(crypto.createHash(a.nodeName), a.nodeName), a.pyName, a.digestSize, a.blockSize, a.xof ?? false);
    if (data !== null) h.engine.update(dataOf(data));
    return h;
  };
  if (constructorsAreTypes) for (const a of algos) newMethod(types.get(a.pyName)!, (_cls, args, kw) => make(a, args, kw));
  registerNative(modName, () => {
    const m = newModule(modName);
    for (const a of algos) {
      if (constructorsAreTypes) m.dict.set(a.pyName, types.get(a.pyName)!);
      else moduleFunction(m.dict, modName, a.pyName, (args, kw) => make(a, args, kw));
    }
    for (const [alias, target] of Object.entries(typeAliases)) m.dict.set(alias, types.get(target)!);
    return m;
  });
}

nodeHashModule('_md5', [{ pyName: 'md5', nodeName: 'md5', digestSize: 16, blockSize: 64 }], false, { MD5Type: 'md5' });
nodeHashModule('_sha1', [{ pyName: 'sha1', nodeName: 'sha1', digestSize: 20, blockSize: 64 }], false, { SHA1Type: 'sha1' });
nodeHashModule('_sha256', [
  { pyName: 'sha224', nodeName: 'sha224', digestSize: 28, blockSize: 64 },
  { pyName: 'sha256', nodeName: 'sha256', digestSize: 32, blockSize: 64 },
], false, { SHA224Type: 'sha224', SHA256Type: 'sha256' });
nodeHashModule('_sha512', [
  { pyName: 'sha384', nodeName: 'sha384', digestSize: 48, blockSize: 128 },
  { pyName: 'sha512', nodeName: 'sha512', digestSize: 64, blockSize: 128 },
], false, { SHA384Type: 'sha384', SHA512Type: 'sha512' });
nodeHashModule('_sha3', [
  { pyName: 'sha3_224', nodeName: 'sha3-224', digestSize: 28, blockSize: 144 },
  { pyName: 'sha3_256', nodeName: 'sha3-256', digestSize: 32, blockSize: 136 },
  { pyName: 'sha3_384', nodeName: 'sha3-384', digestSize: 48, blockSize: 104 },
  { pyName: 'sha3_512', nodeName: 'sha3-512', digestSize: 64, blockSize: 72 },
  { pyName: 'shake_128', nodeName: 'shake128', digestSize: 0, blockSize: 168, xof: true },
  { pyName: 'shake_256', nodeName: 'shake256', digestSize: 0, blockSize: 136, xof: true },
], true);

// ---------------------------------------------------------------- _blake2

interface Blake2Kind {
  name: 'blake2b' | 'blake2s';
  maxDigest: number;
  maxKey: number;
  saltSize: number;
  personSize: number;
  blockSize: number;
  maxOffset: bigint;
}

const KINDS: Blake2Kind[] = [
  { name: 'blake2b', maxDigest: 64, maxKey: 64, saltSize: 16, personSize: 16, blockSize: 128, maxOffset: (1n << 64n) - 1n },
  { name: 'blake2s', maxDigest: 32, maxKey: 32, saltSize: 8, personSize: 8, blockSize: 64, maxOffset: (1n << 48n) - 1n },
];

const blakeTypes = new Map<string, PyType>();
for (const k of KINDS) {
  const t = new PyType(typeType, `_blake2.${k.name}`, [objectType], 0);
  hashMethods(t);
  t.dict.set('SALT_SIZE', k.saltSize);
  t.dict.set('PERSON_SIZE', k.personSize);
  t.dict.set('MAX_KEY_SIZE', k.maxKey);
  t.dict.set('MAX_DIGEST_SIZE', k.maxDigest);
  blakeTypes.set(k.name, t);
  newMethod(t, (cls, args, kw) => {
    const [data, ds, key, salt, person, fanout, depth, leaf, offset, ndepth, inner, last, ufs] = parseArgs(
      k.name, args, kw,
      ['data', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth', 'inner_size', 'last_node', 'usedforsecurity'],
      0, 1, 1,
    );
    void ufs;
    const int = (v: Value | null, d: number): number => (v === null ? d : Number(A.asIndex(v)));
    const bytes = (v: Value | null): Uint8Array => (v === null ? new Uint8Array(0) : dataOf(v));
    const p: Blake2Params = {
      digestSize: int(ds, k.maxDigest),
      key: bytes(key),
      salt: bytes(salt),
      person: bytes(person),
      fanout: int(fanout, 1),
      depth: int(depth, 1),
      leafSize: 0,
      nodeOffset: offset === null ? 0n : BigInt(A.asIndex(offset)),
      nodeDepth: int(ndepth, 0),
      innerSize: int(inner, 0),
      lastNode: last !== null && A.isTrue(last),
    };
    const bad = (msg: string): never => {
      throw newException(ValueError, msg);
    };
    if (p.digestSize <= 0 || p.digestSize > k.maxDigest) bad(`digest_size must be between 1 and ${k.maxDigest} bytes`);
    if (p.salt.length > k.saltSize) bad(`maximum salt length is ${k.saltSize} bytes`);
    if (p.person.length > k.personSize) bad(`maximum person length is ${k.personSize} bytes`);
    if (p.fanout < 0 || p.fanout > 255) bad('fanout must be between 0 and 255');
    if (p.depth <= 0 || p.depth > 255) bad('depth must be between 1 and 255');
    if (leaf !== null) {
      const l = A.asIndex(leaf);
      if (l < 0 || l > 0xffffffff) throw newException(OverflowError, 'leaf_size is too large');
      p.leafSize = Number(l);
    }
    if (p.nodeOffset < 0n || p.nodeOffset > k.maxOffset) throw newException(OverflowError, 'node_offset is too large');
    if (p.nodeDepth < 0 || p.nodeDepth > 255) bad('node_depth must be between 0 and 255');
    if (p.innerSize < 0 || p.innerSize > k.maxDigest) bad(`inner_size must be between 0 and is ${k.maxDigest}`);
    if (p.key.length > k.maxKey) bad(`maximum key length is ${k.maxKey} bytes`);
    const state = k.name === 'blake2b' ? new Blake2b(p) : new Blake2s(p);
    const h = new PyHash(cls, new Blake2Engine(state), k.name, p.digestSize, k.blockSize, false);
    if (data !== null) h.engine.update(dataOf(data));
    return h;
  });
}

registerNative('_blake2', () => {
  const m = newModule('_blake2');
  for (const k of KINDS) {
    m.dict.set(k.name, blakeTypes.get(k.name)!);
    const up = k.name.toUpperCase();
    m.dict.set(`${up}_SALT_SIZE`, k.saltSize);
    m.dict.set(`${up}_PERSON_SIZE`, k.personSize);
    m.dict.set(`${up}_MAX_KEY_SIZE`, k.maxKey);
    m.dict.set(`${up}_MAX_DIGEST_SIZE`, k.maxDigest);
  }
  return m;
});
