/**
 * Primary elements, atoms, literals and displays of CPython 3.11's grammar
 * (Grammar/python.gram "Primary elements", "LITERALS", "Dicts",
 * "Comprehensions & Generators"): `a.b`, `f(...)`, `a[...]`, names,
 * numbers, strings, tuples, lists, sets, dicts and the comprehensions.
 */
import { T } from '../tokenizer/tokens';
import type { Token } from '../tokenizer/token';
import {
  Await, Attribute, Call, Constant, Dict, DictComp, GeneratorExp, List, ListComp, Set, SetComp, Slice,
  Subscript, Tuple, comprehension, singletons, type expr,
} from '../ast/nodes';
import { ELLIPSIS, PyComplex, PyFloat, normaliseInt } from '../ast/constant';
import type { Parser } from './parser';
import { atAsync, checkVersion, gather, gatherRest, identifier, nameNode } from './statement_helpers';
import { strings } from './strings';
import {
  assignment_expression, bitwise_or, disjunction, expression, expressionNotWalrus, named_expression, star_named_expression,
  star_named_expressions, yield_expr,
} from './expressions';
import { arguments_rule, starred_expression } from './arguments';
import { star_targets } from './targets';
import { constantAt } from './helpers_expr';
import {
  invalid_comprehension, invalid_dict_comprehension, invalid_double_starred_kvpairs, invalid_group,
} from './invalid_expressions';
import { invalid_for_target } from './invalid_statements';

const AWAIT_PRIMARY_MEMO = 1007;

/** The AWAIT token: the C tokenizer's AWAIT type, or the NAME `await`. */
function atAwait(p: Parser): boolean {
  const t = p.peek();
  return t.type === T.AWAIT || (t.type === T.NAME && t.string === 'await');
}

// await_primary[expr_ty] (memo):
//     | AWAIT a=primary { CHECK_VERSION(expr_ty, 5, "Await expressions are", _PyAST_Await(a, EXTRA)) }
//     | primary
export function await_primary(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(AWAIT_PRIMARY_MEMO);
  if (hit !== undefined) return hit;
  let r: expr | null = null;
  if (atAwait(p)) {
    const t0 = p.next();
    const a = primary(p);
    if (a !== null) {
      const e = p.lastToken();
      r = checkVersion(p, 5, 'Await expressions are', new Await(a, t0.lineno, t0.col, e.endLineno, e.endCol));
    } else p.pos = start;
  }
  if (r === null) r = primary(p);
  return p.memoSet(AWAIT_PRIMARY_MEMO, start, r);
}

// primary[expr_ty]:
//     | a=primary '.' b=NAME { _PyAST_Attribute(a, b->v.Name.id, Load, EXTRA) }
//     | a=primary b=genexp { _PyAST_Call(a, CHECK(asdl_expr_seq*, (asdl_expr_seq*)_PyPegen_singleton_seq(p, b)), NULL, EXTRA) }
//     | a=primary '(' b=[arguments] ')' { _PyAST_Call(a, b ? b->v.Call.args : NULL, b ? b->v.Call.keywords : NULL, EXTRA) }
//     | a=primary '[' b=slices ']' { _PyAST_Subscript(a, b, Load, EXTRA) }
//     | atom
export function primary(p: Parser): expr | null {
  p.enter();
  const t0 = p.peek();
  let a = atom(p);
  if (a !== null) {
    for (;;) {
      const b = trailer(p, a, t0, singletons.Load);
      if (b === null) break;
      a = b;
    }
  }
  p.leave();
  return a;
}

/**
 * One step of the left-recursive primary / t_primary: `.NAME`, a genexp
 * argument, `(arguments)` or `[slices]` applied to `a`, or null with p.pos
 * unchanged.
 */
export function trailer(p: Parser, a: expr, t0: Token, ctx: typeof singletons.Load | typeof singletons.Store | typeof singletons.Del): expr | null {
  const m = p.pos;
  const t = p.peek();
  switch (t.type) {
    case T.DOT: {
      p.pos++;
      const b = p.name();
      if (b === null) break;
      return new Attribute(a, identifier(b.string), ctx, t0.lineno, t0.col, b.endLineno, b.endCol);
    }
    case T.LPAR: {
      const g = genexp(p);
      if (g !== null) {
        const e = p.lastToken();
        return new Call(a, [g], [], t0.lineno, t0.col, e.endLineno, e.endCol);
      }
      p.pos++;
      const b = arguments_rule(p);
      const r = p.expect(T.RPAR);
      if (r === null) break;
      return new Call(a, b !== null ? b.args : [], b !== null ? b.keywords : [], t0.lineno, t0.col, r.endLineno, r.endCol);
    }
    case T.LSQB: {
      p.pos++;
      const b = slices(p);
      if (b === null) break;
      const r = p.expect(T.RSQB);
      if (r === null) break;
      return new Subscript(a, b, ctx, t0.lineno, t0.col, r.endLineno, r.endCol);
    }
  }
  p.pos = m;
  return null;
}

