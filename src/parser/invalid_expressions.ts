/**
 * The invalid_* rules of the expression grammar (Grammar/python.gram, with
 * the messages and locations of python3 3.11.7): only tried in the second
 * pass (p.callInvalidRules). Each raises a PySyntaxError or fails with null,
 * leaving p.pos where it was.
 */
import { T } from '../tokenizer/tokens';
import type { Token } from '../tokenizer/token';
import type { expr } from '../ast/nodes';
import type { Parser } from './parser';
import { gather, loop0, nameNode, raiseStartingFrom } from './statement_helpers';
import {
  bitwise_or, conditional, disjunction, expression, star_expressions, star_named_expression,
  star_named_expressions,
} from './expressions';
import { double_starred_kvpair, for_if_clauses, genexp, list, tuple } from './primary';
import { args, kwargs, positionalArg, starred_expression } from './arguments';
import {
  lambda_param, lambda_param_maybe_default, lambda_param_no_default, lambda_param_with_default,
  lambda_slash_no_default, lambda_slash_with_default,
} from './lambda';
import {
  arguments_parsing_error, check_legacy_stmt, get_expr_name, get_last_comprehension_item, nonparen_genexp_in_call,
  token_level,
} from './helpers_expr';

const INVALID_NAMED_EXPRESSION_MEMO = 1020;

function tokenRange(t: Token): { lineno: number; col_offset: number } {
  return { lineno: t.lineno, col_offset: t.col };
}

// invalid_arguments:
//     | ((','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*' {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(b, "iterable argument unpacking follows keyword argument unpacking") }
//       (python3 3.11.7 reports at the '*'; `f(x, *)` is plain invalid syntax)
//     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses] {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, _PyPegen_get_last_comprehension_item(PyPegen_last_item(b, comprehension_ty)), "Generator expression must be parenthesized") }
//     | a=NAME b='=' expression for_if_clauses {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")}
//     | a=args b=for_if_clauses { _PyPegen_nonparen_genexp_in_call(p, a, b) }
//     | args ',' a=expression b=for_if_clauses {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, _PyPegen_get_last_comprehension_item(PyPegen_last_item(b, comprehension_ty)), "Generator expression must be parenthesized") }
//     | a=args ',' args { _PyPegen_arguments_parsing_error(p, a) }
export function invalid_arguments(p: Parser): null {
  const start = p.pos;
  if (positionalsThenKwargs(p) || kwargs(p) !== null) {
    if (p.expect(T.COMMA) !== null) {
      const b = p.expect(T.STAR);
      if (b !== null) p.raiseErrorKnownLocation(b, 'iterable argument unpacking follows keyword argument unpacking');
    }
  }
  p.pos = start;
  {
    const a = expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.COMMA) !== null) {
        const m = p.pos;
        if (args(p) === null) {
          p.pos = m;
          if (expression(p) === null || for_if_clauses(p) === null) p.pos = m;
        }
        p.raiseErrorKnownRange(a, get_last_comprehension_item(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
    }
    p.pos = start;
  }
  {
    const a = p.name();
    if (a !== null) {
      const b = p.expect(T.EQUAL);
      if (b !== null && expression(p) !== null && for_if_clauses(p) !== null) {
        p.raiseErrorKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    p.pos = start;
  }
  {
    const a = args(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null) {
        nonparen_genexp_in_call(p, a, b);
        p.pos = start;
        return null;
      }
    }
    p.pos = start;
  }
  {
    if (args(p) !== null && p.expect(T.COMMA) !== null) {
      const a = expression(p);
      if (a !== null) {
        const b = for_if_clauses(p);
        if (b !== null) {
          p.raiseErrorKnownRange(a, get_last_comprehension_item(b[b.length - 1]), 'Generator expression must be parenthesized');
        }
      }
    }
    p.pos = start;
  }
  {
    const a = args(p);
    if (a !== null && p.expect(T.COMMA) !== null && args(p) !== null) arguments_parsing_error(p, a);
    p.pos = start;
  }
  return null;
}

/** ','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs */
function positionalsThenKwargs(p: Parser): boolean {
  const start = p.pos;
  if (gather(p, positionalArg) !== null) {
    if (p.expect(T.COMMA) !== null && kwargs(p) !== null) return true;
  }
  p.pos = start;
  return false;
}

// invalid_kwarg:
//     | a[Token*]=('True'|'False'|'None') b='=' {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "cannot assign to %s", PyBytes_AS_STRING(a->bytes)) }
//     | a=NAME b='=' expression for_if_clauses {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")}
//     | !(NAME '=') a=expression b='=' {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?") }
export function invalid_kwarg(p: Parser): null {
  const start = p.pos;
  const t = p.peek();
  if (t.type === T.NAME && (t.string === 'True' || t.string === 'False' || t.string === 'None')) {
    const t1 = p.peekAt(1);
    if (t1.type === T.EQUAL) p.raiseErrorKnownRange(t, t1, `cannot assign to ${t.string}`);
  }
  const a = p.name();
  if (a !== null) {
    const b = p.expect(T.EQUAL);
    if (b !== null && expression(p) !== null && for_if_clauses(p) !== null) {
      p.raiseErrorKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    p.pos = start;
    if (b !== null) return null; // !(NAME '=')
  }
  const e = expression(p);
  if (e !== null) {
    const b = p.expect(T.EQUAL);
    if (b !== null) p.raiseErrorKnownRange(e, b, 'expression cannot contain assignment, perhaps you meant "=="?');
  }
  p.pos = start;
  return null;
}

// expression_without_invalid[expr_ty]:
//     | a=disjunction 'if' b=disjunction 'else' c=expression { _PyAST_IfExp(b, a, c, EXTRA) }
//     | disjunction
//     | lambdef
// (the "_without_invalid" suffix: the invalid_* rules are off below it)
export function expression_without_invalid(p: Parser): expr | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    return conditional(p);
  } finally {
    p.callInvalidRules = saved;
  }
}

