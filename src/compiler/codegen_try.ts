/**
 * try/except/finally and with (CPython 3.11 compile.c: compiler_try_finally,
 * compiler_try_except, compiler_with, compiler_with_except_finish,
 * POP_EXCEPT_AND_RERAISE). The handlers are reached through the exception
 * table that the SETUP_* / POP_BLOCK pseudo-instructions describe.
 */
import { Op } from '../bytecode/opcodes';
import { PseudoOp } from '../bytecode/pseudo_opcodes';
import type * as ast from '../ast/nodes';
import type { Compiler } from './compiler';
import { notImplemented, compilerError } from './errors';
import { visitExpr } from './codegen_expr';
import { callExitWithNones, visitStmts } from './codegen_stmt';
import { FBlockType, ScopeType } from './unit';
import { addYieldFrom } from './codegen_comprehension';

const J = PseudoOp;

/** compiler_pop_except_and_reraise */
function popExceptAndReraise(c: Compiler): void {
  c.addOpI(Op.COPY, 3);
  c.addOp(Op.POP_EXCEPT);
  c.addOpI(Op.RERAISE, 1);
}

/** compiler_try_finally and compiler_try_star_finally */
export function compileTryFinally(c: Compiler, s: ast.Try | ast.TryStar): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.addJump(J.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock({ type: FBlockType.FinallyTry, block: body, exit: end, datum: s.finalbody });
  if (s.handlers.length) {
    if (s._type === 'Try') compileTryExcept(c, s);
    else compileTryStarExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.addOpNoLine(J.POP_BLOCK);
  c.u.fblocks.pop();
  visitStmts(c, s.finalbody);
  c.addJumpNoLine(J.JUMP, exit);
  // `finally` block
  c.useNextBlock(end);
  c.u.unsetLoc();
  c.addJump(J.SETUP_CLEANUP, cleanup);
  c.addOp(Op.PUSH_EXC_INFO);
  c.pushFBlock({ type: FBlockType.FinallyEnd, block: end, exit: null });
  visitStmts(c, s.finalbody);
  c.u.fblocks.pop();
  c.addOpI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}

export function compileTryExcept(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.addJump(J.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock({ type: FBlockType.TryExcept, block: body, exit: null });
  visitStmts(c, s.body);
  c.u.fblocks.pop();
  c.addOpNoLine(J.POP_BLOCK);
  visitStmts(c, s.orelse);
  c.addJumpNoLine(J.JUMP, end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.u.unsetLoc();
  c.addJump(J.SETUP_CLEANUP, cleanup);
  c.addOp(Op.PUSH_EXC_INFO);
  // Runtime will push a block here, so we need to account for that.
  c.pushFBlock({ type: FBlockType.ExceptionHandler, block: null, exit: null });
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i] as ast.ExceptHandler;
    c.u.setLoc(handler);
    if (!handler.type && i < n - 1) compilerError(c, "default 'except:' must be last");
    except = c.newBlock();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addOp(Op.CHECK_EXC_MATCH);
      c.addJump(J.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameOp(handler.name, 'Store');
      // try: body  finally: name = None; del name
      c.addJump(J.SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock({ type: FBlockType.HandlerCleanup, block: cleanupBody, exit: null, datum: handler.name });
      visitStmts(c, handler.body);
      c.u.fblocks.pop();
      c.u.unsetLoc();
      c.addOp(J.POP_BLOCK);
      c.addOp(J.POP_BLOCK);
      c.addOp(Op.POP_EXCEPT);
      c.loadConst(null);
      c.nameOp(handler.name, 'Store');
      c.nameOp(handler.name, 'Del');
      c.addJump(J.JUMP, end);
      // except:
      c.useNextBlock(cleanupEnd);
      c.u.unsetLoc();
      c.loadConst(null);
      c.nameOp(handler.name, 'Store');
      c.nameOp(handler.name, 'Del');
      c.addOpI(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addOp(Op.POP_TOP); // exc_value
      c.useNextBlock(cleanupBody);
      c.pushFBlock({ type: FBlockType.HandlerCleanup, block: cleanupBody, exit: null, datum: null });
      visitStmts(c, handler.body);
      c.u.fblocks.pop();
      c.u.unsetLoc();
      c.addOp(J.POP_BLOCK);
      c.addOp(Op.POP_EXCEPT);
      c.addJump(J.JUMP, end);
    }
    c.useNextBlock(except);
  }
  c.u.unsetLoc();
  c.u.fblocks.pop();
  c.addOpI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

/** compiler_with_except_finish (3.11: the cleanup block comes before the suppressing exit) */
function withExceptFinish(c: Compiler, cleanup: ReturnType<Compiler['newBlock']>): void {
  c.u.unsetLoc();
  const exit = c.newBlock();
  c.addJump(J.POP_JUMP_IF_TRUE, exit);
  c.addOpI(Op.RERAISE, 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
  c.addOp(Op.POP_TOP); // exc_value
  c.addOp(J.POP_BLOCK);
  c.addOp(Op.POP_EXCEPT);
  c.addOp(Op.POP_TOP);
  c.addOp(Op.POP_TOP);
}

/** compiler_with: one `with` item, then the next ones nested inside it. */
export function compileWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos];
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addOp(Op.BEFORE_WITH);
  c.addJump(J.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock({ type: FBlockType.With, block, exit: final, datum: s });
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addOp(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.u.unsetLoc();
  c.addOp(J.POP_BLOCK);
  c.u.fblocks.pop();
  c.u.setLoc(s);
  callExitWithNones(c);
  c.addOp(Op.POP_TOP);
  c.addJump(J.JUMP, exit);
  c.useNextBlock(final);
  c.addJump(J.SETUP_CLEANUP, cleanup);
  c.addOp(Op.PUSH_EXC_INFO);
  c.addOp(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

/** compiler_async_with */
export function compileAsyncWith(c: Compiler, s: ast.AsyncWith, pos: number): void {
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) compilerError(c, "'async with' outside async function");
  const item = s.items[pos];
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addOp(Op.BEFORE_ASYNC_WITH);
  c.addOpI(Op.GET_AWAITABLE, 1);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addJump(J.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock({ type: FBlockType.AsyncWith, block, exit: final, datum: s });
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addOp(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos);
  c.u.fblocks.pop();
  c.addOp(J.POP_BLOCK);
  c.u.setLoc(s);
  callExitWithNones(c);
  c.addOpI(Op.GET_AWAITABLE, 2);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addOp(Op.POP_TOP);
  c.addJump(J.JUMP, exit);
  c.useNextBlock(final);
  c.addJump(J.SETUP_CLEANUP, cleanup);
  c.addOp(Op.PUSH_EXC_INFO);
  c.addOp(Op.WITH_EXCEPT_START);
  c.addOpI(Op.GET_AWAITABLE, 2);
  c.loadConst(null);
  addYieldFrom(c, true);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

/** compiler_try_star_except: except* clauses split the exception group; PREP_RERAISE_STAR joins what is left. */
export function compileTryStarExcept(c: Compiler, s: ast.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  c.addJump(J.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock({ type: FBlockType.TryExcept, block: body, exit: null });
  visitStmts(c, s.body);
  c.u.fblocks.pop();
  c.addOpNoLine(J.POP_BLOCK);
  c.addJumpNoLine(J.JUMP, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.u.unsetLoc();
  c.addJump(J.SETUP_CLEANUP, cleanup);
  c.addOp(Op.PUSH_EXC_INFO);
  c.pushFBlock({ type: FBlockType.ExceptionGroupHandler, block: null, exit: null });
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i] as ast.ExceptHandler;
    c.u.setLoc(handler);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      // [exc] -> [orig, [], exc]
      c.addOpI(Op.COPY, 1);
      c.addOpI(Op.BUILD_LIST, 0);
      c.addOpI(Op.SWAP, 2);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addOp(Op.CHECK_EG_MATCH);
      c.addOpI(Op.COPY, 1);
      c.addJump(J.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newBlock();
    const cleanupBody = c.newBlock();
    if (handler.name) c.nameOp(handler.name, 'Store');
    else c.addOp(Op.POP_TOP);
    c.addJump(J.SETUP_CLEANUP, cleanupEnd);
    c.useNextBlock(cleanupBody);
    c.pushFBlock({ type: FBlockType.HandlerCleanup, block: cleanupBody, exit: null, datum: handler.name });
    visitStmts(c, handler.body);
    c.u.fblocks.pop();
    c.u.unsetLoc();
    c.addOp(J.POP_BLOCK);
    if (handler.name) {
      c.loadConst(null);
      c.nameOp(handler.name, 'Store');
      c.nameOp(handler.name, 'Del');
    }
    c.addJump(J.JUMP, except);
    c.useNextBlock(cleanupEnd);
    c.u.unsetLoc();
    if (handler.name) {
      c.loadConst(null);
      c.nameOp(handler.name, 'Store');
      c.nameOp(handler.name, 'Del');
    }
    // the exception raised goes to the result list
    c.addOpI(Op.LIST_APPEND, 3);
    c.addOp(Op.POP_TOP); // lasti
    c.addJump(J.JUMP, exceptWithError);
    c.useNextBlock(except);
    c.addOp(Op.NOP); // to hold a propagated lineno
    c.addJump(J.JUMP, exceptWithError);
    c.useNextBlock(noMatch);
    c.u.setLoc(handler);
    c.addOp(Op.POP_TOP); // match (None)
    c.useNextBlock(exceptWithError);
    if (i === n - 1) {
      // the unhandled part of the group, if any (artificial code)
      c.u.unsetLoc();
      c.addOpI(Op.LIST_APPEND, 1);
      c.addJump(J.JUMP, reraiseStar);
    }
  }
  c.u.unsetLoc();
  c.u.fblocks.pop();
  const reraise = c.newBlock();
  c.useNextBlock(reraiseStar);
  c.addOp(Op.PREP_RERAISE_STAR);
  c.addOpI(Op.COPY, 1);
  c.addJump(J.POP_JUMP_IF_NOT_NONE, reraise);
  // nothing to reraise
  c.addOp(Op.POP_TOP);
  c.addOp(J.POP_BLOCK);
  c.addOp(Op.POP_EXCEPT);
  c.addJump(J.JUMP, end);
  c.useNextBlock(reraise);
  c.addOp(J.POP_BLOCK);
  c.addOpI(Op.SWAP, 2);
  c.addOp(Op.POP_EXCEPT);
  c.addOpI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}
