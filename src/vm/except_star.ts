/**
 * except* (ceval.c 3.11): CHECK_EG_MATCH splits the exception being handled
 * by the clause's types (exception_group_match: a naked exception that
 * matches is wrapped in an ExceptionGroup('', [exc])), and PREP_RERAISE_STAR
 * combines what the clauses raised and re-raised (_PyExc_PrepReraiseStar:
 * re-raised leaves are projected out of the original group so that its
 * structure is kept).
 */
import type { Value } from '../objects/base';
import { PyType } from '../objects/type';
import { PyList, PyTuple } from '../objects/containers';
import { None } from '../objects/types';
import { PyBaseException, BaseException, BaseExceptionGroup, typeError } from '../objects/exceptions';
import * as A from '../objects/abstract';
import { isGroup, splitRecursive, createExceptionGroup, leaves } from '../objects/exception_groups';
import { Op } from './opcodes';
import type { Frame } from './frame';
import { ts } from './thread_state';

/** check_except_star_type_valid. */
function checkType(t: Value): void {
  const one = (x: Value): void => {
    if (!(x instanceof PyType) || !x.isSubtype(BaseException)) {
      typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    if ((x as PyType).isSubtype(BaseExceptionGroup)) {
      typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  };
  if (t instanceof PyTuple) t.items.forEach(one);
  else one(t);
}

function matches(e: PyBaseException, t: Value): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => e.ob_type.isSubtype(x as PyType));
  return e.ob_type.isSubtype(t as PyType);
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return (
    (a.dict?.getStr('__notes__') ?? null) === (b.dict?.getStr('__notes__') ?? null) &&
    a.traceback === b.traceback &&
    a.cause === b.cause &&
    a.context === b.context
  );
}

/** _PyExc_PrepReraiseStar. */
function prepReraiseStar(orig: Value, excs: Value[]): Value {
  if (excs.length === 0) return None;
  if (!isGroup(orig)) return excs[0];
  const raised: Value[] = [];
  const reraised: Value[] = [];
  for (const e of excs) {
    if (e === None) continue;
    if (sameMetadata(e as PyBaseException, orig as PyBaseException)) reraised.push(e);
    else raised.push(e);
  }
  let reraisedEg: Value = None;
  if (reraised.length) {
    const ids = new Set<Value>();
    for (const e of reraised) leaves(e, ids);
    const r = splitRecursive(orig as PyBaseException, (x) => !isGroup(x) && ids.has(x), false);
    reraisedEg = r.match ?? None;
  }
  if (raised.length === 0) return reraisedEg;
  const keep = raised.slice();
  if (reraisedEg !== None) keep.push(reraisedEg);
  if (keep.length === 1) return keep[0];
  return createExceptionGroup('', keep);
}

export function exceptStarOp(f: Frame, op: number, _arg: number, sp: number): number {
  const s = f.s;
  if (op === Op.CHECK_EG_MATCH) {
    const t = s[--sp]!;
    checkType(t);
    const exc = s[sp - 1]!;
    let match: Value = None;
    let rest: Value = None;
    if (exc !== None) {
      const e = exc as PyBaseException;
      if (matches(e, t)) {
        if (isGroup(e)) match = e;
        else {
          // A naked exception is wrapped in a one-item tuple group, keeping its traceback.
          const g = createExceptionGroup('', [e], true);
          g.traceback = (e as PyBaseException).traceback;
          match = g;
        }
      } else if (isGroup(e)) {
        const r = A.callMethod(e, 'split', [t]) as PyTuple;
        match = r.items[0];
        rest = r.items[1];
      }
    }
    if (match === None) {
      s[sp++] = None;
      return sp;
    }
    s[sp - 1] = rest;
    s[sp++] = match;
    ts.excInfo.value = match;
    return sp;
  }
  // PREP_RERAISE_STAR
  const excs = s[--sp] as PyList;
  const orig = s[--sp]!;
  s[sp++] = prepReraiseStar(orig, excs.items);
  return sp;
}
