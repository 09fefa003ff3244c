/**
 * Pass 1 over statements (Python/symtable.c: symtable_visit_stmt and the
 * helpers for arguments, annotations, except handlers, with items, match
 * cases and import aliases), as CPython 3.11 orders the visits: the order
 * decides the insertion order of each block's symbols.
 */
import type * as ast from '../ast/nodes';
import type { Builder } from './builder';
import { BlockType, DEF_ANNOT, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE } from './flags';
import { visitAnnotation, visitExpr, visitExprs, visitPattern } from './visit_expr';

export function visitStmts(b: Builder, body: ast.stmt[]): void {
  for (const s of body) visitStmt(b, s);
}

export function visitStmt(b: Builder, s: ast.stmt): void {
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      visitFunctionDef(b, s);
      break;
    case 'ClassDef': {
      b.addDef(s.name, DEF_LOCAL, s);
      visitExprs(b, s.bases);
      for (const k of s.keywords) visitExpr(b, k.value);
      visitExprs(b, s.decorator_list);
      b.enterBlock(s.name, BlockType.ClassBlock, s, s);
      const saved = b.private;
      b.private = s.name;
      visitStmts(b, s.body);
      b.private = saved;
      b.exitBlock();
      break;
    }
    case 'Return':
      if (s.value) {
        visitExpr(b, s.value);
        b.cur.returnsValue = true;
      }
      break;
    case 'Delete':
      visitExprs(b, s.targets);
      break;
    case 'Assign':
      visitExprs(b, s.targets);
      visitExpr(b, s.value);
      break;
    case 'AnnAssign':
      visitAnnAssign(b, s);
      break;
    case 'AugAssign':
      visitExpr(b, s.target);
      visitExpr(b, s.value);
      break;
    case 'For':
    case 'AsyncFor':
      visitExpr(b, s.target);
      visitExpr(b, s.iter);
      visitStmts(b, s.body);
      visitStmts(b, s.orelse);
      break;
    case 'While':
      visitExpr(b, s.test);
      visitStmts(b, s.body);
      visitStmts(b, s.orelse);
      break;
    case 'If':
      visitExpr(b, s.test);
      visitStmts(b, s.body);
      visitStmts(b, s.orelse);
      break;
    case 'Match':
      visitExpr(b, s.subject);
      for (const c of s.cases) {
        visitPattern(b, c.pattern);
        if (c.guard) visitExpr(b, c.guard);
        visitStmts(b, c.body);
      }
      break;
    case 'Raise':
      if (s.exc) {
        visitExpr(b, s.exc);
        if (s.cause) visitExpr(b, s.cause);
      }
      break;
    case 'Try':
    case 'TryStar':
      // 3.11 visits the else block before the handlers.
      visitStmts(b, s.body);
      visitStmts(b, s.orelse);
      for (const h of s.handlers) {
        if (h.type) visitExpr(b, h.type);
        if (h.name !== null) b.addDef(h.name, DEF_LOCAL, h);
        visitStmts(b, h.body);
      }
      visitStmts(b, s.finalbody);
      break;
    case 'Assert':
      visitExpr(b, s.test);
      if (s.msg) visitExpr(b, s.msg);
      break;
    case 'Import':
    case 'ImportFrom':
      for (const a of s.names) visitAlias(b, a);
      break;
    case 'Global':
    case 'Nonlocal':
      visitDeclaration(b, s);
      break;
    case 'Expr':
      visitExpr(b, s.value);
      break;
    case 'Pass':
    case 'Break':
    case 'Continue':
      break;
    case 'With':
    case 'AsyncWith':
      for (const item of s.items) {
        visitExpr(b, item.context_expr);
        if (item.optional_vars) visitExpr(b, item.optional_vars);
      }
      visitStmts(b, s.body);
      break;
  }
}

