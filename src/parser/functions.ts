/**
 * Function definitions, decorators and parameter lists (Grammar/python.gram,
 * "Function definitions" / "Function parameters"), with the action helpers
 * of Parser/action_helpers.c that assemble `arguments`.
 */
import { T } from '../tokenizer/tokens';
import type { Token } from '../tokenizer/token';
import { arg, arguments_, AsyncFunctionDef, FunctionDef, type expr, type stmt } from '../ast/nodes';
import type { Parser } from './parser';
import { expression, named_expression, star_expression } from './expressions';
import { block } from './statements';
import { atAsync, checkVersion, expectForced, identifier, loop0, typeComment } from './statement_helpers';
import {
  invalid_def_raw, invalid_default, invalid_double_type_comments, invalid_kwds, invalid_parameters,
  invalid_star_etc,
} from './invalid_statements';

/** CPython's NameDefaultPair: a parameter and its default (null in param_maybe_default). */
export interface NameDefaultPair {
  arg: arg;
  value: expr | null;
}

/** CPython's SlashWithDefault: the positional-only parameters of `a, b=1, /`. */
export interface SlashWithDefault {
  plainNames: arg[];
  namesWithDefaults: NameDefaultPair[];
}

/** CPython's StarEtc: what follows `*` / `**` in a parameter list. */
export interface StarEtc {
  vararg: arg | null;
  kwonlyargs: NameDefaultPair[] | null;
  kwarg: arg | null;
}

// decorators[asdl_expr_seq*]: a=('@' f=named_expression NEWLINE { f })+ { a }
export function decorators(p: Parser): expr[] | null {
  let res: expr[] | null = null;
  for (;;) {
    const m = p.mark();
    if (p.expect(T.AT) === null) break;
    const f = named_expression(p);
    if (f === null || p.expect(T.NEWLINE) === null) {
      p.reset(m);
      break;
    }
    (res ??= []).push(f);
  }
  return res;
}

