/**
 * DEFLATE decompression (RFC 1951, zlib RFC 1950 and gzip RFC 1952
 * wrappers) as zlib 1.2.13's inflate(): a state machine over a z_stream-like
 * interface (input and output windows the caller sets), resumable at any
 * byte of input and any byte of output, with zlib's return codes, its error
 * messages, its header and check validation, and its input consumption
 * (bytes are taken only as bits are needed), so that zlib.decompressobj's
 * max_length, unconsumed_tail, unused_data and eof come out as CPython's.
 * Node's zlib has no synchronous streaming interface to do this with.
 */
import { adler32, crc32 } from './deflate';

export const Z_OK = 0;
export const Z_STREAM_END = 1;
export const Z_NEED_DICT = 2;
export const Z_STREAM_ERROR = -2;
export const Z_DATA_ERROR = -3;
export const Z_BUF_ERROR = -5;
export const Z_FINISH = 4;

const enum M {
  HEAD, FLAGS, TIME, OS, EXLEN, EXTRA, NAME, COMMENT, HCRC, DICTID, DICT, TYPE, STORED, COPY, TABLE, LENLENS,
  CODELENS, LEN, LENEXT, DIST, DISTEXT, MATCH, LIT, CHECK, LENGTH, DONE, BAD,
}

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A decoding table indexed by the next `bits` input bits (least significant
 * first): each entry is symbol << 4 | code length, 0 where no code fits.
 */
interface Table {
  t: Int32Array;
  bits: number;
}

const enum Kind {
  CODES,
  LENS,
  DISTS,
}

/** inflate_table's checks and a flat lookup table; null for an over-subscribed or wrongly incomplete set. */
function buildTable(lens: ArrayLike<number>, start: number, n: number, kind: Kind): Table | null {
  const count = new Uint16Array(16);
  for (let i = 0; i < n; i++) count[lens[start + i]]++;
  let max = 15;
  while (max >= 1 && count[max] === 0) max--;
  if (max === 0) {
    // No codes: zlib makes a table of invalid codes (length 1), good for a distance-less block.
    return { t: new Int32Array(2), bits: 1 };
  }
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) return null;
  }
  if (left > 0 && (kind === Kind.CODES || max !== 1)) return null;
  const bits = max;
  const size = 1 << bits;
  const t = new Int32Array(size);
  const next = new Uint16Array(16);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + count[len - 1]) << 1;
    next[len] = code;
  }
  next[0] = 0;
  for (let sym = 0; sym < n; sym++) {
    const len = lens[start + sym];
    if (len === 0) continue;
    let c = next[len]++;
    // Bit-reverse the code: the stream sends it most significant bit first.
    let r = 0;
    for (let i = 0; i < len; i++) {
      r = (r << 1) | (c & 1);
      c >>= 1;
    }
    const entry = (sym << 4) | len;
    for (let i = r; i < size; i += 1 << len) t[i] = entry;
  }
  return { t, bits };
}

let fixed: [Table, Table] | null = null;
function fixedTables(): [Table, Table] {
  if (fixed === null) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144);
    l.fill(9, 144, 256);
    l.fill(7, 256, 280);
    l.fill(8, 280, 288);
    // 32 distance codes, as zlib builds them: 30 and 31 decode, and are invalid.
    const d = new Uint8Array(32).fill(5);
    fixed = [buildTable(l, 0, 288, Kind.LENS)!, buildTable(d, 0, 32, Kind.DISTS)!];
  }
  return fixed;
}

export class Inflater {
  input: Uint8Array = new Uint8Array(0);
  nextIn = 0;
  availIn = 0;
  output: Uint8Array = new Uint8Array(0);
  nextOut = 0;
  availOut = 0;
  totalOut = 0;
  msg: string | null = null;

  private mode = M.HEAD;
  private last = false;
  /** bit 1: zlib allowed, bit 2: gzip allowed, bit 4: check the check values. */
  private wrap: number;
  private wbits: number;
  private flags = -1;
  private havedict = false;
  private check = 0;
  private total = 0;
  private hold = 0;
  private bits = 0;
  private length = 0;
  private offset = 0;
  private extra = 0;
  private lencode: Table | null = null;
  private distcode: Table | null = null;
  private ncode = 0;
  private nlen = 0;
  private ndist = 0;
  private have = 0;
  private lens = new Uint16Array(320);
  private window: Uint8Array | null = null;
  private wsize = 0;
  private whave = 0;
  private wnext = 0;
  private hcrc = 0;

