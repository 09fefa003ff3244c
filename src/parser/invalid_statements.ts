/**
 * The invalid_* rules of the statement grammar (Grammar/python.gram): only
 * tried in the second pass (p.callInvalidRules) to turn a failed parse into
 * CPython's specific message. Each either raises a PySyntaxError or fails
 * with null, leaving p.pos where it was.
 */
import { T } from '../tokenizer/tokens';
import type { expr, pattern } from '../ast/nodes';
import type { Parser } from './parser';
import {
  arguments_rule, expression, expressions, get_expr_name, get_invalid_target, list as list_rule,
  named_expression, star_expressions, star_named_expression, star_named_expressions, star_target, star_targets,
  tuple as tuple_rule, yield_expr,
} from './expressions';
import { augassign } from './simple_statements';
import { import_from_as_names } from './imports';
import { block, except_block, except_star_block } from './statements';
import {
  param, param_maybe_default, param_no_default, param_with_default, params,
  slash_no_default, slash_with_default,
} from './functions';
import { guard, keyword_patterns, name_or_attr, or_pattern, patterns, positional_patterns, subject_expr } from './patterns';
import { atAsync, loop0, raiseStartingFrom } from './statement_helpers';
import { errorAtLastToken } from './report';

/** CPython's TARGETS_TYPE for RAISE_SYNTAX_ERROR_INVALID_TARGET. */
export const enum TargetsType {
  STAR_TARGETS,
  DEL_TARGETS,
  FOR_TARGETS,
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET (pegen.h): raises if `e` holds an invalid target, else returns null. */
export function raiseInvalidTarget(p: Parser, type: TargetsType, e: expr): null {
  const t = get_invalid_target(e, type);
  if (t !== null) {
    const msg = type === TargetsType.DEL_TARGETS ? 'cannot delete %s' : 'cannot assign to %s';
    p.raiseErrorKnownLocation(t, msg.replace('%s', get_expr_name(t)));
  }
  return null;
}

/** Is the current token one that must not be followed by INDENT: `NEWLINE !INDENT`. */
function newlineNoIndent(p: Parser): boolean {
  if (p.expect(T.NEWLINE) === null) return false;
  return !p.at(T.INDENT);
}

function indentError(p: Parser, what: string, t: { lineno: number }): never {
  throw errorAtLastToken(p, `expected an indented block after ${what} on line ${t.lineno}`, 'IndentationError');
}

function raiseError(p: Parser, msg: string): never {
  throw errorAtLastToken(p, msg, 'SyntaxError');
}

// invalid_assignment:
//     | a=invalid_ann_assign_target ':' expression {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "only single target (not %s) can be annotated", _PyPegen_get_expr_name(a)) }
//     | a=star_named_expression ',' star_named_expressions* ':' expression {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "only single target (not tuple) can be annotated") }
//     | a=expression ':' expression { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "illegal target for annotation") }
//     | (star_targets '=')* a=star_expressions '=' { RAISE_SYNTAX_ERROR_INVALID_TARGET(STAR_TARGETS, a) }
//     | (star_targets '=')* a=yield_expr '=' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "assignment to yield expression not possible") }
//     | a=star_expressions augassign (yield_expr | star_expressions) {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "'%s' is an illegal expression for augmented assignment", _PyPegen_get_expr_name(a)) }
export function invalid_assignment(p: Parser): null {
  const start = p.mark();
  let a: expr | null = invalid_ann_assign_target(p);
  if (a !== null && p.expect(T.COLON) !== null && expression(p) !== null) {
    p.raiseErrorKnownLocation(a, `only single target (not ${get_expr_name(a)}) can be annotated`);
  }
  p.reset(start);
  a = star_named_expression(p);
  if (a !== null && p.expect(T.COMMA) !== null) {
    while (star_named_expressions(p) !== null);
    if (p.expect(T.COLON) !== null && expression(p) !== null) {
      p.raiseErrorKnownLocation(a, 'only single target (not tuple) can be annotated');
    }
  }
  p.reset(start);
  a = expression(p);
  if (a !== null && p.expect(T.COLON) !== null && expression(p) !== null) {
    p.raiseErrorKnownLocation(a, 'illegal target for annotation');
  }
  p.reset(start);
  starTargetsEqualStar(p);
  a = star_expressions(p);
  if (a !== null && p.expect(T.EQUAL) !== null) raiseInvalidTarget(p, TargetsType.STAR_TARGETS, a);
  p.reset(start);
  starTargetsEqualStar(p);
  a = yield_expr(p);
  if (a !== null && p.expect(T.EQUAL) !== null) p.raiseErrorKnownLocation(a, 'assignment to yield expression not possible');
  p.reset(start);
  a = star_expressions(p);
  if (a !== null && augassign(p) !== null && (yield_expr(p) ?? star_expressions(p)) !== null) {
    p.raiseErrorKnownLocation(a, `'${get_expr_name(a)}' is an illegal expression for augmented assignment`);
  }
  p.reset(start);
  return null;
}

/** (star_targets '=')* */
function starTargetsEqualStar(p: Parser): void {
  for (;;) {
    const m = p.mark();
    if (star_targets(p) === null || p.expect(T.EQUAL) === null) {
      p.reset(m);
      return;
    }
  }
}

// invalid_ann_assign_target[expr_ty]:
//     | list
//     | tuple
//     | '(' a=invalid_ann_assign_target ')' { a }
export function invalid_ann_assign_target(p: Parser): expr | null {
  const start = p.mark();
  const a = list_rule(p) ?? tuple_rule(p);
  if (a !== null) return a;
  if (p.expect(T.LPAR) !== null) {
    const b = invalid_ann_assign_target(p);
    if (b !== null && p.expect(T.RPAR) !== null) return b;
  }
  p.reset(start);
  return null;
}

// invalid_del_stmt:
//     | 'del' a=star_expressions { RAISE_SYNTAX_ERROR_INVALID_TARGET(DEL_TARGETS, a) }
export function invalid_del_stmt(p: Parser): null {
  const start = p.mark();
  if (p.keyword('del') !== null) {
    const a = star_expressions(p);
    if (a !== null) raiseInvalidTarget(p, TargetsType.DEL_TARGETS, a);
  }
  p.reset(start);
  return null;
}

// invalid_block:
//     | NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block") }
export function invalid_block(p: Parser): null {
  const start = p.mark();
  if (newlineNoIndent(p)) throw errorAtLastToken(p, 'expected an indented block', 'IndentationError');
  p.reset(start);
  return null;
}

// invalid_parameters:
//     | param_no_default* invalid_parameters_helper a=param_no_default {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "non-default argument follows default argument") }
//     | param_no_default* a='(' param_no_default+ ','? b=')' {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "Function parameters cannot be parenthesized") }
//     | a="/" ',' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "at least one argument must precede /") }
//     | (slash_no_default | slash_with_default) param_maybe_default* a='/' {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "/ may appear only once") }
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/' {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "/ must be ahead of *") }
//     | param_maybe_default+ '/' a='*' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "expected comma between / and *") }
export function invalid_parameters(p: Parser): null {
  const start = p.mark();
  loop0(p, param_no_default);
  if (invalid_parameters_helper(p)) {
    const a = param_no_default(p);
    if (a !== null) p.raiseErrorKnownLocation(a, 'non-default argument follows default argument');
  }
  p.reset(start);
  loop0(p, param_no_default);
  {
    const a = p.expect(T.LPAR);
    if (a !== null && loop0(p, param_no_default).length > 0) {
      p.expect(T.COMMA);
      const b = p.expect(T.RPAR);
      if (b !== null) p.raiseErrorKnownRange(a, b, 'Function parameters cannot be parenthesized');
    }
  }
  p.reset(start);
  {
    const a = p.expect(T.SLASH);
    if (a !== null && p.expect(T.COMMA) !== null) p.raiseErrorKnownLocation(a, 'at least one argument must precede /');
  }
  p.reset(start);
  if (slash_no_default(p) !== null || slash_with_default(p) !== null) {
    loop0(p, param_maybe_default);
    const a = p.expect(T.SLASH);
    if (a !== null) p.raiseErrorKnownLocation(a, '/ may appear only once');
  }
  p.reset(start);
  if (slash_no_default(p) === null) slash_with_default(p);
  loop0(p, param_maybe_default);
  if (p.expect(T.STAR) !== null && (p.expect(T.COMMA) !== null || param_no_default(p) !== null)) {
    loop0(p, param_maybe_default);
    const a = p.expect(T.SLASH);
    if (a !== null) p.raiseErrorKnownLocation(a, '/ must be ahead of *');
  }
  p.reset(start);
  if (loop0(p, param_maybe_default).length > 0 && p.expect(T.SLASH) !== null) {
    const a = p.expect(T.STAR);
    if (a !== null) p.raiseErrorKnownLocation(a, 'expected comma between / and *');
  }
  p.reset(start);
  return null;
}

// invalid_parameters_helper: # This is only there to avoid type errors
//     | a=slash_with_default { _PyPegen_singleton_seq(p, a) }
//     | param_with_default+
export function invalid_parameters_helper(p: Parser): boolean {
  if (slash_with_default(p) !== null) return true;
  let n = 0;
  while (param_with_default(p) !== null) n++;
  return n > 0;
}

// invalid_default:
//     | a='=' &(')'|',') { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "expected default value expression") }
export function invalid_default(p: Parser): null {
  const a = p.peek();
  if (a.type === T.EQUAL) {
    const k = p.peekAt(1).type;
    if (k === T.RPAR || k === T.COMMA) p.raiseErrorKnownLocation(a, 'expected default value expression');
  }
  return null;
}

// invalid_star_etc:
//     | a='*' (')' | ',' (')' | '**')) { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "named arguments must follow bare *") }
//     | '*' ',' TYPE_COMMENT { RAISE_SYNTAX_ERROR("bare * has associated type comment") }
//     | '*' param a='=' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "var-positional argument cannot have default value") }
//     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "* argument may appear only once") }
export function invalid_star_etc(p: Parser): null {
  const start = p.mark();
  const a = p.expect(T.STAR);
  if (a === null) return null;
  const k1 = p.peek().type;
  if (k1 === T.RPAR) p.raiseErrorKnownLocation(a, 'named arguments must follow bare *');
  if (k1 === T.COMMA) {
    const k2 = p.peekAt(1).type;
    if (k2 === T.RPAR || k2 === T.DOUBLESTAR) p.raiseErrorKnownLocation(a, 'named arguments must follow bare *');
    if (k2 === T.TYPE_COMMENT) {
      p.pos += 2;
      raiseError(p, 'bare * has associated type comment');
    }
  }
  const afterStar = p.mark();
  if (param(p) !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq !== null) p.raiseErrorKnownLocation(eq, 'var-positional argument cannot have default value');
  }
  p.reset(afterStar);
  if (param_no_default(p) !== null || p.expect(T.COMMA) !== null) {
    loop0(p, param_maybe_default);
    const b = p.expect(T.STAR);
    if (b !== null && (param_no_default(p) !== null || p.expect(T.COMMA) !== null)) {
      p.raiseErrorKnownLocation(b, '* argument may appear only once');
    }
  }
  p.reset(start);
  return null;
}

