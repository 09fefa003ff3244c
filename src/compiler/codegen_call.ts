/**
 * Calls (CPython 3.11 compile.c: compiler_call, maybe_optimize_method_call,
 * compiler_call_helper, compiler_call_simple_kw_helper): PUSH_NULL or
 * LOAD_METHOD, the arguments, KW_NAMES for keywords, PRECALL and CALL.
 */
import { Op } from '../bytecode/opcodes';
import { ConstTuple } from '../bytecode/constants';
import type * as ast from '../ast/nodes';
import { DEF_IMPORT } from '../symtable';
import type { Compiler } from './compiler';
import { notImplemented } from './errors';
import { visitExpr } from './codegen_expr';

const STACK_USE_GUIDELINE = 30;

/** is_import_originated: only the module scope is consulted, as CPython does. */
function isImportOriginated(c: Compiler, e: ast.expr): boolean {
  if (e._type !== 'Name') return false;
  return (c.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
}

function validateKeywords(keywords: ast.keyword[]): void {
  const seen = new Set<string>();
  for (const k of keywords) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) notImplemented('SyntaxError keyword argument repeated');
    seen.add(k.arg);
  }
}

function simpleKwHelper(c: Compiler, keywords: ast.keyword[]): void {
  const names = new ConstTuple(keywords.map((k) => k.arg!));
  c.addOpI(Op.KW_NAMES, c.addConst(names));
}

/** maybe_optimize_method_call: false when the call is not a plain method call. */
function maybeOptimizeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred')) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  validateKeywords(e.keywords);
  visitExpr(c, meth.value);
  const old = c.u.loc;
  // LOAD_METHOD (and KW_NAMES) have the attribute's location, PRECALL and
  // CALL the call's, both moved to the attribute name's line.
  c.u.setLoc(meth);
  c.matchAttrLocation(meth);
  c.addOpName(Op.LOAD_METHOD, meth.attr);
  for (const a of e.args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of e.keywords) visitExpr(c, k.value);
    simpleKwHelper(c, e.keywords);
  }
  c.u.setLoc(e);
  c.matchAttrLocation(meth);
  c.addOpI(Op.PRECALL, argsl + kwdsl);
  c.addOpI(Op.CALL, argsl + kwdsl);
  c.u.loc = old;
  return true;
}

/** compiler_call */
export function compileCall(c: Compiler, e: ast.Call): void {
  if (maybeOptimizeMethodCall(c, e)) return;
  c.u.setLoc(e.func);
  c.addOp(Op.PUSH_NULL);
  c.u.setLoc(e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/** compiler_call_helper (the fast path: no *args / **kwargs) */
export function callHelper(c: Compiler, n: number, args: ast.expr[], keywords: ast.keyword[]): void {
  validateKeywords(keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  if (nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null)) {
    notImplemented('calls with *args, **kwargs or many arguments (CALL_FUNCTION_EX)');
  }
  for (const a of args) visitExpr(c, a);
  if (nkwelts) {
    for (const k of keywords) visitExpr(c, k.value);
    simpleKwHelper(c, keywords);
  }
  c.addOpI(Op.PRECALL, n + nelts + nkwelts);
  c.addOpI(Op.CALL, n + nelts + nkwelts);
}
