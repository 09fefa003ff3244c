/**
 * The methods of tuple (Objects/tupleobject.c): construction (subclasses
 * included: tuple.__new__(cls, iterable), as namedtuple uses it), the
 * immutable sequence protocol, hashing (abstract.ts tupleHash), comparison
 * and repr.
 */
import type { Value } from './base';
import { PyTuple, PySlice, EMPTY_TUPLE, tuple } from './containers';
import { tupleType, None, NotImplemented, typeOf } from './types';
import { typeError, valueError, indexError } from './exceptions';
import * as A from './abstract';
import { method, newMethod, noKw, checkPositional, npos, keywordsRefused } from './define';
import { seqIndex, sliceItems, seqRichCompare, repeatItems, reprItems, searchBound } from './list_type';
import { tupleIterator } from './iter_types';

function items(v: Value): readonly Value[] {
  return (v as PyTuple).items;
}

newMethod(tupleType, (cls, args, kwnames) => {
  // tuple_new: keywords are refused unless a subclass's own __init__ takes them.
  if (kwnames !== null && kwnames.length && keywordsRefused(cls, tupleType)) {
    typeError('tuple() takes no keyword arguments');
  }
  const n = npos(args, kwnames);
  if (n > 1) typeError(`tuple expected at most 1 argument, got ${n}`);
  if (cls === tupleType) {
    if (n === 0) return EMPTY_TUPLE;
    const v = args[0];
    if (v instanceof PyTuple && v.ob_type === tupleType) return v;
    return tuple(A.toArray(v));
  }
  return new PyTuple(n === 0 ? [] : A.toArray(args[0]), cls);
});

method(tupleType, '__len__', (args) => items(args[0]).length);
method(tupleType, '__iter__', (args) => tupleIterator(items(args[0])));

method(tupleType, '__getitem__', (args) => {
  const it = items(args[0]);
  const k = args[1];
  if (k instanceof PySlice) {
    const self = args[0] as PyTuple;
    if (self.ob_type === tupleType && k.start === None && k.stop === None && k.step === None) return self;
    return tuple(sliceItems(it, k));
  }
  let i = seqIndex(k, 'tuple');
  if (i < 0) i += it.length;
  if (i < 0 || i >= it.length) indexError('tuple index out of range');
  return it[i];
});

method(tupleType, '__contains__', (args) => {
  const x = args[1];
  for (const y of items(args[0])) if (y === x || A.eqBool(y, x)) return true;
  return false;
});

method(tupleType, '__hash__', (args) => A.tupleHash(items(args[0]) as Value[]));

function concat(a: Value, b: Value): Value {
  if (!(b instanceof PyTuple)) return NotImplemented;
  const x = items(a);
  if (b.items.length === 0 && (a as PyTuple).ob_type === tupleType) return a;
  if (x.length === 0 && b.ob_type === tupleType) return b;
  return tuple(x.concat(b.items));
}
method(tupleType, '__add__', (args) => concat(args[0], args[1]));
A.sqConcat.set(tupleType, (a, b) => {
  const r = concat(a, b);
  if (r === NotImplemented) typeError(`can only concatenate tuple (not "${A.typeName(b)}") to tuple`);
  return r;
});

function repeat(seq: Value, n: import('./int').Int): Value {
  if (n === 1 && (seq as PyTuple).ob_type === tupleType) return seq;
  return tuple(repeatItems(items(seq), n));
}
function mulSlot(args: Value[]): Value {
  const n = args[1];
  if (A.intValue(n) === null && typeOf(n).lookup('__index__') === null) return NotImplemented;
  return repeat(args[0], A.asIndex(n));
}
method(tupleType, '__mul__', mulSlot);
method(tupleType, '__rmul__', mulSlot);
A.sqRepeat.set(tupleType, repeat);

function cmp(name: string, op: number): void {
  method(tupleType, name, (args) => {
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return seqRichCompare(items(args[0]), b.items, op);
  });
}
cmp('__lt__', A.CMP_LT);
cmp('__le__', A.CMP_LE);
cmp('__eq__', A.CMP_EQ);
cmp('__ne__', A.CMP_NE);
cmp('__gt__', A.CMP_GT);
cmp('__ge__', A.CMP_GE);

method(tupleType, '__repr__', (args) => {
  const it = items(args[0]);
  if (it.length === 1) {
    if (!A.reprEnter(args[0])) return '(...)';
    try {
      return A.mkStr(`(${A.repr(it[0])},)`);
    } finally {
      A.reprLeave(args[0]);
    }
  }
  return A.mkStr(reprItems(args[0], it, '(', ')', '(...)'));
});

method(tupleType, 'index', (args, kwnames) => {
  noKw('index', kwnames);
  checkPositional('index', args.length - 1, 1, 3);
  const it = items(args[0]);
  const x = args[1];
  let start = args.length > 2 ? searchBound(args[2], it.length) : 0;
  const stop = args.length > 3 ? searchBound(args[3], it.length) : Number.MAX_SAFE_INTEGER;
  for (; start < stop && start < it.length; start++) {
    const y = it[start];
    if (y === x || A.eqBool(y, x)) return start;
  }
  return valueError('tuple.index(x): x not in tuple');
});

method(tupleType, 'count', (args, kwnames) => {
  if (kwnames !== null && kwnames.length) typeError('tuple.count() takes no keyword arguments');
  if (args.length !== 2) typeError(`tuple.count() takes exactly one argument (${args.length - 1} given)`);
  const x = args[1];
  let c = 0;
  for (const y of items(args[0])) if (y === x || A.eqBool(y, x)) c++;
  return c;
});

method(tupleType, '__getnewargs__', (args) => tuple([tuple(items(args[0]).slice())]));

export { None };
