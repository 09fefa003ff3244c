/**
 * The expression-level rules the statement rules use, bound lazily to
 * ./expressions (written in parallel: this file keeps the statement half
 * compiling until it lands). Once expressions.ts exports these names, the
 * statement files can import from './expressions' directly and this file
 * can go.
 */
import type { Call, expr } from '../ast/nodes';
import type { Parser } from './parser';

type ExprRule = (p: Parser) => expr | null;
type SeqRule = (p: Parser) => expr[] | null;

interface ExpressionsModule {
  [name: string]: unknown;
}

let mod: ExpressionsModule | null = null;

function load(): ExpressionsModule {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return (mod ??= require('./expressions') as ExpressionsModule);
}

function rule<F>(name: string): F {
  let f: F | null = null;
  return ((...args: unknown[]) => {
    if (f === null) {
      f = load()[name] as F;
      if (typeof f !== 'function') throw new Error(`src/parser/expressions.ts does not export ${name}`);
    }
    return (f as unknown as (...a: unknown[]) => unknown)(...args);
  }) as unknown as F;
}

export const annotated_rhs = rule<ExprRule>('annotated_rhs');
export const arguments_rule = rule<(p: Parser) => Call | { args: expr[]; keywords: Call['keywords'] } | null>('arguments_rule');
export const del_targets = rule<SeqRule>('del_targets');
export const expression = rule<ExprRule>('expression');
export const expressions = rule<ExprRule>('expressions');
export const named_expression = rule<ExprRule>('named_expression');
export const number_token = rule<ExprRule>('number_token');
export const single_subscript_attribute_target = rule<ExprRule>('single_subscript_attribute_target');
export const single_target = rule<ExprRule>('single_target');
export const star_expression = rule<ExprRule>('star_expression');
export const star_expressions = rule<ExprRule>('star_expressions');
export const star_named_expression = rule<ExprRule>('star_named_expression');
export const star_named_expressions = rule<SeqRule>('star_named_expressions');
export const star_target = rule<ExprRule>('star_target');
export const star_targets = rule<ExprRule>('star_targets');
export const type_expressions = rule<SeqRule>('type_expressions');
export const yield_expr = rule<ExprRule>('yield_expr');
export const list = rule<ExprRule>('list');
export const tuple = rule<ExprRule>('tuple');
/** _PyPegen_get_expr_name */
export const get_expr_name = rule<(e: expr) => string>('get_expr_name');
/** _PyPegen_get_invalid_target(e, targets_type) with TARGETS_TYPE STAR_TARGETS=0, DEL_TARGETS=1, FOR_TARGETS=2 */
export const get_invalid_target = rule<(e: expr, type: number) => expr | null>('get_invalid_target');
