/**
 * The methods of list (Objects/listobject.c): construction, the sequence
 * protocol with slices (extended slices and their errors), the mutating
 * methods, lexicographic comparison, repr with recursion, and sort (timsort.ts).
 * Also the helpers tuple_type.ts shares: index normalisation, slice reads,
 * rich comparison of item arrays, repeat.
 */
import type { Value } from './base';
import { PyList, PySlice } from './containers';
import { listType, None, NotImplemented, typeOf } from './types';
import { typeError, valueError, indexError, notImplementedError, newException, IndexError, MemoryError, OverflowError } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { method, newMethod, classMethod, noKw, checkPositional, npos } from './define';
import * as T from './types';
import { sliceIndices } from './slice_type';
import { listIterator, listReverseIterator } from './iter_types';
import { timsort } from './timsort';
import { lazy } from '../util/lazy';
const lazy_generic_alias = lazy(() => require('./generic_alias') as typeof import('./generic_alias'));

// ---------------------------------------------------------------- shared sequence helpers

/**
 * An item index from a subscript that is not a slice: a JS number, or null
 * when `k` is no integer ("X indices must be integers or slices, not Y").
 */
export function seqIndex(k: Value, what: string): number {
  if (typeof k === 'number') return k;
  if (typeof k === 'boolean') return k ? 1 : 0;
  if (A.intValue(k) === null && typeOf(k).lookup('__index__') === null) {
    typeError(`${what} indices must be integers or slices, not ${A.typeName(k)}`);
  }
  const i = A.asIndex(k);
  if (typeof i === 'bigint') throw newException(IndexError, "cannot fit 'int' into an index-sized integer");
  return i;
}

/** The items a slice selects. */
export function sliceItems(items: readonly Value[], sl: PySlice): Value[] {
  const [start, , step, n] = sliceIndices(sl, items.length);
  if (step === 1) return items.slice(start, start + n);
  const out: Value[] = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

/** list_richcompare / tuplerichcompare over two item arrays (re-read each step: the lists may change). */
export function seqRichCompare(a: { readonly length: number; readonly [i: number]: Value }, b: { readonly length: number; readonly [i: number]: Value }, op: number, getA: () => readonly Value[] = () => a as readonly Value[], getB: () => readonly Value[] = () => b as readonly Value[]): Value {
  if (a.length !== b.length && (op === A.CMP_EQ || op === A.CMP_NE)) return op === A.CMP_NE;
  let i = 0;
  for (;;) {
    const x = getA();
    const y = getB();
    if (i >= x.length || i >= y.length) break;
    const p = x[i];
    const q = y[i];
    if (p !== q && !A.eqBool(p, q)) break;
    i++;
  }
  const x = getA();
  const y = getB();
  if (i >= x.length || i >= y.length) {
    const c = x.length - y.length;
    switch (op) {
      case A.CMP_LT:
        return c < 0;
      case A.CMP_LE:
        return c <= 0;
      case A.CMP_EQ:
        return c === 0;
      case A.CMP_NE:
        return c !== 0;
      case A.CMP_GT:
        return c > 0;
      default:
        return c >= 0;
    }
  }
  if (op === A.CMP_EQ) return false;
  if (op === A.CMP_NE) return true;
  return A.richCompare(x[i], y[i], op);
}

/** items * n, with CPython's MemoryError for absurd sizes. */
export function repeatItems(items: readonly Value[], n: I.Int): Value[] {
  if (items.length === 0 || n <= 0) return [];
  if (typeof n === 'bigint' || items.length * n > 0x7fffffff) {
    if (typeof n === 'bigint' && n > BigInt(Number.MAX_SAFE_INTEGER)) throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
    throw newException(MemoryError);
  }
  if (items.length === 1) return new Array(n).fill(items[0]);
  const out: Value[] = new Array(items.length * n);
  for (let r = 0, o = 0; r < n; r++) for (let j = 0; j < items.length; j++) out[o++] = items[j];
  return out;
}

/** repr of an item sequence between brackets, with the recursion guard. */
export function reprItems(self: Value, items: readonly Value[], open: string, close: string, recursive: string): string {
  if (items.length === 0) return open + close;
  if (!A.reprEnter(self)) return recursive;
  try {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i) s += ', ';
      s += A.repr(items[i]);
    }
    return s + close;
  } finally {
    A.reprLeave(self);
  }
}