// slices[expr_ty]:
//     | a=slice !',' { a }
//     | a[asdl_expr_seq*]=','.(slice | starred_expression)+ [','] { _PyAST_Tuple(a, Load, EXTRA) }
export function slices(p: Parser): expr | null {
  const t0 = p.peek();
  const a = slice(p);
  if (a !== null && !p.at(T.COMMA)) return a;
  const first = a ?? starred_expression(p);
  if (first === null) return null;
  const elts = gatherRest(p, first, sliceOrStarred);
  p.expect(T.COMMA);
  const e = p.lastToken();
  return new Tuple(elts, singletons.Load, t0.lineno, t0.col, e.endLineno, e.endCol);
}

/** (slice | starred_expression) */
function sliceOrStarred(p: Parser): expr | null {
  return slice(p) ?? starred_expression(p);
}

// slice[expr_ty]:
//     | a=[expression] ':' b=[expression] c=[':' d=[expression] { d }] { _PyAST_Slice(a, b, c, EXTRA) }
//     | a=named_expression { a }
export function slice(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.peek();
  const a = expression(p);
  if (p.expect(T.COLON) !== null) {
    const b = expression(p);
    let c: expr | null = null;
    if (p.expect(T.COLON) !== null) c = expression(p);
    const e = p.lastToken();
    return new Slice(a, b, c, t0.lineno, t0.col, e.endLineno, e.endCol);
  }
  p.pos = start;
  return named_expression(p);
}

// atom[expr_ty]:
//     | NAME
//     | 'True' { _PyAST_Constant(Py_True, NULL, EXTRA) }
//     | 'False' { _PyAST_Constant(Py_False, NULL, EXTRA) }
//     | 'None' { _PyAST_Constant(Py_None, NULL, EXTRA) }
//     | &STRING strings
//     | NUMBER
//     | &'(' (tuple | group | genexp)
//     | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp)
//     | '...' { _PyAST_Constant(Py_Ellipsis, NULL, EXTRA) }
export function atom(p: Parser): expr | null {
  const t = p.peek();
  switch (t.type) {
    case T.NAME: {
      const n = p.name();
      if (n !== null) return nameNode(n);
      switch (t.string) {
        case 'True':
          p.pos++;
          return constantAt(true, t);
        case 'False':
          p.pos++;
          return constantAt(false, t);
        case 'None':
          p.pos++;
          return constantAt(null, t);
      }
      return null;
    }
    case T.STRING:
      return strings(p);
    case T.NUMBER:
      return number_token(p);
    case T.LPAR:
      return tuple(p) ?? group(p) ?? genexp(p);
    case T.LSQB:
      return list(p) ?? listcomp(p);
    case T.LBRACE:
      return dict(p) ?? set(p) ?? dictcomp(p) ?? setcomp(p);
    case T.ELLIPSIS:
      p.pos++;
      return constantAt(ELLIPSIS, t);
    default:
      return null;
  }
}

/** A NUMBER token as a Constant (_PyPegen_number_token, parsenumber in Parser/pegen.c). */
export function number_token(p: Parser): expr | null {
  const t = p.expect(T.NUMBER);
  if (t === null) return null;
  let s = t.string;
  if (s.indexOf('_') >= 0) {
    checkVersion(p, 6, 'Underscores in numeric literals are', null);
    s = s.replace(/_/g, '');
  }
  return new Constant(parseNumber(s), null, t.lineno, t.col, t.endLineno, t.endCol);
}

/** parsenumber_raw: int (decimal, 0x, 0o, 0b), float, or imaginary (complex(0, x)). */
export function parseNumber(s: string): Constant['value'] {
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) return new PyComplex(0, Number(s.slice(0, -1)));
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0;
  if (s.charCodeAt(0) === 0x30 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) return normaliseInt(BigInt(s));
  if (/^[0-9]+$/.test(s)) {
    if (s.length < 16) return parseInt(s, 10);
    return normaliseInt(BigInt(s));
  }
  return new PyFloat(Number(s));
}

