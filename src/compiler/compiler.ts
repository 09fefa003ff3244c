/**
 * The compiler's state and its scaffolding (CPython 3.11 compile.c: struct
 * compiler, compiler_enter_scope / compiler_exit_scope, the ADDOP family,
 * compiler_nameop, compiler_add_const). Code generation for statements,
 * expressions and calls lives in codegen_*.ts; the assembler in assemble.ts.
 */
import type { CodeObject } from '../bytecode/code';
import { ConstFrozenSet, type ConstValue } from '../bytecode/constants';
import { cpythonSetOrder } from '../dis/set_order';
import { Op } from '../bytecode/opcodes';
import type { AST } from '../ast/nodes';
import {
  BlockType,
  CELL,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  mangle,
  type SymbolTable,
} from '../symtable';
import { compilerError } from './errors';
import { Block, NO_LOCATION } from './instructions';
import { CompilerUnit, ScopeType, type FBlock } from './unit';
import { assemble } from './assemble';

export type NameCtx = 'Load' | 'Store' | 'Del';

/** CO_FUTURE_ANNOTATIONS: annotations are compiled to strings. */
const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** PyCF_ALLOW_TOP_LEVEL_AWAIT: `await`, `async for`/`with` and async comprehensions at module level. */
const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
/** CO_MAXBLOCKS: how deep loops, `try` and `with` blocks may nest in one code object. */
const CO_MAXBLOCKS = 20;

/** What compile() passes down besides the tree (struct compiler's c_flags, c_optimize, c_interactive). */
export interface CompilerOptions {
  /** cf_flags: compile()'s flags merged with the module's future features (CO_FUTURE_* and PyCF_* bits). */
  flags?: number;
  /** c_optimize: 0, 1 (-O: no asserts) or 2 (-OO: no docstrings either). */
  optimize?: number;
  /** c_interactive: 'single' mode, where module-level expression statements print their value. */
  interactive?: boolean;
}

export class Compiler {
  u!: CompilerUnit;
  private readonly stack: CompilerUnit[] = [];

  constructor(
    readonly st: SymbolTable,
    readonly filename: string,
    /** Line of the last future statement (ff_lineno). */
    readonly futureLineno = 0,
    options: CompilerOptions = {},
  ) {
    this.flags = options.flags ?? 0;
    this.optimize = options.optimize ?? 0;
    this.interactive = options.interactive ?? false;
  }

  readonly flags: number;
  readonly optimize: number;
  readonly interactive: boolean;

  /** c_nestlevel: 1 in the module's own code, one more per enclosing scope. */
  get nestLevel(): number {
    return this.u ? this.stack.length + 1 : 0;
  }

  /** `from __future__ import annotations` (in the source or inherited through compile()'s flags). */
  get futureAnnotations(): boolean {
    return (this.flags & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  /** IS_TOP_LEVEL_AWAIT: compile() allowed top-level await and this is the module's code. */
  isTopLevelAwait(): boolean {
    return (this.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.u.ste.type === BlockType.ModuleBlock;
  }

  /** compiler_push_fblock, with its limit on static nesting. */
  pushFBlock(fb: FBlock): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) compilerError(this, 'too many statically nested blocks');
    this.u.fblocks.push(fb);
  }

  /** compiler_enter_scope */
  enterScope(name: string, scopeType: ScopeType, key: AST, lineno: number): void {
    const ste = this.st.blocks.get(key);
    if (!ste) throw new Error('compiler: no symbol table entry for a scope');
    const u = new CompilerUnit(ste, name, scopeType, lineno);
    if (this.u) {
      this.stack.push(this.u);
      u.private = this.u.private;
    }
    const parent = this.u;
    this.u = u;
    if (scopeType === ScopeType.Module) {
      u.loc.lineno = 0;
    } else {
      this.setQualname(parent);
    }
    this.addOpI(Op.RESUME, 0);
    if (scopeType === ScopeType.Module) u.loc.lineno = -1;
  }

  /** compiler_set_qualname */
  private setQualname(parent: CompilerUnit | undefined): void {
    const u = this.u;
    if (!parent || this.stack.length < 2) return;
    let forceGlobal = false;
    if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
      if (parent.ste.getScope(mangle(parent.private, u.name)) === GLOBAL_EXPLICIT) forceGlobal = true;
    }
    if (forceGlobal) return;
    const fn = parent.scopeType === ScopeType.Function || parent.scopeType === ScopeType.AsyncFunction || parent.scopeType === ScopeType.Lambda;
    u.qualname = `${parent.qualname}${fn ? '.<locals>' : ''}.${u.name}`;
  }

