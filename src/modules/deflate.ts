/**
 * DEFLATE compression (RFC 1951, with the zlib and gzip wrappers) that
 * makes the same bytes as zlib 1.2.13, the library CPython links: the same
 * match finder (hash chains, lazy evaluation, the per-level configuration),
 * the same block splitting (a block ends when the symbol buffer fills), the
 * same choice among stored, fixed and dynamic blocks, the same Huffman
 * trees and the same stored-block sizing from the output space. Node's
 * bundled zlib is Chromium's fork, whose output differs for most inputs,
 * so compression is done here; the interface mirrors z_stream: the caller
 * sets the input and an output window, then calls deflate(flush).
 */

export const Z_NO_FLUSH = 0;
export const Z_PARTIAL_FLUSH = 1;
export const Z_SYNC_FLUSH = 2;
export const Z_FULL_FLUSH = 3;
export const Z_FINISH = 4;
export const Z_BLOCK = 5;
export const Z_TREES = 6;

export const Z_OK = 0;
export const Z_STREAM_END = 1;
export const Z_STREAM_ERROR = -2;
export const Z_BUF_ERROR = -5;

export const Z_FILTERED = 1;
export const Z_HUFFMAN_ONLY = 2;
export const Z_RLE = 3;
export const Z_FIXED = 4;

const LENGTH_CODES = 29;
const LITERALS = 256;
const L_CODES = LITERALS + 1 + LENGTH_CODES;
const D_CODES = 30;
const BL_CODES = 19;
const HEAP_SIZE = 2 * L_CODES + 1;
const MAX_BITS = 15;
const MAX_BL_BITS = 7;
const END_BLOCK = 256;
const REP_3_6 = 16;
const REPZ_3_10 = 17;
const REPZ_11_138 = 18;
const BUF_SIZE = 16;
const STORED_BLOCK = 0;
const STATIC_TREES = 1;
const DYN_TREES = 2;
const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR = 4096;
const MAX_STORED = 65535;
const PRESET_DICT = 0x20;
const OS_CODE = 3;

const EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** good_length, max_lazy, nice_length, max_chain, and which compressor, per level. */
const CONFIG: [number, number, number, number, 'stored' | 'fast' | 'slow'][] = [
  [0, 0, 0, 0, 'stored'],
  [4, 4, 8, 4, 'fast'],
  [4, 5, 16, 8, 'fast'],
  [4, 6, 32, 32, 'fast'],
  [4, 4, 16, 16, 'slow'],
  [8, 16, 32, 32, 'slow'],
  [8, 16, 128, 128, 'slow'],
  [8, 32, 128, 256, 'slow'],
  [32, 128, 258, 1024, 'slow'],
  [32, 258, 258, 4096, 'slow'],
];

// ---------------------------------------------------------------- static tables (built on first use)

interface Statics {
  lengthCode: Uint8Array;
  distCode: Uint8Array;
  baseLength: Int32Array;
  baseDist: Int32Array;
  ltreeCode: Uint16Array;
  ltreeLen: Uint16Array;
  dtreeCode: Uint16Array;
  dtreeLen: Uint16Array;
}
let statics: Statics | null = null;

function biReverse(code: number, len: number): number {
  let res = 0;
  do {
    res |= code & 1;
    code >>>= 1;
    res <<= 1;
  } while (--len > 0);
  return res >>> 1;
}

function genCodes(codeOut: Uint16Array, lens: Uint16Array, maxCode: number, blCount: Uint16Array): void {
  const next = new Uint16Array(MAX_BITS + 1);
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) {
    code = (code + blCount[bits - 1]) << 1;
    next[bits] = code;
  }
  for (let n = 0; n <= maxCode; n++) {
    const len = lens[n];
    if (len === 0) continue;
    codeOut[n] = biReverse(next[len]++, len);
  }
}

function getStatics(): Statics {
  if (statics !== null) return statics;
  const lengthCode = new Uint8Array(MAX_MATCH - MIN_MATCH + 1);
  const distCode = new Uint8Array(512);
  const baseLength = new Int32Array(LENGTH_CODES);
  const baseDist = new Int32Array(D_CODES);
  let length = 0;
  let code: number;
  for (code = 0; code < LENGTH_CODES - 1; code++) {
    baseLength[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]; n++) lengthCode[length++] = code;
  }
  // Length 258 can be code 284 + 5 bits or code 285: the latter is shorter.
  lengthCode[length - 1] = code;
  let dist = 0;
  for (code = 0; code < 16; code++) {
    baseDist[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]; n++) distCode[dist++] = code;
  }
  dist >>= 7;
  for (; code < D_CODES; code++) {
    baseDist[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_DBITS[code] - 7); n++) distCode[256 + dist++] = code;
  }
  const blCount = new Uint16Array(MAX_BITS + 1);
  const ltreeLen = new Uint16Array(L_CODES + 2);
  const ltreeCode = new Uint16Array(L_CODES + 2);
  let n = 0;
  while (n <= 143) (ltreeLen[n++] = 8), blCount[8]++;
  while (n <= 255) (ltreeLen[n++] = 9), blCount[9]++;
  while (n <= 279) (ltreeLen[n++] = 7), blCount[7]++;
  while (n <= 287) (ltreeLen[n++] = 8), blCount[8]++;
  genCodes(ltreeCode, ltreeLen, L_CODES + 1, blCount);
  const dtreeLen = new Uint16Array(D_CODES).fill(5);
  const dtreeCode = new Uint16Array(D_CODES);
  for (let i = 0; i < D_CODES; i++) dtreeCode[i] = biReverse(i, 5);
  statics = { lengthCode, distCode, baseLength, baseDist, ltreeCode, ltreeLen, dtreeCode, dtreeLen };
  return statics;
}

