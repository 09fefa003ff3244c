/**
 * The statement half of CPython 3.11's PEG grammar (Grammar/python.gram):
 * the start rules, statement sequences, blocks and the compound statements
 * if / while / for / with / try / class. Simple statements live in
 * simple_statements.ts, imports in imports.ts, functions and parameters in
 * functions.ts, `match` in patterns.ts, the invalid_* rules in
 * invalid_statements.ts.
 */
import { T } from '../tokenizer/tokens';
import type { Token } from '../tokenizer/token';
import {
  AsyncFor, AsyncWith, ClassDef, ExceptHandler, Expression, For, FunctionType, If, Interactive, Module, Pass, Try,
  TryStar, While, With, withitem, type expr, type stmt,
} from '../ast/nodes';
import type { Parser } from './parser';
import {
  arguments_rule, expression, expressions, named_expression, star_expressions, star_targets,
  star_target, type_expressions,
} from './expressions';
import { simple_stmt } from './simple_statements';
import { function_def, decorators } from './functions';
import { match_stmt } from './patterns';
import { atAsync, checkVersion, expectForced, gather, identifier, typeComment } from './statement_helpers';
import {
  invalid_block, invalid_class_def_raw, invalid_else_stmt, invalid_elif_stmt, invalid_except_star_stmt_indent,
  invalid_except_stmt, invalid_except_stmt_indent, invalid_finally_stmt, invalid_for_stmt, invalid_for_target,
  invalid_if_stmt, invalid_try_stmt, invalid_while_stmt, invalid_with_item, invalid_with_stmt,
  invalid_with_stmt_indent,
} from './invalid_statements';

const BLOCK_MEMO = 2000;

// ---- starting rules -------------------------------------------------------

// file[mod_ty]: a=[statements] ENDMARKER { _PyPegen_make_module(p, a) }
export function file(p: Parser): Module | null {
  const start = p.mark();
  const a = statements(p);
  if (p.expect(T.ENDMARKER) === null) {
    p.reset(start);
    return null;
  }
  // type_ignores are filled in by the entry point (index.ts), which sees the TYPE_IGNORE tokens.
  return new Module(a ?? [], []);
}

// interactive[mod_ty]: a=statement_newline { _PyAST_Interactive(a, p->arena) }
export function interactive(p: Parser): Interactive | null {
  const a = statement_newline(p);
  return a === null ? null : new Interactive(a);
}

// eval[mod_ty]: a=expressions NEWLINE* ENDMARKER { _PyAST_Expression(a, p->arena) }
export function eval_rule(p: Parser): Expression | null {
  const start = p.mark();
  const a = expressions(p);
  if (a !== null) {
    while (p.expect(T.NEWLINE) !== null);
    if (p.expect(T.ENDMARKER) !== null) return new Expression(a);
  }
  p.reset(start);
  return null;
}

// func_type[mod_ty]: '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER { _PyAST_FunctionType(a, b, p->arena) }
export function func_type(p: Parser): FunctionType | null {
  const start = p.mark();
  if (p.expect(T.LPAR) !== null) {
    const a = type_expressions(p);
    if (p.expect(T.RPAR) !== null && p.expect(T.RARROW) !== null) {
      const b = expression(p);
      if (b !== null) {
        while (p.expect(T.NEWLINE) !== null);
        if (p.expect(T.ENDMARKER) !== null) return new FunctionType(a ?? [], b);
      }
    }
  }
  p.reset(start);
  return null;
}

// ---- general statements ---------------------------------------------------

// statements[asdl_stmt_seq*]: a=statement+ { _PyPegen_seq_flatten(p, a) }
export function statements(p: Parser): stmt[] | null {
  const res: stmt[] = [];
  for (;;) {
    const s = statement(p);
    if (s === null) break;
    for (let i = 0; i < s.length; i++) res.push(s[i]);
  }
  return res.length === 0 ? null : res;
}

// statement[asdl_stmt_seq*]: a=compound_stmt { [a] } | a=simple_stmts { a }
export function statement(p: Parser): stmt[] | null {
  const a = compound_stmt(p);
  if (a !== null) return [a];
  return simple_stmts(p);
}