  exitScope(): void {
    this.u = this.stack.pop()!;
  }

  // ---- ADDOP family ----

  addOp(op: number): void {
    this.u.addInstr(op, 0, null);
  }

  addOpI(op: number, arg: number): void {
    this.u.addInstr(op, arg, null);
  }

  addOpNoLine(op: number, arg = 0): void {
    this.u.addInstr(op, arg, null, NO_LOCATION);
  }

  addJump(op: number, target: Block): void {
    this.u.addInstr(op, 0, target);
  }

  addJumpNoLine(op: number, target: Block): void {
    this.u.addInstr(op, 0, target, NO_LOCATION);
  }

  /**
   * compiler_add_const. merge_consts_recursive rebuilds a frozenset from the
   * iteration order of the one the AST optimizer made, so its items are kept
   * in that order (the set order of the source order).
   */
  addConst(v: ConstValue): number {
    if (v instanceof ConstFrozenSet) v = new ConstFrozenSet(cpythonSetOrder(v.items));
    return this.u.consts.add(v);
  }

  loadConst(v: ConstValue): void {
    this.addOpI(Op.LOAD_CONST, this.addConst(v));
  }

  /** compiler_addop_name (no private-name mangling: classes are not compiled yet). */
  addOpName(op: number, name: string): void {
    let arg = this.u.names.add(mangle(this.u.private, name));
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addOpI(op, arg);
  }

  /**
   * update_start_location_to_match_attr: an attribute access spanning lines
   * is located at its attribute name (on the line where it ends).
   */
  matchAttrLocation(attr: { lineno: number; end_lineno: number; end_col_offset: number; attr: string }): void {
    const loc = this.u.loc;
    if (loc.lineno !== attr.end_lineno) {
      loc.lineno = attr.end_lineno;
      const len = [...attr.attr].length;
      if (len <= attr.end_col_offset) {
        loc.col = attr.end_col_offset - len;
      } else {
        loc.col = -1;
        loc.endCol = -1;
      }
      loc.endLineno = Math.max(loc.lineno, loc.endLineno);
      if (loc.lineno === loc.endLineno) loc.endCol = Math.max(loc.col, loc.endCol);
    }
  }

  /** An already mangled name. */
  private addOpNameRaw(op: number, name: string): void {
    let arg = this.u.names.add(name);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addOpI(op, arg);
  }

  newBlock(): Block {
    return this.u.newBlock();
  }

  useNextBlock(b: Block): void {
    this.u.useNextBlock(b);
  }

  /** compiler_nameop */
  nameOp(name: string, ctx: NameCtx): void {
    // forbidden_name
    if (name === '__debug__' && ctx === 'Store') compilerError(this, 'cannot assign to __debug__');
    if (name === '__debug__' && ctx === 'Del') compilerError(this, 'cannot delete __debug__');
    const u = this.u;
    name = mangle(u.private, name);
    const scope = u.ste.getScope(name);
    const isFunction = u.ste.type === BlockType.FunctionBlock;
    let kind: 'fast' | 'global' | 'deref' | 'name' = 'name';
    switch (scope) {
      case FREE:
      case CELL:
        kind = 'deref';
        break;
      case LOCAL:
        if (isFunction) kind = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (isFunction) kind = 'global';
        break;
      case GLOBAL_EXPLICIT:
        kind = 'global';
        break;
    }
    switch (kind) {
      case 'deref': {
        // The raw cell/free index; assemble's fixCellOffsets makes it a localsplus slot.
        const arg = scope === FREE ? u.cellvars.size + u.freevars.get(name)! : u.cellvars.get(name)!;
        const op =
          ctx === 'Load' ? (u.ste.type === BlockType.ClassBlock ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF) : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.addOpI(op, arg);
        return;
      }
      case 'fast': {
        const op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addOpI(op, u.varnames.add(name));
        return;
      }
      case 'global':
        this.addOpNameRaw(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, name);
        return;
      case 'name':
        this.addOpNameRaw(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, name);
        return;
    }
  }

  /** assemble(c, addNone) for the current unit. */
  assemble(addNone: boolean): CodeObject {
    return assemble(this, addNone);
  }
}
