/**
 * Python/ast.c's _PyAST_Validate for trees that come from Python objects
 * (compile() of an AST): the checks the parser makes impossible for parsed
 * source, with CPython 3.11's messages, so that a malformed tree is a
 * ValueError/TypeError rather than a compiler crash.
 */
import type * as N from '../ast/nodes';
import { ConstTuple, ConstFrozenSet, PyFloat as CFloat, PyComplex as CComplex, PyBytes as CBytes, PyEllipsis } from '../bytecode/constants';
import { newException, ValueError, TypeError as PyTypeError } from '../objects/exceptions';
import { typeOf } from '../objects/types';
import { InvalidConstant } from './ast';

type Ctx = 'Load' | 'Store' | 'Del';

const fail = (msg: string): never => {
  throw newException(ValueError, msg);
};

function validateName(id: string): void {
  if (id === 'None' || id === 'True' || id === 'False') fail(`identifier field can't represent '${id}' constant`);
}

function nonempty(seq: readonly unknown[], what: string, owner: string): void {
  if (seq.length === 0) fail(`empty ${what} on ${owner}`);
}

function validateConstant(v: unknown): boolean {
  if (v instanceof InvalidConstant) return false;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.every(validateConstant);
  return (
    v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'string' ||
    v instanceof CFloat || v instanceof CComplex || v instanceof CBytes || v instanceof PyEllipsis
  );
}

function validateExprs(exprs: readonly (N.expr | null)[], ctx: Ctx, nullOk: boolean): void {
  for (const e of exprs) {
    if (e === null) {
      if (!nullOk) fail('None disallowed in expression list');
    } else validateExpr(e, ctx);
  }
}

function validateStmts(stmts: readonly (N.stmt | null)[]): void {
  for (const s of stmts) {
    if (s === null) fail('None disallowed in statement list');
    validateStmt(s!);
  }
}

function validateBody(body: readonly N.stmt[], owner: string): void {
  nonempty(body, 'body', owner);
  validateStmts(body);
}

function validateComprehension(gens: readonly N.comprehension[]): void {
  if (gens.length === 0) fail('comprehension with no generators');
  for (const g of gens) {
    validateExpr(g.target, 'Store');
    validateExpr(g.iter, 'Load');
    validateExprs(g.ifs, 'Load', false);
  }
}

function validateKeywords(kws: readonly N.keyword[]): void {
  for (const k of kws) validateExpr(k.value, 'Load');
}

function validateArgs(args: readonly N.arg[]): void {
  for (const a of args) if (a.annotation) validateExpr(a.annotation, 'Load');
}

function validateArguments(a: N.arguments_): void {
  validateArgs(a.posonlyargs);
  validateArgs(a.args);
  if (a.vararg && a.vararg.annotation) validateExpr(a.vararg.annotation, 'Load');
  validateArgs(a.kwonlyargs);
  if (a.kwarg && a.kwarg.annotation) validateExpr(a.kwarg.annotation, 'Load');
  if (a.defaults.length > a.posonlyargs.length + a.args.length) fail('more positional defaults than args on arguments');
  if (a.kw_defaults.length !== a.kwonlyargs.length) fail('length of kwonlyargs is not the same as kw_defaults on arguments');
  validateExprs(a.defaults, 'Load', false);
  validateExprs(a.kw_defaults, 'Load', true);
}

function need<T>(v: T | null, field: string, owner: string): T {
  if (v === null || v === undefined) fail(`field '${field}' is required for ${owner}`);
  return v as T;
}