/** A start/stop argument of index(): _PyEval_SliceIndexNotNone, clamped to the sequence. */
export function searchBound(v: Value, n: number): number {
  if (A.intValue(v) === null && typeOf(v).lookup('__index__') === null) {
    typeError('slice indices must be integers or have an __index__ method');
  }
  const i = A.asIndex(v);
  let x = typeof i === 'bigint' ? (i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : i;
  if (x < 0) {
    x += n;
    if (x < 0) x = 0;
  }
  return x;
}

// ---------------------------------------------------------------- construction

function L(v: Value): PyList {
  return v as PyList;
}

/** The items of any iterable, without copying lists/tuples the caller will copy anyway. */
function iterableItems(v: Value): Value[] {
  return A.toArray(v);
}

newMethod(listType, (cls) => new PyList([], cls));

method(listType, '__init__', (args, kwnames) => {
  const self = L(args[0]);
  // list___init__: keywords are refused unless a subclass's own __new__ took them.
  if (kwnames !== null && kwnames.length && (self.ob_type === listType || self.ob_type.lookup('__new__') === listType.dict.getStr('__new__'))) {
    typeError('list() takes no keyword arguments');
  }
  const n = npos(args, kwnames) - 1;
  if (n > 1) typeError(`list expected at most 1 argument, got ${n}`);
  if (self.items.length) self.items = [];
  if (n === 1) self.items = iterableItems(args[1]);
  return None;
});

// ---------------------------------------------------------------- sequence protocol

const lenDescr = method(listType, '__len__', (args) => L(args[0]).items.length);
A.setListLenDescr(lenDescr);
const iterDescr = method(listType, '__iter__', (args) => listIterator(L(args[0])));
A.setListIterDescr(iterDescr);
method(listType, '__reversed__', (args) => listReverseIterator(L(args[0])));

method(listType, '__getitem__', (args) => {
  const items = L(args[0]).items;
  const k = args[1];
  if (k instanceof PySlice) return new PyList(sliceItems(items, k));
  let i = seqIndex(k, 'list');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) indexError('list index out of range');
  return items[i];
});

/** list_ass_slice for step 1: replace items[lo:hi] with `v` (an iterable), or delete when v is null. */
function assignSimpleSlice(self: PyList, lo: number, hi: number, v: Value | null): void {
  let repl: readonly Value[];
  if (v === null) repl = [];
  else if (v === self) repl = self.items.slice();
  // Another list or a tuple is only read here, before anything else runs: no copy needed.
  else if (v instanceof PyList || (v instanceof (A.PyTuple as typeof import('./containers').PyTuple))) repl = (v as PyList).items;
  else {
    const it = A.getIterOrNull(v);
    if (it === null) typeError('can only assign an iterable');
    const got: Value[] = [];
    for (;;) {
      const x = A.iterNext(it!);
      if (x === null) break;
      got.push(x);
    }
    repl = got;
  }
  const items = self.items;
  if (hi < lo) hi = lo;
  if (repl.length === hi - lo) {
    // Same length (a reversal, a copy over a window): in place, no splice.
    for (let i = 0; i < repl.length; i++) items[lo + i] = repl[i];
  } else items.splice(lo, hi - lo, ...repl);
}

function assignSubscript(self: PyList, k: Value, v: Value | null): void {
  if (k instanceof PySlice) {
    const items = self.items;
    const [start, stop, step, n] = sliceIndices(k, items.length);
    if (step === 1) {
      assignSimpleSlice(self, start, stop, v);
      return;
    }
    if (v === null) {
      if (n <= 0) return;
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      self.items = items.filter((_, j) => !drop.has(j));
      return;
    }
    let seq: Value[];
    if (v === self) seq = items.slice();
    else {
      const it = A.getIterOrNull(v);
      if (it === null) typeError('must assign iterable to extended slice');
      seq = A.toArray(v);
    }
    if (seq.length !== n) valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) items[j] = seq[i];
    return;
  }
  const items = self.items;
  let i = seqIndex(k, 'list');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) indexError('list assignment index out of range');
  if (v === null) items.splice(i, 1);
  else items[i] = v;
}

method(listType, '__setitem__', (args) => {
  const self = L(args[0]);
  const k = args[1];
  if (typeof k === 'number') {
    const items = self.items;
    const i = k < 0 ? k + items.length : k;
    if (i >= 0 && i < items.length) {
      items[i] = args[2];
      return None;
    }
  }
  assignSubscript(self, k, args[2]);
  return None;
});
method(listType, '__delitem__', (args) => {
  assignSubscript(L(args[0]), args[1], null);
  return None;
});

method(listType, '__contains__', (args) => {
  const self = L(args[0]);
  const x = args[1];
  for (let i = 0; i < self.items.length; i++) {
    const y = self.items[i];
    if (y === x || A.eqBool(y, x)) return true;
  }
  return false;
});

