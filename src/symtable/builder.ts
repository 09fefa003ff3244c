/**
 * Pass 1's state: the block stack and the primitives every visitor uses to
 * record facts about names (Python/symtable.c: symtable_enter_block,
 * symtable_exit_block, symtable_add_def_helper, symtable_record_directive,
 * symtable_lookup).
 */
import type { AST } from '../ast/nodes';
import { PySyntaxError } from '../tokenizer/errors';
import { SymbolTableEntry } from './entry';
import { BlockType, DEF_COMP_ITER, DEF_GLOBAL, DEF_NONLOCAL, DEF_PARAM } from './flags';
import { mangle } from './mangle';

/** A node's source range, as CPython's LOCATION(x) macro passes it (col offsets in UTF-8 bytes, 0-based). */
export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export class Builder {
  readonly blocks = new Map<AST, SymbolTableEntry>();
  readonly stack: SymbolTableEntry[] = [];
  top!: SymbolTableEntry;
  cur!: SymbolTableEntry;
  /** The module block's symbols (st_global): `global x` is also recorded there. */
  global!: Map<string, number>;
  /** Name of the innermost enclosing class, for mangling (st_private). */
  private: string | null = null;
  private nextId = 0;

  constructor(
    readonly filename: string,
    readonly futureAnnotations: boolean,
  ) {}

  /** A SyntaxError at a node's range, the way PyErr_RangedSyntaxLocationObject sets it (offsets are byte columns + 1; no text). */
  error(msg: string, loc: Loc): PySyntaxError {
    return new PySyntaxError(
      'SyntaxError',
      msg,
      this.filename,
      loc.lineno,
      loc.col_offset + 1,
      null,
      loc.end_lineno,
      loc.end_col_offset + 1,
    );
  }

  /** symtable_enter_block. */
  enterBlock(name: string, type: BlockType, node: AST, loc: Loc): void {
    const prev = this.stack.length ? this.stack[this.stack.length - 1] : null;
    const ste = new SymbolTableEntry(
      this.nextId++,
      name,
      type,
      node,
      loc.lineno,
      loc.col_offset,
      loc.end_lineno,
      loc.end_col_offset,
    );
    if (prev !== null && (prev.nested || prev.type === BlockType.FunctionBlock)) ste.nested = true;
    this.blocks.set(node, ste);
    this.stack.push(ste);
    // bpo-37757: no assignment expressions anywhere inside a comprehension's
    // outermost iterable, even in a nested lambda or comprehension.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    // Annotation blocks (future annotations) only exist to check their
    // expressions: the compiler turns the annotations into strings.
    if (type === BlockType.AnnotationBlock) return;
    if (type === BlockType.ModuleBlock) this.global = ste.symbols;
    if (prev !== null) prev.children.push(ste);
  }

  /** symtable_exit_block. */
  exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  /** symtable_lookup: flags of a name in the current block, after mangling. */
  lookup(name: string): number {
    return this.cur.getSymbol(mangle(this.private, name));
  }

  /** symtable_add_def_helper: record `flag` for `name` in `ste` (the current block by default). */
  addDef(name: string, flag: number, loc: Loc, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.private, name);
    const old = ste.symbols.get(mangled);
    let val: number;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) {
        throw this.error(`duplicate argument '${name}' in function definition`, loc);
      }
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // A comprehension iteration variable: it must not be the target of a
      // walrus seen earlier in the comprehension; mark it for later walruses.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      // Mirror explicit globals into the module's table.
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  /** symtable_record_directive. */
  recordDirective(name: string, loc: Loc): void {
    const ste = this.cur;
    if (ste.directives === null) ste.directives = [];
    ste.directives.push({
      name: mangle(this.private, name),
      lineno: loc.lineno,
      colOffset: loc.col_offset,
      endLineno: loc.end_lineno,
      endColOffset: loc.end_col_offset,
    });
  }
}
