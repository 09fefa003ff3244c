/**
 * Statements (CPython 3.11 compile.c: compiler_body, compiler_visit_stmt,
 * compiler_function, compiler_if / compiler_while / compiler_for,
 * compiler_return / compiler_break / compiler_continue, compiler_augassign).
 */
import { Op } from '../bytecode/opcodes';
import { ConstTuple } from '../bytecode/constants';
import { CELL, mangle } from '../symtable';
import { PseudoOp } from '../bytecode/pseudo_opcodes';
import type * as ast from '../ast/nodes';
import type { CodeObject } from '../bytecode/code';
import type { Compiler } from './compiler';
import { notImplemented, compilerError } from './errors';
import { compileJumpIf, visitExpr, binaryOpArg } from './codegen_expr';
import { callHelper } from './codegen_call';
import { compileAsyncWith, compileTryExcept, compileTryFinally, compileTryStarExcept, compileWith } from './codegen_try';
import { addYieldFrom } from './codegen_comprehension';
import { compileFromImport, compileImport } from './codegen_import';
import { compileMatch } from './codegen_match';
import { FBlockType, ScopeType, type FBlock } from './unit';
import { exprAsUnicode } from '../ast/unparse';
import { checkAssert } from './warnings';

/** _PyAST_GetDocString */
export function getDocString(body: ast.stmt[]): string | null {
  const st = body[0];
  if (st && st._type === 'Expr' && st.value._type === 'Constant' && typeof st.value.value === 'string') return st.value.value;
  return null;
}

/** find_ann: whether a body has annotated assignments (its scope then needs __annotations__). */
export function findAnn(stmts: ast.stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(s.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        if (findAnn(s.body) || findAnn(s.orelse) || findAnn(s.finalbody)) return true;
        for (const h of s.handlers) if (findAnn(h.body)) return true;
        break;
      case 'Match':
        for (const m of s.cases) if (findAnn(m.body)) return true;
        break;
    }
  }
  return false;
}