// invalid_kwds:
//     | '**' param a='=' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "var-keyword argument cannot have default value") }
//     | '**' param ',' a=param { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
//     | '**' param ',' a[Token*]=('*'|'**'|'/') { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
export function invalid_kwds(p: Parser): null {
  const start = p.mark();
  if (p.expect(T.DOUBLESTAR) !== null && param(p) !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq !== null) p.raiseErrorKnownLocation(eq, 'var-keyword argument cannot have default value');
    if (p.expect(T.COMMA) !== null) {
      const afterComma = p.mark();
      const a = param(p);
      if (a !== null) p.raiseErrorKnownLocation(a, 'arguments cannot follow var-keyword argument');
      p.reset(afterComma);
      const t = p.peek();
      if (t.type === T.STAR || t.type === T.DOUBLESTAR || t.type === T.SLASH) {
        p.raiseErrorKnownLocation(t, 'arguments cannot follow var-keyword argument');
      }
    }
  }
  p.reset(start);
  return null;
}

// invalid_double_type_comments:
//     | TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT { RAISE_SYNTAX_ERROR("Cannot have two type comments on def") }
export function invalid_double_type_comments(p: Parser): null {
  if (
    p.peekAt(0).type === T.TYPE_COMMENT &&
    p.peekAt(1).type === T.NEWLINE &&
    p.peekAt(2).type === T.TYPE_COMMENT &&
    p.peekAt(3).type === T.NEWLINE &&
    p.peekAt(4).type === T.INDENT
  ) {
    p.pos += 5;
    raiseError(p, 'Cannot have two type comments on def');
  }
  return null;
}

