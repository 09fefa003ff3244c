/**
 * The Python-facing view of a symbol table: the classes of CPython's
 * Lib/symtable.py (SymbolTable, Function, Class, Symbol) over our blocks,
 * with the same method names and answers, so that the `symtable` module and
 * `typhon -m symtable` are thin wrappers.
 */
import type { SymbolTable as Table } from './index';
import type { SymbolTableEntry } from './entry';
import {
  BlockType,
  CELL,
  DEF_ANNOT,
  DEF_BOUND,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  USE,
  scopeOf,
} from './flags';

/** symtable.symtable(code, filename, compile_type) once the AST is built: the view of the top block. */
export function viewOf(table: Table): SymbolTableView {
  return newView(table.top, table.filename);
}

// Lib/symtable.py's SymbolTableFactory memoises views so that each block has one view object.
const memo = new WeakMap<SymbolTableEntry, SymbolTableView>();

export function newView(entry: SymbolTableEntry, filename: string): SymbolTableView {
  let v = memo.get(entry);
  if (v === undefined || v.filename !== filename) {
    v =
      entry.type === BlockType.FunctionBlock
        ? new FunctionView(entry, filename)
        : entry.type === BlockType.ClassBlock
          ? new ClassView(entry, filename)
          : new SymbolTableView(entry, filename);
    memo.set(entry, v);
  }
  return v;
}

export class SymbolTableView {
  private readonly symbolCache = new Map<string, SymbolView>();

  constructor(
    readonly table: SymbolTableEntry,
    readonly filename: string,
  ) {}

  /** repr(): `<SymbolTable for module f>`, `<Function SymbolTable for g in f>`. */
  repr(): string {
    const kind = this.constructor === SymbolTableView ? '' : `${this.kindName} `;
    if (this.table.name === 'top') return `<${kind}SymbolTable for module ${this.filename}>`;
    return `<${kind}SymbolTable for ${this.table.name} in ${this.filename}>`;
  }

  protected get kindName(): string {
    return '';
  }

  /** 'module', 'function' or 'class' (null for an annotation block, which Lib/symtable.py never reaches). */
  get_type(): 'module' | 'function' | 'class' | null {
    switch (this.table.type) {
      case BlockType.ModuleBlock:
        return 'module';
      case BlockType.FunctionBlock:
        return 'function';
      case BlockType.ClassBlock:
        return 'class';
      default:
        return null;
    }
  }

  get_id(): number {
    return this.table.id;
  }

  get_name(): string {
    return this.table.name;
  }

  get_lineno(): number {
    return this.table.lineno;
  }

  is_optimized(): boolean {
    return this.table.type === BlockType.FunctionBlock;
  }

  is_nested(): boolean {
    return this.table.nested;
  }

  has_children(): boolean {
    return this.table.children.length > 0;
  }

  /** The names in the block's symbol dict order. */
  get_identifiers(): string[] {
    return [...this.table.symbols.keys()];
  }

  /** The Symbol for a name, or undefined where Python raises KeyError. */
  lookup(name: string): SymbolView | undefined {
    let sym = this.symbolCache.get(name);
    if (sym === undefined) {
      const flags = this.table.symbols.get(name);
      if (flags === undefined) return undefined;
      const namespaces = this.table.children.filter((c) => c.name === name).map((c) => newView(c, this.filename));
      sym = new SymbolView(name, flags, namespaces, this.table.name === 'top');
      this.symbolCache.set(name, sym);
    }
    return sym;
  }

  get_symbols(): SymbolView[] {
    return this.get_identifiers().map((n) => this.lookup(n)!);
  }

  get_children(): SymbolTableView[] {
    return this.table.children.map((c) => newView(c, this.filename));
  }
}

export class FunctionView extends SymbolTableView {
  protected override get kindName(): string {
    return 'Function';
  }

  private identsMatching(test: (flags: number) => boolean): string[] {
    const out: string[] = [];
    for (const [name, flags] of this.table.symbols) if (test(flags)) out.push(name);
    return out;
  }

  get_parameters(): string[] {
    return this.identsMatching((f) => (f & DEF_PARAM) !== 0);
  }

  get_locals(): string[] {
    return this.identsMatching((f) => scopeOf(f) === LOCAL || scopeOf(f) === CELL);
  }

  get_globals(): string[] {
    return this.identsMatching((f) => scopeOf(f) === GLOBAL_IMPLICIT || scopeOf(f) === GLOBAL_EXPLICIT);
  }

  get_nonlocals(): string[] {
    return this.identsMatching((f) => (f & DEF_NONLOCAL) !== 0);
  }

  get_frees(): string[] {
    return this.identsMatching((f) => scopeOf(f) === FREE);
  }
}

export class ClassView extends SymbolTableView {
  protected override get kindName(): string {
    return 'Class';
  }

  /** The names of the child blocks, first occurrence order (lambdas and comprehensions included, as in 3.11). */
  get_methods(): string[] {
    return [...new Set(this.table.children.map((c) => c.name))];
  }
}

export class SymbolView {
  readonly scope: number;

  constructor(
    readonly name: string,
    /** The raw flags word (Symbol._Symbol__flags). */
    readonly flags: number,
    readonly namespaces: SymbolTableView[],
    readonly moduleScope: boolean,
  ) {
    this.scope = scopeOf(flags);
  }

  repr(): string {
    return `<symbol '${this.name}'>`;
  }

  get_name(): string {
    return this.name;
  }

  is_referenced(): boolean {
    return (this.flags & USE) !== 0;
  }

  is_parameter(): boolean {
    return (this.flags & DEF_PARAM) !== 0;
  }

  is_global(): boolean {
    return (
      this.scope === GLOBAL_IMPLICIT || this.scope === GLOBAL_EXPLICIT || (this.moduleScope && (this.flags & DEF_BOUND) !== 0)
    );
  }

  is_nonlocal(): boolean {
    return (this.flags & DEF_NONLOCAL) !== 0;
  }

  is_declared_global(): boolean {
    return this.scope === GLOBAL_EXPLICIT;
  }

  is_local(): boolean {
    return this.scope === LOCAL || this.scope === CELL || (this.moduleScope && (this.flags & DEF_BOUND) !== 0);
  }

  is_annotated(): boolean {
    return (this.flags & DEF_ANNOT) !== 0;
  }

  is_free(): boolean {
    return this.scope === FREE;
  }

  is_imported(): boolean {
    return (this.flags & DEF_IMPORT) !== 0;
  }

  is_assigned(): boolean {
    return (this.flags & DEF_LOCAL) !== 0;
  }

  is_namespace(): boolean {
    return this.namespaces.length > 0;
  }

  get_namespaces(): SymbolTableView[] {
    return this.namespaces;
  }

  /** The single namespace; the string is the ValueError message Python raises otherwise. */
  get_namespace(): SymbolTableView | string {
    if (this.namespaces.length === 0) return 'name is not bound to any namespaces';
    if (this.namespaces.length > 1) return 'name is bound to multiple namespaces';
    return this.namespaces[0];
  }
}
