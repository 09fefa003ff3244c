/**
 * Pass 1 over expressions and patterns (Python/symtable.c:
 * symtable_visit_expr, symtable_handle_namedexpr,
 * symtable_extend_namedexpr_scope, symtable_handle_comprehension,
 * symtable_visit_pattern), as in CPython 3.11, where every comprehension is
 * its own function scope with the outermost iterable passed in as `.0`.
 */
import type * as ast from '../ast/nodes';
import type { Builder } from './builder';
import { BlockType, ComprehensionType, DEF_COMP_ITER, DEF_GLOBAL, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE } from './flags';
import { visitArguments } from './visit_stmt';

export function visitExprs(b: Builder, es: (ast.expr | null)[]): void {
  for (const e of es) if (e) visitExpr(b, e);
}

export function visitExpr(b: Builder, e: ast.expr): void {
  switch (e._type) {
    case 'NamedExpr':
      raiseIfAnnotationBlock(b, 'named expression', e);
      handleNamedExpr(b, e);
      break;
    case 'BoolOp':
      visitExprs(b, e.values);
      break;
    case 'BinOp':
      visitExpr(b, e.left);
      visitExpr(b, e.right);
      break;
    case 'UnaryOp':
      visitExpr(b, e.operand);
      break;
    case 'Lambda':
      visitExprs(b, e.args.defaults);
      visitExprs(b, e.args.kw_defaults);
      b.enterBlock('lambda', BlockType.FunctionBlock, e, e);
      visitArguments(b, e.args);
      visitExpr(b, e.body);
      b.exitBlock();
      break;
    case 'IfExp':
      visitExpr(b, e.test);
      visitExpr(b, e.body);
      visitExpr(b, e.orelse);
      break;
    case 'Dict':
      visitExprs(b, e.keys as (ast.expr | null)[]);
      visitExprs(b, e.values);
      break;
    case 'Set':
      visitExprs(b, e.elts);
      break;
    case 'GeneratorExp':
      handleComprehension(b, e, 'genexpr', ComprehensionType.GeneratorExpression, e.generators, e.elt, null);
      break;
    case 'ListComp':
      handleComprehension(b, e, 'listcomp', ComprehensionType.ListComprehension, e.generators, e.elt, null);
      break;
    case 'SetComp':
      handleComprehension(b, e, 'setcomp', ComprehensionType.SetComprehension, e.generators, e.elt, null);
      break;
    case 'DictComp':
      handleComprehension(b, e, 'dictcomp', ComprehensionType.DictComprehension, e.generators, e.key, e.value);
      break;
    case 'Yield':
    case 'YieldFrom':
      raiseIfAnnotationBlock(b, 'yield expression', e);
      if (e.value) visitExpr(b, e.value);
      b.cur.generator = true;
      if (b.cur.comprehension !== ComprehensionType.NoComprehension) raiseInComprehension(b, e);
      break;
    case 'Await':
      raiseIfAnnotationBlock(b, 'await expression', e);
      visitExpr(b, e.value);
      b.cur.coroutine = true;
      break;
    case 'Compare':
      visitExpr(b, e.left);
      visitExprs(b, e.comparators);
      break;
    case 'Call':
      visitExpr(b, e.func);
      visitExprs(b, e.args);
      for (const k of e.keywords) visitExpr(b, k.value);
      break;
    case 'FormattedValue':
      visitExpr(b, e.value);
      if (e.format_spec) visitExpr(b, e.format_spec);
      break;
    case 'JoinedStr':
      visitExprs(b, e.values);
      break;
    case 'Constant':
      break;
    case 'Attribute':
      visitExpr(b, e.value);
      break;
    case 'Subscript':
      visitExpr(b, e.value);
      visitExpr(b, e.slice);
      break;
    case 'Starred':
      visitExpr(b, e.value);
      break;
    case 'Slice':
      if (e.lower) visitExpr(b, e.lower);
      if (e.upper) visitExpr(b, e.upper);
      if (e.step) visitExpr(b, e.step);
      break;
    case 'Name': {
      const load = e.ctx._type === 'Load';
      b.addDef(e.id, load ? USE : DEF_LOCAL, e);
      // super() with no arguments reads the __class__ cell.
      if (load && b.cur.type === BlockType.FunctionBlock && e.id === 'super') b.addDef('__class__', USE, e);
      break;
    }
    case 'List':
    case 'Tuple':
      visitExprs(b, e.elts);
      break;
  }
}

/** symtable_visit_annotation: under future annotations, in a detached annotation block. */
export function visitAnnotation(b: Builder, annotation: ast.expr): void {
  const future = b.futureAnnotations;
  if (future) b.enterBlock('_annotation', BlockType.AnnotationBlock, annotation, annotation);
  visitExpr(b, annotation);
  if (future) b.exitBlock();
}

/** symtable_raise_if_annotation_block (3.11's wording). */
function raiseIfAnnotationBlock(b: Builder, what: string, e: ast.expr): void {
  if (b.cur.type === BlockType.AnnotationBlock) throw b.error(`'${what}' can not be used within an annotation`, e);
}