// invalid_legacy_expression:
//     | a=NAME !'(' b=star_expressions {
//         _PyPegen_check_legacy_stmt(p, a) ? RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b,
//             "Missing parentheses in call to '%U'. Did you mean %U(...)?", a->v.Name.id, a->v.Name.id) : NULL}
export function invalid_legacy_expression(p: Parser): null {
  const start = p.pos;
  const t = p.name();
  if (t !== null && !p.at(T.LPAR)) {
    const b = star_expressions(p);
    if (b !== null) {
      const a = nameNode(t);
      if (check_legacy_stmt(a)) {
        p.raiseErrorKnownRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
      }
    }
  }
  p.pos = start;
  return null;
}

// invalid_expression:
//    | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid {
//         _PyPegen_check_legacy_stmt(p, a) ? NULL : p->tokens[p->mark-1]->level == 0 ? NULL :
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "invalid syntax. Perhaps you forgot a comma?") }
//    | a=disjunction 'if' b=disjunction !('else'|':') { RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "expected 'else' after 'if' expression") }
export function invalid_expression(p: Parser): null {
  const start = p.pos;
  // !(NAME STRING | SOFT_KEYWORD)
  let excluded = false;
  if (p.name() !== null) excluded = p.at(T.STRING);
  p.pos = start;
  if (!excluded) excluded = isSoftKeyword(p.peek());
  if (!excluded) {
    const a = disjunction(p);
    if (a !== null) {
      const b = expression_without_invalid(p);
      if (b !== null) {
        if (!check_legacy_stmt(a) && token_level(p, p.pos - 1) !== 0) {
          p.raiseErrorKnownRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
        }
        p.pos = start;
        return null;
      }
    }
    p.pos = start;
  }
  const a = disjunction(p);
  if (a !== null && p.keyword('if') !== null) {
    const b = disjunction(p);
    if (b !== null) {
      const k = p.peek();
      if (!(k.type === T.COLON || (k.type === T.NAME && k.string === 'else'))) {
        p.raiseErrorKnownRange(a, b, "expected 'else' after 'if' expression");
      }
    }
  }
  p.pos = start;
  return null;
}

/**
 * The grammar's SOFT_KEYWORD (_PyPegen_soft_keyword_token): CPython compares
 * only the token's length of each soft keyword (strncmp), so any NAME that
 * is a prefix of one ("c", "ma", ...) counts too.
 */
function isSoftKeyword(t: Token): boolean {
  if (t.type !== T.NAME) return false;
  const s = t.string;
  return 'case'.startsWith(s) || 'match'.startsWith(s) || '_'.startsWith(s);
}

