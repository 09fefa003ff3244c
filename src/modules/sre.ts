/**
 * _sre (Modules/_sre/sre.c): Pattern, Match and Scanner objects over the
 * matcher in sre_engine.ts, running the code re._compiler produces. The
 * subject is read as code points (str) or bytes; results are sliced from
 * the original object. Templates for sub() and expand() go through re's own
 * _subx/_expand, as sre.c calls them.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList, PyTuple, PyBytes, tuple } from '../objects/containers';
import { PyType } from '../objects/type';
import { typeType, objectType, None, typeOf, strType } from '../objects/types';
import { newException, typeError, IndexError, ValueError } from '../objects/exceptions';
import { method, methods, getset, moduleFunction, parseArgs, classMethod } from '../objects/define';
import { nativeIterProtocol } from '../objects/iter_types';
import { makeGenericAlias } from '../objects/generic_alias';
import { bufferOf } from '../objects/bytes_type';
import * as A from '../objects/abstract';
import { State, MAXREPEAT, lowerAscii, lowerUnicode } from './sre_engine';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';
import { mappingProxy } from '../objects/mappingproxy';
import { NotImplemented } from '../objects/types';

const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));

const patternType = new PyType(typeType, 're.Pattern', [objectType], 0);
const matchType = new PyType(typeType, 're.Match', [objectType], 0);
const scannerType = new PyType(typeType, '_sre.SRE_Scanner', [objectType], 0);
const iterType = new PyType(typeType, 'callable_iterator', [objectType], 0);
nativeIterProtocol(iterType, false);

// ---------------------------------------------------------------- subjects

interface Subject {
  obj: Value;
  units: Uint32Array | Uint8Array;
  isBytes: boolean;
  /** str whose code points are its UTF-16 units (no astral characters): slices are direct. */
  bmp: boolean;
  text: string;
}

function subjectOf(v: Value, pattern: PyPattern): Subject {
  if (A.isStr(v)) {
    if (pattern.isBytes) typeError('cannot use a bytes pattern on a string-like object');
    const text = A.strValue(v);
    let bmp = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        bmp = false;
        break;
      }
    }
    let units: Uint32Array;
    if (bmp) {
      units = new Uint32Array(text.length);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    } else units = Uint32Array.from(Array.from(text, (ch) => ch.codePointAt(0)!));
    return { obj: v, units, isBytes: false, bmp, text };
  }
  const b = bufferOf(v);
  if (b === null) typeError(`expected string or bytes-like object, got '${A.typeName(v)}'`);
  if (!pattern.isBytes) typeError('cannot use a string pattern on a bytes-like object');
  return { obj: v, units: b!, isBytes: true, bmp: true, text: '' };
}

function slice(s: Subject, a: number, b: number): Value {
  if (s.isBytes) return new PyBytes((s.units as Uint8Array).slice(a, b));
  if (s.bmp) return A.mkStr(s.text.slice(a, b));
  return A.mkStr(String.fromCodePoint(...(s.units as Uint32Array).subarray(a, b)));
}

// ---------------------------------------------------------------- Pattern

class PyPattern extends PyObject {
  constructor(
    readonly pattern: Value,
    readonly flags: number,
    readonly code: Uint32Array,
    readonly groups: number,
    readonly groupindex: Value,
    readonly indexgroup: Value,
    readonly isBytes: boolean,
  ) {
    super(patternType);
  }
}

class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly subject: Subject,
    readonly pos: number,
    readonly endpos: number,
    /** [start, end] of group 0..groups, -1 when unset. */
    readonly regs: number[],
    readonly lastindex: number,
  ) {
    super(matchType);
  }
}

const P = (v: Value): PyPattern => {
  if (!(v instanceof PyPattern)) typeError(`descriptor requires a 're.Pattern' object but received a '${A.typeName(v)}'`);
  return v as PyPattern;
};
const M = (v: Value): PyMatch => v as PyMatch;

/** pos/endpos as Py_ssize_t, converted before the string is looked at (as the argument parser does). */
function posValues(pos: Value | null, endpos: Value | null): [number | null, number | null] {
  return [pos === null ? null : A.asSsize(pos), endpos === null ? null : A.asSsize(endpos)];
}

