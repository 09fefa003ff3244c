/**
 * Simple statements of CPython 3.11's grammar (Grammar/python.gram, "SIMPLE
 * STATEMENTS"): assignments, return, raise, global, nonlocal, del, yield,
 * assert, pass, break, continue. Imports are in imports.ts.
 */
import { T } from '../tokenizer/tokens';
import {
  AnnAssign, Assert, Assign, AugAssign, Break, Continue, Delete, Expr, Global, Nonlocal, Pass, Raise, Return,
  singletons, type expr, type operator, type stmt,
} from '../ast/nodes';
import type { Parser } from './parser';
import {
  annotated_rhs, del_targets, expression, single_subscript_attribute_target, single_target, star_expressions,
  star_targets, yield_expr,
} from './expressions';
import { import_stmt } from './imports';
import { checkVersion, gather, identifier, nameNode } from './statement_helpers';
import { invalid_assignment, invalid_del_stmt } from './invalid_statements';

const SIMPLE_STMT_MEMO = 2001;

// simple_stmt[stmt_ty] (memo):
//     | assignment
//     | e=star_expressions { _PyAST_Expr(e, EXTRA) }
//     | &'return' return_stmt
//     | &('import' | 'from') import_stmt
//     | &'raise' raise_stmt
//     | 'pass' { _PyAST_Pass(EXTRA) }
//     | &'del' del_stmt
//     | &'yield' yield_stmt
//     | &'assert' assert_stmt
//     | 'break' { _PyAST_Break(EXTRA) }
//     | 'continue' { _PyAST_Continue(EXTRA) }
//     | &'global' global_stmt
//     | &'nonlocal' nonlocal_stmt
export function simple_stmt(p: Parser): stmt | null {
  const start = p.mark();
  const hit = p.memoGet<stmt | null>(SIMPLE_STMT_MEMO);
  if (hit !== undefined) return hit;
  return p.memoSet(SIMPLE_STMT_MEMO, start, simpleStmtUncached(p));
}

function simpleStmtUncached(p: Parser): stmt | null {
  const t0 = p.peek();
  const a = assignment(p);
  if (a !== null) return a;
  const e = star_expressions(p);
  if (e !== null) {
    const last = p.lastToken();
    return new Expr(e, t0.lineno, t0.col, last.endLineno, last.endCol);
  }
  if (t0.type !== T.NAME) return null;
  switch (t0.string) {
    case 'return':
      return return_stmt(p);
    case 'import':
    case 'from':
      return import_stmt(p);
    case 'raise':
      return raise_stmt(p);
    case 'pass':
      p.pos++;
      return new Pass(t0.lineno, t0.col, t0.endLineno, t0.endCol);
    case 'del':
      return del_stmt(p);
    case 'yield':
      return yield_stmt(p);
    case 'assert':
      return assert_stmt(p);
    case 'break':
      p.pos++;
      return new Break(t0.lineno, t0.col, t0.endLineno, t0.endCol);
    case 'continue':
      p.pos++;
      return new Continue(t0.lineno, t0.col, t0.endLineno, t0.endCol);
    case 'global':
      return global_stmt(p);
    case 'nonlocal':
      return nonlocal_stmt(p);
  }
  return null;
}

