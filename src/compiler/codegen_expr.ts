/**
 * Expressions (CPython 3.11 compile.c: compiler_visit_expr / _expr1,
 * compiler_jump_if, compiler_boolop, compiler_compare, compiler_joined_str,
 * compiler_formatted_value, starunpack_helper / unpack_helper, compiler_subscript,
 * compiler_slice). Calls are in codegen_call.ts.
 */
import { Op } from '../bytecode/opcodes';
import { PseudoOp } from '../bytecode/pseudo_opcodes';
import { ConstFrozenSet, ConstTuple, type ConstValue } from '../bytecode/constants';
import type * as ast from '../ast/nodes';
import type { Compiler } from './compiler';
import { notImplemented, compilerError } from './errors';
import type { Block } from './instructions';
import { compileCall } from './codegen_call';
import { compileLambda } from './codegen_stmt';
import { addYield, addYieldFrom, compileComprehension } from './codegen_comprehension';
import { ScopeType } from './unit';
import { checkCompare, checkSubscript } from './warnings';

const STACK_USE_GUIDELINE = 30;

const BINOP_NB: Record<string, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};

/** The BINARY_OP argument of an operator (NB_* of Include/opcode.h; in-place forms are 13 higher). */
export function binaryOpArg(op: ast.operator, inplace: boolean): number {
  const n = BINOP_NB[op._type];
  if (n === undefined) throw new Error(`unknown operator ${op._type}`);
  return inplace ? n + 13 : n;
}

const UNARY: Record<string, number> = { UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE, Not: Op.UNARY_NOT, Invert: Op.UNARY_INVERT };
const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** compiler_addcompare */
function addCompare(c: Compiler, op: ast.cmpop): void {
  switch (op._type) {
    case 'Is':
      return c.addOpI(Op.IS_OP, 0);
    case 'IsNot':
      return c.addOpI(Op.IS_OP, 1);
    case 'In':
      return c.addOpI(Op.CONTAINS_OP, 0);
    case 'NotIn':
      return c.addOpI(Op.CONTAINS_OP, 1);
    default:
      return c.addOpI(Op.COMPARE_OP, CMP[op._type]);
  }
}

/** compiler_visit_expr: the expression's location for its instructions, restored afterwards. */
export function visitExpr(c: Compiler, e: ast.expr): void {
  const old = c.u.loc;
  c.u.setLoc(e);
  visitExpr1(c, e);
  c.u.loc = old;
}

function ctxOf(e: { ctx: ast.expr_context }): 'Load' | 'Store' | 'Del' {
  return e.ctx._type;
}