export function validateExpr(e: N.expr, ctx: Ctx): void {
  let actual: string | null = null;
  switch (e._type) {
    case 'Attribute':
    case 'Subscript':
    case 'Starred':
    case 'Name':
    case 'List':
    case 'Tuple':
      actual = e.ctx._type;
      break;
    default:
      if (ctx !== 'Load') fail(`expression which can't be assigned to in ${ctx} context`);
  }
  if (actual !== null && actual !== ctx) fail(`expression must have ${ctx} context but has ${actual} instead`);
  switch (e._type) {
    case 'BoolOp':
      if (e.values.length < 2) fail('BoolOp with less than 2 values');
      return validateExprs(e.values, 'Load', false);
    case 'BinOp':
      validateExpr(e.left, 'Load');
      return validateExpr(e.right, 'Load');
    case 'UnaryOp':
      return validateExpr(e.operand, 'Load');
    case 'Lambda':
      validateArguments(e.args);
      return validateExpr(e.body, 'Load');
    case 'IfExp':
      validateExpr(e.test, 'Load');
      validateExpr(e.body, 'Load');
      return validateExpr(e.orelse, 'Load');
    case 'Dict':
      if (e.keys.length !== e.values.length) fail("Dict doesn't have the same number of keys as values");
      validateExprs(e.keys, 'Load', true);
      return validateExprs(e.values, 'Load', false);
    case 'Set':
      return validateExprs(e.elts, 'Load', false);
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      validateComprehension(e.generators);
      return validateExpr(e.elt, 'Load');
    case 'DictComp':
      validateComprehension(e.generators);
      validateExpr(e.key, 'Load');
      return validateExpr(e.value, 'Load');
    case 'Yield':
      if (e.value) validateExpr(e.value, 'Load');
      return;
    case 'YieldFrom':
    case 'Await':
      return validateExpr(e.value, 'Load');
    case 'Compare':
      if (e.comparators.length === 0) fail('Compare with no comparators');
      if (e.comparators.length !== e.ops.length) fail('Compare has a different number of comparators and operands');
      validateExprs(e.comparators, 'Load', false);
      return validateExpr(e.left, 'Load');
    case 'Call':
      validateExpr(e.func, 'Load');
      validateExprs(e.args, 'Load', false);
      return validateKeywords(e.keywords);
    case 'Constant':
      if (!validateConstant(e.value)) {
        const v = e.value as unknown;
        const name = v instanceof InvalidConstant ? typeOf(v.value).name : typeof v;
        throw newException(PyTypeError, `got an invalid type in Constant: ${name}`);
      }
      return;
    case 'JoinedStr':
      return validateExprs(e.values, 'Load', false);
    case 'FormattedValue':
      validateExpr(e.value, 'Load');
      if (e.format_spec) validateExpr(e.format_spec, 'Load');
      return;
    case 'Attribute':
      return validateExpr(e.value, 'Load');
    case 'Subscript':
      validateExpr(e.slice, 'Load');
      return validateExpr(e.value, 'Load');
    case 'Starred':
      return validateExpr(e.value, ctx);
    case 'Slice':
      if (e.lower) validateExpr(e.lower, 'Load');
      if (e.upper) validateExpr(e.upper, 'Load');
      if (e.step) validateExpr(e.step, 'Load');
      return;
    case 'List':
    case 'Tuple':
      return validateExprs(e.elts, ctx, false);
    case 'NamedExpr':
      return validateExpr(e.value, 'Load');
    case 'Name':
      return validateName(e.id);
  }
}

function validateCapture(name: string): void {
  if (name === '_') fail("can't capture name '_' in patterns");
  validateName(name);
}

function validatePatternMatchValue(e: N.expr): void {
  validateExpr(e, 'Load');
  switch (e._type) {
    case 'Constant': {
      const v = e.value as unknown;
      // None, True and False are MatchSingleton's.
      if (v === null || typeof v === 'boolean') fail('unexpected constant inside of a literal pattern');
      return;
    }
    case 'Attribute':
      return;
    case 'UnaryOp':
    case 'BinOp':
      // Negative numbers and complex literals: the compiler folds them.
      return;
    case 'JoinedStr':
      return;
    default:
      fail('patterns may only match literals and attribute lookups');
  }
}