/** FunctionDef/AsyncFunctionDef: defaults, annotations and decorators run in the enclosing scope, in that order. */
function visitFunctionDef(b: Builder, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  b.addDef(s.name, DEF_LOCAL, s);
  const a = s.args;
  visitExprs(b, a.defaults);
  for (const d of a.kw_defaults as (ast.expr | null)[]) if (d) visitExpr(b, d);
  visitAnnotations(b, s, a, s.returns);
  visitExprs(b, s.decorator_list);
  b.enterBlock(s.name, BlockType.FunctionBlock, s, s);
  if (s._type === 'AsyncFunctionDef') b.cur.coroutine = true;
  visitArguments(b, a);
  visitStmts(b, s.body);
  b.exitBlock();
}

/** symtable_visit_arguments: the parameters, in co_varnames order (positional-only, positional, keyword-only, *args, **kwargs). */
export function visitArguments(b: Builder, a: ast.arguments_): void {
  for (const p of a.posonlyargs) b.addDef(p.arg, DEF_PARAM, p);
  for (const p of a.args) b.addDef(p.arg, DEF_PARAM, p);
  for (const p of a.kwonlyargs) b.addDef(p.arg, DEF_PARAM, p);
  if (a.vararg) {
    b.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
    b.cur.varargs = true;
  }
  if (a.kwarg) {
    b.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
    b.cur.varkeywords = true;
  }
}

/**
 * symtable_visit_annotations: parameter annotations (one annotation block
 * for all of them under future annotations), then the return annotation.
 */
function visitAnnotations(b: Builder, s: ast.stmt, a: ast.arguments_, returns: ast.expr | null): void {
  const future = b.futureAnnotations;
  if (future) b.enterBlock('_annotation', BlockType.AnnotationBlock, s, s as ast.FunctionDef);
  for (const p of a.posonlyargs) if (p.annotation) visitExpr(b, p.annotation);
  for (const p of a.args) if (p.annotation) visitExpr(b, p.annotation);
  if (a.vararg && a.vararg.annotation) visitExpr(b, a.vararg.annotation);
  if (a.kwarg && a.kwarg.annotation) visitExpr(b, a.kwarg.annotation);
  for (const p of a.kwonlyargs) if (p.annotation) visitExpr(b, p.annotation);
  if (future) b.exitBlock();
  if (returns) visitAnnotation(b, returns);
}

function visitAnnAssign(b: Builder, s: ast.AnnAssign): void {
  const target = s.target;
  if (target._type === 'Name') {
    const cur = b.lookup(target.id);
    if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && b.cur.symbols !== b.global && s.simple) {
      const what = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
      throw b.error(`annotated name '${target.id}' can't be ${what}`, s);
    }
    if (s.simple) {
      b.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
    } else if (s.value) {
      b.addDef(target.id, DEF_LOCAL, target);
    }
  } else {
    visitExpr(b, target);
  }
  visitAnnotation(b, s.annotation);
  if (s.value) visitExpr(b, s.value);
}

/** `global`/`nonlocal`: a name may not be bound, used or annotated earlier in the block. */
function visitDeclaration(b: Builder, s: ast.Global | ast.Nonlocal): void {
  const kind = s._type === 'Global' ? 'global' : 'nonlocal';
  for (const name of s.names) {
    const cur = b.lookup(name);
    if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      let msg: string;
      if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
      else if (cur & USE) msg = `name '${name}' is used prior to ${kind} declaration`;
      else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
      else msg = `name '${name}' is assigned to before ${kind} declaration`;
      throw b.error(msg, s);
    }
    b.addDef(name, kind === 'global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
    b.recordDirective(name, s);
  }
}

/** symtable_visit_alias: `import a.b.c` binds `a`; `import *` only at module level. */
function visitAlias(b: Builder, a: ast.alias): void {
  const name = a.asname ?? a.name;
  if (name === '*') {
    if (b.cur.type !== BlockType.ModuleBlock) throw b.error('import * only allowed at module level', a);
    return;
  }
  const dot = name.indexOf('.');
  b.addDef(dot === -1 ? name : name.slice(0, dot), DEF_IMPORT, a);
}
