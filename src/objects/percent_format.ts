/**
 * printf-style formatting: str % args (PyUnicode_Format) and bytes % args
 * (_PyBytes_FormatEx), with mapping keys, the - + space # 0 flags, * widths
 * and precisions, and every conversion CPython accepts.
 */
import type { Value } from './base';
import { PyTuple, PyBytes, PyByteArray } from './containers';
import { PyFloat } from './float_object';
import { typeOf, floatType } from './types';
import { typeError, valueError, overflowError } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { doubleToString, DTSF_ALT, DTSF_SIGN } from './format_spec';
import { type Str, textOf, strOf } from './wstr';
import { bytesRepr } from './repr';
import { newException, MemoryError } from './exceptions';

const SSIZE_MAX = 9223372036854775807n;
/** Longer strings than V8 can make: CPython would try, and fail with MemoryError, at sizes like these. */
const MAX_STRING = 2 ** 29 - 24;
import { lazy } from '../util/lazy';
const lazy_ops = lazy(() => require('../vm/ops') as typeof import('../vm/ops'));

interface Spec {
  left: boolean;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  prec: number;
  type: string;
}

interface Args {
  items: Value[];
  pos: number;
  dict: Value | null;
  /** The whole right operand (a single non-tuple value is one argument). */
  single: boolean;
}

function nextArg(a: Args): Value {
  if (a.pos >= a.items.length) typeError('not enough arguments for format string');
  return a.items[a.pos++];
}

function isMapping(v: Value): boolean {
  return !(v instanceof PyTuple) && strOf(v) === null && !(v instanceof PyBytes) && !(v instanceof PyByteArray) && typeOf(v).lookup('__getitem__') !== null;
}

/** Parse the text after '%' at i; calls `conv` for each conversion and returns the formatted text. */
function run(fmt: string, operand: Value, bytes: boolean, conv: (spec: Spec, v: Value) => string): string {
  const a: Args = operand instanceof PyTuple ? { items: operand.items, pos: 0, dict: null, single: false } : { items: [operand], pos: 0, dict: null, single: true };
  if (isMapping(operand)) a.dict = operand;
  let out = '';
  let i = 0;
  const n = fmt.length;
  let usedKey = false;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) valueError('incomplete format');
    let src: Args = a;
    if (fmt[i] === '(') {
      if (a.dict === null) typeError('format requires a mapping');
      let depth = 1;
      const k0 = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === '(') depth++;
        else if (fmt[i] === ')') depth--;
        i++;
      }
      if (depth > 0) valueError('incomplete format key');
      const key = fmt.slice(k0, i - 1);
      const v = A.getItem(a.dict!, bytes ? new PyBytes(Uint8Array.from(key, (c) => c.charCodeAt(0))) : A.mkStr(key));
      src = { items: [v], pos: 0, dict: null, single: true };
      usedKey = true;
    }
    const spec: Spec = { left: false, sign: '', alt: false, zero: false, width: -1, prec: -1, type: '' };
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') spec.left = true;
      else if (c === '+') spec.sign = '+';
      else if (c === ' ') {
        if (spec.sign !== '+') spec.sign = ' ';
      } else if (c === '#') spec.alt = true;
      else if (c === '0') spec.zero = true;
      else break;
    }
    if (fmt[i] === '*') {
      const w = nextArg(src);
      if (A.intValue(w) === null) typeError('* wants int');
      spec.width = Number(A.intValue(w));
      if (spec.width < 0) {
        spec.left = true;
        spec.width = -spec.width;
      }
      i++;
    } else {
      let w = '';
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') w += fmt[i++];
      if (w.length > 18 && BigInt(w) > SSIZE_MAX) valueError('width too big');
      if (w) spec.width = Number(w);
    }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = nextArg(src);
        if (A.intValue(p) === null) typeError('* wants int');
        spec.prec = Math.max(0, Number(A.intValue(p)));
        i++;
      } else {
        let p = '';
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') p += fmt[i++];
        if (p.length > 18 && BigInt(p) > SSIZE_MAX) valueError('precision too big');
        spec.prec = p ? Number(p) : 0;
      }
    }
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) valueError('incomplete format');
    spec.type = fmt[i++];
    if (spec.type === '%') {
      out += '%';
      continue;
    }
    const v = nextArg(src);
    out += conv(spec, v);
  }
  if (!usedKey && a.pos < a.items.length && a.dict === null) typeError(`not all arguments converted during ${bytes ? 'bytes' : 'string'} formatting`);
  return out;
}

