/**
 * The expression half of CPython 3.11's Grammar/python.gram, section
 * EXPRESSIONS down to the operators (this file), with the other parts in
 * primary.ts (primaries, atoms, displays, comprehensions), arguments.ts,
 * targets.ts, lambda.ts and invalid_expressions.ts, all re-exported here.
 */
import { T } from '../tokenizer/tokens';
import {
  BinOp, BoolOp, Compare, IfExp, NamedExpr, Starred, Tuple, UnaryOp, Yield, YieldFrom, singletons,
  type cmpop, type expr, type operator,
} from '../ast/nodes';
import type { Parser } from './parser';
import { checkVersion, gather, gatherRest, nameNode } from './statement_helpers';
import { await_primary } from './primary';
import { lambdef } from './lambda';
import { invalid_expression, invalid_legacy_expression, invalid_named_expression } from './invalid_expressions';

export * from './primary';
export * from './arguments';
export * from './targets';
export * from './lambda';
export { get_expr_name, get_invalid_target, set_expr_context } from './helpers_expr';

const EXPRESSION_MEMO = 1000;
const STAR_EXPRESSION_MEMO = 1001;
const DISJUNCTION_MEMO = 1002;
const CONJUNCTION_MEMO = 1003;
const INVERSION_MEMO = 1004;
const BITWISE_OR_MEMO = 1005;
const FACTOR_MEMO = 1006;

// expressions[expr_ty]:
//     | a=expression b=(',' c=expression { c })+ [','] { _PyAST_Tuple(..., Load, EXTRA) }
//     | a=expression ',' { _PyAST_Tuple(CHECK(asdl_expr_seq*, _PyPegen_singleton_seq(p, a)), Load, EXTRA) }
//     | expression
export function expressions(p: Parser): expr | null {
  return tupleOf(p, expression);
}