// function_def[stmt_ty]:
//     | d=decorators f=function_def_raw { _PyPegen_function_def_decorators(p, d, f) }
//     | function_def_raw
export function function_def(p: Parser): stmt | null {
  const start = p.mark();
  const d = decorators(p);
  if (d !== null) {
    const f = function_def_raw(p);
    if (f !== null) {
      const C = f instanceof AsyncFunctionDef ? AsyncFunctionDef : FunctionDef;
      return new C(f.name, f.args, f.body, d, f.returns, f.type_comment, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
    }
    p.reset(start);
  }
  return function_def_raw(p);
}

// function_def_raw[stmt_ty]:
//     | invalid_def_raw
//     | 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block {
//         _PyAST_FunctionDef(n, params ? params : _PyPegen_empty_arguments(p), b, NULL, a, NEW_TYPE_COMMENT(p, tc), EXTRA) }
//     | ASYNC 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block {
//         CHECK_VERSION(stmt_ty, 5, "Async functions are", _PyAST_AsyncFunctionDef(...)) }
export function function_def_raw(p: Parser): FunctionDef | AsyncFunctionDef | null {
  if (p.callInvalidRules) invalid_def_raw(p);
  const start = p.mark();
  const t0 = p.peek();
  const isAsync = atAsync(p);
  if (isAsync) p.pos++;
  if (p.keyword('def') === null) {
    p.reset(start);
    return null;
  }
  const n = p.name();
  if (n !== null) {
    expectForced(p, T.LPAR, '(');
    const ps = params(p);
    if (p.expect(T.RPAR) !== null) {
      let a: expr | null = null;
      const m = p.mark();
      if (p.expect(T.RARROW) !== null) {
        a = expression(p);
        if (a === null) p.reset(m);
      }
      expectForced(p, T.COLON, ':');
      const tc = func_type_comment(p);
      const b = block(p);
      if (b !== null) {
        const e = p.lastToken();
        const args = ps ?? emptyArguments();
        if (isAsync) {
          return checkVersion(
            p,
            5,
            'Async functions are',
            new AsyncFunctionDef(identifier(n.string), args, b, [], a, typeComment(tc), t0.lineno, t0.col, e.endLineno, e.endCol),
          );
        }
        return new FunctionDef(identifier(n.string), args, b, [], a, typeComment(tc), t0.lineno, t0.col, e.endLineno, e.endCol);
      }
    }
  }
  p.reset(start);
  return null;
}

// func_type_comment[Token*]:
//     | NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT) { t }  # Must be followed by indented block
//     | invalid_double_type_comments
//     | TYPE_COMMENT
export function func_type_comment(p: Parser): Token | null {
  const start = p.mark();
  if (p.expect(T.NEWLINE) !== null) {
    const t = p.expect(T.TYPE_COMMENT);
    if (t !== null && p.peekAt(0).type === T.NEWLINE && p.peekAt(1).type === T.INDENT) return t;
    p.reset(start);
  }
  if (p.callInvalidRules) invalid_double_type_comments(p);
  return p.expect(T.TYPE_COMMENT);
}

// ---- parameters -------------------------------------------------------------

// params[arguments_ty]:
//     | invalid_parameters
//     | parameters
export function params(p: Parser): arguments_ | null {
  if (p.callInvalidRules) invalid_parameters(p);
  return parameters(p);
}

// parameters[arguments_ty]:
//     | a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc] {
//         CHECK_VERSION(arguments_ty, 8, "Positional-only parameters are", _PyPegen_make_arguments(p, a, NULL, b, c, d)) }
//     | a=slash_with_default b=param_with_default* c=[star_etc] {
//         CHECK_VERSION(arguments_ty, 8, "Positional-only parameters are", _PyPegen_make_arguments(p, NULL, a, NULL, b, c)) }
//     | a=param_no_default+ b=param_with_default* c=[star_etc] { _PyPegen_make_arguments(p, NULL, NULL, a, b, c) }
//     | a=param_with_default+ b=[star_etc] { _PyPegen_make_arguments(p, NULL, NULL, NULL, a, b)}
//     | a=star_etc { _PyPegen_make_arguments(p, NULL, NULL, NULL, NULL, a) }
export function parameters(p: Parser): arguments_ | null {
  const start = p.mark();
  const a = slash_no_default(p);
  if (a !== null) {
    const b = loop0(p, param_no_default);
    const c = loop0(p, param_with_default);
    const d = star_etc(p);
    return checkVersion(p, 8, 'Positional-only parameters are', makeArguments(a, null, b, c, d));
  }
  const sw = slash_with_default(p);
  if (sw !== null) {
    const b = loop0(p, param_with_default);
    const c = star_etc(p);
    return checkVersion(p, 8, 'Positional-only parameters are', makeArguments(null, sw, null, b, c));
  }
  const pn = loop0(p, param_no_default);
  if (pn.length > 0) {
    const b = loop0(p, param_with_default);
    const c = star_etc(p);
    return makeArguments(null, null, pn, b, c);
  }
  p.reset(start);
  const pw = loop0(p, param_with_default);
  if (pw.length > 0) {
    const b = star_etc(p);
    return makeArguments(null, null, null, pw, b);
  }
  p.reset(start);
  const se = star_etc(p);
  if (se !== null) return makeArguments(null, null, null, null, se);
  return null;
}

// slash_no_default[asdl_arg_seq*]:
//     | a=param_no_default+ '/' ',' { a }
//     | a=param_no_default+ '/' &')' { a }
export function slash_no_default(p: Parser): arg[] | null {
  const start = p.mark();
  const a = loop0(p, param_no_default);
  if (a.length > 0 && p.expect(T.SLASH) !== null) {
    if (p.expect(T.COMMA) !== null || p.at(T.RPAR)) return a;
  }
  p.reset(start);
  return null;
}

// slash_with_default[SlashWithDefault*]:
//     | a=param_no_default* b=param_with_default+ '/' ',' { _PyPegen_slash_with_default(p, a, b) }
//     | a=param_no_default* b=param_with_default+ '/' &')' { _PyPegen_slash_with_default(p, a, b) }
export function slash_with_default(p: Parser): SlashWithDefault | null {
  const start = p.mark();
  const a = loop0(p, param_no_default);
  const b = loop0(p, param_with_default);
  if (b.length > 0 && p.expect(T.SLASH) !== null) {
    if (p.expect(T.COMMA) !== null || p.at(T.RPAR)) return { plainNames: a, namesWithDefaults: b };
  }
  p.reset(start);
  return null;
}

// star_etc[StarEtc*]:
//     | invalid_star_etc
//     | '*' a=param_no_default b=param_maybe_default* c=[kwds] { _PyPegen_star_etc(p, a, b, c) }
//     | '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds] { _PyPegen_star_etc(p, a, b, c) }
//     | '*' ',' b=param_maybe_default+ c=[kwds] { _PyPegen_star_etc(p, NULL, b, c) }
//     | a=kwds { _PyPegen_star_etc(p, NULL, NULL, a) }
export function star_etc(p: Parser): StarEtc | null {
  if (p.callInvalidRules) invalid_star_etc(p);
  const start = p.mark();
  if (p.expect(T.STAR) !== null) {
    const afterStar = p.mark();
    const a = param_no_default(p) ?? param_no_default_star_annotation(p);
    if (a !== null) {
      const b = loop0(p, param_maybe_default);
      const c = kwds(p);
      return { vararg: a, kwonlyargs: b, kwarg: c };
    }
    p.reset(afterStar);
    if (p.expect(T.COMMA) !== null) {
      const b = loop0(p, param_maybe_default);
      if (b.length > 0) {
        const c = kwds(p);
        return { vararg: null, kwonlyargs: b, kwarg: c };
      }
    }
    p.reset(start);
  }
  const k = kwds(p);
  if (k !== null) return { vararg: null, kwonlyargs: null, kwarg: k };
  return null;
}

// kwds[arg_ty]:
//     | invalid_kwds
//     | '**' a=param_no_default { a }
export function kwds(p: Parser): arg | null {
  if (p.callInvalidRules) invalid_kwds(p);
  const start = p.mark();
  if (p.expect(T.DOUBLESTAR) !== null) {
    const a = param_no_default(p);
    if (a !== null) return a;
  }
  p.reset(start);
  return null;
}

// param_no_default[arg_ty]:
//     | a=param ',' tc=TYPE_COMMENT? { _PyPegen_add_type_comment_to_arg(p, a, tc) }
//     | a=param tc=TYPE_COMMENT? &')' { _PyPegen_add_type_comment_to_arg(p, a, tc) }
export function param_no_default(p: Parser): arg | null {
  const start = p.mark();
  const a = param(p);
  if (a === null) return null;
  return paramEnd(p, start, a);
}

// param_no_default_star_annotation[arg_ty]:
//     | a=param_star_annotation ',' tc=TYPE_COMMENT? { _PyPegen_add_type_comment_to_arg(p, a, tc) }
//     | a=param_star_annotation tc=TYPE_COMMENT? &')' { _PyPegen_add_type_comment_to_arg(p, a, tc) }
export function param_no_default_star_annotation(p: Parser): arg | null {
  const start = p.mark();
  const a = param_star_annotation(p);
  if (a === null) return null;
  return paramEnd(p, start, a);
}

/** The `',' TYPE_COMMENT?` / `TYPE_COMMENT? &')'` tails shared by the param_* rules. */
function paramEnd(p: Parser, start: number, a: arg): arg | null {
  if (p.expect(T.COMMA) !== null) return addTypeComment(a, p.expect(T.TYPE_COMMENT));
  const tc = p.expect(T.TYPE_COMMENT);
  if (p.at(T.RPAR)) return addTypeComment(a, tc);
  p.reset(start);
  return null;
}

// param_with_default[NameDefaultPair*]:
//     | a=param c=default ',' tc=TYPE_COMMENT? { _PyPegen_name_default_pair(p, a, c, tc) }
//     | a=param c=default tc=TYPE_COMMENT? &')' { _PyPegen_name_default_pair(p, a, c, tc) }
export function param_with_default(p: Parser): NameDefaultPair | null {
  const start = p.mark();
  const a = param(p);
  if (a === null) return null;
  const c = default_rule(p);
  if (c !== null) {
    const b = paramEnd(p, start, a);
    if (b !== null) return { arg: b, value: c };
  }
  p.reset(start);
  return null;
}

// param_maybe_default[NameDefaultPair*]:
//     | a=param c=default? ',' tc=TYPE_COMMENT? { _PyPegen_name_default_pair(p, a, c, tc) }
//     | a=param c=default? tc=TYPE_COMMENT? &')' { _PyPegen_name_default_pair(p, a, c, tc) }
export function param_maybe_default(p: Parser): NameDefaultPair | null {
  const start = p.mark();
  const a = param(p);
  if (a === null) return null;
  const c = default_rule(p);
  const b = paramEnd(p, start, a);
  if (b !== null) return { arg: b, value: c };
  return null;
}

// param[arg_ty]: a=NAME b=annotation? { _PyAST_arg(a->v.Name.id, b, NULL, EXTRA) }
export function param(p: Parser): arg | null {
  const a = p.name();
  if (a === null) return null;
  const b = annotation(p);
  const e = p.lastToken();
  return new arg(identifier(a.string), b, null, a.lineno, a.col, e.endLineno, e.endCol);
}

// param_star_annotation[arg_ty]: a=NAME b=star_annotation { _PyAST_arg(a->v.Name.id, b, NULL, EXTRA) }
export function param_star_annotation(p: Parser): arg | null {
  const start = p.mark();
  const a = p.name();
  if (a === null) return null;
  const b = star_annotation(p);
  if (b === null) {
    p.reset(start);
    return null;
  }
  const e = p.lastToken();
  return new arg(identifier(a.string), b, null, a.lineno, a.col, e.endLineno, e.endCol);
}

// annotation[expr_ty]: ':' a=expression { a }
export function annotation(p: Parser): expr | null {
  const start = p.mark();
  if (p.expect(T.COLON) === null) return null;
  const a = expression(p);
  if (a === null) p.reset(start);
  return a;
}

// star_annotation[expr_ty]: ':' a=star_expression { a }
export function star_annotation(p: Parser): expr | null {
  const start = p.mark();
  if (p.expect(T.COLON) === null) return null;
  const a = star_expression(p);
  if (a === null) p.reset(start);
  return a;
}

// default[expr_ty]: '=' a=expression { a } | invalid_default
export function default_rule(p: Parser): expr | null {
  const start = p.mark();
  if (p.expect(T.EQUAL) !== null) {
    const a = expression(p);
    if (a !== null) return a;
    p.reset(start);
  }
  if (p.callInvalidRules) invalid_default(p);
  return null;
}

// ---- action helpers (Parser/action_helpers.c) --------------------------------

/** _PyPegen_add_type_comment_to_arg: a copy of `a` carrying the type comment. */
function addTypeComment(a: arg, tc: Token | null): arg {
  if (tc === null) return a;
  return new arg(a.arg, a.annotation, typeComment(tc), a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
}

/** _PyPegen_empty_arguments */
export function emptyArguments(): arguments_ {
  return new arguments_([], [], null, [], [], null, []);
}

/** _PyPegen_make_arguments */
export function makeArguments(
  slashWithoutDefault: arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: arg[] | null,
  namesWithDefault: NameDefaultPair[] | null,
  starEtc: StarEtc | null,
): arguments_ {
  let posonlyargs: arg[];
  if (slashWithoutDefault !== null) posonlyargs = slashWithoutDefault;
  else if (slashWithDefault !== null) posonlyargs = slashWithDefault.plainNames.concat(slashWithDefault.namesWithDefaults.map((x) => x.arg));
  else posonlyargs = [];

  let posargs: arg[];
  if (plainNames !== null && namesWithDefault !== null) posargs = plainNames.concat(namesWithDefault.map((x) => x.arg));
  else if (namesWithDefault !== null) posargs = namesWithDefault.map((x) => x.arg);
  else if (plainNames !== null) posargs = plainNames;
  else posargs = [];

  let posdefaults: expr[];
  if (slashWithDefault !== null && namesWithDefault !== null) {
    posdefaults = slashWithDefault.namesWithDefaults.map((x) => x.value as expr).concat(namesWithDefault.map((x) => x.value as expr));
  } else if (namesWithDefault !== null) posdefaults = namesWithDefault.map((x) => x.value as expr);
  else if (slashWithDefault !== null) posdefaults = slashWithDefault.namesWithDefaults.map((x) => x.value as expr);
  else posdefaults = [];

  const vararg = starEtc !== null ? starEtc.vararg : null;
  let kwonlyargs: arg[] = [];
  let kwdefaults: (expr | null)[] = [];
  if (starEtc !== null && starEtc.kwonlyargs !== null) {
    kwonlyargs = starEtc.kwonlyargs.map((x) => x.arg);
    kwdefaults = starEtc.kwonlyargs.map((x) => x.value);
  }
  const kwarg = starEtc !== null ? starEtc.kwarg : null;
  return new arguments_(posonlyargs, posargs, vararg, kwonlyargs, kwdefaults as expr[], kwarg, posdefaults);
}