/** A Huffman tree under construction: frequencies, then codes; parents, then lengths. */
class Tree {
  freq: Uint16Array;
  code: Uint16Array;
  dad: Uint16Array;
  len: Uint16Array;
  maxCode = 0;
  constructor(size: number, readonly stree: { code: Uint16Array; len: Uint16Array } | null,
    readonly extra: number[], readonly extraBase: number, readonly elems: number, readonly maxLength: number) {
    this.freq = new Uint16Array(size);
    this.code = new Uint16Array(size);
    this.dad = new Uint16Array(size);
    this.len = new Uint16Array(size);
  }
  copyFrom(o: Tree): void {
    this.freq.set(o.freq);
    this.code.set(o.code);
    this.dad.set(o.dad);
    this.len.set(o.len);
    this.maxCode = o.maxCode;
  }
}

const INIT_STATE = 42;
const GZIP_STATE = 57;
const BUSY_STATE = 113;
const FINISH_STATE = 666;

const NEED_MORE = 0;
const BLOCK_DONE = 1;
const FINISH_STARTED = 2;
const FINISH_DONE = 3;

const rank = (f: number): number => f * 2 - (f > 4 ? 9 : 0);

const CRC_TABLE = (() => {
  let t: Uint32Array | null = null;
  return (): Uint32Array => {
    if (t === null) {
      t = new Uint32Array(256);
      for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
      }
    }
    return t;
  };
})();