function posArgs(s: Subject, pv: [number | null, number | null]): [number, number] {
  const n = s.units.length;
  let a = pv[0] ?? 0;
  let b = pv[1] ?? n;
  if (a < 0) a = 0;
  if (a > n) a = n;
  if (b < 0) b = 0;
  if (b > n) b = n;
  return [a, b];
}

function newState(p: PyPattern, s: Subject, pos: number, endpos: number): State {
  const st = new State(p.code, s.units, pos, Math.max(pos, endpos));
  if (endpos < pos) st.end = pos;
  return st;
}

function matchFrom(p: PyPattern, s: Subject, st: State, start: number, pos: number, endpos: number): PyMatch {
  const regs = [start, st.ptr];
  for (let g = 0; g < p.groups; g++) {
    const a = st.marks[2 * g] ?? -1;
    const b = st.marks[2 * g + 1] ?? -1;
    if (a < 0 || b < 0 || 2 * g + 1 > st.lastmark || b < a) regs.push(-1, -1);
    else regs.push(a, b);
  }
  return new PyMatch(p, s, pos, endpos, regs, st.lastindex);
}

function doMatch(args: Value[], kwnames: string[] | null, fname: string, mode: 'match' | 'fullmatch' | 'search'): Value {
  const p = P(args[0]);
  const [str, pos, endpos] = parseArgs(fname, args.slice(1), kwnames, ['string', 'pos', 'endpos'], 1);
  const pv = posValues(pos, endpos);
  const s = subjectOf(str!, p);
  const [a, b] = posArgs(s, pv);
  if (b < a) return None;
  const st = newState(p, s, a, b);
  st.matchAll = mode === 'fullmatch';
  if (mode === 'search') {
    const start = st.search(a);
    return start < 0 ? None : matchFrom(p, s, st, start, a, b);
  }
  return st.match(a) ? matchFrom(p, s, st, a, a, b) : None;
}

/** The successive matches finditer/findall/sub/split see (empty matches may not touch the previous one's start). */
function* matches(p: PyPattern, s: Subject, a: number, b: number): Generator<PyMatch> {
  const st = newState(p, s, a, b);
  let start = a;
  while (start <= b) {
    const m0 = st.search(start);
    if (m0 < 0) return;
    const m = matchFrom(p, s, st, m0, a, b);
    yield m;
    st.mustAdvance = st.ptr === m0;
    start = st.ptr;
  }
}

function groupValue(m: PyMatch, g: number, dflt: Value): Value {
  const a = m.regs[2 * g];
  const b = m.regs[2 * g + 1];
  if (a < 0) return dflt;
  return slice(m.subject, a, b);
}

/** A group reference: an int index or a group name, with sre.c's IndexError. */
function groupIndex(m: PyMatch, g: Value): number {
  let i: number | null = null;
  if (typeof g === 'number' || typeof g === 'boolean' || (typeof g === 'object' && A.intValue(g) !== null && !A.isStr(g))) {
    const n = A.intValue(g);
    if (n !== null && n >= 0 && n <= m.pattern.groups) i = Number(n);
  } else if (A.isStr(g) && m.pattern.groupindex instanceof PyDict) {
    const v = (m.pattern.groupindex as PyDict).get(g);
    if (v !== null) i = Number(A.asIndex(v));
  }
  if (i === null) throw newException(IndexError, 'no such group');
  return i;
}

function findall(p: PyPattern, s: Subject, a: number, b: number): Value {
  const out: Value[] = [];
  const empty = s.isBytes ? new PyBytes(new Uint8Array(0)) : '';
  for (const m of matches(p, s, a, b)) {
    if (p.groups === 0) out.push(groupValue(m, 0, empty));
    else if (p.groups === 1) out.push(groupValue(m, 1, empty));
    else {
      const t: Value[] = [];
      for (let g = 1; g <= p.groups; g++) t.push(groupValue(m, g, empty));
      out.push(tuple(t));
    }
  }
  return new PyList(out);
}

