/**
 * The compiler: source text or an AST to CPython 3.11 code objects, built as
 * CPython's Python/compile.c is (codegen into basic blocks, then the
 * assembler's CFG passes). `compileModule(source, filename)` returns the
 * module's code object; constructs not handled yet throw
 * CompilerNotImplemented (reported as NotImplementedError), never wrong code.
 */
import type { CodeObject } from '../bytecode/code';
import type { mod } from '../ast/nodes';
import { parse } from '../parser';
import { buildSymtable, futureFeatures } from '../symtable';
import { optimizeAst } from './ast_opt';
import { compileBody } from './codegen_stmt';
import { Compiler } from './compiler';
import { notImplemented } from './errors';
import { ScopeType } from './unit';

export { CompilerNotImplemented } from './errors';

/** compiler_mod for an already parsed module. */
export function compileAst(tree: mod, filename: string): CodeObject {
  if (tree._type !== 'Module') notImplemented(`${tree._type} mode`);
  const future = futureFeatures(tree, filename);
  // Only these two futures change code generation in 3.11; the others compile as plain imports.
  if (future.annotations) notImplemented('from __future__ import annotations');
  if (future.barryAsBdfl) notImplemented('from __future__ import barry_as_FLUFL');
  // _PyAST_Optimize runs before the symbol table is built, as in compiler_setup.
  optimizeAst(tree);
  const st = buildSymtable(tree, { filename });
  const c = new Compiler(st, filename, future.lineno);
  c.enterScope('<module>', ScopeType.Module, tree, 1);
  c.u.loc.lineno = 1;
  compileBody(c, tree.body);
  return c.assemble(true);
}

export function compileModule(source: string, filename: string): CodeObject {
  return compileAst(parse(source, { filename, mode: 'exec' }), filename);
}
