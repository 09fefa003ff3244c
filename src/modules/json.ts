/**
 * _json (Modules/_json.c): the scanner json.decoder uses (make_scanner,
 * scanstring), the one-shot encoder json.encoder uses when indent is None
 * (make_encoder), and encode_basestring(_ascii). Same results, errors and
 * positions as the C module; positions are code-point indexes, so a str
 * with astral characters is scanned through an index map.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType } from '../objects/type';
import { PyList, PyTuple, PyWStr, tuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFloat } from '../objects/float_object';
import { typeType, objectType, None, typeOf, floatType, intType, listType, tupleType, dictType, strType, boolType } from '../objects/types';
import { newException, typeError, ValueError, StopIteration, RecursionError } from '../objects/exceptions';
import { getset, method, moduleFunction, newMethod, parseArgs } from '../objects/define';
import { floatRepr } from '../objects/repr';
import { intFromStr } from '../objects/int_type';
import * as A from '../objects/abstract';
import { ts } from '../vm/thread_state';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';
const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));

// ---------------------------------------------------------------- text with code-point positions

/** A str as UTF-16 text plus the maps between code-point and code-unit positions (identity unless astral). */
class Text {
  readonly s: string;
  private readonly cu: number[] | null = null;
  constructor(readonly obj: Value) {
    this.s = A.strValue(obj);
    if (obj instanceof PyWStr || (typeof obj !== 'string' && /[\ud800-\udfff]/.test(this.s))) {
      this.cu = [];
      for (let i = 0; i < this.s.length; i++) {
        this.cu.push(i);
        const c = this.s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < this.s.length) {
          const d = this.s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) i++;
        }
      }
      this.cu.push(this.s.length);
    }
  }

  /** Length in code points. */
  get length(): number {
    return this.cu === null ? this.s.length : this.cu.length - 1;
  }

  /** Code-unit offset of code point `i`. */
  unit(i: number): number {
    return this.cu === null ? i : this.cu[i];
  }

  /** Code-point index of code unit `u`. */
  point(u: number): number {
    if (this.cu === null) return u;
    let lo = 0;
    let hi = this.cu.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cu[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function decodeError(msg: string, t: Text, unitPos: number): never {
  const dec = lazy_imports().importModule('json.decoder');
  const cls = A.getAttr(dec, 'JSONDecodeError');
  throw A.call(cls, [msg, t.obj, t.point(unitPos)]) as unknown as Error;
}

function stopIteration(t: Text, unitPos: number): never {
  const e = newException(StopIteration, t.point(unitPos));
  throw e;
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** scanstring_unicode: the string whose opening quote is just before `end` (code units); returns the value and the index after the closing quote. */
function scanString(t: Text, end: number, strict: boolean): [Value, number] {
  const s = t.s;
  const len = s.length;
  const begin = end - 1;
  let out = '';
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) decodeError('Invalid control character at', t, next);
    }
    if (next >= len || !(c === 0x22 || c === 0x5c)) decodeError('Unterminated string starting at', t, begin);
    if (next > end) out += s.slice(end, next);
    next++;
    if (c === 0x22) {
      end = next;
      break;
    }
    if (next === len) decodeError('Unterminated string starting at', t, begin);
    c = s.charCodeAt(next);
    if (c !== 0x75) {
      end = next + 1;
      switch (c) {
        case 0x22: case 0x5c: case 0x2f: break;
        case 0x62: c = 8; break;
        case 0x66: c = 12; break;
        case 0x6e: c = 10; break;
        case 0x72: c = 13; break;
        case 0x74: c = 9; break;
        default: c = 0;
      }
      if (c === 0) decodeError('Invalid \\escape', t, end - 2);
      out += String.fromCharCode(c);
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) decodeError('Invalid \\uXXXX escape', t, next - 1);
    c = 0;
    for (; next < end; next++) {
      const h = hexDigit(s.charCodeAt(next));
      if (h < 0) decodeError('Invalid \\uXXXX escape', t, end - 5);
      c = (c << 4) | h;
    }
    if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && s.charCodeAt(next) === 0x5c && s.charCodeAt(next + 1) === 0x75) {
      next += 2;
      let c2 = 0;
      end += 6;
      for (; next < end; next++) {
        const h = hexDigit(s.charCodeAt(next));
        if (h < 0) decodeError('Invalid \\uXXXX escape', t, end - 5);
        c2 = (c2 << 4) | h;
      }
      if (c2 >= 0xdc00 && c2 <= 0xdfff) {
        out += String.fromCharCode(c, c2);
        continue;
      }
      end -= 6;
    }
    out += String.fromCharCode(c);
  }
  return [A.mkStr(out), end];
}

