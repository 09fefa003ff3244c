'use strict';
// Q4. str as a JS string with code-point-correct len() and indexing.
//
// Proposed invariant: a Python str is a primitive JS string only when it holds
// no UTF-16 surrogate code unit (so code units == code points: len is .length,
// s[i] is charAt, slicing and concatenation need no checks because two such
// strings concatenate and slice into such strings). Any other str — one with an
// astral character, or with surrogate code points such as '\ud834\udd1e' (two
// code points in Python) — is a rare wrapper `PyWStr { cps: Uint32Array }`
// (CPython's UCS-4 kind). Every str operation dispatches on
// `typeof v === 'string'` first.

const { rng } = require('./harness');

class PyWStr {
  constructor(cps) { this.cps = cps; }
}
const SURR = /[\uD800-\uDFFF]/;

/** Text from outside (decoding, chr, JS interop): the only place the invariant costs a scan. */
function fromJs(s) {
  if (!SURR.test(s)) return s;
  const cps = new Uint32Array(s.length);
  let n = 0;
  for (const ch of s) cps[n++] = ch.codePointAt(0);
  return new PyWStr(cps.slice(0, n));
}
/** str from code points (chr(), '\\ud834' literals): surrogate code points stay separate. */
function fromCodePoints(cps) {
  for (let i = 0; i < cps.length; i++) if (cps[i] >= 0xd800) {
    if (cps[i] <= 0xdfff || cps[i] > 0xffff) return new PyWStr(Uint32Array.from(cps));
  }
  return String.fromCharCode(...cps);
}
function wide(v) { return typeof v === 'string' ? Uint32Array.from(v, (c) => c.charCodeAt(0)) : v.cps; }
function strConcat(a, b) {
  if (typeof a === 'string' && typeof b === 'string') return a + b; // invariant preserved, no check
  const x = wide(a), y = wide(b), r = new Uint32Array(x.length + y.length);
  r.set(x); r.set(y, x.length);
  return new PyWStr(r);
}
function strLen(v) { return typeof v === 'string' ? v.length : v.cps.length; }
const ONE_CHAR = new Map();
function strItem(v, i) {
  if (typeof v === 'string') return v[i];
  const c = v.cps[i];
  let r = ONE_CHAR.get(c); // CPython caches 1-char latin-1 strs; astral ones are allocated
  if (r === undefined) { r = new PyWStr(Uint32Array.of(c)); if (ONE_CHAR.size < 4096) ONE_CHAR.set(c, r); }
  return r;
}

// Without the invariant: every str is a JS string and len/indexing must find code points.
function lenScan(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { const d = s.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; } }
  }
  return n;
}
function lenRegex(s) { return SURR.test(s) ? lenScan(s) : s.length; }
function lenSpread(s) { return [...s].length; }
function itemScan(s, k) { // k-th code point, scanning from the start
  if (!SURR.test(s)) return s[k];
  let i = 0;
  for (let n = 0; n < k; n++) { const c = s.charCodeAt(i); i += c >= 0xd800 && c <= 0xdbff ? 2 : 1; }
  return String.fromCodePoint(s.codePointAt(i));
}

function corpus(astralShare) {
  const r = rng(11);
  const out = [];
  for (let k = 0; k < 100_000; k++) {
    let s = '';
    const len = 10 + Math.floor(r() * 60);
    for (let i = 0; i < len; i++) s += r() < astralShare ? String.fromCodePoint(0x1f600 + Math.floor(r() * 50)) : String.fromCharCode(97 + Math.floor(r() * 26));
    out.push(s);
  }
  return out;
}
const LEN_OPS = 100_000;
function lenBench(conv, len) {
  return () => {
    const strs = corpus(0).map(conv);
    return () => { let t = 0; for (let i = 0; i < strs.length; i++) t += len(strs[i]); return t; };
  };
}
function lenBenchAstral(conv, len) {
  return () => {
    const strs = corpus(0.05).map(conv);
    return () => { let t = 0; for (let i = 0; i < strs.length; i++) t += len(strs[i]); return t; };
  };
}

