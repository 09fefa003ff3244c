/**
 * The structural pattern matching instructions (ceval.c 3.11): MATCH_MAPPING
 * and MATCH_SEQUENCE test the subject type's Py_TPFLAGS_MAPPING/SEQUENCE,
 * MATCH_KEYS looks keys up through the subject's `get` (match_keys),
 * MATCH_CLASS checks isinstance and collects positional (__match_args__, or
 * the subject itself for the self-matching builtins) and keyword attributes
 * (match_class, match_class_attr) with CPython's errors.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, TPFLAGS_MAPPING, TPFLAGS_SEQUENCE } from '../objects/type';
import { PyTuple, tuple } from '../objects/containers';
import { PySet } from '../objects/set_object';
import {
  None, typeOf, objectType, boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType,
  setType, strType, tupleType,
} from '../objects/types';
import { newException, TypeError, ValueError, AttributeError, PyBaseException, typeError } from '../objects/exceptions';
import * as A from '../objects/abstract';
import { Op } from './opcodes';
import type { Frame } from './frame';
import { lazy } from '../util/lazy';
const lazy_builtins = lazy(() => require('../modules/builtins') as typeof import('../modules/builtins'));

/** The builtins with _Py_TPFLAGS_MATCH_SELF: one positional sub-pattern matches the subject itself. */
const MATCH_SELF = new Set<PyType>([boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType]);

function matchSelf(t: PyType): boolean {
  for (const m of t.mro) if (MATCH_SELF.has(m)) return true;
  return false;
}

function isInstance(v: Value, t: PyType): boolean {
  const b = lazy_builtins();
  return A.isTrue(A.call(b.builtinsDict.getStr('isinstance')!, [v, t]));
}

function getAttrOrMissing(o: Value, name: string): Value | null {
  try {
    return A.getAttr(o, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(AttributeError)) return null;
    throw e;
  }
}

function matchClassAttr(subject: Value, type: PyType, name: Value, seen: PySet): Value | null {
  if (seen.has(name)) throw newException(TypeError, `${type.name}() got multiple sub-patterns for attribute ${A.repr(name)}`);
  seen.add(name);
  return getAttrOrMissing(subject, A.strValue(name));
}

/** match_class: the tuple of attributes, or null when the pattern does not match. */
function matchClass(subject: Value, type: Value, nargs: number, kwargs: PyTuple): PyTuple | null {
  if (!(type instanceof PyType)) typeError('called match pattern must be a type');
  const t = type as PyType;
  if (!isInstance(subject, t)) return null;
  const seen = new PySet();
  const attrs: Value[] = [];
  if (nargs) {
    let matchArgs: Value | null = getAttrOrMissing(t, '__match_args__');
    let self = false;
    if (matchArgs !== null) {
      if (!(matchArgs instanceof PyTuple) || typeOf(matchArgs) !== tupleType) {
        typeError(`${t.name}.__match_args__ must be a tuple (got ${A.typeName(matchArgs)})`);
      }
    } else {
      matchArgs = tuple([]);
      self = matchSelf(t);
    }
    const names = (matchArgs as PyTuple).items;
    const allowed = self ? 1 : names.length;
    if (allowed < nargs) {
      typeError(`${t.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (self) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = names[i];
        if (typeof name !== 'string') typeError(`__match_args__ elements must be strings (got ${A.typeName(name)})`);
        const a = matchClassAttr(subject, t, name, seen);
        if (a === null) return null;
        attrs.push(a);
      }
    }
  }
  for (const name of kwargs.items) {
    const a = matchClassAttr(subject, t, name, seen);
    if (a === null) return null;
    attrs.push(a);
  }
  return tuple(attrs);
}

/** match_keys: the values for `keys` (a tuple), or null when one is missing. */
function matchKeys(map: Value, keys: PyTuple): PyTuple | null {
  if (keys.items.length === 0) return tuple([]);
  const dummy = new PyObject(objectType);
  const seen = new PySet();
  const values: Value[] = [];
  const get = A.getAttr(map, 'get');
  for (const key of keys.items) {
    if (seen.has(key)) throw newException(ValueError, `mapping pattern checks duplicate key (${A.repr(key)})`);
    seen.add(key);
    const v = A.call(get, [key, dummy]);
    if (v === dummy) return null;
    values.push(v);
  }
  return tuple(values);
}

export function matchOp(f: Frame, op: number, arg: number, sp: number): number {
  const s = f.s;
  switch (op) {
    case Op.MATCH_MAPPING:
      s[sp] = (typeOf(s[sp - 1]!).flags & TPFLAGS_MAPPING) !== 0;
      return sp + 1;
    case Op.MATCH_SEQUENCE:
      s[sp] = (typeOf(s[sp - 1]!).flags & TPFLAGS_SEQUENCE) !== 0;
      return sp + 1;
    case Op.MATCH_KEYS: {
      const r = matchKeys(s[sp - 2]!, s[sp - 1] as PyTuple);
      s[sp] = r === null ? None : r;
      return sp + 1;
    }
    case Op.MATCH_CLASS: {
      const names = s[--sp] as PyTuple;
      const type = s[--sp]!;
      const r = matchClass(s[sp - 1]!, type, arg, names);
      s[sp - 1] = r === null ? None : r;
      return sp;
    }
  }
  throw newException(TypeError, `unknown match opcode ${op}`);
}