// ---------------------------------------------------------------- the scanner

const scannerType = new PyType(typeType, '_json.Scanner', [objectType], 0);

class Scanner extends PyObject {
  strict = true;
  objectHook: Value = None;
  pairsHook: Value = None;
  parseFloat: Value = None;
  parseInt: Value = None;
  parseConstant: Value = None;
  memo = new PyDict();
  constructor() {
    super(scannerType);
  }
}

function enter(where: string): void {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw newException(RecursionError, `maximum recursion depth exceeded${where}`);
  }
}

function scanOnce(sc: Scanner, t: Text, idx: number): [Value, number] {
  const s = t.s;
  const len = s.length;
  if (idx < 0) throw newException(ValueError, 'idx cannot be negative');
  if (idx >= len) stopIteration(t, idx);
  const c = s.charCodeAt(idx);
  switch (c) {
    case 0x22:
      return scanString(t, idx + 1, sc.strict);
    case 0x7b: {
      enter(' while decoding a JSON object from a unicode string');
      try {
        return parseObject(sc, t, idx + 1);
      } finally {
        ts.depth--;
      }
    }
    case 0x5b: {
      enter(' while decoding a JSON array from a unicode string');
      try {
        return parseArray(sc, t, idx + 1);
      } finally {
        ts.depth--;
      }
    }
    case 0x6e:
      if (s.startsWith('null', idx)) return [None, idx + 4];
      break;
    case 0x74:
      if (s.startsWith('true', idx)) return [true, idx + 4];
      break;
    case 0x66:
      if (s.startsWith('false', idx)) return [false, idx + 5];
      break;
    case 0x4e:
      if (s.startsWith('NaN', idx)) return [A.call(sc.parseConstant, ['NaN']), idx + 3];
      break;
    case 0x49:
      if (s.startsWith('Infinity', idx)) return [A.call(sc.parseConstant, ['Infinity']), idx + 8];
      break;
    case 0x2d:
      if (s.startsWith('-Infinity', idx)) return [A.call(sc.parseConstant, ['-Infinity']), idx + 9];
      break;
  }
  return matchNumber(sc, t, idx);
}

function matchNumber(sc: Scanner, t: Text, start: number): [Value, number] {
  const s = t.s;
  const endIdx = s.length - 1;
  let idx = start;
  let isFloat = false;
  if (s.charCodeAt(idx) === 0x2d) {
    idx++;
    if (idx > endIdx) stopIteration(t, start);
  }
  const c = s.charCodeAt(idx);
  if (c >= 0x31 && c <= 0x39) {
    idx++;
    while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++;
  } else if (c === 0x30) idx++;
  else stopIteration(t, start);
  if (idx < endIdx && s.charCodeAt(idx) === 0x2e && isDigit(s.charCodeAt(idx + 1))) {
    isFloat = true;
    idx += 2;
    while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++;
  }
  if (idx < endIdx && (s.charCodeAt(idx) === 0x65 || s.charCodeAt(idx) === 0x45)) {
    const eStart = idx;
    idx++;
    if (idx < endIdx && (s.charCodeAt(idx) === 0x2d || s.charCodeAt(idx) === 0x2b)) idx++;
    while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++;
    if (isDigit(s.charCodeAt(idx - 1))) isFloat = true;
    else idx = eStart;
  }
  const text = s.slice(start, idx);
  if (isFloat) {
    if (sc.parseFloat !== floatType) return [A.call(sc.parseFloat, [text]), idx];
    return [new PyFloat(Number(text)), idx];
  }
  if (sc.parseInt !== intType) return [A.call(sc.parseInt, [text]), idx];
  return [intFromStr(text, 10), idx];
}