/** symtable_raise_if_comprehension_block. */
function raiseInComprehension(b: Builder, e: ast.expr): never {
  const kind = b.cur.comprehension;
  const msg =
    kind === ComprehensionType.ListComprehension
      ? "'yield' inside list comprehension"
      : kind === ComprehensionType.SetComprehension
        ? "'yield' inside set comprehension"
        : kind === ComprehensionType.DictComprehension
          ? "'yield' inside dict comprehension"
          : "'yield' inside generator expression";
  throw b.error(msg, e);
}

/** symtable_handle_namedexpr. */
function handleNamedExpr(b: Builder, e: ast.NamedExpr): void {
  if (b.cur.compIterExpr > 0) {
    throw b.error('assignment expression cannot be used in a comprehension iterable expression', e);
  }
  if (b.cur.comprehension !== ComprehensionType.NoComprehension) {
    extendNamedExprScope(b, e.target as ast.Name);
  }
  visitExpr(b, e.value);
  visitExpr(b, e.target);
}

/**
 * symtable_extend_namedexpr_scope: a walrus inside a comprehension binds in
 * the nearest enclosing function (as nonlocal, or global if declared so
 * there) or module (as global); a class body in between is an error.
 * Lookups here use the unmangled name, as CPython's do.
 */
function extendNamedExprScope(b: Builder, target: ast.Name): void {
  const name = target.id;
  for (let i = b.stack.length - 1; i >= 0; i--) {
    const ste = b.stack[i];
    if (ste.comprehension !== ComprehensionType.NoComprehension) {
      if (ste.getSymbol(name) & DEF_COMP_ITER) {
        throw b.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
      }
      continue;
    }
    if (ste.type === BlockType.FunctionBlock) {
      b.addDef(name, ste.getSymbol(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
      b.recordDirective(name, target);
      b.addDef(name, DEF_LOCAL, target, ste);
      return;
    }
    if (ste.type === BlockType.ModuleBlock) {
      b.addDef(name, DEF_GLOBAL, target);
      b.recordDirective(name, target);
      b.addDef(name, DEF_GLOBAL, target, ste);
      return;
    }
    if (ste.type === BlockType.ClassBlock) {
      throw b.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }
}

/** symtable_handle_comprehension: the outermost iterable in the current scope, the rest in a new function scope. */
function handleComprehension(
  b: Builder,
  e: ast.GeneratorExp | ast.ListComp | ast.SetComp | ast.DictComp,
  name: string,
  kind: ComprehensionType,
  generators: ast.comprehension[],
  elt: ast.expr,
  value: ast.expr | null,
): void {
  const outermost = generators[0];
  b.cur.compIterExpr++;
  visitExpr(b, outermost.iter);
  b.cur.compIterExpr--;
  b.enterBlock(name, BlockType.FunctionBlock, e, e);
  const ste = b.cur;
  ste.comprehension = kind;
  if (outermost.is_async) ste.coroutine = true;
  // The outermost iterator is received as the argument `.0`.
  b.addDef('.0', DEF_PARAM, {
    lineno: ste.lineno,
    col_offset: ste.colOffset,
    end_lineno: ste.endLineno,
    end_col_offset: ste.endColOffset,
  });
  ste.compIterTarget = true;
  visitExpr(b, outermost.target);
  ste.compIterTarget = false;
  visitExprs(b, outermost.ifs);
  for (let i = 1; i < generators.length; i++) visitComprehension(b, generators[i]);
  if (value) visitExpr(b, value);
  visitExpr(b, elt);
  ste.generator = kind === ComprehensionType.GeneratorExpression;
  b.exitBlock();
  // bpo-33346 (3.11): an async list/set/dict comprehension is awaited by
  // its enclosing scope, which becomes a coroutine too.
  if (ste.coroutine && !ste.generator) b.cur.coroutine = true;
}

/** symtable_visit_comprehension: an inner `for ... in ... if ...` clause. */
function visitComprehension(b: Builder, c: ast.comprehension): void {
  const ste = b.cur;
  ste.compIterTarget = true;
  visitExpr(b, c.target);
  ste.compIterTarget = false;
  ste.compIterExpr++;
  visitExpr(b, c.iter);
  ste.compIterExpr--;
  visitExprs(b, c.ifs);
  if (c.is_async) ste.coroutine = true;
}

/** symtable_visit_pattern: capture names are local bindings. */
export function visitPattern(b: Builder, p: ast.pattern): void {
  switch (p._type) {
    case 'MatchValue':
      visitExpr(b, p.value);
      break;
    case 'MatchSingleton':
      break;
    case 'MatchSequence':
      for (const q of p.patterns) visitPattern(b, q);
      break;
    case 'MatchStar':
      if (p.name !== null) b.addDef(p.name, DEF_LOCAL, p);
      break;
    case 'MatchMapping':
      visitExprs(b, p.keys);
      for (const q of p.patterns) visitPattern(b, q);
      if (p.rest !== null) b.addDef(p.rest, DEF_LOCAL, p);
      break;
    case 'MatchClass':
      visitExpr(b, p.cls);
      for (const q of p.patterns) visitPattern(b, q);
      for (const q of p.kwd_patterns) visitPattern(b, q);
      break;
    case 'MatchAs':
      if (p.pattern) visitPattern(b, p.pattern);
      if (p.name !== null) b.addDef(p.name, DEF_LOCAL, p);
      break;
    case 'MatchOr':
      for (const q of p.patterns) visitPattern(b, q);
      break;
  }
}
