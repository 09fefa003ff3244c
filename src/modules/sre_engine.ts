/**
 * The matcher of _sre (Modules/_sre/sre_lib.h): runs the pattern code
 * re._compiler produces over a subject of code points (str) or bytes, by
 * backtracking. A choice point (BRANCH, the repeats) recurses with the rest
 * of the pattern as its continuation — every alternative and repeat body
 * jumps on to the common tail in the code itself — so `run` returns true
 * only when a SUCCESS is reached with the whole remaining pattern matched.
 * INFO blocks give search() its shortcuts (minimum length, anchoring, literal prefix).
 * Deeply nested general repeats recurse once per iteration.
 */

export const enum Op {
  FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6, BRANCH = 7, CATEGORY = 8, CHARSET = 9,
  BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14, JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18,
  MIN_UNTIL = 19, NOT_LITERAL = 20, NEGATE = 21, RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, SUBPATTERN = 25, MIN_REPEAT_ONE = 26,
  ATOMIC_GROUP = 27, POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31, LITERAL_IGNORE = 32,
  NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35, LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37,
  GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39, LITERAL_UNI_IGNORE = 40, NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42,
}

export const MAXREPEAT = 4294967295;

// ---------------------------------------------------------------- character classes

const isDigitAscii = (c: number): boolean => c >= 48 && c <= 57;
const isSpaceAscii = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isWordAscii = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLinebreak = (c: number): boolean => c === 10;
const UNI_DIGIT = /^\p{Nd}$/u;
const UNI_ALNUM = /^[\p{L}\p{N}]$/u;
const isUniDigit = (c: number): boolean => (c < 128 ? isDigitAscii(c) : UNI_DIGIT.test(String.fromCodePoint(c)));
export const isUniSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || (c >= 28 && c <= 32) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
const isUniWord = (c: number): boolean => (c < 128 ? isWordAscii(c) : c === 95 || UNI_ALNUM.test(String.fromCodePoint(c)));
const isUniLinebreak = (c: number): boolean =>
  c === 10 || c === 11 || c === 12 || c === 13 || c === 28 || c === 29 || c === 30 || c === 0x85 || c === 0x2028 || c === 0x2029;

export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
export function lowerUnicode(c: number): number {
  if (c < 128) return lowerAscii(c);
  const s = String.fromCodePoint(c).toLowerCase();
  const l = s.codePointAt(0)!;
  return s.length === String.fromCodePoint(l).length ? l : c;
}
export function upperUnicode(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const s = String.fromCodePoint(c).toUpperCase();
  const u = s.codePointAt(0)!;
  return s.length === String.fromCodePoint(u).length ? u : c;
}

function category(code: number, c: number): boolean {
  switch (code) {
    case 0: return isDigitAscii(c);
    case 1: return !isDigitAscii(c);
    case 2: return isSpaceAscii(c);
    case 3: return !isSpaceAscii(c);
    case 4: return isWordAscii(c);
    case 5: return !isWordAscii(c);
    case 6: return isLinebreak(c);
    case 7: return !isLinebreak(c);
    case 8: return isWordAscii(c);
    case 9: return !isWordAscii(c);
    case 10: return isUniDigit(c);
    case 11: return !isUniDigit(c);
    case 12: return isUniSpace(c);
    case 13: return !isUniSpace(c);
    case 14: return isUniWord(c);
    case 15: return !isUniWord(c);
    case 16: return isUniLinebreak(c);
    case 17: return !isUniLinebreak(c);
  }
  return false;
}