function parseObject(sc: Scanner, t: Text, idx: number): [Value, number] {
  const s = t.s;
  const endIdx = s.length - 1;
  const pairs: Value[] | null = sc.pairsHook !== None ? [] : null;
  const d = pairs === null ? new PyDict() : null;
  while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
  if (idx > endIdx || s.charCodeAt(idx) !== 0x7d) {
    for (;;) {
      if (idx > endIdx || s.charCodeAt(idx) !== 0x22) decodeError('Expecting property name enclosed in double quotes', t, idx);
      let key: Value;
      [key, idx] = scanString(t, idx + 1, sc.strict);
      const memo = sc.memo.get(key);
      if (memo !== null) key = memo;
      else sc.memo.set(key, key);
      while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
      if (idx > endIdx || s.charCodeAt(idx) !== 0x3a) decodeError("Expecting ':' delimiter", t, idx);
      idx++;
      while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
      let val: Value;
      [val, idx] = scanOnce(sc, t, idx);
      if (pairs !== null) pairs.push(tuple([key, val]));
      else d!.set(key, val);
      while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
      if (idx <= endIdx && s.charCodeAt(idx) === 0x7d) break;
      if (idx > endIdx || s.charCodeAt(idx) !== 0x2c) decodeError("Expecting ',' delimiter", t, idx);
      idx++;
      while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
    }
  }
  if (pairs !== null) return [A.call(sc.pairsHook, [new PyList(pairs)]), idx + 1];
  if (sc.objectHook !== None) return [A.call(sc.objectHook, [d!]), idx + 1];
  return [d!, idx + 1];
}

function parseArray(sc: Scanner, t: Text, idx: number): [Value, number] {
  const s = t.s;
  const endIdx = s.length - 1;
  const items: Value[] = [];
  while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
  if (idx > endIdx || s.charCodeAt(idx) !== 0x5d) {
    for (;;) {
      let val: Value;
      [val, idx] = scanOnce(sc, t, idx);
      items.push(val);
      while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
      if (idx <= endIdx && s.charCodeAt(idx) === 0x5d) break;
      if (idx > endIdx || s.charCodeAt(idx) !== 0x2c) decodeError("Expecting ',' delimiter", t, idx);
      idx++;
      while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
    }
  }
  if (idx > endIdx || s.charCodeAt(idx) !== 0x5d) decodeError('Expecting value', t, endIdx);
  return [new PyList(items), idx + 1];
}

newMethod(scannerType, (_cls, args, kwnames) => {
  const [ctx] = parseArgs('make_scanner', args, kwnames, ['context'], 1);
  const sc = new Scanner();
  sc.strict = A.isTrue(A.getAttr(ctx!, 'strict'));
  sc.objectHook = A.getAttr(ctx!, 'object_hook');
  sc.pairsHook = A.getAttr(ctx!, 'object_pairs_hook');
  sc.parseFloat = A.getAttr(ctx!, 'parse_float');
  sc.parseInt = A.getAttr(ctx!, 'parse_int');
  sc.parseConstant = A.getAttr(ctx!, 'parse_constant');
  return sc;
});
method(scannerType, '__call__', (args, kwnames) => {
  const sc = args[0] as Scanner;
  const [str, idxV] = parseArgs('scan_once', args.slice(1), kwnames, ['string', 'idx'], 2);
  if (!A.isStr(str!)) typeError(`first argument must be a string, not ${A.typeName(str!)}`);
  const t = new Text(str!);
  const idx = Number(A.asIndex(idxV!));
  try {
    const [v, end] = scanOnce(sc, t, idx < 0 ? idx : idx > t.length ? t.s.length + 1 : t.unit(idx));
    return tuple([v, t.point(end)]);
  } finally {
    sc.memo = new PyDict();
  }
});
for (const [name, get] of [
  ['strict', (s: Scanner) => s.strict], ['object_hook', (s: Scanner) => s.objectHook], ['object_pairs_hook', (s: Scanner) => s.pairsHook],
  ['parse_float', (s: Scanner) => s.parseFloat], ['parse_int', (s: Scanner) => s.parseInt], ['parse_constant', (s: Scanner) => s.parseConstant],
] as [string, (s: Scanner) => Value][]) {
  getset(scannerType, name, (o) => get(o as Scanner));
}

// ---------------------------------------------------------------- string encoding

function escapeAscii(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x5c && c !== 0x22) continue;
    out += s.slice(run, i);
    run = i + 1;
    switch (c) {
      case 0x5c: out += '\\\\'; break;
      case 0x22: out += '\\"'; break;
      case 8: out += '\\b'; break;
      case 12: out += '\\f'; break;
      case 10: out += '\\n'; break;
      case 13: out += '\\r'; break;
      case 9: out += '\\t'; break;
      default: out += '\\u' + c.toString(16).padStart(4, '0');
    }
  }
  return out + s.slice(run) + '"';
}

