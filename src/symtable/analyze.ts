/**
 * Pass 2: decide each name's scope (Python/symtable.c: symtable_analyze,
 * analyze_block, analyze_child_block, analyze_name, analyze_cells,
 * drop_class_free, update_symbols, error_at_directive).
 *
 * Each block is analysed with the names bound in enclosing function scopes
 * (`bound`, null for the module), the explicit globals of enclosing scopes
 * (`global`) and collects the free names of its children (`free`). A local
 * that a child uses freely becomes a cell.
 *
 * The sets are JS Sets (insertion order) where CPython's are hash-ordered;
 * the only visible effect is the order in which update_symbols appends
 * names that are free only because a child needs them (see there).
 */
import { PySyntaxError } from '../tokenizer/errors';
import type { SymbolTableEntry } from './entry';
import {
  BlockType,
  CELL,
  DEF_BOUND,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_NONLOCAL,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  SCOPE_OFF,
  type Scope,
} from './flags';

export function analyze(top: SymbolTableEntry, filename: string): void {
  analyzeBlock(top, null, new Set(), new Set(), filename);
}

/** error_at_directive: symtable errors about a declared name point at its global/nonlocal statement. */
function errorAtDirective(ste: SymbolTableEntry, name: string, msg: string, filename: string): PySyntaxError {
  for (const d of ste.directives ?? []) {
    if (d.name === name) {
      return new PySyntaxError('SyntaxError', msg, filename, d.lineno, d.colOffset + 1, null, d.endLineno, d.endColOffset + 1);
    }
  }
  // CPython raises RuntimeError("BUG: internal directive bookkeeping broken") here.
  throw new Error('symtable: internal directive bookkeeping broken');
}

/** analyze_name. */
function analyzeName(
  ste: SymbolTableEntry,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  filename: string,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) {
      throw errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, filename);
    }
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level', filename);
    if (!bound.has(name)) throw errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, filename);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // A binding in an enclosing function makes the name free rather than global.
  if (bound && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  // A global statement in an enclosing scope still gives an implicit global here.
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

/** analyze_cells: locals that children use freely become cells (and stop being free upward). */
function analyzeCells(scopes: Map<string, Scope>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL || !free.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

/** drop_class_free: methods using __class__ make the class body create the __class__ cell. */
function dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
  if (free.delete('__class__')) ste.needsClassClosure = true;
}

/** update_symbols: fold the scopes into the flags words, and add names that are free only for a child's sake. */
function updateSymbols(
  symbols: Map<string, number>,
  scopes: Map<string, Scope>,
  bound: Set<string> | null,
  free: Set<string>,
  classFlag: boolean,
): void {
  for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFF));
  // CPython iterates a hash-ordered set here; names added below come in
  // insertion order instead.
  for (const name of free) {
    const flags = symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable with the same name as a class-level binding.
      if (classFlag && flags & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    // Not bound in any enclosing function: it is a global.
    if (bound && !bound.has(name)) continue;
    // Propagate the free name up the lexical stack.
    symbols.set(name, FREE << SCOPE_OFF);
  }
}

/** analyze_block. */
function analyzeBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  filename: string,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  // A class body's names are invisible to its methods: what they see is
  // fixed before the class's own names are analysed.
  if (ste.type === BlockType.ClassBlock) {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, filename);
  }
  if (ste.type !== BlockType.ClassBlock) {
    if (ste.type === BlockType.FunctionBlock) for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    // Methods see the implicit __class__ cell of their class.
    newBound.add('__class__');
  }

  // analyze_child_block: each child works on copies; their free names are
  // merged once all children are done.
  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), filename);
    for (const n of childFree) allFree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);

  if (ste.type === BlockType.FunctionBlock) analyzeCells(scopes, newFree);
  else if (ste.type === BlockType.ClassBlock) dropClassFree(ste, newFree);
  updateSymbols(ste.symbols, scopes, bound, newFree, ste.type === BlockType.ClassBlock);
  for (const n of newFree) free.add(n);
}
