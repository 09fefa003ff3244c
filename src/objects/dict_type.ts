/**
 * The methods of dict (Objects/dictobject.c) over dict.ts's table:
 * construction and update with CPython's errors, __missing__, the views
 * (dict_keys / dict_values / dict_items with set operations) and their
 * iterators, which detect size changes ("dictionary changed size during
 * iteration") and key replacement ("dictionary keys changed during iteration").
 */
import { PyObject, type Value } from './base';
import { PyDict } from './dict';
import { PyTuple, PyList, tuple } from './containers';
import {
  dictType, dictKeysType, dictValuesType, dictItemsType, dictKeyIteratorType, dictValueIteratorType,
  dictItemIteratorType, dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType,
  setType, frozensetType, None, NotImplemented, typeOf,
} from './types';
import type { PyType } from './type';
import { typeError, valueError, newException, KeyError, RuntimeError } from './exceptions';
import * as A from './abstract';
import { method, methods, newMethod, classMethod, noKw, checkPositional, npos, getset } from './define';
import { lazy } from '../util/lazy';
const lazy_mappingproxy = lazy(() => require('./mappingproxy') as typeof import('./mappingproxy'));
const lazy_set_object = lazy(() => require('./set_object') as typeof import('./set_object'));

const PyNativeIter = A.PyNativeIter;

function D(v: Value): PyDict {
  return v as PyDict;
}

/** A miss on a dict: unhashable keys raise TypeError even when the dict is empty. */
function missingKey(key: Value): never {
  if (typeof key === 'object') A.pyHash(key);
  throw newException(KeyError, key);
}

function checkHashable(key: Value): void {
  if (typeof key === 'object') A.pyHash(key);
}

// ---------------------------------------------------------------- construction and update

newMethod(dictType, (cls) => new PyDict(cls));

/** dict_merge / the keys() protocol / PyDict_MergeFromSeq2, as dict_update_arg chooses. */
export function dictUpdateArg(self: PyDict, arg: Value): void {
  if (arg instanceof PyDict && typeOf(arg).lookup('__iter__') === dictIterDescr) {
    if (arg === self) return;
    for (let i = 0; i < arg.keys.length; i++) {
      const k = arg.keys[i];
      if (k !== null) self.set(k, arg.vals[i]!);
    }
    return;
  }
  const keys = A.getAttrOrNull(arg, 'keys');
  if (keys !== null) {
    const it = A.getIter(A.call(keys, []));
    for (;;) {
      const k = A.iterNext(it);
      if (k === null) return;
      self.set(k, A.getItem(arg, k));
    }
  }
  mergeFromSeq2(self, arg);
}

function mergeFromSeq2(self: PyDict, seq: Value): void {
  const it = A.getIter(seq);
  for (let i = 0; ; i++) {
    const item = A.iterNext(it);
    if (item === null) return;
    let pair: readonly Value[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      const pit = A.getIterOrNull(item);
      if (pit === null) typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      pair = A.toArray(item);
    }
    if (pair.length !== 2) valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    self.set(pair[0], pair[1]);
  }
}

function updateCommon(self: PyDict, args: Value[], kwnames: string[] | null, name: string): void {
  const n = npos(args, kwnames) - 1;
  if (n > 1) typeError(`${name} expected at most 1 argument, got ${n}`);
  if (n === 1) dictUpdateArg(self, args[1]);
  if (kwnames !== null) for (let k = 0; k < kwnames.length; k++) self.set(kwnames[k], args[n + 1 + k]);
}

method(dictType, '__init__', (args, kwnames) => {
  updateCommon(D(args[0]), args, kwnames, 'dict');
  return None;
});
method(dictType, 'update', (args, kwnames) => {
  updateCommon(D(args[0]), args, kwnames, 'update');
  return None;
});

classMethod(dictType, 'fromkeys', (args, kwnames) => {
  noKw('fromkeys', kwnames);
  checkPositional('fromkeys', args.length - 1, 1, 2);
  const cls = args[0] as PyType;
  const value = args.length > 2 ? args[2] : None;
  const d = A.call(cls, []);
  const it = A.getIter(args[1]);
  const exact = d instanceof PyDict && typeOf(d) === dictType;
  for (;;) {
    const k = A.iterNext(it);
    if (k === null) return d;
    if (exact) (d as PyDict).set(k, value);
    else A.setItem(d, k, value);
  }
});

// ---------------------------------------------------------------- mapping protocol

