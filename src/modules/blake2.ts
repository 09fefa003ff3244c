/**
 * BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block CPython's
 * _blake2 exposes (digest size, key, salt, person, fanout, depth, leaf
 * size, node offset, node depth, inner size, last node): Node's crypto
 * only has the unkeyed full-length variants. BLAKE2b's 64-bit words are
 * pairs of 32-bit halves (lo at even, hi at odd indices).
 */

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

const IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
// BLAKE2b's IV: the 64-bit words as [lo, hi] pairs.
const IV64 = [
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
];

export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

export abstract class Blake2 {
  protected buf: Uint8Array;
  protected bufLen = 0;
  /** Bytes compressed so far (t), as a bigint: it spans 64 or 128 bits. */
  protected counter = 0n;
  constructor(
    readonly blockSize: number,
    readonly digestSize: number,
    protected readonly lastNode: boolean,
  ) {
    this.buf = new Uint8Array(blockSize);
  }

  update(data: Uint8Array): void {
    let i = 0;
    while (i < data.length) {
      // Keep a full block back: the last one is compressed with the final flag.
      if (this.bufLen === this.blockSize) {
        this.counter += BigInt(this.blockSize);
        this.compress(this.buf, false);
        this.bufLen = 0;
      }
      const n = Math.min(this.blockSize - this.bufLen, data.length - i);
      this.buf.set(data.subarray(i, i + n), this.bufLen);
      this.bufLen += n;
      i += n;
    }
  }

  digest(): Uint8Array {
    const c = this.clone();
    c.counter += BigInt(c.bufLen);
    c.buf.fill(0, c.bufLen);
    c.compress(c.buf, true);
    return c.output();
  }

  protected abstract compress(block: Uint8Array, last: boolean): void;
  protected abstract output(): Uint8Array;
  abstract clone(): Blake2;

  protected copyInto(o: Blake2): void {
    o.buf = this.buf.slice();
    o.bufLen = this.bufLen;
    o.counter = this.counter;
  }

  /** The key, padded to a block, is the first block. */
  protected start(key: Uint8Array): void {
    if (key.length > 0) {
      const b = new Uint8Array(this.blockSize);
      b.set(key);
      this.update(b);
    }
  }
}

const u32 = (b: Uint8Array, i: number): number => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

export class Blake2s extends Blake2 {
  private h = new Uint32Array(8);
  constructor(p: Blake2Params | null) {
    super(64, p?.digestSize ?? 32, p?.lastNode ?? false);
    if (p === null) return;
    const pb = new Uint8Array(32);
    pb[0] = p.digestSize;
    pb[1] = p.key.length;
    pb[2] = p.fanout;
    pb[3] = p.depth;
    new DataView(pb.buffer).setUint32(4, p.leafSize >>> 0, true);
    // node_offset: 48 bits.
    for (let i = 0; i < 6; i++) pb[8 + i] = Number((p.nodeOffset >> BigInt(8 * i)) & 0xffn);
    pb[14] = p.nodeDepth;
    pb[15] = p.innerSize;
    pb.set(p.salt, 16);
    pb.set(p.person, 24);
    for (let i = 0; i < 8; i++) this.h[i] = (IV32[i] ^ u32(pb, 4 * i)) >>> 0;
    this.start(p.key);
  }

  protected compress(block: Uint8Array, last: boolean): void {
    const v = new Uint32Array(16);
    const m = new Uint32Array(16);
    for (let i = 0; i < 16; i++) m[i] = u32(block, 4 * i);
    for (let i = 0; i < 8; i++) {
      v[i] = this.h[i];
      v[i + 8] = IV32[i];
    }
    v[12] ^= Number(this.counter & 0xffffffffn);
    v[13] ^= Number((this.counter >> 32n) & 0xffffffffn);
    if (last) {
      v[14] = ~v[14];
      if (this.lastNode) v[15] = ~v[15];
    }
    const rotr = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;
    const g = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
      v[a] = v[a] + v[b] + x;
      v[d] = rotr(v[d] ^ v[a], 16);
      v[c] = v[c] + v[d];
      v[b] = rotr(v[b] ^ v[c], 12);
      v[a] = v[a] + v[b] + y;
      v[d] = rotr(v[d] ^ v[a], 8);
      v[c] = v[c] + v[d];
      v[b] = rotr(v[b] ^ v[c], 7);
    };
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]);
      g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]);
      g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]);
      g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]);
      g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++) this.h[i] = this.h[i] ^ v[i] ^ v[i + 8];
  }

  protected output(): Uint8Array {
    const out = new Uint8Array(32);
    for (let i = 0; i < 8; i++) new DataView(out.buffer).setUint32(4 * i, this.h[i], true);
    return out.slice(0, this.digestSize);
  }

  clone(): Blake2s {
    const o = new Blake2s(null);
    (o as unknown as { digestSize: number }).digestSize = this.digestSize;
    (o as unknown as { lastNode: boolean }).lastNode = this.lastNode;
    o.h = this.h.slice();
    this.copyInto(o);
    return o;
  }
}