function validatePattern(p: N.pattern, starOk: boolean): void {
  switch (p._type) {
    case 'MatchValue':
      return validatePatternMatchValue(need(p.value, 'value', 'MatchValue'));
    case 'MatchSingleton': {
      const v = p.value as unknown;
      if (!(v === null || typeof v === 'boolean')) fail('MatchSingleton can only contain True, False and None');
      return;
    }
    case 'MatchSequence':
      for (const q of p.patterns) validatePattern(q, true);
      return;
    case 'MatchMapping':
      if (p.keys.length !== p.patterns.length) fail("MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest) validateCapture(p.rest);
      for (const k of p.keys) {
        if (k._type === 'Constant' || k._type === 'Attribute') validateExpr(k, 'Load');
        else fail('can only have Constant or Attribute keys in MatchMapping');
      }
      for (const q of p.patterns) validatePattern(q, false);
      return;
    case 'MatchClass': {
      validateExpr(p.cls, 'Load');
      let c: N.expr = p.cls;
      while (c._type === 'Attribute') c = c.value;
      if (c._type !== 'Name') fail('MatchClass cls field can only contain Name or Attribute nodes.');
      if (p.kwd_attrs.length !== p.kwd_patterns.length) fail("MatchClass doesn't have the same number of keyword attributes as patterns");
      for (const a of p.kwd_attrs) validateName(a);
      for (const q of p.patterns) validatePattern(q, false);
      for (const q of p.kwd_patterns) validatePattern(q, false);
      return;
    }
    case 'MatchStar':
      if (!starOk) fail("can't use MatchStar here");
      if (p.name !== null) validateCapture(p.name);
      return;
    case 'MatchAs':
      if (p.name !== null) validateCapture(p.name);
      if (p.pattern === null) return;
      if (p.name === null) fail('MatchAs must specify a target name if a pattern is given');
      return validatePattern(p.pattern, false);
    case 'MatchOr':
      if (p.patterns.length < 2) fail('MatchOr requires at least 2 patterns');
      for (const q of p.patterns) validatePattern(q, false);
      return;
  }
}

function validateWithItems(items: readonly N.withitem[], owner: string): void {
  nonempty(items, 'items', owner);
  for (const it of items) {
    validateExpr(it.context_expr, 'Load');
    if (it.optional_vars) validateExpr(it.optional_vars, 'Store');
  }
}

function validateTry(s: N.Try | N.TryStar, owner: string): void {
  validateBody(s.body, owner);
  if (s.handlers.length === 0 && s.finalbody.length === 0) fail(`${owner} has neither except handlers nor finalbody`);
  if (s.handlers.length === 0 && s.orelse.length !== 0) fail(`${owner} has orelse but no except handlers`);
  for (const h of s.handlers) {
    if (h.type) validateExpr(h.type, 'Load');
    validateBody(h.body, 'ExceptHandler');
  }
  if (s.finalbody.length) validateStmts(s.finalbody);
  if (s.orelse.length) validateStmts(s.orelse);
}

export function validateStmt(s: N.stmt): void {
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      validateBody(s.body, s._type);
      validateArguments(s.args);
      validateExprs(s.decorator_list, 'Load', false);
      if (s.returns) validateExpr(s.returns, 'Load');
      return;
    case 'ClassDef':
      validateBody(s.body, 'ClassDef');
      validateExprs(s.bases, 'Load', false);
      validateKeywords(s.keywords);
      return validateExprs(s.decorator_list, 'Load', false);
    case 'Return':
      if (s.value) validateExpr(s.value, 'Load');
      return;
    case 'Delete':
      nonempty(s.targets, 'targets', 'Delete');
      return validateExprs(s.targets, 'Del', false);
    case 'Assign':
      nonempty(s.targets, 'targets', 'Assign');
      validateExprs(s.targets, 'Store', false);
      return validateExpr(s.value, 'Load');
    case 'AugAssign':
      validateExpr(s.target, 'Store');
      return validateExpr(s.value, 'Load');
    case 'AnnAssign':
      if (s.target._type !== 'Name' && s.simple) throw newException(PyTypeError, 'AnnAssign with simple non-Name target');
      validateExpr(s.target, 'Store');
      if (s.value) validateExpr(s.value, 'Load');
      return validateExpr(s.annotation, 'Load');
    case 'For':
    case 'AsyncFor':
      validateExpr(s.target, 'Store');
      validateExpr(s.iter, 'Load');
      validateBody(s.body, s._type);
      return validateStmts(s.orelse);
    case 'While':
    case 'If':
      validateExpr(s.test, 'Load');
      validateBody(s.body, s._type);
      return validateStmts(s.orelse);
    case 'With':
    case 'AsyncWith':
      validateWithItems(s.items, s._type);
      return validateBody(s.body, s._type);
    case 'Match':
      validateExpr(s.subject, 'Load');
      nonempty(s.cases, 'cases', 'Match');
      for (const c of s.cases) {
        validatePattern(c.pattern, false);
        if (c.guard) validateExpr(c.guard, 'Load');
        validateBody(c.body, 'match_case');
      }
      return;
    case 'Raise':
      if (s.exc) {
        validateExpr(s.exc, 'Load');
        if (s.cause) validateExpr(s.cause, 'Load');
        return;
      }
      if (s.cause) fail('Raise with cause but no exception');
      return;
    case 'Try':
      return validateTry(s, 'Try');
    case 'TryStar':
      return validateTry(s, 'TryStar');
    case 'Assert':
      validateExpr(s.test, 'Load');
      if (s.msg) validateExpr(s.msg, 'Load');
      return;
    case 'Import':
      return nonempty(s.names, 'names', 'Import');
    case 'ImportFrom':
      if (s.level !== null && s.level < 0) fail('Negative ImportFrom level');
      return nonempty(s.names, 'names', 'ImportFrom');
    case 'Global':
    case 'Nonlocal':
      return nonempty(s.names, 'names', s._type);
    case 'Expr':
      return validateExpr(s.value, 'Load');
    case 'Pass':
    case 'Break':
    case 'Continue':
      return;
  }
}

/** _PyAST_Validate */
export function validateMod(m: N.mod): void {
  switch (m._type) {
    case 'Module':
    case 'Interactive':
      return validateStmts(m.body);
    case 'Expression':
      return validateExpr(m.body, 'Load');
    case 'FunctionType':
      validateExprs(m.argtypes, 'Load', false);
      return validateExpr(m.returns, 'Load');
  }
}
