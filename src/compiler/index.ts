/**
 * The compiler: source text or an AST to CPython 3.11 code objects, built as
 * CPython's Python/compile.c is (codegen into basic blocks, then the
 * assembler's CFG passes).
 *
 *   compileSource(source, filename, mode, options)  compile() of a str
 *   compileAst(tree, filename, mode, options)       compile() of an AST (_PyAST_Compile)
 *   compileModule(source, filename)                 'exec' with no flags
 *
 * Modes are compile()'s: 'exec' (Module), 'eval' (Expression: the value is
 * returned), 'single' (Interactive: expression statements print their value).
 *
 * Errors are thrown, never returned, and none is a JS Error: PySyntaxError
 * (SyntaxError, IndentationError, TabError), CompileError (ValueError for bad
 * flags or modes, RecursionError, ...) and CompilerNotImplemented
 * (NotImplementedError: a construct not handled yet; the compiler never
 * emits bytecode it is not sure of).
 */
import type { CodeObject } from '../bytecode/code';
import type { mod } from '../ast/nodes';
import { UnparseValueError } from '../ast/unparse';
import { parse } from '../parser';
import { buildSymtable, futureFeatures } from '../symtable';
import { optimizeAst } from './ast_opt';
import { compileBody, findAnn, visitStmts } from './codegen_stmt';
import { visitExpr } from './codegen_expr';
import { Compiler } from './compiler';
import { CompileError } from './errors';
import { Op } from '../bytecode/opcodes';
import { ScopeType } from './unit';

export { CompilerNotImplemented, CompileError } from './errors';

// The __future__ features' compiler flags (Include/cpython/compile.h, Lib/__future__.py).
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** The future flags compile() inherits and every code object carries in co_flags. */
export const PyCF_MASK =
  CO_FUTURE_DIVISION |
  CO_FUTURE_ABSOLUTE_IMPORT |
  CO_FUTURE_WITH_STATEMENT |
  CO_FUTURE_PRINT_FUNCTION |
  CO_FUTURE_UNICODE_LITERALS |
  CO_FUTURE_BARRY_AS_BDFL |
  CO_FUTURE_GENERATOR_STOP |
  CO_FUTURE_ANNOTATIONS;
/** CO_NESTED: accepted by compile() and ignored. */
export const PyCF_MASK_OBSOLETE = 0x10;
export const PyCF_SOURCE_IS_UTF8 = 0x0100;
export const PyCF_DONT_IMPLY_DEDENT = 0x0200;
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_IGNORE_COOKIE = 0x0800;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
export const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
export const PyCF_COMPILE_MASK =
  PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT;

export type CompileMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface CompileOptions {
  /**
   * compile()'s `flags`: CO_FUTURE_* bits (features on as if imported from
   * __future__) and PyCF_* bits (PyCF_ALLOW_TOP_LEVEL_AWAIT,
   * PyCF_TYPE_COMMENTS, ...). PyCF_ONLY_AST is the caller's to handle: it
   * wants the tree, which parseSource gives.
   */
  futureFlags?: number;
  /** compile()'s `dont_inherit`: ignore `inheritedFlags`. */
  dontInherit?: boolean;
  /**
   * co_flags of the code that calls compile()/exec()/eval(): its future
   * features (PyCF_MASK) apply too, unless dontInherit (PyEval_MergeCompilerFlags).
   */
  inheritedFlags?: number;
  /** compile()'s `optimize`: -1 (the default) is `interpreterOptimize`, else 0, 1 (-O) or 2 (-OO). */
  optimize?: number;
  /** The interpreter's own -O level (sys.flags.optimize), used for optimize -1; 0 by default. */
  interpreterOptimize?: number;
  /** compile(_feature_version=N): the parser accepts Python 3.N only; 11 by default. */
  featureVersion?: number;
}

/** The flags compile() works with: its own, plus the caller's future features unless dont_inherit. */
export function effectiveFlags(options: CompileOptions = {}): number {
  let flags = options.futureFlags ?? 0;
  if (!options.dontInherit) flags |= (options.inheritedFlags ?? 0) & PyCF_MASK;
  return flags;
}

/**
 * builtin_compile's checks of its arguments, with its ValueErrors (the
 * caller checks the types: mode a str, flags an int, ...).
 */
export function checkCompileArguments(mode: string, flags: number, optimize: number): void {
  if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) throw new CompileError('ValueError', 'compile(): unrecognised flags');
  if (optimize < -1 || optimize > 2) throw new CompileError('ValueError', 'compile(): invalid optimize value');
  if (mode === 'exec' || mode === 'eval' || mode === 'single') return;
  if (mode === 'func_type') {
    if (!(flags & PyCF_ONLY_AST)) throw new CompileError('ValueError', "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    return;
  }
  throw new CompileError(
    'ValueError',
    flags & PyCF_ONLY_AST ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'",
  );
}

