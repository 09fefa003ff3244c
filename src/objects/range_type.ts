/**
 * range objects (Objects/rangeobject.c): arbitrary-precision bounds, O(1)
 * len/contains/index/count for ints, slicing to ranges, equality and hash by
 * the sequence they produce, and the range iterators (number-only when every
 * value is a safe integer, the common case FOR_ITER runs).
 */
import type { Value } from './base';
import { PyRange, PySlice, tuple } from './containers';
import { rangeType, rangeIteratorType, longRangeIteratorType, None, NotImplemented, intType, boolType, typeOf } from './types';
import { typeError, valueError, indexError, newException, OverflowError } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { method, newMethod, getset, noKw, npos } from './define';

function R(v: Value): PyRange {
  return v as PyRange;
}

/** compute_range_length. */
export function rangeLength(r: PyRange): I.Int {
  const { start, stop, step } = r;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const s = BigInt(start);
  const e = BigInt(stop);
  const st = BigInt(step);
  if (st > 0n) return I.norm(s < e ? (e - s - 1n) / st + 1n : 0n);
  return I.norm(s > e ? (s - e - 1n) / -st + 1n : 0n);
}

/** len(): Py_ssize_t-sized (lengths past 2**53 stay bigints; abstract.ts len() cannot carry them yet). */
function lenSsize(r: PyRange): I.Int {
  const n = rangeLength(r);
  if (typeof n === 'bigint' && n >= 1n << 63n) throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

function itemAt(r: PyRange, i: I.Int): I.Int {
  return I.intAdd(r.start, I.intMul(i, r.step));
}

newMethod(rangeType, (_cls, args, kwnames) => {
  noKw('range', kwnames);
  const n = npos(args, kwnames);
  if (n === 0) typeError('range expected at least 1 argument, got 0');
  if (n > 3) typeError(`range expected at most 3 arguments, got ${n}`);
  if (n === 1) return new PyRange(0, A.asIndex(args[0]), 1);
  const start = A.asIndex(args[0]);
  const stop = A.asIndex(args[1]);
  const step = n === 3 ? A.asIndex(args[2]) : 1;
  if (step == 0) valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
});

getset(rangeType, 'start', (r) => R(r).start);
getset(rangeType, 'stop', (r) => R(r).stop);
getset(rangeType, 'step', (r) => R(r).step);

method(rangeType, '__len__', (args) => lenSsize(R(args[0])));
method(rangeType, '__bool__', (args) => rangeLength(R(args[0])) != 0);

method(rangeType, '__repr__', (args) => {
  const r = R(args[0]);
  return r.step == 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
});

method(rangeType, '__getitem__', (args) => {
  const r = R(args[0]);
  const k = args[1];
  if (k instanceof PySlice) {
    const len = rangeLength(r);
    const ind = A.callMethod(k, 'indices', [len]) as import('./containers').PyTuple;
    const [s0, s1, st] = ind.items as I.Int[];
    return new PyRange(itemAt(r, s0), itemAt(r, s1), I.intMul(r.step, st));
  }
  if (A.intValue(k) === null && typeOf(k).lookup('__index__') === null) {
    typeError(`range indices must be integers or slices, not ${A.typeName(k)}`);
  }
  let i = A.asIndex(k);
  const len = rangeLength(r);
  if (i < 0) i = I.intAdd(i, len);
  if (i < 0 || i >= len) indexError('range object index out of range');
  return itemAt(r, i);
});

/** The index of int value v in r, or -1. */
function intIndex(r: PyRange, v: I.Int): I.Int {
  const { start, stop, step } = r;
  if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return -1;
  const d = I.intSub(v, start);
  if (I.intMod(d, step) != 0) return -1;
  return I.intFloorDiv(d, step);
}

function isExactInt(v: Value): boolean {
  const t = typeOf(v);
  return t === intType || t === boolType;
}

method(rangeType, '__contains__', (args) => {
  const r = R(args[0]);
  const v = args[1];
  if (isExactInt(v)) return intIndex(r, A.intValue(v)!) != -1;
  const it = rangeIter(r, false);
  for (;;) {
    const x = it.next();
    if (x === null) return false;
    if (A.eqBool(x, v)) return true;
  }
});

method(rangeType, 'index', (args, kwnames) => {
  noKw('index', kwnames);
  if (args.length !== 2) typeError(`range.index() takes exactly one argument (${args.length - 1} given)`);
  const r = R(args[0]);
  const v = args[1];
  if (isExactInt(v)) {
    const i = intIndex(r, A.intValue(v)!);
    if (i == -1) valueError(`${A.repr(v)} is not in range`);
    return i;
  }
  const it = rangeIter(r, false);
  for (let i = 0; ; i++) {
    const x = it.next();
    if (x === null) return valueError(`${A.repr(v)} is not in range`);
    if (A.eqBool(x, v)) return i;
  }
});

method(rangeType, 'count', (args, kwnames) => {
  noKw('count', kwnames);
  if (args.length !== 2) typeError(`range.count() takes exactly one argument (${args.length - 1} given)`);
  const r = R(args[0]);
  const v = args[1];
  if (isExactInt(v)) return intIndex(r, A.intValue(v)!) != -1 ? 1 : 0;
  const it = rangeIter(r, false);
  let c = 0;
  for (;;) {
    const x = it.next();
    if (x === null) return c;
    if (A.eqBool(x, v)) c++;
  }
});

/** range_equals. */
function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const la = rangeLength(a);
  if (la != rangeLength(b)) return false;
  if (la == 0) return true;
  if (a.start != b.start) return false;
  if (la == 1) return true;
  return a.step == b.step;
}