function subx(args: Value[], kwnames: string[] | null, fname: string, withCount: boolean): Value {
  const p = P(args[0]);
  const [repl, str, countV] = parseArgs(fname, args.slice(1), kwnames, ['repl', 'string', 'count'], 2);
  const s = subjectOf(str!, p);
  const count = countV === null ? 0 : Number(A.asIndex(countV));
  let filter: Value = repl!;
  let literal: Value | null = null;
  const callable = A.getAttrOrNull(repl!, '__call__') !== null;
  if (!callable) {
    const hasBackslash = A.isStr(repl!) ? A.strValue(repl!).includes('\\') : (bufferOf(repl!) ?? new Uint8Array()).includes(92);
    if (!hasBackslash) literal = repl!;
    else {
      filter = A.callMethod(lazy_imports().importAbsolute('re'), '_subx', [p, repl!]);
      if (A.getAttrOrNull(filter, '__call__') === null) literal = filter;
    }
  }
  const parts: Value[] = [];
  let i = 0;
  let n = 0;
  const total = s.units.length;
  for (const m of matches(p, s, 0, total)) {
    if (count > 0 && n >= count) break;
    const b = m.regs[0];
    const e = m.regs[1];
    if (i < b) parts.push(slice(s, i, b));
    const r = literal !== null ? literal : A.call(filter, [m]);
    if (r !== None) {
      if (s.isBytes ? bufferOf(r) === null : !A.isStr(r)) {
        typeError(`expected ${s.isBytes ? 'a bytes-like object' : 'str instance'}, ${A.typeName(r)} found`);
      }
      parts.push(r);
    }
    i = e;
    n++;
  }
  if (i < total) parts.push(slice(s, i, total));
  let joined: Value;
  if (s.isBytes) {
    const chunks = parts.map((x) => bufferOf(x)!);
    const len = chunks.reduce((t, c) => t + c.length, 0);
    const out = new Uint8Array(len);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    joined = new PyBytes(out);
  } else joined = A.mkStr(parts.map((x) => A.strValue(x)).join(''));
  if (n === 0 && !s.isBytes && typeOf(str!) === strType) joined = str!;
  return withCount ? tuple([joined, n]) : joined;
}

function split(args: Value[], kwnames: string[] | null): Value {
  const p = P(args[0]);
  const [str, maxsplitV] = parseArgs('split', args.slice(1), kwnames, ['string', 'maxsplit'], 1);
  const s = subjectOf(str!, p);
  const maxsplit = maxsplitV === null ? 0 : Number(A.asIndex(maxsplitV));
  const out: Value[] = [];
  let last = 0;
  let n = 0;
  for (const m of matches(p, s, 0, s.units.length)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    out.push(slice(s, last, m.regs[0]));
    for (let g = 1; g <= p.groups; g++) out.push(groupValue(m, g, None));
    last = m.regs[1];
    n++;
  }
  out.push(slice(s, last, s.units.length));
  return new PyList(out);
}

const FLAG_NAMES: [number, string][] = [
  [1, 're.TEMPLATE'], [2, 're.IGNORECASE'], [4, 're.LOCALE'], [8, 're.MULTILINE'], [16, 're.DOTALL'], [32, 're.UNICODE'],
  [64, 're.VERBOSE'], [128, 're.DEBUG'], [256, 're.ASCII'],
];

