/**
 * Code-point helpers for str values (docs/vm-design.md §4): a str is a
 * primitive JS string when it holds no surrogate code unit, else a PyWStr of
 * code points. Everything here takes either form; results come back in the
 * normalised form (primitive whenever possible). Also the Unicode character
 * properties str's methods need (Objects/unicodectype.c), with the few tables
 * where JS's Unicode data and CPython 3.11's (Unicode 14) disagree.
 */
import type { Value } from './base';
import { PyWStr, PyStrSub, PySlice } from './containers';
import { None, typeOf } from './types';
import { typeError } from './exceptions';
import * as A from './abstract';
import { hashBytes } from './siphash';
import { norm } from './int';
import { lazy } from '../util/lazy';
const lazy_exceptions = lazy(() => require('./exceptions') as typeof import('./exceptions'));

export type Str = string | PyWStr;

/** The str value of a str or str-subclass instance; null for anything else. */
export function strOf(v: Value): Str | null {
  if (typeof v === 'string') return v;
  if (v instanceof PyWStr) return v;
  if (v instanceof PyStrSub) return v.value;
  return null;
}

/** Code points of a str; primitives are surrogate-free so code units are code points. */
export function cpsOf(s: Str): ArrayLike<number> {
  if (typeof s !== 'string') return s.cps;
  const out = new Uint32Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function strLen(s: Str): number {
  return typeof s === 'string' ? s.length : s.cps.length;
}

/** A str from code points [start, end): primitive unless one needs a surrogate when written as UTF-16. */
export function fromCps(cps: ArrayLike<number>, start = 0, end = cps.length): Value {
  let wide = false;
  for (let i = start; i < end; i++) {
    const c = cps[i];
    if (c >= 0xd800 && (c <= 0xdfff || c > 0xffff)) {
      wide = true;
      break;
    }
  }
  if (!wide) {
    let out = '';
    for (let i = start; i < end; i += 4096) {
      const stop = Math.min(end, i + 4096);
      const chunk: number[] = [];
      for (let j = i; j < stop; j++) chunk.push(cps[j]);
      out += String.fromCharCode(...chunk);
    }
    return out;
  }
  const a = new Uint32Array(end - start);
  for (let i = start; i < end; i++) a[i - start] = cps[i];
  return new PyWStr(a);
}

/** JS text of a str (a wide str's lone surrogates stay lone code units). */
export function textOf(s: Str): string {
  if (typeof s === 'string') return s;
  let out = '';
  const c = s.cps;
  for (let i = 0; i < c.length; i += 4096) out += String.fromCodePoint(...c.subarray(i, Math.min(c.length, i + 4096)));
  return out;
}

/** hash() of a wide str: CPython hashes its UCS-2/UCS-4 representation. */
export function wideHash(s: PyWStr): number | bigint {
  const c = s.cps;
  let max = 0;
  for (let i = 0; i < c.length; i++) if (c[i] > max) max = c[i];
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(c.length * width);
  const view = new DataView(out.buffer);
  for (let i = 0; i < c.length; i++) {
    if (width === 1) out[i] = c[i];
    else if (width === 2) view.setUint16(i * 2, c[i], true);
    else view.setUint32(i * 4, c[i], true);
  }
  const h = norm(hashBytes(out));
  return h === -1 ? -2 : h;
}

export function strEq(a: Str, b: Str): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const x = a.cps;
  const y = b.cps;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Code-point order comparison: -1, 0, 1. */
export function strCmp(a: Str, b: Str): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = cpsOf(a);
  const y = cpsOf(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

// ---------------------------------------------------------------- slices

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength]. */
export function sliceIndices(sl: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (sl.step !== None) {
    step = clampIndex(sl.step);
    if (step === 0) {
      const { valueError } = lazy_exceptions();
      valueError('slice step cannot be zero');
    }
  }
  const lo = step < 0 ? -1 : 0;
  const hi = step < 0 ? length - 1 : length;
  let start: number;
  let stop: number;
  if (sl.start === None) start = step < 0 ? hi : lo;
  else {
    start = clampIndex(sl.start);
    if (start < 0) {
      start += length;
      if (start < 0) start = lo;
    } else if (start >= length) start = hi;
  }
  if (sl.stop === None) stop = step < 0 ? lo : hi;
  else {
    stop = clampIndex(sl.stop);
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = lo;
    } else if (stop >= length) stop = hi;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** _PyEval_SliceIndex: an index clamped to ±PY_SSIZE_T_MAX. */
function clampIndex(v: Value): number {
  if (A.intValue(v) === null && typeOf(v).lookup('__index__') === null) {
    typeError('slice indices must be integers or None or have an __index__ method');
  }
  const i = A.asIndex(v);
  if (typeof i === 'bigint') return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/** start/end arguments of find/count/startswith... (ADJUST_INDICES over a given length). */
export function adjustRange(start: Value | null, end: Value | null, len: number): [number, number] {
  let s = start === null || start === None ? 0 : sliceArg(start);
  let e = end === null || end === None ? len : sliceArg(end);
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

function sliceArg(v: Value): number {
  return clampIndex(v);
}

// ---------------------------------------------------------------- character properties

const ALPHA_RE = /^\p{L}$/u;
const DECIMAL_RE = /^\p{Nd}$/u;
const LOWER_RE = /^\p{Lowercase}$/u;
const UPPER_RE = /^\p{Uppercase}$/u;
const TITLE_RE = /^\p{Lt}$/u;
const CASED_RE = /^\p{Cased}$/u;
const CASE_IGNORABLE_RE = /^\p{Case_Ignorable}$/u;
const XID_START_RE = /^\p{XID_Start}$/u;
const XID_CONTINUE_RE = /^\p{XID_Continue}$/u;

function ch(cp: number): string {
  return String.fromCodePoint(cp);
}

/** Py_UNICODE_ISSPACE: bidirectional WS/B/S or category Zs. */
export function isSpaceCp(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Py_UNICODE_ISLINEBREAK (str.splitlines). */
export function isLineBreakCp(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function isAlphaCp(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALPHA_RE.test(ch(c));
}

export function isDecimalCp(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return DECIMAL_RE.test(ch(c));
}

function inRanges(r: readonly number[], c: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[2 * mid]) hi = mid - 1;
    else if (c > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

export function isDigitCp(c: number): boolean {
  return isDecimalCp(c) || (c >= 128 && inRanges(DIGIT_EXTRA, c));
}

export function isNumericCp(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return inRanges(NUMERIC_RANGES, c);
}

export function isAlnumCp(c: number): boolean {
  return isAlphaCp(c) || isDecimalCp(c) || isDigitCp(c) || isNumericCp(c);
}

export function isLowerCp(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_RE.test(ch(c));
}

export function isUpperCp(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(ch(c));
}

export function isTitleCp(c: number): boolean {
  return c >= 128 && TITLE_RE.test(ch(c));
}

export function isCasedCp(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return CASED_RE.test(ch(c));
}

export function isCaseIgnorableCp(c: number): boolean {
  return CASE_IGNORABLE_RE.test(ch(c));
}

export function isXidStartCp(c: number): boolean {
  if (c < 128) return c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return XID_START_RE.test(ch(c));
}

export function isXidContinueCp(c: number): boolean {
  if (c < 128) return c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return XID_CONTINUE_RE.test(ch(c));
}

// ---------------------------------------------------------------- case mapping (full mappings, one code point at a time)

export function upperCp(c: number): string {
  const s = ch(c);
  if (c >= 0xd800 && c <= 0xdfff) return s;
  if (NO_UPPER.has(c)) return s;
  return s.toUpperCase();
}

export function lowerCp(c: number): string {
  const s = ch(c);
  if (c >= 0xd800 && c <= 0xdfff) return s;
  if (NO_LOWER.has(c)) return s;
  return s.toLowerCase();
}

export function titleCp(c: number): string {
  const t = TITLE[c];
  return t !== undefined ? t : upperCp(c);
}

export function foldCp(c: number): string {
  const f = FOLD[c];
  return f !== undefined ? f : lowerCp(c);
}

/**
 * lower() of the capital sigma at position i (handle_capital_sigma): final
 * form when preceded by a cased letter and not followed by one, skipping
 * case-ignorable characters both ways.
 */
export function sigmaAt(cps: ArrayLike<number>, i: number): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--;
  const before = j >= 0 && isCasedCp(cps[j]);
  let k = i + 1;
  while (k < cps.length && isCaseIgnorableCp(cps[k])) k++;
  const after = k < cps.length && isCasedCp(cps[k]);
  return before && !after ? '\u03c2' : '\u03c3';
}

/** Code points whose case JS maps but Unicode 14 (CPython 3.11) leaves alone (characters added later). */
const NO_UPPER = new Set([411,612,7306,42957,42959,42963,42965,42971,68976,68977,68978,68979,68980,68981,68982,68983,68984,68985,68986,68987,68988,68989,68990,68991,68992,68993,68994,68995,68996,68997,93883,93884,93885,93886,93887,93888,93889,93890,93891,93892,93893,93894,93895,93896,93897,93898,93899,93900,93901,93902,93903,93904,93905,93906,93907]);
const NO_LOWER = new Set([7305,42955,42956,42958,42962,42964,42970,42972,68944,68945,68946,68947,68948,68949,68950,68951,68952,68953,68954,68955,68956,68957,68958,68959,68960,68961,68962,68963,68964,68965,93856,93857,93858,93859,93860,93861,93862,93863,93864,93865,93866,93867,93868,93869,93870,93871,93872,93873,93874,93875,93876,93877,93878,93879,93880]);
/** isnumeric(): [first, last] pairs, from CPython 3.11 (Numeric_Type Decimal, Digit or Numeric). */
const NUMERIC_RANGES = [48,57,178,179,185,185,188,190,1632,1641,1776,1785,1984,1993,2406,2415,2534,2543,2548,2553,2662,2671,2790,2799,2918,2927,2930,2935,3046,3058,3174,3183,3192,3198,3302,3311,3416,3422,3430,3448,3558,3567,3664,3673,3792,3801,3872,3891,4160,4169,4240,4249,4969,4988,5870,5872,6112,6121,6128,6137,6160,6169,6470,6479,6608,6618,6784,6793,6800,6809,6992,7001,7088,7097,7232,7241,7248,7257,8304,8304,8308,8313,8320,8329,8528,8578,8581,8585,9312,9371,9450,9471,10102,10131,11517,11517,12295,12295,12321,12329,12344,12346,12690,12693,12832,12841,12872,12879,12881,12895,12928,12937,12977,12991,13317,13317,13443,13443,14378,14378,15181,15181,19968,19968,19971,19971,19975,19975,19977,19977,20061,20061,20108,20108,20116,20116,20118,20118,20159,20160,20191,20191,20200,20200,20237,20237,20336,20336,20740,20740,20806,20806,20841,20841,20843,20843,20845,20845,21313,21313,21315,21317,21324,21324,21441,21444,22235,22235,22769,22769,22777,22777,24186,24186,24318,24319,24332,24334,24336,24336,25342,25342,25420,25420,26578,26578,28422,28422,29590,29590,30334,30334,32902,32902,33836,33836,36014,36014,36019,36019,36144,36144,38433,38433,38470,38470,38476,38476,38520,38520,38646,38646,42528,42537,42726,42735,43056,43061,43216,43225,43264,43273,43472,43481,43504,43513,43600,43609,44016,44025,63851,63851,63859,63859,63864,63864,63922,63922,63953,63953,63955,63955,63997,63997,65296,65305,65799,65843,65856,65912,65930,65931,66273,66299,66336,66339,66369,66369,66378,66378,66513,66517,66720,66729,67672,67679,67705,67711,67751,67759,67835,67839,67862,67867,68028,68029,68032,68047,68050,68095,68160,68168,68221,68222,68253,68255,68331,68335,68440,68447,68472,68479,68521,68527,68858,68863,68912,68921,69216,69246,69405,69414,69457,69460,69573,69579,69714,69743,69872,69881,69942,69951,70096,70105,70113,70132,70384,70393,70736,70745,70864,70873,71248,71257,71360,71369,71472,71483,71904,71922,72016,72025,72784,72812,73040,73049,73120,73129,73664,73684,74752,74862,92768,92777,92864,92873,93008,93017,93019,93025,93824,93846,119520,119539,119648,119672,120782,120831,123200,123209,123632,123641,125127,125135,125264,125273,126065,126123,126125,126127,126129,126132,126209,126253,126255,126269,127232,127244,130032,130041,131073,131073,131172,131172,131298,131298,131361,131361,133418,133418,133507,133507,133516,133516,133532,133532,133866,133866,133885,133885,133913,133913,140176,140176,141720,141720,146203,146203,156269,156269,194704,194704];
/** isdigit() beyond Nd: [first, last] pairs. */
const DIGIT_EXTRA = [178,179,185,185,4969,4977,6618,6618,8304,8304,8308,8313,8320,8329,9312,9320,9332,9340,9352,9360,9450,9450,9461,9469,9471,9471,10102,10110,10112,10120,10122,10130,68160,68163,69216,69224,69714,69722,127232,127242];
/** Titlecase where it differs from uppercase. */
const TITLE: Record<number, string> = {223:"Ss",452:"\u01c5",453:"\u01c5",454:"\u01c5",455:"\u01c8",456:"\u01c8",457:"\u01c8",458:"\u01cb",459:"\u01cb",460:"\u01cb",497:"\u01f2",498:"\u01f2",499:"\u01f2",1415:"\u0535\u0582",4304:"\u10d0",4305:"\u10d1",4306:"\u10d2",4307:"\u10d3",4308:"\u10d4",4309:"\u10d5",4310:"\u10d6",4311:"\u10d7",4312:"\u10d8",4313:"\u10d9",4314:"\u10da",4315:"\u10db",4316:"\u10dc",4317:"\u10dd",4318:"\u10de",4319:"\u10df",4320:"\u10e0",4321:"\u10e1",4322:"\u10e2",4323:"\u10e3",4324:"\u10e4",4325:"\u10e5",4326:"\u10e6",4327:"\u10e7",4328:"\u10e8",4329:"\u10e9",4330:"\u10ea",4331:"\u10eb",4332:"\u10ec",4333:"\u10ed",4334:"\u10ee",4335:"\u10ef",4336:"\u10f0",4337:"\u10f1",4338:"\u10f2",4339:"\u10f3",4340:"\u10f4",4341:"\u10f5",4342:"\u10f6",4343:"\u10f7",4344:"\u10f8",4345:"\u10f9",4346:"\u10fa",4349:"\u10fd",4350:"\u10fe",4351:"\u10ff",8064:"\u1f88",8065:"\u1f89",8066:"\u1f8a",8067:"\u1f8b",8068:"\u1f8c",8069:"\u1f8d",8070:"\u1f8e",8071:"\u1f8f",8072:"\u1f88",8073:"\u1f89",8074:"\u1f8a",8075:"\u1f8b",8076:"\u1f8c",8077:"\u1f8d",8078:"\u1f8e",8079:"\u1f8f",8080:"\u1f98",8081:"\u1f99",8082:"\u1f9a",8083:"\u1f9b",8084:"\u1f9c",8085:"\u1f9d",8086:"\u1f9e",8087:"\u1f9f",8088:"\u1f98",8089:"\u1f99",8090:"\u1f9a",8091:"\u1f9b",8092:"\u1f9c",8093:"\u1f9d",8094:"\u1f9e",8095:"\u1f9f",8096:"\u1fa8",8097:"\u1fa9",8098:"\u1faa",8099:"\u1fab",8100:"\u1fac",8101:"\u1fad",8102:"\u1fae",8103:"\u1faf",8104:"\u1fa8",8105:"\u1fa9",8106:"\u1faa",8107:"\u1fab",8108:"\u1fac",8109:"\u1fad",8110:"\u1fae",8111:"\u1faf",8114:"\u1fba\u0345",8115:"\u1fbc",8116:"\u0386\u0345",8119:"\u0391\u0342\u0345",8124:"\u1fbc",8130:"\u1fca\u0345",8131:"\u1fcc",8132:"\u0389\u0345",8135:"\u0397\u0342\u0345",8140:"\u1fcc",8178:"\u1ffa\u0345",8179:"\u1ffc",8180:"\u038f\u0345",8183:"\u03a9\u0342\u0345",8188:"\u1ffc",64256:"Ff",64257:"Fi",64258:"Fl",64259:"Ffi",64260:"Ffl",64261:"St",64262:"St",64275:"\u0544\u0576",64276:"\u0544\u0565",64277:"\u0544\u056b",64278:"\u054e\u0576",64279:"\u0544\u056d"};
/** Full case folding where it differs from lower(). */
const FOLD: Record<number, string> = {181:"\u03bc",223:"ss",329:"\u02bcn",383:"s",496:"j\u030c",837:"\u03b9",912:"\u03b9\u0308\u0301",944:"\u03c5\u0308\u0301",962:"\u03c3",976:"\u03b2",977:"\u03b8",981:"\u03c6",982:"\u03c0",1008:"\u03ba",1009:"\u03c1",1013:"\u03b5",1415:"\u0565\u0582",5024:"\u13a0",5025:"\u13a1",5026:"\u13a2",5027:"\u13a3",5028:"\u13a4",5029:"\u13a5",5030:"\u13a6",5031:"\u13a7",5032:"\u13a8",5033:"\u13a9",5034:"\u13aa",5035:"\u13ab",5036:"\u13ac",5037:"\u13ad",5038:"\u13ae",5039:"\u13af",5040:"\u13b0",5041:"\u13b1",5042:"\u13b2",5043:"\u13b3",5044:"\u13b4",5045:"\u13b5",5046:"\u13b6",5047:"\u13b7",5048:"\u13b8",5049:"\u13b9",5050:"\u13ba",5051:"\u13bb",5052:"\u13bc",5053:"\u13bd",5054:"\u13be",5055:"\u13bf",5056:"\u13c0",5057:"\u13c1",5058:"\u13c2",5059:"\u13c3",5060:"\u13c4",5061:"\u13c5",5062:"\u13c6",5063:"\u13c7",5064:"\u13c8",5065:"\u13c9",5066:"\u13ca",5067:"\u13cb",5068:"\u13cc",5069:"\u13cd",5070:"\u13ce",5071:"\u13cf",5072:"\u13d0",5073:"\u13d1",5074:"\u13d2",5075:"\u13d3",5076:"\u13d4",5077:"\u13d5",5078:"\u13d6",5079:"\u13d7",5080:"\u13d8",5081:"\u13d9",5082:"\u13da",5083:"\u13db",5084:"\u13dc",5085:"\u13dd",5086:"\u13de",5087:"\u13df",5088:"\u13e0",5089:"\u13e1",5090:"\u13e2",5091:"\u13e3",5092:"\u13e4",5093:"\u13e5",5094:"\u13e6",5095:"\u13e7",5096:"\u13e8",5097:"\u13e9",5098:"\u13ea",5099:"\u13eb",5100:"\u13ec",5101:"\u13ed",5102:"\u13ee",5103:"\u13ef",5104:"\u13f0",5105:"\u13f1",5106:"\u13f2",5107:"\u13f3",5108:"\u13f4",5109:"\u13f5",5112:"\u13f0",5113:"\u13f1",5114:"\u13f2",5115:"\u13f3",5116:"\u13f4",5117:"\u13f5",7296:"\u0432",7297:"\u0434",7298:"\u043e",7299:"\u0441",7300:"\u0442",7301:"\u0442",7302:"\u044a",7303:"\u0463",7304:"\ua64b",7830:"h\u0331",7831:"t\u0308",7832:"w\u030a",7833:"y\u030a",7834:"a\u02be",7835:"\u1e61",7838:"ss",8016:"\u03c5\u0313",8018:"\u03c5\u0313\u0300",8020:"\u03c5\u0313\u0301",8022:"\u03c5\u0313\u0342",8064:"\u1f00\u03b9",8065:"\u1f01\u03b9",8066:"\u1f02\u03b9",8067:"\u1f03\u03b9",8068:"\u1f04\u03b9",8069:"\u1f05\u03b9",8070:"\u1f06\u03b9",8071:"\u1f07\u03b9",8072:"\u1f00\u03b9",8073:"\u1f01\u03b9",8074:"\u1f02\u03b9",8075:"\u1f03\u03b9",8076:"\u1f04\u03b9",8077:"\u1f05\u03b9",8078:"\u1f06\u03b9",8079:"\u1f07\u03b9",8080:"\u1f20\u03b9",8081:"\u1f21\u03b9",8082:"\u1f22\u03b9",8083:"\u1f23\u03b9",8084:"\u1f24\u03b9",8085:"\u1f25\u03b9",8086:"\u1f26\u03b9",8087:"\u1f27\u03b9",8088:"\u1f20\u03b9",8089:"\u1f21\u03b9",8090:"\u1f22\u03b9",8091:"\u1f23\u03b9",8092:"\u1f24\u03b9",8093:"\u1f25\u03b9",8094:"\u1f26\u03b9",8095:"\u1f27\u03b9",8096:"\u1f60\u03b9",8097:"\u1f61\u03b9",8098:"\u1f62\u03b9",8099:"\u1f63\u03b9",8100:"\u1f64\u03b9",8101:"\u1f65\u03b9",8102:"\u1f66\u03b9",8103:"\u1f67\u03b9",8104:"\u1f60\u03b9",8105:"\u1f61\u03b9",8106:"\u1f62\u03b9",8107:"\u1f63\u03b9",8108:"\u1f64\u03b9",8109:"\u1f65\u03b9",8110:"\u1f66\u03b9",8111:"\u1f67\u03b9",8114:"\u1f70\u03b9",8115:"\u03b1\u03b9",8116:"\u03ac\u03b9",8118:"\u03b1\u0342",8119:"\u03b1\u0342\u03b9",8124:"\u03b1\u03b9",8126:"\u03b9",8130:"\u1f74\u03b9",8131:"\u03b7\u03b9",8132:"\u03ae\u03b9",8134:"\u03b7\u0342",8135:"\u03b7\u0342\u03b9",8140:"\u03b7\u03b9",8146:"\u03b9\u0308\u0300",8147:"\u03b9\u0308\u0301",8150:"\u03b9\u0342",8151:"\u03b9\u0308\u0342",8162:"\u03c5\u0308\u0300",8163:"\u03c5\u0308\u0301",8164:"\u03c1\u0313",8166:"\u03c5\u0342",8167:"\u03c5\u0308\u0342",8178:"\u1f7c\u03b9",8179:"\u03c9\u03b9",8180:"\u03ce\u03b9",8182:"\u03c9\u0342",8183:"\u03c9\u0342\u03b9",8188:"\u03c9\u03b9",43888:"\u13a0",43889:"\u13a1",43890:"\u13a2",43891:"\u13a3",43892:"\u13a4",43893:"\u13a5",43894:"\u13a6",43895:"\u13a7",43896:"\u13a8",43897:"\u13a9",43898:"\u13aa",43899:"\u13ab",43900:"\u13ac",43901:"\u13ad",43902:"\u13ae",43903:"\u13af",43904:"\u13b0",43905:"\u13b1",43906:"\u13b2",43907:"\u13b3",43908:"\u13b4",43909:"\u13b5",43910:"\u13b6",43911:"\u13b7",43912:"\u13b8",43913:"\u13b9",43914:"\u13ba",43915:"\u13bb",43916:"\u13bc",43917:"\u13bd",43918:"\u13be",43919:"\u13bf",43920:"\u13c0",43921:"\u13c1",43922:"\u13c2",43923:"\u13c3",43924:"\u13c4",43925:"\u13c5",43926:"\u13c6",43927:"\u13c7",43928:"\u13c8",43929:"\u13c9",43930:"\u13ca",43931:"\u13cb",43932:"\u13cc",43933:"\u13cd",43934:"\u13ce",43935:"\u13cf",43936:"\u13d0",43937:"\u13d1",43938:"\u13d2",43939:"\u13d3",43940:"\u13d4",43941:"\u13d5",43942:"\u13d6",43943:"\u13d7",43944:"\u13d8",43945:"\u13d9",43946:"\u13da",43947:"\u13db",43948:"\u13dc",43949:"\u13dd",43950:"\u13de",43951:"\u13df",43952:"\u13e0",43953:"\u13e1",43954:"\u13e2",43955:"\u13e3",43956:"\u13e4",43957:"\u13e5",43958:"\u13e6",43959:"\u13e7",43960:"\u13e8",43961:"\u13e9",43962:"\u13ea",43963:"\u13eb",43964:"\u13ec",43965:"\u13ed",43966:"\u13ee",43967:"\u13ef",64256:"ff",64257:"fi",64258:"fl",64259:"ffi",64260:"ffl",64261:"st",64262:"st",64275:"\u0574\u0576",64276:"\u0574\u0565",64277:"\u0574\u056b",64278:"\u057e\u0576",64279:"\u0574\u056d"};
