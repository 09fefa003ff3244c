/**
 * The symbol table stage: `buildSymtable(module)` runs CPython 3.11's two
 * passes (Python/symtable.c, _PySymtable_Build) over an AST and returns the
 * tree of blocks with every name's flags and resolved scope, or throws the
 * PySyntaxError symtable.c would raise.
 *
 * Errors carry no `text` (CPython fills it from the file, if any, when it
 * reports them); their offsets are UTF-8 byte columns + 1, as CPython's are
 * for errors raised at this stage.
 */
import type { AST, mod } from '../ast/nodes';
import { analyze } from './analyze';
import { Builder } from './builder';
import type { SymbolTableEntry } from './entry';
import { BlockType } from './flags';
import { futureFeatures } from './future';
import { visitExpr } from './visit_expr';
import { visitStmts } from './visit_stmt';

export { SymbolTableEntry, type Directive } from './entry';
export * from './flags';
export { mangle } from './mangle';
export { futureFeatures, type FutureFeatures } from './future';

export interface SymtableOptions {
  filename?: string;
  /**
   * `from __future__ import annotations` is on. By default the module's
   * future statements are read (and their errors raised) here, as the
   * `symtable` module does; the compiler passes what it already computed.
   */
  futureAnnotations?: boolean;
}

export interface SymbolTable {
  filename: string;
  /** The module block ('top'). */
  top: SymbolTableEntry;
  /** The block of each scope-creating node (st_blocks): the compiler's _PySymtable_Lookup. */
  blocks: Map<AST, SymbolTableEntry>;
}

export function buildSymtable(module: mod, options: SymtableOptions = {}): SymbolTable {
  const filename = options.filename ?? '<unknown>';
  const b = new Builder(filename, options.futureAnnotations ?? futureFeatures(module, filename).annotations);
  const zero = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
  b.enterBlock('top', BlockType.ModuleBlock, module, zero);
  b.top = b.cur;
  switch (module._type) {
    case 'Module':
    case 'Interactive':
      visitStmts(b, module.body);
      break;
    case 'Expression':
      visitExpr(b, module.body);
      break;
    case 'FunctionType':
      // CPython raises RuntimeError("this compiler does not handle FunctionTypes").
      throw new Error('this compiler does not handle FunctionTypes');
  }
  b.exitBlock();
  analyze(b.top, filename);
  return { filename, top: b.top, blocks: b.blocks };
}