methods(patternType, {
  match: (a, k) => doMatch(a, k, 'match', 'match'),
  fullmatch: (a, k) => doMatch(a, k, 'fullmatch', 'fullmatch'),
  search: (a, k) => doMatch(a, k, 'search', 'search'),
  findall: (a, k) => {
    const p = P(a[0]);
    const [str, pos, endpos] = parseArgs('findall', a.slice(1), k, ['string', 'pos', 'endpos'], 1);
    const pv = posValues(pos, endpos);
    const s = subjectOf(str!, p);
    const [x, y] = posArgs(s, pv);
    return findall(p, s, x, y);
  },
  finditer: (a, k) => {
    const p = P(a[0]);
    const [str, pos, endpos] = parseArgs('finditer', a.slice(1), k, ['string', 'pos', 'endpos'], 1);
    const pv = posValues(pos, endpos);
    const s = subjectOf(str!, p);
    const [x, y] = posArgs(s, pv);
    const gen = matches(p, s, x, y);
    return new A.PyNativeIter(iterType, () => {
      const r = gen.next();
      return r.done ? null : r.value;
    });
  },
  sub: (a, k) => subx(a, k, 'sub', false),
  subn: (a, k) => subx(a, k, 'subn', true),
  split: (a, k) => split(a, k),
  scanner: (a, k) => {
    const p = P(a[0]);
    const [str, pos, endpos] = parseArgs('scanner', a.slice(1), k, ['string', 'pos', 'endpos'], 1);
    const pv = posValues(pos, endpos);
    const s = subjectOf(str!, p);
    const [x, y] = posArgs(s, pv);
    return new PyScanner(p, s, x, y);
  },
  __copy__: (a) => a[0],
  __deepcopy__: (a) => a[0],
  __repr__: (a) => {
    const p = P(a[0]);
    let flags = p.flags;
    if (!p.isBytes && (flags & (4 | 32 | 256)) === 32) flags &= ~32;
    let r = A.repr(p.pattern);
    if (r.length > 200) r = r.slice(0, 200);
    if (flags === 0) return `re.compile(${r})`;
    const names: string[] = [];
    for (const [bit, name] of FLAG_NAMES) {
      if (flags & bit) {
        names.push(name);
        flags &= ~bit;
      }
    }
    if (flags) names.push(`0x${flags.toString(16)}`);
    return `re.compile(${r}, ${names.join('|')})`;
  },
  __eq__: (a) => {
    const x = P(a[0]);
    const y = a[1];
    if (!(y instanceof PyPattern)) return NotImplemented;
    return x === y || (x.flags === y.flags && x.isBytes === y.isBytes && A.eqBool(x.pattern, y.pattern) && x.code.length === y.code.length && x.code.every((c, i) => c === y.code[i]));
  },
  __hash__: (a) => {
    const p = P(a[0]);
    return Number(A.pyHash(p.pattern)) ^ p.flags;
  },
});
getset(patternType, 'pattern', (v) => P(v).pattern);
getset(patternType, 'flags', (v) => P(v).flags);
getset(patternType, 'groups', (v) => P(v).groups);
getset(patternType, 'groupindex', (v) => mappingProxy(P(v).groupindex));
classMethod(patternType, '__class_getitem__', (a) => makeGenericAlias(a[0], a[1]));

// ---------------------------------------------------------------- Match

methods(matchType, {
  group: (a) => {
    const m = M(a[0]);
    if (a.length <= 2) return groupValue(m, a.length === 1 ? 0 : groupIndex(m, a[1]), None);
    return tuple(a.slice(1).map((g) => groupValue(m, groupIndex(m, g), None)));
  },
  __getitem__: (a) => groupValue(M(a[0]), groupIndex(M(a[0]), a[1]), None),
  groups: (a, k) => {
    const m = M(a[0]);
    const [dflt] = parseArgs('groups', a.slice(1), k, ['default'], 0);
    const out: Value[] = [];
    for (let g = 1; g <= m.pattern.groups; g++) out.push(groupValue(m, g, dflt ?? None));
    return tuple(out);
  },
  groupdict: (a, k) => {
    const m = M(a[0]);
    const [dflt] = parseArgs('groupdict', a.slice(1), k, ['default'], 0);
    const d = new PyDict();
    if (m.pattern.groupindex instanceof PyDict) {
      for (const [name, idx] of (m.pattern.groupindex as PyDict).entries()) d.set(name, groupValue(m, Number(A.asIndex(idx)), dflt ?? None));
    }
    return d;
  },
  start: (a) => M(a[0]).regs[2 * (a.length > 1 ? groupIndex(M(a[0]), a[1]) : 0)],
  end: (a) => M(a[0]).regs[2 * (a.length > 1 ? groupIndex(M(a[0]), a[1]) : 0) + 1],
  span: (a) => {
    const m = M(a[0]);
    const g = a.length > 1 ? groupIndex(m, a[1]) : 0;
    return tuple([m.regs[2 * g], m.regs[2 * g + 1]]);
  },
  expand: (a) => A.callMethod(lazy_imports().importAbsolute('re'), '_expand', [M(a[0]).pattern, a[0], a[1]]),
  __copy__: (a) => a[0],
  __deepcopy__: (a) => a[0],
  __repr__: (a) => {
    const m = M(a[0]);
    return `<re.Match object; span=(${m.regs[0]}, ${m.regs[1]}), match=${A.repr(groupValue(m, 0, None))}>`;
  },
});
getset(matchType, 'string', (v) => M(v).subject.obj);
getset(matchType, 're', (v) => M(v).pattern);
getset(matchType, 'pos', (v) => M(v).pos);
getset(matchType, 'endpos', (v) => M(v).endpos);
getset(matchType, 'lastindex', (v) => (M(v).lastindex < 0 ? None : M(v).lastindex));
getset(matchType, 'lastgroup', (v) => {
  const m = M(v);
  if (m.lastindex < 0 || !(m.pattern.indexgroup instanceof PyTuple)) return None;
  const items = (m.pattern.indexgroup as PyTuple).items;
  return m.lastindex < items.length ? items[m.lastindex] : None;
});
getset(matchType, 'regs', (v) => {
  const m = M(v);
  const out: Value[] = [];
  for (let g = 0; g <= m.pattern.groups; g++) out.push(tuple([m.regs[2 * g], m.regs[2 * g + 1]]));
  return tuple(out);
});
classMethod(matchType, '__class_getitem__', (a) => makeGenericAlias(a[0], a[1]));

