/**
 * The AST optimizer (CPython 3.11 Python/ast_opt.c) as far as the compiler
 * needs it: constant folding of unary and binary operators with CPython's
 * size limits (safe_multiply, safe_power, safe_lshift), constant tuples,
 * `not (a in b)` -> `a not in b`, lists in `for` and `in` becoming tuples,
 * `__debug__`. A fold whose exact Python result this code cannot guarantee
 * throws CompilerNotImplemented instead of guessing.
 */
import { AST, BinOp, Constant, FormattedValue, JoinedStr, Tuple, type expr, type mod } from '../ast/nodes';
import { ELLIPSIS, PyBytes, PyComplex, PyFloat, type ConstantValue } from '../ast/constant';
import { ConstFrozenSet, ConstTuple, type ConstValue } from '../bytecode/constants';
import { notImplemented } from './errors';

const MAX_INT_SIZE = 128n;
const MAX_STR_SIZE = 4096;

function isInt(v: unknown): v is number | bigint {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
}

function numBits(v: bigint): bigint {
  if (v < 0n) v = -v;
  return BigInt(v.toString(2).length - (v === 0n ? 1 : 0));
}

function norm(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

type Folded = ConstValue | undefined;

function foldIntBinop(op: string, a: bigint, b: bigint): Folded {
  switch (op) {
    case 'Add':
      return norm(a + b);
    case 'Sub':
      return norm(a - b);
    case 'Mult':
      if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return undefined;
      return norm(a * b);
    case 'FloorDiv':
      return b === 0n ? undefined : norm(floorDiv(a, b));
    case 'Mod':
      return b === 0n ? undefined : norm(floorMod(a, b));
    case 'Pow':
      if (b < 0n) notImplemented('constant folding of an int to a negative power');
      if (a !== 0n && b > 0n && numBits(a) > MAX_INT_SIZE / b) return undefined;
      return norm(a ** b);
    case 'LShift':
      if (b < 0n) return undefined;
      if (a !== 0n && b !== 0n && (b > MAX_INT_SIZE || numBits(a) > MAX_INT_SIZE - b)) return undefined;
      return norm(a << b);
    case 'RShift':
      if (b < 0n) return undefined;
      return norm(a >> b);
    case 'BitAnd':
      return norm(a & b);
    case 'BitOr':
      return norm(a | b);
    case 'BitXor':
      return norm(a ^ b);
    case 'Div': {
      const lim = 2n ** 53n;
      if (b === 0n) return undefined;
      if (a > lim || a < -lim || b > lim || b < -lim) notImplemented('constant folding of a large int division');
      return new PyFloat(Number(a) / Number(b));
    }
  }
  notImplemented(`constant folding of ${op}`);
}

function strLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** fold_binop: the folded value, or undefined where CPython leaves the expression alone. */
function foldBinop(op: string, l: ConstantValue, r: ConstantValue): Folded {
  if (typeof l === 'boolean' && typeof r === 'boolean' && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
    return op === 'BitAnd' ? l && r : op === 'BitOr' ? l || r : l !== r;
  }
  // Otherwise a bool is the int 0 or 1.
  if (typeof l === 'boolean') l = l ? 1 : 0;
  if (typeof r === 'boolean') r = r ? 1 : 0;
  if (isInt(l) && isInt(r)) return foldIntBinop(op, BigInt(l), BigInt(r));
  if (l instanceof PyComplex || r instanceof PyComplex) return foldComplex(op, l, r);
  if (l instanceof ConstTuple || r instanceof ConstTuple) return foldTuple(op, l, r);
  const num = (v: ConstantValue): number | null =>
    v instanceof PyFloat ? v.value : typeof v === 'number' ? v : null;
  const a = num(l);
  const b = num(r);
  if (a !== null && b !== null) {
    switch (op) {
      case 'Add':
        return new PyFloat(a + b);
      case 'Sub':
        return new PyFloat(a - b);
      case 'Mult':
        return new PyFloat(a * b);
      case 'Div':
        return b === 0 ? undefined : new PyFloat(a / b);
      case 'FloorDiv': {
        // _float_div_mod
        if (b === 0) return undefined;
        let mod = a % b;
        let div = (a - mod) / b;
        if (mod) {
          if (b < 0 !== mod < 0) {
            mod += b;
            div -= 1;
          }
        }
        let floordiv: number;
        if (div) {
          floordiv = Math.floor(div);
          if (div - floordiv > 0.5) floordiv += 1;
        } else {
          floordiv = Math.sign(a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
        }
        return new PyFloat(floordiv);
      }
      case 'Mod': {
        // float_rem: fmod, then the sign of the divisor.
        if (b === 0) return undefined;
        let m = a % b;
        if (m) {
          if (b < 0 !== m < 0) m += b;
        } else {
          m = b < 0 ? -0 : 0;
        }
        return new PyFloat(m);
      }
    }
    notImplemented(`constant folding of float ${op}`);
  }
  if (typeof l === 'string' && typeof r === 'string' && op === 'Add') return l + r;
  if (l instanceof PyBytes && r instanceof PyBytes && op === 'Add') {
    const b = new Uint8Array(l.bytes.length + r.bytes.length);
    b.set(l.bytes);
    b.set(r.bytes, l.bytes.length);
    return new PyBytes(b);
  }
  if (op === 'Mult' && ((l instanceof PyBytes && isInt(r)) || (isInt(l) && r instanceof PyBytes))) {
    const bytes = (l instanceof PyBytes ? l : r) as PyBytes;
    const n = Number(l instanceof PyBytes ? r : l);
    const size = bytes.bytes.length;
    if (size && (n < 0 || n > Math.floor(MAX_STR_SIZE / size))) return undefined;
    const out = new Uint8Array(Math.max(n, 0) * size);
    for (let i = 0; i < n; i++) out.set(bytes.bytes, i * size);
    return new PyBytes(out);
  }
  // Operand types Python rejects (str + int, None * 2, ...): the TypeError is dropped and nothing folds.
  const isText = (v: ConstantValue): boolean => typeof v === 'string' || v instanceof PyBytes;
  const isNum = (v: ConstantValue): boolean => isInt(v) || v instanceof PyFloat || v instanceof PyComplex;
  if (l === null || r === null || l === ELLIPSIS || r === ELLIPSIS) return undefined;
  if ((isText(l) && isNum(r) && op !== 'Mult') || (isNum(l) && isText(r) && op !== 'Mult')) return undefined;
  if (isText(l) && isText(r) && (typeof l === 'string') !== (typeof r === 'string')) return undefined;
  if (op === 'Mod' && typeof l === 'string') return undefined;
  if (op === 'Mult' && ((typeof l === 'string' && isInt(r)) || (isInt(l) && typeof r === 'string'))) {
    const s = (typeof l === 'string' ? l : r) as string;
    const n = Number(typeof l === 'string' ? r : l);
    const size = strLen(s);
    if (size) {
      if (n < 0 || n > Math.floor(MAX_STR_SIZE / size)) return undefined;
    }
    return n <= 0 ? '' : s.repeat(n);
  }
  const kind = (v: ConstantValue): string => (v === null ? 'None' : typeof v === 'object' ? v.constructor.name : typeof v);
  notImplemented(`constant folding of ${kind(l)} ${op} ${kind(r)}`);
}

/** complex arithmetic (complexobject.c _Py_c_sum, _Py_c_diff, _Py_c_prod); ints and floats become complex(x, 0). */
function foldComplex(op: string, l: ConstantValue, r: ConstantValue): Folded {
  const toC = (v: ConstantValue): [number, number] | null =>
    v instanceof PyComplex ? [v.real, v.imag] : v instanceof PyFloat ? [v.value, 0] : typeof v === 'number' ? [v, 0] : typeof v === 'bigint' ? null : null;
  const a = toC(l);
  const b = toC(r);
  if (!a || !b) {
    if (typeof l === 'string' || typeof r === 'string' || l instanceof PyBytes || r instanceof PyBytes || l === null || r === null) return undefined;
    notImplemented('constant folding of this complex operation');
  }
  switch (op) {
    case 'Add':
      return new PyComplex(a[0] + b[0], a[1] + b[1]);
    case 'Sub':
      return new PyComplex(a[0] - b[0], a[1] - b[1]);
    case 'Mult':
      return new PyComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
  }
  notImplemented(`constant folding of complex ${op}`);
}

const MAX_COLLECTION_SIZE = 256;
const MAX_TOTAL_ITEMS = 1024;

/** check_complexity: the item budget left after counting nested tuples and frozensets. */
function checkComplexity(v: ConstValue, limit: number): number {
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
    limit -= v.items.length;
    for (const x of v.items) {
      if (limit < 0) break;
      limit = checkComplexity(x as ConstValue, limit);
    }
  }
  return limit;
}

/** tuple concatenation and safe_multiply for tuples */
function foldTuple(op: string, l: ConstantValue, r: ConstantValue): Folded {
  const L = l as unknown as ConstValue;
  const R = r as unknown as ConstValue;
  if (op === 'Add' && L instanceof ConstTuple && R instanceof ConstTuple) return new ConstTuple([...L.items, ...R.items]);
  if (op === 'Mult' && ((L instanceof ConstTuple && isInt(R)) || (isInt(L) && R instanceof ConstTuple))) {
    const t = (L instanceof ConstTuple ? L : R) as ConstTuple;
    const n = Number(L instanceof ConstTuple ? R : L);
    const size = t.items.length;
    if (size) {
      if (n < 0 || n > Math.floor(MAX_COLLECTION_SIZE / size)) return undefined;
      if (n && checkComplexity(t, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return undefined;
    }
    const items: ConstValue[] = [];
    for (let i = 0; i < n; i++) items.push(...(t.items as ConstValue[]));
    return new ConstTuple(items);
  }
  if (op === 'Mod' || op === 'Add' || op === 'Mult' || op === 'Sub') {
    // tuple + int, tuple - tuple, ...: a TypeError, so no folding.
    if (!(L instanceof ConstTuple && R instanceof ConstTuple && op === 'Add')) return undefined;
  }
  notImplemented(`constant folding of tuple ${op}`);
}

/** fold_subscr: constant[int] for str, bytes and tuples; anything that would raise stays unfolded. */
function foldSubscript(v: ConstantValue, index: ConstantValue): Folded {
  const seq = v as unknown as ConstValue;
  if (typeof index === 'boolean') index = index ? 1 : 0;
  if (!isInt(index)) {
    if (typeof seq === 'string' || seq instanceof PyBytes || seq instanceof ConstTuple) return undefined;
    notImplemented('constant folding of a subscript');
  }
  const at = (len: number): number | null => {
    let i = Number(index);
    if (i < 0) i += len;
    return i >= 0 && i < len ? i : null;
  };
  if (typeof seq === 'string') {
    const cps = [...seq];
    const i = at(cps.length);
    return i === null ? undefined : cps[i];
  }
  if (seq instanceof PyBytes) {
    const i = at(seq.bytes.length);
    return i === null ? undefined : seq.bytes[i];
  }
  if (seq instanceof ConstTuple) {
    const i = at(seq.items.length);
    return i === null ? undefined : (seq.items[i] as ConstValue);
  }
  if (seq === null || typeof seq === 'number' || typeof seq === 'bigint' || typeof seq === 'boolean' || seq instanceof PyFloat) return undefined;
  notImplemented('constant folding of a subscript');
}

function foldUnary(op: string, v: ConstantValue): Folded {
  if (op === 'Not') {
    if (v === null) return true;
    if (typeof v === 'boolean') return !v;
    if (isInt(v)) return BigInt(v) === 0n;
    if (typeof v === 'string') return v.length === 0;
    if (v instanceof PyFloat) return v.value === 0;
    if (v instanceof PyComplex) return v.real === 0 && v.imag === 0;
    if (v instanceof PyBytes) return v.bytes.length === 0;
    const t = v as unknown as ConstValue;
    if (t instanceof ConstTuple || t instanceof ConstFrozenSet) return t.items.length === 0;
    if (v === ELLIPSIS) return false;
    notImplemented('constant folding of not');
  }
  if (typeof v === 'boolean') v = v ? 1 : 0;
  if (isInt(v)) {
    const x = BigInt(v);
    if (op === 'USub') return norm(-x);
    if (op === 'UAdd') return norm(x);
    if (op === 'Invert') return norm(~x);
  }
  if (v instanceof PyFloat) {
    if (op === 'USub') return new PyFloat(-v.value);
    if (op === 'UAdd') return v;
    return undefined;
  }
  if (v instanceof PyComplex) {
    if (op === 'USub') return new PyComplex(-v.real, -v.imag);
    if (op === 'UAdd') return v;
    return undefined;
  }
  // Everything else (str, bytes, None, tuples, ...) raises TypeError: no folding.
  return undefined;
}

function makeConst(node: expr, value: ConstValue): Constant {
  return new Constant(value as ConstantValue, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

function constTuple(elts: expr[]): ConstTuple | null {
  if (!elts.every((e) => e._type === 'Constant')) return null;
  return new ConstTuple(elts.map((e) => (e as Constant).value as ConstValue));
}

/** fold_iter: a list becomes a tuple, constant if it can be. */
function foldIter(e: expr): expr {
  if (e._type === 'List') {
    if (e.elts.some((x) => x._type === 'Starred')) return e;
    const t = new Tuple(e.elts, e.ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    const v = constTuple(e.elts);
    return v ? makeConst(e, v) : t;
  }
  if (e._type === 'Set') {
    const v = constTuple(e.elts);
    return v ? makeConst(e, new ConstFrozenSet(v.items)) : e;
  }
  return e;
}

const MAXDIGITS = 3;

/** simple_format_arg_parse + parse_format: one `%` unit as a FormattedValue, or null when unsupported. */
function parseFormat(fmt: string[], pos: { at: number }, arg: expr): FormattedValue | null {
  let at = pos.at;
  let ch = '';
  const nextc = (): boolean => {
    if (at >= fmt.length) return false;
    ch = fmt[at++];
    return true;
  };
  let ljust = false;
  for (;;) {
    if (!nextc()) return null;
    if (ch === '-') {
      ljust = true;
      continue;
    }
    if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    break;
  }
  let width = -1;
  let prec = -1;
  if (ch >= '0' && ch <= '9') {
    width = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!nextc()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!nextc()) return null;
    prec = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      prec = prec * 10 + (ch.charCodeAt(0) - 48);
      if (!nextc()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  pos.at = at;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  let spec = '';
  if (!ljust && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += '.' + prec;
  const formatSpec = spec ? new Constant(spec, null, -1, -1, -1, -1) : null;
  return new FormattedValue(arg, ch.charCodeAt(0), formatSpec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
}

/** parse_literal: the text up to the next lone `%`, with `%%` unescaped. */
function parseLiteral(fmt: string[], pos: { at: number }): Constant | null {
  const start = pos.at;
  let at = start;
  while (at < fmt.length) {
    if (fmt[at] !== '%') at++;
    else if (at + 1 < fmt.length && fmt[at + 1] === '%') at += 2;
    else break;
  }
  pos.at = at;
  if (at === start) return null;
  return new Constant(fmt.slice(start, at).join('').split('%%').join('%'), null, -1, -1, -1, -1);
}

/** optimize_format: `'...%s...' % (a, b)` becomes an f-string when every unit is %s, %r or %a. */
function optimizeFormat(node: BinOp, fmtStr: string, elts: expr[]): expr {
  const fmt = [...fmtStr];
  const pos = { at: 0 };
  const seq: expr[] = [];
  let cnt = 0;
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit) seq.push(lit);
    if (pos.at >= fmt.length) break;
    if (cnt >= elts.length) return node;
    pos.at++;
    const fv = parseFormat(fmt, pos, elts[cnt]);
    cnt++;
    if (!fv) return node;
    seq.push(fv);
  }
  if (cnt < elts.length) return node;
  return new JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

function foldExpr(e: expr): expr {
  switch (e._type) {
    case 'BinOp':
      if (
        e.op._type === 'Mod' &&
        e.left._type === 'Constant' &&
        typeof e.left.value === 'string' &&
        e.right._type === 'Tuple' &&
        !e.right.elts.some((x) => x._type === 'Starred')
      ) {
        return optimizeFormat(e, e.left.value, e.right.elts);
      }
      if (e.left._type === 'Constant' && e.right._type === 'Constant') {
        const v = foldBinop(e.op._type, e.left.value, e.right.value);
        if (v !== undefined) return makeConst(e, v);
      }
      return e;
    case 'UnaryOp':
      if (e.operand._type === 'Constant') {
        const v = foldUnary(e.op._type, e.operand.value);
        if (v !== undefined) return makeConst(e, v);
        return e;
      }
      if (e.op._type === 'Not' && e.operand._type === 'Compare' && e.operand.ops.length === 1) {
        const cmp = e.operand;
        const inv: Record<string, string> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
        const to = inv[cmp.ops[0]._type];
        if (to) {
          cmp.ops = [{ _type: to } as never];
          // COPY_NODE: the compare, with its own location, replaces the `not`.
          return cmp;
        }
      }
      return e;
    case 'Tuple':
      if (e.ctx._type === 'Load') {
        const v = constTuple(e.elts);
        if (v) return makeConst(e, v);
      }
      return e;
    case 'Compare': {
      const last = e.ops.length - 1;
      const op = e.ops[last]._type;
      if (op === 'In' || op === 'NotIn') e.comparators[last] = foldIter(e.comparators[last]);
      return e;
    }
    case 'Subscript':
      if (e.value._type === 'Constant' && e.slice._type === 'Constant') {
        const v = foldSubscript(e.value.value, e.slice.value);
        if (v !== undefined) return makeConst(e, v);
      }
      return e;
    case 'Name':
      if (e.id === '__debug__' && e.ctx._type === 'Load') return makeConst(e, true);
      return e;
  }
  return e;
}

const EXPR_TYPES = new Set([
  'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp',
  'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred',
  'Name', 'List', 'Tuple', 'Slice',
]);

/** Children first, then the node itself (astfold_* order). */
function walk(node: AST): AST {
  const rec = node as unknown as Record<string, unknown>;
  for (const key of Object.keys(rec)) {
    const v = rec[key];
    if (v instanceof AST) {
      rec[key] = walk(v);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] instanceof AST) v[i] = walk(v[i] as AST);
    }
  }
  if (node._type === 'comprehension') {
    const g = node as unknown as { iter: expr };
    g.iter = foldIter(g.iter);
  }
  if (node._type === 'For' || node._type === 'AsyncFor') {
    const f = node as unknown as { iter: expr };
    f.iter = foldIter(f.iter);
  }
  return EXPR_TYPES.has(node._type) ? foldExpr(node as expr) : node;
}

/** _PyAST_Optimize, in place. */
export function optimizeAst(m: mod): void {
  walk(m);
}