function escapeUnicode(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x5c && c !== 0x22) continue;
    out += s.slice(run, i);
    run = i + 1;
    switch (c) {
      case 0x5c: out += '\\\\'; break;
      case 0x22: out += '\\"'; break;
      case 8: out += '\\b'; break;
      case 12: out += '\\f'; break;
      case 10: out += '\\n'; break;
      case 13: out += '\\r'; break;
      case 9: out += '\\t'; break;
      default: out += '\\u' + c.toString(16).padStart(4, '0');
    }
  }
  return out + s.slice(run) + '"';
}

function strArg(v: Value): string {
  if (!A.isStr(v)) typeError(`first argument must be a string, not ${A.typeName(v)}`);
  return A.strValue(v);
}

// ---------------------------------------------------------------- the encoder

const encoderType = new PyType(typeType, '_json.Encoder', [objectType], 0);

class Encoder extends PyObject {
  constructor(
    readonly markers: Value, readonly dflt: Value, readonly encoder: Value, readonly indent: Value,
    readonly keySep: string, readonly itemSep: string, readonly sortKeys: boolean, readonly skipKeys: boolean,
    readonly allowNan: boolean, readonly fast: ((s: string) => string) | null,
  ) {
    super(encoderType);
  }
}

let asciiFn: Value = None;
let unicodeFn: Value = None;

function encodeFloat(e: Encoder, v: Value): string {
  const x = (v as PyFloat).value;
  if (!Number.isFinite(x)) {
    if (!e.allowNan) throw newException(ValueError, 'Out of range float values are not JSON compliant');
    return x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN';
  }
  return floatRepr(x);
}

function encodeString(e: Encoder, v: Value): string {
  if (e.fast !== null) return e.fast(A.strValue(v));
  const r = A.call(e.encoder, [v]);
  if (!A.isStr(r)) typeError(`encoder() must return a string, not ${A.typeName(r)}`);
  return A.strValue(r);
}

function isInt(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeOf(v).isSubtype(intType);
}

function intRepr(v: Value): string {
  return A.strValue(A.callDescr(intType.lookup('__repr__')!, v, []));
}

function markerEnter(e: Encoder, v: Value): Value | null {
  if (e.markers === None) return null;
  const ident = A.id(v);
  if ((e.markers as PyDict).get(ident) !== null) throw newException(ValueError, 'Circular reference detected');
  (e.markers as PyDict).set(ident, v);
  return ident;
}

function markerLeave(e: Encoder, ident: Value | null): void {
  if (ident !== null) (e.markers as PyDict).delete(ident);
}

function encodeObj(e: Encoder, v: Value, out: string[]): void {
  if (v === None) out.push('null');
  else if (v === true) out.push('true');
  else if (v === false) out.push('false');
  else if (A.isStr(v)) out.push(encodeString(e, v));
  else if (isInt(v)) out.push(intRepr(v));
  else {
    const t = typeOf(v);
    if (t === floatType || t.isSubtype(floatType)) out.push(encodeFloat(e, v));
    else if (t === listType || t === tupleType || t.isSubtype(listType) || t.isSubtype(tupleType)) {
      enter(' while encoding a JSON object');
      try {
        encodeList(e, v, out);
      } finally {
        ts.depth--;
      }
    } else if (t === dictType || t.isSubtype(dictType)) {
      enter(' while encoding a JSON object');
      try {
        encodeDict(e, v as PyDict, out);
      } finally {
        ts.depth--;
      }
    } else {
      const ident = markerEnter(e, v);
      const nv = A.call(e.dflt, [v]);
      enter(' while encoding a JSON object');
      try {
        encodeObj(e, nv, out);
      } finally {
        ts.depth--;
      }
      markerLeave(e, ident);
    }
  }
}

function encodeList(e: Encoder, v: Value, out: string[]): void {
  const items = (v as PyList | PyTuple).items;
  if (items.length === 0) {
    out.push('[]');
    return;
  }
  const ident = markerEnter(e, v);
  out.push('[');
  for (let i = 0; i < items.length; i++) {
    if (i) out.push(e.itemSep);
    encodeObj(e, items[i], out);
  }
  markerLeave(e, ident);
  out.push(']');
}