// group[expr_ty]:
//     | '(' a=(yield_expr | named_expression) ')' { a }
//     | invalid_group
export function group(p: Parser): expr | null {
  const start = p.pos;
  if (p.expect(T.LPAR) === null) return null;
  const a = yield_expr(p) ?? named_expression(p);
  if (a !== null && p.expect(T.RPAR) !== null) return a;
  p.pos = start;
  if (p.callInvalidRules) invalid_group(p);
  return null;
}

// list[expr_ty]:
//     | '[' a=[star_named_expressions] ']' { _PyAST_List(a, Load, EXTRA) }
export function list(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.expect(T.LSQB);
  if (t0 === null) return null;
  const a = star_named_expressions(p);
  const r = p.expect(T.RSQB);
  if (r === null) {
    p.pos = start;
    return null;
  }
  return new List(a ?? [], singletons.Load, t0.lineno, t0.col, r.endLineno, r.endCol);
}

// tuple[expr_ty]:
//     | '(' a=[y=star_named_expression ',' z=[star_named_expressions] { _PyPegen_seq_insert_in_front(p, y, z) } ] ')' {
//         _PyAST_Tuple(a, Load, EXTRA) }
export function tuple(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.expect(T.LPAR);
  if (t0 === null) return null;
  let elts: expr[] = [];
  const m = p.pos;
  const y = star_named_expression(p);
  if (y !== null && p.expect(T.COMMA) !== null) {
    const z = star_named_expressions(p);
    elts = z !== null ? [y, ...z] : [y];
  } else p.pos = m;
  const r = p.expect(T.RPAR);
  if (r === null) {
    p.pos = start;
    return null;
  }
  return new Tuple(elts, singletons.Load, t0.lineno, t0.col, r.endLineno, r.endCol);
}

// set[expr_ty]: '{' a=star_named_expressions '}' { _PyAST_Set(a, EXTRA) }
export function set(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.expect(T.LBRACE);
  if (t0 === null) return null;
  const a = star_named_expressions(p);
  if (a !== null) {
    const r = p.expect(T.RBRACE);
    if (r !== null) return new Set(a, t0.lineno, t0.col, r.endLineno, r.endCol);
  }
  p.pos = start;
  return null;
}

/** CPython's KeyValuePair: key null for `**mapping`. */
export interface KeyValuePair {
  key: expr | null;
  value: expr;
}

// dict[expr_ty]:
//     | '{' a=[double_starred_kvpairs] '}' { _PyAST_Dict(_PyPegen_get_keys(p, a), _PyPegen_get_values(p, a), EXTRA) }
//     | '{' invalid_double_starred_kvpairs '}'
export function dict(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.expect(T.LBRACE);
  if (t0 === null) return null;
  const a = double_starred_kvpairs(p);
  const r = p.expect(T.RBRACE);
  if (r !== null) {
    const keys: (expr | null)[] = [];
    const values: expr[] = [];
    if (a !== null) {
      for (const kv of a) {
        keys.push(kv.key);
        values.push(kv.value);
      }
    }
    return new Dict(keys as expr[], values, t0.lineno, t0.col, r.endLineno, r.endCol);
  }
  // Not an alternative that starts with an invalid_ rule, so pegen calls it in the first pass too:
  // `{a: 1, b c}` fails with "':' expected after dictionary key" without a second pass.
  p.pos = start + 1;
  invalid_double_starred_kvpairs(p);
  p.pos = start;
  return null;
}

// double_starred_kvpairs[asdl_seq*]: a=','.double_starred_kvpair+ [','] { a }
export function double_starred_kvpairs(p: Parser): KeyValuePair[] | null {
  const out = gather(p, double_starred_kvpair);
  if (out !== null) p.expect(T.COMMA);
  return out;
}

// double_starred_kvpair[KeyValuePair*]:
//     | '**' a=bitwise_or { _PyPegen_key_value_pair(p, NULL, a) }
//     | kvpair
export function double_starred_kvpair(p: Parser): KeyValuePair | null {
  if (p.at(T.DOUBLESTAR)) {
    p.pos++;
    const a = bitwise_or(p);
    if (a !== null) return { key: null, value: a };
    p.pos--;
  }
  return kvpair(p);
}

// kvpair[KeyValuePair*]: a=expression ':' b=expression { _PyPegen_key_value_pair(p, a, b) }
export function kvpair(p: Parser): KeyValuePair | null {
  const start = p.pos;
  const a = expression(p);
  if (a !== null && p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) return { key: a, value: b };
  }
  p.pos = start;
  return null;
}