// statement_newline[asdl_stmt_seq*]:
//     | a=compound_stmt NEWLINE { [a] }
//     | simple_stmts
//     | NEWLINE { [Pass(EXTRA)] }
//     | ENDMARKER { _PyPegen_interactive_exit(p) }
export function statement_newline(p: Parser): stmt[] | null {
  const start = p.mark();
  const t0 = p.peek();
  const a = compound_stmt(p);
  if (a !== null && p.expect(T.NEWLINE) !== null) return [a];
  p.reset(start);
  const b = simple_stmts(p);
  if (b !== null) return b;
  if (p.expect(T.NEWLINE) !== null) {
    const e = p.lastToken();
    return [new Pass(t0.lineno, t0.col, e.endLineno, e.endCol)];
  }
  // ENDMARKER: _PyPegen_interactive_exit returns NULL.
  return null;
}

// simple_stmts[asdl_stmt_seq*]:
//     | a=simple_stmt !';' NEWLINE { [a] }
//     | a=';'.simple_stmt+ [';'] NEWLINE { a }
export function simple_stmts(p: Parser): stmt[] | null {
  const start = p.mark();
  const a = simple_stmt(p);
  if (a === null) return null;
  if (!p.at(T.SEMI)) {
    if (p.expect(T.NEWLINE) !== null) return [a];
    p.reset(start);
    return null;
  }
  const res: stmt[] = [a];
  for (;;) {
    const m = p.mark();
    if (p.expect(T.SEMI) === null) break;
    const b = simple_stmt(p);
    if (b === null) {
      p.reset(m);
      break;
    }
    res.push(b);
  }
  p.expect(T.SEMI);
  if (p.expect(T.NEWLINE) !== null) return res;
  p.reset(start);
  return null;
}

// compound_stmt[stmt_ty]:
//     | &('def' | '@' | ASYNC) function_def
//     | &'if' if_stmt
//     | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt
//     | &('for' | ASYNC) for_stmt
//     | &'try' try_stmt
//     | &'while' while_stmt
//     | match_stmt
export function compound_stmt(p: Parser): stmt | null {
  const t = p.peek();
  if (t.type === T.NAME) {
    switch (t.string) {
      case 'def':
        return function_def(p);
      case 'if':
        return if_stmt(p);
      case 'class':
        return class_def(p);
      case 'with':
        return with_stmt(p);
      case 'for':
        return for_stmt(p);
      case 'try':
        return try_stmt(p);
      case 'while':
        return while_stmt(p);
      case 'async':
        return function_def(p) ?? with_stmt(p) ?? for_stmt(p);
      case 'match':
        return match_stmt(p);
    }
    return null;
  }
  if (t.type === T.AT) return function_def(p) ?? class_def(p);
  if (t.type === T.ASYNC) return function_def(p) ?? with_stmt(p) ?? for_stmt(p);
  return null;
}

// ---- blocks ---------------------------------------------------------------

// block[asdl_stmt_seq*] (memo):
//     | NEWLINE INDENT a=statements DEDENT { a }
//     | simple_stmts
//     | invalid_block
export function block(p: Parser): stmt[] | null {
  const start = p.mark();
  const hit = p.memoGet<stmt[] | null>(BLOCK_MEMO);
  if (hit !== undefined) return hit;
  p.enter();
  let res: stmt[] | null = null;
  if (p.expect(T.NEWLINE) !== null && p.expect(T.INDENT) !== null) {
    const a = statements(p);
    if (a !== null && p.expect(T.DEDENT) !== null) res = a;
  }
  if (res === null) {
    p.reset(start);
    res = simple_stmts(p);
    if (res === null && p.callInvalidRules) invalid_block(p);
  }
  p.leave();
  return p.memoSet(BLOCK_MEMO, start, res);
}

// ---- class definitions ----------------------------------------------------

// class_def[stmt_ty]:
//     | a=decorators b=class_def_raw { _PyPegen_class_def_decorators(p, a, b) }
//     | class_def_raw
export function class_def(p: Parser): stmt | null {
  const start = p.mark();
  const a = decorators(p);
  if (a !== null) {
    const b = class_def_raw(p);
    if (b !== null) {
      return new ClassDef(b.name, b.bases, b.keywords, b.body, a, b.lineno, b.col_offset, b.end_lineno, b.end_col_offset);
    }
    p.reset(start);
  }
  return class_def_raw(p);
}

