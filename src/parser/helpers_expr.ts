/**
 * The action helpers of Parser/action_helpers.c that the expression rules
 * use: expression contexts, names of expressions for error messages,
 * invalid assignment targets, call argument assembly and the checks behind
 * the "Generator expression must be parenthesized" family of errors.
 */
import { T } from '../tokenizer/tokens';
import type { Token } from '../tokenizer/token';
import {
  Attribute, Call, Constant, List, Name, Starred, Subscript, Tuple, keyword, singletons,
  type comprehension, type expr, type expr_context,
} from '../ast/nodes';
import { ELLIPSIS } from '../ast/constant';
import type { Parser } from './parser';

/** CPython's TARGETS_TYPE (pegen.h). */
export const STAR_TARGETS = 0;
export const DEL_TARGETS = 1;
export const FOR_TARGETS = 2;

/**
 * _PyPegen_set_expr_context: a copy of `e` (same positions) in context
 * `ctx`, recursively for tuples, lists and starred expressions. Other
 * expressions come back unchanged.
 */
export function set_expr_context(e: expr, ctx: expr_context): expr {
  switch (e._type) {
    case 'Name':
      return new Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Tuple':
      return new Tuple(setSeqContext(e.elts, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'List':
      return new List(setSeqContext(e.elts, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Subscript':
      return new Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Attribute':
      return new Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Starred':
      return new Starred(set_expr_context(e.value, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    default:
      return e;
  }
}

function setSeqContext(elts: expr[], ctx: expr_context): expr[] {
  const out = new Array<expr>(elts.length);
  for (let i = 0; i < elts.length; i++) out[i] = set_expr_context(elts[i], ctx);
  return out;
}

/** _PyPegen_get_expr_name: how error messages name an expression ("cannot assign to %s"). */
export function get_expr_name(e: expr): string {
  switch (e._type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (v === ELLIPSIS) return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    default:
      // CPython raises SystemError("unexpected expression in assignment ...") here.
      return e._type;
  }
}

/** _PyPegen_get_invalid_target: the first sub-expression of `e` that cannot be a target of kind `type`. */
export function get_invalid_target(e: expr | null, type: number): expr | null {
  if (e === null) return null;
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const el of e.elts) {
        const child = get_invalid_target(el, type);
        if (child !== null) return child;
      }
      return null;
    case 'Starred':
      if (type === DEL_TARGETS) return e;
      return get_invalid_target(e.value, type);
    case 'Compare':
      // `a in b` of `for a in b` parses as a comparison
      if (type === FOR_TARGETS) {
        if (e.ops[0]._type === 'In') return get_invalid_target(e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** _PyPegen_check_legacy_stmt: is `e` the name of a Python 2 statement (print, exec)? */
export function check_legacy_stmt(e: expr): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** _PyPegen_get_last_comprehension_item */
export function get_last_comprehension_item(c: comprehension): expr {
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1];
}

/** _PyPegen_nonparen_genexp_in_call: `f(a, x for x in y)` (args then for_if_clauses). */
export function nonparen_genexp_in_call(p: Parser, args: Call, comps: comprehension[]): null {
  const len = args.args.length;
  if (len <= 1) return null;
  p.raiseErrorKnownRange(
    args.args[len - 1],
    get_last_comprehension_item(comps[comps.length - 1]),
    'Generator expression must be parenthesized',
  );
}

/** _PyPegen_arguments_parsing_error: a positional argument after keyword arguments. */
export function arguments_parsing_error(p: Parser, e: Call): never {
  let unpacking = false;
  for (const k of e.keywords) if (k.arg === null) unpacking = true;
  p.raiseSyntaxError(
    unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument',
  );
}

/** _PyPegen_dummy_name: the placeholder `func` of the Call nodes `args` builds. */
export const DUMMY_NAME = new Name('', singletons.Load, 1, 0, 1, 0);

/** KeywordOrStarred: kwargs hold keywords and Starred (`*a`) in source order. */
export type KeywordOrStarred = keyword | Starred;

/**
 * _PyPegen_collect_call_seqs + _PyPegen_seq_extract_starred_exprs +
 * _PyPegen_seq_delete_starred_exprs: the positional arguments, then the
 * starred ones found among the keywords; the keywords.
 */
export function collect_call_seqs(a: expr[], b: KeywordOrStarred[] | null, s: Token, e: Token): Call {
  if (b === null) return new Call(DUMMY_NAME, a, [], s.lineno, s.col, e.endLineno, e.endCol);
  const args = a.slice();
  const kws: keyword[] = [];
  for (const x of b) {
    if (x instanceof keyword) kws.push(x);
    else args.push(x);
  }
  return new Call(DUMMY_NAME, args, kws, s.lineno, s.col, e.endLineno, e.endCol);
}

/**
 * The parenthesis nesting level the C tokenizer records on each token
 * (tok->level after reading it): the brackets opened and not yet closed up
 * to and including token `index`. Only the error pass asks for it.
 */
export function token_level(p: Parser, index: number): number {
  let level = 0;
  for (let i = 0; i <= index && i < p.tokens.length; i++) {
    switch (p.tokens[i].type) {
      case T.LPAR:
      case T.LSQB:
      case T.LBRACE:
        level++;
        break;
      case T.RPAR:
      case T.RSQB:
      case T.RBRACE:
        if (level > 0) level--;
        break;
    }
  }
  return level;
}

/** A Constant node for a keyword constant token (None, True, False, ...). */
export function constantAt(value: Constant['value'], t: Token): Constant {
  return new Constant(value, null, t.lineno, t.col, t.endLineno, t.endCol);
}
