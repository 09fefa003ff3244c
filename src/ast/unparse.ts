/**
 * The annotation unparser of CPython 3.11 (Python/ast_unparse.c,
 * _PyAST_ExprAsUnicode): what `from __future__ import annotations` stores
 * for each annotation. It is not Lib/ast.py's ast.unparse: it has its own
 * precedence table and parenthesisation, writes constants with repr() (so
 * strings take repr's quotes, infinities become 1e309), writes an f-string as
 * `f` + repr() of its body, puts a space between a `{` and a replacement
 * field that starts with a brace, never parenthesises a named expression's
 * operands... and those exact strings end up in co_consts.
 */
import type * as ast from './nodes';
import { ELLIPSIS, PyBytes, PyComplex, PyFloat } from './constant';
import { bytesRepr, complexRepr, floatRepr, strRepr } from '../objects/repr';
import { ConstFrozenSet, ConstTuple } from '../bytecode/constants';
import { cpythonSetOrder } from '../dis/set_order';

/** Priority levels (the PR_* enum). */
const enum PR {
  TUPLE,
  TEST, // 'if'-'else', 'lambda'
  OR,
  AND,
  NOT,
  CMP,
  EXPR, // also '|'
  BXOR = EXPR + 1,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}
const PR_BOR = PR.EXPR;

/** sys.int_info.default_max_str_digits: repr() of a longer int raises ValueError. */
const MAX_STR_DIGITS = 4300;

/** repr() of an int failed: compile() reports it as the ValueError it is. */
export class UnparseValueError {
  constructor(readonly msg: string) {}
}

/** "1e%d" % (1 + DBL_MAX_10_EXP): the text that replaces repr's "inf". */
const REPLACE_INF = '1e309';

const BINOPS: Record<string, [string, number]> = {
  Add: [' + ', PR.ARITH],
  Sub: [' - ', PR.ARITH],
  Mult: [' * ', PR.TERM],
  MatMult: [' @ ', PR.TERM],
  Div: [' / ', PR.TERM],
  Mod: [' % ', PR.TERM],
  LShift: [' << ', PR.SHIFT],
  RShift: [' >> ', PR.SHIFT],
  BitOr: [' | ', PR_BOR],
  BitXor: [' ^ ', PR.BXOR],
  BitAnd: [' & ', PR.BAND],
  FloorDiv: [' // ', PR.TERM],
  Pow: [' ** ', PR.POWER],
};

const UNARYOPS: Record<string, [string, number]> = {
  Invert: ['~', PR.FACTOR],
  Not: ['not ', PR.NOT],
  UAdd: ['+', PR.FACTOR],
  USub: ['-', PR.FACTOR],
};

const CMPOPS: Record<string, string> = {
  Eq: ' == ',
  NotEq: ' != ',
  Lt: ' < ',
  LtE: ' <= ',
  Gt: ' > ',
  GtE: ' >= ',
  Is: ' is ',
  IsNot: ' is not ',
  In: ' in ',
  NotIn: ' not in ',
};

/** _PyAST_ExprAsUnicode: an annotation's text, at the precedence of a `test`. */
export function exprAsUnicode(e: ast.expr): string {
  return expr(e, PR.TEST);
}

/** int repr(), with the limit on decimal digits that int_to_decimal_string enforces. */
function intRepr(v: number | bigint): string {
  const s = String(v);
  const digits = s[0] === '-' ? s.length - 1 : s.length;
  if (digits > MAX_STR_DIGITS) {
    throw new UnparseValueError(
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

/** append_repr: repr(), with "inf" spelled 1e309 for infinite floats and in every complex. */
function valueRepr(v: unknown): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'number':
    case 'bigint':
      return intRepr(v);
    case 'string':
      return strRepr(v);
  }
  if (v instanceof PyFloat) {
    const r = floatRepr(v.value);
    return v.value === Infinity || v.value === -Infinity ? r.split('inf').join(REPLACE_INF) : r;
  }
  if (v instanceof PyComplex) return complexRepr(v.real, v.imag).split('inf').join(REPLACE_INF);
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v === ELLIPSIS) return 'Ellipsis';
  if (v instanceof ConstFrozenSet) {
    // Only reachable from a hand-built AST: repr() in the set's iteration order.
    if (!v.items.length) return 'frozenset()';
    return 'frozenset({' + cpythonSetOrder(v.items).map(valueRepr).join(', ') + '})';
  }
  if (v instanceof ConstTuple) return constant(v);
  throw new Error('unparse: not a constant value');
}