/** compiler_body (module and class bodies) */
export function compileBody(c: Compiler, stmts: ast.stmt[]): void {
  if (c.u.scopeType === ScopeType.Module && stmts.length) c.u.setLoc(stmts[0]);
  if (findAnn(stmts)) c.addOp(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  // -OO drops docstrings: the string is then an ordinary expression statement.
  if (c.optimize < 2 && getDocString(stmts) !== null) {
    i = 1;
    visitExpr(c, (stmts[0] as ast.Expr).value);
    c.u.unsetLoc();
    c.nameOp('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

export function visitStmts(c: Compiler, stmts: ast.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** compiler_visit_stmt */
export function visitStmt(c: Compiler, s: ast.stmt): void {
  c.u.setLoc(s);
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return compileFunction(c, s);
    case 'AsyncFor':
      return compileAsyncFor(c, s);
    case 'AsyncWith':
      return compileAsyncWith(c, s, 0);
    case 'ClassDef':
      return compileClass(c, s);
    case 'Return':
      return compileReturn(c, s);
    case 'Delete':
      for (const t of s.targets) visitExpr(c, t);
      return;
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addOpI(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Assert':
      return compileAssert(c, s);
    case 'Try':
    case 'TryStar':
      return s.finalbody.length ? compileTryFinally(c, s) : s._type === 'Try' ? compileTryExcept(c, s) : compileTryStarExcept(c, s);
    case 'With':
      return compileWith(c, s, 0);
    case 'Assign': {
      visitExpr(c, s.value);
      const n = s.targets.length;
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addOpI(Op.COPY, 1);
        visitExpr(c, s.targets[i]);
      }
      return;
    }
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'AnnAssign':
      return compileAnnAssign(c, s);
    case 'For':
      return compileFor(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'If':
      return compileIf(c, s);
    case 'Expr':
      return compileStmtExpr(c, s.value);
    case 'Pass':
      c.addOp(Op.NOP);
      return;
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Import':
      return compileImport(c, s);
    case 'ImportFrom':
      return compileFromImport(c, s);
    case 'Break':
      return compileBreak(c);
    case 'Continue':
      return compileContinue(c);
    case 'Match':
      return compileMatch(c, s);
    default:
      notImplemented(`the ${(s as ast.stmt)._type} statement`);
  }
}

/** compiler_visit_stmt_expr */
function compileStmtExpr(c: Compiler, value: ast.expr): void {
  // 'single' mode prints the value of an expression statement of the module's own code.
  if (c.interactive && c.nestLevel <= 1) {
    visitExpr(c, value);
    c.addOp(Op.PRINT_EXPR);
    return;
  }
  if (value._type === 'Constant') {
    c.addOp(Op.NOP);
    return;
  }
  visitExpr(c, value);
  c.u.unsetLoc();
  c.addOp(Op.POP_TOP);
}

/** compiler_decorators */
function visitDecorators(c: Compiler, decos: ast.expr[]): void {
  for (const d of decos) visitExpr(c, d);
}

/** compiler_apply_decorators: innermost first, each call at its decorator's location. */
function applyDecorators(c: Compiler, decos: ast.expr[]): void {
  const old = c.u.loc;
  for (let i = decos.length - 1; i >= 0; i--) {
    c.u.setLoc(decos[i]);
    c.addOpI(Op.PRECALL, 0);
    c.addOpI(Op.CALL, 0);
  }
  c.u.loc = old;
}

/** compiler_assert */
function compileAssert(c: Compiler, s: ast.Assert): void {
  checkAssert(c, s.test);
  // -O: asserts compile to nothing.
  if (c.optimize) return;
  const end = c.newBlock();
  compileJumpIf(c, s.test, end, true);
  c.addOp(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addOpI(Op.PRECALL, 0);
    c.addOpI(Op.CALL, 0);
  }
  c.addOpI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

/** compiler_class (classes whose methods need no __class__ cell) */
function compileClass(c: Compiler, s: ast.ClassDef): void {
  const decos = s.decorator_list;
  visitDecorators(c, decos);
  const firstlineno = decos.length ? decos[0].lineno : s.lineno;
  c.enterScope(s.name, ScopeType.Class, s, firstlineno);
  c.u.private = s.name;
  c.nameOp('__name__', 'Load');
  c.nameOp('__module__', 'Store');
  c.loadConst(c.u.qualname);
  c.nameOp('__qualname__', 'Store');
  compileBody(c, s.body);
  c.u.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    // Return __classcell__ so type.__new__ can fill the cell.
    c.addOpI(Op.LOAD_CLOSURE, c.u.cellvars.get('__class__')!);
    c.addOpI(Op.COPY, 1);
    c.nameOp('__classcell__', 'Store');
  } else {
    c.loadConst(null);
  }
  c.addOp(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  c.addOp(Op.PUSH_NULL);
  c.addOp(Op.LOAD_BUILD_CLASS);
  makeClosure(c, co, 0);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, decos);
  c.nameOp(s.name, 'Store');
}

/** compiler_visit_kwonlydefaults: pushes a dict of keyword-only defaults; false if there are none. */
function visitKwonlyDefaults(c: Compiler, kwonlyargs: ast.arg[], kwDefaults: (ast.expr | null)[]): boolean {
  const keys: string[] = [];
  for (let i = 0; i < kwonlyargs.length; i++) {
    const d = kwDefaults[i];
    if (d) {
      keys.push(mangle(c.u.private, kwonlyargs[i].arg));
      visitExpr(c, d);
    }
  }
  if (!keys.length) return false;
  c.loadConst(new ConstTuple(keys));
  c.addOpI(Op.BUILD_CONST_KEY_MAP, keys.length);
  return true;
}

/** compiler_default_arguments */
export function defaultArguments(c: Compiler, a: ast.arguments_): number {
  let flags = 0;
  if (a.defaults.length) {
    for (const d of a.defaults) visitExpr(c, d);
    c.addOpI(Op.BUILD_TUPLE, a.defaults.length);
    flags |= 0x01;
  }
  if (a.kwonlyargs.length && visitKwonlyDefaults(c, a.kwonlyargs, a.kw_defaults as (ast.expr | null)[])) flags |= 0x02;
  return flags;
}

/** compiler_visit_argannotation */
function visitArgAnnotation(c: Compiler, id: string, annotation: ast.expr | null): number {
  if (!annotation) return 0;
  c.loadConst(mangle(c.u.private, id));
  if (c.futureAnnotations) {
    // compiler_visit_annexpr: the annotation's source, as ast_unparse.c writes it.
    c.loadConst(exprAsUnicode(annotation));
  } else if (annotation._type === 'Starred') {
    // *args: *Ts — [annotation_value] = [*Ts]
    visitExpr(c, annotation.value);
    c.addOpI(Op.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, annotation);
  }
  return 2;
}

/** compiler_visit_annotations: a tuple of names and values (args before posonlyargs, as CPython does); false if none. */
function visitAnnotations(c: Compiler, a: ast.arguments_, returns: ast.expr | null): boolean {
  let n = 0;
  for (const x of a.args) n += visitArgAnnotation(c, x.arg, x.annotation);
  for (const x of a.posonlyargs) n += visitArgAnnotation(c, x.arg, x.annotation);
  if (a.vararg && a.vararg.annotation) n += visitArgAnnotation(c, a.vararg.arg, a.vararg.annotation);
  for (const x of a.kwonlyargs) n += visitArgAnnotation(c, x.arg, x.annotation);
  if (a.kwarg && a.kwarg.annotation) n += visitArgAnnotation(c, a.kwarg.arg, a.kwarg.annotation);
  n += visitArgAnnotation(c, 'return', returns);
  if (!n) return false;
  c.addOpI(Op.BUILD_TUPLE, n);
  return true;
}

/** check_ann_expr */
function checkAnnExpr(c: Compiler, e: ast.expr): void {
  visitExpr(c, e);
  c.addOp(Op.POP_TOP);
}

/** check_ann_subscr */
function checkAnnSubscr(c: Compiler, e: ast.expr): void {
  if (e._type === 'Slice') {
    if (e.lower) checkAnnExpr(c, e.lower);
    if (e.upper) checkAnnExpr(c, e.upper);
    if (e.step) checkAnnExpr(c, e.step);
  } else if (e._type === 'Tuple') {
    for (const x of e.elts) checkAnnSubscr(c, x);
  } else {
    checkAnnExpr(c, e);
  }
}

/** compiler_annassign */
function compileAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const targ = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  const moduleOrClass = c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class;
  switch (targ._type) {
    case 'Name':
      if (targ.id === '__debug__') compilerError(c, 'cannot assign to __debug__');
      if (s.simple && moduleOrClass) {
        if (c.futureAnnotations) c.loadConst(exprAsUnicode(s.annotation));
        else visitExpr(c, s.annotation);
        c.addOpName(Op.LOAD_NAME, '__annotations__');
        c.loadConst(mangle(c.u.private, targ.id));
        c.addOp(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      compilerError(c, 'invalid annotation target');
  }
  // check_annotation: a complex target's annotation is evaluated (module and
  // class only), unless annotations are strings (future annotations).
  if (!s.simple && moduleOrClass && !c.futureAnnotations) checkAnnExpr(c, s.annotation);
}

/** compiler_function */
function compileFunction(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  const a = s.args;
  visitDecorators(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  let flags = defaultArguments(c, a);
  if (visitAnnotations(c, a, s.returns)) flags |= 0x04;
  c.enterScope(s.name, s._type === 'AsyncFunctionDef' ? ScopeType.AsyncFunction : ScopeType.Function, s, firstlineno);
  // Under -OO co_consts[0] is None and the docstring is compiled as a statement.
  const doc = c.optimize < 2 ? getDocString(s.body) : null;
  c.addConst(doc);
  c.u.argcount = a.args.length;
  c.u.posonlyargcount = a.posonlyargs.length;
  c.u.kwonlyargcount = a.kwonlyargs.length;
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]);
  const co = c.assemble(true);
  c.exitScope();
  makeClosure(c, co, flags);
  applyDecorators(c, s.decorator_list);
  c.nameOp(s.name, 'Store');
}

/** compiler_lambda */
export function compileLambda(c: Compiler, e: ast.Lambda): void {
  const a = e.args;
  const flags = defaultArguments(c, a);
  c.enterScope('<lambda>', ScopeType.Lambda, e, e.lineno);
  // None first, so a lambda never has a docstring.
  c.addConst(null);
  c.u.argcount = a.args.length;
  c.u.posonlyargcount = a.posonlyargs.length;
  c.u.kwonlyargcount = a.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.u.ste.generator) {
    // A generator lambda returns its body's value through assemble's implicit RETURN_VALUE.
    co = c.assemble(false);
  } else {
    c.addOp(Op.RETURN_VALUE);
    co = c.assemble(true);
  }
  c.exitScope();
  makeClosure(c, co, flags);
}

/** compiler_make_closure: LOAD_CLOSURE for each free variable of the new code, then MAKE_FUNCTION. */
export function makeClosure(c: Compiler, co: CodeObject, flags: number): void {
  const frees = co.co_freevars;
  if (frees.length) {
    for (const name of frees) {
      // get_ref_type: a class body's __class__ is its own cell.
      const isCell = (c.u.scopeType === ScopeType.Class && name === '__class__') || c.u.ste.getScope(name) === CELL;
      const arg = isCell ? c.u.cellvars.get(name) : c.u.freevars.get(name);
      if (arg === undefined) throw new Error(`compiler: no cell for free variable ${name}`);
      c.addOpI(Op.LOAD_CLOSURE, isCell ? arg : c.u.cellvars.size + arg);
    }
    flags |= 0x08;
    c.addOpI(Op.BUILD_TUPLE, frees.length);
  }
  c.loadConst(co);
  c.addOpI(Op.MAKE_FUNCTION, flags);
}

/** compiler_unwind_fblock */
function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case FBlockType.WhileLoop:
    case FBlockType.ExceptionHandler:
    case FBlockType.ExceptionGroupHandler:
    case FBlockType.AsyncComprehensionGenerator:
      return;
    case FBlockType.ForLoop:
      if (preserveTos) c.addOpI(Op.SWAP, 2);
      c.addOp(Op.POP_TOP);
      return;
    case FBlockType.TryExcept:
      c.addOp(PseudoOp.POP_BLOCK);
      return;
    case FBlockType.FinallyTry:
      // This POP_BLOCK gets the line number of the unwinding statement.
      c.addOp(PseudoOp.POP_BLOCK);
      if (preserveTos) c.pushFBlock({ type: FBlockType.PopValue, block: null, exit: null });
      visitStmts(c, info.datum as ast.stmt[]);
      if (preserveTos) c.u.fblocks.pop();
      // The finally body appears to run after the unwinding statement.
      c.u.unsetLoc();
      return;
    case FBlockType.FinallyEnd:
      if (preserveTos) c.addOpI(Op.SWAP, 2);
      c.addOp(Op.POP_TOP);
      if (preserveTos) c.addOpI(Op.SWAP, 2);
      c.addOp(PseudoOp.POP_BLOCK);
      c.addOp(Op.POP_EXCEPT);
      return;
    case FBlockType.With:
    case FBlockType.AsyncWith:
      c.u.setLoc(info.datum as ast.With);
      c.addOp(PseudoOp.POP_BLOCK);
      if (preserveTos) c.addOpI(Op.SWAP, 2);
      callExitWithNones(c);
      if (info.type === FBlockType.AsyncWith) {
        c.addOpI(Op.GET_AWAITABLE, 2);
        c.loadConst(null);
        addYieldFrom(c, true);
      }
      c.addOp(Op.POP_TOP);
      c.u.unsetLoc();
      return;
    case FBlockType.HandlerCleanup: {
      const name = info.datum as string | null;
      if (name) c.addOp(PseudoOp.POP_BLOCK);
      if (preserveTos) c.addOpI(Op.SWAP, 2);
      c.addOp(PseudoOp.POP_BLOCK);
      c.addOp(Op.POP_EXCEPT);
      if (name) {
        c.loadConst(null);
        c.nameOp(name, 'Store');
        c.nameOp(name, 'Del');
      }
      return;
    }
    case FBlockType.PopValue:
      if (preserveTos) c.addOpI(Op.SWAP, 2);
      c.addOp(Op.POP_TOP);
      return;
  }
}

/** compiler_call_exit_with_nones */
export function callExitWithNones(c: Compiler): void {
  c.loadConst(null);
  c.loadConst(null);
  c.loadConst(null);
  c.addOpI(Op.PRECALL, 2);
  c.addOpI(Op.CALL, 2);
}

/** compiler_unwind_fblock_stack: unwinds down to the innermost loop when `wantLoop`. */
function unwindFBlockStack(c: Compiler, preserveTos: boolean, wantLoop: boolean): FBlock | null {
  const fb = c.u.fblocks;
  if (!fb.length) return null;
  const top = fb[fb.length - 1];
  if (top.type === FBlockType.ExceptionGroupHandler) {
    compilerError(c, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (wantLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return top;
  fb.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, wantLoop);
  fb.push(top);
  return loop;
}

function compileReturn(c: Compiler, s: ast.Return): void {
  const v = s.value;
  const preserveTos = v !== null && v._type !== 'Constant';
  if (c.u.ste.type !== 0 /* FunctionBlock */) compilerError(c, "'return' outside function");
  if (preserveTos) {
    visitExpr(c, v!);
  } else if (v !== null) {
    c.u.setLoc(v);
    c.addOp(Op.NOP);
  }
  if (v === null || v.lineno !== s.lineno) {
    c.u.setLoc(s);
    c.addOp(Op.NOP);
  }
  unwindFBlockStack(c, preserveTos, false);
  if (v === null) c.loadConst(null);
  else if (!preserveTos) c.loadConst((v as ast.Constant).value as never);
  c.addOp(Op.RETURN_VALUE);
}

function compileBreak(c: Compiler): void {
  // compiler_break keeps the statement's location for its error: unwinding
  // (a `with` block's exit) may have moved it.
  const saved = { ...c.u.loc };
  c.addOp(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) {
    c.u.loc = saved;
    compilerError(c, "'break' outside loop");
  }
  unwindFBlock(c, loop, false);
  c.addJump(PseudoOp.JUMP, loop.exit!);
}

function compileContinue(c: Compiler): void {
  const saved = { ...c.u.loc };
  c.addOp(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) {
    c.u.loc = saved;
    compilerError(c, "'continue' not properly in loop");
  }
  c.addJump(PseudoOp.JUMP, loop.block!);
}

function compileIf(c: Compiler, s: ast.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  compileJumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addJumpNoLine(PseudoOp.JUMP, end);
    c.useNextBlock(next);
    visitStmts(c, s.orelse);
  }
  c.useNextBlock(end);
}

function compileFor(c: Compiler, s: ast.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock({ type: FBlockType.ForLoop, block: start, exit: end });
  visitExpr(c, s.iter);
  c.addOp(Op.GET_ITER);
  c.useNextBlock(start);
  c.addJump(Op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.u.unsetLoc();
  c.addJump(PseudoOp.JUMP, start);
  c.useNextBlock(cleanup);
  c.u.fblocks.pop();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_async_for */
function compileAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  // Top-level await makes the module's code a coroutine.
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) compilerError(c, "'async for' outside async function");
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  visitExpr(c, s.iter);
  c.addOp(Op.GET_AITER);
  c.useNextBlock(start);
  c.pushFBlock({ type: FBlockType.ForLoop, block: start, exit: end });
  // SETUP_FINALLY guards the __anext__ call.
  c.addJump(PseudoOp.SETUP_FINALLY, except);
  c.addOp(Op.GET_ANEXT);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addOp(PseudoOp.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.u.unsetLoc();
  c.addJump(PseudoOp.JUMP, start);
  c.u.fblocks.pop();
  c.useNextBlock(except);
  // END_ASYNC_FOR belongs to the `for`: the iterator's line.
  c.u.setLoc(s.iter);
  c.addOp(Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileWhile(c: Compiler, s: ast.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const end = c.newBlock();
  const anchor = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock({ type: FBlockType.WhileLoop, block: loop, exit: end });
  compileJumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.u.setLoc(s);
  compileJumpIf(c, s.test, body, true);
  c.u.fblocks.pop();
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_augassign */
function compileAugAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  const old = c.u.loc;
  c.u.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addOpI(Op.COPY, 1);
      c.matchAttrLocation(e);
      c.addOpName(Op.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addOpI(Op.COPY, 2);
      c.addOpI(Op.COPY, 2);
      c.addOp(Op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameOp(e.id, 'Load');
      break;
    default:
      notImplemented('this augmented assignment target');
  }
  c.u.loc = old;
  visitExpr(c, s.value);
  c.addOpI(Op.BINARY_OP, binaryOpArg(s.op, true));
  c.u.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      c.matchAttrLocation(e);
      c.addOpI(Op.SWAP, 2);
      c.addOpName(Op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      c.addOpI(Op.SWAP, 3);
      c.addOpI(Op.SWAP, 2);
      c.addOp(Op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameOp(e.id, 'Store');
      break;
  }
}
