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
import { registerNative, newModule } from './registry';
import { unpackKeywords } from './functools';

/** The Py_ssize_t converter of Argument Clinic (lo). */
function ssize(v: Value): number {
  const i = A.asIndex(v);
  if (typeof i === 'bigint') throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
  return i;
}

/** _Py_convert_optional_to_ssize_t (hi): None keeps the default. */
function optionalSsize(v: Value | null): number {
  if (v === null || v === None) return -1;
  if (A.intValue(v) === null && typeOf(v).lookup('__index__') === null) {
    typeError(`argument should be integer or None, not '${A.typeName(v)}'`);
  }
  return A.asSsize(v);
}

/** PySequence_Size. */
function seqSize(s: Value): number {
  if (s instanceof PyDict) typeError(`${A.typeName(s)} is not a sequence`);
  return A.len(s);
}

let listGetitem: Value | null = null;

/** PySequence_GetItem for 0 <= i. */
function seqItem(s: Value, i: number): Value {
  const t = typeOf(s);
  const gi = t.lookup('__getitem__');
  if (s instanceof PyList && gi === (listGetitem ??= listType.dict.getStr('__getitem__'))) {
    const items = s.items;
    if (i >= items.length) throw newException(IndexError, 'list index out of range');
    return items[i];
  }
  if (s instanceof PyDict) typeError(`${t.name} is not a sequence`);
  if (gi === null) typeError(`'${t.name}' object does not support indexing`);
  return A.callDescr(gi!, s, [i]);
}

function bisect(right: boolean, list: Value, item: Value, lo: number, hi: number, key: Value): number {
  if (lo < 0) throw newException(ValueError, 'lo must be non-negative');
  if (hi === -1) hi = seqSize(list);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let litem = seqItem(list, mid);
    if (key !== None) litem = A.call(key, [litem]);
    if (right) {
      if (A.compareBool(item, litem, A.CMP_LT)) hi = mid;
      else lo = mid + 1;
    } else if (A.compareBool(litem, item, A.CMP_LT)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NAMES = ['a', 'x', 'lo', 'hi', 'key'];

function parse(fname: string, args: Value[], kwnames: string[] | null): [Value, Value, number, number, Value] {
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
      items.splice(Math.min(index, items.length), 0, x);
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