method(dictType, '__len__', (args) => D(args[0]).used);

method(dictType, '__getitem__', (args) => {
  const d = D(args[0]);
  const k = args[1];
  const v = d.get(k);
  if (v !== null) return v;
  if (d.ob_type !== dictType) {
    const miss = d.ob_type.lookup('__missing__');
    if (miss !== null) return A.callDescr(miss, d, [k]);
  }
  return missingKey(k);
});
method(dictType, '__setitem__', (args) => {
  D(args[0]).set(args[1], args[2]);
  return None;
});
method(dictType, '__delitem__', (args) => {
  if (D(args[0]).delete(args[1]) === null) missingKey(args[1]);
  return None;
});
method(dictType, '__contains__', (args) => {
  const r = D(args[0]).has(args[1]);
  if (!r) checkHashable(args[1]);
  return r;
});

const dictIterDescr = method(dictType, '__iter__', (args) => dictIter(D(args[0]), KIND_KEYS, false));
method(dictType, '__reversed__', (args) => dictIter(D(args[0]), KIND_KEYS, true));

dictType.dict.set('__hash__', None);

method(dictType, '__repr__', (args) => {
  const d = D(args[0]);
  if (d.used === 0) return '{}';
  if (!A.reprEnter(d)) return '{...}';
  try {
    let s = '{';
    let first = true;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === null) continue;
      const v = d.vals[i]!;
      if (!first) s += ', ';
      first = false;
      s += A.repr(k);
      s += ': ';
      s += A.repr(v);
    }
    return A.mkStr(s + '}');
  } finally {
    A.reprLeave(d);
  }
});

/** dict_equal. */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === null) continue;
    const av = a.vals[i]!;
    const bv = b.get(k);
    if (bv === null) return false;
    if (av !== bv && !A.eqBool(av, bv)) return false;
  }
  return true;
}

method(dictType, '__eq__', (args) => (args[1] instanceof PyDict ? dictEqual(D(args[0]), args[1]) : NotImplemented));
method(dictType, '__ne__', (args) => (args[1] instanceof PyDict ? !dictEqual(D(args[0]), args[1]) : NotImplemented));
for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) method(dictType, n, () => NotImplemented);

method(dictType, '__or__', (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const r = D(args[0]).copy();
  dictUpdateArg(r, args[1]);
  return r;
});
method(dictType, '__ror__', (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const r = (args[1] as PyDict).copy();
  dictUpdateArg(r, args[0]);
  return r;
});
method(dictType, '__ior__', (args) => {
  dictUpdateArg(D(args[0]), args[1]);
  return args[0];
});

// ---------------------------------------------------------------- methods

methods(dictType, {
  get(args, kwnames) {
    noKw('get', kwnames);
    checkPositional('get', args.length - 1, 1, 2);
    const v = D(args[0]).get(args[1]);
    if (v !== null) return v;
    checkHashable(args[1]);
    return args.length > 2 ? args[2] : None;
  },
  setdefault(args, kwnames) {
    noKw('setdefault', kwnames);
    checkPositional('setdefault', args.length - 1, 1, 2);
    const d = D(args[0]);
    const v = d.get(args[1]);
    if (v !== null) return v;
    const dflt = args.length > 2 ? args[2] : None;
    d.set(args[1], dflt);
    return dflt;
  },
  pop(args, kwnames) {
    noKw('pop', kwnames);
    checkPositional('pop', args.length - 1, 1, 2);
    const v = D(args[0]).delete(args[1]);
    if (v !== null) return v;
    if (args.length > 2) {
      checkHashable(args[1]);
      return args[2];
    }
    return missingKey(args[1]);
  },
  popitem(args, kwnames) {
    noArgs('popitem', args, kwnames);
    const r = D(args[0]).popLast();
    if (r === null) throw newException(KeyError, 'popitem(): dictionary is empty');
    return new PyTuple(r);
  },
  keys(args, kwnames) {
    noArgs('keys', args, kwnames);
    return new PyDictView(dictKeysType, D(args[0]));
  },
  values(args, kwnames) {
    noArgs('values', args, kwnames);
    return new PyDictView(dictValuesType, D(args[0]));
  },
  items(args, kwnames) {
    noArgs('items', args, kwnames);
    return new PyDictView(dictItemsType, D(args[0]));
  },
  copy(args, kwnames) {
    noArgs('copy', args, kwnames);
    return D(args[0]).copy();
  },
  clear(args, kwnames) {
    noArgs('clear', args, kwnames);
    D(args[0]).clear();
    return None;
  },
});

