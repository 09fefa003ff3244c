/**
 * Comprehensions and generator expressions, each its own code object taking
 * the outermost iterator as `.0` (CPython 3.11 compile.c:
 * compiler_comprehension, compiler_comprehension_generator,
 * compiler_sync_comprehension_generator), and yield / yield from.
 */
import { Op } from '../bytecode/opcodes';
import { PseudoOp } from '../bytecode/pseudo_opcodes';
import type * as ast from '../ast/nodes';
import type { Compiler } from './compiler';
import { notImplemented, compilerError } from './errors';
import { compileJumpIf, visitExpr } from './codegen_expr';
import { makeClosure } from './codegen_stmt';
import type { Block } from './instructions';
import { FBlockType, ScopeType } from './unit';

type CompType = 'genexp' | 'listcomp' | 'setcomp' | 'dictcomp';

/** addop_yield */
export function addYield(c: Compiler): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addOp(Op.ASYNC_GEN_WRAP);
  c.addOp(Op.YIELD_VALUE);
  c.addOpI(Op.RESUME, 1);
}

/** compiler_add_yield_from */
export function addYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newBlock();
  const resume = c.newBlock();
  const exit = c.newBlock();
  c.useNextBlock(start);
  c.addJump(Op.SEND, exit);
  c.useNextBlock(resume);
  c.addOpI(Op.YIELD_VALUE, 0);
  c.addOpI(Op.RESUME, isAwait ? 3 : 2);
  c.addJump(PseudoOp.JUMP_NO_INTERRUPT, start);
  c.useNextBlock(exit);
}

/** compiler_comprehension_generator */
function comprehensionGenerator(
  c: Compiler,
  generators: ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  type: CompType,
): void {
  if (generators[genIndex].is_async) asyncComprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  else syncComprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
}

/** The innermost body: yield, or add to the collection `depth + 1` deep. */
function comprehensionElement(c: Compiler, depth: number, elt: ast.expr, val: ast.expr | null, type: CompType): void {
  switch (type) {
    case 'genexp':
      visitExpr(c, elt);
      addYield(c);
      c.addOp(Op.POP_TOP);
      break;
    case 'listcomp':
      visitExpr(c, elt);
      c.addOpI(Op.LIST_APPEND, depth + 1);
      break;
    case 'setcomp':
      visitExpr(c, elt);
      c.addOpI(Op.SET_ADD, depth + 1);
      break;
    case 'dictcomp':
      visitExpr(c, elt);
      visitExpr(c, val!);
      c.addOpI(Op.MAP_ADD, depth + 1);
      break;
  }
}

/** compiler_async_comprehension_generator: `async for` inside a comprehension. */
function asyncComprehensionGenerator(
  c: Compiler,
  generators: ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  type: CompType,
): void {
  const gen = generators[genIndex];
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addOpI(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addOp(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.pushFBlock({ type: FBlockType.AsyncComprehensionGenerator, block: start, exit: null });
  c.addJump(PseudoOp.SETUP_FINALLY, except);
  c.addOp(Op.GET_ANEXT);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addOp(PseudoOp.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) compileJumpIf(c, e, ifCleanup, false);
  depth++;
  if (++genIndex < generators.length) comprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  if (genIndex >= generators.length) comprehensionElement(c, depth, elt, val, type);
  c.useNextBlock(ifCleanup);
  c.addJump(PseudoOp.JUMP, start);
  c.u.fblocks.pop();
  c.useNextBlock(except);
  c.addOp(Op.END_ASYNC_FOR);
}

/** compiler_sync_comprehension_generator */
function syncComprehensionGenerator(
  c: Compiler,
  generators: ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  type: CompType,
): void {
  const gen = generators[genIndex];
  let start: Block | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  if (genIndex === 0) {
    // The outermost iterator arrives as the implicit argument .0.
    c.u.argcount = 1;
    c.addOpI(Op.LOAD_FAST, 0);
  } else {
    // Fast path for the temporary-variable idiom `for y in [f(x)]`.
    const it = gen.iter;
    const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
    if (elts && elts.length === 1 && elts[0]._type !== 'Starred') {
      visitExpr(c, elts[0]);
      start = null;
    } else {
      visitExpr(c, gen.iter);
      c.addOp(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addJump(Op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) compileJumpIf(c, e, ifCleanup, false);
  if (++genIndex < generators.length) comprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  if (genIndex >= generators.length) comprehensionElement(c, depth, elt, val, type);
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addJump(PseudoOp.JUMP, start);
    c.useNextBlock(anchor);
  }
}

/** compiler_comprehension */
export function compileComprehension(c: Compiler, e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp): void {
  const type: CompType = e._type === 'ListComp' ? 'listcomp' : e._type === 'SetComp' ? 'setcomp' : e._type === 'DictComp' ? 'dictcomp' : 'genexp';
  const outermost = e.generators[0];
  const scopeType = c.u.scopeType;
  const isTopLevelAwait = c.isTopLevelAwait();
  c.enterScope(type === "genexp" ? "<genexpr>" : `<${type}>`, ScopeType.Comprehension, e, e.lineno);
  const isAsyncGenerator = c.u.ste.coroutine;
  c.u.setLoc(e);
  if (
    isAsyncGenerator &&
    type !== 'genexp' &&
    scopeType !== ScopeType.AsyncFunction &&
    scopeType !== ScopeType.Comprehension &&
    !isTopLevelAwait
  ) {
    compilerError(c, 'asynchronous comprehension outside of an asynchronous function');
  }
  if (type !== 'genexp') c.addOpI(type === 'listcomp' ? Op.BUILD_LIST : type === 'setcomp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  const elt = e._type === 'DictComp' ? e.key : e.elt;
  const val = e._type === 'DictComp' ? e.value : null;
  comprehensionGenerator(c, e.generators, 0, 0, elt, val, type);
  if (type !== 'genexp') c.addOp(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  // An async comprehension at top level (even a generator expression) makes the module a coroutine.
  if (isTopLevelAwait && isAsyncGenerator) c.u.ste.coroutine = true;
  makeClosure(c, co, 0);
  visitExpr(c, outermost.iter);
  c.addOp(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addOpI(Op.PRECALL, 0);
  c.addOpI(Op.CALL, 0);
  if (isAsyncGenerator && type !== 'genexp') {
    c.addOpI(Op.GET_AWAITABLE, 0);
    c.loadConst(null);
    addYieldFrom(c, true);
  }
}