// ---------------------------------------------------------------- operators

function concat(a: Value, b: Value): Value {
  if (!(b instanceof PyList)) return NotImplemented;
  return new PyList(L(a).items.concat(b.items));
}
method(listType, '__add__', (args) => concat(args[0], args[1]));
A.sqConcat.set(listType, (a, b) => {
  const r = concat(a, b);
  if (r === NotImplemented) typeError(`can only concatenate list (not "${A.typeName(b)}") to list`);
  return r;
});

method(listType, '__iadd__', (args) => {
  extend(L(args[0]), args[1]);
  return args[0];
});

function mulSlot(args: Value[]): Value {
  const n = args[1];
  if (A.intValue(n) === null && typeOf(n).lookup('__index__') === null) return NotImplemented;
  return new PyList(repeatItems(L(args[0]).items, A.asIndex(n)));
}
method(listType, '__mul__', mulSlot);
method(listType, '__rmul__', mulSlot);
A.sqRepeat.set(listType, (seq, n) => new PyList(repeatItems(L(seq).items, n)));
method(listType, '__imul__', (args) => {
  const n = args[1];
  if (A.intValue(n) === null && typeOf(n).lookup('__index__') === null) return NotImplemented;
  const self = L(args[0]);
  const c = A.asIndex(n);
  if (c <= 0) self.items.length = 0;
  else if (c !== 1) {
    const r = repeatItems(self.items, c);
    self.items.length = 0;
    for (let i = 0; i < r.length; i++) self.items.push(r[i]);
  }
  return self;
});

function cmp(name: string, op: number): void {
  method(listType, name, (args) => {
    const a = L(args[0]);
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return seqRichCompare(a.items, b.items, op, () => a.items, () => b.items);
  });
}
cmp('__lt__', A.CMP_LT);
cmp('__le__', A.CMP_LE);
cmp('__eq__', A.CMP_EQ);
cmp('__ne__', A.CMP_NE);
cmp('__gt__', A.CMP_GT);
cmp('__ge__', A.CMP_GE);

listType.dict.set('__hash__', None);

method(listType, '__repr__', (args) => A.mkStr(reprItems(args[0], L(args[0]).items, '[', ']', '[...]')));

// ---------------------------------------------------------------- methods

