/**
 * The methods of str (Objects/unicodeobject.c): construction, the sequence
 * protocol with code-point semantics, comparison and hashing, and every
 * method of CPython 3.11 with its error messages. Values are primitive JS
 * strings (surrogate-free, so one code unit is one code point: the fast
 * paths) or PyWStr code-point arrays (wstr.ts), and every result is
 * normalised back to the primitive form when it can be.
 */
import type { Value } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyWStr, PyStrSub, PySlice, PyTuple, PyList, PyBytes, PyByteArray, tuple } from './containers';
import { strType, dictType, strIteratorType, strUnicodeIteratorType, NotImplemented, None, typeOf } from './types';
import { typeError, valueError, newException, IndexError, LookupError, OverflowError, MemoryError, PyBaseException } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { method, staticMethod, newMethod, parseArgs, checkPositional, noKw, npos, findStyleArgs } from './define';
import { strRepr } from './repr';
import { isPrintable } from '../unicode/printable';
import { formatStrSpec } from './format_spec';
import {
  type Str, strOf, cpsOf, strLen, fromCps, textOf, wideHash, strEq, strCmp, sliceIndices, adjustRange,
  isSpaceCp, isLineBreakCp, isAlphaCp, isDecimalCp, isDigitCp, isNumericCp, isAlnumCp, isLowerCp, isUpperCp,
  isTitleCp, isCasedCp, isXidStartCp, isXidContinueCp, upperCp, lowerCp, titleCp, foldCp, sigmaAt,
} from './wstr';
import { lazy } from '../util/lazy';
const lazy_codecs = lazy(() => require('./codecs') as typeof import('./codecs'));
const lazy_memoryview_type = lazy(() => require('./memoryview_type') as typeof import('./memoryview_type'));
const lazy_percent_format = lazy(() => require('./percent_format') as typeof import('./percent_format'));
const lazy_str_format = lazy(() => require('./str_format') as typeof import('./str_format'));

// ---------------------------------------------------------------- argument helpers

/** The str value of self (the method descriptor has checked its type). */
function sv(v: Value): Str {
  return strOf(v)!;
}

/** A str argument or "<prefix>must be str, not X". */
function argStr(v: Value, prefix = ''): Str {
  const s = strOf(v);
  if (s === null) typeError(`${prefix}must be str, not ${A.typeName(v)}`);
  return s!;
}