// invalid_named_expression(memo):
//     | a=expression ':=' expression {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot use assignment expressions with %s", _PyPegen_get_expr_name(a)) }
//     | a=NAME '=' b=bitwise_or !('='|':=') {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
//     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", _PyPegen_get_expr_name(a)) }
export function invalid_named_expression(p: Parser): null {
  const start = p.pos;
  const hit = p.memoGet<null>(INVALID_NAMED_EXPRESSION_MEMO);
  if (hit !== undefined) return hit;
  {
    const a = expression(p);
    if (a !== null && p.expect(T.COLONEQUAL) !== null && expression(p) !== null) {
      p.raiseErrorKnownLocation(a, `cannot use assignment expressions with ${get_expr_name(a)}`);
    }
    p.pos = start;
  }
  {
    const a = p.name();
    if (a !== null && p.expect(T.EQUAL) !== null) {
      const b = bitwise_or(p);
      if (b !== null && !atEqualOrWalrus(p)) {
        p.raiseErrorKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    p.pos = start;
  }
  {
    let excluded = list(p) !== null;
    p.pos = start;
    if (!excluded) {
      excluded = tuple(p) !== null;
      p.pos = start;
    }
    if (!excluded) {
      excluded = genexp(p) !== null;
      p.pos = start;
    }
    if (!excluded) {
      const t = p.peek();
      excluded = t.type === T.NAME && (t.string === 'True' || t.string === 'None' || t.string === 'False');
    }
    if (!excluded) {
      const a = bitwise_or(p);
      if (a !== null && p.expect(T.EQUAL) !== null && bitwise_or(p) !== null && !atEqualOrWalrus(p)) {
        p.raiseErrorKnownLocation(a, `cannot assign to ${get_expr_name(a)} here. Maybe you meant '==' instead of '='?`);
      }
    }
    p.pos = start;
  }
  return p.memoSet(INVALID_NAMED_EXPRESSION_MEMO, start, null);
}

function atEqualOrWalrus(p: Parser): boolean {
  const k = p.peek().type;
  return k === T.EQUAL || k === T.COLONEQUAL;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') a=starred_expression for_if_clauses {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "iterable unpacking cannot be used in comprehension") }
//     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, PyPegen_last_item(b, expr_ty), "did you forget parentheses around the comprehension target?") }
//     | ('[' | '{') a=star_named_expression b=',' for_if_clauses {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "did you forget parentheses around the comprehension target?") }
export function invalid_comprehension(p: Parser): null {
  const start = p.pos;
  const k = p.peek().type;
  if (k !== T.LSQB && k !== T.LPAR && k !== T.LBRACE) return null;
  p.pos++;
  const a = starred_expression(p);
  if (a !== null && for_if_clauses(p) !== null) {
    p.raiseErrorKnownLocation(a, 'iterable unpacking cannot be used in comprehension');
  }
  if (k !== T.LPAR) {
    p.pos = start + 1;
    const a2 = star_named_expression(p);
    if (a2 !== null) {
      const comma = p.expect(T.COMMA);
      if (comma !== null) {
        const m = p.pos;
        const b = star_named_expressions(p);
        if (b !== null && for_if_clauses(p) !== null) {
          p.raiseErrorKnownRange(a2, b[b.length - 1], 'did you forget parentheses around the comprehension target?');
        }
        p.pos = m;
        if (for_if_clauses(p) !== null) {
          p.raiseErrorKnownRange(a2, comma, 'did you forget parentheses around the comprehension target?');
        }
      }
    }
  }
  p.pos = start;
  return null;
}

// invalid_dict_comprehension:
//     | '{' a='**' bitwise_or for_if_clauses '}' {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "dict unpacking cannot be used in dict comprehension") }
export function invalid_dict_comprehension(p: Parser): null {
  const start = p.pos;
  if (p.expect(T.LBRACE) !== null) {
    const a = p.expect(T.DOUBLESTAR);
    if (a !== null && bitwise_or(p) !== null && for_if_clauses(p) !== null && p.at(T.RBRACE)) {
      p.raiseErrorKnownLocation(a, 'dict unpacking cannot be used in dict comprehension');
    }
  }
  p.pos = start;
  return null;
}

// invalid_group:
//     | '(' a=starred_expression ')' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot use starred expression here") }
//     | '(' a='**' expression ')' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot use double starred expression here") }
export function invalid_group(p: Parser): null {
  const start = p.pos;
  if (p.expect(T.LPAR) !== null) {
    const a = starred_expression(p);
    if (a !== null && p.at(T.RPAR)) p.raiseErrorKnownLocation(a, 'cannot use starred expression here');
    p.pos = start + 1;
    const b = p.expect(T.DOUBLESTAR);
    if (b !== null && expression(p) !== null && p.at(T.RPAR)) {
      p.raiseErrorKnownLocation(b, 'cannot use double starred expression here');
    }
  }
  p.pos = start;
  return null;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' a='*' bitwise_or { RAISE_SYNTAX_ERROR_STARTING_FROM(a, "cannot use a starred expression in a dictionary value") }
//     | expression a=':' &('}'|',') { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "expression expected after dictionary key and ':'") }
export function invalid_double_starred_kvpairs(p: Parser): null {
  const start = p.pos;
  if (double_starred_kvpair(p) !== null) {
    for (;;) {
      const m = p.pos;
      if (p.expect(T.COMMA) === null) break;
      if (double_starred_kvpair(p) === null) {
        p.pos = m;
        break;
      }
    }
    if (p.expect(T.COMMA) !== null) invalid_kvpair(p);
  }
  p.pos = start;
  kvpairErrors(p);
  p.pos = start;
  return null;
}

/** The two alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair. */
function kvpairErrors(p: Parser): void {
  const start = p.pos;
  if (expression(p) !== null) {
    const colon = p.expect(T.COLON);
    if (colon !== null) {
      const a = p.expect(T.STAR);
      if (a !== null && bitwise_or(p) !== null) {
        raiseStartingFrom(p, tokenRange(a), 'cannot use a starred expression in a dictionary value');
      }
      const k = p.tokens[p.tokens.indexOf(colon, start) + 1].type;
      if (k === T.RBRACE || k === T.COMMA) {
        p.raiseErrorKnownLocation(colon, "expression expected after dictionary key and ':'");
      }
    }
  }
  p.pos = start;
}

// invalid_kvpair:
//     | a=expression !(':') {
//         RAISE_ERROR_KNOWN_LOCATION(p, PyExc_SyntaxError, a->lineno, a->end_col_offset - 1, a->end_lineno, -1, "':' expected after dictionary key") }
//     | expression ':' a='*' bitwise_or { RAISE_SYNTAX_ERROR_STARTING_FROM(a, "cannot use a starred expression in a dictionary value") }
//     | expression a=':' &('}'|',') {RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "expression expected after dictionary key and ':'") }
export function invalid_kvpair(p: Parser): null {
  const start = p.pos;
  const a = expression(p);
  if (a !== null && !p.at(T.COLON)) {
    const err = p.makeError('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset - 1, a.end_lineno, -1);
    err.endOffset = 0;
    throw err;
  }
  p.pos = start;
  kvpairErrors(p);
  p.pos = start;
  return null;
}

// ---- lambda parameters ------------------------------------------------------

// invalid_lambda_parameters:
//     | lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "non-default argument follows default argument") }
//     | lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')' {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "Lambda expression parameters cannot be parenthesized") }
//     | a="/" ',' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "at least one argument must precede /") }
//     | (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/' {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "/ may appear only once") }
//     | (lambda_slash_no_default | lambda_slash_with_default)? lambda_param_maybe_default* '*' (',' | lambda_param_no_default) lambda_param_maybe_default* a='/' {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "/ must be ahead of *") }
//     | lambda_param_maybe_default+ '/' a='*' {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "expected comma between / and *") }
export function invalid_lambda_parameters(p: Parser): null {
  const start = p.pos;
  loop0(p, lambda_param_no_default);
  if (invalid_lambda_parameters_helper(p)) {
    const a = lambda_param_no_default(p);
    if (a !== null) p.raiseErrorKnownLocation(a, 'non-default argument follows default argument');
  }
  p.pos = start;
  loop0(p, lambda_param_no_default);
  {
    const a = p.expect(T.LPAR);
    if (a !== null && lambda_param(p) !== null) {
      for (;;) {
        const m = p.pos;
        if (p.expect(T.COMMA) === null) break;
        if (lambda_param(p) === null) {
          p.pos = m;
          break;
        }
      }
      p.expect(T.COMMA);
      const b = p.expect(T.RPAR);
      if (b !== null) p.raiseErrorKnownRange(a, b, 'Lambda expression parameters cannot be parenthesized');
    }
  }
  p.pos = start;
  {
    const a = p.expect(T.SLASH);
    if (a !== null && p.at(T.COMMA)) p.raiseErrorKnownLocation(a, 'at least one argument must precede /');
  }
  p.pos = start;
  if (lambda_slash_no_default(p) !== null || lambda_slash_with_default(p) !== null) {
    loop0(p, lambda_param_maybe_default);
    const a = p.expect(T.SLASH);
    if (a !== null) p.raiseErrorKnownLocation(a, '/ may appear only once');
  }
  p.pos = start;
  if (lambda_slash_no_default(p) === null) lambda_slash_with_default(p);
  loop0(p, lambda_param_maybe_default);
  if (p.expect(T.STAR) !== null && (p.expect(T.COMMA) !== null || lambda_param_no_default(p) !== null)) {
    loop0(p, lambda_param_maybe_default);
    const a = p.expect(T.SLASH);
    if (a !== null) p.raiseErrorKnownLocation(a, '/ must be ahead of *');
  }
  p.pos = start;
  if (loop0(p, lambda_param_maybe_default).length > 0 && p.expect(T.SLASH) !== null) {
    const a = p.expect(T.STAR);
    if (a !== null) p.raiseErrorKnownLocation(a, 'expected comma between / and *');
  }
  p.pos = start;
  return null;
}

// invalid_lambda_parameters_helper:
//     | a=lambda_slash_with_default { _PyPegen_singleton_seq(p, a) }
//     | lambda_param_with_default+
function invalid_lambda_parameters_helper(p: Parser): boolean {
  if (lambda_slash_with_default(p) !== null) return true;
  let n = 0;
  while (lambda_param_with_default(p) !== null) n++;
  return n > 0;
}

// invalid_lambda_star_etc:
//     | '*' (':' | ',' (':' | '**')) { RAISE_SYNTAX_ERROR("named arguments must follow bare *") }
//     | '*' lambda_param a='=' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "var-positional argument cannot have default value") }
//     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',') {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "* argument may appear only once") }
export function invalid_lambda_star_etc(p: Parser): null {
  const start = p.pos;
  if (p.expect(T.STAR) === null) return null;
  const k1 = p.peek().type;
  if (k1 === T.COLON) p.raiseSyntaxError('named arguments must follow bare *');
  if (k1 === T.COMMA) {
    const k2 = p.peekAt(1).type;
    if (k2 === T.COLON || k2 === T.DOUBLESTAR) p.raiseSyntaxError('named arguments must follow bare *');
  }
  const afterStar = p.pos;
  if (lambda_param(p) !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq !== null) p.raiseErrorKnownLocation(eq, 'var-positional argument cannot have default value');
  }
  p.pos = afterStar;
  if (lambda_param_no_default(p) !== null || p.expect(T.COMMA) !== null) {
    loop0(p, lambda_param_maybe_default);
    const b = p.expect(T.STAR);
    if (b !== null && (lambda_param_no_default(p) !== null || p.expect(T.COMMA) !== null)) {
      p.raiseErrorKnownLocation(b, '* argument may appear only once');
    }
  }
  p.pos = start;
  return null;
}

// invalid_lambda_kwds:
//     | '**' lambda_param a='=' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "var-keyword argument cannot have default value") }
//     | '**' lambda_param ',' a=lambda_param { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
//     | '**' lambda_param ',' a[Token*]=('*'|'**'|'/') { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
export function invalid_lambda_kwds(p: Parser): null {
  const start = p.pos;
  if (p.expect(T.DOUBLESTAR) !== null && lambda_param(p) !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq !== null) p.raiseErrorKnownLocation(eq, 'var-keyword argument cannot have default value');
    if (p.expect(T.COMMA) !== null) {
      const a = lambda_param(p);
      if (a !== null) p.raiseErrorKnownLocation(a, 'arguments cannot follow var-keyword argument');
      const t = p.peek();
      if (t.type === T.STAR || t.type === T.DOUBLESTAR || t.type === T.SLASH) {
        p.raiseErrorKnownLocation(t, 'arguments cannot follow var-keyword argument');
      }
    }
  }
  p.pos = start;
  return null;
}