// class_def_raw[stmt_ty]:
//     | invalid_class_def_raw
//     | 'class' a=NAME b=['(' z=[arguments] ')' { z }] ':' c=block {
//         _PyAST_ClassDef(a->v.Name.id, b ? b->v.Call.args : NULL, b ? b->v.Call.keywords : NULL, c, NULL, EXTRA) }
export function class_def_raw(p: Parser): ClassDef | null {
  if (p.callInvalidRules) invalid_class_def_raw(p);
  const start = p.mark();
  const t0 = p.keyword('class');
  if (t0 === null) return null;
  const a = p.name();
  if (a !== null) {
    let args: ReturnType<typeof arguments_rule> = null;
    let ok = true;
    const m = p.mark();
    if (p.expect(T.LPAR) !== null) {
      args = arguments_rule(p);
      if (p.expect(T.RPAR) === null) {
        p.reset(m);
        args = null;
        ok = true;
      }
    }
    if (ok && p.expect(T.COLON) !== null) {
      const c = block(p);
      if (c !== null) {
        const e = p.lastToken();
        return new ClassDef(
          identifier(a.string),
          args !== null ? args.args : [],
          args !== null ? args.keywords : [],
          c,
          [],
          t0.lineno,
          t0.col,
          e.endLineno,
          e.endCol,
        );
      }
    }
  }
  p.reset(start);
  return null;
}

// ---- if / while -----------------------------------------------------------

// if_stmt[stmt_ty]:
//     | invalid_if_stmt
//     | 'if' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c], EXTRA) }
//     | 'if' a=named_expression ':' b=block c=[else_block] { If(a, b, c, EXTRA) }
export function if_stmt(p: Parser): If | null {
  if (p.callInvalidRules) invalid_if_stmt(p);
  return ifLike(p, 'if');
}

// elif_stmt[stmt_ty]:
//     | invalid_elif_stmt
//     | 'elif' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c], EXTRA) }
//     | 'elif' a=named_expression ':' b=block c=[else_block] { If(a, b, c, EXTRA) }
export function elif_stmt(p: Parser): If | null {
  if (p.callInvalidRules) invalid_elif_stmt(p);
  return ifLike(p, 'elif');
}