method(rangeType, '__eq__', (args) => (args[1] instanceof PyRange ? rangeEquals(R(args[0]), args[1]) : NotImplemented));
method(rangeType, '__ne__', (args) => (args[1] instanceof PyRange ? !rangeEquals(R(args[0]), args[1]) : NotImplemented));
for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) method(rangeType, n, () => NotImplemented);

method(rangeType, '__hash__', (args) => {
  const r = R(args[0]);
  const len = rangeLength(r);
  if (len == 0) return A.pyHash(tuple([len, None, None]));
  if (len == 1) return A.pyHash(tuple([len, r.start, None]));
  return A.pyHash(tuple([len, r.start, r.step]));
});

method(rangeType, '__reduce__', (args) => {
  const r = R(args[0]);
  return tuple([rangeType, tuple([r.start, r.stop, r.step])]);
});

/** iter(range) / reversed(range). */
export function rangeIter(r: PyRange, reverse: boolean): InstanceType<typeof A.PyNativeIter> {
  const len = rangeLength(r);
  let start: I.Int = r.start;
  let step: I.Int = r.step;
  if (reverse) {
    start = I.intAdd(r.start, I.intMul(I.intSub(len, 1), r.step));
    step = I.intNeg(r.step);
  }
  const last = len == 0 ? start : I.intAdd(start, I.intMul(I.intSub(len, 1), step));
  if (typeof len === 'number' && typeof start === 'number' && typeof step === 'number' && typeof last === 'number') {
    let i = 0;
    let cur = start;
    const n = len;
    const st = step;
    return new A.PyNativeIter(
      rangeIteratorType,
      () => {
        if (i >= n) return null;
        i++;
        const v = cur;
        cur += st;
        return v;
      },
      () => n - i,
    );
  }
  let i: I.Int = 0;
  return new A.PyNativeIter(
    longRangeIteratorType,
    () => {
      if (i >= len) return null;
      const v = I.intAdd(start, I.intMul(i, step));
      i = I.intAdd(i, 1);
      return v;
    },
    () => {
      const rem = I.intSub(len, i);
      if (typeof rem === 'bigint') throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
      return rem;
    },
  );
}

method(rangeType, '__iter__', (args) => rangeIter(R(args[0]), false));
method(rangeType, '__reversed__', (args) => rangeIter(R(args[0]), true));
