/**
 * Function call arguments (Grammar/python.gram "FUNCTION CALL ARGUMENTS"):
 * `arguments` gives a Call whose func is a placeholder; the caller takes
 * its args and keywords (as CPython's actions do).
 */
import { T } from '../tokenizer/tokens';
import { Starred, keyword, singletons, type Call, type expr } from '../ast/nodes';
import type { Parser } from './parser';
import { gather, identifier } from './statement_helpers';
import { assignment_expression, expression, expressionNotWalrus } from './expressions';
import { collect_call_seqs, type KeywordOrStarred } from './helpers_expr';
import { invalid_arguments, invalid_kwarg } from './invalid_expressions';

const ARGUMENTS_MEMO = 1009;

// arguments[expr_ty] (memo):
//     | a=args [','] &')' { a }
//     | invalid_arguments
export function arguments_rule(p: Parser): Call | null {
  const start = p.pos;
  const hit = p.memoGet<Call | null>(ARGUMENTS_MEMO);
  if (hit !== undefined) return hit;
  let r = args(p);
  if (r !== null) {
    p.expect(T.COMMA);
    if (!p.at(T.RPAR)) {
      r = null;
      p.pos = start;
    }
  }
  if (r === null && p.callInvalidRules) invalid_arguments(p);
  return p.memoSet(ARGUMENTS_MEMO, start, r);
}

// args[expr_ty]:
//     | a[asdl_expr_seq*]=','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ b=[',' k=kwargs {k}] {
//         _PyPegen_collect_call_seqs(p, a, b, EXTRA) }
//     | a=kwargs { _PyAST_Call(_PyPegen_dummy_name(p),
//                           CHECK_NULL_ALLOWED(asdl_expr_seq*, _PyPegen_seq_extract_starred_exprs(p, a)),
//                           CHECK_NULL_ALLOWED(asdl_keyword_seq*, _PyPegen_seq_delete_starred_exprs(p, a)),
//                           EXTRA) }
export function args(p: Parser): Call | null {
  const t0 = p.peek();
  const a = gather(p, positionalArg);
  if (a !== null) {
    let b: KeywordOrStarred[] | null = null;
    const m = p.pos;
    if (p.expect(T.COMMA) !== null) {
      b = kwargs(p);
      if (b === null) p.pos = m;
    }
    return collect_call_seqs(a, b, t0, p.lastToken());
  }
  const k = kwargs(p);
  if (k === null) return null;
  return collect_call_seqs([], k, t0, p.lastToken());
}

/** starred_expression | ( assignment_expression | expression !':=') !'=' */
export function positionalArg(p: Parser): expr | null {
  const s = starred_expression(p);
  if (s !== null) return s;
  const start = p.pos;
  let a = assignment_expression(p) ?? expressionNotWalrus(p);
  if (a !== null && p.at(T.EQUAL)) a = null;
  if (a === null) p.pos = start;
  return a;
}

// kwargs[asdl_seq*]:
//     | a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { _PyPegen_join_sequences(p, a, b) }
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
export function kwargs(p: Parser): KeywordOrStarred[] | null {
  const a = gather(p, kwarg_or_starred);
  if (a !== null) {
    const m = p.pos;
    if (p.expect(T.COMMA) !== null) {
      const b = gather(p, kwarg_or_double_starred);
      if (b !== null) return a.concat(b);
      p.pos = m;
    }
    return a;
  }
  return gather(p, kwarg_or_double_starred);
}

// starred_expression[expr_ty]:
//     | '*' a=expression { _PyAST_Starred(a, Load, EXTRA) }
export function starred_expression(p: Parser): expr | null {
  const t0 = p.peek();
  if (t0.type !== T.STAR) return null;
  p.pos++;
  const a = expression(p);
  if (a === null) {
    p.pos--;
    return null;
  }
  const e = p.lastToken();
  return new Starred(a, singletons.Load, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// kwarg_or_starred[KeywordOrStarred*]:
//     | invalid_kwarg
//     | a=NAME '=' b=expression { _PyPegen_keyword_or_starred(p, CHECK(keyword_ty, _PyAST_keyword(a->v.Name.id, b, EXTRA)), 1) }
//     | a=starred_expression { _PyPegen_keyword_or_starred(p, a, 0) }
export function kwarg_or_starred(p: Parser): KeywordOrStarred | null {
  if (p.callInvalidRules) invalid_kwarg(p);
  return namedKeyword(p) ?? (starred_expression(p) as Starred | null);
}

// kwarg_or_double_starred[KeywordOrStarred*]:
//     | invalid_kwarg
//     | a=NAME '=' b=expression { _PyPegen_keyword_or_starred(p, CHECK(keyword_ty, _PyAST_keyword(a->v.Name.id, b, EXTRA)), 1) }
//     | '**' a=expression { _PyPegen_keyword_or_starred(p, CHECK(keyword_ty, _PyAST_keyword(NULL, a, EXTRA)), 1) }
export function kwarg_or_double_starred(p: Parser): KeywordOrStarred | null {
  if (p.callInvalidRules) invalid_kwarg(p);
  const k = namedKeyword(p);
  if (k !== null) return k;
  const t0 = p.peek();
  if (t0.type !== T.DOUBLESTAR) return null;
  p.pos++;
  const a = expression(p);
  if (a === null) {
    p.pos--;
    return null;
  }
  const e = p.lastToken();
  return new keyword(null, a, t0.lineno, t0.col, e.endLineno, e.endCol);
}

/** a=NAME '=' b=expression { _PyAST_keyword(a->v.Name.id, b, EXTRA) } */
function namedKeyword(p: Parser): keyword | null {
  const t0 = p.peek();
  const start = p.pos;
  if (p.name() === null) return null;
  if (p.expect(T.EQUAL) === null) {
    p.pos = start;
    return null;
  }
  const b = expression(p);
  if (b === null) {
    p.pos = start;
    return null;
  }
  const e = p.lastToken();
  return new keyword(identifier(t0.string), b, t0.lineno, t0.col, e.endLineno, e.endCol);
}