export class Blake2b extends Blake2 {
  /** h as [lo, hi] pairs. */
  private h = new Uint32Array(16);
  constructor(p: Blake2Params | null) {
    super(128, p?.digestSize ?? 64, p?.lastNode ?? false);
    if (p === null) return;
    const pb = new Uint8Array(64);
    pb[0] = p.digestSize;
    pb[1] = p.key.length;
    pb[2] = p.fanout;
    pb[3] = p.depth;
    const dv = new DataView(pb.buffer);
    dv.setUint32(4, p.leafSize >>> 0, true);
    dv.setBigUint64(8, BigInt.asUintN(64, p.nodeOffset), true);
    pb[16] = p.nodeDepth;
    pb[17] = p.innerSize;
    pb.set(p.salt, 32);
    pb.set(p.person, 48);
    for (let i = 0; i < 16; i++) this.h[i] = (IV64[i] ^ u32(pb, 4 * i)) >>> 0;
    this.start(p.key);
  }

  protected compress(block: Uint8Array, last: boolean): void {
    const v = new Uint32Array(32);
    const m = new Uint32Array(32);
    for (let i = 0; i < 32; i++) m[i] = u32(block, 4 * i);
    for (let i = 0; i < 16; i++) {
      v[i] = this.h[i];
      v[i + 16] = IV64[i];
    }
    const t = BigInt.asUintN(128, this.counter);
    v[24] ^= Number(t & 0xffffffffn);
    v[25] ^= Number((t >> 32n) & 0xffffffffn);
    v[26] ^= Number((t >> 64n) & 0xffffffffn);
    v[27] ^= Number((t >> 96n) & 0xffffffffn);
    if (last) {
      v[28] = ~v[28];
      v[29] = ~v[29];
      if (this.lastNode) {
        v[30] = ~v[30];
        v[31] = ~v[31];
      }
    }
    // v[a] += v[b] (+ m word pair), 64-bit with the carry from the low halves.
    const add = (a: number, bl: number, bh: number): void => {
      const lo = v[a] + bl;
      v[a + 1] = v[a + 1] + bh + (lo > 0xffffffff ? 1 : 0);
      v[a] = lo;
    };
    // v[d] = rotr64(v[d] ^ v[a], n)
    const xorRot = (d: number, a: number, n: number): void => {
      const xl = (v[d] ^ v[a]) >>> 0;
      const xh = (v[d + 1] ^ v[a + 1]) >>> 0;
      if (n === 32) {
        v[d] = xh;
        v[d + 1] = xl;
      } else if (n < 32) {
        v[d] = (xl >>> n) | (xh << (32 - n));
        v[d + 1] = (xh >>> n) | (xl << (32 - n));
      } else {
        const k = n - 32;
        v[d] = (xh >>> k) | (xl << (32 - k));
        v[d + 1] = (xl >>> k) | (xh << (32 - k));
      }
    };
    const g = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
      a *= 2;
      b *= 2;
      c *= 2;
      d *= 2;
      add(a, v[b], v[b + 1]);
      add(a, m[2 * x], m[2 * x + 1]);
      xorRot(d, a, 32);
      add(c, v[d], v[d + 1]);
      xorRot(b, c, 24);
      add(a, v[b], v[b + 1]);
      add(a, m[2 * y], m[2 * y + 1]);
      xorRot(d, a, 16);
      add(c, v[d], v[d + 1]);
      xorRot(b, c, 63);
    };
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10];
      g(0, 4, 8, 12, s[0], s[1]);
      g(1, 5, 9, 13, s[2], s[3]);
      g(2, 6, 10, 14, s[4], s[5]);
      g(3, 7, 11, 15, s[6], s[7]);
      g(0, 5, 10, 15, s[8], s[9]);
      g(1, 6, 11, 12, s[10], s[11]);
      g(2, 7, 8, 13, s[12], s[13]);
      g(3, 4, 9, 14, s[14], s[15]);
    }
    for (let i = 0; i < 16; i++) this.h[i] = this.h[i] ^ v[i] ^ v[i + 16];
  }

  protected output(): Uint8Array {
    const out = new Uint8Array(64);
    const dv = new DataView(out.buffer);
    for (let i = 0; i < 16; i++) dv.setUint32(4 * i, this.h[i], true);
    return out.slice(0, this.digestSize);
  }

  clone(): Blake2b {
    const o = new Blake2b(null);
    (o as unknown as { digestSize: number }).digestSize = this.digestSize;
    (o as unknown as { lastNode: boolean }).lastNode = this.lastNode;
    o.h = this.h.slice();
    this.copyInto(o);
    return o;
  }
}