/** SRE(charset): whether c is in the set starting at code[p]. */
function inSet(code: Uint32Array, p: number, c: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[p++]) {
      case Op.FAILURE:
        return !ok;
      case Op.LITERAL:
        if (c === code[p]) return ok;
        p++;
        break;
      case Op.CATEGORY:
        if (category(code[p], c)) return ok;
        p++;
        break;
      case Op.CHARSET:
        // 256 bits as eight 32-bit words.
        if (c < 256 && code[p + (c >> 5)] & (1 << (c & 31))) return ok;
        p += 8;
        break;
      case Op.RANGE:
        if (code[p] <= c && c <= code[p + 1]) return ok;
        p += 2;
        break;
      case Op.RANGE_UNI_IGNORE: {
        if (code[p] <= c && c <= code[p + 1]) return ok;
        const u = upperUnicode(c);
        if (code[p] <= u && u <= code[p + 1]) return ok;
        p += 2;
        break;
      }
      case Op.NEGATE:
        ok = !ok;
        break;
      case Op.BIGCHARSET: {
        // <BIGCHARSET> <count> <256 block indices as 64 words> <count blocks of 8 words>
        const count = code[p++];
        if (c < 65536) {
          const blockIndices = p;
          const hi = c >> 8;
          const block = (code[blockIndices + (hi >> 2)] >>> ((hi & 3) * 8)) & 0xff;
          const bits = p + 64 + block * 8;
          const lo = c & 255;
          if (code[bits + (lo >> 5)] & (1 << (lo & 31))) return ok;
        }
        p += 64 + count * 8;
        break;
      }
      default:
        throw new Error('internal error in regular expression charset');
    }
  }
}

// ---------------------------------------------------------------- the state

export class State {
  /** Group marks: 2 per group (start, end), -1 when unset. */
  marks: number[] = [];
  lastmark = -1;
  lastindex = -1;
  end = 0;
  /** Set by a successful run: where the match ended. */
  ptr = 0;
  matchAll = false;
  mustAdvance = false;
  start = 0;
  private repeat: Repeat | null = null;

  constructor(
    readonly code: Uint32Array,
    readonly s: Uint32Array | Uint8Array,
    readonly pos: number,
    readonly endpos: number,
  ) {
    this.end = endpos;
  }

  reset(): void {
    this.marks = [];
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
  }

  /** sre_match at `start` (the whole pattern from code[0]). */
  match(start: number): boolean {
    this.reset();
    this.start = start;
    return this.run(0, start, true);
  }

  /**
   * sre_search from `start` to the end, with the shortcuts the INFO block
   * allows: too short a subject fails at once, a pattern anchored at the
   * beginning is tried once, and a literal prefix picks the candidates.
   */
  search(start: number): number {
    const code = this.code;
    let body = 0;
    let prefix: Uint32Array | null = null;
    if (code[0] === Op.INFO) {
      const flags = code[2];
      const min = code[3];
      if (min > 0 && this.end - start < min) return -1;
      body = code[1] + 1;
      // SRE_INFO_PREFIX: <len> <skip> prefix... (then the overlap table).
      if (flags & 1 && code[5] > 0) prefix = code.subarray(7, 7 + code[5]);
    }
    if (code[body] === Op.AT && (code[body + 1] === 0 || code[body + 1] === 2)) {
      return start === 0 && this.match(0) ? 0 : -1;
    }
    if (prefix !== null) {
      const s = this.s;
      const n = prefix.length;
      const first = prefix[0];
      for (let p = start; p + n <= this.end; p++) {
        p = s.indexOf(first, p);
        if (p < 0 || p + n > this.end) return -1;
        let k = 1;
        while (k < n && s[p + k] === prefix[k]) k++;
        if (k < n) continue;
        if (this.match(p)) return p;
        this.mustAdvance = false;
      }
      return -1;
    }
    for (let p = start; p <= this.end; p++) {
      if (this.match(p)) return p;
      this.mustAdvance = false;
    }
    return -1;
  }

  private saveMarks(): [number[], number, number] {
    return [this.marks.slice(), this.lastmark, this.lastindex];
  }
  private restoreMarks(m: [number[], number, number]): void {
    this.marks = m[0];
    this.lastmark = m[1];
    this.lastindex = m[2];
  }