const MODE_NODE: Record<CompileMode, mod['_type']> = {
  exec: 'Module',
  eval: 'Expression',
  single: 'Interactive',
  func_type: 'FunctionType',
};

/**
 * The parse half of compile() (_PyParser_ASTFromString with PARSER_FLAGS):
 * the tree compile() would compile, or return itself under PyCF_ONLY_AST.
 * CO_FUTURE_BARRY_AS_BDFL makes `<>` the inequality operator (and `!=` an
 * error) — only through the flags: in 3.11 the future statement itself
 * changes co_flags, not the parser.
 */
export function parseSource(source: string, filename: string, mode: CompileMode, options: CompileOptions = {}): mod {
  const flags = effectiveFlags(options);
  return parse(source, {
    filename,
    mode,
    typeComments: (flags & PyCF_TYPE_COMMENTS) !== 0,
    featureVersion: options.featureVersion,
    barryAsFlufl: (flags & CO_FUTURE_BARRY_AS_BDFL) !== 0,
  });
}

/** compile(source, filename, mode, flags, dont_inherit, optimize) of a str. */
export function compileSource(source: string, filename: string, mode: CompileMode = 'exec', options: CompileOptions = {}): CodeObject {
  const flags = effectiveFlags(options);
  checkCompileArguments(mode, flags, options.optimize ?? -1);
  return compileAst(parseSource(source, filename, mode, options), filename, mode, options);
}

/**
 * _PyAST_Compile (compile() of an AST, or of a parsed str): the future
 * features, the AST optimizer, the symbol table, then compiler_mod. `mode`
 * defaults to the one the tree's type implies; a mismatch is compile()'s
 * TypeError.
 */
export function compileAst(tree: mod, filename: string, mode?: CompileMode, options: CompileOptions = {}): CodeObject {
  if (mode !== undefined && MODE_NODE[mode] !== tree._type) {
    if (mode === 'func_type') throw new CompileError('ValueError', "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    throw new CompileError('TypeError', `expected ${MODE_NODE[mode]} node, got ${tree._type}`);
  }
  if (tree._type === 'FunctionType') throw new CompileError('ValueError', "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  const future = futureFeatures(tree, filename);
  // c_future->ff_features | cf_flags: the source's features and compile()'s together.
  let flags = effectiveFlags(options);
  if (future.annotations) flags |= CO_FUTURE_ANNOTATIONS;
  if (future.barryAsBdfl) flags |= CO_FUTURE_BARRY_AS_BDFL;
  let optimize = options.optimize ?? -1;
  if (optimize === -1) optimize = options.interpreterOptimize ?? 0;
  try {
    // _PyAST_Optimize runs before the symbol table is built, as in _PyAST_Compile.
    optimizeAst(tree, { optimize, futureAnnotations: (flags & CO_FUTURE_ANNOTATIONS) !== 0 });
    const st = buildSymtable(tree, { filename, futureAnnotations: (flags & CO_FUTURE_ANNOTATIONS) !== 0 });
    const c = new Compiler(st, filename, future.lineno, { flags, optimize, interactive: tree._type === 'Interactive' });
    return compilerMod(c, tree);
  } catch (e) {
    if (e instanceof UnparseValueError) throw new CompileError('ValueError', e.msg);
    // A tree too deep for the host's stack is CPython's RecursionError, not a JS crash.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new CompileError('RecursionError', 'maximum recursion depth exceeded during compilation');
    }
    throw e;
  }
}

/** compiler_mod */
function compilerMod(c: Compiler, tree: mod): CodeObject {
  c.enterScope('<module>', ScopeType.Module, tree, 1);
  c.u.loc.lineno = 1;
  let addNone = true;
  switch (tree._type) {
    case 'Module':
      compileBody(c, tree.body);
      break;
    case 'Interactive':
      // No docstring here, and no first-statement location for SETUP_ANNOTATIONS.
      if (findAnn(tree.body)) c.addOp(Op.SETUP_ANNOTATIONS);
      visitStmts(c, tree.body);
      break;
    case 'Expression':
      visitExpr(c, tree.body);
      addNone = false;
      break;
    default:
      throw new CompileError('SystemError', `module kind ${tree._type} should not be possible`);
  }
  return c.assemble(addNone);
}

/** compile(source, filename, 'exec') with no flags. */
export function compileModule(source: string, filename: string): CodeObject {
  return compileSource(source, filename, 'exec');
}