// invalid_with_item:
//     | expression 'as' a=expression &(',' | ')' | ':') { RAISE_SYNTAX_ERROR_INVALID_TARGET(STAR_TARGETS, a) }
export function invalid_with_item(p: Parser): null {
  const start = p.mark();
  if (expression(p) !== null && p.keyword('as') !== null) {
    const a = expression(p);
    if (a !== null) {
      const k = p.peek().type;
      if (k === T.COMMA || k === T.RPAR || k === T.COLON) raiseInvalidTarget(p, TargetsType.STAR_TARGETS, a);
    }
  }
  p.reset(start);
  return null;
}

// invalid_for_target:
//     | ASYNC? 'for' a=star_expressions { RAISE_SYNTAX_ERROR_INVALID_TARGET(FOR_TARGETS, a) }
export function invalid_for_target(p: Parser): null {
  const start = p.mark();
  if (atAsync(p)) p.pos++;
  if (p.keyword('for') !== null) {
    const a = star_expressions(p);
    if (a !== null) raiseInvalidTarget(p, TargetsType.FOR_TARGETS, a);
  }
  p.reset(start);
  return null;
}

// invalid_import_from_targets:
//     | import_from_as_names ',' NEWLINE { RAISE_SYNTAX_ERROR("trailing comma not allowed without surrounding parentheses") }
export function invalid_import_from_targets(p: Parser): null {
  const start = p.mark();
  if (import_from_as_names(p) !== null && p.expect(T.COMMA) !== null && p.expect(T.NEWLINE) !== null) {
    raiseError(p, 'trailing comma not allowed without surrounding parentheses');
  }
  p.reset(start);
  return null;
}

