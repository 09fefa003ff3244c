/**
 * One block of the symbol table: a module, class, function, lambda or
 * comprehension scope (CPython's PySTEntryObject, Include/internal/pycore_symtable.h).
 *
 * `symbols` is a Map because its insertion order is `ste_symbols`' dict
 * order, which the `symtable` module shows and which decides, for instance,
 * the order of names the analysis visits.
 */
import type { AST } from '../ast/nodes';
import { BlockType, ComprehensionType, scopeOf, type Scope } from './flags';

/** A `global`/`nonlocal` declaration (or a walrus target hoisted out of a comprehension): where to point errors. */
export interface Directive {
  name: string;
  lineno: number;
  colOffset: number;
  endLineno: number;
  endColOffset: number;
}

export class SymbolTableEntry {
  /** Name -> flags word (def flags, plus the scope in the bits above SCOPE_OFF after analysis). */
  readonly symbols = new Map<string, number>();
  /** Parameter names in order (ste_varnames): the start of co_varnames. */
  readonly varnames: string[] = [];
  /** Child blocks in source order (annotation blocks are never children). */
  readonly children: SymbolTableEntry[] = [];
  /** global/nonlocal declarations in order, or null if none (ste_directives). */
  directives: Directive[] | null = null;

  /** Nested inside a function (at any depth). */
  nested = false;
  /** The block has free variables. */
  free = false;
  /** A child block has free variables (including free variables of its own children). */
  childFree = false;
  /** A generator: contains yield, or is a generator expression. */
  generator = false;
  /** async def, an await, or an async comprehension. */
  coroutine = false;
  comprehension: ComprehensionType = ComprehensionType.NoComprehension;
  /** Has `*args`. */
  varargs = false;
  /** Has `**kwargs`. */
  varkeywords = false;
  /** Has a `return` with a value. */
  returnsValue = false;
  /** A class whose methods use `__class__` (or `super`): the class body needs the `__class__` cell. */
  needsClassClosure = false;
  /** Visiting a comprehension's target (ste_comp_iter_target). */
  compIterTarget = false;
  /** Depth of comprehension iterable expressions being visited (ste_comp_iter_expr). */
  compIterExpr = 0;

  constructor(
    readonly id: number,
    readonly name: string,
    readonly type: BlockType,
    /** The AST node the block belongs to (Module/Expression/Interactive, FunctionDef, ClassDef, Lambda, a comprehension). */
    readonly node: AST,
    readonly lineno: number,
    readonly colOffset: number,
    readonly endLineno: number,
    readonly endColOffset: number,
  ) {}

  /** Flags word of a name, 0 if absent (_PyST_GetSymbol). */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** Resolved scope of a name, 0 if absent (_PyST_GetScope). */
  getScope(name: string): Scope {
    return scopeOf(this.getSymbol(name));
  }

  /** Function-like blocks keep their locals in fast slots (_PyST_IsFunctionLike in later versions). */
  get isFunction(): boolean {
    return this.type === BlockType.FunctionBlock;
  }
}