function oneArg(name: string, args: Value[], kwnames: string[] | null): Value {
  if (kwnames !== null && kwnames.length) typeError(`list.${name}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`list.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

function noArgs(name: string, args: Value[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) typeError(`list.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`list.${name}() takes no arguments (${args.length - 1} given)`);
}

method(listType, 'append', (args, kwnames) => {
  if (args.length === 2 && kwnames === null) {
    L(args[0]).items.push(args[1]);
    return None;
  }
  L(args[0]).items.push(oneArg('append', args, kwnames));
  return None;
});

function extend(self: PyList, v: Value): void {
  if (v instanceof PyList || v instanceof A.PyTuple) {
    const src = (v as PyList).items;
    const items = self.items;
    const n = src.length;
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  const it = A.getIter(v);
  for (;;) {
    const x = A.iterNext(it);
    if (x === null) return;
    self.items.push(x);
  }
}
method(listType, 'extend', (args, kwnames) => {
  extend(L(args[0]), oneArg('extend', args, kwnames));
  return None;
});

function ssize(v: Value): number {
  const i = A.asIndex(v);
  if (typeof i === 'bigint') throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
  return i;
}

method(listType, 'insert', (args, kwnames) => {
  noKw('insert', kwnames);
  checkPositional('insert', args.length - 1, 2, 2);
  const items = L(args[0]).items;
  let i = ssize(args[1]);
  const n = items.length;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i >= n) items.push(args[2]);
  else items.splice(i, 0, args[2]);
  return None;
});

method(listType, 'pop', (args, kwnames) => {
  noKw('pop', kwnames);
  checkPositional('pop', args.length - 1, 0, 1);
  const items = L(args[0]).items;
  if (args.length === 1) {
    if (items.length === 0) indexError('pop from empty list');
    return items.pop()!;
  }
  let i = ssize(args[1]);
  if (items.length === 0) indexError('pop from empty list');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) indexError('pop index out of range');
  if (i === items.length - 1) return items.pop()!;
  return items.splice(i, 1)[0];
});

method(listType, 'remove', (args, kwnames) => {
  const x = oneArg('remove', args, kwnames);
  const self = L(args[0]);
  for (let i = 0; i < self.items.length; i++) {
    const y = self.items[i];
    if (y === x || A.eqBool(y, x)) {
      if (i < self.items.length) self.items.splice(i, 1);
      return None;
    }
  }
  return valueError('list.remove(x): x not in list');
});

method(listType, 'index', (args, kwnames) => {
  noKw('index', kwnames);
  checkPositional('index', args.length - 1, 1, 3);
  const self = L(args[0]);
  const x = args[1];
  let start = args.length > 2 ? searchBound(args[2], self.items.length) : 0;
  const stop = args.length > 3 ? searchBound(args[3], self.items.length) : Number.MAX_SAFE_INTEGER;
  for (; start < stop && start < self.items.length; start++) {
    const y = self.items[start];
    if (y === x || A.eqBool(y, x)) return start;
  }
  return valueError(`${A.repr(x)} is not in list`);
});

method(listType, 'count', (args, kwnames) => {
  const x = oneArg('count', args, kwnames);
  const self = L(args[0]);
  let c = 0;
  for (let i = 0; i < self.items.length; i++) {
    const y = self.items[i];
    if (y === x || A.eqBool(y, x)) c++;
  }
  return c;
});

method(listType, 'clear', (args, kwnames) => {
  noArgs('clear', args, kwnames);
  L(args[0]).items = [];
  return None;
});

method(listType, 'copy', (args, kwnames) => {
  noArgs('copy', args, kwnames);
  return new PyList(L(args[0]).items.slice());
});

method(listType, 'reverse', (args, kwnames) => {
  noArgs('reverse', args, kwnames);
  L(args[0]).items.reverse();
  return None;
});

method(listType, 'sort', (args, kwnames) => {
  const n = npos(args, kwnames);
  if (n > 1) typeError('sort() takes no positional arguments');
  let key: Value = None;
  let reverse = false;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const v = args[n + k];
      if (kwnames[k] === 'key') key = v;
      else if (kwnames[k] === 'reverse') {
        if (v instanceof A.PyFloat) typeError("'float' object cannot be interpreted as an integer");
        reverse = A.isTrue(A.asIndex(v) as Value);
      } else typeError(`'${kwnames[k]}' is an invalid keyword argument for sort()`);
    }
  }
  listSort(L(args[0]), key, reverse);
  return None;
});

/** list.sort: the list reads as empty while sorting; changes made meanwhile are an error and discarded. */
export function listSort(self: PyList, key: Value, reverse: boolean): void {
  const saved = self.items;
  // Any write to the stand-in counts, even one undone before the end (append then pop), as
  // CPython sees its item array allocated.
  let written = false;
  const sentinel: Value[] = new Proxy([] as Value[], {
    set(target, prop, value) {
      written = true;
      return Reflect.set(target, prop, value);
    },
    deleteProperty(target, prop) {
      written = true;
      return Reflect.deleteProperty(target, prop);
    },
  });
  self.items = sentinel;
  let result: Value[] = saved;
  let failed = true;
  try {
    if (saved.length > 1) {
      let keys = saved;
      let vals: Value[] | null = null;
      if (key !== None) {
        keys = new Array(saved.length);
        for (let i = 0; i < saved.length; i++) keys[i] = A.call(key, [saved[i]]);
        vals = saved;
      }
      if (reverse) {
        keys.reverse();
        if (vals !== null) vals.reverse();
      }
      try {
        timsort(keys, vals);
      } finally {
        if (reverse) {
          keys.reverse();
          if (vals !== null) vals.reverse();
        }
        result = vals ?? keys;
      }
    }
    failed = false;
  } finally {
    const modified = self.items !== sentinel || written;
    self.items = result;
    if (modified && !failed) valueError('list modified during sort');
  }
}

/** __class_getitem__ of the builtin containers: types.GenericAlias (generic_alias.ts, when present). */
export function genericAliasOf(cls: Value, k: Value): Value {
  let m: { makeGenericAlias(o: Value, k: Value): Value };
  try {
    m = lazy_generic_alias() as typeof m;
  } catch {
    return notImplementedError(`${A.repr(cls)}[...]: types.GenericAlias is not supported yet`);
  }
  return m.makeGenericAlias(cls, k);
}

for (const t of [listType, T.tupleType, T.dictType, T.setType, T.frozensetType, T.enumerateType]) {
  classMethod(t, '__class_getitem__', (args, kwnames) => {
    noKw('__class_getitem__', kwnames);
    if (args.length !== 2) typeError(`${t.name}.__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
    return genericAliasOf(args[0], args[1]);
  });
}

export { PyList };