// for_if_clauses[asdl_comprehension_seq*]:
//     | a[asdl_comprehension_seq*]=for_if_clause+ { a }
export function for_if_clauses(p: Parser): comprehension[] | null {
  const a = for_if_clause(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const c = for_if_clause(p);
    if (c === null) break;
    out.push(c);
  }
  return out;
}

// for_if_clause[comprehension_ty]:
//     | ASYNC 'for' a=star_targets 'in' ~ b=disjunction c[asdl_expr_seq*]=('if' z=disjunction { z })* {
//         CHECK_VERSION(comprehension_ty, 6, "Async comprehensions are", _PyAST_comprehension(a, b, c, 1, p->arena)) }
//     | 'for' a=star_targets 'in' ~ b=disjunction c[asdl_expr_seq*]=('if' z=disjunction { z })* {
//         _PyAST_comprehension(a, b, c, 0, p->arena) }
//     | invalid_for_target
export function for_if_clause(p: Parser): comprehension | null {
  const start = p.pos;
  const isAsync = atAsync(p);
  if (isAsync) p.pos++;
  if (p.keyword('for') !== null) {
    const a = star_targets(p);
    if (a !== null && p.keyword('in') !== null) {
      // the cut: past 'in', no other alternative is tried
      const b = disjunction(p);
      if (b === null) {
        p.pos = start;
        return null;
      }
      const ifs: expr[] = [];
      for (;;) {
        const m = p.pos;
        if (p.keyword('if') === null) break;
        const z = disjunction(p);
        if (z === null) {
          p.pos = m;
          break;
        }
        ifs.push(z);
      }
      const c = new comprehension(a, b, ifs, isAsync ? 1 : 0);
      return isAsync ? checkVersion(p, 6, 'Async comprehensions are', c) : c;
    }
  }
  p.pos = start;
  if (p.callInvalidRules) invalid_for_target(p);
  return null;
}

// listcomp[expr_ty]:
//     | '[' a=named_expression b=for_if_clauses ']' { _PyAST_ListComp(a, b, EXTRA) }
//     | invalid_comprehension
export function listcomp(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.expect(T.LSQB);
  if (t0 === null) return null;
  const a = named_expression(p);
  if (a !== null) {
    const b = for_if_clauses(p);
    if (b !== null) {
      const r = p.expect(T.RSQB);
      if (r !== null) return new ListComp(a, b, t0.lineno, t0.col, r.endLineno, r.endCol);
    }
  }
  p.pos = start;
  if (p.callInvalidRules) invalid_comprehension(p);
  return null;
}

// setcomp[expr_ty]:
//     | '{' a=named_expression b=for_if_clauses '}' { _PyAST_SetComp(a, b, EXTRA) }
//     | invalid_comprehension
export function setcomp(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.expect(T.LBRACE);
  if (t0 === null) return null;
  const a = named_expression(p);
  if (a !== null) {
    const b = for_if_clauses(p);
    if (b !== null) {
      const r = p.expect(T.RBRACE);
      if (r !== null) return new SetComp(a, b, t0.lineno, t0.col, r.endLineno, r.endCol);
    }
  }
  p.pos = start;
  if (p.callInvalidRules) invalid_comprehension(p);
  return null;
}

// genexp[expr_ty]:
//     | '(' a=( assignment_expression | expression !':=') b=for_if_clauses ')' { _PyAST_GeneratorExp(a, b, EXTRA) }
//     | invalid_comprehension
export function genexp(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.expect(T.LPAR);
  if (t0 === null) return null;
  const a = assignment_expression(p) ?? expressionNotWalrus(p);
  if (a !== null) {
    const b = for_if_clauses(p);
    if (b !== null) {
      const r = p.expect(T.RPAR);
      if (r !== null) return new GeneratorExp(a, b, t0.lineno, t0.col, r.endLineno, r.endCol);
    }
  }
  p.pos = start;
  if (p.callInvalidRules) invalid_comprehension(p);
  return null;
}

// dictcomp[expr_ty]:
//     | '{' a=kvpair b=for_if_clauses '}' { _PyAST_DictComp(a->key, a->value, b, EXTRA) }
//     | invalid_dict_comprehension
export function dictcomp(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.expect(T.LBRACE);
  if (t0 === null) return null;
  const a = kvpair(p);
  if (a !== null) {
    const b = for_if_clauses(p);
    if (b !== null) {
      const r = p.expect(T.RBRACE);
      if (r !== null) return new DictComp(a.key!, a.value, b, t0.lineno, t0.col, r.endLineno, r.endCol);
    }
  }
  p.pos = start;
  if (p.callInvalidRules) invalid_dict_comprehension(p);
  return null;
}
