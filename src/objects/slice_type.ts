/**
 * slice objects (Objects/sliceobject.c): construction, indices(), repr,
 * comparison as (start, stop, step) tuples, and the shared sliceIndices()
 * (PySlice_Unpack + PySlice_AdjustIndices) the sequences use.
 */
import type { Value } from './base';
import { PySlice, tuple } from './containers';
import { sliceType, None, NotImplemented } from './types';
import { typeError, valueError } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { method, newMethod, getset, noKw, checkPositional } from './define';
import { sliceIndices as unpackAdjust } from './wstr';

/** [start, stop, step, slicelength] of `sl` over a sequence of `length` items. */
export function sliceIndices(sl: PySlice, length: number): [number, number, number, number] {
  return unpackAdjust(sl, length);
}

newMethod(sliceType, (_cls, args, kwnames) => {
  noKw('slice', kwnames);
  checkPositional('slice', args.length, 1, 3);
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args.length > 2 ? args[2] : None);
});

getset(sliceType, 'start', (s) => (s as PySlice).start);
getset(sliceType, 'stop', (s) => (s as PySlice).stop);
getset(sliceType, 'step', (s) => (s as PySlice).step);

method(sliceType, '__repr__', (args) => {
  const s = args[0] as PySlice;
  return A.mkStr(`slice(${A.repr(s.start)}, ${A.repr(s.stop)}, ${A.repr(s.step)})`);
});

method(sliceType, '__hash__', () => typeError("unhashable type: 'slice'"));
sliceType.dict.set('__hash__', None);

/** _PySlice_GetLongIndices: exact arithmetic for any length (bigints allowed). */
function evalIndex(v: Value): I.Int {
  if (A.intValue(v) === null && (typeof v !== 'object' || v.ob_type.lookup('__index__') === null)) {
    typeError('slice indices must be integers or None or have an __index__ method');
  }
  return A.asIndex(v);
}

function sliceIndicesBig(s: PySlice, lengthV: Value): [I.Int, I.Int, I.Int] {
  const length = A.asIndex(lengthV);
  if (length < 0) valueError('length should not be negative');
  let step: I.Int = 1;
  if (s.step !== None) {
    step = evalIndex(s.step);
    if (step == 0) valueError('slice step cannot be zero');
  }
  const neg = step < 0;
  const lower: I.Int = neg ? -1 : 0;
  const upper: I.Int = neg ? I.intSub(length, 1) : length;
  const clamp = (v: Value, dflt: I.Int): I.Int => {
    if (v === None) return dflt;
    let x = evalIndex(v);
    if (x < 0) {
      x = I.intAdd(x, length);
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  return [start, stop, step];
}

method(sliceType, 'indices', (args, kwnames) => {
  noKw('indices', kwnames);
  if (args.length !== 2) typeError(`slice.indices() takes exactly one argument (${args.length - 1} given)`);
  return tuple(sliceIndicesBig(args[0] as PySlice, args[1]));
});

function cmp(name: string, op: number): void {
  method(sliceType, name, (args) => {
    const a = args[0];
    const b = args[1];
    if (!(b instanceof PySlice)) return NotImplemented;
    const x = a as PySlice;
    return A.richCompare(tuple([x.start, x.stop, x.step]), tuple([b.start, b.stop, b.step]), op);
  });
}
cmp('__lt__', A.CMP_LT);
cmp('__le__', A.CMP_LE);
cmp('__eq__', A.CMP_EQ);
cmp('__ne__', A.CMP_NE);
cmp('__gt__', A.CMP_GT);
cmp('__ge__', A.CMP_GE);

method(sliceType, '__reduce__', (args) => {
  const s = args[0] as PySlice;
  return tuple([sliceType, tuple([s.start, s.stop, s.step])]);
});