// Indexing: `for i in range(len(s)): c = s[i]` over a 2000-code-point string.
const IDX = 2000, IDX_REPS = 100;
function textOf(astral) {
  const r = rng(5);
  let s = '';
  for (let i = 0; i < IDX; i++) s += astral && i % 100 === 50 ? '\u{1F600}' : String.fromCharCode(97 + Math.floor(r() * 26));
  return s;
}
function idxBench(text, conv, len, item) {
  return () => {
    const s = conv(text);
    return () => {
      let h = 0;
      for (let rep = 0; rep < IDX_REPS; rep++) { const n = len(s); for (let i = 0; i < n; i++) { const c = item(s, i); h += typeof c === 'string' ? c.charCodeAt(0) & 1 : c.cps[0] & 1; } }
      return h;
    };
  };
}

// Creation cost: checking 1 MB of incoming text for surrogates.
// Six distinct 1 MB strings, one per timed run, so no engine-side cache can answer.
function bigs() {
  const r = rng(9), out = [];
  for (let k = 0; k < 6; k++) { const a = []; for (let i = 0; i < 1 << 20; i++) a.push(32 + Math.floor(r() * 90)); out.push(String.fromCharCode.apply(null, a.slice(0, 65536)).repeat(16)); }
  return out;
}
function scanBench(check) { return () => { const ss = bigs(); let k = 0; return () => { const s = ss[k++ % ss.length]; return (check(s) ? 1 : 0) + s.length; }; }; }
function scanLoop(s) { for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0xd800 && c <= 0xdfff) return true; } return false; }

// The surrogate-pair problem, checked once at load: in a plain JS string the
// two code points '\ud834' + '\udd1e' merge into one character.
const plain = '\ud834' + '\udd1e';
const fixed = strConcat(fromCodePoints([0xd834]), fromCodePoints([0xdd1e]));
if (lenSpread(plain) !== 1 || strLen(fixed) !== 2 || strLen(fromJs('a\u{1F600}b')) !== 3) throw new Error('surrogate demo failed');

const id = (s) => s;
module.exports = {
  title: 'str: len() of 10^5 strings (10-70 chars), indexing a 2000-char string 100 times, surrogate scan of 1 MB',
  fromJs, fromCodePoints, strConcat, strLen, strItem, PyWStr,
  variants: {
    'len, BMP text: invariant (typeof + .length)': { ops: LEN_OPS, setup: lenBench(fromJs, strLen) },
    'len, BMP text: regex test then .length': { ops: LEN_OPS, setup: lenBench(id, lenRegex) },
    'len, BMP text: charCodeAt scan': { ops: LEN_OPS, setup: lenBench(id, lenScan) },
    'len, BMP text: [...s].length': { ops: LEN_OPS, setup: lenBench(id, lenSpread) },
    'len, 5% astral: invariant (PyWStr for astral)': { ops: LEN_OPS, setup: lenBenchAstral(fromJs, strLen) },
    'len, 5% astral: regex test then scan': { ops: LEN_OPS, setup: lenBenchAstral(id, lenRegex) },
    'len, 5% astral: [...s].length': { ops: LEN_OPS, setup: lenBenchAstral(id, lenSpread) },
    's[i] loop, BMP: invariant (charAt)': { ops: IDX * IDX_REPS, setup: idxBench(textOf(false), fromJs, strLen, strItem) },
    's[i] loop, BMP: no invariant (regex test per index)': { ops: IDX * IDX_REPS, setup: idxBench(textOf(false), id, lenRegex, itemScan) },
    's[i] loop, 1% astral: invariant (PyWStr Uint32Array)': { ops: IDX * IDX_REPS, setup: idxBench(textOf(true), fromJs, strLen, strItem) },
    's[i] loop, 1% astral: no invariant (scan per index, O(n^2))': { ops: IDX * IDX_REPS, setup: idxBench(textOf(true), id, lenRegex, itemScan) },
    'creation check, 1 MB: regex /[\\uD800-\\uDFFF]/.test': { ops: 1 << 20, setup: scanBench((s) => SURR.test(s)) },
    'creation check, 1 MB: charCodeAt loop': { ops: 1 << 20, setup: scanBench(scanLoop) },
    'concat 2 primitives (no check under the invariant)': { ops: 1e6, setup: () => { const xs = corpus(0).slice(0, 1000); return () => { let t = 0; for (let i = 0; i < 1e6; i++) t += strLen(strConcat(xs[i % 1000], xs[(i * 7) % 1000])); return t; }; } },
  },
};