/** METH_NOARGS check with CPython's qualified message. */
function noArgs(name: string, args: Value[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) typeError(`str.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`str.${name}() takes no arguments (${args.length - 1} given)`);
}

/** METH_O check. */
function oneArg(name: string, args: Value[], kwnames: string[] | null): Value {
  if (kwnames !== null && kwnames.length) typeError(`str.${name}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`str.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

/** Positional-only method with min..max arguments (after self). */
function posArgs(name: string, args: Value[], kwnames: string[] | null, min: number, max: number): void {
  noKw(name, kwnames);
  checkPositional(name, args.length - 1, min, max);
}

/** A result from JS text: primitive when no input was wide (then no surrogate can appear). */
function res(text: string, wide: boolean): Value {
  return wide ? A.mkStr(text) : text;
}

const ASCII_RE = /^[\x00-\x7f]*$/;

function isWide(s: Str): s is PyWStr {
  return typeof s !== 'string';
}

// ---------------------------------------------------------------- construction

newMethod(strType, (cls, args, kwnames) => {
  let r: Value;
  if (args.length === 1 && kwnames === null) r = A.strObj(args[0]);
  else {
    const [obj, encoding, errors] = parseArgs('str', args, kwnames, ['object', 'encoding', 'errors'], 0);
    if (obj === null) r = '';
    else if (encoding === null && errors === null) r = A.strObj(obj);
    else {
      const enc = encoding === null ? 'utf-8' : A.strValue(argOrType(encoding, "str() argument 'encoding'"));
      const err = errors === null ? 'strict' : A.strValue(argOrType(errors, "str() argument 'errors'"));
      r = decodeObject(obj, enc, err);
    }
  }
  if (cls === strType) return r;
  return new PyStrSub(strOf(r)!, cls);
});

function argOrType(v: Value, what: string): Value {
  if (strOf(v) === null) typeError(`${what} must be str, not ${A.typeName(v)}`);
  return v;
}

function decodeObject(obj: Value, encoding: string, errors: string): Value {
  if (strOf(obj) !== null) typeError('decoding str is not supported');
  const b = bufferBytes(obj);
  if (b === null) typeError(`decoding to str: need a bytes-like object, ${A.typeName(obj)} found`);
  const codecs = lazy_codecs();
  return codecs.decode(b!, encoding, errors);
}

function bufferBytes(v: Value): Uint8Array | null {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.view();
  const mv = lazy_memoryview_type();
  return mv.memoryviewBytes(v);
}

// ---------------------------------------------------------------- operators

function concat(a: Value, b: Value): Value {
  const x = strOf(a);
  const y = strOf(b);
  if (x === null || y === null) return NotImplemented;
  if (typeof x === 'string' && typeof y === 'string') return x + y;
  const cx = cpsOf(x);
  const cy = cpsOf(y);
  const out = new Uint32Array(cx.length + cy.length);
  out.set(cx);
  out.set(cy, cx.length);
  return fromCps(out);
}

method(strType, '__add__', (args) => concat(args[0], args[1]));
A.sqConcat.set(strType, (a, b) => {
  const r = concat(a, b);
  if (r === NotImplemented) typeError(`can only concatenate str (not "${A.typeName(b)}") to str`);
  return r;
});

const MAX_STR = 0x1fffffe8;

function repeat(s: Str, n: I.Int): Value {
  if (typeof n === 'bigint' || n <= 0) {
    if (typeof n === 'bigint' && n > 0n && strLen(s) > 0) throw newException(OverflowError, 'repeated string is too long');
    return '';
  }
  const len = strLen(s);
  if (len * n > MAX_STR) {
    if (len * n > Number.MAX_SAFE_INTEGER) throw newException(OverflowError, 'repeated string is too long');
    throw newException(MemoryError, '');
  }
  if (typeof s === 'string') return s.repeat(n);
  const out = new Uint32Array(len * n);
  for (let i = 0; i < n; i++) out.set(s.cps, i * len);
  return new PyWStr(out);
}

function mulSlot(args: Value[]): Value {
  const n = args[1];
  if (A.intValue(n) === null && typeOf(n).lookup('__index__') === null) return NotImplemented;
  return repeat(sv(args[0]), A.asIndex(n));
}
method(strType, '__mul__', mulSlot);
method(strType, '__rmul__', mulSlot);
A.sqRepeat.set(strType, (seq, n) => repeat(sv(seq), n));

method(strType, '__mod__', (args) => {
  const pf = lazy_percent_format();
  return pf.strPercentFormat(sv(args[0]), args[1]);
});
method(strType, '__rmod__', () => NotImplemented);

function cmpMethod(name: string, test: (c: number) => boolean): void {
  method(strType, name, (args) => {
    const b = strOf(args[1]);
    if (b === null) return NotImplemented;
    return test(strCmp(sv(args[0]), b));
  });
}
cmpMethod('__lt__', (c) => c < 0);
cmpMethod('__le__', (c) => c <= 0);
cmpMethod('__gt__', (c) => c > 0);
cmpMethod('__ge__', (c) => c >= 0);
method(strType, '__eq__', (args) => {
  const b = strOf(args[1]);
  if (b === null) return NotImplemented;
  return strEq(sv(args[0]), b);
});
method(strType, '__ne__', (args) => {
  const b = strOf(args[1]);
  if (b === null) return NotImplemented;
  return !strEq(sv(args[0]), b);
});

export function strHash(s: Str): number | bigint {
  return typeof s === 'string' ? A.strHashCached(s) : wideHash(s);
}
method(strType, '__hash__', (args) => strHash(sv(args[0])));
method(strType, '__len__', (args) => strLen(sv(args[0])));
method(strType, '__repr__', (args) => A.mkStr(strRepr(textOf(sv(args[0])))));
method(strType, '__str__', (args) => sv(args[0]));
method(strType, '__getnewargs__', (args) => tuple([sv(args[0])]));
method(strType, '__sizeof__', (args) => {
  const s = sv(args[0]);
  const c = cpsOf(s);
  let max = 0;
  for (let i = 0; i < c.length; i++) if (c[i] > max) max = c[i];
  const n = c.length;
  if (max < 0x80) return 49 + n;
  if (max < 0x100) return 73 + n;
  if (max < 0x10000) return 74 + 2 * n;
  return 76 + 4 * n;
});
method(strType, '__format__', (args, kwnames) => {
  posArgs('__format__', args, kwnames, 1, 1);
  const spec = strOf(args[1]);
  if (spec === null) typeError(`__format__() argument must be str, not ${A.typeName(args[1])}`);
  // An empty spec is str(obj): a subclass's __str__ counts (format_obj).
  if (textOf(spec!) === '' && typeOf(args[0]) !== strType) return A.strObj(args[0]);
  const s = sv(args[0]);
  return A.mkStr(formatStrSpec(textOf(s), textOf(spec!)));
});

/** s[i] and s[a:b:c]. */
export function strSubscript(s: Str, k: Value): Value {
  if (typeof k === 'number') return charAt(s, k);
  if (k instanceof PySlice) {
    const len = strLen(s);
    const [start, , step, n] = sliceIndices(k, len);
    if (n <= 0) return '';
    if (typeof s === 'string') {
      if (step === 1) return n === len ? s : s.slice(start, start + n);
      let out = '';
      for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
      return out;
    }
    if (step === 1) return fromCps(s.cps, start, start + n);
    const out = new Uint32Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = s.cps[j];
    return fromCps(out);
  }
  if (A.intValue(k) === null && typeOf(k).lookup('__index__') === null) typeError(`string indices must be integers, not '${A.typeName(k)}'`);
  const i = A.asIndex(k);
  if (typeof i === 'bigint') throw newException(IndexError, 'cannot fit \'int\' into an index-sized integer');
  return charAt(s, i);
}

function charAt(s: Str, i: number): Value {
  const len = strLen(s);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw newException(IndexError, 'string index out of range');
  if (typeof s === 'string') return s[i];
  return fromCps(s.cps, i, i + 1);
}

method(strType, '__getitem__', (args) => strSubscript(sv(args[0]), args[1]));

method(strType, '__contains__', (args) => {
  const sub = strOf(args[1]);
  if (sub === null) typeError(`'in <string>' requires string as left operand, not ${A.typeName(args[1])}`);
  const s = sv(args[0]);
  if (typeof s === 'string' && typeof sub === 'string') return s.includes(sub);
  return findCps(cpsOf(s), cpsOf(sub!), 0, strLen(s)) >= 0;
});

method(strType, '__iter__', (args) => {
  const s = sv(args[0]);
  let i = 0;
  if (typeof s === 'string') {
    const ascii = ASCII_RE.test(s);
    return new A.PyNativeIter(
      ascii ? strIteratorType : strUnicodeIteratorType,
      () => (i < s.length ? s[i++] : null),
      () => Math.max(0, s.length - i),
    );
  }
  const c = s.cps;
  return new A.PyNativeIter(strUnicodeIteratorType, () => (i < c.length ? fromCps(c, i, ++i) : null), () => Math.max(0, c.length - i));
});

// ---------------------------------------------------------------- searching

/** Naive code-point search of `sub` in c[start, end); -1 when absent. */
function findCps(c: ArrayLike<number>, sub: ArrayLike<number>, start: number, end: number): number {
  const m = sub.length;
  outer: for (let i = start; i + m <= end; i++) {
    for (let j = 0; j < m; j++) if (c[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

function rfindCps(c: ArrayLike<number>, sub: ArrayLike<number>, start: number, end: number): number {
  const m = sub.length;
  outer: for (let i = end - m; i >= start; i--) {
    for (let j = 0; j < m; j++) if (c[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

/** any_find_slice: index of sub in s[start:end] (direction > 0: first, else last), -1 if absent. */
function findIn(s: Str, sub: Str, startV: Value | null, endV: Value | null, forward: boolean): number {
  const len = strLen(s);
  const [start, end] = adjustRange(startV, endV, len);
  const m = strLen(sub);
  if (end - start < m) return -1;
  if (m === 0) return forward ? start : end;
  if (typeof s === 'string' && typeof sub === 'string') {
    if (forward) {
      const i = s.indexOf(sub, start);
      return i >= 0 && i + m <= end ? i : -1;
    }
    const i = s.lastIndexOf(sub, end - m);
    return i >= start ? i : -1;
  }
  return forward ? findCps(cpsOf(s), cpsOf(sub), start, end) : rfindCps(cpsOf(s), cpsOf(sub), start, end);
}

function findArgs(name: string, args: Value[], kwnames: string[] | null): [Str, Str, Value | null, Value | null] {
  findStyleArgs('str', name, args, kwnames);
  const sub = argStr(args[1]);
  return [sv(args[0]), sub, args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null];
}

method(strType, 'find', (args, kw) => {
  const [s, sub, a, b] = findArgs('find', args, kw);
  return findIn(s, sub, a, b, true);
});
method(strType, 'rfind', (args, kw) => {
  const [s, sub, a, b] = findArgs('rfind', args, kw);
  return findIn(s, sub, a, b, false);
});
method(strType, 'index', (args, kw) => {
  const [s, sub, a, b] = findArgs('index', args, kw);
  const r = findIn(s, sub, a, b, true);
  if (r < 0) valueError('substring not found');
  return r;
});
method(strType, 'rindex', (args, kw) => {
  const [s, sub, a, b] = findArgs('rindex', args, kw);
  const r = findIn(s, sub, a, b, false);
  if (r < 0) valueError('substring not found');
  return r;
});

method(strType, 'count', (args, kw) => {
  const [s, sub, a, b] = findArgs('count', args, kw);
  const [start, end] = adjustRange(a, b, strLen(s));
  const m = strLen(sub);
  if (end - start < m) return 0;
  if (m === 0) return end - start + 1;
  let n = 0;
  if (typeof s === 'string' && typeof sub === 'string') {
    for (let i = s.indexOf(sub, start); i >= 0 && i + m <= end; i = s.indexOf(sub, i + m)) n++;
    return n;
  }
  const c = cpsOf(s);
  const sc = cpsOf(sub);
  for (let i = findCps(c, sc, start, end); i >= 0; i = findCps(c, sc, i + m, end)) n++;
  return n;
});

function tailMatch(name: string, args: Value[], kwnames: string[] | null, atEnd: boolean): boolean {
  findStyleArgs('str', name, args, kwnames);
  const s = sv(args[0]);
  const len = strLen(s);
  const [start, end] = adjustRange(args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null, len);
  const test = (p: Str): boolean => {
    const m = strLen(p);
    if (start > len) return false;
    if (end - start < m) return false;
    const at = atEnd ? end - m : start;
    if (typeof s === 'string' && typeof p === 'string') return s.startsWith(p, at);
    const c = cpsOf(s);
    const pc = cpsOf(p);
    for (let j = 0; j < m; j++) if (c[at + j] !== pc[j]) return false;
    return true;
  };
  const x = args[1];
  if (x instanceof PyTuple) {
    for (const item of x.items) {
      const p = strOf(item);
      if (p === null) typeError(`tuple for ${name} must only contain str, not ${A.typeName(item)}`);
      if (test(p!)) return true;
    }
    return false;
  }
  const p = strOf(x);
  if (p === null) typeError(`${name} first arg must be str or a tuple of str, not ${A.typeName(x)}`);
  return test(p!);
}
method(strType, 'startswith', (args, kw) => tailMatch('startswith', args, kw, false));
method(strType, 'endswith', (args, kw) => tailMatch('endswith', args, kw, true));

// ---------------------------------------------------------------- splitting and joining

function splitArgs(name: string, args: Value[], kwnames: string[] | null): [Str, Str | null, number] {
  const [sep, maxsplit] = parseArgs(name, args.slice(1), kwnames, ['sep', 'maxsplit'], 0);
  let sp: Str | null = null;
  if (sep !== null && sep !== None) {
    sp = strOf(sep);
    if (sp === null) typeError(`must be str or None, not ${A.typeName(sep)}`);
    if (strLen(sp!) === 0) valueError('empty separator');
  }
  let n = -1;
  if (maxsplit !== null) {
    const i = A.asIndex(maxsplit);
    n = typeof i === 'bigint' ? (i < 0n ? -1 : Number.MAX_SAFE_INTEGER) : i;
  }
  if (n < 0) n = Number.MAX_SAFE_INTEGER;
  return [sv(args[0]), sp, n];
}

/** Split s's code points on whitespace runs (split_whitespace). */
function splitWhitespace(c: ArrayLike<number>, maxsplit: number, piece: (a: number, b: number) => Value): Value[] {
  const out: Value[] = [];
  const n = c.length;
  let i = 0;
  while (maxsplit-- > 0) {
    while (i < n && isSpaceCp(c[i])) i++;
    if (i === n) break;
    const j = i;
    while (i < n && !isSpaceCp(c[i])) i++;
    out.push(piece(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceCp(c[i])) i++;
    if (i !== n) out.push(piece(i, n));
  }
  return out;
}

function rsplitWhitespace(c: ArrayLike<number>, maxsplit: number, piece: (a: number, b: number) => Value): Value[] {
  const out: Value[] = [];
  let i = c.length - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpaceCp(c[i])) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !isSpaceCp(c[i])) i--;
    out.push(piece(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceCp(c[i])) i--;
    if (i >= 0) out.push(piece(0, i + 1));
  }
  return out.reverse();
}

function pieceFn(s: Str): (a: number, b: number) => Value {
  if (typeof s === 'string') return (a, b) => s.slice(a, b);
  return (a, b) => fromCps(s.cps, a, b);
}

/** Code points of a primitive string without copying: a string is indexable by charCodeAt. */
function cpView(s: Str): ArrayLike<number> {
  return cpsOf(s);
}

method(strType, 'split', (args, kw) => {
  const [s, sep, maxsplit] = splitArgs('split', args, kw);
  if (sep === null) return new PyList(splitWhitespace(cpView(s), maxsplit, pieceFn(s)));
  if (typeof s === 'string' && typeof sep === 'string') {
    if (maxsplit >= s.length) return new PyList(s.split(sep));
    const out: Value[] = [];
    let i = 0;
    let n = maxsplit;
    while (n-- > 0) {
      const j = s.indexOf(sep, i);
      if (j < 0) break;
      out.push(s.slice(i, j));
      i = j + sep.length;
    }
    out.push(s.slice(i));
    return new PyList(out);
  }
  const c = cpsOf(s);
  const sc = cpsOf(sep);
  const out: Value[] = [];
  let i = 0;
  let n = maxsplit;
  while (n-- > 0) {
    const j = findCps(c, sc, i, c.length);
    if (j < 0) break;
    out.push(fromCps(c, i, j));
    i = j + sc.length;
  }
  out.push(fromCps(c, i, c.length));
  return new PyList(out);
});

method(strType, 'rsplit', (args, kw) => {
  const [s, sep, maxsplit] = splitArgs('rsplit', args, kw);
  if (sep === null) return new PyList(rsplitWhitespace(cpView(s), maxsplit, pieceFn(s)));
  const c = cpsOf(s);
  const sc = cpsOf(sep);
  const piece = pieceFn(s);
  const out: Value[] = [];
  let j = c.length;
  let n = maxsplit;
  while (n-- > 0) {
    const i = rfindCps(c, sc, 0, j);
    if (i < 0) break;
    out.push(piece(i + sc.length, j));
    j = i;
  }
  out.push(piece(0, j));
  return new PyList(out.reverse());
});

method(strType, 'splitlines', (args, kw) => {
  const [keep] = parseArgs('splitlines', args.slice(1), kw, ['keepends'], 0);
  const keepends = keep !== null && A.isTrue(keep);
  const s = sv(args[0]);
  const c = cpView(s);
  const piece = pieceFn(s);
  const out: Value[] = [];
  const n = c.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreakCp(c[i])) i++;
    let eol = i;
    if (i < n) {
      if (c[i] === 13 && i + 1 < n && c[i + 1] === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(piece(j, eol));
  }
  return new PyList(out);
});

function partition(name: string, args: Value[], kwnames: string[] | null, forward: boolean): Value {
  const sepV = oneArg(name, args, kwnames);
  const sep = argStr(sepV);
  if (strLen(sep) === 0) valueError('empty separator');
  const s = sv(args[0]);
  const len = strLen(s);
  const i = findIn(s, sep, null, null, forward);
  if (i < 0) return forward ? tuple([s, '', '']) : tuple(['', '', s]);
  const piece = pieceFn(s);
  const m = strLen(sep);
  return tuple([piece(0, i), sep, piece(i + m, len)]);
}
method(strType, 'partition', (args, kw) => partition('partition', args, kw, true));
method(strType, 'rpartition', (args, kw) => partition('rpartition', args, kw, false));

/** str.join (PyUnicode_Join). */
export function strJoin(sep: Str, iterable: Value): Value {
  let items: Value[];
  if (iterable instanceof PyList || iterable instanceof PyTuple) items = iterable.items;
  else {
    if (A.getIterOrNull(iterable) === null) typeError('can only join an iterable');
    items = A.toArray(iterable);
  }
  const n = items.length;
  let wide = isWide(sep);
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const it = items[i];
    if (typeof it === 'string') parts[i] = it;
    else {
      const x = strOf(it);
      if (x === null) typeError(`sequence item ${i}: expected str instance, ${A.typeName(it)} found`);
      if (typeof x === 'string') parts[i] = x;
      else {
        wide = true;
        parts[i] = textOf(x!);
      }
    }
  }
  if (n === 1 && typeof items[0] === 'string') return items[0];
  return res(parts.join(textOf(sep)), wide);
}
method(strType, 'join', (args, kw) => strJoin(sv(args[0]), oneArg('join', args, kw)));

// ---------------------------------------------------------------- stripping, padding

function stripImpl(name: string, args: Value[], kwnames: string[] | null, left: boolean, right: boolean): Value {
  posArgs(name, args, kwnames, 0, 1);
  const s = sv(args[0]);
  const c = cpView(s);
  let test: (cp: number) => boolean = isSpaceCp;
  if (args.length > 1 && args[1] !== None) {
    const chars = strOf(args[1]);
    if (chars === null) typeError(`${name} arg must be None or str`);
    const set = new Set<number>(Array.from(cpsOf(chars!)));
    test = (cp) => set.has(cp);
  }
  let i = 0;
  let j = c.length;
  if (left) while (i < j && test(c[i])) i++;
  if (right) while (j > i && test(c[j - 1])) j--;
  if (i === 0 && j === c.length) return s;
  return pieceFn(s)(i, j);
}
method(strType, 'strip', (args, kw) => stripImpl('strip', args, kw, true, true));
method(strType, 'lstrip', (args, kw) => stripImpl('lstrip', args, kw, true, false));
method(strType, 'rstrip', (args, kw) => stripImpl('rstrip', args, kw, false, true));

function fillArgs(name: string, args: Value[], kwnames: string[] | null): [Str, number, string, boolean] {
  posArgs(name, args, kwnames, 1, 2);
  const w = A.asIndex(args[1]);
  const width = typeof w === 'bigint' ? (w < 0n ? 0 : Number.MAX_SAFE_INTEGER) : w;
  let fill = ' ';
  let wide = false;
  if (args.length > 2) {
    const f = strOf(args[2]);
    if (f === null) typeError(`The fill character must be a unicode character, not ${A.typeName(args[2])}`);
    if (strLen(f!) !== 1) typeError('The fill character must be exactly one character long');
    fill = textOf(f!);
    wide = isWide(f!);
  }
  const s = sv(args[0]);
  return [s, width, fill, wide || isWide(s)];
}

function pad(s: Str, left: number, right: number, fill: string, wide: boolean): Value {
  if (left + right + strLen(s) > MAX_STR) throw newException(OverflowError, 'padded string is too long');
  return res(fill.repeat(left) + textOf(s) + fill.repeat(right), wide);
}

method(strType, 'ljust', (args, kw) => {
  const [s, width, fill, wide] = fillArgs('ljust', args, kw);
  const len = strLen(s);
  return width <= len ? s : pad(s, 0, width - len, fill, wide);
});
method(strType, 'rjust', (args, kw) => {
  const [s, width, fill, wide] = fillArgs('rjust', args, kw);
  const len = strLen(s);
  return width <= len ? s : pad(s, width - len, 0, fill, wide);
});
method(strType, 'center', (args, kw) => {
  const [s, width, fill, wide] = fillArgs('center', args, kw);
  const len = strLen(s);
  if (width <= len) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fill, wide);
});
method(strType, 'zfill', (args, kw) => {
  const wv = oneArg('zfill', args, kw);
  const w = A.asIndex(wv);
  const width = typeof w === 'bigint' ? (w < 0n ? 0 : Number.MAX_SAFE_INTEGER) : w;
  const s = sv(args[0]);
  const len = strLen(s);
  if (width <= len) return s;
  const t = textOf(s);
  const fill = '0'.repeat(width - len);
  if (t[0] === '+' || t[0] === '-') return res(t[0] + fill + t.slice(1), isWide(s));
  return res(fill + t, isWide(s));
});

method(strType, 'expandtabs', (args, kw) => {
  const [ts] = parseArgs('expandtabs', args.slice(1), kw, ['tabsize'], 0);
  let tabsize = 8;
  if (ts !== null) {
    const t = A.asIndex(ts);
    tabsize = typeof t === 'bigint' ? (t < 0n ? 0 : Number.MAX_SAFE_INTEGER) : t;
  }
  const s = sv(args[0]);
  const t = textOf(s);
  if (!t.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const ch of t) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col++;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return res(out, isWide(s));
});

// ---------------------------------------------------------------- replace, prefixes

method(strType, 'replace', (args, kw) => {
  posArgs('replace', args, kw, 2, 3);
  const old = strOf(args[1]);
  if (old === null) typeError(`replace() argument 1 must be str, not ${A.typeName(args[1])}`);
  const nw = strOf(args[2]);
  if (nw === null) typeError(`replace() argument 2 must be str, not ${A.typeName(args[2])}`);
  let count = -1;
  if (args.length > 3) {
    const c = A.asIndex(args[3]);
    count = typeof c === 'bigint' ? (c < 0n ? -1 : Number.MAX_SAFE_INTEGER) : c;
  }
  return strReplace(sv(args[0]), old!, nw!, count);
});

function strReplace(s: Str, old: Str, nw: Str, count: number): Value {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return s;
  const wide = isWide(s) || isWide(old) || isWide(nw);
  if (!wide) {
    const t = s as string;
    const o = old as string;
    const n = nw as string;
    if (o === '') {
      // An empty pattern inserts before every character and at the end, up to count times.
      let out = '';
      let k = 0;
      for (let i = 0; i <= t.length; i++) {
        if (k < count) {
          out += n;
          k++;
        } else return out + t.slice(i);
        if (i < t.length) out += t[i];
      }
      return out;
    }
    if (count >= t.length) {
      if (t.indexOf(o) < 0) return t;
      // replaceAll reads `$` patterns in its replacement string.
      return n.indexOf('$') < 0 ? t.replaceAll(o, n) : t.split(o).join(n);
    }
    let out = '';
    let i = 0;
    for (let k = 0; k < count; k++) {
      const j = t.indexOf(o, i);
      if (j < 0) break;
      out += t.slice(i, j) + n;
      i = j + o.length;
    }
    return out + t.slice(i);
  }
  const c = cpsOf(s);
  const oc = cpsOf(old);
  const nc = Array.from(cpsOf(nw));
  const out: number[] = [];
  let k = 0;
  if (oc.length === 0) {
    for (let i = 0; i <= c.length; i++) {
      if (k < count) {
        out.push(...nc);
        k++;
      }
      if (i < c.length) out.push(c[i]);
    }
    return fromCps(out);
  }
  let i = 0;
  while (k < count) {
    const j = findCps(c, oc, i, c.length);
    if (j < 0) break;
    for (let x = i; x < j; x++) out.push(c[x]);
    out.push(...nc);
    i = j + oc.length;
    k++;
  }
  for (let x = i; x < c.length; x++) out.push(c[x]);
  return fromCps(out);
}

method(strType, 'removeprefix', (args, kw) => {
  const p = strOf(oneArg('removeprefix', args, kw));
  if (p === null) typeError(`removeprefix() argument must be str, not ${A.typeName(args[1])}`);
  const s = sv(args[0]);
  const m = strLen(p!);
  if (m === 0 || findIn(s, p!, null, m, true) !== 0) return s;
  return pieceFn(s)(m, strLen(s));
});
method(strType, 'removesuffix', (args, kw) => {
  const p = strOf(oneArg('removesuffix', args, kw));
  if (p === null) typeError(`removesuffix() argument must be str, not ${A.typeName(args[1])}`);
  const s = sv(args[0]);
  const m = strLen(p!);
  const len = strLen(s);
  if (m === 0 || m > len || findIn(s, p!, len - m, null, true) !== len - m) return s;
  return pieceFn(s)(0, len - m);
});

// ---------------------------------------------------------------- case

/** Apply a per-code-point mapping; `lowerAt` handles the final-sigma context. */
function mapCase(s: Str, f: (c: ArrayLike<number>, i: number, prevCased: boolean) => string, track = false): Value {
  const c = cpView(s);
  let out = '';
  let prev = false;
  for (let i = 0; i < c.length; i++) {
    out += f(c, i, prev);
    if (track) prev = isCasedCp(c[i]);
  }
  return res(out, isWide(s));
}

function lowerAt(c: ArrayLike<number>, i: number): string {
  return c[i] === 0x3a3 ? sigmaAt(c, i) : lowerCp(c[i]);
}

method(strType, 'lower', (args, kw) => {
  noArgs('lower', args, kw);
  const s = sv(args[0]);
  if (typeof s === 'string' && ASCII_RE.test(s)) return s.toLowerCase();
  return mapCase(s, (c, i) => lowerAt(c, i));
});
method(strType, 'upper', (args, kw) => {
  noArgs('upper', args, kw);
  const s = sv(args[0]);
  if (typeof s === 'string' && ASCII_RE.test(s)) return s.toUpperCase();
  return mapCase(s, (c, i) => upperCp(c[i]));
});
method(strType, 'casefold', (args, kw) => {
  noArgs('casefold', args, kw);
  const s = sv(args[0]);
  if (typeof s === 'string' && ASCII_RE.test(s)) return s.toLowerCase();
  return mapCase(s, (c, i) => foldCp(c[i]));
});
method(strType, 'swapcase', (args, kw) => {
  noArgs('swapcase', args, kw);
  return mapCase(sv(args[0]), (c, i) => (isUpperCp(c[i]) ? lowerAt(c, i) : isLowerCp(c[i]) ? upperCp(c[i]) : String.fromCodePoint(c[i])));
});
method(strType, 'title', (args, kw) => {
  noArgs('title', args, kw);
  return mapCase(sv(args[0]), (c, i, prev) => (prev ? lowerAt(c, i) : titleCp(c[i])), true);
});
method(strType, 'capitalize', (args, kw) => {
  noArgs('capitalize', args, kw);
  return mapCase(sv(args[0]), (c, i) => (i === 0 ? titleCp(c[i]) : lowerAt(c, i)));
});

// ---------------------------------------------------------------- predicates

function allCps(name: string, test: (c: number) => boolean, emptyResult = false): void {
  method(strType, name, (args, kw) => {
    noArgs(name, args, kw);
    const c = cpView(sv(args[0]));
    if (c.length === 0) return emptyResult;
    for (let i = 0; i < c.length; i++) if (!test(c[i])) return false;
    return true;
  });
}
allCps('isspace', isSpaceCp);
allCps('isalpha', isAlphaCp);
allCps('isalnum', isAlnumCp);
allCps('isdecimal', isDecimalCp);
allCps('isdigit', isDigitCp);
allCps('isnumeric', isNumericCp);
allCps('isascii', (c) => c < 128, true);
allCps('isprintable', (c) => isPrintable(c), true);

method(strType, 'islower', (args, kw) => {
  noArgs('islower', args, kw);
  const c = cpView(sv(args[0]));
  let cased = false;
  for (let i = 0; i < c.length; i++) {
    if (isUpperCp(c[i]) || isTitleCp(c[i])) return false;
    if (!cased && isLowerCp(c[i])) cased = true;
  }
  return cased;
});
method(strType, 'isupper', (args, kw) => {
  noArgs('isupper', args, kw);
  const c = cpView(sv(args[0]));
  let cased = false;
  for (let i = 0; i < c.length; i++) {
    if (isLowerCp(c[i]) || isTitleCp(c[i])) return false;
    if (!cased && isUpperCp(c[i])) cased = true;
  }
  return cased;
});
method(strType, 'istitle', (args, kw) => {
  noArgs('istitle', args, kw);
  const c = cpView(sv(args[0]));
  let cased = false;
  let prev = false;
  for (let i = 0; i < c.length; i++) {
    const x = c[i];
    if (isUpperCp(x) || isTitleCp(x)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerCp(x)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
});

export function isIdentifier(s: Str): boolean {
  const c = cpView(s);
  if (c.length === 0 || !isXidStartCp(c[0])) return false;
  for (let i = 1; i < c.length; i++) if (!isXidContinueCp(c[i])) return false;
  return true;
}
method(strType, 'isidentifier', (args, kw) => {
  noArgs('isidentifier', args, kw);
  return isIdentifier(sv(args[0]));
});

// ---------------------------------------------------------------- translate, maketrans

method(strType, 'translate', (args, kw) => {
  const table = oneArg('translate', args, kw);
  const s = sv(args[0]);
  const c = cpView(s);
  const out: number[] = [];
  const cache = new Map<number, number[] | null>();
  for (let i = 0; i < c.length; i++) {
    const cp = c[i];
    let m = cache.get(cp);
    if (m === undefined) {
      m = translateOne(table, cp);
      cache.set(cp, m);
    }
    if (m === null) out.push(cp);
    else for (const x of m) out.push(x);
  }
  return fromCps(out);
});

/** The replacement code points for cp (null: unchanged). */
function translateOne(table: Value, cp: number): number[] | null {
  let r: Value;
  if (table instanceof PyDict && table.ob_type === dictType) {
    const v = table.get(cp);
    if (v === null) return null;
    r = v;
  } else try {
    r = A.getItem(table, cp);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(LookupError)) return null;
    throw e;
  }
  if (r === None) return [];
  const i = A.intValue(r);
  if (i !== null && typeof r !== 'boolean') {
    if (i < 0 || i > 0x10ffff) valueError('character mapping must be in range(0x110000)');
    return [Number(i)];
  }
  const t = strOf(r);
  if (t !== null) return Array.from(cpsOf(t));
  return typeError('character mapping must return integer, None or str');
}

staticMethod(strType, 'maketrans', (args, kw) => {
  noKw('maketrans', kw);
  checkPositional('maketrans', args.length, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const x = args[0];
    if (!(x instanceof PyDict)) typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of (x as PyDict).entries()) {
      const ks = strOf(k);
      if (ks !== null) {
        if (strLen(ks) !== 1) valueError('string keys in translate table must be of length 1');
        d.set(cpsOf(ks)[0], v);
      } else if (A.intValue(k) !== null) d.set(A.intValue(k)!, v);
      else typeError('keys in translate table must be strings or integers');
    }
    return d;
  }
  const x = strOf(args[0]);
  if (x === null) typeError(`maketrans() argument 1 must be str, not ${A.typeName(args[0])}`);
  const y = strOf(args[1]);
  if (y === null) typeError(`maketrans() argument 2 must be str, not ${A.typeName(args[1])}`);
  let z: Str | null = null;
  if (args.length > 2) {
    z = strOf(args[2]);
    if (z === null) typeError(`maketrans() argument 3 must be str, not ${A.typeName(args[2])}`);
  }
  const xc = cpsOf(x!);
  const yc = cpsOf(y!);
  if (xc.length !== yc.length) valueError('the first two maketrans arguments must have equal length');
  for (let i = 0; i < xc.length; i++) d.set(xc[i], yc[i]);
  if (z !== null) {
    const zc = cpsOf(z);
    for (let i = 0; i < zc.length; i++) d.set(zc[i], None);
  }
  return d;
});

// ---------------------------------------------------------------- encode, format

method(strType, 'encode', (args, kw) => {
  const [enc, err] = parseArgs('encode', args.slice(1), kw, ['encoding', 'errors'], 0);
  if (enc !== null && strOf(enc) === null) typeError(`encode() argument 'encoding' must be str, not ${A.typeName(enc)}`);
  if (err !== null && strOf(err) === null) typeError(`encode() argument 'errors' must be str, not ${A.typeName(err)}`);
  const codecs = lazy_codecs();
  return codecs.encode(sv(args[0]), enc === null ? 'utf-8' : A.strValue(enc), err === null ? 'strict' : A.strValue(err));
});

method(strType, 'format', (args, kw) => {
  const sf = lazy_str_format();
  const n = npos(args, kw);
  const kwargs = new PyDict();
  if (kw !== null) for (let k = 0; k < kw.length; k++) kwargs.set(kw[k], args[n + k]);
  return sf.strFormat(sv(args[0]), args.slice(1, n), kwargs);
});
method(strType, 'format_map', (args, kw) => {
  const mapping = oneArg('format_map', args, kw);
  const sf = lazy_str_format();
  return sf.strFormat(sv(args[0]), [], mapping, true);
});

export { textOf, strOf };