// ---------------------------------------------------------------- Scanner

class PyScanner extends PyObject {
  private start: number;
  private mustAdvance = false;
  constructor(
    readonly pattern: PyPattern,
    readonly subject: Subject,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(scannerType);
    this.start = pos;
  }
  step(search: boolean): Value {
    if (this.start > this.endpos) return None;
    const st = newState(this.pattern, this.subject, this.pos, this.endpos);
    st.mustAdvance = this.mustAdvance;
    let at: number;
    if (search) at = st.search(this.start);
    else at = st.match(this.start) ? this.start : -1;
    if (at < 0) {
      this.start = this.endpos + 1;
      return None;
    }
    const m = matchFrom(this.pattern, this.subject, st, at, this.pos, this.endpos);
    this.mustAdvance = st.ptr === at;
    this.start = st.ptr;
    return m;
  }
}
method(scannerType, 'match', (a) => (a[0] as PyScanner).step(false));
method(scannerType, 'search', (a) => (a[0] as PyScanner).step(true));
getset(scannerType, 'pattern', (v) => (v as PyScanner).pattern);

// ---------------------------------------------------------------- the module

function create(): ReturnType<typeof newModule> {
  const m = newModule('_sre');
  const d = m.dict;
  d.set('MAGIC', 20220615);
  d.set('CODESIZE', 4);
  d.set('MAXREPEAT', MAXREPEAT);
  d.set('MAXGROUPS', 1073741823);
  d.set('copyright', ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ');
  moduleFunction(d, '_sre', 'getcodesize', () => 4);
  moduleFunction(d, '_sre', 'ascii_iscased', (a) => {
    const c = Number(A.asIndex(a[0]));
    return c < 128 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  });
  moduleFunction(d, '_sre', 'unicode_iscased', (a) => {
    const c = Number(A.asIndex(a[0]));
    const s = String.fromCodePoint(c);
    return s.toLowerCase() !== s || s.toUpperCase() !== s;
  });
  moduleFunction(d, '_sre', 'ascii_tolower', (a) => lowerAscii(Number(A.asIndex(a[0]))));
  moduleFunction(d, '_sre', 'unicode_tolower', (a) => lowerUnicode(Number(A.asIndex(a[0]))));
  moduleFunction(d, '_sre', 'compile', (a, k) => {
    const [pattern, flags, code, groups, groupindex, indexgroup] = parseArgs('compile', a, k, ['pattern', 'flags', 'code', 'groups', 'groupindex', 'indexgroup'], 6);
    const items = A.toArray(code!);
    const arr = new Uint32Array(items.length);
    items.forEach((x, i) => {
      arr[i] = Number(A.asIndex(x));
    });
    const isBytes = pattern !== None && !A.isStr(pattern!) && bufferOf(pattern!) !== null;
    return new PyPattern(pattern!, Number(A.asIndex(flags!)), arr, Number(A.asIndex(groups!)), groupindex!, indexgroup!, isBytes);
  });
  return m;
}

registerNative('_sre', create);

void ValueError;