  /** inflateInit2's parameter check. */
  static validWbits(w: number): boolean {
    if (w < 0) return w >= -15 && w <= -8;
    if (w >= 48) return false;
    const b = w & 15;
    return b === 0 || b >= 8;
  }

  constructor(windowBits: number) {
    if (windowBits < 0) {
      this.wrap = 0;
      windowBits = -windowBits;
    } else {
      this.wrap = (windowBits >> 4) + 5;
      windowBits &= 15;
    }
    this.wbits = windowBits;
    if (this.wrap === 0) this.mode = M.TYPE;
  }

  copy(): Inflater {
    const o = Object.create(Inflater.prototype) as Inflater;
    Object.assign(o, this);
    o.lens = this.lens.slice();
    o.window = this.window === null ? null : this.window.slice();
    return o;
  }

  get done(): boolean {
    return this.mode === M.DONE;
  }

  /** inflateSetDictionary: Z_OK, Z_STREAM_ERROR or Z_DATA_ERROR. */
  setDictionary(dict: Uint8Array): number {
    if (this.wrap !== 0 && this.mode !== M.DICT) return Z_STREAM_ERROR;
    if (this.mode === M.DICT && adler32(dict, 1) !== this.check) return Z_DATA_ERROR;
    this.ensureWindow();
    for (let i = Math.max(0, dict.length - this.wsize); i < dict.length; i++) this.toWindow(dict[i]);
    this.havedict = true;
    return Z_OK;
  }

  private ensureWindow(): void {
    if (this.window === null) {
      this.wsize = 1 << (this.wbits || 15);
      this.window = new Uint8Array(this.wsize);
    }
  }

  private toWindow(b: number): void {
    this.window![this.wnext++] = b;
    if (this.wnext === this.wsize) this.wnext = 0;
    if (this.whave < this.wsize) this.whave++;
  }

  /** Pull input bytes until `n` bits are held; false when the input ran out first. */
  private need(n: number): boolean {
    while (this.bits < n) {
      if (this.availIn === 0) return false;
      this.availIn--;
      this.hold = (this.hold | (this.input[this.nextIn++] << this.bits)) >>> 0;
      this.bits += 8;
    }
    return true;
  }

  private take(n: number): number {
    const v = n === 32 ? this.hold : this.hold & ((1 << n) - 1);
    this.drop(n);
    return v >>> 0;
  }

  private drop(n: number): void {
    this.hold = n === 32 ? 0 : this.hold >>> n;
    this.bits -= n;
  }

  private bad(msg: string): void {
    this.msg = msg;
    this.mode = M.BAD;
  }

  /** The next code's table entry, pulling input as it needs; -1 when the input ran out, -2 for an invalid code. */
  private peek(tab: Table): number {
    for (;;) {
      const e = tab.t[this.hold & ((1 << tab.bits) - 1)];
      const len = e & 15;
      if (len !== 0 && len <= this.bits) return e;
      if (this.bits >= tab.bits) return -2;
      if (this.availIn === 0) return -1;
      this.availIn--;
      this.hold = (this.hold | (this.input[this.nextIn++] << this.bits)) >>> 0;
      this.bits += 8;
    }
  }

  /** Decode one symbol; -1 when more input is needed, -2 for an invalid code. */
  private decode(tab: Table): number {
    for (;;) {
      const e = tab.t[this.hold & ((1 << tab.bits) - 1)];
      const len = e & 15;
      if (len !== 0 && len <= this.bits) {
        this.drop(len);
        return e >> 4;
      }
      if (this.bits >= tab.bits) return -2;
      if (this.availIn === 0) return -1;
      this.availIn--;
      this.hold = (this.hold | (this.input[this.nextIn++] << this.bits)) >>> 0;
      this.bits += 8;
    }
  }

  private updateCheck(from: number, to: number): void {
    if (to <= from) return;
    if (this.wrap & 4) {
      this.check = this.flags > 0 ? crc32(this.output, this.check, from, to) : adler32(this.output, this.check, from, to);
    }
    this.total += to - from;
  }

