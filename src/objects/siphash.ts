/**
 * SipHash-1-3 as CPython 3.11 uses it (Python/pyhash.c siphash13): the str and
 * bytes hash (keyed by _Py_HashSecret; all-zero key under PYTHONHASHSEED=0)
 * and _imp.source_hash (_Py_KeyedHash: k0 = key, k1 = 0) for hash-based .pyc
 * files. 64-bit lanes are BigInts, wrapped with asUintN.
 */
const M64 = (1n << 64n) - 1n;

const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;

export function siphash13(k0: bigint, k1: bigint, src: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    // HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
    v0 = (v0 + v1) & M64;
    v2 = (v2 + v3) & M64;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & M64;
    v0 = (v0 + v3) & M64;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const n = src.length;
  const view = new DataView(src.buffer, src.byteOffset, src.byteLength);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const mi = view.getBigUint64(i, true);
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  let t = 0n;
  for (let k = n - i - 1; k >= 0; k--) t = (t << 8n) | BigInt(src[i + k]);
  const b = ((BigInt(n) << 56n) & M64) | t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

/** _Py_HashBytes with the PYTHONHASHSEED=0 key, as a signed Py_hash_t (0 for empty input, -1 becomes -2). */
export function hashBytes(src: Uint8Array): bigint {
  if (src.length === 0) return 0n;
  const h = BigInt.asIntN(64, siphash13(0n, 0n, src));
  return h === -1n ? -2n : h;
}

/** The bytes CPython hashes for a str: its compact representation (latin-1, UCS-2 or UCS-4, little-endian). */
export function strHashBytes(s: string): Uint8Array {
  const cps: number[] = [];
  let max = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    cps.push(cp);
    if (cp > max) max = cp;
  }
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * width);
  const view = new DataView(out.buffer);
  cps.forEach((cp, i) => {
    if (width === 1) out[i] = cp;
    else if (width === 2) view.setUint16(i * 2, cp, true);
    else view.setUint32(i * 4, cp, true);
  });
  return out;
}

/** hash(str) under PYTHONHASHSEED=0. */
export function strHash(s: string): bigint {
  return hashBytes(strHashBytes(s));
}

/** _imp.source_hash(key, source): the 8 little-endian bytes of siphash13(key, 0, source). */
export function sourceHash(key: number, source: Uint8Array): Uint8Array {
  const h = siphash13(BigInt(key), 0n, source);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, h, true);
  return out;
}