function encodeDict(e: Encoder, d: PyDict, out: string[]): void {
  if (d.size === 0) {
    out.push('{}');
    return;
  }
  const ident = markerEnter(e, d);
  out.push('{');
  let items: Value = A.callMethod(d, 'items', []);
  items = new PyList(A.toArray(items));
  if (e.sortKeys) A.callMethod(items, 'sort', []);
  let first = true;
  for (const it of (items as PyList).items) {
    const [key, value] = (it as PyTuple).items;
    let kstr: Value;
    if (A.isStr(key)) kstr = key;
    else if (typeOf(key) === floatType || typeOf(key).isSubtype(floatType)) kstr = encodeFloat(e, key);
    else if (key === true || key === false || key === None) kstr = key === true ? 'true' : key === false ? 'false' : 'null';
    else if (isInt(key)) kstr = intRepr(key);
    else if (e.skipKeys) continue;
    else typeError(`keys must be str, int, float, bool or None, not ${typeOf(key).name}`);
    if (!first) out.push(e.itemSep);
    first = false;
    out.push(encodeString(e, kstr!));
    out.push(e.keySep);
    encodeObj(e, value, out);
  }
  markerLeave(e, ident);
  out.push('}');
}

newMethod(encoderType, (_cls, args, kwnames) => {
  const names = ['markers', 'default', 'encoder', 'indent', 'key_separator', 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan'];
  const v = parseArgs('make_encoder', args, kwnames, names, 9);
  const [markers, dflt, enc, indent, ks, is, sortKeys, skipKeys, allowNan] = v as Value[];
  if (markers !== None && typeOf(markers) !== dictType && !typeOf(markers).isSubtype(dictType)) {
    typeError(`make_encoder() argument 1 must be dict or None, not ${A.typeName(markers)}`);
  }
  if (!A.isStr(ks)) typeError(`make_encoder() argument 5 must be str, not ${A.typeName(ks)}`);
  if (!A.isStr(is)) typeError(`make_encoder() argument 6 must be str, not ${A.typeName(is)}`);
  const fast = enc === asciiFn ? escapeAscii : enc === unicodeFn ? escapeUnicode : null;
  return new Encoder(markers, dflt, enc, indent, A.strValue(ks), A.strValue(is), A.isTrue(sortKeys), A.isTrue(skipKeys), A.isTrue(allowNan), fast);
});
method(encoderType, '__call__', (args, kwnames) => {
  const e = args[0] as Encoder;
  const [obj, level] = parseArgs('_iterencode', args.slice(1), kwnames, ['obj', '_current_indent_level'], 2);
  void level;
  const out: string[] = [];
  encodeObj(e, obj!, out);
  return new PyList([A.mkStr(out.join(''))]);
});
for (const [name, get] of [
  ['markers', (e: Encoder) => e.markers], ['default', (e: Encoder) => e.dflt], ['encoder', (e: Encoder) => e.encoder],
  ['indent', (e: Encoder) => e.indent], ['key_separator', (e: Encoder) => e.keySep], ['item_separator', (e: Encoder) => e.itemSep],
  ['sort_keys', (e: Encoder) => e.sortKeys], ['skipkeys', (e: Encoder) => e.skipKeys],
] as [string, (e: Encoder) => Value][]) {
  getset(encoderType, name, (o) => get(o as Encoder));
}
void strType;
void boolType;

registerNative('_json', () => {
  const m = newModule('_json', 'json speedups\n');
  const d = m.dict;
  asciiFn = moduleFunction(d, '_json', 'encode_basestring_ascii', (a) => {
    if (a.length !== 1) typeError(`encode_basestring_ascii() takes exactly one argument (${a.length} given)`);
    return escapeAscii(strArg(a[0]));
  });
  unicodeFn = moduleFunction(d, '_json', 'encode_basestring', (a) => {
    if (a.length !== 1) typeError(`encode_basestring() takes exactly one argument (${a.length} given)`);
    return A.mkStr(escapeUnicode(strArg(a[0])));
  });
  moduleFunction(d, '_json', 'scanstring', (a, k) => {
    const [str, endV, strictV] = parseArgs('scanstring', a, k, ['string', 'end', 'strict'], 2);
    const end = A.asSsize(endV!);
    strArg(str!);
    const t = new Text(str!);
    if (end < 0 || end > t.length) throw newException(ValueError, 'end is out of bounds');
    const [v, e] = scanString(t, t.unit(end), strictV === null ? true : A.isTrue(strictV));
    return tuple([v, t.point(e)]);
  });
  d.set('make_scanner', scannerType);
  d.set('make_encoder', encoderType);
  return m;
});
