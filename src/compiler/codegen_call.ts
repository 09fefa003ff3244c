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
import { starunpackHelper, visitExpr } from './codegen_expr';
import { compilerError } from './errors';
import { checkCaller } from './warnings';

const STACK_USE_GUIDELINE = 30;

/** is_import_originated: only the module scope is consulted, as CPython does. */
function isImportOriginated(c: Compiler, e: ast.expr): boolean {
  if (e._type !== 'Name') return false;
  return (c.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
}

/**
 * validate_keywords: `__debug__=` at the call's location (forbidden_name),
 * a repeated keyword at the repeating keyword's own location.
 */
function validateKeywords(c: Compiler, keywords: ast.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    if (key.arg === '__debug__') compilerError(c, 'cannot assign to __debug__');
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg !== null && other.arg === key.arg) {
        c.u.setLoc(other);
        compilerError(c, `keyword argument repeated: ${key.arg}`);
      }
    }
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
  validateKeywords(c, e.keywords);
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
  checkCaller(c, e.func);
  c.u.setLoc(e.func);
  c.addOp(Op.PUSH_NULL);
  c.u.setLoc(e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/** compiler_subkwargs: keywords[begin:end] as one dict. */
function subkwargs(c: Compiler, keywords: ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst(new ConstTuple(keywords.slice(begin, end).map((k) => k.arg!)));
    c.addOpI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addOpNoLine(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg!);
    visitExpr(c, keywords[i].value);
    if (big) c.addOpNoLine(Op.MAP_ADD, 1);
  }
  if (!big) c.addOpI(Op.BUILD_MAP, n);
}

/** compiler_call_helper: `n` arguments are already pushed. */
export function callHelper(c: Compiler, n: number, args: ast.expr[], keywords: ast.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  if (nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null)) {
    return callEx(c, n, args, keywords);
  }
  for (const a of args) visitExpr(c, a);
  if (nkwelts) {
    for (const k of keywords) visitExpr(c, k.value);
    simpleKwHelper(c, keywords);
  }
  c.addOpI(Op.PRECALL, n + nelts + nkwelts);
  c.addOpI(Op.CALL, n + nelts + nkwelts);
}

/** compiler_call_helper's ex_call: CALL_FUNCTION_EX with a tuple and maybe a dict. */
function callEx(c: Compiler, n: number, args: ast.expr[], keywords: ast.keyword[]): void {
  const first = args[0];
  if (n === 0 && args.length === 1 && first._type === 'Starred') visitExpr(c, first.value);
  else starunpackHelper(c, args, Op.BUILD_LIST, true, n);
  const nkwelts = keywords.length;
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.addOpI(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addOpI(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addOpI(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addOpI(Op.DICT_MERGE, 1);
    }
  }
  c.addOpI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}
