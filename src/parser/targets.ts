/**
 * Assignment and deletion targets (Grammar/python.gram "ASSIGNMENT
 * TARGETS", "Targets for del statements"), t_primary, and the typing
 * elements the statement half uses (type_expressions, annotated_rhs).
 */
import { T } from '../tokenizer/tokens';
import type { Token } from '../tokenizer/token';
import { Attribute, List, Starred, Subscript, Tuple, singletons, type expr, type expr_context } from '../ast/nodes';
import type { Parser } from './parser';
import { gather, gatherRest, identifier, nameNode } from './statement_helpers';
import { expression, star_expressions, yield_expr } from './expressions';
import { atom, slices, trailer } from './primary';
import { set_expr_context } from './helpers_expr';

const STAR_TARGET_MEMO = 1011;
const TARGET_WITH_STAR_ATOM_MEMO = 1012;
const T_PRIMARY_MEMO = 1013;
const DEL_TARGET_MEMO = 1014;

// star_targets[expr_ty]:
//     | a=star_target !',' { a }
//     | a=star_target b=(',' c=star_target { c })* [','] {
//         _PyAST_Tuple(CHECK(asdl_expr_seq*, _PyPegen_seq_insert_in_front(p, a, b)), Store, EXTRA) }
export function star_targets(p: Parser): expr | null {
  const t0 = p.peek();
  const a = star_target(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = gatherRest(p, a, star_target);
  p.expect(T.COMMA);
  const e = p.lastToken();
  return new Tuple(elts, singletons.Store, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// star_targets_list_seq[asdl_expr_seq*]: a[asdl_expr_seq*]=','.star_target+ [','] { a }
export function star_targets_list_seq(p: Parser): expr[] | null {
  const elts = gather(p, star_target);
  if (elts !== null) p.expect(T.COMMA);
  return elts;
}

// star_targets_tuple_seq[asdl_expr_seq*]:
//     | a=star_target b=(',' c=star_target { c })+ [','] { (asdl_expr_seq*) _PyPegen_seq_insert_in_front(p, a, b) }
//     | a=star_target ',' { (asdl_expr_seq*) _PyPegen_singleton_seq(p, a) }
export function star_targets_tuple_seq(p: Parser): expr[] | null {
  const start = p.pos;
  const elts = star_targets_list_seq(p);
  if (elts === null) return null;
  if (elts.length === 1 && p.tokens[p.pos - 1].type !== T.COMMA) {
    p.pos = start;
    return null;
  }
  return elts;
}

// star_target[expr_ty] (memo):
//     | '*' a=(!'*' star_target) {
//         _PyAST_Starred(CHECK(expr_ty, _PyPegen_set_expr_context(p, a, Store)), Store, EXTRA) }
//     | target_with_star_atom
export function star_target(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(STAR_TARGET_MEMO);
  if (hit !== undefined) return hit;
  let r: expr | null = null;
  const t0 = p.peek();
  if (t0.type === T.STAR) {
    p.pos++;
    if (!p.at(T.STAR)) {
      p.enter();
      const a = star_target(p);
      p.leave();
      if (a !== null) {
        const e = p.lastToken();
        r = new Starred(set_expr_context(a, singletons.Store), singletons.Store, t0.lineno, t0.col, e.endLineno, e.endCol);
      }
    }
    if (r === null) p.pos = start;
  }
  if (r === null) r = target_with_star_atom(p);
  return p.memoSet(STAR_TARGET_MEMO, start, r);
}

// target_with_star_atom[expr_ty] (memo):
//     | a=t_primary '.' b=NAME !t_lookahead { _PyAST_Attribute(a, b->v.Name.id, Store, EXTRA) }
//     | a=t_primary '[' b=slices ']' !t_lookahead { _PyAST_Subscript(a, b, Store, EXTRA) }
//     | star_atom
export function target_with_star_atom(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(TARGET_WITH_STAR_ATOM_MEMO);
  if (hit !== undefined) return hit;
  const r = subscriptAttributeTarget(p, singletons.Store) ?? star_atom(p);
  return p.memoSet(TARGET_WITH_STAR_ATOM_MEMO, start, r);
}

/**
 * a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, ctx) }
 * | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, ctx) }
 */
function subscriptAttributeTarget(p: Parser, ctx: expr_context): expr | null {
  const start = p.pos;
  const t0 = p.peek();
  const a = t_primary(p);
  if (a === null) return null;
  const t = p.peek();
  if (t.type === T.DOT) {
    p.pos++;
    const b = p.name();
    if (b !== null && !t_lookahead(p)) {
      return new Attribute(a, identifier(b.string), ctx, t0.lineno, t0.col, b.endLineno, b.endCol);
    }
  } else if (t.type === T.LSQB) {
    p.pos++;
    const b = slices(p);
    if (b !== null) {
      const r = p.expect(T.RSQB);
      if (r !== null && !t_lookahead(p)) return new Subscript(a, b, ctx, t0.lineno, t0.col, r.endLineno, r.endCol);
    }
  }
  p.pos = start;
  return null;
}

// star_atom[expr_ty]:
//     | a=NAME { _PyPegen_set_expr_context(p, a, Store) }
//     | '(' a=target_with_star_atom ')' { _PyPegen_set_expr_context(p, a, Store) }
//     | '(' a=[star_targets_tuple_seq] ')' { _PyAST_Tuple(a, Store, EXTRA) }
//     | '[' a=[star_targets_list_seq] ']' { _PyAST_List(a, Store, EXTRA) }
export function star_atom(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.peek();
  switch (t0.type) {
    case T.NAME: {
      const a = p.name();
      return a !== null ? nameNode(a, singletons.Store) : null;
    }
    case T.LPAR: {
      p.pos++;
      const a = target_with_star_atom(p);
      if (a !== null && p.expect(T.RPAR) !== null) return set_expr_context(a, singletons.Store);
      p.pos = start + 1;
      const b = star_targets_tuple_seq(p);
      const r = p.expect(T.RPAR);
      if (r !== null) return new Tuple(b ?? [], singletons.Store, t0.lineno, t0.col, r.endLineno, r.endCol);
      break;
    }
    case T.LSQB: {
      p.pos++;
      const b = star_targets_list_seq(p);
      const r = p.expect(T.RSQB);
      if (r !== null) return new List(b ?? [], singletons.Store, t0.lineno, t0.col, r.endLineno, r.endCol);
      break;
    }
  }
  p.pos = start;
  return null;
}

// single_target[expr_ty]:
//     | single_subscript_attribute_target
//     | a=NAME { _PyPegen_set_expr_context(p, a, Store) }
//     | '(' a=single_target ')' { a }
export function single_target(p: Parser): expr | null {
  const a = single_subscript_attribute_target(p);
  if (a !== null) return a;
  const n = p.name();
  if (n !== null) return nameNode(n, singletons.Store);
  const start = p.pos;
  if (p.expect(T.LPAR) !== null) {
    const b = single_target(p);
    if (b !== null && p.expect(T.RPAR) !== null) return b;
    p.pos = start;
  }
  return null;
}

// single_subscript_attribute_target[expr_ty]:
//     | a=t_primary '.' b=NAME !t_lookahead { _PyAST_Attribute(a, b->v.Name.id, Store, EXTRA) }
//     | a=t_primary '[' b=slices ']' !t_lookahead { _PyAST_Subscript(a, b, Store, EXTRA) }
export function single_subscript_attribute_target(p: Parser): expr | null {
  return subscriptAttributeTarget(p, singletons.Store);
}

// t_primary[expr_ty]:
//     | a=t_primary '.' b=NAME &t_lookahead { _PyAST_Attribute(a, b->v.Name.id, Load, EXTRA) }
//     | a=t_primary '[' b=slices ']' &t_lookahead { _PyAST_Subscript(a, b, Load, EXTRA) }
//     | a=t_primary b=genexp &t_lookahead { _PyAST_Call(a, CHECK(asdl_expr_seq*, (asdl_expr_seq*)_PyPegen_singleton_seq(p, b)), NULL, EXTRA) }
//     | a=t_primary '(' b=[arguments] ')' &t_lookahead { _PyAST_Call(a, b ? b->v.Call.args : NULL, b ? b->v.Call.keywords : NULL, EXTRA) }
//     | a=atom &t_lookahead { a }
export function t_primary(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(T_PRIMARY_MEMO);
  if (hit !== undefined) return hit;
  const t0: Token = p.peek();
  p.enter();
  let a = atom(p);
  if (a !== null && !t_lookahead(p)) {
    a = null;
    p.pos = start;
  }
  if (a !== null) {
    for (;;) {
      const m = p.pos;
      const b = trailer(p, a, t0, singletons.Load);
      if (b === null) break;
      if (!t_lookahead(p)) {
        p.pos = m;
        break;
      }
      a = b;
    }
  }
  p.leave();
  return p.memoSet(T_PRIMARY_MEMO, start, a);
}

// t_lookahead: '(' | '[' | '.'
export function t_lookahead(p: Parser): boolean {
  const k = p.peek().type;
  return k === T.LPAR || k === T.LSQB || k === T.DOT;
}

// del_targets[asdl_expr_seq*]: a[asdl_expr_seq*]=','.del_target+ [','] { a }
export function del_targets(p: Parser): expr[] | null {
  const elts = gather(p, del_target);
  if (elts !== null) p.expect(T.COMMA);
  return elts;
}

// del_target[expr_ty] (memo):
//     | a=t_primary '.' b=NAME !t_lookahead { _PyAST_Attribute(a, b->v.Name.id, Del, EXTRA) }
//     | a=t_primary '[' b=slices ']' !t_lookahead { _PyAST_Subscript(a, b, Del, EXTRA) }
//     | del_t_atom
export function del_target(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(DEL_TARGET_MEMO);
  if (hit !== undefined) return hit;
  const r = subscriptAttributeTarget(p, singletons.Del) ?? del_t_atom(p);
  return p.memoSet(DEL_TARGET_MEMO, start, r);
}

// del_t_atom[expr_ty]:
//     | a=NAME { _PyPegen_set_expr_context(p, a, Del) }
//     | '(' a=del_target ')' { _PyPegen_set_expr_context(p, a, Del) }
//     | '(' a=[del_targets] ')' { _PyAST_Tuple(a, Del, EXTRA) }
//     | '[' a=[del_targets] ']' { _PyAST_List(a, Del, EXTRA) }
export function del_t_atom(p: Parser): expr | null {
  const start = p.pos;
  const t0 = p.peek();
  switch (t0.type) {
    case T.NAME: {
      const a = p.name();
      return a !== null ? nameNode(a, singletons.Del) : null;
    }
    case T.LPAR: {
      p.pos++;
      p.enter();
      const a = del_target(p);
      p.leave();
      if (a !== null && p.expect(T.RPAR) !== null) return set_expr_context(a, singletons.Del);
      p.pos = start + 1;
      const b = del_targets(p);
      const r = p.expect(T.RPAR);
      if (r !== null) return new Tuple(b ?? [], singletons.Del, t0.lineno, t0.col, r.endLineno, r.endCol);
      break;
    }
    case T.LSQB: {
      p.pos++;
      const b = del_targets(p);
      const r = p.expect(T.RSQB);
      if (r !== null) return new List(b ?? [], singletons.Del, t0.lineno, t0.col, r.endLineno, r.endCol);
      break;
    }
  }
  p.pos = start;
  return null;
}

// type_expressions[asdl_expr_seq*]:
//     | a=','.expression+ ',' '*' b=expression ',' '**' c=expression { a + [b, c] }
//     | a=','.expression+ ',' '*' b=expression { a + [b] }
//     | a=','.expression+ ',' '**' b=expression { a + [b] }
//     | '*' a=expression ',' '**' b=expression { [a, b] }
//     | '*' a=expression { [a] }
//     | '**' a=expression { [a] }
//     | a[asdl_expr_seq*]=','.expression+ {a}
export function type_expressions(p: Parser): expr[] | null {
  const start = p.pos;
  const a = expression(p);
  if (a !== null) {
    const elts = gatherRest(p, a, expression);
    const afterList = p.pos;
    if (p.expect(T.COMMA) !== null) {
      const rest = starredTypes(p);
      if (rest !== null) return elts.concat(rest);
    }
    p.pos = afterList;
    return elts;
  }
  p.pos = start;
  return starredTypes(p);
}

/** '*' a=expression [',' '**' b=expression] | '**' a=expression */
function starredTypes(p: Parser): expr[] | null {
  const start = p.pos;
  if (p.expect(T.STAR) !== null) {
    const b = expression(p);
    if (b !== null) {
      const m = p.pos;
      if (p.expect(T.COMMA) !== null && p.expect(T.DOUBLESTAR) !== null) {
        const c = expression(p);
        if (c !== null) return [b, c];
      }
      p.pos = m;
      return [b];
    }
    p.pos = start;
  }
  if (p.expect(T.DOUBLESTAR) !== null) {
    const b = expression(p);
    if (b !== null) return [b];
  }
  p.pos = start;
  return null;
}

// annotated_rhs[expr_ty]: yield_expr | star_expressions
export function annotated_rhs(p: Parser): expr | null {
  return yield_expr(p) ?? star_expressions(p);
}