function noArgs(name: string, args: Value[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) typeError(`dict.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`dict.${name}() takes no arguments (${args.length - 1} given)`);
}

// ---------------------------------------------------------------- iterators

const KIND_KEYS = 0;
const KIND_VALUES = 1;
const KIND_ITEMS = 2;
const ITER_TYPES = [dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType];
const REV_ITER_TYPES = [dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType];

/** dictiter_iternext*: entry order, with CPython's two RuntimeErrors. */
export function dictIter(d: PyDict, kind: number, reverse: boolean): InstanceType<typeof PyNativeIter> {
  let src: PyDict | null = d;
  let used = d.used;
  let remaining = d.used;
  const layout = d.keys;
  let i = reverse ? d.keys.length - 1 : 0;
  const next = (): Value | null => {
    if (src === null) return null;
    if (src.used !== used) {
      used = -1;
      throw newException(RuntimeError, 'dictionary changed size during iteration');
    }
    const keys = src.keys;
    if (keys !== layout) {
      // dict.ts rebuilt its entry array (deletions compacted) while the size stayed: CPython's
      // entries moved too, and its iterator ends up reporting the keys as changed.
      src = null;
      if (used === 0) return null;
      throw newException(RuntimeError, 'dictionary keys changed during iteration');
    }
    if (reverse) {
      if (i >= keys.length) i = keys.length - 1;
      while (i >= 0 && keys[i] === null) i--;
      if (i < 0) {
        src = null;
        return null;
      }
    } else {
      while (i < keys.length && keys[i] === null) i++;
      if (i >= keys.length) {
        src = null;
        return null;
      }
    }
    if (remaining === 0) {
      src = null;
      throw newException(RuntimeError, 'dictionary keys changed during iteration');
    }
    remaining--;
    const j = reverse ? i-- : i++;
    switch (kind) {
      case KIND_KEYS:
        return keys[j]!;
      case KIND_VALUES:
        return src.vals[j]!;
      default:
        return new PyTuple([keys[j]!, src.vals[j]!]);
    }
  };
  return new PyNativeIter((reverse ? REV_ITER_TYPES : ITER_TYPES)[kind], next, () => (src === null || src.used !== used ? 0 : remaining));
}

// ---------------------------------------------------------------- views

export class PyDictView extends PyObject {
  constructor(
    type: PyType,
    readonly mapping: PyDict,
  ) {
    super(type);
  }
}

function V(v: Value): PyDictView {
  return v as PyDictView;
}

const VIEW_NAMES = ['dict_keys', 'dict_values', 'dict_items'];
const viewTypes = [dictKeysType, dictValuesType, dictItemsType];
viewTypes.forEach((t, kind) => {
  method(t, '__len__', (args) => V(args[0]).mapping.used);
  method(t, '__iter__', (args) => dictIter(V(args[0]).mapping, kind, false));
  method(t, '__reversed__', (args) => dictIter(V(args[0]).mapping, kind, true));
  method(t, '__repr__', (args) => {
    const v = V(args[0]);
    if (!A.reprEnter(v)) return '...';
    try {
      const parts: string[] = [];
      const it = dictIter(v.mapping, kind, false);
      for (;;) {
        const x = it.next();
        if (x === null) break;
        parts.push(A.repr(x));
      }
      return A.mkStr(`${VIEW_NAMES[kind]}([${parts.join(', ')}])`);
    } finally {
      A.reprLeave(v);
    }
  });
  getset(t, 'mapping', (self) => {
    const mp = lazy_mappingproxy();
    return mp.mappingProxy(V(self).mapping);
  });
  if (t !== dictValuesType) t.dict.set('__hash__', None);
});

method(dictKeysType, '__contains__', (args) => {
  const d = V(args[0]).mapping;
  const r = d.has(args[1]);
  if (!r) checkHashable(args[1]);
  return r;
});
method(dictValuesType, '__contains__', (args) => {
  const d = V(args[0]).mapping;
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] === null) continue;
    const v = d.vals[i]!;
    if (v === args[1] || A.eqBool(v, args[1])) return true;
  }
  return false;
});

function itemsContains(d: PyDict, x: Value): boolean {
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const v = d.get(x.items[0]);
  if (v === null) {
    checkHashable(x.items[0]);
    return false;
  }
  return v === x.items[1] || A.eqBool(v, x.items[1]);
}
method(dictItemsType, '__contains__', (args) => itemsContains(V(args[0]).mapping, args[1]));

function isSetView(v: Value): boolean {
  return v instanceof PyDictView && v.ob_type !== dictValuesType;
}

function viewContains(v: PyDictView, x: Value): boolean {
  if (v.ob_type === dictKeysType) {
    const r = v.mapping.has(x);
    if (!r) checkHashable(x);
    return r;
  }
  return itemsContains(v.mapping, x);
}

function newSetFrom(v: Value): Value {
  return A.call(setType, [v]);
}

function setOps(): typeof import('./set_object') {
  return lazy_set_object();
}

/** all_contained_in(self, other). */
function allContainedIn(self: Value, other: Value): boolean {
  const it = A.getIter(self);
  for (;;) {
    const x = A.iterNext(it);
    if (x === null) return true;
    if (!A.contains(other, x)) return false;
  }
}

function isAnySet(v: Value): boolean {
  const t = typeOf(v);
  return t.isSubtype(setType) || t.isSubtype(frozensetType);
}

for (const t of [dictKeysType, dictItemsType]) {
  const binop = (name: string, fn: (a: Value, b: Value) => Value): void => {
    method(t, name, (args) => fn(args[0], args[1]));
  };
  const sub = (a: Value, b: Value): Value => {
    const r = newSetFrom(a);
    A.callMethod(r, 'difference_update', [b]);
    return r;
  };
  const or = (a: Value, b: Value): Value => {
    const r = newSetFrom(a);
    A.callMethod(r, 'update', [b]);
    return r;
  };
  const xor = (a: Value, b: Value): Value => {
    const r = newSetFrom(a);
    A.callMethod(r, 'symmetric_difference_update', [b]);
    return r;
  };
  const and = (a: Value, b: Value): Value => {
    let self = a;
    let other = b;
    if (!isSetView(self)) [self, other] = [other, self];
    const lenSelf = V(self).mapping.used;
    if (typeOf(other) === setType && lenSelf <= A.len(other)) return A.callMethod(other, 'intersection', [self]);
    if (isSetView(other) && V(other).mapping.used > lenSelf) [self, other] = [other, self];
    const result = setOps().newSet([]);
    const it = A.getIter(other);
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) return result;
      if (viewContains(V(self), x)) result.add(x);
    }
  };
  binop('__sub__', sub);
  binop('__rsub__', (a, b) => sub(b, a));
  binop('__or__', or);
  binop('__ror__', (a, b) => or(b, a));
  binop('__xor__', xor);
  binop('__rxor__', (a, b) => xor(b, a));
  binop('__and__', and);
  binop('__rand__', (a, b) => and(b, a));
  method(t, 'isdisjoint', (args) => {
    const self = V(args[0]);
    const other = args[1];
    if (other === self) return self.mapping.used === 0;
    let it: Value;
    if ((isAnySet(other) || isSetView(other)) && A.len(other) > self.mapping.used) {
      it = A.getIter(self);
      for (;;) {
        const x = A.iterNext(it);
        if (x === null) return true;
        if (A.contains(other, x)) return false;
      }
    }
    it = A.getIter(other);
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) return true;
      if (viewContains(self, x)) return false;
    }
  });
  const cmp = (name: string, op: number): void => {
    method(t, name, (args) => {
      const self = args[0];
      const other = args[1];
      if (!isAnySet(other) && !isSetView(other)) return NotImplemented;
      const ls = A.len(self);
      const lo = A.len(other);
      switch (op) {
        case A.CMP_EQ:
        case A.CMP_NE: {
          const eq = ls === lo && allContainedIn(self, other);
          return op === A.CMP_EQ ? eq : !eq;
        }
        case A.CMP_LT:
          return ls < lo && allContainedIn(self, other);
        case A.CMP_LE:
          return ls <= lo && allContainedIn(self, other);
        case A.CMP_GT:
          return ls > lo && allContainedIn(other, self);
        default:
          return ls >= lo && allContainedIn(other, self);
      }
    });
  };
  cmp('__lt__', A.CMP_LT);
  cmp('__le__', A.CMP_LE);
  cmp('__eq__', A.CMP_EQ);
  cmp('__ne__', A.CMP_NE);
  cmp('__gt__', A.CMP_GT);
  cmp('__ge__', A.CMP_GE);
}

export { tuple };