/** The shape shared by `expressions` and `star_expressions`: a=X (',' X)* [','], a tuple if any comma. */
function tupleOf(p: Parser, item: (p: Parser) => expr | null): expr | null {
  const t0 = p.peek();
  const a = item(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = gatherRest(p, a, item);
  p.expect(T.COMMA);
  const e = p.lastToken();
  return new Tuple(elts, singletons.Load, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// expression[expr_ty] (memo):
//     | invalid_expression
//     | invalid_legacy_expression
//     | a=disjunction 'if' b=disjunction 'else' c=expression { _PyAST_IfExp(b, a, c, EXTRA) }
//     | disjunction
//     | lambdef
export function expression(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(EXPRESSION_MEMO);
  if (hit !== undefined) return hit;
  p.enter();
  if (p.callInvalidRules) {
    invalid_expression(p);
    invalid_legacy_expression(p);
  }
  const r = conditional(p);
  p.leave();
  return p.memoSet(EXPRESSION_MEMO, start, r);
}

/** The valid alternatives of `expression` (also expression_without_invalid's). */
export function conditional(p: Parser): expr | null {
  const t0 = p.peek();
  const a = disjunction(p);
  if (a !== null) {
    const m = p.pos;
    if (p.keyword('if') !== null) {
      const b = disjunction(p);
      if (b !== null && p.keyword('else') !== null) {
        const c = expression(p);
        if (c !== null) {
          const e = p.lastToken();
          return new IfExp(b, a, c, t0.lineno, t0.col, e.endLineno, e.endCol);
        }
      }
      p.pos = m;
    }
    return a;
  }
  return lambdef(p);
}

// yield_expr[expr_ty]:
//     | 'yield' 'from' a=expression { _PyAST_YieldFrom(a, EXTRA) }
//     | 'yield' a=[star_expressions] { _PyAST_Yield(a, EXTRA) }
export function yield_expr(p: Parser): expr | null {
  const t0 = p.keyword('yield');
  if (t0 === null) return null;
  const m = p.pos;
  if (p.keyword('from') !== null) {
    const a = expression(p);
    if (a !== null) {
      const e = p.lastToken();
      return new YieldFrom(a, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
    p.pos = m;
  }
  const a = star_expressions(p);
  const e = p.lastToken();
  return new Yield(a, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// star_expressions[expr_ty]:
//     | a=star_expression b=(',' c=star_expression { c })+ [','] { _PyAST_Tuple(..., Load, EXTRA) }
//     | a=star_expression ',' { _PyAST_Tuple(CHECK(asdl_expr_seq*, _PyPegen_singleton_seq(p, a)), Load, EXTRA) }
//     | star_expression
export function star_expressions(p: Parser): expr | null {
  return tupleOf(p, star_expression);
}

// star_expression[expr_ty] (memo):
//     | '*' a=bitwise_or { _PyAST_Starred(a, Load, EXTRA) }
//     | expression
export function star_expression(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(STAR_EXPRESSION_MEMO);
  if (hit !== undefined) return hit;
  return p.memoSet(STAR_EXPRESSION_MEMO, start, starredOr(p, expression));
}

/** '*' a=bitwise_or { _PyAST_Starred(a, Load, EXTRA) } | other */
function starredOr(p: Parser, other: (p: Parser) => expr | null): expr | null {
  const t0 = p.peek();
  if (t0.type === T.STAR) {
    p.pos++;
    const a = bitwise_or(p);
    if (a !== null) {
      const e = p.lastToken();
      return new Starred(a, singletons.Load, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
    p.pos--;
  }
  return other(p);
}

// star_named_expressions[asdl_expr_seq*]: a[asdl_expr_seq*]=','.star_named_expression+ [','] { a }
export function star_named_expressions(p: Parser): expr[] | null {
  const elts = gather(p, star_named_expression);
  if (elts !== null) p.expect(T.COMMA);
  return elts;
}

// star_named_expression[expr_ty]:
//     | '*' a=bitwise_or { _PyAST_Starred(a, Load, EXTRA) }
//     | named_expression
export function star_named_expression(p: Parser): expr | null {
  return starredOr(p, named_expression);
}

// assignment_expression[expr_ty]:
//     | a=NAME ':=' ~ b=expression {
//         CHECK_VERSION(expr_ty, 8, "Assignment expressions are",
//         _PyAST_NamedExpr(CHECK(expr_ty, _PyPegen_set_expr_context(p, a, Store)), b, EXTRA)) }
export function assignment_expression(p: Parser): expr | null {
  const t0 = p.peek();
  const start = p.pos;
  const a = p.name();
  if (a === null) return null;
  if (p.expect(T.COLONEQUAL) === null) {
    p.pos = start;
    return null;
  }
  const b = expression(p);
  if (b === null) {
    p.pos = start;
    return null;
  }
  const e = p.lastToken();
  const target = nameNode(a, singletons.Store);
  return checkVersion(p, 8, 'Assignment expressions are', new NamedExpr(target, b, t0.lineno, t0.col, e.endLineno, e.endCol));
}

// named_expression[expr_ty]:
//     | assignment_expression
//     | invalid_named_expression
//     | expression !':='
export function named_expression(p: Parser): expr | null {
  const a = assignment_expression(p);
  if (a !== null) return a;
  if (p.callInvalidRules) invalid_named_expression(p);
  return expressionNotWalrus(p);
}

/** `expression !':='`, as named_expression, genexp and args have it; null with the position restored. */
export function expressionNotWalrus(p: Parser): expr | null {
  const start = p.pos;
  const b = expression(p);
  if (b !== null && p.at(T.COLONEQUAL)) {
    p.pos = start;
    return null;
  }
  return b;
}

// disjunction[expr_ty] (memo):
//     | a=conjunction b=('or' c=conjunction { c })+ { _PyAST_BoolOp(Or, ..., EXTRA) }
//     | conjunction
export function disjunction(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(DISJUNCTION_MEMO);
  if (hit !== undefined) return hit;
  return p.memoSet(DISJUNCTION_MEMO, start, boolOp(p, 'or', conjunction));
}

// conjunction[expr_ty] (memo):
//     | a=inversion b=('and' c=inversion { c })+ { _PyAST_BoolOp(And, ..., EXTRA) }
//     | inversion
export function conjunction(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(CONJUNCTION_MEMO);
  if (hit !== undefined) return hit;
  return p.memoSet(CONJUNCTION_MEMO, start, boolOp(p, 'and', inversion));
}

function boolOp(p: Parser, kw: string, item: (p: Parser) => expr | null): expr | null {
  const t0 = p.peek();
  const a = item(p);
  if (a === null) return null;
  let values: expr[] | null = null;
  for (;;) {
    const m = p.pos;
    if (p.keyword(kw) === null) break;
    const c = item(p);
    if (c === null) {
      p.pos = m;
      break;
    }
    if (values === null) values = [a];
    values.push(c);
  }
  if (values === null) return a;
  const e = p.lastToken();
  return new BoolOp(kw === 'or' ? singletons.Or : singletons.And, values, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// inversion[expr_ty] (memo):
//     | 'not' a=inversion { _PyAST_UnaryOp(Not, a, EXTRA) }
//     | comparison
export function inversion(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(INVERSION_MEMO);
  if (hit !== undefined) return hit;
  let r: expr | null = null;
  const t0 = p.peek();
  if (t0.type === T.NAME && t0.string === 'not') {
    p.pos++;
    p.enter();
    const a = inversion(p);
    p.leave();
    if (a !== null) {
      const e = p.lastToken();
      r = new UnaryOp(singletons.Not, a, t0.lineno, t0.col, e.endLineno, e.endCol);
    } else p.pos = start;
  }
  if (r === null) r = comparison(p);
  return p.memoSet(INVERSION_MEMO, start, r);
}

// comparison[expr_ty]:
//     | a=bitwise_or b=compare_op_bitwise_or_pair+ { _PyAST_Compare(a, ops, comparators, EXTRA) }
//     | bitwise_or
export function comparison(p: Parser): expr | null {
  const t0 = p.peek();
  const a = bitwise_or(p);
  if (a === null) return null;
  let ops: cmpop[] | null = null;
  let comparators: expr[] | null = null;
  for (;;) {
    const m = p.pos;
    const op = compare_op(p);
    if (op === null) break;
    const b = bitwise_or(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    if (ops === null) {
      ops = [];
      comparators = [];
    }
    ops.push(op);
    comparators!.push(b);
  }
  if (ops === null) return a;
  const e = p.lastToken();
  return new Compare(a, ops, comparators!, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// compare_op_bitwise_or_pair (the operator part):
//     '==' | '!=' (not '<>': _PyPegen_check_barry_as_flufl) | '<=' | '<' | '>=' | '>'
//     | 'not' 'in' | 'in' | 'is' 'not' | 'is'
function compare_op(p: Parser): cmpop | null {
  const t = p.peek();
  switch (t.type) {
    case T.EQEQUAL:
      p.pos++;
      return singletons.Eq;
    case T.NOTEQUAL:
      // _PyPegen_check_barry_as_flufl: which spelling is the operator depends on the flag.
      if (p.options.barryAsFlufl) {
        if (t.string !== '<>') p.raiseSyntaxError("with Barry as BDFL, use '<>' instead of '!='");
      } else if (t.string !== '!=') {
        return null;
      }
      p.pos++;
      return singletons.NotEq;
    case T.LESSEQUAL:
      p.pos++;
      return singletons.LtE;
    case T.LESS:
      p.pos++;
      return singletons.Lt;
    case T.GREATEREQUAL:
      p.pos++;
      return singletons.GtE;
    case T.GREATER:
      p.pos++;
      return singletons.Gt;
    case T.NAME:
      switch (t.string) {
        case 'not': {
          const t1 = p.peekAt(1);
          if (t1.type === T.NAME && t1.string === 'in') {
            p.pos += 2;
            return singletons.NotIn;
          }
          return null;
        }
        case 'in':
          p.pos++;
          return singletons.In;
        case 'is': {
          const t1 = p.peekAt(1);
          if (t1.type === T.NAME && t1.string === 'not') {
            // 'is' 'not' bitwise_or, falling back to 'is' bitwise_or when no bitwise_or follows 'not'
            const m = p.pos;
            p.pos += 2;
            const b = bitwise_or(p);
            p.pos = m;
            if (b !== null) {
              p.pos += 2;
              return singletons.IsNot;
            }
          }
          p.pos++;
          return singletons.Is;
        }
      }
      return null;
    default:
      return null;
  }
}

// bitwise_or[expr_ty]:
//     | a=bitwise_or '|' b=bitwise_xor { _PyAST_BinOp(a, BitOr, b, EXTRA) }
//     | bitwise_xor
export function bitwise_or(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(BITWISE_OR_MEMO);
  if (hit !== undefined) return hit;
  const t0 = p.peek();
  let a = bitwise_xor(p);
  if (a !== null) {
    while (p.at(T.VBAR)) {
      p.pos++;
      const b = bitwise_xor(p);
      if (b === null) {
        p.pos--;
        break;
      }
      a = binOp(p, t0, a, singletons.BitOr, b);
    }
  }
  return p.memoSet(BITWISE_OR_MEMO, start, a);
}

function binOp(p: Parser, t0: { lineno: number; col: number }, a: expr, op: operator, b: expr): BinOp {
  const e = p.lastToken();
  return new BinOp(a, op, b, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// bitwise_xor[expr_ty]:
//     | a=bitwise_xor '^' b=bitwise_and { _PyAST_BinOp(a, BitXor, b, EXTRA) }
//     | bitwise_and
export function bitwise_xor(p: Parser): expr | null {
  const t0 = p.peek();
  let a = bitwise_and(p);
  if (a === null) return null;
  while (p.at(T.CIRCUMFLEX)) {
    p.pos++;
    const b = bitwise_and(p);
    if (b === null) {
      p.pos--;
      break;
    }
    a = binOp(p, t0, a, singletons.BitXor, b);
  }
  return a;
}

// bitwise_and[expr_ty]:
//     | a=bitwise_and '&' b=shift_expr { _PyAST_BinOp(a, BitAnd, b, EXTRA) }
//     | shift_expr
export function bitwise_and(p: Parser): expr | null {
  const t0 = p.peek();
  let a = shift_expr(p);
  if (a === null) return null;
  while (p.at(T.AMPER)) {
    p.pos++;
    const b = shift_expr(p);
    if (b === null) {
      p.pos--;
      break;
    }
    a = binOp(p, t0, a, singletons.BitAnd, b);
  }
  return a;
}

// shift_expr[expr_ty]:
//     | a=shift_expr '<<' b=sum { _PyAST_BinOp(a, LShift, b, EXTRA) }
//     | a=shift_expr '>>' b=sum { _PyAST_BinOp(a, RShift, b, EXTRA) }
//     | sum
export function shift_expr(p: Parser): expr | null {
  const t0 = p.peek();
  let a = sum(p);
  if (a === null) return null;
  for (;;) {
    const k = p.peek().type;
    const op = k === T.LEFTSHIFT ? singletons.LShift : k === T.RIGHTSHIFT ? singletons.RShift : null;
    if (op === null) break;
    p.pos++;
    const b = sum(p);
    if (b === null) {
      p.pos--;
      break;
    }
    a = binOp(p, t0, a, op, b);
  }
  return a;
}

// sum[expr_ty]:
//     | a=sum '+' b=term { _PyAST_BinOp(a, Add, b, EXTRA) }
//     | a=sum '-' b=term { _PyAST_BinOp(a, Sub, b, EXTRA) }
//     | term
export function sum(p: Parser): expr | null {
  const t0 = p.peek();
  let a = term(p);
  if (a === null) return null;
  for (;;) {
    const k = p.peek().type;
    const op = k === T.PLUS ? singletons.Add : k === T.MINUS ? singletons.Sub : null;
    if (op === null) break;
    p.pos++;
    const b = term(p);
    if (b === null) {
      p.pos--;
      break;
    }
    a = binOp(p, t0, a, op, b);
  }
  return a;
}

// term[expr_ty]:
//     | a=term '*' b=factor { _PyAST_BinOp(a, Mult, b, EXTRA) }
//     | a=term '/' b=factor { _PyAST_BinOp(a, Div, b, EXTRA) }
//     | a=term '//' b=factor { _PyAST_BinOp(a, FloorDiv, b, EXTRA) }
//     | a=term '%' b=factor { _PyAST_BinOp(a, Mod, b, EXTRA) }
//     | a=term '@' b=factor { CHECK_VERSION(expr_ty, 5, "The '@' operator is", _PyAST_BinOp(a, MatMult, b, EXTRA)) }
//     | factor
export function term(p: Parser): expr | null {
  const t0 = p.peek();
  let a = factor(p);
  if (a === null) return null;
  for (;;) {
    let op: operator;
    switch (p.peek().type) {
      case T.STAR:
        op = singletons.Mult;
        break;
      case T.SLASH:
        op = singletons.Div;
        break;
      case T.DOUBLESLASH:
        op = singletons.FloorDiv;
        break;
      case T.PERCENT:
        op = singletons.Mod;
        break;
      case T.AT:
        op = singletons.MatMult;
        break;
      default:
        return a;
    }
    p.pos++;
    const b = factor(p);
    if (b === null) {
      p.pos--;
      return a;
    }
    a = binOp(p, t0, a, op, b);
    if (op === singletons.MatMult) checkVersion(p, 5, "The '@' operator is", a);
  }
}

// factor[expr_ty] (memo):
//     | '+' a=factor { _PyAST_UnaryOp(UAdd, a, EXTRA) }
//     | '-' a=factor { _PyAST_UnaryOp(USub, a, EXTRA) }
//     | '~' a=factor { _PyAST_UnaryOp(Invert, a, EXTRA) }
//     | power
export function factor(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet<expr | null>(FACTOR_MEMO);
  if (hit !== undefined) return hit;
  const t0 = p.peek();
  const k = t0.type;
  let r: expr | null = null;
  if (k === T.PLUS || k === T.MINUS || k === T.TILDE) {
    p.pos++;
    p.enter();
    const a = factor(p);
    p.leave();
    if (a !== null) {
      const e = p.lastToken();
      const op = k === T.PLUS ? singletons.UAdd : k === T.MINUS ? singletons.USub : singletons.Invert;
      r = new UnaryOp(op, a, t0.lineno, t0.col, e.endLineno, e.endCol);
    } else p.pos = start;
  }
  if (r === null) r = power(p);
  return p.memoSet(FACTOR_MEMO, start, r);
}

// power[expr_ty]:
//     | a=await_primary '**' b=factor { _PyAST_BinOp(a, Pow, b, EXTRA) }
//     | await_primary
export function power(p: Parser): expr | null {
  const t0 = p.peek();
  const a = await_primary(p);
  if (a === null) return null;
  if (p.at(T.DOUBLESTAR)) {
    p.pos++;
    const b = factor(p);
    if (b !== null) return binOp(p, t0, a, singletons.Pow, b);
    p.pos--;
  }
  return a;
}

// type_expressions and annotated_rhs live in targets.ts (with the other rules the statement half calls).