  private at(code: number, p: number): boolean {
    const s = this.s;
    const end = this.end;
    switch (code) {
      case 0: case 2: return p === 0;
      case 1: return p === 0 || s[p - 1] === 10;
      case 5: return p === end || (p === end - 1 && s[p] === 10);
      case 6: return p === end || s[p] === 10;
      case 7: return p === end;
      case 3: case 4: case 8: case 9: case 10: case 11: {
        const w = code === 10 || code === 11 ? isUniWord : isWordAscii;
        // An empty subject has no word boundary and no non-boundary either (sre's at()).
        if (p === 0 && p === end) return false;
        const before = p > 0 && w(s[p - 1]);
        const after = p < end && w(s[p]);
        const boundary = before !== after;
        return code === 3 || code === 8 || code === 10 ? boundary : !boundary;
      }
    }
    return false;
  }

  /** Whether one character at p matches the single-character item at code[pc] (for the REPEAT_ONE family). */
  private one(pc: number, p: number): boolean {
    const code = this.code;
    const c = this.s[p];
    switch (code[pc]) {
      case Op.ANY: return c !== 10;
      case Op.ANY_ALL: return true;
      case Op.LITERAL: return c === code[pc + 1];
      case Op.NOT_LITERAL: return c !== code[pc + 1];
      case Op.LITERAL_IGNORE: case Op.LITERAL_LOC_IGNORE: return lowerAscii(c) === code[pc + 1];
      case Op.NOT_LITERAL_IGNORE: case Op.NOT_LITERAL_LOC_IGNORE: return lowerAscii(c) !== code[pc + 1];
      case Op.LITERAL_UNI_IGNORE: return lowerUnicode(c) === code[pc + 1];
      case Op.NOT_LITERAL_UNI_IGNORE: return lowerUnicode(c) !== code[pc + 1];
      case Op.IN: return inSet(code, pc + 2, c);
      case Op.IN_IGNORE: case Op.IN_LOC_IGNORE: return inSet(code, pc + 2, lowerAscii(c));
      case Op.IN_UNI_IGNORE: return inSet(code, pc + 2, lowerUnicode(c));
      case Op.CATEGORY: return category(code[pc + 1], c);
    }
    throw new Error(`internal error in regular expression single-character item ${code[pc]}`);
  }

  /** How many times the single-character item repeats from p (at most max). */
  private count(pc: number, p: number, max: number): number {
    const limit = Math.min(this.end, max === MAXREPEAT ? this.end : p + max);
    let i = p;
    while (i < limit && this.one(pc, i)) i++;
    return i - p;
  }

  /** A sub-pattern run on its own (assertions, atomic groups): true with this.ptr at its end. */
  private sub(pc: number, p: number): boolean {
    const saved = this.repeat;
    this.repeat = null;
    const ok = this.run(pc, p, false);
    this.repeat = saved;
    return ok;
  }

