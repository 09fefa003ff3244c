/**
 * str.format / str.format_map (Objects/stringlib/unicode_format.h): literal
 * text with {{ and }}, replacement fields with automatic or manual numbering,
 * attribute and index lookups, !r/!s/!a conversions and format specs that may
 * themselves contain fields (two levels deep, as CPython).
 */
import type { Value } from './base';
import { PyDict } from './dict';
import { newException, valueError, IndexError, KeyError } from './exceptions';
import * as A from './abstract';
import { type Str, textOf } from './wstr';
import { lazy } from '../util/lazy';
const lazy_ops = lazy(() => require('../vm/ops') as typeof import('../vm/ops'));

interface State {
  args: Value[];
  kwargs: Value;
  isMap: boolean;
  /** Next automatic index; -1 once a manual index was used, -2 before either. */
  auto: number;
  manual: boolean;
}

/** `s.format(*args, **kwargs)`; with isMap, `kwargs` is format_map's mapping. */
export function strFormat(s: Str, args: Value[], kwargs: Value, isMap = false): Value {
  const st: State = { args, kwargs, isMap, auto: 0, manual: false };
  const text = textOf(s);
  const out = build(text, st, 2);
  return typeof s === 'string' && !/[\uD800-\uDFFF]/.test(out) ? out : A.mkStr(out);
}

function build(text: string, st: State, depth: number): string {
  if (depth <= 0) valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '}') {
      if (text[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      valueError("Single '}' encountered in format string");
    }
    if (c !== '{') {
      const j = nextBrace(text, i);
      out += text.slice(i, j);
      i = j;
      continue;
    }
    if (text[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    if (i + 1 >= n) valueError("Single '{' encountered in format string");
    i = field(text, i + 1, st, depth, (r) => {
      out += r;
    });
  }
  return out;
}

function nextBrace(text: string, i: number): number {
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 123 || c === 125) return j;
  }
  return text.length;
}

/** Parse and render one field starting after its '{'; returns the index after its '}'. */
function field(text: string, i: number, st: State, depth: number, emit: (r: string) => void): number {
  const n = text.length;
  const nameStart = i;
  while (i < n) {
    const c = text[i];
    if (c === '[') {
      while (i < n && text[i] !== ']') i++;
      if (i >= n) break;
      i++;
      continue;
    }
    if (c === '{') valueError("unexpected '{' in field name");
    if (c === '}' || c === ':' || c === '!') break;
    i++;
  }
  if (i >= n) valueError("expected '}' before end of string");
  const name = text.slice(nameStart, i);
  let conv = '';
  let spec = '';
  if (text[i] === '!') {
    if (i + 1 >= n) valueError("unmatched '{' in format spec");
    conv = text[i + 1];
    i += 2;
    if (i >= n) valueError("unmatched '{' in format spec");
    if (text[i] !== ':' && text[i] !== '}') valueError("expected ':' after conversion specifier");
  }
  if (text[i] === ':') {
    i++;
    const specStart = i;
    let count = 1;
    while (i < n) {
      const c = text[i];
      if (c === '{') count++;
      else if (c === '}') {
        count--;
        if (count === 0) break;
      }
      i++;
    }
    if (i >= n) valueError("unmatched '{' in format spec");
    spec = text.slice(specStart, i);
  }
  // text[i] is the closing '}'.
  let obj = getField(name, st);
  switch (conv) {
    case '':
      break;
    case 'r':
      obj = A.mkStr(A.repr(obj));
      break;
    case 's':
      obj = A.strObj(obj);
      break;
    case 'a': {
      const ops = lazy_ops();
      obj = A.mkStr(ops.asciiOf(A.repr(obj)));
      break;
    }
    default:
      valueError(`Unknown conversion specifier ${conv}`);
  }
  if (spec.includes('{')) spec = build(spec, st, depth - 1);
  const ops = lazy_ops();
  emit(A.strValue(ops.format(obj, A.mkStr(spec))));
  return i + 1;
}

/** get_integer: a field number or index, ValueError past Py_ssize_t. */
function fieldIndex(digits: string): number {
  if (digits.length > 18 && BigInt(digits) > 9223372036854775807n) valueError('Too many decimal digits in format string');
  return Number(digits);
}

function isDigits(s: string): boolean {
  return s.length > 0 && /^[0-9]+$/.test(s);
}

/** get_field_object: the first part names an argument, then .attr and [key] parts. */
function getField(name: string, st: State): Value {
  let i = 0;
  const n = name.length;
  while (i < n && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let obj: Value;
  if (first === '') {
    if (st.manual) valueError('cannot switch from manual field specification to automatic field numbering');
    if (st.isMap) valueError('Format string contains positional fields');
    const k = st.auto++;
    obj = positional(st, k);
  } else if (isDigits(first)) {
    if (st.auto > 0) valueError('cannot switch from automatic field numbering to manual field specification');
    st.manual = true;
    if (st.isMap) valueError('Format string contains positional fields');
    obj = positional(st, fieldIndex(first));
  } else {
    const kw = st.kwargs;
    if (kw instanceof PyDict && !st.isMap) {
      const v = kw.getStr(first);
      if (v === null || v === undefined) throw newException(KeyError, first);
      obj = v;
    } else obj = A.getItem(kw, A.mkStr(first));
  }
  while (i < n) {
    const c = name[i];
    if (c === '.') {
      const j0 = ++i;
      while (i < n && name[i] !== '.' && name[i] !== '[') i++;
      const attr = name.slice(j0, i);
      if (attr === '') valueError('Empty attribute in format string');
      obj = A.getAttr(obj, attr);
    } else if (c === '[') {
      const j0 = ++i;
      while (i < n && name[i] !== ']') i++;
      if (i >= n) valueError("Missing ']' in format string");
      const key = name.slice(j0, i);
      if (key === '') valueError('Empty attribute in format string');
      i++;
      obj = A.getItem(obj, isDigits(key) ? fieldIndex(key) : A.mkStr(key));
      if (i < n && name[i] !== '.' && name[i] !== '[') valueError("Only '.' or '[' may follow ']' in format field specifier");
    } else valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function positional(st: State, k: number): Value {
  if (k >= st.args.length) throw newException(IndexError, `Replacement index ${k} out of range for positional args tuple`);
  return st.args[k];
}
