/**
 * The expression half of CPython 3.11's Grammar/python.gram (stub: the
 * bodies land in the next commits).
 */
import type { Call, expr, keyword } from '../ast/nodes';
import type { Parser } from './parser';

export function expressions(_p: Parser): expr | null { return null; }
export function expression(_p: Parser): expr | null { return null; }
export function yield_expr(_p: Parser): expr | null { return null; }
export function star_expressions(_p: Parser): expr | null { return null; }
export function star_expression(_p: Parser): expr | null { return null; }
export function star_named_expressions(_p: Parser): expr[] | null { return null; }
export function star_named_expression(_p: Parser): expr | null { return null; }
export function named_expression(_p: Parser): expr | null { return null; }
export function assignment_expression(_p: Parser): expr | null { return null; }
export function disjunction(_p: Parser): expr | null { return null; }
export function bitwise_or(_p: Parser): expr | null { return null; }
export function primary(_p: Parser): expr | null { return null; }
export function atom(_p: Parser): expr | null { return null; }
export function slices(_p: Parser): expr | null { return null; }
export function arguments_rule(_p: Parser): Call | null { return null; }
export function args(_p: Parser): Call | null { return null; }
export function kwargs(_p: Parser): keyword[] | null { return null; }
export function star_targets(_p: Parser): expr | null { return null; }
export function star_target(_p: Parser): expr | null { return null; }
export function single_target(_p: Parser): expr | null { return null; }
export function single_subscript_attribute_target(_p: Parser): expr | null { return null; }
export function del_targets(_p: Parser): expr[] | null { return null; }
export function t_primary(_p: Parser): expr | null { return null; }
export function lambdef(_p: Parser): expr | null { return null; }
export function type_expressions(_p: Parser): expr[] | null { return null; }
export function annotated_rhs(_p: Parser): expr | null { return null; }
export function number_token(_p: Parser): expr | null { return null; }
export function list(_p: Parser): expr | null { return null; }
export function tuple(_p: Parser): expr | null { return null; }
export function get_expr_name(_e: expr): string { return ''; }
export function get_invalid_target(_e: expr, _type: number): expr | null { return null; }
export function set_expr_context(e: expr, _ctx: unknown): expr { return e; }