  run(pc: number, p: number, toplevel: boolean): boolean {
    const code = this.code;
    const s = this.s;
    for (;;) {
      const op = code[pc];
      switch (op) {
        case Op.SUCCESS:
          if (toplevel && ((this.matchAll && p !== this.end) || (this.mustAdvance && p === this.start))) return false;
          this.ptr = p;
          return true;
        case Op.FAILURE:
          return false;
        case Op.AT:
          if (!this.at(code[pc + 1], p)) return false;
          pc += 2;
          break;
        case Op.ANY:
          if (p >= this.end || s[p] === 10) return false;
          p++;
          pc++;
          break;
        case Op.ANY_ALL:
          if (p >= this.end) return false;
          p++;
          pc++;
          break;
        case Op.LITERAL: case Op.NOT_LITERAL: case Op.LITERAL_IGNORE: case Op.NOT_LITERAL_IGNORE:
        case Op.LITERAL_LOC_IGNORE: case Op.NOT_LITERAL_LOC_IGNORE: case Op.LITERAL_UNI_IGNORE: case Op.NOT_LITERAL_UNI_IGNORE:
        case Op.CATEGORY:
          if (p >= this.end || !this.one(pc, p)) return false;
          p++;
          pc += 2;
          break;
        case Op.IN: case Op.IN_IGNORE: case Op.IN_LOC_IGNORE: case Op.IN_UNI_IGNORE:
          if (p >= this.end || !this.one(pc, p)) return false;
          p++;
          pc += code[pc + 1] + 1;
          break;
        case Op.INFO:
          pc += code[pc + 1] + 1;
          break;
        case Op.JUMP:
          pc += code[pc + 1] + 1;
          break;
        case Op.MARK: {
          const i = code[pc + 1];
          if (i & 1) this.lastindex = (i >> 1) + 1;
          while (this.marks.length <= i) this.marks.push(-1);
          if (i > this.lastmark) this.lastmark = i;
          this.marks[i] = p;
          pc += 2;
          break;
        }
        case Op.BRANCH: {
          // <BRANCH> <skip> alternative ... <JUMP> ... <skip> ... 0
          let alt = pc + 1;
          while (code[alt] !== 0) {
            const first = code[alt + 1];
            // A literal first item must match: a cheap test before the recursion.
            if (!(first === Op.LITERAL && (p >= this.end || s[p] !== code[alt + 2]))) {
              const m = this.saveMarks();
              const rep = this.repeat;
              if (this.run(alt + 1, p, toplevel)) return true;
              this.repeat = rep;
              this.restoreMarks(m);
            }
            alt += code[alt];
          }
          return false;
        }
        case Op.REPEAT_ONE: case Op.MIN_REPEAT_ONE: case Op.POSSESSIVE_REPEAT_ONE: {
          // <op> <skip> <min> <max> item <SUCCESS> tail
          const skip = code[pc + 1];
          const min = code[pc + 2];
          const max = code[pc + 3];
          const tail = pc + skip + 1;
          if (p + min > this.end) return false;
          if (op === Op.MIN_REPEAT_ONE) {
            let n = min === 0 ? 0 : this.count(pc + 4, p, min);
            if (n < min) return false;
            for (;;) {
              const m = this.saveMarks();
              if (this.run(tail, p + n, toplevel)) return true;
              this.restoreMarks(m);
              if (n >= max && max !== MAXREPEAT) return false;
              if (p + n >= this.end || !this.one(pc + 4, p + n)) return false;
              n++;
            }
          }
          let n = this.count(pc + 4, p, max);
          if (n < min) return false;
          if (op === Op.POSSESSIVE_REPEAT_ONE) {
            p += n;
            pc = tail;
            break;
          }
          // The tail is SUCCESS: take the longest.
          if (code[tail] === Op.SUCCESS && !(toplevel && (this.matchAll || this.mustAdvance))) {
            this.ptr = p + n;
            return true;
          }
          const nextLit = code[tail] === Op.LITERAL ? code[tail + 1] : -1;
          for (; n >= min; n--) {
            if (nextLit >= 0 && (p + n >= this.end || s[p + n] !== nextLit)) continue;
            const m = this.saveMarks();
            if (this.run(tail, p + n, toplevel)) return true;
            this.restoreMarks(m);
          }
          return false;
        }
        case Op.REPEAT: case Op.POSSESSIVE_REPEAT: {
          // <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail
          const skip = code[pc + 1];
          if (op === Op.POSSESSIVE_REPEAT) {
            // item ends with SUCCESS: match it greedily on its own, never giving back.
            const min = code[pc + 2];
            const max = code[pc + 3];
            let n = 0;
            while (n < max || max === MAXREPEAT) {
              const m = this.saveMarks();
              if (!this.sub(pc + 4, p)) {
                this.restoreMarks(m);
                break;
              }
              if (this.ptr === p && n >= min) break;
              p = this.ptr;
              n++;
            }
            if (n < min) return false;
            // Past the item's closing SUCCESS to the tail.
            pc += skip + 2;
            break;
          }
          const rep: Repeat = { count: -1, pc, last: -1, prev: this.repeat };
          this.repeat = rep;
          const ok = this.run(pc + skip + 1, p, toplevel);
          if (!ok) this.repeat = rep.prev;
          return ok;
        }
        case Op.MAX_UNTIL: case Op.MIN_UNTIL: {
          const rep = this.repeat;
          if (rep === null) throw new Error('internal error in regular expression engine');
          const itemPc = rep.pc + 4;
          const min = code[rep.pc + 2];
          const max = code[rep.pc + 3];
          const count = rep.count + 1;
          if (count < min) {
            rep.count = count;
            if (this.run(itemPc, p, toplevel)) return true;
            rep.count = count - 1;
            return false;
          }
          const tryItem = (): boolean => {
            if ((count < max || max === MAXREPEAT) && p !== rep.last) {
              const m = this.saveMarks();
              const lastSaved = rep.last;
              rep.count = count;
              rep.last = p;
              if (this.run(itemPc, p, toplevel)) return true;
              rep.last = lastSaved;
              rep.count = count - 1;
              this.restoreMarks(m);
            }
            return false;
          };
          const tryTail = (): boolean => {
            this.repeat = rep.prev;
            const m = this.saveMarks();
            if (this.run(pc + 1, p, toplevel)) return true;
            this.restoreMarks(m);
            this.repeat = rep;
            return false;
          };
          if (op === Op.MAX_UNTIL) return tryItem() || tryTail();
          return tryTail() || tryItem();
        }
        case Op.ASSERT: case Op.ASSERT_NOT: {
          // <op> <skip> <back> pattern
          const back = code[pc + 2];
          const q = p - back;
          let ok = false;
          if (q >= 0) {
            const m = this.saveMarks();
            const savedPtr = this.ptr;
            ok = this.sub(pc + 3, q);
            this.ptr = savedPtr;
            if (!ok || op === Op.ASSERT_NOT) this.restoreMarks(m);
          }
          if (ok === (op === Op.ASSERT_NOT)) return false;
          pc += code[pc + 1] + 1;
          break;
        }
        case Op.ATOMIC_GROUP: {
          // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
          if (!this.sub(pc + 2, p)) return false;
          p = this.ptr;
          pc += code[pc + 1] + 1;
          break;
        }
        case Op.GROUPREF: case Op.GROUPREF_IGNORE: case Op.GROUPREF_LOC_IGNORE: case Op.GROUPREF_UNI_IGNORE: {
          const g = code[pc + 1];
          const a = this.marks[2 * g] ?? -1;
          const b = this.marks[2 * g + 1] ?? -1;
          if (a < 0 || b < 0 || b < a) return false;
          const n = b - a;
          if (p + n > this.end) return false;
          const fold = op === Op.GROUPREF ? null : op === Op.GROUPREF_UNI_IGNORE ? lowerUnicode : lowerAscii;
          for (let i = 0; i < n; i++) {
            const x = s[a + i];
            const y = s[p + i];
            if (fold === null ? x !== y : fold(x) !== fold(y)) return false;
          }
          p += n;
          pc += 2;
          break;
        }
        case Op.GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
          const g = code[pc + 1];
          const a = this.marks[2 * g] ?? -1;
          const b = this.marks[2 * g + 1] ?? -1;
          if (a < 0 || b < 0 || b < a) pc += code[pc + 2] + 1;
          else pc += 3;
          break;
        }
        default:
          throw new Error(`internal error in regular expression engine: opcode ${op}`);
      }
    }
  }
}

interface Repeat {
  count: number;
  pc: number;
  last: number;
  prev: Repeat | null;
}