function ifLike(p: Parser, kw: string): If | null {
  const start = p.mark();
  const t0 = p.keyword(kw);
  if (t0 === null) return null;
  const a = named_expression(p);
  if (a !== null && p.expect(T.COLON) !== null) {
    const b = block(p);
    if (b !== null) {
      const c = elif_stmt(p);
      let orelse: stmt[];
      if (c !== null) orelse = [c];
      else orelse = else_block(p) ?? [];
      const e = p.lastToken();
      return new If(a, b, orelse, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
  }
  p.reset(start);
  return null;
}

// else_block[asdl_stmt_seq*]:
//     | invalid_else_stmt
//     | 'else' &&':' b=block { b }
export function else_block(p: Parser): stmt[] | null {
  if (p.callInvalidRules) invalid_else_stmt(p);
  const start = p.mark();
  if (p.keyword('else') === null) return null;
  expectForced(p, T.COLON, ':');
  const b = block(p);
  if (b === null) p.reset(start);
  return b;
}

// while_stmt[stmt_ty]:
//     | invalid_while_stmt
//     | 'while' a=named_expression ':' b=block c=[else_block] { _PyAST_While(a, b, c, EXTRA) }
export function while_stmt(p: Parser): While | null {
  if (p.callInvalidRules) invalid_while_stmt(p);
  const start = p.mark();
  const t0 = p.keyword('while');
  if (t0 === null) return null;
  const a = named_expression(p);
  if (a !== null && p.expect(T.COLON) !== null) {
    const b = block(p);
    if (b !== null) {
      const c = else_block(p) ?? [];
      const e = p.lastToken();
      return new While(a, b, c, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
  }
  p.reset(start);
  return null;
}

// ---- for ------------------------------------------------------------------

// for_stmt[stmt_ty]:
//     | invalid_for_stmt
//     | 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] {
//         _PyAST_For(t, ex, b, el, NEW_TYPE_COMMENT(p, tc), EXTRA) }
//     | ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] {
//         CHECK_VERSION(stmt_ty, 5, "Async for loops are", _PyAST_AsyncFor(...)) }
//     | invalid_for_target
export function for_stmt(p: Parser): For | AsyncFor | null {
  if (p.callInvalidRules) invalid_for_stmt(p);
  const start = p.mark();
  const t0 = p.peek();
  const isAsync = atAsync(p);
  if (isAsync) p.pos++;
  if (p.keyword('for') !== null) {
    const t = star_targets(p);
    if (t !== null && p.keyword('in') !== null) {
      // cut: past 'in', a failure fails the whole rule
      const ex = star_expressions(p);
      if (ex !== null && p.expect(T.COLON) !== null) {
        const tc = p.expect(T.TYPE_COMMENT);
        const b = block(p);
        if (b !== null) {
          const el = else_block(p) ?? [];
          const e = p.lastToken();
          if (isAsync) {
            return checkVersion(
              p,
              5,
              'Async for loops are',
              new AsyncFor(t, ex, b, el, typeComment(tc), t0.lineno, t0.col, e.endLineno, e.endCol),
            );
          }
          return new For(t, ex, b, el, typeComment(tc), t0.lineno, t0.col, e.endLineno, e.endCol);
        }
      }
      p.reset(start);
      return null;
    }
  }
  p.reset(start);
  if (p.callInvalidRules) invalid_for_target(p);
  return null;
}

// ---- with -----------------------------------------------------------------

// with_stmt[stmt_ty]:
//     | invalid_with_stmt_indent
//     | 'with' '(' a=','.with_item+ ','? ')' ':' b=block { With(a, b, NULL, EXTRA) }
//     | 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { With(a, b, NEW_TYPE_COMMENT(p, tc), EXTRA) }
//     | ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block { AsyncWith(a, b, NULL, EXTRA) }
//     | ASYNC 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { AsyncWith(a, b, NEW_TYPE_COMMENT(p, tc), EXTRA) }
//     | invalid_with_stmt
export function with_stmt(p: Parser): With | AsyncWith | null {
  if (p.callInvalidRules) invalid_with_stmt_indent(p);
  const start = p.mark();
  const t0 = p.peek();
  const isAsync = atAsync(p);
  if (isAsync) p.pos++;
  if (p.keyword('with') !== null) {
    const afterWith = p.mark();
    // parenthesised form
    if (p.expect(T.LPAR) !== null) {
      const a = withItems(p);
      if (a !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RPAR) !== null && p.expect(T.COLON) !== null) {
          const b = block(p);
          if (b !== null) {
            const e = p.lastToken();
            if (isAsync) {
              return checkVersion(p, 5, 'Async with statements are', new AsyncWith(a, b, null, t0.lineno, t0.col, e.endLineno, e.endCol));
            }
            return checkVersion(p, 9, 'Parenthesized context managers are', new With(a, b, null, t0.lineno, t0.col, e.endLineno, e.endCol));
          }
        }
      }
      p.reset(afterWith);
    }
    const a = withItems(p);
    if (a !== null && p.expect(T.COLON) !== null) {
      const tc = p.expect(T.TYPE_COMMENT);
      const b = block(p);
      if (b !== null) {
        const e = p.lastToken();
        if (isAsync) {
          return checkVersion(p, 5, 'Async with statements are', new AsyncWith(a, b, typeComment(tc), t0.lineno, t0.col, e.endLineno, e.endCol));
        }
        return new With(a, b, typeComment(tc), t0.lineno, t0.col, e.endLineno, e.endCol);
      }
    }
  }
  p.reset(start);
  if (p.callInvalidRules) invalid_with_stmt(p);
  return null;
}

/** ','.with_item+ */
function withItems(p: Parser): withitem[] | null {
  return gather(p, with_item);
}

// with_item[withitem_ty]:
//     | e=expression 'as' t=star_target &(',' | ')' | ':') { _PyAST_withitem(e, t, p->arena) }
//     | invalid_with_item
//     | e=expression { _PyAST_withitem(e, NULL, p->arena) }
export function with_item(p: Parser): withitem | null {
  const start = p.mark();
  const e = expression(p);
  if (e === null) return null;
  const afterE = p.mark();
  if (p.keyword('as') !== null) {
    const t = star_target(p);
    if (t !== null) {
      const k = p.peek().type;
      if (k === T.COMMA || k === T.RPAR || k === T.COLON) return new withitem(e, t);
    }
  }
  if (p.callInvalidRules) {
    p.reset(start);
    invalid_with_item(p);
  }
  p.reset(afterE);
  return new withitem(e, null);
}

// ---- try ------------------------------------------------------------------

// try_stmt[stmt_ty]:
//     | invalid_try_stmt
//     | 'try' &&':' b=block f=finally_block { _PyAST_Try(b, NULL, NULL, f, EXTRA) }
//     | 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block] { _PyAST_Try(b, ex, el, f, EXTRA) }
//     | 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block] {
//         CHECK_VERSION(stmt_ty, 11, "Exception groups are", _PyAST_TryStar(b, ex, el, f, EXTRA)) }
export function try_stmt(p: Parser): Try | TryStar | null {
  if (p.callInvalidRules) invalid_try_stmt(p);
  const start = p.mark();
  const t0 = p.keyword('try');
  if (t0 === null) return null;
  expectForced(p, T.COLON, ':');
  const b = block(p);
  if (b !== null) {
    const afterBlock = p.mark();
    const f = finally_block(p);
    if (f !== null) {
      const e = p.lastToken();
      return new Try(b, [], [], f, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
    p.reset(afterBlock);
    const ex: ExceptHandler[] = [];
    for (;;) {
      const h = except_block(p);
      if (h === null) break;
      ex.push(h);
    }
    if (ex.length > 0) {
      const el = else_block(p) ?? [];
      const f2 = finally_block(p) ?? [];
      const e = p.lastToken();
      return new Try(b, ex, el, f2, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
    p.reset(afterBlock);
    for (;;) {
      const h = except_star_block(p);
      if (h === null) break;
      ex.push(h);
    }
    if (ex.length > 0) {
      const el = else_block(p) ?? [];
      const f2 = finally_block(p) ?? [];
      const e = p.lastToken();
      return checkVersion(p, 11, 'Exception groups are', new TryStar(b, ex, el, f2, t0.lineno, t0.col, e.endLineno, e.endCol));
    }
  }
  p.reset(start);
  return null;
}

// except_block[excepthandler_ty]:
//     | invalid_except_stmt_indent
//     | 'except' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t, b, EXTRA) }
//     | 'except' ':' b=block { _PyAST_ExceptHandler(NULL, NULL, b, EXTRA) }
//     | invalid_except_stmt
export function except_block(p: Parser): ExceptHandler | null {
  if (p.callInvalidRules) invalid_except_stmt_indent(p);
  const start = p.mark();
  const t0 = p.keyword('except');
  if (t0 !== null) {
    const afterExcept = p.mark();
    const h = exceptHandlerWithType(p, t0);
    if (h !== null) return h;
    p.reset(afterExcept);
    if (p.expect(T.COLON) !== null) {
      const b = block(p);
      if (b !== null) {
        const last = p.lastToken();
        return new ExceptHandler(null, null, b, t0.lineno, t0.col, last.endLineno, last.endCol);
      }
    }
  }
  p.reset(start);
  if (p.callInvalidRules) invalid_except_stmt(p);
  return null;
}

// except_star_block[excepthandler_ty]:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t, b, EXTRA) }
//     | invalid_except_stmt
export function except_star_block(p: Parser): ExceptHandler | null {
  if (p.callInvalidRules) invalid_except_star_stmt_indent(p);
  const start = p.mark();
  const t0 = p.keyword('except');
  if (t0 !== null && p.expect(T.STAR) !== null) {
    const h = exceptHandlerWithType(p, t0);
    if (h !== null) return h;
  }
  p.reset(start);
  if (p.callInvalidRules) invalid_except_stmt(p);
  return null;
}

/**
 * The tail both except_block and except_star_block share after 'except' (or 'except' '*'),
 * `t0` being the 'except' token:
 *     e=expression t=['as' z=NAME { z }] ':' b=block { _PyAST_ExceptHandler(e, t, b, EXTRA) }
 * Null on failure, with the position left for the caller to reset.
 */
function exceptHandlerWithType(p: Parser, t0: Token): ExceptHandler | null {
  const e = expression(p);
  if (e === null) return null;
  const name = asName(p);
  if (p.expect(T.COLON) === null) return null;
  const b = block(p);
  if (b === null) return null;
  const last = p.lastToken();
  return new ExceptHandler(e, name, b, t0.lineno, t0.col, last.endLineno, last.endCol);
}

/** ['as' z=NAME { z }] as an identifier, or null (position restored when absent). */
function asName(p: Parser): string | null {
  const m = p.mark();
  if (p.keyword('as') !== null) {
    const n = p.name();
    if (n !== null) return identifier(n.string);
    p.reset(m);
  }
  return null;
}

// finally_block[asdl_stmt_seq*]:
//     | invalid_finally_stmt
//     | 'finally' &&':' a=block { a }
export function finally_block(p: Parser): stmt[] | null {
  if (p.callInvalidRules) invalid_finally_stmt(p);
  const start = p.mark();
  if (p.keyword('finally') === null) return null;
  expectForced(p, T.COLON, ':');
  const a = block(p);
  if (a === null) p.reset(start);
  return a;
}

export type { Token, expr };