function visitExpr1(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case 'BoolOp':
      return compileBoolOp(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addOpI(Op.BINARY_OP, binaryOpArg(e.op, false));
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.addOp(UNARY[e.op._type]);
      return;
    case 'Compare':
      return compileCompare(c, e);
    case 'IfExp': {
      const end = c.newBlock();
      const next = c.newBlock();
      compileJumpIf(c, e.test, next, false);
      visitExpr(c, e.body);
      c.addJumpNoLine(PseudoOp.JUMP, end);
      c.useNextBlock(next);
      visitExpr(c, e.orelse);
      c.useNextBlock(end);
      return;
    }
    case 'Call':
      return compileCall(c, e);
    case 'Constant':
      c.loadConst(e.value as ConstValue);
      return;
    case 'JoinedStr':
      return compileJoinedStr(c, e);
    case 'FormattedValue':
      return compileFormattedValue(c, e);
    case 'Attribute':
      visitExpr(c, e.value);
      c.matchAttrLocation(e);
      switch (ctxOf(e)) {
        case 'Load':
          c.addOpName(Op.LOAD_ATTR, e.attr);
          return;
        case 'Store':
          if (e.attr === '__debug__') compilerError(c, 'cannot assign to __debug__');
          c.addOpName(Op.STORE_ATTR, e.attr);
          return;
        case 'Del':
          c.addOpName(Op.DELETE_ATTR, e.attr);
          return;
      }
      return;
    case 'Subscript':
      if (ctxOf(e) === 'Load') checkSubscript(c, e.value, e.slice);
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addOp(ctxOf(e) === 'Load' ? Op.BINARY_SUBSCR : ctxOf(e) === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    case 'Slice': {
      if (e.lower) visitExpr(c, e.lower);
      else c.loadConst(null);
      if (e.upper) visitExpr(c, e.upper);
      else c.loadConst(null);
      let n = 2;
      if (e.step) {
        n++;
        visitExpr(c, e.step);
      }
      c.addOpI(Op.BUILD_SLICE, n);
      return;
    }
    case 'Name':
      c.nameOp(e.id, ctxOf(e));
      return;
    case 'List':
      if (ctxOf(e) === 'Store') return assignmentHelper(c, e.elts);
      if (ctxOf(e) === 'Load') return starunpackHelper(c, e.elts, Op.BUILD_LIST, false);
      for (const x of e.elts) visitExpr(c, x);
      return;
    case 'Set':
      return starunpackHelper(c, e.elts, Op.BUILD_SET, false);
    case 'Lambda':
      return compileLambda(c, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(c, e);
    case 'Await':
      // PyCF_ALLOW_TOP_LEVEL_AWAIT lets the module's own code await.
      if (!c.isTopLevelAwait()) {
        if (c.u.ste.type !== 0 /* FunctionBlock */) compilerError(c, "'await' outside function");
        if (c.u.scopeType !== ScopeType.AsyncFunction && c.u.scopeType !== ScopeType.Comprehension) {
          compilerError(c, "'await' outside async function");
        }
      }
      visitExpr(c, e.value);
      c.addOpI(Op.GET_AWAITABLE, 0);
      c.loadConst(null);
      addYieldFrom(c, true);
      return;
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addOpI(Op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case 'Yield':
      if (c.u.ste.type !== 0 /* FunctionBlock */) compilerError(c, "'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(null);
      addYield(c);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 0 /* FunctionBlock */) compilerError(c, "'yield' outside function");
      if (c.u.scopeType === ScopeType.AsyncFunction) compilerError(c, "'yield from' inside async function");
      visitExpr(c, e.value);
      c.addOp(Op.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      addYieldFrom(c, false);
      return;
    case 'Starred':
      // Every legitimate starred item was compiled by its list, tuple, set or call.
      compilerError(c, e.ctx._type === 'Store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here");
    case 'Dict':
      return compileDict(c, e);
    case 'Tuple':
      if (ctxOf(e) === 'Store') return assignmentHelper(c, e.elts);
      if (ctxOf(e) === 'Load') return starunpackHelper(c, e.elts, Op.BUILD_LIST, true);
      for (const x of e.elts) visitExpr(c, x);
      return;
    default:
      notImplemented(`the ${(e as ast.expr)._type} expression`);
  }
}

/** starunpack_helper: a tuple, list or set display (or call arguments) after `pushed` items already on the stack. */
export function starunpackHelper(c: Compiler, elts: ast.expr[], build: number, tuple: boolean, pushed = 0): void {
  const n = elts.length;
  const add = build === Op.BUILD_SET ? Op.SET_ADD : Op.LIST_APPEND;
  const extend = build === Op.BUILD_SET ? Op.SET_UPDATE : Op.LIST_EXTEND;
  if (n > 2 && elts.every((x) => x._type === 'Constant')) {
    const folded = new ConstTuple(elts.map((x) => (x as ast.Constant).value as ConstValue));
    if (tuple && !pushed) {
      c.loadConst(folded);
    } else {
      c.addOpI(build, pushed);
      c.loadConst(build === Op.BUILD_SET ? new ConstFrozenSet(folded.items) : folded);
      c.addOpI(extend, 1);
      if (tuple) c.addOp(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === 'Starred');
  if (!seenStar && !big) {
    for (const x of elts) visitExpr(c, x);
    c.addOpI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.addOpI(build, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred') {
      if (!built) {
        c.addOpI(build, i + pushed);
        built = true;
      }
      visitExpr(c, elt.value);
      c.addOpI(extend, 1);
    } else {
      visitExpr(c, elt);
      if (built) c.addOpI(add, 1);
    }
  }
  if (tuple) c.addOp(Op.LIST_TO_TUPLE);
}

/** unpack_helper + assignment_helper */
function assignmentHelper(c: Compiler, elts: ast.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._type === 'Starred') {
      if (seenStar) compilerError(c, 'multiple starred expressions in assignment');
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) compilerError(c, 'too many expressions in star-unpacking assignment');
      c.addOpI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    }
  }
  if (!seenStar) c.addOpI(Op.UNPACK_SEQUENCE, n);
  for (const x of elts) visitExpr(c, x._type === 'Starred' ? x.value : x);
}

const isConst = (e: ast.expr | null): boolean => e !== null && e._type === 'Constant';

/** compiler_subdict: keys[begin:end] and their values as one dict. */
function compileSubdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = e.keys.slice(begin, end);
  if (n > 1 && !big && keys.every(isConst)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    c.loadConst(new ConstTuple(keys.map((k) => (k as ast.Constant).value as ConstValue)));
    c.addOpI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addOpI(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.addOpI(Op.MAP_ADD, 1);
  }
  if (!big) c.addOpI(Op.BUILD_MAP, n);
}

/** compiler_dict */
function compileDict(c: Compiler, e: ast.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) c.addOpI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addOpI(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addOpI(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compileSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.addOpI(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) c.addOpI(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addOpI(Op.BUILD_MAP, 0);
}


/** compiler_boolop */
function compileBoolOp(c: Compiler, e: ast.BoolOp): void {
  const jump = e.op._type === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]);
    c.addJump(jump, end);
    c.useNextBlock(c.newBlock());
  }
  visitExpr(c, e.values[n]);
  c.useNextBlock(end);
}

/** compiler_compare */
function compileCompare(c: Compiler, e: ast.Compare): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addOpI(Op.SWAP, 2);
    c.addOpI(Op.COPY, 2);
    addCompare(c, e.ops[i]);
    c.addJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    c.useNextBlock(c.newBlock());
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e.ops[n]);
  const end = c.newBlock();
  c.addJumpNoLine(PseudoOp.JUMP, end);
  c.useNextBlock(cleanup);
  c.addOpI(Op.SWAP, 2);
  c.addOp(Op.POP_TOP);
  c.useNextBlock(end);
}

/** compiler_jump_if: jump to `next` when the truth of `e` equals `cond`. */
export function compileJumpIf(c: Compiler, e: ast.expr, next: Block, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') return compileJumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op._type === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) compileJumpIf(c, s[i], next2, cond2);
      compileJumpIf(c, s[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      compileJumpIf(c, e.test, next2, false);
      compileJumpIf(c, e.body, next, cond);
      c.addJumpNoLine(PseudoOp.JUMP, end);
      c.useNextBlock(next2);
      compileJumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      // 3.11 gives a tested comparison's location to what follows it, and
      // does not restore the previous one (it leaks into later jumps).
      c.u.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addOpI(Op.SWAP, 2);
          c.addOpI(Op.COPY, 2);
          addCompare(c, e.ops[i]);
          c.addJump(PseudoOp.POP_JUMP_IF_FALSE, cleanup);
          c.useNextBlock(c.newBlock());
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, e.ops[n]);
        c.addJump(cond ? PseudoOp.POP_JUMP_IF_TRUE : PseudoOp.POP_JUMP_IF_FALSE, next);
        c.useNextBlock(c.newBlock());
        const end = c.newBlock();
        c.addJumpNoLine(PseudoOp.JUMP, end);
        c.useNextBlock(cleanup);
        c.addOp(Op.POP_TOP);
        if (!cond) c.addJumpNoLine(PseudoOp.JUMP, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  c.addJump(cond ? PseudoOp.POP_JUMP_IF_TRUE : PseudoOp.POP_JUMP_IF_FALSE, next);
  c.useNextBlock(c.newBlock());
}

/** compiler_joined_str */
function compileJoinedStr(c: Compiler, e: ast.JoinedStr): void {
  if (e.values.length > STACK_USE_GUIDELINE) {
    // Too many parts for the stack: ''.join([part, part, ...]).
    c.loadConst('');
    c.addOpName(Op.LOAD_METHOD, 'join');
    c.addOpI(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addOpI(Op.LIST_APPEND, 1);
    }
    c.addOpI(Op.PRECALL, 1);
    c.addOpI(Op.CALL, 1);
    return;
  }
  for (const v of e.values) visitExpr(c, v);
  if (e.values.length !== 1) c.addOpI(Op.BUILD_STRING, e.values.length);
}

/** compiler_formatted_value */
function compileFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  let arg: number;
  switch (e.conversion) {
    case 115: // 's'
      arg = 1;
      break;
    case 114: // 'r'
      arg = 2;
      break;
    case 97: // 'a'
      arg = 3;
      break;
    case -1:
      arg = 0;
      break;
    default:
      throw new Error(`Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    arg |= 4;
  }
  c.addOpI(Op.FORMAT_VALUE, arg);
}