export function crc32(data: Uint8Array, crc: number, start = 0, end = data.length): number {
  const t = CRC_TABLE();
  let c = ~crc >>> 0;
  for (let i = start; i < end; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export function adler32(data: Uint8Array, adler: number, start = 0, end = data.length): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  for (let i = start; i < end; ) {
    // 3800 bytes keep b below 2**31 before the reduction.
    const stop = Math.min(end, i + 3800);
    for (; i < stop; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export class Deflater {
  // stream (z_stream)
  input: Uint8Array = new Uint8Array(0);
  nextIn = 0;
  availIn = 0;
  output: Uint8Array = new Uint8Array(0);
  nextOut = 0;
  availOut = 0;
  totalIn = 0;
  totalOut = 0;
  adler = 1;
  /** z_stream.msg: set by deflate()'s ERR_RETURN and kept, as zlib keeps it, until a reset. */
  msg: string | null = null;

  // deflate_state
  status = INIT_STATE;
  wrap: number;
  level: number;
  strategy: number;
  wBits: number;
  wSize: number;
  wMask: number;
  windowSize: number;
  hashBits: number;
  hashSize: number;
  hashMask: number;
  hashShift: number;
  litBufsize: number;
  pendingBufSize: number;
  symEnd: number;
  window: Uint8Array;
  prev: Uint16Array;
  head: Uint16Array;
  pendingBuf: Uint8Array;
  pendingOut = 0;
  pending = 0;
  symBuf: Uint8Array;
  symNext = 0;
  lastFlush = -2;
  insH = 0;
  blockStart = 0;
  matchLength = 0;
  prevMatch = 0;
  matchAvailable = 0;
  strstart = 0;
  matchStart = 0;
  lookahead = 0;
  prevLength = 0;
  maxChainLength = 0;
  maxLazyMatch = 0;
  goodMatch = 0;
  niceMatch = 0;
  insert = 0;
  highWater = 0;
  optLen = 0;
  staticLen = 0;
  biBuf = 0;
  biValid = 0;
  lDesc: Tree;
  dDesc: Tree;
  blDesc: Tree;
  blCount = new Uint16Array(MAX_BITS + 1);
  heap = new Int32Array(HEAP_SIZE);
  heapLen = 0;
  heapMax = 0;
  depth = new Uint8Array(HEAP_SIZE);

  /** deflateInit2's checks are the caller's (validParams); windowBits is the wbits argument. */
  constructor(level: number, windowBits: number, memLevel: number, strategy: number) {
    if (level === -1) level = 6;
    let wrap = 1;
    if (windowBits < 0) {
      wrap = 0;
      windowBits = -windowBits;
    } else if (windowBits > 15) {
      wrap = 2;
      windowBits -= 16;
    }
    if (windowBits === 8) windowBits = 9;
    this.wrap = wrap;
    this.wBits = windowBits;
    this.wSize = 1 << windowBits;
    this.wMask = this.wSize - 1;
    this.hashBits = memLevel + 7;
    this.hashSize = 1 << this.hashBits;
    this.hashMask = this.hashSize - 1;
    this.hashShift = Math.floor((this.hashBits + MIN_MATCH - 1) / MIN_MATCH);
    this.window = new Uint8Array(this.wSize * 2);
    this.windowSize = 2 * this.wSize;
    this.prev = new Uint16Array(this.wSize);
    this.head = new Uint16Array(this.hashSize);
    this.litBufsize = 1 << (memLevel + 6);
    this.pendingBufSize = this.litBufsize * 4;
    this.pendingBuf = new Uint8Array(this.pendingBufSize);
    this.symBuf = new Uint8Array(this.litBufsize * 3);
    this.symEnd = (this.litBufsize - 1) * 3;
    this.level = level;
    this.strategy = strategy;
    const st = getStatics();
    this.lDesc = new Tree(HEAP_SIZE, { code: st.ltreeCode, len: st.ltreeLen }, EXTRA_LBITS, LITERALS + 1, L_CODES, MAX_BITS);
    this.dDesc = new Tree(2 * D_CODES + 1, { code: st.dtreeCode, len: st.dtreeLen }, EXTRA_DBITS, 0, D_CODES, MAX_BITS);
    this.blDesc = new Tree(2 * BL_CODES + 1, null, EXTRA_BLBITS, 0, BL_CODES, MAX_BL_BITS);
    this.reset();
  }

  /** deflateInit2's parameter check. */
  static validParams(level: number, windowBits: number, memLevel: number, strategy: number, method = 8): boolean {
    let wrap = 1;
    if (windowBits < 0) {
      wrap = 0;
      if (windowBits < -15) return false;
      windowBits = -windowBits;
    } else if (windowBits > 15) {
      wrap = 2;
      windowBits -= 16;
    }
    if (level === -1) level = 6;
    return !(memLevel < 1 || memLevel > 9 || method !== 8 || windowBits < 8 || windowBits > 15 || level < 0 || level > 9 ||
      strategy < 0 || strategy > Z_FIXED || (windowBits === 8 && wrap !== 1));
  }

  private reset(): void {
    this.totalIn = this.totalOut = 0;
    this.pending = 0;
    this.pendingOut = 0;
    if (this.wrap < 0) this.wrap = -this.wrap;
    this.status = this.wrap === 2 ? GZIP_STATE : INIT_STATE;
    this.adler = this.wrap === 2 ? 0 : 1;
    this.lastFlush = -2;
    this.biBuf = 0;
    this.biValid = 0;
    this.initBlock();
    // lm_init
    this.head.fill(0);
    const c = CONFIG[this.level];
    this.maxLazyMatch = c[1];
    this.goodMatch = c[0];
    this.niceMatch = c[2];
    this.maxChainLength = c[3];
    this.strstart = 0;
    this.blockStart = 0;
    this.lookahead = 0;
    this.insert = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = 0;
    this.insH = 0;
  }

  copy(): Deflater {
    const o = Object.create(Deflater.prototype) as Deflater;
    Object.assign(o, this);
    o.window = this.window.slice();
    o.prev = this.prev.slice();
    o.head = this.head.slice();
    o.pendingBuf = this.pendingBuf.slice();
    o.symBuf = this.symBuf.slice();
    o.blCount = this.blCount.slice();
    o.heap = this.heap.slice();
    o.depth = this.depth.slice();
    o.lDesc = new Tree(HEAP_SIZE, this.lDesc.stree, EXTRA_LBITS, LITERALS + 1, L_CODES, MAX_BITS);
    o.lDesc.copyFrom(this.lDesc);
    o.dDesc = new Tree(2 * D_CODES + 1, this.dDesc.stree, EXTRA_DBITS, 0, D_CODES, MAX_BITS);
    o.dDesc.copyFrom(this.dDesc);
    o.blDesc = new Tree(2 * BL_CODES + 1, null, EXTRA_BLBITS, 0, BL_CODES, MAX_BL_BITS);
    o.blDesc.copyFrom(this.blDesc);
    return o;
  }

  // ------------------------------------------------------------ bits and bytes

  private putByte(b: number): void {
    if (this.pending >= this.pendingBuf.length) {
      const bigger = new Uint8Array(this.pendingBuf.length * 2);
      bigger.set(this.pendingBuf);
      this.pendingBuf = bigger;
    }
    this.pendingBuf[this.pending++] = b & 0xff;
  }

  private putShort(w: number): void {
    this.putByte(w & 0xff);
    this.putByte((w >>> 8) & 0xff);
  }

  private putShortMSB(b: number): void {
    this.putByte((b >>> 8) & 0xff);
    this.putByte(b & 0xff);
  }

  private sendBits(value: number, length: number): void {
    if (this.biValid > BUF_SIZE - length) {
      this.biBuf |= (value << this.biValid) & 0xffff;
      this.putShort(this.biBuf);
      this.biBuf = (value >>> (BUF_SIZE - this.biValid)) & 0xffff;
      this.biValid += length - BUF_SIZE;
    } else {
      this.biBuf |= (value << this.biValid) & 0xffff;
      this.biValid += length;
    }
  }

  private biFlush(): void {
    if (this.biValid === 16) {
      this.putShort(this.biBuf);
      this.biBuf = 0;
      this.biValid = 0;
    } else if (this.biValid >= 8) {
      this.putByte(this.biBuf);
      this.biBuf >>>= 8;
      this.biValid -= 8;
    }
  }

  private biWindup(): void {
    if (this.biValid > 8) this.putShort(this.biBuf);
    else if (this.biValid > 0) this.putByte(this.biBuf);
    this.biBuf = 0;
    this.biValid = 0;
  }

  private flushPending(): void {
    this.biFlush();
    let len = this.pending - this.pendingOut;
    if (len > this.availOut) len = this.availOut;
    if (len === 0) return;
    this.output.set(this.pendingBuf.subarray(this.pendingOut, this.pendingOut + len), this.nextOut);
    this.nextOut += len;
    this.pendingOut += len;
    this.totalOut += len;
    this.availOut -= len;
    if (this.pendingOut === this.pending) this.pendingOut = this.pending = 0;
  }

  private pendingCount(): number {
    return this.pending - this.pendingOut;
  }

  private readBuf(buf: Uint8Array, at: number, size: number): number {
    let len = this.availIn;
    if (len > size) len = size;
    if (len === 0) return 0;
    this.availIn -= len;
    buf.set(this.input.subarray(this.nextIn, this.nextIn + len), at);
    if (this.wrap === 1) this.adler = adler32(buf, this.adler, at, at + len);
    else if (this.wrap === 2) this.adler = crc32(buf, this.adler, at, at + len);
    this.nextIn += len;
    this.totalIn += len;
    return len;
  }

  // ------------------------------------------------------------ trees.c

  private initBlock(): void {
    this.lDesc.freq.fill(0, 0, L_CODES);
    this.dDesc.freq.fill(0, 0, D_CODES);
    this.blDesc.freq.fill(0, 0, BL_CODES);
    this.lDesc.freq[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.symNext = 0;
  }

  private smaller(t: Tree, n: number, m: number): boolean {
    return t.freq[n] < t.freq[m] || (t.freq[n] === t.freq[m] && this.depth[n] <= this.depth[m]);
  }

  private pqDownHeap(t: Tree, k: number): void {
    const heap = this.heap;
    const v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(t, heap[j + 1], heap[j])) j++;
      if (this.smaller(t, v, heap[j])) break;
      heap[k] = heap[j];
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  private genBitlen(t: Tree): void {
    const { maxCode, maxLength, extra, extraBase: base, stree } = t;
    const heap = this.heap;
    let overflow = 0;
    this.blCount.fill(0);
    t.len[heap[this.heapMax]] = 0;
    let h: number;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h];
      let bits = t.len[t.dad[n]] + 1;
      if (bits > maxLength) {
        bits = maxLength;
        overflow++;
      }
      t.len[n] = bits;
      if (n > maxCode) continue;
      this.blCount[bits]++;
      let xbits = 0;
      if (n >= base) xbits = extra[n - base];
      const f = t.freq[n];
      this.optLen += f * (bits + xbits);
      if (stree !== null) this.staticLen += f * (stree.len[n] + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = maxLength - 1;
      while (this.blCount[bits] === 0) bits--;
      this.blCount[bits]--;
      this.blCount[bits + 1] += 2;
      this.blCount[maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = maxLength; bits !== 0; bits--) {
      let n = this.blCount[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > maxCode) continue;
        if (t.len[m] !== bits) {
          this.optLen += (bits - t.len[m]) * t.freq[m];
          t.len[m] = bits;
        }
        n--;
      }
    }
  }

  private buildTree(t: Tree): void {
    const elems = t.elems;
    const stree = t.stree;
    const heap = this.heap;
    let maxCode = -1;
    this.heapLen = 0;
    this.heapMax = HEAP_SIZE;
    for (let n = 0; n < elems; n++) {
      if (t.freq[n] !== 0) {
        heap[++this.heapLen] = maxCode = n;
        this.depth[n] = 0;
      } else t.len[n] = 0;
    }
    // At least two codes of nonzero frequency, so that a code exists even for one symbol.
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      t.freq[node] = 1;
      this.depth[node] = 0;
      this.optLen--;
      if (stree !== null) this.staticLen -= stree.len[node];
    }
    t.maxCode = maxCode;
    for (let n = this.heapLen >> 1; n >= 1; n--) this.pqDownHeap(t, n);
    let node = elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.pqDownHeap(t, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      t.freq[node] = t.freq[n] + t.freq[m];
      this.depth[node] = (this.depth[n] >= this.depth[m] ? this.depth[n] : this.depth[m]) + 1;
      t.dad[n] = t.dad[m] = node;
      heap[1] = node++;
      this.pqDownHeap(t, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.genBitlen(t);
    genCodes(t.code, t.len, maxCode, this.blCount);
  }

  private scanTree(t: Tree, maxCode: number): void {
    const bl = this.blDesc.freq;
    let prevlen = -1;
    let nextlen = t.len[0];
    let count = 0;
    let maxCount = 7;
    let minCount = 4;
    if (nextlen === 0) (maxCount = 138), (minCount = 3);
    t.len[maxCode + 1] = 0xffff; // guard
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = t.len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) bl[curlen] += count;
      else if (curlen !== 0) {
        if (curlen !== prevlen) bl[curlen]++;
        bl[REP_3_6]++;
      } else if (count <= 10) bl[REPZ_3_10]++;
      else bl[REPZ_11_138]++;
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) (maxCount = 138), (minCount = 3);
      else if (curlen === nextlen) (maxCount = 6), (minCount = 3);
      else (maxCount = 7), (minCount = 4);
    }
  }

  private sendCode(c: number, code: Uint16Array, len: Uint16Array): void {
    this.sendBits(code[c], len[c]);
  }

  private sendTree(t: Tree, maxCode: number): void {
    const bc = this.blDesc.code;
    const bl = this.blDesc.len;
    let prevlen = -1;
    let nextlen = t.len[0];
    let count = 0;
    let maxCount = 7;
    let minCount = 4;
    if (nextlen === 0) (maxCount = 138), (minCount = 3);
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = t.len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) {
        do this.sendCode(curlen, bc, bl);
        while (--count !== 0);
      } else if (curlen !== 0) {
        if (curlen !== prevlen) {
          this.sendCode(curlen, bc, bl);
          count--;
        }
        this.sendCode(REP_3_6, bc, bl);
        this.sendBits(count - 3, 2);
      } else if (count <= 10) {
        this.sendCode(REPZ_3_10, bc, bl);
        this.sendBits(count - 3, 3);
      } else {
        this.sendCode(REPZ_11_138, bc, bl);
        this.sendBits(count - 11, 7);
      }
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) (maxCount = 138), (minCount = 3);
      else if (curlen === nextlen) (maxCount = 6), (minCount = 3);
      else (maxCount = 7), (minCount = 4);
    }
  }

  private buildBlTree(): number {
    this.scanTree(this.lDesc, this.lDesc.maxCode);
    this.scanTree(this.dDesc, this.dDesc.maxCode);
    this.buildTree(this.blDesc);
    let maxBlindex: number;
    for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) {
      if (this.blDesc.len[BL_ORDER[maxBlindex]] !== 0) break;
    }
    this.optLen += 3 * (maxBlindex + 1) + 5 + 5 + 4;
    return maxBlindex;
  }

  private sendAllTrees(lcodes: number, dcodes: number, blcodes: number): void {
    this.sendBits(lcodes - 257, 5);
    this.sendBits(dcodes - 1, 5);
    this.sendBits(blcodes - 4, 4);
    for (let r = 0; r < blcodes; r++) this.sendBits(this.blDesc.len[BL_ORDER[r]], 3);
    this.sendTree(this.lDesc, lcodes - 1);
    this.sendTree(this.dDesc, dcodes - 1);
  }

  private compressBlock(lcode: Uint16Array, llen: Uint16Array, dcode: Uint16Array, dlen: Uint16Array): void {
    const st = getStatics();
    const sym = this.symBuf;
    let sx = 0;
    if (this.symNext !== 0) {
      do {
        let dist = sym[sx++];
        dist += sym[sx++] << 8;
        let lc = sym[sx++];
        if (dist === 0) {
          this.sendBits(lcode[lc], llen[lc]);
        } else {
          let code = st.lengthCode[lc];
          this.sendBits(lcode[code + LITERALS + 1], llen[code + LITERALS + 1]);
          let extra = EXTRA_LBITS[code];
          if (extra !== 0) {
            lc -= st.baseLength[code];
            this.sendBits(lc, extra);
          }
          dist--;
          code = dist < 256 ? st.distCode[dist] : st.distCode[256 + (dist >>> 7)];
          this.sendBits(dcode[code], dlen[code]);
          extra = EXTRA_DBITS[code];
          if (extra !== 0) {
            dist -= st.baseDist[code];
            this.sendBits(dist, extra);
          }
        }
      } while (sx < this.symNext);
    }
    this.sendBits(lcode[END_BLOCK], llen[END_BLOCK]);
  }

  private trStoredBlock(bufAt: number, storedLen: number, last: number): void {
    this.sendBits((STORED_BLOCK << 1) + last, 3);
    this.biWindup();
    this.putShort(storedLen & 0xffff);
    this.putShort(~storedLen & 0xffff);
    if (storedLen > 0) {
      while (this.pending + storedLen > this.pendingBuf.length) {
        const bigger = new Uint8Array(this.pendingBuf.length * 2);
        bigger.set(this.pendingBuf);
        this.pendingBuf = bigger;
      }
      this.pendingBuf.set(this.window.subarray(bufAt, bufAt + storedLen), this.pending);
      this.pending += storedLen;
    }
  }

  private trAlign(): void {
    const st = getStatics();
    this.sendBits(STATIC_TREES << 1, 3);
    this.sendBits(st.ltreeCode[END_BLOCK], st.ltreeLen[END_BLOCK]);
    this.biFlush();
  }

  /** _tr_flush_block; bufAt < 0 when the block's start has left the window. */
  private trFlushBlock(bufAt: number, storedLen: number, last: number): void {
    let optLenb: number;
    let staticLenb: number;
    let maxBlindex = 0;
    if (this.level > 0) {
      this.buildTree(this.lDesc);
      this.buildTree(this.dDesc);
      maxBlindex = this.buildBlTree();
      optLenb = Math.floor((this.optLen + 3 + 7) / 8);
      staticLenb = Math.floor((this.staticLen + 3 + 7) / 8);
      if (staticLenb <= optLenb || this.strategy === Z_FIXED) optLenb = staticLenb;
    } else {
      optLenb = staticLenb = storedLen + 5;
    }
    if (storedLen + 4 <= optLenb && bufAt >= 0) {
      this.trStoredBlock(bufAt, storedLen, last);
    } else if (staticLenb === optLenb) {
      const st = getStatics();
      this.sendBits((STATIC_TREES << 1) + last, 3);
      this.compressBlock(st.ltreeCode, st.ltreeLen, st.dtreeCode, st.dtreeLen);
    } else {
      this.sendBits((DYN_TREES << 1) + last, 3);
      this.sendAllTrees(this.lDesc.maxCode + 1, this.dDesc.maxCode + 1, maxBlindex + 1);
      this.compressBlock(this.lDesc.code, this.lDesc.len, this.dDesc.code, this.dDesc.len);
    }
    this.initBlock();
    if (last) this.biWindup();
  }

  private tallyLit(c: number): boolean {
    this.symBuf[this.symNext++] = 0;
    this.symBuf[this.symNext++] = 0;
    this.symBuf[this.symNext++] = c;
    this.lDesc.freq[c]++;
    return this.symNext === this.symEnd;
  }

  private tallyDist(dist: number, len: number): boolean {
    const st = getStatics();
    this.symBuf[this.symNext++] = dist & 0xff;
    this.symBuf[this.symNext++] = (dist >>> 8) & 0xff;
    this.symBuf[this.symNext++] = len;
    dist--;
    this.lDesc.freq[st.lengthCode[len] + LITERALS + 1]++;
    this.dDesc.freq[dist < 256 ? st.distCode[dist] : st.distCode[256 + (dist >>> 7)]]++;
    return this.symNext === this.symEnd;
  }

  // ------------------------------------------------------------ deflate.c

  private updateHash(h: number, c: number): number {
    return ((h << this.hashShift) ^ c) & this.hashMask;
  }

  /** INSERT_STRING: the string at str joins its hash chain; returns the previous head. */
  private insertString(str: number): number {
    this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
    const head = this.head[this.insH];
    this.prev[str & this.wMask] = head;
    this.head[this.insH] = str;
    return head;
  }

  private slideHash(): void {
    const wsize = this.wSize;
    const head = this.head;
    for (let n = 0; n < this.hashSize; n++) {
      const m = head[n];
      head[n] = m >= wsize ? m - wsize : 0;
    }
    const prev = this.prev;
    for (let n = 0; n < wsize; n++) {
      const m = prev[n];
      prev[n] = m >= wsize ? m - wsize : 0;
    }
  }

  private maxDist(): number {
    return this.wSize - MIN_LOOKAHEAD;
  }

  private fillWindow(): void {
    const wsize = this.wSize;
    do {
      let more = this.windowSize - this.lookahead - this.strstart;
      if (this.strstart >= wsize + this.maxDist()) {
        this.window.copyWithin(0, wsize, wsize + wsize - more);
        this.matchStart -= wsize;
        this.strstart -= wsize;
        this.blockStart -= wsize;
        if (this.insert > this.strstart) this.insert = this.strstart;
        this.slideHash();
        more += wsize;
      }
      if (this.availIn === 0) break;
      const n = this.readBuf(this.window, this.strstart + this.lookahead, more);
      this.lookahead += n;
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = this.window[str];
        this.insH = this.updateHash(this.insH, this.window[str + 1]);
        while (this.insert) {
          this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
          this.prev[str & this.wMask] = this.head[this.insH];
          this.head[this.insH] = str;
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && this.availIn !== 0);
    // zlib zeroes the bytes after the data that were never written; a fresh typed array already is.
    if (this.highWater < this.windowSize) {
      const curr = this.strstart + this.lookahead;
      if (this.highWater < curr) {
        let init = this.windowSize - curr;
        if (init > MAX_MATCH) init = MAX_MATCH;
        this.window.fill(0, curr, curr + init);
        this.highWater = curr + init;
      } else if (this.highWater < curr + MAX_MATCH) {
        let init = curr + MAX_MATCH - this.highWater;
        if (init > this.windowSize - this.highWater) init = this.windowSize - this.highWater;
        this.window.fill(0, this.highWater, this.highWater + init);
        this.highWater += init;
      }
    }
  }

  private longestMatch(curMatch: number): number {
    let chainLength = this.maxChainLength;
    const win = this.window;
    const scan = this.strstart;
    let bestLen = this.prevLength;
    let niceMatch = this.niceMatch;
    const limit = this.strstart > this.maxDist() ? this.strstart - this.maxDist() : 0;
    const prev = this.prev;
    const wmask = this.wMask;
    let scanEnd1 = win[scan + bestLen - 1];
    let scanEnd = win[scan + bestLen];
    if (this.prevLength >= this.goodMatch) chainLength >>= 2;
    if (niceMatch > this.lookahead) niceMatch = this.lookahead;
    do {
      const match = curMatch;
      if (win[match + bestLen] !== scanEnd || win[match + bestLen - 1] !== scanEnd1 ||
        win[match] !== win[scan] || win[match + 1] !== win[scan + 1]) continue;
      // The third bytes agree when the first two and the hash do.
      let len = 3;
      while (len < MAX_MATCH && win[scan + len] === win[match + len]) len++;
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= niceMatch) break;
        scanEnd1 = win[scan + bestLen - 1];
        scanEnd = win[scan + bestLen];
      }
    } while ((curMatch = prev[curMatch & wmask]) > limit && --chainLength !== 0);
    if (bestLen <= this.lookahead) return bestLen;
    return this.lookahead;
  }

  /** FLUSH_BLOCK_ONLY. */
  private flushBlockOnly(last: number): void {
    this.trFlushBlock(this.blockStart >= 0 ? this.blockStart : -1, this.strstart - this.blockStart, last);
    this.blockStart = this.strstart;
    this.flushPending();
  }

  private deflateStored(flush: number): number {
    let minBlock = Math.min(this.pendingBufSize - 5, this.wSize);
    let len: number;
    let left: number;
    let have: number;
    let last = 0;
    let used = this.availIn;
    do {
      len = MAX_STORED;
      have = (this.biValid + 42) >> 3;
      if (this.availOut < have) break;
      have = this.availOut - have;
      left = this.strstart - this.blockStart;
      if (len > left + this.availIn) len = left + this.availIn;
      if (len > have) len = have;
      if (len < minBlock && ((len === 0 && flush !== Z_FINISH) || flush === Z_NO_FLUSH || len !== left + this.availIn)) break;
      last = flush === Z_FINISH && len === left + this.availIn ? 1 : 0;
      this.trStoredBlock(0, 0, last);
      // Put the real length in the dummy block's header.
      const p = this.pendingBuf;
      p[this.pending - 4] = len & 0xff;
      p[this.pending - 3] = (len >>> 8) & 0xff;
      p[this.pending - 2] = ~len & 0xff;
      p[this.pending - 1] = (~len >>> 8) & 0xff;
      this.flushPending();
      if (left) {
        if (left > len) left = len;
        this.output.set(this.window.subarray(this.blockStart, this.blockStart + left), this.nextOut);
        this.nextOut += left;
        this.availOut -= left;
        this.totalOut += left;
        this.blockStart += left;
        len -= left;
      }
      if (len) {
        this.readBuf(this.output, this.nextOut, len);
        this.nextOut += len;
        this.availOut -= len;
        this.totalOut += len;
      }
    } while (last === 0);

    used -= this.availIn;
    if (used) {
      if (used >= this.wSize) {
        this.window.set(this.input.subarray(this.nextIn - this.wSize, this.nextIn), 0);
        this.strstart = this.wSize;
        this.insert = this.strstart;
      } else {
        if (this.windowSize - this.strstart <= used) {
          this.strstart -= this.wSize;
          this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
          if (this.insert > this.strstart) this.insert = this.strstart;
        }
        this.window.set(this.input.subarray(this.nextIn - used, this.nextIn), this.strstart);
        this.strstart += used;
        this.insert += Math.min(used, this.wSize - this.insert);
      }
      this.blockStart = this.strstart;
    }
    if (this.highWater < this.strstart) this.highWater = this.strstart;
    if (last) return FINISH_DONE;
    if (flush !== Z_NO_FLUSH && flush !== Z_FINISH && this.availIn === 0 && this.strstart === this.blockStart) return BLOCK_DONE;

    have = this.windowSize - this.strstart;
    if (this.availIn > have && this.blockStart >= this.wSize) {
      this.blockStart -= this.wSize;
      this.strstart -= this.wSize;
      this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
      have += this.wSize;
      if (this.insert > this.strstart) this.insert = this.strstart;
    }
    if (have > this.availIn) have = this.availIn;
    if (have) {
      this.readBuf(this.window, this.strstart, have);
      this.strstart += have;
      this.insert += Math.min(have, this.wSize - this.insert);
    }
    if (this.highWater < this.strstart) this.highWater = this.strstart;

    have = (this.biValid + 42) >> 3;
    have = Math.min(this.pendingBufSize - have, MAX_STORED);
    minBlock = Math.min(have, this.wSize);
    left = this.strstart - this.blockStart;
    if (left >= minBlock || ((left || flush === Z_FINISH) && flush !== Z_NO_FLUSH && this.availIn === 0 && left <= have)) {
      len = Math.min(left, have);
      last = flush === Z_FINISH && this.availIn === 0 && len === left ? 1 : 0;
      this.trStoredBlock(this.blockStart, len, last);
      this.blockStart += len;
      this.flushPending();
    }
    return last ? FINISH_STARTED : NEED_MORE;
  }

  private deflateFast(flush: number): number {
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return NEED_MORE;
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== 0 && this.strstart - hashHead <= this.maxDist()) {
        this.matchLength = this.longestMatch(hashHead);
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = this.tallyDist(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        if (this.matchLength <= this.maxLazyMatch && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do {
            this.strstart++;
            this.insertString(this.strstart);
          } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = this.window[this.strstart];
          this.insH = this.updateHash(this.insH, this.window[this.strstart + 1]);
        }
      } else {
        bflush = this.tallyLit(this.window[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) {
        this.flushBlockOnly(0);
        if (this.availOut === 0) return NEED_MORE;
      }
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    return this.finishBlocks(flush);
  }

  /** The common end of deflate_fast/slow/rle/huff. */
  private finishBlocks(flush: number): number {
    if (flush === Z_FINISH) {
      this.flushBlockOnly(1);
      if (this.availOut === 0) return FINISH_STARTED;
      return FINISH_DONE;
    }
    if (this.symNext) {
      this.flushBlockOnly(0);
      if (this.availOut === 0) return NEED_MORE;
    }
    return BLOCK_DONE;
  }

  private deflateSlow(flush: number): number {
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return NEED_MORE;
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== 0 && this.prevLength < this.maxLazyMatch && this.strstart - hashHead <= this.maxDist()) {
        this.matchLength = this.longestMatch(hashHead);
        if (this.matchLength <= 5 && (this.strategy === Z_FILTERED ||
          (this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR))) {
          this.matchLength = MIN_MATCH - 1;
        }
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const bflush = this.tallyDist(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = 0;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (bflush) {
          this.flushBlockOnly(0);
          if (this.availOut === 0) return NEED_MORE;
        }
      } else if (this.matchAvailable) {
        const bflush = this.tallyLit(this.window[this.strstart - 1]);
        if (bflush) this.flushBlockOnly(0);
        this.strstart++;
        this.lookahead--;
        if (this.availOut === 0) return NEED_MORE;
      } else {
        this.matchAvailable = 1;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) {
      this.tallyLit(this.window[this.strstart - 1]);
      this.matchAvailable = 0;
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    return this.finishBlocks(flush);
  }

  private deflateRle(flush: number): number {
    const win = this.window;
    for (;;) {
      if (this.lookahead <= MAX_MATCH) {
        this.fillWindow();
        if (this.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH) return NEED_MORE;
        if (this.lookahead === 0) break;
      }
      this.matchLength = 0;
      if (this.lookahead >= MIN_MATCH && this.strstart > 0) {
        const s = this.strstart;
        const prev = win[s - 1];
        if (prev === win[s] && prev === win[s + 1] && prev === win[s + 2]) {
          let len = 3;
          while (len < MAX_MATCH && win[s + len] === prev) len++;
          this.matchLength = len;
          if (this.matchLength > this.lookahead) this.matchLength = this.lookahead;
        }
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = this.tallyDist(1, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        this.strstart += this.matchLength;
        this.matchLength = 0;
      } else {
        bflush = this.tallyLit(win[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) {
        this.flushBlockOnly(0);
        if (this.availOut === 0) return NEED_MORE;
      }
    }
    this.insert = 0;
    return this.finishBlocks(flush);
  }

  private deflateHuff(flush: number): number {
    for (;;) {
      if (this.lookahead === 0) {
        this.fillWindow();
        if (this.lookahead === 0) {
          if (flush === Z_NO_FLUSH) return NEED_MORE;
          break;
        }
      }
      this.matchLength = 0;
      const bflush = this.tallyLit(this.window[this.strstart]);
      this.lookahead--;
      this.strstart++;
      if (bflush) {
        this.flushBlockOnly(0);
        if (this.availOut === 0) return NEED_MORE;
      }
    }
    this.insert = 0;
    return this.finishBlocks(flush);
  }

  /** deflateSetDictionary: Z_OK or Z_STREAM_ERROR. */
  setDictionary(dict: Uint8Array): number {
    const wrap = this.wrap;
    if (wrap === 2 || (wrap === 1 && this.status !== INIT_STATE) || this.lookahead) return Z_STREAM_ERROR;
    if (wrap === 1) this.adler = adler32(dict, this.adler);
    this.wrap = 0;
    let d = dict;
    if (d.length >= this.wSize) {
      if (wrap === 0) {
        this.head.fill(0);
        this.strstart = 0;
        this.blockStart = 0;
        this.insert = 0;
      }
      d = d.subarray(d.length - this.wSize);
    }
    const saveIn = this.input;
    const saveNext = this.nextIn;
    const saveAvail = this.availIn;
    this.input = d;
    this.nextIn = 0;
    this.availIn = d.length;
    this.fillWindow();
    while (this.lookahead >= MIN_MATCH) {
      let str = this.strstart;
      let n = this.lookahead - (MIN_MATCH - 1);
      do {
        this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
        this.prev[str & this.wMask] = this.head[this.insH];
        this.head[this.insH] = str;
        str++;
      } while (--n);
      this.strstart = str;
      this.lookahead = MIN_MATCH - 1;
      this.fillWindow();
    }
    this.strstart += this.lookahead;
    this.blockStart = this.strstart;
    this.insert = this.lookahead;
    this.lookahead = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = 0;
    this.input = saveIn;
    this.nextIn = saveNext;
    this.availIn = saveAvail;
    this.wrap = wrap;
    return Z_OK;
  }

  private errReturn(err: number): number {
    this.msg = err === Z_BUF_ERROR ? 'buffer error' : 'stream error';
    return err;
  }

  /** deflate(): Z_OK, Z_STREAM_END, Z_BUF_ERROR or Z_STREAM_ERROR. */
  deflate(flush: number): number {
    if (flush > Z_BLOCK || flush < 0) return Z_STREAM_ERROR;
    if (this.status === FINISH_STATE && flush !== Z_FINISH) return this.errReturn(Z_STREAM_ERROR);
    if (this.availOut === 0) return this.errReturn(Z_BUF_ERROR);
    const oldFlush = this.lastFlush;
    this.lastFlush = flush;
    if (this.pendingCount() !== 0) {
      this.flushPending();
      if (this.availOut === 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    } else if (this.availIn === 0 && rank(flush) <= rank(oldFlush) && flush !== Z_FINISH) {
      return this.errReturn(Z_BUF_ERROR);
    }
    if (this.status === FINISH_STATE && this.availIn !== 0) return this.errReturn(Z_BUF_ERROR);
    if (this.status === INIT_STATE && this.wrap === 0) this.status = BUSY_STATE;
    if (this.status === INIT_STATE) {
      let header = (8 + ((this.wBits - 8) << 4)) << 8;
      let levelFlags: number;
      if (this.strategy >= Z_HUFFMAN_ONLY || this.level < 2) levelFlags = 0;
      else if (this.level < 6) levelFlags = 1;
      else if (this.level === 6) levelFlags = 2;
      else levelFlags = 3;
      header |= levelFlags << 6;
      if (this.strstart !== 0) header |= PRESET_DICT;
      header += 31 - (header % 31);
      this.putShortMSB(header);
      if (this.strstart !== 0) {
        this.putShortMSB(this.adler >>> 16);
        this.putShortMSB(this.adler & 0xffff);
      }
      this.adler = 1;
      this.status = BUSY_STATE;
      this.flushPending();
      if (this.pendingCount() !== 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    }
    if (this.status === GZIP_STATE) {
      this.adler = 0;
      this.putByte(31);
      this.putByte(139);
      this.putByte(8);
      for (let i = 0; i < 5; i++) this.putByte(0);
      this.putByte(this.level === 9 ? 2 : this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 4 : 0);
      this.putByte(OS_CODE);
      this.status = BUSY_STATE;
      this.flushPending();
      if (this.pendingCount() !== 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    }
    if (this.availIn !== 0 || this.lookahead !== 0 || (flush !== Z_NO_FLUSH && this.status !== FINISH_STATE)) {
      const bstate = this.level === 0 ? this.deflateStored(flush)
        : this.strategy === Z_HUFFMAN_ONLY ? this.deflateHuff(flush)
          : this.strategy === Z_RLE ? this.deflateRle(flush)
            : CONFIG[this.level][4] === 'fast' ? this.deflateFast(flush) : this.deflateSlow(flush);
      if (bstate === FINISH_STARTED || bstate === FINISH_DONE) this.status = FINISH_STATE;
      if (bstate === NEED_MORE || bstate === FINISH_STARTED) {
        if (this.availOut === 0) this.lastFlush = -1;
        return Z_OK;
      }
      if (bstate === BLOCK_DONE) {
        if (flush === Z_PARTIAL_FLUSH) {
          this.trAlign();
        } else if (flush !== Z_BLOCK) {
          this.trStoredBlock(0, 0, 0);
          if (flush === Z_FULL_FLUSH) {
            this.head.fill(0);
            if (this.lookahead === 0) {
              this.strstart = 0;
              this.blockStart = 0;
              this.insert = 0;
            }
          }
        }
        this.flushPending();
        if (this.availOut === 0) {
          this.lastFlush = -1;
          return Z_OK;
        }
      }
    }
    if (flush !== Z_FINISH) return Z_OK;
    if (this.wrap <= 0) return Z_STREAM_END;
    if (this.wrap === 2) {
      const c = this.adler;
      const n = this.totalIn >>> 0;
      this.putByte(c & 0xff);
      this.putByte((c >>> 8) & 0xff);
      this.putByte((c >>> 16) & 0xff);
      this.putByte((c >>> 24) & 0xff);
      this.putByte(n & 0xff);
      this.putByte((n >>> 8) & 0xff);
      this.putByte((n >>> 16) & 0xff);
      this.putByte((n >>> 24) & 0xff);
    } else {
      this.putShortMSB(this.adler >>> 16);
      this.putShortMSB(this.adler & 0xffff);
    }
    this.flushPending();
    if (this.wrap > 0) this.wrap = -this.wrap;
    return this.pendingCount() !== 0 ? Z_OK : Z_STREAM_END;
  }
}
