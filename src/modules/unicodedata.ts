/**
 * unicodedata (Modules/unicodedata.c) over tables generated from python3's
 * own unicodedata (tools/gen_unicodedata.py: Unicode 14.0.0, CPython
 * 3.11's version), so that every answer is CPython's: the properties as
 * runs of code points (binary search), decompositions, numeric values,
 * names (src/unicode/names.ts), and the four normalization forms with
 * canonical ordering, Hangul and the composition pairs NFC uses.
 * ucd_3_2_0 (Unicode 3.2, for IDNA) is present but raises
 * NotImplementedError when used: its tables are not generated yet.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType } from '../objects/type';
import { typeType, objectType, None } from '../objects/types';
import { PyFloat } from '../objects/float_object';
import { newException, typeError, ValueError, KeyError, NotImplementedError } from '../objects/exceptions';
import { method, getset, moduleFunction } from '../objects/define';
import * as A from '../objects/abstract';
import * as D from '../unicode/unicodedata_data';
import { lookupName, nameOf } from '../unicode/names';
import { registerNative, newModule } from './registry';

// ---------------------------------------------------------------- tables

interface Runs {
  starts: Uint32Array;
  values: Uint16Array;
}

function parseRuns(s: string): Runs {
  const parts = s.split(',');
  const starts = new Uint32Array(parts.length);
  const values = new Uint16Array(parts.length);
  parts.forEach((p, i) => {
    const c = p.indexOf(':');
    starts[i] = parseInt(p.slice(0, c), 16);
    values[i] = parseInt(p.slice(c + 1), 16);
  });
  return { starts, values };
}

function runValue(r: Runs, cp: number): number {
  let lo = 0;
  let hi = r.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r.starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return r.values[lo];
}

function table<T>(make: () => T): () => T {
  let t: T | null = null;
  return () => (t ??= make());
}

const categoryRuns = table(() => parseRuns(D.CATEGORY_RUNS));
const bidiRuns = table(() => parseRuns(D.BIDI_RUNS));
const eawRuns = table(() => parseRuns(D.EAW_RUNS));
const combiningRuns = table(() => parseRuns(D.COMBINING_RUNS));
const mirroredRuns = table(() => parseRuns(D.MIRRORED_RUNS));

const decompositions = table(() => {
  const m = new Map<number, string>();
  for (const e of D.DECOMPOSITIONS.split(';')) {
    const eq = e.indexOf('=');
    m.set(parseInt(e.slice(0, eq), 16), e.slice(eq + 1));
  }
  return m;
});

interface Numeric {
  decimal: number | null;
  digit: number | null;
  numeric: number;
}
const numerics = table(() => {
  const m = new Map<number, Numeric>();
  for (const e of D.NUMERIC.split(';')) {
    const [cp, dec, dig, num] = e.split(':');
    m.set(parseInt(cp, 16), { decimal: dec === '' ? null : Number(dec), digit: dig === '' ? null : Number(dig), numeric: Number(num) });
  }
  return m;
});

const compositions = table(() => {
  const m = new Map<number, number>();
  for (const e of D.COMPOSITIONS.split(';')) {
    const plus = e.indexOf('+');
    const eq = e.indexOf('=');
    const a = parseInt(e.slice(0, plus), 16);
    const b = parseInt(e.slice(plus + 1, eq), 16);
    m.set(a * 0x110000 + b, parseInt(e.slice(eq + 1), 16));
  }
  return m;
});

export function category(cp: number): string {
  return D.CATEGORY_VALUES[runValue(categoryRuns(), cp)];
}
export function combining(cp: number): number {
  return D.COMBINING_VALUES[runValue(combiningRuns(), cp)] as number;
}

// ---------------------------------------------------------------- normalization

const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

function decompose(cp: number, compat: boolean, out: number[]): void {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
    if (s % T_COUNT) out.push(T_BASE + (s % T_COUNT));
    return;
  }
  const d = decompositions().get(cp);
  if (d === undefined || (!compat && d.startsWith('<'))) {
    out.push(cp);
    return;
  }
  const parts = d.split(' ');
  for (const p of parts) if (!p.startsWith('<')) decompose(parseInt(p, 16), compat, out);
}

/** Canonical ordering: each run of non-starters sorted by combining class, stably. */
function reorder(cps: number[]): void {
  let i = 0;
  while (i < cps.length) {
    if (combining(cps[i]) === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < cps.length && combining(cps[j]) !== 0) j++;
    if (j - i > 1) {
      const run = cps.slice(i, j).sort((a, b) => combining(a) - combining(b));
      for (let k = 0; k < run.length; k++) cps[i + k] = run[k];
    }
    i = j;
  }
}

