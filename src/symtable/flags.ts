/**
 * The symbol flags, scopes and block types of CPython 3.11's symbol table
 * (Include/internal/pycore_symtable.h). The numbers are CPython's own: the
 * `symtable` module exposes them (`_symtable.DEF_LOCAL`, ...) and the raw
 * flags word `(scope << SCOPE_OFF) | def-flags` is what `Symbol` reads.
 */

/** Assignment in code block: `global x`. */
export const DEF_GLOBAL = 1;
/** Assignment in code block (store, def, class, import, for target, ...). */
export const DEF_LOCAL = 2;
/** Formal parameter. */
export const DEF_PARAM = 2 << 1;
/** `nonlocal x`. */
export const DEF_NONLOCAL = 2 << 2;
/** Name is used (loaded). */
export const USE = 2 << 3;
/** Name used but not defined in nested block (never set by 3.11's symtable.c). */
export const DEF_FREE = 2 << 4;
/** Free variable of a method that also has a binding in the class body. */
export const DEF_FREE_CLASS = 2 << 5;
/** Assignment by an import statement. */
export const DEF_IMPORT = 2 << 6;
/** Annotated name (`x: int`). */
export const DEF_ANNOT = 2 << 7;
/** A comprehension iteration variable. */
export const DEF_COMP_ITER = 2 << 8;

export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** The resolved scope lives in the bits above SCOPE_OFF (pycore_symtable.h's SCOPE_OFFSET). */
export const SCOPE_OFF = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type Scope = 0 | typeof LOCAL | typeof GLOBAL_EXPLICIT | typeof GLOBAL_IMPLICIT | typeof FREE | typeof CELL;

/** _Py_block_ty; the numbers are `_symtable.TYPE_FUNCTION`, `TYPE_CLASS`, `TYPE_MODULE`. */
export const enum BlockType {
  FunctionBlock = 0,
  ClassBlock = 1,
  ModuleBlock = 2,
  /** Only under `from __future__ import annotations`; never linked into the tree. */
  AnnotationBlock = 3,
}

/** _Py_comprehension_ty. */
export const enum ComprehensionType {
  NoComprehension = 0,
  ListComprehension = 1,
  DictComprehension = 2,
  SetComprehension = 3,
  GeneratorExpression = 4,
}

/** The scope part of a flags word (_PyST_GetScope). */
export function scopeOf(flags: number): Scope {
  return ((flags >> SCOPE_OFF) & SCOPE_MASK) as Scope;
}