function pad(body: string, spec: Spec, signAndPrefix = '', numeric = false): string {
  const len = [...signAndPrefix].length + [...body].length;
  if (spec.width <= len) return signAndPrefix + body;
  const fill = spec.width - len;
  if (spec.width > MAX_STRING) throw newException(MemoryError);
  if (spec.left) return signAndPrefix + body + ' '.repeat(fill);
  if (spec.zero && numeric) return signAndPrefix + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + signAndPrefix + body;
}

function formatInt(spec: Spec, v: Value, index: number, bytes: boolean): string {
  const t = spec.type;
  let iv: I.Int | null = A.intValue(v);
  if (iv === null) {
    if (t === 'd' || t === 'i' || t === 'u') {
      if (v instanceof PyFloat) {
        if (!Number.isFinite(v.value)) overflowError(Number.isNaN(v.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
        iv = I.norm(BigInt(Math.trunc(v.value)));
      } else if (typeOf(v).lookup('__int__') !== null || typeOf(v).lookup('__index__') !== null) {
        iv = A.intValue(A.call(A.intType, [v]));
      } else typeError(`%${t} format: a real number is required, not ${A.typeName(v)}`);
    } else {
      if (typeOf(v).lookup('__index__') === null) typeError(`%${t} format: an integer is required, not ${A.typeName(v)}`);
      iv = A.asIndex(v);
    }
  }
  void index;
  void bytes;
  const x = BigInt(iv!);
  const neg = x < 0n;
  const mag = neg ? -x : x;
  let digits: string;
  let prefix = '';
  switch (t) {
    case 'o':
      digits = mag.toString(8);
      if (spec.alt) prefix = '0o';
      break;
    case 'x':
      digits = mag.toString(16);
      if (spec.alt) prefix = '0x';
      break;
    case 'X':
      digits = mag.toString(16).toUpperCase();
      if (spec.alt) prefix = '0X';
      break;
    default:
      digits = mag.toString();
  }
  if (spec.prec > digits.length) digits = '0'.repeat(spec.prec - digits.length) + digits;
  const sign = neg ? '-' : spec.sign;
  return pad(digits, spec, sign + prefix, true);
}

function formatFloat(spec: Spec, v: Value): string {
  let x: number;
  if (v instanceof PyFloat) x = v.value;
  else {
    const f = A.floatValue(v);
    if (f === null) {
      if (typeOf(v).lookup('__float__') === null && typeOf(v).lookup('__index__') === null) typeError(`must be real number, not ${A.typeName(v)}`);
      x = (A.call(floatType, [v]) as PyFloat).value;
    } else x = f;
  }
  const prec = spec.prec < 0 ? 6 : spec.prec;
  if (prec > 2147483647) valueError('precision too big');
  let flags = spec.alt ? DTSF_ALT : 0;
  if (spec.sign === '+') flags |= DTSF_SIGN;
  let s = doubleToString(x, spec.type, prec, flags);
  if (spec.sign === ' ' && s[0] !== '-') s = ' ' + s;
  let sign = '';
  if (s[0] === '-' || s[0] === '+' || s[0] === ' ') {
    sign = s[0];
    s = s.slice(1);
  }
  return pad(s, spec, sign, Number.isFinite(x));
}

function truncate(s: string, prec: number): string {
  if (prec < 0) return s;
  const cps = [...s];
  return cps.length > prec ? cps.slice(0, prec).join('') : s;
}

/** str % operand. */
export function strPercentFormat(fmt: Str, operand: Value): Value {
  const ops = lazy_ops();
  const out = run(textOf(fmt), operand, false, (spec, v) => {
    switch (spec.type) {
      case 's':
        return pad(truncate(A.str(v), spec.prec), spec);
      case 'r':
        return pad(truncate(A.repr(v), spec.prec), spec);
      case 'a':
        return pad(truncate(ops.asciiOf(A.repr(v)), spec.prec), spec);
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        return formatInt(spec, v, 0, false);
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        return formatFloat(spec, v);
      case 'c': {
        const s = strOf(v);
        if (s !== null) {
          const t = textOf(s);
          if ([...t].length !== 1) typeError('%c requires int or char');
          return pad(t, spec);
        }
        if (A.intValue(v) === null && typeOf(v).lookup('__index__') === null) typeError('%c requires int or char');
        const c = A.asIndex(v);
        if (c < 0 || c > 0x10ffff) overflowError('%c arg not in range(0x110000)');
        return pad(String.fromCodePoint(Number(c)), spec);
      }
      default:
        return unsupported(spec.type, textOf(fmt));
    }
  });
  return A.mkStr(out);
}

function unsupported(c: string, fmt: string): never {
  // CPython reports the index of the conversion character in the format.
  let idx = 0;
  for (let i = fmt.indexOf('%'); i >= 0; i = fmt.indexOf('%', i + 1)) {
    let j = i + 1;
    while (j < fmt.length && /[-+ #0-9.*hlL(]/.test(fmt[j])) {
      if (fmt[j] === '(') {
        const close = fmt.indexOf(')', j);
        j = close < 0 ? fmt.length : close + 1;
      } else j++;
    }
    if (fmt[j] === c) {
      idx = j;
      break;
    }
    if (fmt[j] === '%') i = j;
  }
  const cp = c.codePointAt(0)!;
  const shown = cp >= 32 && cp < 127 ? c : '?';
  return valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${idx}`);
}

function latinOf(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

/** bytes % operand: the formatted bytes. */
export function bytesPercentFormat(fmt: Uint8Array, operand: Value): Uint8Array {
  const f = latinOf(fmt);
  const out = run(f, operand, true, (spec, v) => {
    switch (spec.type) {
      case 's':
      case 'b': {
        let b: Uint8Array | null = v instanceof PyBytes ? v.bytes : v instanceof PyByteArray ? v.view() : null;
        if (b === null && typeof v === 'object') {
          const m = typeOf(v).lookup('__bytes__');
          if (m !== null) b = (A.callDescr(m, v, []) as PyBytes).bytes;
        }
        if (b === null) typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${A.typeName(v)}'`);
        return pad(truncate(latinOf(b!), spec.prec), spec);
      }
      case 'r':
      case 'a': {
        const ops = lazy_ops();
        return pad(truncate(ops.asciiOf(A.repr(v)), spec.prec), spec);
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        return formatInt(spec, v, 0, true);
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        return formatFloat(spec, v);
      case 'c': {
        if (v instanceof PyBytes || v instanceof PyByteArray) {
          const b = v instanceof PyBytes ? v.bytes : v.view();
          if (b.length !== 1) typeError('%c requires an integer in range(256) or a single byte');
          return pad(String.fromCharCode(b[0]), spec);
        }
        if (A.intValue(v) === null) typeError('%c requires an integer in range(256) or a single byte');
        const c = A.intValue(v)!;
        if (c < 0 || c > 255) overflowError('%c arg not in range(256)');
        return pad(String.fromCharCode(Number(c)), spec);
      }
      default:
        return unsupported(spec.type, f);
    }
  });
  const r = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) r[i] = out.charCodeAt(i) & 0xff;
  return r;
}

export { bytesRepr };