function compose(cps: number[]): number[] {
  if (cps.length === 0) return cps;
  const out: number[] = [];
  let starter = -1;
  let lastClass = -1;
  for (const cp of cps) {
    const cc = combining(cp);
    if (starter >= 0) {
      const s = out[starter];
      // Hangul LV and LVT.
      if (s >= L_BASE && s < L_BASE + L_COUNT && cp >= V_BASE && cp < V_BASE + V_COUNT && lastClass === -1) {
        out[starter] = S_BASE + ((s - L_BASE) * V_COUNT + (cp - V_BASE)) * T_COUNT;
        continue;
      }
      if (s >= S_BASE && s < S_BASE + S_COUNT && (s - S_BASE) % T_COUNT === 0 && cp > T_BASE && cp < T_BASE + T_COUNT && lastClass === -1) {
        out[starter] = s + (cp - T_BASE);
        continue;
      }
      // Not blocked: nothing between the starter and cp, or everything between has a lower class.
      if (lastClass === -1 || (lastClass !== 0 && lastClass < cc)) {
        const c = compositions().get(s * 0x110000 + cp);
        if (c !== undefined) {
          out[starter] = c;
          continue;
        }
      }
    }
    if (cc === 0) {
      starter = out.length;
      lastClass = -1;
    } else lastClass = cc;
    out.push(cp);
  }
  return out;
}

export function normalize(form: string, s: string): string {
  const compat = form === 'NFKC' || form === 'NFKD';
  const cps: number[] = [];
  for (const ch of s) decompose(ch.codePointAt(0)!, compat, cps);
  reorder(cps);
  const r = form === 'NFC' || form === 'NFKC' ? compose(cps) : cps;
  return String.fromCodePoint(...r);
}

// ---------------------------------------------------------------- the module

function chrArg(v: Value, fname: string): number {
  if (!A.isStr(v)) typeError(`${fname}() argument must be a unicode character, not ${A.typeName(v)}`);
  const s = A.strValue(v);
  const cp = s.codePointAt(0);
  if (cp === undefined || String.fromCodePoint(cp).length !== s.length) typeError(`${fname}() argument must be a unicode character, not str`);
  return cp!;
}

const FORMS = new Set(['NFC', 'NFKC', 'NFD', 'NFKD']);

function formArg(v: Value, fname: string): string {
  if (!A.isStr(v)) typeError(`${fname}() argument 1 must be str, not ${A.typeName(v)}`);
  const f = A.strValue(v);
  if (!FORMS.has(f)) throw newException(ValueError, 'invalid normalization form');
  return f;
}

function strArg(v: Value, fname: string): string {
  if (!A.isStr(v)) typeError(`${fname}() argument 2 must be str, not ${A.typeName(v)}`);
  return A.strValue(v);
}

type Fn = (args: Value[]) => Value;

