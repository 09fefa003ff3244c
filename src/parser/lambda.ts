/**
 * Lambda functions (Grammar/python.gram "Lambda functions"): the parameter
 * rules duplicate the `def` ones (functions.ts) without annotations or type
 * comments, ending at ':' instead of ')'.
 */
import { T } from '../tokenizer/tokens';
import { Lambda, arg, type arguments_, type expr } from '../ast/nodes';
import type { Parser } from './parser';
import { checkVersion, identifier, loop0 } from './statement_helpers';
import { expression } from './expressions';
import {
  default_rule, emptyArguments, makeArguments, type NameDefaultPair, type SlashWithDefault, type StarEtc,
} from './functions';
import { invalid_lambda_kwds, invalid_lambda_parameters, invalid_lambda_star_etc } from './invalid_expressions';

// lambdef[expr_ty]:
//     | 'lambda' a=[lambda_params] ':' b=expression {
//         _PyAST_Lambda((a) ? a : CHECK(arguments_ty, _PyPegen_empty_arguments(p)), b, EXTRA) }
export function lambdef(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.keyword('lambda');
  if (t0 === null) return null;
  const a = lambda_params(p);
  if (p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) {
      const e = p.lastToken();
      return new Lambda(a ?? emptyArguments(), b, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
  }
  p.pos = start;
  return null;
}

// lambda_params[arguments_ty]:
//     | invalid_lambda_parameters
//     | lambda_parameters
export function lambda_params(p: Parser): arguments_ | null {
  if (p.callInvalidRules) invalid_lambda_parameters(p);
  return lambda_parameters(p);
}

// lambda_parameters[arguments_ty]:
//     | a=lambda_slash_no_default b[asdl_arg_seq*]=lambda_param_no_default* c=lambda_param_with_default* d=[lambda_star_etc] {
//         CHECK_VERSION(arguments_ty, 8, "Positional-only parameters are", _PyPegen_make_arguments(p, a, NULL, b, c, d)) }
//     | a=lambda_slash_with_default b=lambda_param_with_default* c=[lambda_star_etc] {
//         CHECK_VERSION(arguments_ty, 8, "Positional-only parameters are", _PyPegen_make_arguments(p, NULL, a, NULL, b, c)) }
//     | a[asdl_arg_seq*]=lambda_param_no_default+ b=lambda_param_with_default* c=[lambda_star_etc] {
//         _PyPegen_make_arguments(p, NULL, NULL, a, b, c) }
//     | a=lambda_param_with_default+ b=[lambda_star_etc] { _PyPegen_make_arguments(p, NULL, NULL, NULL, a, b)}
//     | a=lambda_star_etc { _PyPegen_make_arguments(p, NULL, NULL, NULL, NULL, a) }
export function lambda_parameters(p: Parser): arguments_ | null {
  const start = p.pos;
  const a = lambda_slash_no_default(p);
  if (a !== null) {
    const b = loop0(p, lambda_param_no_default);
    const c = loop0(p, lambda_param_with_default);
    const d = lambda_star_etc(p);
    return checkVersion(p, 8, 'Positional-only parameters are', makeArguments(a, null, b, c, d));
  }
  p.pos = start;
  const sw = lambda_slash_with_default(p);
  if (sw !== null) {
    const b = loop0(p, lambda_param_with_default);
    const c = lambda_star_etc(p);
    return checkVersion(p, 8, 'Positional-only parameters are', makeArguments(null, sw, null, b, c));
  }
  p.pos = start;
  const nd = loop0(p, lambda_param_no_default);
  if (nd.length > 0) {
    const b = loop0(p, lambda_param_with_default);
    const c = lambda_star_etc(p);
    return makeArguments(null, null, nd, b, c);
  }
  const wd = loop0(p, lambda_param_with_default);
  if (wd.length > 0) {
    const b = lambda_star_etc(p);
    return makeArguments(null, null, null, wd, b);
  }
  const se = lambda_star_etc(p);
  if (se !== null) return makeArguments(null, null, null, null, se);
  p.pos = start;
  return null;
}

/** ',' | &':' after a lambda parameter. */
function paramEnd(p: Parser): boolean {
  const k = p.peek().type;
  if (k === T.COMMA) {
    p.pos++;
    return true;
  }
  return k === T.COLON;
}

// lambda_slash_no_default[asdl_arg_seq*]:
//     | a[asdl_arg_seq*]=lambda_param_no_default+ '/' ',' { a }
//     | a[asdl_arg_seq*]=lambda_param_no_default+ '/' &':' { a }
export function lambda_slash_no_default(p: Parser): arg[] | null {
  const start = p.pos;
  const a = loop0(p, lambda_param_no_default);
  if (a.length > 0 && p.expect(T.SLASH) !== null && paramEnd(p)) return a;
  p.pos = start;
  return null;
}

// lambda_slash_with_default[SlashWithDefault*]:
//     | a=lambda_param_no_default* b=lambda_param_with_default+ '/' ',' { _PyPegen_slash_with_default(p, (asdl_arg_seq *)a, b) }
//     | a=lambda_param_no_default* b=lambda_param_with_default+ '/' &':' { _PyPegen_slash_with_default(p, (asdl_arg_seq *)a, b) }
export function lambda_slash_with_default(p: Parser): SlashWithDefault | null {
  const start = p.pos;
  const a = loop0(p, lambda_param_no_default);
  const b = loop0(p, lambda_param_with_default);
  if (b.length > 0 && p.expect(T.SLASH) !== null && paramEnd(p)) return { plainNames: a, namesWithDefaults: b };
  p.pos = start;
  return null;
}

// lambda_star_etc[StarEtc*]:
//     | invalid_lambda_star_etc
//     | '*' a=lambda_param_no_default b=lambda_param_maybe_default* c=[lambda_kwds] { _PyPegen_star_etc(p, a, b, c) }
//     | '*' ',' b=lambda_param_maybe_default+ c=[lambda_kwds] { _PyPegen_star_etc(p, NULL, b, c) }
//     | a=lambda_kwds { _PyPegen_star_etc(p, NULL, NULL, a) }
export function lambda_star_etc(p: Parser): StarEtc | null {
  if (p.callInvalidRules) invalid_lambda_star_etc(p);
  const start = p.pos;
  if (p.expect(T.STAR) !== null) {
    const a = lambda_param_no_default(p);
    if (a !== null) {
      const b = loop0(p, lambda_param_maybe_default);
      const c = lambda_kwds(p);
      return { vararg: a, kwonlyargs: b, kwarg: c };
    }
    if (p.expect(T.COMMA) !== null) {
      const b = loop0(p, lambda_param_maybe_default);
      if (b.length > 0) {
        const c = lambda_kwds(p);
        return { vararg: null, kwonlyargs: b, kwarg: c };
      }
    }
    p.pos = start;
  }
  const a = lambda_kwds(p);
  if (a !== null) return { vararg: null, kwonlyargs: null, kwarg: a };
  return null;
}

// lambda_kwds[arg_ty]:
//     | invalid_lambda_kwds
//     | '**' a=lambda_param_no_default { a }
export function lambda_kwds(p: Parser): arg | null {
  if (p.callInvalidRules) invalid_lambda_kwds(p);
  const start = p.pos;
  if (p.expect(T.DOUBLESTAR) !== null) {
    const a = lambda_param_no_default(p);
    if (a !== null) return a;
    p.pos = start;
  }
  return null;
}

// lambda_param_no_default[arg_ty]:
//     | a=lambda_param ',' { a }
//     | a=lambda_param &':' { a }
export function lambda_param_no_default(p: Parser): arg | null {
  const start = p.pos;
  const a = lambda_param(p);
  if (a !== null && paramEnd(p)) return a;
  p.pos = start;
  return null;
}

// lambda_param_with_default[NameDefaultPair*]:
//     | a=lambda_param c=default ',' { _PyPegen_name_default_pair(p, a, c, NULL) }
//     | a=lambda_param c=default &':' { _PyPegen_name_default_pair(p, a, c, NULL) }
export function lambda_param_with_default(p: Parser): NameDefaultPair | null {
  const start = p.pos;
  const a = lambda_param(p);
  if (a !== null) {
    const c = default_rule(p);
    if (c !== null && paramEnd(p)) return { arg: a, value: c };
  }
  p.pos = start;
  return null;
}

// lambda_param_maybe_default[NameDefaultPair*]:
//     | a=lambda_param c=default? ',' { _PyPegen_name_default_pair(p, a, c, NULL) }
//     | a=lambda_param c=default? &':' { _PyPegen_name_default_pair(p, a, c, NULL) }
export function lambda_param_maybe_default(p: Parser): NameDefaultPair | null {
  const start = p.pos;
  const a = lambda_param(p);
  if (a !== null) {
    const c = default_rule(p);
    if (paramEnd(p)) return { arg: a, value: c };
  }
  p.pos = start;
  return null;
}

// lambda_param[arg_ty]: a=NAME { _PyAST_arg(a->v.Name.id, NULL, NULL, EXTRA) }
export function lambda_param(p: Parser): arg | null {
  const t = p.name();
  if (t === null) return null;
  return new arg(identifier(t.string), null, null, t.lineno, t.col, t.endLineno, t.endCol);
}