/** ','.(expression ['as' star_target])+ , or with `expressions` when `plural`. */
function withItemsLoose(p: Parser, plural: boolean): boolean {
  let n = 0;
  for (;;) {
    const m = p.mark();
    if (n > 0 && p.expect(T.COMMA) === null) break;
    const e = plural ? expressions(p) : expression(p);
    if (e === null) {
      p.reset(m);
      break;
    }
    const m2 = p.mark();
    if (p.keyword('as') === null || star_target(p) === null) p.reset(m2);
    n++;
  }
  return n > 0;
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
export function invalid_with_stmt(p: Parser): null {
  const start = p.mark();
  if (atAsync(p)) p.pos++;
  if (p.keyword('with') !== null) {
    const afterWith = p.mark();
    if (withItemsLoose(p, false) && p.expect(T.NEWLINE) !== null) raiseError(p, "expected ':'");
    p.reset(afterWith);
    if (p.expect(T.LPAR) !== null && withItemsLoose(p, true)) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null && p.expect(T.NEWLINE) !== null) raiseError(p, "expected ':'");
    }
  }
  p.reset(start);
  return null;
}

// invalid_with_stmt_indent:
//     | [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'with' statement on line %d", a->lineno) }
//     | [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'with' statement on line %d", a->lineno) }
export function invalid_with_stmt_indent(p: Parser): null {
  const start = p.mark();
  if (atAsync(p)) p.pos++;
  const a = p.keyword('with');
  if (a !== null) {
    const afterWith = p.mark();
    if (withItemsLoose(p, false) && p.expect(T.COLON) !== null && newlineNoIndent(p)) indentError(p, "'with' statement", a);
    p.reset(afterWith);
    if (p.expect(T.LPAR) !== null && withItemsLoose(p, true)) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null && p.expect(T.COLON) !== null && newlineNoIndent(p)) {
        indentError(p, "'with' statement", a);
      }
    }
  }
  p.reset(start);
  return null;
}