function functions(): Record<string, Fn> {
  const withDefault = (fname: string, get: (cp: number) => Value | null, msg: string): Fn => (args) => {
    if (args.length < 1 || args.length > 2) typeError(`${fname} expected at most 2 arguments, got ${args.length}`);
    const r = get(chrArg(args[0], fname));
    if (r !== null) return r;
    if (args.length === 2) return args[1];
    throw newException(ValueError, msg);
  };
  return {
    category: (a) => A.mkStr(category(chrArg(a[0], 'category'))),
    bidirectional: (a) => A.mkStr(D.BIDI_VALUES[runValue(bidiRuns(), chrArg(a[0], 'bidirectional'))]),
    east_asian_width: (a) => A.mkStr(D.EAW_VALUES[runValue(eawRuns(), chrArg(a[0], 'east_asian_width'))]),
    combining: (a) => combining(chrArg(a[0], 'combining')),
    mirrored: (a) => D.MIRRORED_VALUES[runValue(mirroredRuns(), chrArg(a[0], 'mirrored'))] as number,
    decomposition: (a) => A.mkStr(decompositions().get(chrArg(a[0], 'decomposition')) ?? ''),
    decimal: withDefault('decimal', (cp) => numerics().get(cp)?.decimal ?? null, 'not a decimal'),
    digit: withDefault('digit', (cp) => numerics().get(cp)?.digit ?? null, 'not a digit'),
    numeric: withDefault('numeric', (cp) => {
      const n = numerics().get(cp);
      return n === undefined ? null : new PyFloat(n.numeric);
    }, 'not a numeric character'),
    name: withDefault('name', (cp) => {
      const n = nameOf(cp);
      return n === null ? null : A.mkStr(n);
    }, 'no such name'),
    lookup: (a) => {
      const name = A.isStr(a[0]) ? A.strValue(a[0]) : A.strValue(A.strObj(a[0]));
      const cp = lookupName(name);
      if (cp < 0) throw newException(KeyError, A.mkStr(`undefined character name '${name}'`));
      return A.mkStr(String.fromCodePoint(cp));
    },
    normalize: (a) => {
      if (a.length !== 2) typeError(`normalize expected 2 arguments, got ${a.length}`);
      const form = formArg(a[0], 'normalize');
      return A.mkStr(normalize(form, strArg(a[1], 'normalize')));
    },
    is_normalized: (a) => {
      if (a.length !== 2) typeError(`is_normalized expected 2 arguments, got ${a.length}`);
      const form = formArg(a[0], 'is_normalized');
      const s = strArg(a[1], 'is_normalized');
      return normalize(form, s) === s;
    },
  };
}

const ucdType = new PyType(typeType, 'unicodedata.UCD', [objectType], 0);
class PyUCD extends PyObject {
  constructor(readonly version: string) {
    super(ucdType);
  }
}
getset(ucdType, 'unidata_version', (self) => (self as PyUCD).version);
for (const name of Object.keys(functions())) {
  method(ucdType, name, () => {
    throw newException(NotImplementedError, `unicodedata.ucd_3_2_0.${name}: the Unicode 3.2.0 tables are not in Typhon yet`);
  });
}

/** The argument counts Argument Clinic gives these functions (METH_O, or positional ranges), checked first. */
const ARITY: Record<string, [number, number]> = {
  category: [1, 1], bidirectional: [1, 1], combining: [1, 1], east_asian_width: [1, 1], mirrored: [1, 1],
  decomposition: [1, 1], lookup: [1, 1], name: [1, 2], decimal: [1, 2], digit: [1, 2], numeric: [1, 2],
  normalize: [2, 2], is_normalized: [2, 2],
};
function counted(name: string, fn: Fn): (args: Value[], kw: string[] | null) => Value {
  const arity = ARITY[name];
  if (arity === undefined) return fn;
  const [min, max] = arity;
  return (args: Value[], kw: string[] | null) => {
    if (kw !== null && kw.length > 0) typeError(`unicodedata.${name}() takes no keyword arguments`);
    const n = args.length;
    if (max === 1 && n !== 1) typeError(`unicodedata.${name}() takes exactly one argument (${n} given)`);
    if (min === max && n !== min) typeError(`${name} expected ${min} arguments, got ${n}`);
    if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    if (n > max) typeError(`${name} expected at most ${max} arguments, got ${n}`);
    return fn(args);
  };
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('unicodedata', 'This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters.');
  for (const [name, fn] of Object.entries(functions())) moduleFunction(m.dict, 'unicodedata', name, counted(name, fn));
  m.dict.set('unidata_version', D.UNIDATA_VERSION);
  m.dict.set('UCD', ucdType);
  m.dict.set('ucd_3_2_0', new PyUCD('3.2.0'));
  return m;
}

registerNative('unicodedata', create);

void None;
