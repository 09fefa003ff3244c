/**
 * compile.c's SyntaxWarnings (3.11): "is" with a literal, calling or
 * subscripting a literal that cannot support it, indexing a literal
 * sequence with a literal of the wrong type, and asserting a non-empty
 * tuple. compiler_warn goes through the front end's warning hook; a
 * warning the filters make an error is a SyntaxError at the current
 * location.
 */
import type * as ast from '../ast/nodes';
import { ConstTuple, ConstFrozenSet, PyFloat, PyComplex, PyBytes, PyEllipsis, pyTypeName, type MarshalValue } from '../bytecode/constants';
import { frontEndWarn } from '../parser/warnings';
import { compilerError } from './errors';
import type { Compiler } from './compiler';

/** compiler_warn */
export function compilerWarn(c: Compiler, msg: string): void {
  if (frontEndWarn('SyntaxWarning', msg, c.filename, c.u.loc.lineno)) compilerError(c, msg);
}

/** infer_type: the type of an expression known from its kind, or null. */
function inferType(e: ast.expr): string | null {
  switch (e._type) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Constant':
      return pyTypeName(e.value as MarshalValue);
    default:
      return null;
  }
}

/** check_is_arg: true unless a constant other than None, True, False or Ellipsis. */
function isArg(e: ast.expr): boolean {
  if (e._type !== 'Constant') return true;
  const v = e.value as unknown;
  return v === null || typeof v === 'boolean' || v instanceof PyEllipsis;
}

/** check_compare */
export function checkCompare(c: Compiler, e: ast.Compare): void {
  let left = isArg(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._type;
    const right = isArg(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
      compilerWarn(c, op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

/** check_caller */
export function checkCaller(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case 'Constant':
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'Dict':
    case 'DictComp':
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'JoinedStr':
    case 'FormattedValue':
      compilerWarn(c, `'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** check_subscripter and check_index, for a subscript in a Load context. */
export function checkSubscript(c: Compiler, value: ast.expr, index: ast.expr): void {
  let notSubscriptable: boolean;
  if (value._type === 'Constant') {
    const v = value.value as unknown;
    notSubscriptable = v === null || v instanceof PyEllipsis || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ||
      v instanceof PyFloat || v instanceof PyComplex || v instanceof ConstFrozenSet;
  } else {
    notSubscriptable = ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value._type);
  }
  if (notSubscriptable) {
    compilerWarn(c, `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  const indexType = inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool' || index._type === 'Slice') return;
  let sequence: boolean;
  if (value._type === 'Constant') {
    const v = value.value as unknown;
    sequence = typeof v === 'string' || v instanceof PyBytes || v instanceof ConstTuple;
  } else {
    sequence = ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value._type);
  }
  if (sequence) compilerWarn(c, `${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

/** compiler_assert's warning: a non-empty tuple is always true. */
export function checkAssert(c: Compiler, test: ast.expr): void {
  const nonEmptyTuple =
    (test._type === 'Tuple' && test.elts.length > 0) || (test._type === 'Constant' && test.value instanceof ConstTuple && (test.value as ConstTuple).items.length > 0);
  if (nonEmptyTuple) compilerWarn(c, 'assertion is always true, perhaps remove parentheses?');
}
