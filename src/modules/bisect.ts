/**
 * _bisect (Modules/_bisectmodule.c, 3.11): bisect_left/right and
 * insort_left/right with lo, hi and key, over any sequence (PySequence_Size
 * and PySequence_GetItem, with their errors), comparing with < only.
 */
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/containers';
import { listType, None, typeOf } from '../objects/types';
import { newException, typeError, ValueError, IndexError, OverflowError } from '../objects/exceptions';
import { moduleFunction } from '../objects/define';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { registerNative, newModule } from './registry';
import { unpackKeywords } from './functools';

type Int = I.Int;
const SSIZE_MAX = (1n << 63n) - 1n;

function fitsSsize(i: Int): boolean {
  return typeof i === 'number' || (i <= SSIZE_MAX && i >= -SSIZE_MAX - 1n);
}

/** The Py_ssize_t converter of Argument Clinic (lo). */
function ssize(v: Value): Int {
  const i = A.asIndex(v);
  if (!fitsSsize(i)) throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
  return i;
}

/** _Py_convert_optional_to_ssize_t (hi): None keeps the default. */
function optionalSsize(v: Value | null): Int {
  if (v === null || v === None) return -1;
  if (A.intValue(v) === null && typeOf(v).lookup('__index__') === null) {
    typeError(`argument should be integer or None, not '${A.typeName(v)}'`);
  }
  const i = A.asIndex(v);
  if (!fitsSsize(i)) throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
  return i;
}

/** PySequence_Size, up to sys.maxsize (a range can be that long). */
function seqSize(s: Value): Int {
  if (s instanceof PyDict) typeError(`${A.typeName(s)} is not a sequence`);
  if (s instanceof PyList && s.ob_type === listType) return s.items.length;
  const m = typeOf(s).lookup('__len__');
  if (m === null) typeError(`object of type '${A.typeName(s)}' has no len()`);
  const n = A.asIndex(A.callDescr(m!, s, []));
  if (n < 0) throw newException(ValueError, '__len__() should return >= 0');
  if (!fitsSsize(n)) throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

let listGetitem: Value | null = null;

/** PySequence_GetItem for 0 <= i. */
function seqItem(s: Value, i: Int): Value {
  const t = typeOf(s);
  const gi = t.lookup('__getitem__');
  if (s instanceof PyList && gi === (listGetitem ??= listType.dict.getStr('__getitem__'))) {
    const items = s.items;
    if (i >= items.length) throw newException(IndexError, 'list index out of range');
    return items[i as number];
  }
  if (s instanceof PyDict) typeError(`${t.name} is not a sequence`);
  if (gi === null) typeError(`'${t.name}' object does not support indexing`);
  return A.callDescr(gi!, s, [i]);
}

/** (lo + hi) / 2 as C computes it on size_t. */
function midpoint(lo: Int, hi: Int): Int {
  if (typeof lo === 'number' && typeof hi === 'number') return Math.floor((lo + hi) / 2);
  return I.norm((BigInt(lo) + BigInt(hi)) >> 1n);
}

function bisect(right: boolean, list: Value, item: Value, lo: Int, hi: Int, key: Value): Int {
  if (lo < 0) throw newException(ValueError, 'lo must be non-negative');
  if (hi === -1) hi = seqSize(list);
  while (lo < hi) {
    const mid = midpoint(lo, hi);
    let litem = seqItem(list, mid);
    if (key !== None) litem = A.call(key, [litem]);
    if (right ? A.compareBool(item, litem, A.CMP_LT) : !A.compareBool(litem, item, A.CMP_LT)) hi = mid;
    else lo = I.intAdd(mid, 1);
  }
  return lo;
}

const NAMES = ['a', 'x', 'lo', 'hi', 'key'];

function parse(fname: string, args: Value[], kwnames: string[] | null): [Value, Value, Int, Int, Value] {
  const [a, x, lo, hi, key] = unpackKeywords(fname, args, kwnames, NAMES, 2, 4);
  const l = lo === null ? 0 : ssize(lo);
  return [a!, x!, l, optionalSsize(hi), key ?? None];
}

function bisectFn(right: boolean, fname: string) {
  return (args: Value[], kwnames: string[] | null): Value => {
    const [a, x, lo, hi, key] = parse(fname, args, kwnames);
    return bisect(right, a, x, lo, hi, key);
  };
}

function insortFn(right: boolean, fname: string) {
  return (args: Value[], kwnames: string[] | null): Value => {
    const [a, x, lo, hi, key] = parse(fname, args, kwnames);
    const index = bisect(right, a, key === None ? x : A.call(key, [x]), lo, hi, key);
    if (a instanceof PyList && a.ob_type === listType) {
      const items = a.items;
      items.splice(index < items.length ? (index as number) : items.length, 0, x);
    } else A.callMethod(a, 'insert', [index, x]);
    return None;
  };
}

const DOC = 'Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n';
const BOUNDS = '\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.';

function create(): ReturnType<typeof newModule> {
  const m = newModule('_bisect', DOC);
  const d = m.dict;
  moduleFunction(d, '_bisect', 'bisect_right', bisectFn(true, 'bisect_right'),
    'Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.' + BOUNDS);
  moduleFunction(d, '_bisect', 'insort_right', insortFn(true, 'insort_right'),
    'Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.' + BOUNDS);
  moduleFunction(d, '_bisect', 'bisect_left', bisectFn(false, 'bisect_left'),
    'Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.' + BOUNDS);
  moduleFunction(d, '_bisect', 'insort_left', insortFn(false, 'insort_left'),
    'Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.' + BOUNDS);
  return m;
}

registerNative('_bisect', create);