  private put(b: number): void {
    this.output[this.nextOut++] = b;
    this.availOut--;
    this.toWindow(b);
  }

  private hcrcBytes(v: number, n: number): void {
    if (this.flags >= 0 && this.flags & 0x0200 && this.wrap & 4) {
      const b = new Uint8Array(n);
      for (let i = 0; i < n; i++) b[i] = (v >>> (8 * i)) & 0xff;
      this.hcrc = crc32(b, this.hcrc);
    }
  }

  inflate(flush: number): number {
    const in0 = this.availIn;
    const out0 = this.availOut;
    const outStart = this.nextOut;
    let ret = Z_OK;
    this.ensureWindow();
    loop: for (;;) {
      switch (this.mode) {
        case M.HEAD: {
          if (this.wrap === 0) {
            this.mode = M.TYPE;
            break;
          }
          if (!this.need(16)) break loop;
          if (this.wrap & 2 && this.hold === 0x8b1f) {
            if (this.wbits === 0) this.wbits = 15;
            this.hcrc = crc32(Uint8Array.from([0x1f, 0x8b]), 0);
            this.take(16);
            this.mode = M.FLAGS;
            break;
          }
          if (!(this.wrap & 1) || (((this.hold & 0xff) << 8) + (this.hold >>> 8)) % 31) {
            this.bad('incorrect header check');
            break;
          }
          if ((this.hold & 0x0f) !== 8) {
            this.bad('unknown compression method');
            break;
          }
          this.drop(4);
          const len = (this.hold & 0x0f) + 8;
          if (this.wbits === 0) this.wbits = len;
          if (len > 15 || len > this.wbits) {
            this.bad('invalid window size');
            break;
          }
          this.resizeWindow();
          this.flags = 0;
          this.check = 1;
          const dict = this.hold & 0x200;
          this.take(12);
          this.mode = dict ? M.DICTID : M.TYPE;
          break;
        }
        case M.FLAGS: {
          if (!this.need(16)) break loop;
          this.flags = this.hold & 0xffff;
          if ((this.flags & 0xff) !== 8) {
            this.bad('unknown compression method');
            break;
          }
          if (this.flags & 0xe000) {
            this.bad('unknown header flags set');
            break;
          }
          this.resizeWindow();
          this.hcrcBytes(this.hold, 2);
          this.take(16);
          this.mode = M.TIME;
          break;
        }
        case M.TIME:
          if (!this.need(32)) break loop;
          this.hcrcBytes(this.hold, 4);
          this.take(32);
          this.mode = M.OS;
          break;
        case M.OS:
          if (!this.need(16)) break loop;
          this.hcrcBytes(this.hold, 2);
          this.take(16);
          this.mode = M.EXLEN;
          break;
        case M.EXLEN:
          if (this.flags & 0x0400) {
            if (!this.need(16)) break loop;
            this.length = this.hold & 0xffff;
            this.hcrcBytes(this.hold, 2);
            this.take(16);
          }
          this.mode = M.EXTRA;
          break;
        case M.EXTRA:
          if (this.flags & 0x0400) {
            while (this.length > 0) {
              if (!this.need(8)) break loop;
              this.hcrcBytes(this.take(8), 1);
              this.length--;
            }
          }
          this.length = 0;
          this.mode = M.NAME;
          break;
        case M.NAME:
        case M.COMMENT: {
          const flag = this.mode === M.NAME ? 0x0800 : 0x1000;
          if (this.flags & flag) {
            for (;;) {
              if (!this.need(8)) break loop;
              const c = this.take(8);
              this.hcrcBytes(c, 1);
              if (c === 0) break;
            }
          }
          this.mode = this.mode === M.NAME ? M.COMMENT : M.HCRC;
          break;
        }
        case M.HCRC:
          if (this.flags & 0x0200) {
            if (!this.need(16)) break loop;
            if (this.wrap & 4 && this.hold !== (this.hcrc & 0xffff)) {
              this.bad('header crc mismatch');
              break;
            }
            this.take(16);
          }
          this.check = 0;
          this.mode = M.TYPE;
          break;
        case M.DICTID:
          if (!this.need(32)) break loop;
          {
            const h = this.take(32);
            this.check = (((h & 0xff) << 24) | ((h & 0xff00) << 8) | ((h >>> 8) & 0xff00) | (h >>> 24)) >>> 0;
          }
          this.mode = M.DICT;
          break;
        case M.DICT:
          if (!this.havedict) {
            this.finish(outStart);
            return Z_NEED_DICT;
          }
          this.check = 1;
          this.mode = M.TYPE;
          break;
        case M.TYPE:
          if (this.last) {
            this.drop(this.bits & 7);
            this.mode = M.CHECK;
            break;
          }
          if (!this.need(3)) break loop;
          this.last = (this.hold & 1) === 1;
          this.drop(1);
          switch (this.hold & 3) {
            case 0:
              this.mode = M.STORED;
              break;
            case 1:
              [this.lencode, this.distcode] = fixedTables();
              this.mode = M.LEN;
              break;
            case 2:
              this.mode = M.TABLE;
              break;
            default:
              this.drop(2);
              this.bad('invalid block type');
              continue loop;
          }
          this.drop(2);
          break;
        case M.STORED:
          this.drop(this.bits & 7);
          if (!this.need(32)) break loop;
          if ((this.hold & 0xffff) !== ((this.hold >>> 16) ^ 0xffff)) {
            this.bad('invalid stored block lengths');
            break;
          }
          this.length = this.hold & 0xffff;
          this.take(32);
          this.mode = M.COPY;
          break;
        case M.COPY: {
          let copy = this.length;
          if (copy) {
            if (copy > this.availIn) copy = this.availIn;
            if (copy > this.availOut) copy = this.availOut;
            if (copy === 0) break loop;
            for (let i = 0; i < copy; i++) this.put(this.input[this.nextIn + i]);
            this.nextIn += copy;
            this.availIn -= copy;
            this.length -= copy;
            break;
          }
          this.mode = M.TYPE;
          break;
        }
        case M.TABLE:
          if (!this.need(14)) break loop;
          this.nlen = (this.hold & 0x1f) + 257;
          this.drop(5);
          this.ndist = (this.hold & 0x1f) + 1;
          this.drop(5);
          this.ncode = (this.hold & 0x0f) + 4;
          this.drop(4);
          if (this.nlen > 286 || this.ndist > 30) {
            this.bad('too many length or distance symbols');
            break;
          }
          this.have = 0;
          this.mode = M.LENLENS;
          break;
        case M.LENLENS: {
          while (this.have < this.ncode) {
            if (!this.need(3)) break loop;
            this.lens[ORDER[this.have++]] = this.take(3);
          }
          while (this.have < 19) this.lens[ORDER[this.have++]] = 0;
          const t = buildTable(this.lens, 0, 19, Kind.CODES);
          if (t === null) {
            this.bad('invalid code lengths set');
            break;
          }
          this.lencode = t;
          this.have = 0;
          this.mode = M.CODELENS;
          break;
        }
        case M.CODELENS: {
          let failed = false;
          while (this.have < this.nlen + this.ndist) {
            // A repeat code and its extra bits are taken together, as zlib does, or not at all.
            const e = this.peek(this.lencode!);
            if (e === -1) break loop;
            if (e === -2) {
              this.bad('invalid code lengths set');
              failed = true;
              break;
            }
            const sym = e >> 4;
            const clen = e & 15;
            if (sym < 16) {
              this.drop(clen);
              this.lens[this.have++] = sym;
              continue;
            }
            const need = sym === 16 ? 2 : sym === 17 ? 3 : 7;
            if (!this.need(clen + need)) break loop;
            this.drop(clen);
            let len = 0;
            let copy: number;
            if (sym === 16) {
              if (this.have === 0) {
                this.bad('invalid bit length repeat');
                failed = true;
                break;
              }
              len = this.lens[this.have - 1];
              copy = 3 + this.take(2);
            } else if (sym === 17) copy = 3 + this.take(3);
            else copy = 11 + this.take(7);
            if (this.have + copy > this.nlen + this.ndist) {
              this.bad('invalid bit length repeat');
              failed = true;
              break;
            }
            while (copy--) this.lens[this.have++] = len;
          }
          if (failed) break;
          if (this.lens[256] === 0) {
            this.bad('invalid code -- missing end-of-block');
            break;
          }
          const lt = buildTable(this.lens, 0, this.nlen, Kind.LENS);
          if (lt === null) {
            this.bad('invalid literal/lengths set');
            break;
          }
          const dt = buildTable(this.lens, this.nlen, this.ndist, Kind.DISTS);
          if (dt === null) {
            this.bad('invalid distances set');
            break;
          }
          this.lencode = lt;
          this.distcode = dt;
          this.mode = M.LEN;
          break;
        }
        case M.LEN: {
          const sym = this.decode(this.lencode!);
          if (sym === -1) break loop;
          if (sym === -2) {
            this.bad('invalid literal/length code');
            break;
          }
          if (sym < 256) {
            this.length = sym;
            this.mode = M.LIT;
            break;
          }
          if (sym === 256) {
            this.mode = M.TYPE;
            break;
          }
          if (sym > 285) {
            this.bad('invalid literal/length code');
            break;
          }
          this.length = LEN_BASE[sym - 257];
          this.extra = LEN_EXTRA[sym - 257];
          this.mode = M.LENEXT;
          break;
        }
        case M.LENEXT:
          if (this.extra) {
            if (!this.need(this.extra)) break loop;
            this.length += this.take(this.extra);
          }
          this.mode = M.DIST;
          break;
        case M.DIST: {
          const sym = this.decode(this.distcode!);
          if (sym === -1) break loop;
          if (sym === -2 || sym > 29) {
            this.bad('invalid distance code');
            break;
          }
          this.offset = DIST_BASE[sym];
          this.extra = DIST_EXTRA[sym];
          this.mode = M.DISTEXT;
          break;
        }
        case M.DISTEXT:
          if (this.extra) {
            if (!this.need(this.extra)) break loop;
            this.offset += this.take(this.extra);
          }
          if (this.offset > this.whave) {
            this.bad('invalid distance too far back');
            break;
          }
          this.mode = M.MATCH;
          break;
        case M.MATCH: {
          if (this.availOut === 0) break loop;
          const w = this.window!;
          let n = Math.min(this.length, this.availOut);
          this.length -= n;
          while (n-- > 0) {
            let at = this.wnext - this.offset;
            if (at < 0) at += this.wsize;
            this.put(w[at]);
          }
          if (this.length === 0) this.mode = M.LEN;
          break;
        }
        case M.LIT:
          if (this.availOut === 0) break loop;
          this.put(this.length);
          this.mode = M.LEN;
          break;
        case M.CHECK:
          if (this.wrap) {
            if (!this.need(32)) break loop;
            this.updateCheck(outStart, this.nextOut);
            this.checkDone = this.nextOut;
            const h = this.hold;
            const got = this.flags ? h : (((h & 0xff) << 24) | ((h & 0xff00) << 8) | ((h >>> 8) & 0xff00) | (h >>> 24)) >>> 0;
            if (this.wrap & 4 && got !== this.check) {
              this.bad('incorrect data check');
              break;
            }
            this.take(32);
          }
          this.mode = M.LENGTH;
          break;
        case M.LENGTH:
          if (this.wrap && this.flags) {
            if (!this.need(32)) break loop;
            if (this.wrap & 4 && this.hold !== this.total >>> 0) {
              this.bad('incorrect length check');
              break;
            }
            this.take(32);
          }
          this.mode = M.DONE;
          break;
        case M.DONE:
          ret = Z_STREAM_END;
          break loop;
        case M.BAD:
          ret = Z_DATA_ERROR;
          break loop;
      }
    }
    this.finish(outStart);
    if (((in0 === this.availIn && out0 === this.availOut) || flush === Z_FINISH) && ret === Z_OK) ret = Z_BUF_ERROR;
    return ret;
  }

  /** Output checked so far in this call (the check state sums output once). */
  private checkDone = -1;

  private finish(outStart: number): void {
    const from = this.checkDone >= outStart ? this.checkDone : outStart;
    this.updateCheck(from, this.nextOut);
    this.checkDone = -1;
    this.totalOut += this.nextOut - outStart;
  }

  private resizeWindow(): void {
    const size = 1 << this.wbits;
    if (this.window !== null && this.wsize === size) return;
    if (this.whave === 0) {
      this.wsize = size;
      this.window = new Uint8Array(size);
      this.wnext = 0;
    }
  }
}