// invalid_try_stmt:
//     | a='try' ':' NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block after 'try' statement on line %d", a->lineno) }
//     | 'try' ':' block !('except' | 'finally') { RAISE_SYNTAX_ERROR("expected 'except' or 'finally' block") }
//     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':' {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "cannot have both 'except' and 'except*' on the same 'try'") }
//     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' {
//         RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot have both 'except' and 'except*' on the same 'try'") }
export function invalid_try_stmt(p: Parser): null {
  const start = p.mark();
  const a = p.keyword('try');
  if (a === null) return null;
  if (p.expect(T.COLON) === null) {
    p.reset(start);
    return null;
  }
  const afterColon = p.mark();
  if (newlineNoIndent(p)) indentError(p, "'try' statement", a);
  p.reset(afterColon);
  if (block(p) !== null && !p.atKeyword('except') && !p.atKeyword('finally')) {
    raiseError(p, "expected 'except' or 'finally' block");
  }
  p.reset(afterColon);
  while (block(p) !== null);
  const afterBlocks = p.mark();
  let n = 0;
  while (except_block(p) !== null) n++;
  if (n > 0) {
    const e = p.keyword('except');
    const s = e !== null ? p.expect(T.STAR) : null;
    if (e !== null && s !== null && expression(p) !== null) {
      optionalAsName(p);
      if (p.expect(T.COLON) !== null) p.raiseErrorKnownRange(e, s, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  p.reset(afterBlocks);
  n = 0;
  while (except_star_block(p) !== null) n++;
  if (n > 0) {
    const e = p.keyword('except');
    if (e !== null) {
      const m = p.mark();
      if (expression(p) !== null) optionalAsName(p);
      else p.reset(m);
      if (p.expect(T.COLON) !== null) p.raiseErrorKnownLocation(e, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  p.reset(start);
  return null;
}


/** ['as' NAME] */
function optionalAsName(p: Parser): void {
  const m = p.mark();
  if (p.keyword('as') === null || p.name() === null) p.reset(m);
}

// invalid_except_stmt:
//     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':' {
//         RAISE_SYNTAX_ERROR_STARTING_FROM(a, "multiple exception types must be parenthesized") }
//     | a='except' '*'? expression ['as' NAME ] NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='except' NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='except' '*' (NEWLINE | ':') { RAISE_SYNTAX_ERROR("expected one or more exception types") }
export function invalid_except_stmt(p: Parser): null {
  const start = p.mark();
  if (p.keyword('except') === null) return null;
  const afterExcept = p.mark();
  p.expect(T.STAR);
  const a = expression(p);
  if (a !== null && p.expect(T.COMMA) !== null && expressions(p) !== null) {
    optionalAsName(p);
    if (p.expect(T.COLON) !== null) raiseStartingFrom(p, a, 'multiple exception types must be parenthesized');
  }
  p.reset(afterExcept);
  p.expect(T.STAR);
  if (expression(p) !== null) {
    optionalAsName(p);
    if (p.expect(T.NEWLINE) !== null) raiseError(p, "expected ':'");
  }
  p.reset(afterExcept);
  if (p.expect(T.NEWLINE) !== null) raiseError(p, "expected ':'");
  if (p.expect(T.STAR) !== null && (p.expect(T.NEWLINE) !== null || p.expect(T.COLON) !== null)) {
    raiseError(p, 'expected one or more exception types');
  }
  p.reset(start);
  return null;
}

// invalid_finally_stmt:
//     | a='finally' ':' NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block after 'finally' statement on line %d", a->lineno) }
export function invalid_finally_stmt(p: Parser): null {
  const start = p.mark();
  const a = p.keyword('finally');
  if (a !== null && p.expect(T.COLON) !== null && newlineNoIndent(p)) indentError(p, "'finally' statement", a);
  p.reset(start);
  return null;
}

// invalid_except_stmt_indent:
//     | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'except' statement on line %d", a->lineno) }
//     | a='except' ':' NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block after 'except' statement on line %d", a->lineno) }
export function invalid_except_stmt_indent(p: Parser): null {
  const start = p.mark();
  const a = p.keyword('except');
  if (a === null) return null;
  const afterExcept = p.mark();
  if (expression(p) !== null) {
    optionalAsName(p);
    if (p.expect(T.COLON) !== null && newlineNoIndent(p)) indentError(p, "'except' statement", a);
  }
  p.reset(afterExcept);
  if (p.expect(T.COLON) !== null && newlineNoIndent(p)) indentError(p, "'except' statement", a);
  p.reset(start);
  return null;
}

// invalid_except_star_stmt_indent:
//     | a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'except*' statement on line %d", a->lineno) }
export function invalid_except_star_stmt_indent(p: Parser): null {
  const start = p.mark();
  const a = p.keyword('except');
  if (a !== null && p.expect(T.STAR) !== null && expression(p) !== null) {
    optionalAsName(p);
    if (p.expect(T.COLON) !== null && newlineNoIndent(p)) indentError(p, "'except*' statement", a);
  }
  p.reset(start);
  return null;
}

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE { CHECK_VERSION(void*, 10, "Pattern matching is", RAISE_SYNTAX_ERROR("expected ':'") ) }
//     | a="match" subject=subject_expr ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'match' statement on line %d", a->lineno) }
export function invalid_match_stmt(p: Parser): null {
  const start = p.mark();
  const a = p.keyword('match');
  if (a !== null && subject_expr(p) !== null) {
    missingColonOrIndent(p, "'match' statement", a);
  }
  p.reset(start);
  return null;
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a="case" patterns guard? ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'case' statement on line %d", a->lineno) }
export function invalid_case_block(p: Parser): null {
  const start = p.mark();
  const a = p.keyword('case');
  if (a !== null && patterns(p) !== null) {
    guard(p);
    missingColonOrIndent(p, "'case' statement", a);
  }
  p.reset(start);
  return null;
}

// invalid_as_pattern:
//     | or_pattern 'as' a="_" { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot use '_' as a target") }
//     | or_pattern 'as' !NAME a=expression { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "invalid pattern target") }
export function invalid_as_pattern(p: Parser): null {
  const start = p.mark();
  if (or_pattern(p) !== null && p.keyword('as') !== null) {
    const a = p.keyword('_');
    if (a !== null) p.raiseErrorKnownLocation(a, "cannot use '_' as a target");
    const m = p.mark();
    if (p.name() === null) {
      const e = expression(p);
      if (e !== null) p.raiseErrorKnownLocation(e, 'invalid pattern target');
    }
    p.reset(m);
  }
  p.reset(start);
  return null;
}

// invalid_class_pattern:
//     | name_or_attr '(' a=invalid_class_argument_pattern { RAISE_SYNTAX_ERROR_KNOWN_RANGE(
//         PyPegen_first_item(a, pattern_ty), PyPegen_last_item(a, pattern_ty), "positional patterns follow keyword patterns") }
export function invalid_class_pattern(p: Parser): null {
  const start = p.mark();
  if (name_or_attr(p) !== null && p.expect(T.LPAR) !== null) {
    const a = invalid_class_argument_pattern(p);
    if (a !== null) p.raiseErrorKnownRange(a[0], a[a.length - 1], 'positional patterns follow keyword patterns');
  }
  p.reset(start);
  return null;
}

// invalid_class_argument_pattern[asdl_pattern_seq*]:
//     | [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
export function invalid_class_argument_pattern(p: Parser): pattern[] | null {
  const start = p.mark();
  if (positional_patterns(p) === null || p.expect(T.COMMA) === null) p.reset(start);
  if (keyword_patterns(p) !== null && p.expect(T.COMMA) !== null) {
    const a = positional_patterns(p);
    if (a !== null) return a;
  }
  p.reset(start);
  return null;
}

/**
 * The two alternatives that follow a compound statement's header in its invalid_*_stmt rule:
 *     | header NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
 *     | a=header ':' NEWLINE !INDENT {
 *         RAISE_INDENTATION_ERROR("expected an indented block after %s on line %d", a->lineno) }
 * called with the header read; `what` null when the rule has only the first. The position is
 * the caller's to reset.
 */
function missingColonOrIndent(p: Parser, what: string | null, a: { lineno: number }): void {
  const m = p.mark();
  if (p.expect(T.NEWLINE) !== null) raiseError(p, "expected ':'");
  p.reset(m);
  if (what !== null && p.expect(T.COLON) !== null && newlineNoIndent(p)) indentError(p, what, a);
}

/** The `'if' named_expression` / `'while' named_expression` / ... heads shared by the next rules. */
function headNewline(p: Parser, kw: string, what: string | null): null {
  const start = p.mark();
  const a = p.keyword(kw);
  if (a !== null && named_expression(p) !== null) {
    missingColonOrIndent(p, what, a);
  }
  p.reset(start);
  return null;
}

// invalid_if_stmt:
//     | 'if' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='if' a=named_expression ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'if' statement on line %d", a->lineno) }
export function invalid_if_stmt(p: Parser): null {
  // Note `a=` is bound twice in the grammar: the line reported is the condition's.
  const start = p.mark();
  if (p.keyword('if') !== null) {
    const a = named_expression(p);
    if (a !== null) {
      missingColonOrIndent(p, "'if' statement", a);
    }
  }
  p.reset(start);
  return null;
}

// invalid_elif_stmt:
//     | 'elif' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='elif' named_expression ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'elif' statement on line %d", a->lineno) }
export function invalid_elif_stmt(p: Parser): null {
  return headNewline(p, 'elif', "'elif' statement");
}

// invalid_else_stmt:
//     | a='else' ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'else' statement on line %d", a->lineno) }
export function invalid_else_stmt(p: Parser): null {
  const start = p.mark();
  const a = p.keyword('else');
  if (a !== null && p.expect(T.COLON) !== null && newlineNoIndent(p)) indentError(p, "'else' statement", a);
  p.reset(start);
  return null;
}

// invalid_while_stmt:
//     | 'while' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='while' named_expression ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'while' statement on line %d", a->lineno) }
export function invalid_while_stmt(p: Parser): null {
  return headNewline(p, 'while', "'while' statement");
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'for' statement on line %d", a->lineno) }
export function invalid_for_stmt(p: Parser): null {
  const start = p.mark();
  if (atAsync(p)) p.pos++;
  const a = p.keyword('for');
  if (a !== null && star_targets(p) !== null && p.keyword('in') !== null && star_expressions(p) !== null) {
    missingColonOrIndent(p, "'for' statement", a);
  }
  p.reset(start);
  return null;
}

// invalid_def_raw:
//     | [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after function definition on line %d", a->lineno) }
export function invalid_def_raw(p: Parser): null {
  const start = p.mark();
  if (atAsync(p)) p.pos++;
  const a = p.keyword('def');
  if (a !== null && p.name() !== null && p.expect(T.LPAR) !== null) {
    params(p);
    if (p.expect(T.RPAR) !== null) {
      const m = p.mark();
      if (p.expect(T.RARROW) === null || expression(p) === null) p.reset(m);
      if (p.expect(T.COLON) !== null && newlineNoIndent(p)) indentError(p, 'function definition', a);
    }
  }
  p.reset(start);
  return null;
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after class definition on line %d", a->lineno) }
export function invalid_class_def_raw(p: Parser): null {
  const start = p.mark();
  const a = p.keyword('class');
  if (a !== null && p.name() !== null) {
    const m = p.mark();
    if (p.expect(T.LPAR) !== null) {
      arguments_rule(p);
      if (p.expect(T.RPAR) === null) p.reset(m);
    }
    missingColonOrIndent(p, 'class definition', a);
  }
  p.reset(start);
  return null;
}

