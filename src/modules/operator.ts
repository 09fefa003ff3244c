/**
 * _operator (Modules/_operator.c, 3.11): the operator functions over the
 * abstract object protocols (PySequence_Concat and friends included, with
 * their sequence-slot rules), length_hint, call, _compare_digest, and the
 * itemgetter, attrgetter (dotted names) and methodcaller types with their
 * reprs and __reduce__.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyTuple, PyWStr, tuple } from '../objects/containers';
import { PyType } from '../objects/type';
import { typeType, objectType, listType, bytearrayType, None, NotImplemented, typeOf } from '../objects/types';
import { newException, typeError, TypeError, ValueError, OverflowError } from '../objects/exceptions';
import { method, newMethod, moduleFunction } from '../objects/define';
import type { NativeFn } from '../objects/function';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';
const lazy_bytes = lazy(() => require('../objects/bytes_type') as typeof import('../objects/bytes_type'));
const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));

// ---------------------------------------------------------------- argument checks

/** A METH_FASTCALL function's keyword refusal names it as _PyObject_FunctionStr does. */
function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) typeError(`_operator.${name}() takes no keyword arguments`);
}

/** _PyArg_CheckPositional. */
function positional(name: string, n: number, min: number, max: number): void {
  if (n < min) typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

function unary(name: string, fn: (a: Value) => Value): NativeFn {
  return (args, kwnames) => {
    noKw(name, kwnames);
    if (args.length !== 1) typeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
    return fn(args[0]);
  };
}

function binary(name: string, fn: (a: Value, b: Value) => Value): NativeFn {
  return (args, kwnames) => {
    noKw(name, kwnames);
    if (args.length !== 2) positional(name, args.length, 2, 2);
    return fn(args[0], args[1]);
  };
}

// ---------------------------------------------------------------- sequence protocol helpers

/** The native sq_concat a type has: the builtin sequence whose __add__ it inherits unchanged. */
function sqConcatOf(v: Value): ((a: Value, b: Value) => Value) | null {
  const t = typeOf(v).definer('__add__');
  return t === null ? null : A.sqConcat.get(t) ?? null;
}

/** PySequence_Check: has sq_item (a __getitem__) and is not a dict. */
function isSequence(v: Value): boolean {
  if (v instanceof PyDict) return false;
  return typeOf(v).lookup('__getitem__') !== null;
}

function cannotConcat(s: Value): never {
  return typeError(`'${A.typeName(s)}' object can't be concatenated`);
}

/** PySequence_Concat. */
function concat(s: Value, o: Value): Value {
  const c = sqConcatOf(s);
  if (c !== null) return c(s, o);
  if (isSequence(s) && isSequence(o)) {
    const r = A.binaryOp1(s, o, A.NB_ADD);
    if (r !== NotImplemented) return r;
  }
  return cannotConcat(s);
}

/** PySequence_InPlaceConcat: sq_inplace_concat (list, bytearray), sq_concat, then += on sequences. */
function iconcat(s: Value, o: Value): Value {
  const d = typeOf(s).definer('__iadd__');
  if (d === listType || d === bytearrayType) return A.callDescr(d.dict.getStr('__iadd__')!, s, [o]);
  const c = sqConcatOf(s);
  if (c !== null) return c(s, o);
  if (isSequence(s) && isSequence(o)) {
    const m = typeOf(s).lookup('__iadd__');
    if (m !== null) {
      const r = A.callDescr(m, s, [o]);
      if (r !== NotImplemented) return r;
    }
    const r = A.binaryOp1(s, o, A.NB_ADD);
    if (r !== NotImplemented) return r;
  }
  return cannotConcat(s);
}

/** _PySequence_IterSearch's iteration, with PyObject_RichCompareBool's identity shortcut. */
function iterSearch(seq: Value, obj: Value, onMatch: (i: number) => boolean): number {
  const it = A.getIterOrNull(seq);
  if (it === null) typeError(`argument of type '${A.typeName(seq)}' is not iterable`);
  let i = 0;
  for (;;) {
    const item = A.iterNext(it!);
    if (item === null) return -1;
    if (A.eqBool(item, obj) && onMatch(i)) return i;
    i++;
  }
}

function isTypeError(e: unknown): boolean {
  return e instanceof PyObject && e.ob_type.isSubtype(TypeError);
}

/** PyLong_AsSsize_t of an int (its OverflowError message). */
function ssizeOfInt(v: Value): number {
  const i = A.intValue(v)!;
  if (typeof i === 'bigint') throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
  return i;
}

/** PyObject_LengthHint. */
function lengthHint(o: Value, dflt: number): number {
  const t = typeOf(o);
  if (t.lookup('__len__') !== null) {
    try {
      return A.len(o);
    } catch (e) {
      if (!isTypeError(e)) throw e;
    }
  }
  const hint = t.lookup('__length_hint__');
  if (hint === null) return dflt;
  let result: Value;
  try {
    result = A.call(A.bindDescr(hint, o, t), []);
  } catch (e) {
    if (isTypeError(e)) return dflt;
    throw e;
  }
  if (result === NotImplemented) return dflt;
  if (A.intValue(result) === null) typeError(`__length_hint__ must be an integer, not ${A.typeName(result)}`);
  const n = ssizeOfInt(result);
  if (n < 0) throw newException(ValueError, '__length_hint__() should return >= 0');
  return n;
}

/** _operator._compare_digest: equality of two ASCII strs or two buffers. */
function compareDigest(a: Value, b: Value): boolean {
  if (A.isStr(a) && A.isStr(b)) {
    const x = A.strValue(a);
    const y = A.strValue(b);
    const nonAscii = /[^\x00-\x7f]/;
    if (a instanceof PyWStr || b instanceof PyWStr || nonAscii.test(x) || nonAscii.test(y)) {
      typeError('comparing strings with non-ASCII characters is not supported');
    }
    return x === y;
  }
  const { bufferOf } = lazy_bytes();
  const ba = bufferOf(a);
  const bb = bufferOf(b);
  if (ba === null && bb === null) {
    typeError(`unsupported operand types(s) or combination of types: '${A.typeName(a)}' and '${A.typeName(b)}'`);
  }
  if (ba === null) typeError(`a bytes-like object is required, not '${A.typeName(a)}'`);
  if (bb === null) typeError(`a bytes-like object is required, not '${A.typeName(b)}'`);
  // Every byte is looked at whatever the lengths (the C version's constant-time loop).
  let diff = ba!.length === bb!.length ? 0 : 1;
  const ref = ba!.length === bb!.length ? ba! : bb!;
  for (let i = 0; i < bb!.length; i++) diff |= ref[i] ^ bb![i];
  return diff === 0;
}

function absolute(v: Value): Value {
  if (typeof v === 'number') return Math.abs(v);
  const m = typeOf(v).lookup('__abs__');
  if (m === null) typeError(`bad operand type for abs(): '${A.typeName(v)}'`);
  return A.callDescr(m!, v, []);
}

// ---------------------------------------------------------------- itemgetter

const itemgetterType = new PyType(typeType, 'operator.itemgetter', [objectType], 0);
itemgetterType.dict.set('__doc__', "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])");

class PyItemGetter extends PyObject {
  constructor(
    /** The single item, or the tuple of items when there are several. */
    readonly item: Value,
    readonly nitems: number,
  ) {
    super(itemgetterType);
  }
}

/** PyArg_UnpackTuple(args, name, 1, 1) after _PyArg_NoKeywords. */
function exactlyOne(name: string, args: Value[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${name} expected 1 argument, got ${args.length}`);
}

newMethod(itemgetterType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length) typeError('itemgetter() takes no keyword arguments');
  if (args.length <= 1) {
    exactlyOne('itemgetter', args, null);
    return new PyItemGetter(args[0], 1);
  }
  return new PyItemGetter(tuple(args.slice()), args.length);
});
method(itemgetterType, '__call__', (args, kwnames) => {
  const self = args[0] as PyItemGetter;
  exactlyOne('itemgetter', args.slice(1), kwnames);
  const obj = args[1];
  if (self.nitems === 1) return A.getItem(obj, self.item);
  const items = (self.item as PyTuple).items;
  const out: Value[] = [];
  for (const k of items) out.push(A.getItem(obj, k));
  return tuple(out);
});
method(itemgetterType, '__repr__', (args) => {
  const self = args[0] as PyItemGetter;
  const name = typeOf(self).name;
  if (!A.reprEnter(self)) return `${name}(...)`;
  try {
    return A.mkStr(self.nitems === 1 ? `${name}(${A.repr(self.item)})` : `${name}${A.repr(self.item)}`);
  } finally {
    A.reprLeave(self);
  }
});
method(itemgetterType, '__reduce__', (args) => {
  const self = args[0] as PyItemGetter;
  return tuple([typeOf(self), self.nitems === 1 ? tuple([self.item]) : self.item]);
});

// ---------------------------------------------------------------- attrgetter

const attrgetterType = new PyType(typeType, 'operator.attrgetter', [objectType], 0);
attrgetterType.dict.set('__doc__', "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).");

class PyAttrGetter extends PyObject {
  constructor(
    /** Per attribute: the name as given when it has no dot, else its dot-separated parts. */
    readonly attrs: (Value | string[])[],
  ) {
    super(attrgetterType);
  }
}

newMethod(attrgetterType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length) typeError('attrgetter() takes no keyword arguments');
  if (args.length === 0) typeError('attrgetter expected 1 argument, got 0');
  const attrs: (Value | string[])[] = [];
  for (const item of args) {
    if (!A.isStr(item)) typeError('attribute name must be a string');
    const s = A.strValue(item);
    attrs.push(s.includes('.') ? s.split('.') : item);
  }
  return new PyAttrGetter(attrs);
});

function attrName(a: Value | string[]): Value {
  return Array.isArray(a) ? A.mkStr(a.join('.')) : a;
}

function dottedGetattr(obj: Value, attr: Value | string[]): Value {
  if (!Array.isArray(attr)) return A.getAttr(obj, A.strValue(attr));
  for (const part of attr) obj = A.getAttr(obj, part);
  return obj;
}

method(attrgetterType, '__call__', (args, kwnames) => {
  const self = args[0] as PyAttrGetter;
  exactlyOne('attrgetter', args.slice(1), kwnames);
  const obj = args[1];
  if (self.attrs.length === 1) return dottedGetattr(obj, self.attrs[0]);
  return tuple(self.attrs.map((a) => dottedGetattr(obj, a)));
});
method(attrgetterType, '__repr__', (args) => {
  const self = args[0] as PyAttrGetter;
  const name = typeOf(self).name;
  if (!A.reprEnter(self)) return `${name}(...)`;
  try {
    if (self.attrs.length === 1) return A.mkStr(`${name}(${A.repr(attrName(self.attrs[0]))})`);
    return A.mkStr(`${name}${A.repr(tuple(self.attrs.map(attrName)))}`);
  } finally {
    A.reprLeave(self);
  }
});
method(attrgetterType, '__reduce__', (args) => {
  const self = args[0] as PyAttrGetter;
  return tuple([typeOf(self), tuple(self.attrs.map(attrName))]);
});

// ---------------------------------------------------------------- methodcaller

const methodcallerType = new PyType(typeType, 'operator.methodcaller', [objectType], 0);
methodcallerType.dict.set('__doc__', "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).");

class PyMethodCaller extends PyObject {
  constructor(
    readonly name: Value,
    readonly args: PyTuple,
    readonly kwnames: string[],
    readonly kwvalues: Value[],
  ) {
    super(methodcallerType);
  }
}

newMethod(methodcallerType, (_cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - nkw;
  if (n < 1) typeError('methodcaller needs at least one argument, the method name');
  const name = args[0];
  if (!A.isStr(name)) typeError('method name must be a string');
  return new PyMethodCaller(name, tuple(args.slice(1, n)), kwnames === null ? [] : kwnames.slice(), args.slice(n));
});
method(methodcallerType, '__call__', (args, kwnames) => {
  const self = args[0] as PyMethodCaller;
  exactlyOne('methodcaller', args.slice(1), kwnames);
  const m = A.getAttr(args[1], A.strValue(self.name));
  return A.call(m, self.args.items.concat(self.kwvalues), self.kwnames.length ? self.kwnames : null);
});
method(methodcallerType, '__repr__', (args) => {
  const self = args[0] as PyMethodCaller;
  const tname = typeOf(self).name;
  if (!A.reprEnter(self)) return `${tname}(...)`;
  try {
    const parts: string[] = [];
    for (const a of self.args.items) parts.push(A.repr(a));
    for (let i = 0; i < self.kwnames.length; i++) parts.push(`${self.kwnames[i]}=${A.repr(self.kwvalues[i])}`);
    const head = `${tname}(${A.repr(self.name)}`;
    return A.mkStr(parts.length ? `${head}, ${parts.join(', ')})` : `${head})`);
  } finally {
    A.reprLeave(self);
  }
});
method(methodcallerType, '__reduce__', (args) => {
  const self = args[0] as PyMethodCaller;
  const t = typeOf(self);
  if (self.kwnames.length === 0) return tuple([t, tuple([self.name, ...self.args.items])]);
  // Keywords need functools.partial(type, name, **kwargs) as the constructor.
  const functools = lazy_imports().importAbsolute('functools');
  const partial = A.getAttr(functools, 'partial');
  const ctor = A.call(partial, [t, self.name, ...self.kwvalues], self.kwnames);
  return tuple([ctor, self.args]);
});

// ---------------------------------------------------------------- the module

const DOC = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

const BINOPS: [string, number, string][] = [
  ['add', A.NB_ADD, '+'], ['sub', A.NB_SUBTRACT, '-'], ['mul', A.NB_MULTIPLY, '*'], ['matmul', A.NB_MATMUL, '@'],
  ['floordiv', A.NB_FLOOR_DIVIDE, '//'], ['truediv', A.NB_TRUE_DIVIDE, '/'], ['mod', A.NB_REMAINDER, '%'],
  ['lshift', A.NB_LSHIFT, '<<'], ['rshift', A.NB_RSHIFT, '>>'], ['and_', A.NB_AND, '&'], ['xor', A.NB_XOR, '^'],
  ['or_', A.NB_OR, '|'], ['pow', A.NB_POWER, '**'],
];
const CMPS: [string, number, string][] = [
  ['lt', A.CMP_LT, '<'], ['le', A.CMP_LE, '<='], ['eq', A.CMP_EQ, '=='], ['ne', A.CMP_NE, '!='], ['gt', A.CMP_GT, '>'], ['ge', A.CMP_GE, '>='],
];

function create(): ReturnType<typeof newModule> {
  const m = newModule('_operator', DOC);
  const d = m.dict;
  const fn = (name: string, f: NativeFn, doc: string): void => {
    moduleFunction(d, '_operator', name, f, doc);
  };
  fn('truth', unary('truth', (a) => A.isTrue(a)), 'Return True if a is true, False otherwise.');
  fn('contains', binary('contains', (a, b) => A.contains(a, b)), 'Same as b in a (note reversed operands).');
  fn('indexOf', binary('indexOf', (a, b) => {
    const i = iterSearch(a, b, () => true);
    if (i < 0) throw newException(ValueError, 'sequence.index(x): x not in sequence');
    return i;
  }), 'Return the first index of b in a.');
  fn('countOf', binary('countOf', (a, b) => {
    let n = 0;
    iterSearch(a, b, () => {
      n++;
      return false;
    });
    return n;
  }), 'Return the number of items in a which are, or which equal, b.');
  fn('is_', binary('is_', (a, b) => a === b), 'Same as a is b.');
  fn('is_not', binary('is_not', (a, b) => a !== b), 'Same as a is not b.');
  for (const [name, op, sym] of CMPS) fn(name, binary(name, (a, b) => A.richCompare(a, b, op)), `Same as a ${sym} b.`);
  fn('not_', unary('not_', (a) => !A.isTrue(a)), 'Same as not a.');
  fn('index', unary('index', (a) => A.asIndex(a)), 'Same as a.__index__()');
  fn('abs', unary('abs', absolute), 'Same as abs(a).');
  fn('neg', unary('neg', (a) => A.unaryOp(a, '__neg__', '-')), 'Same as -a.');
  fn('pos', unary('pos', (a) => A.unaryOp(a, '__pos__', '+')), 'Same as +a.');
  fn('inv', unary('inv', (a) => A.unaryOp(a, '__invert__', '~')), 'Same as ~a.');
  fn('invert', unary('invert', (a) => A.unaryOp(a, '__invert__', '~')), 'Same as ~a.');
  for (const [name, op, sym] of BINOPS) {
    fn(name, binary(name, (a, b) => A.binaryOp(a, b, op)), `Same as a ${sym} b.`);
    fn(`i${name.replace(/_$/, '')}`, binary(`i${name.replace(/_$/, '')}`, (a, b) => A.binaryOp(a, b, op + 13)), `Same as a ${sym}= b.`);
  }
  fn('concat', binary('concat', concat), 'Same as a + b, for a and b sequences.');
  fn('iconcat', binary('iconcat', iconcat), 'Same as a += b, for a and b sequences.');
  fn('getitem', binary('getitem', (a, b) => A.getItem(a, b)), 'Same as a[b].');
  fn('delitem', binary('delitem', (a, b) => {
    A.delItem(a, b);
    return None;
  }), 'Same as del a[b].');
  fn('setitem', (args, kwnames) => {
    noKw('setitem', kwnames);
    if (args.length !== 3) positional('setitem', args.length, 3, 3);
    A.setItem(args[0], args[1], args[2]);
    return None;
  }, 'Same as a[b] = c.');
  fn('length_hint', (args, kwnames) => {
    noKw('length_hint', kwnames);
    positional('length_hint', args.length, 1, 2);
    let dflt = 0;
    if (args.length > 1) {
      const i = A.asIndex(args[1]);
      if (typeof i === 'bigint') throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
      dflt = i;
    }
    return lengthHint(args[0], dflt);
  }, 'Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.');
  fn('call', (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    positional('call', args.length - nkw, 1, Infinity);
    return A.call(args[0], args.slice(1), nkw ? kwnames : null);
  }, 'Same as obj(*args, **kwargs).');
  fn('_compare_digest', binary('_compare_digest', compareDigest), "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.");
  d.set('itemgetter', itemgetterType);
  d.set('attrgetter', attrgetterType);
  d.set('methodcaller', methodcallerType);
  return m;
}

registerNative('_operator', create);