// assignment[stmt_ty]:
//     | a=NAME ':' b=expression c=['=' d=annotated_rhs { d }] {
//         CHECK_VERSION(stmt_ty, 6, "Variable annotation syntax is",
//             _PyAST_AnnAssign(CHECK(expr_ty, _PyPegen_set_expr_context(p, a, Store)), b, c, 1, EXTRA)) }
//     | a=('(' b=single_target ')' { b }
//          | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs { d }] {
//         CHECK_VERSION(stmt_ty, 6, "Variable annotations syntax is", _PyAST_AnnAssign(a, b, c, 0, EXTRA)) }
//     | a[asdl_expr_seq*]=(z=star_targets '=' { z })+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT] {
//          _PyAST_Assign(a, b, NEW_TYPE_COMMENT(p, tc), EXTRA) }
//     | a=single_target b=augassign ~ c=(yield_expr | star_expressions) {
//          _PyAST_AugAssign(a, b->kind, c, EXTRA) }
//     | invalid_assignment
export function assignment(p: Parser): stmt | null {
  const start = p.mark();
  const t0 = p.peek();
  // alternative 1: NAME ':' expression ['=' annotated_rhs]
  if (t0.type === T.NAME && p.name() !== null) {
    if (p.expect(T.COLON) !== null) {
      const b = expression(p);
      if (b !== null) {
        const c = assignedValue(p);
        const e = p.lastToken();
        return checkVersion(
          p,
          6,
          'Variable annotation syntax is',
          new AnnAssign(nameNode(t0, singletons.Store), b, c, 1, t0.lineno, t0.col, e.endLineno, e.endCol),
        );
      }
    }
    p.reset(start);
  }
  // alternative 2: ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  {
    let a: expr | null = null;
    if (p.expect(T.LPAR) !== null) {
      a = single_target(p);
      if (a !== null && p.expect(T.RPAR) === null) a = null;
    }
    if (a === null) {
      p.reset(start);
      a = single_subscript_attribute_target(p);
    }
    if (a !== null && p.expect(T.COLON) !== null) {
      const b = expression(p);
      if (b !== null) {
        const c = assignedValue(p);
        const e = p.lastToken();
        return checkVersion(
          p,
          6,
          'Variable annotations syntax is',
          new AnnAssign(a, b, c, 0, t0.lineno, t0.col, e.endLineno, e.endCol),
        );
      }
    }
    p.reset(start);
  }
  // alternative 3: (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  {
    const targets: expr[] = [];
    for (;;) {
      const m = p.mark();
      const z = star_targets(p);
      if (z === null || p.expect(T.EQUAL) === null) {
        p.reset(m);
        break;
      }
      targets.push(z);
    }
    if (targets.length > 0) {
      const b = yield_expr(p) ?? star_expressions(p);
      if (b !== null && !p.at(T.EQUAL)) {
        const tc = p.expect(T.TYPE_COMMENT);
        const e = p.lastToken();
        return new Assign(targets, b, tc === null ? null : tc.string, t0.lineno, t0.col, e.endLineno, e.endCol);
      }
    }
    p.reset(start);
  }
  // alternative 4: single_target augassign ~ (yield_expr | star_expressions)
  {
    const a = single_target(p);
    if (a !== null) {
      const op = augassign(p);
      if (op !== null) {
        const c = yield_expr(p) ?? star_expressions(p);
        if (c !== null) {
          const e = p.lastToken();
          return new AugAssign(a, op, c, t0.lineno, t0.col, e.endLineno, e.endCol);
        }
        // cut: the whole rule fails
        p.reset(start);
        return null;
      }
    }
    p.reset(start);
  }
  if (p.callInvalidRules) invalid_assignment(p);
  return null;
}

/** ['=' d=annotated_rhs { d }] */
function assignedValue(p: Parser): expr | null {
  const m = p.mark();
  if (p.expect(T.EQUAL) !== null) {
    const d = annotated_rhs(p);
    if (d !== null) return d;
    p.reset(m);
  }
  return null;
}

// augassign[AugOperator*]: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
export function augassign(p: Parser): operator | null {
  let op: operator;
  switch (p.peek().type) {
    case T.PLUSEQUAL:
      op = singletons.Add;
      break;
    case T.MINEQUAL:
      op = singletons.Sub;
      break;
    case T.STAREQUAL:
      op = singletons.Mult;
      break;
    case T.ATEQUAL:
      p.pos++;
      return checkVersion(p, 5, "The '@' operator is", singletons.MatMult);
    case T.SLASHEQUAL:
      op = singletons.Div;
      break;
    case T.PERCENTEQUAL:
      op = singletons.Mod;
      break;
    case T.AMPEREQUAL:
      op = singletons.BitAnd;
      break;
    case T.VBAREQUAL:
      op = singletons.BitOr;
      break;
    case T.CIRCUMFLEXEQUAL:
      op = singletons.BitXor;
      break;
    case T.LEFTSHIFTEQUAL:
      op = singletons.LShift;
      break;
    case T.RIGHTSHIFTEQUAL:
      op = singletons.RShift;
      break;
    case T.DOUBLESTAREQUAL:
      op = singletons.Pow;
      break;
    case T.DOUBLESLASHEQUAL:
      op = singletons.FloorDiv;
      break;
    default:
      return null;
  }
  p.pos++;
  return op;
}