/** append_ast_constant: tuples element by element (so nested infinities get 1e309 too), the rest by repr(). */
function constant(v: unknown): string {
  if (v instanceof ConstTuple) {
    const items = v.items.map(constant);
    return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
  }
  return valueRepr(v);
}

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

function expr(e: ast.expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const and = e.op._type === 'And';
      const pr = and ? PR.AND : PR.OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(and ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op._type];
      // '**' is right-associative: its left operand binds one level tighter.
      const rassoc = e.op._type === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op._type];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const nPositional = e.args.args.length + e.args.posonlyargs.length;
      const s = (nPositional ? 'lambda ' : 'lambda') + args(e.args) + ': ' + expr(e.body, PR.TEST);
      return paren(level > PR.TEST, s);
    }
    case 'IfExp':
      return paren(
        level > PR.TEST,
        expr(e.body, PR.TEST + 1) + ' if ' + expr(e.test, PR.TEST + 1) + ' else ' + expr(e.orelse, PR.TEST),
      );
    case 'Dict': {
      const items = e.values.map((v, i) => {
        const k = (e.keys as (ast.expr | null)[])[i];
        return k ? expr(k, PR.TEST) + ': ' + expr(v, PR.TEST) : '**' + expr(v, PR.EXPR);
      });
      return '{' + items.join(', ') + '}';
    }
    case 'Set':
      return '{' + e.elts.map((x) => expr(x, PR.TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return genexp(e);
    case 'ListComp':
      return '[' + expr(e.elt, PR.TEST) + comprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + expr(e.elt, PR.TEST) + comprehensions(e.generators) + '}';
    case 'DictComp':
      return '{' + expr(e.key, PR.TEST) + ': ' + expr(e.value, PR.TEST) + comprehensions(e.generators) + '}';
    case 'Yield':
      return e.value ? '(yield ' + expr(e.value, PR.TEST) + ')' : '(yield)';
    case 'YieldFrom':
      return '(yield from ' + expr(e.value, PR.TEST) + ')';
    case 'Await':
      return paren(level > PR.AWAIT, 'await ' + expr(e.value, PR.ATOM));
    case 'Compare': {
      let s = expr(e.left, PR.CMP + 1);
      e.ops.forEach((op, i) => {
        s += CMPOPS[op._type] + expr(e.comparators[i], PR.CMP + 1);
      });
      return paren(level > PR.CMP, s);
    }
    case 'Call':
      return call(e);
    case 'Constant':
      if (e.value === ELLIPSIS) return '...';
      // The `u` of u'...' is kept.
      return (e.kind ?? '') + constant(e.value);
    case 'JoinedStr':
      return joinedStr(e, false);
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      // `1 .real`: an int needs a space before the dot.
      const isInt = v._type === 'Constant' && (typeof v.value === 'bigint' || (typeof v.value === 'number' && Number.isInteger(v.value)));
      return expr(v, PR.ATOM) + (isInt ? ' .' : '.') + e.attr;
    }
    case 'Subscript':
      return expr(e.value, PR.ATOM) + '[' + expr(e.slice, PR.TUPLE) + ']';
    case 'Starred':
      return '*' + expr(e.value, PR.EXPR);
    case 'Slice':
      return (
        (e.lower ? expr(e.lower, PR.TEST) : '') +
        ':' +
        (e.upper ? expr(e.upper, PR.TEST) : '') +
        (e.step ? ':' + expr(e.step, PR.TEST) : '')
      );
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => expr(x, PR.TEST)).join(', ') + ']';
    case 'Tuple': {
      if (!e.elts.length) return '()';
      const s = e.elts.map((x) => expr(x, PR.TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR.TUPLE, s);
    }
    case 'NamedExpr':
      return paren(level > PR.TUPLE, expr(e.target, PR.ATOM) + ' := ' + expr(e.value, PR.ATOM));
  }
}