// return_stmt[stmt_ty]: 'return' a=[star_expressions] { _PyAST_Return(a, EXTRA) }
export function return_stmt(p: Parser): Return | null {
  const t0 = p.keyword('return');
  if (t0 === null) return null;
  const a = star_expressions(p);
  const e = p.lastToken();
  return new Return(a, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// raise_stmt[stmt_ty]:
//     | 'raise' a=expression b=['from' z=expression { z }] { _PyAST_Raise(a, b, EXTRA) }
//     | 'raise' { _PyAST_Raise(NULL, NULL, EXTRA) }
export function raise_stmt(p: Parser): Raise | null {
  const t0 = p.keyword('raise');
  if (t0 === null) return null;
  const afterRaise = p.mark();
  const a = expression(p);
  let b: expr | null = null;
  if (a !== null) {
    const m = p.mark();
    if (p.keyword('from') !== null) {
      b = expression(p);
      if (b === null) p.reset(m);
    }
  } else {
    p.reset(afterRaise);
  }
  const e = p.lastToken();
  return new Raise(a, b, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// global_stmt[stmt_ty]: 'global' a=','.NAME+ { _PyAST_Global(_PyPegen_map_names_to_ids(p, a), EXTRA) }
export function global_stmt(p: Parser): Global | null {
  const start = p.mark();
  const t0 = p.keyword('global');
  if (t0 === null) return null;
  const names = nameList(p);
  if (names === null) {
    p.reset(start);
    return null;
  }
  const e = p.lastToken();
  return new Global(names, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// nonlocal_stmt[stmt_ty]: 'nonlocal' a=','.NAME+ { _PyAST_Nonlocal(_PyPegen_map_names_to_ids(p, a), EXTRA) }
export function nonlocal_stmt(p: Parser): Nonlocal | null {
  const start = p.mark();
  const t0 = p.keyword('nonlocal');
  if (t0 === null) return null;
  const names = nameList(p);
  if (names === null) {
    p.reset(start);
    return null;
  }
  const e = p.lastToken();
  return new Nonlocal(names, t0.lineno, t0.col, e.endLineno, e.endCol);
}

/** ','.NAME+ as identifiers (_PyPegen_map_names_to_ids) */
function nameList(p: Parser): string[] | null {
  return gather(p, nameIdentifier);
}

/** NAME as an identifier */
function nameIdentifier(p: Parser): string | null {
  const t = p.name();
  return t === null ? null : identifier(t.string);
}

// del_stmt[stmt_ty]:
//     | 'del' a=del_targets &(';' | NEWLINE) { _PyAST_Delete(a, EXTRA) }
//     | invalid_del_stmt
export function del_stmt(p: Parser): Delete | null {
  const start = p.mark();
  const t0 = p.keyword('del');
  if (t0 !== null) {
    const a = del_targets(p);
    if (a !== null) {
      const k = p.peek().type;
      if (k === T.SEMI || k === T.NEWLINE) {
        const e = p.lastToken();
        return new Delete(a, t0.lineno, t0.col, e.endLineno, e.endCol);
      }
    }
    p.reset(start);
  }
  if (p.callInvalidRules) invalid_del_stmt(p);
  return null;
}

// yield_stmt[stmt_ty]: y=yield_expr { _PyAST_Expr(y, EXTRA) }
export function yield_stmt(p: Parser): Expr | null {
  const t0 = p.peek();
  const y = yield_expr(p);
  if (y === null) return null;
  const e = p.lastToken();
  return new Expr(y, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// assert_stmt[stmt_ty]: 'assert' a=expression b=[',' z=expression { z }] { _PyAST_Assert(a, b, EXTRA) }
export function assert_stmt(p: Parser): Assert | null {
  const start = p.mark();
  const t0 = p.keyword('assert');
  if (t0 === null) return null;
  const a = expression(p);
  if (a === null) {
    p.reset(start);
    return null;
  }
  let b: expr | null = null;
  const m = p.mark();
  if (p.expect(T.COMMA) !== null) {
    b = expression(p);
    if (b === null) p.reset(m);
  }
  const e = p.lastToken();
  return new Assert(a, b, t0.lineno, t0.col, e.endLineno, e.endCol);
}