/** append_ast_arg */
function arg(a: ast.arg): string {
  return a.annotation ? a.arg + ': ' + expr(a.annotation, PR.TEST) : a.arg;
}

/** append_ast_args */
function args(a: ast.arguments_): string {
  const parts: string[] = [];
  const npos = a.posonlyargs.length;
  const all = [...a.posonlyargs, ...a.args];
  const ndefaults = a.defaults.length;
  all.forEach((p, i) => {
    let s = arg(p);
    const di = i - all.length + ndefaults;
    if (di >= 0) s += '=' + expr(a.defaults[di], PR.TEST);
    if (npos && i + 1 === npos) s += ', /';
    parts.push(s);
  });
  // A vararg, or a bare '*' before keyword-only parameters.
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? arg(a.vararg) : ''));
  const kwDefaults = a.kw_defaults as (ast.expr | null)[];
  a.kwonlyargs.forEach((p, i) => {
    let s = arg(p);
    const di = i - a.kwonlyargs.length + kwDefaults.length;
    const d = di >= 0 ? kwDefaults[di] : null;
    if (d) s += '=' + expr(d, PR.TEST);
    parts.push(s);
  });
  if (a.kwarg) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function comprehensions(gens: ast.comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += (g.is_async ? ' async for ' : ' for ') + expr(g.target, PR.TUPLE) + ' in ' + expr(g.iter, PR.TEST + 1);
    for (const cond of g.ifs) s += ' if ' + expr(cond, PR.TEST + 1);
  }
  return s;
}

function genexp(e: ast.GeneratorExp): string {
  return '(' + expr(e.elt, PR.TEST) + comprehensions(e.generators) + ')';
}

/** append_ast_call: a lone generator-expression argument keeps only its own parentheses. */
function call(e: ast.Call): string {
  const f = expr(e.func, PR.ATOM);
  if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') return f + genexp(e.args[0]);
  const parts = e.args.map((a) => expr(a, PR.TEST));
  for (const k of e.keywords) parts.push((k.arg === null ? '**' : k.arg + '=') + expr(k.value, PR.TEST));
  return f + '(' + parts.join(', ') + ')';
}

/** append_fstring_element */
function fstringElement(e: ast.expr, isFormatSpec: boolean): string {
  switch (e._type) {
    case 'Constant':
      // escape_braces (the value is a str in any valid f-string).
      return String(e.value).split('{').join('{{').split('}').join('}}');
    case 'JoinedStr':
      return joinedStr(e, isFormatSpec);
    case 'FormattedValue':
      return formattedValue(e);
    default:
      throw new Error('unparse: unknown expression kind inside f-string');
  }
}

/** append_joinedstr: `f` + repr() of the whole body; a format spec is its bare body. */
function joinedStr(e: ast.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : 'f' + strRepr(body);
}

/** append_formattedvalue */
function formattedValue(e: ast.FormattedValue): string {
  // The grammar allows a tuple here; one level above `test` keeps a lambda's ':' in parentheses.
  const value = expr(e.value, PR.TEST + 1);
  // A value starting with a brace is set apart from the field's own.
  let s = (value.startsWith('{') ? '{ ' : '{') + value;
  if (e.conversion > 0) {
    const conv = String.fromCharCode(e.conversion);
    if (conv !== 'a' && conv !== 'r' && conv !== 's') throw new Error('unparse: unknown f-value conversion kind');
    s += '!' + conv;
  }
  if (e.format_spec) s += ':' + fstringElement(e.format_spec, true);
  return s + '}';
}
