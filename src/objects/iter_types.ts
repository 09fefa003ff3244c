/**
 * The iterator types (Objects/listobject.c, tupleobject.c, enumobject.c,
 * Python/bltinmodule.c's zip/map/filter): every builtin iterator is a
 * PyNativeIter, whose next() FOR_ITER calls directly; this file gives them
 * their Python-level protocol (__iter__, __next__, __length_hint__) and
 * implements enumerate, zip (strict=), map, filter and reversed.
 */
import type { Value } from './base';
import type { PyType } from './type';
import { PyList, PyTuple, tuple } from './containers';
import * as T from './types';
import { None, NotImplemented, typeOf } from './types';
import { typeError, valueError, newException, StopIteration, IndexError, PyBaseException } from './exceptions';
import * as A from './abstract';
import * as I from './int';
import { method, newMethod, noKw, npos, keywordsRefused } from './define';

const PyNativeIter = A.PyNativeIter;
type NativeIter = InstanceType<typeof A.PyNativeIter>;

// ---------------------------------------------------------------- the protocol on every native iterator type

function selfIter(name: string, v: Value): NativeIter {
  if (!(v instanceof PyNativeIter)) typeError(`descriptor '${name}' requires a native iterator`);
  return v as NativeIter;
}

/** __iter__, __next__ and __length_hint__ for a type whose instances are PyNativeIters. */
export function nativeIterProtocol(type: PyType, lengthHint = true): void {
  method(type, '__iter__', (args) => args[0]);
  method(type, '__next__', (args) => {
    const v = selfIter('__next__', args[0]).next();
    if (v === null) throw newException(StopIteration);
    return v;
  });
  if (lengthHint) {
    method(type, '__length_hint__', (args) => {
      const it = selfIter('__length_hint__', args[0]);
      return it.lengthHint === null ? NotImplemented : it.lengthHint();
    });
  }
}

for (const t of [
  T.listIteratorType, T.listRevIteratorType, T.tupleIteratorType, T.strIteratorType, T.strUnicodeIteratorType,
  T.bytesIteratorType, T.bytearrayIteratorType, T.rangeIteratorType, T.longRangeIteratorType, T.setIteratorType,
  T.dictKeyIteratorType, T.dictValueIteratorType, T.dictItemIteratorType, T.dictRevKeyIteratorType,
  T.dictRevValueIteratorType, T.dictRevItemIteratorType, T.seqIteratorType, T.reversedType,
]) {
  nativeIterProtocol(t);
}
nativeIterProtocol(T.callableIteratorType, false);
for (const t of [T.enumerateType, T.zipType, T.mapType, T.filterType]) nativeIterProtocol(t, false);

// ---------------------------------------------------------------- list and tuple iterators

/** iter(list): reads l.items on every step, since sort and slice assignment replace the array. */
export function listIterator(l: PyList): NativeIter {
  let i = 0;
  let src: PyList | null = l;
  return new PyNativeIter(
    T.listIteratorType,
    () => {
      if (src === null) return null;
      const items = src.items;
      if (i < items.length) return items[i++];
      src = null;
      return null;
    },
    () => (src === null ? 0 : Math.max(0, src.items.length - i)),
  );
}

/** reversed(list) (listreviter). */
export function listReverseIterator(l: PyList): NativeIter {
  let i = l.items.length - 1;
  let src: PyList | null = l;
  return new PyNativeIter(
    T.listRevIteratorType,
    () => {
      if (src === null) return null;
      const items = src.items;
      if (i >= 0 && i < items.length) return items[i--];
      src = null;
      return null;
    },
    () => (src === null || i >= src.items.length ? 0 : i + 1),
  );
}

export function tupleIterator(items: readonly Value[]): NativeIter {
  let i = 0;
  return new PyNativeIter(
    T.tupleIteratorType,
    () => (i < items.length ? items[i++] : null),
    () => Math.max(0, items.length - i),
  );
}

// ---------------------------------------------------------------- enumerate

newMethod(T.enumerateType, (cls, args, kwnames) => {
  const n = npos(args, kwnames);
  let iterable: Value | null = n > 0 ? args[0] : null;
  let start: Value | null = n > 1 ? args[1] : null;
  if (n > 2) typeError(`enumerate() takes at most 2 arguments (${n} given)`);
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const v = args[n + k];
      if (kwnames[k] === 'iterable' && iterable === null) iterable = v;
      else if (kwnames[k] === 'start' && start === null) start = v;
      else if (kwnames[k] === 'iterable' || kwnames[k] === 'start') {
        typeError(`argument for enumerate() given by name ('${kwnames[k]}') and position (${kwnames[k] === 'iterable' ? 1 : 2})`);
      } else typeError(`'${kwnames[k]}' is an invalid keyword argument for enumerate()`);
    }
  }
  if (iterable === null) typeError("enumerate() missing required argument 'iterable'");
  let count: I.Int = start === null ? 0 : A.asIndex(start);
  const it = A.getIter(iterable!);
  const e = new PyNativeIter(cls, () => {
    const v = A.iterNext(it);
    if (v === null) return null;
    const c = count;
    count = typeof c === 'number' && c < Number.MAX_SAFE_INTEGER ? c + 1 : I.intAdd(c, 1);
    return new PyTuple([c, v]);
  });
  return e;
});

// ---------------------------------------------------------------- zip

newMethod(T.zipType, (cls, args, kwnames) => {
  const n = npos(args, kwnames);
  let strict = false;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      if (kwnames[k] !== 'strict') typeError(`'${kwnames[k]}' is an invalid keyword argument for zip()`);
      strict = A.isTrue(args[n + k]);
    }
  }
  const its: Value[] = [];
  for (let i = 0; i < n; i++) its.push(A.getIter(args[i]));
  const size = its.length;
  let done = size === 0;
  return new PyNativeIter(cls, () => {
    if (done) return null;
    const out: Value[] = new Array(size);
    for (let i = 0; i < size; i++) {
      const v = A.iterNext(its[i]);
      if (v === null) {
        done = true;
        if (strict) zipStrictError(its, i);
        return null;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  });
});

function zipStrictError(its: Value[], i: number): void {
  if (i > 0) {
    valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? ' ' : 's 1-'}${i}`);
  }
  for (let j = 1; j < its.length; j++) {
    if (A.iterNext(its[j]) !== null) {
      valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? ' ' : 's 1-'}${j}`);
    }
  }
}

// ---------------------------------------------------------------- map and filter

newMethod(T.mapType, (cls, args, kwnames) => {
  // As map_new: a subclass with an __init__ of its own may take keywords (for that __init__).
  if (keywordsRefused(cls, T.mapType)) noKw('map', kwnames);
  const n = npos(args, kwnames);
  if (n < 2) typeError('map() must have at least two arguments.');
  const fn = args[0];
  const its: Value[] = [];
  for (let i = 1; i < n; i++) its.push(A.getIter(args[i]));
  if (its.length === 1) {
    const it = its[0];
    return new PyNativeIter(cls, () => {
      const v = A.iterNext(it);
      return v === null ? null : A.call(fn, [v]);
    });
  }
  return new PyNativeIter(cls, () => {
    const vs: Value[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = A.iterNext(its[i]);
      if (v === null) return null;
      vs[i] = v;
    }
    return A.call(fn, vs);
  });
});

newMethod(T.filterType, (cls, args, kwnames) => {
  if (keywordsRefused(cls, T.filterType)) noKw('filter', kwnames);
  const n = npos(args, kwnames);
  if (n !== 2) typeError(`filter expected 2 arguments, got ${n}`);
  const fn = args[0];
  const it = A.getIter(args[1]);
  const plain = fn === None || fn === T.boolType;
  return new PyNativeIter(cls, () => {
    for (;;) {
      const v = A.iterNext(it);
      if (v === null) return null;
      if (A.isTrue(plain ? v : A.call(fn, [v]))) return v;
    }
  });
});

// ---------------------------------------------------------------- reversed

newMethod(T.reversedType, (cls, args, kwnames) => {
  if (cls === T.reversedType) noKw('reversed', kwnames);
  const n = npos(args, kwnames);
  if (n !== 1) typeError(`reversed expected 1 argument, got ${n}`);
  const seq = args[0];
  const t = typeOf(seq);
  const rev = t.lookup('__reversed__');
  if (rev === None) typeError(`'${t.name}' object is not reversible`);
  if (rev !== null && cls === T.reversedType) return A.callDescr(rev, seq, []);
  if (t.lookup('__getitem__') === null || t.isSubtype(T.dictType) || t.lookup('__len__') === null) {
    typeError(`'${t.name}' object is not reversible`);
  }
  return new RevIter(cls, seq, A.len(seq) - 1);
});

/** reversed over __len__/__getitem__: the sequence and next index stay visible for __reduce__/__setstate__. */
class RevIter extends PyNativeIter {
  constructor(cls: PyType, public seq: Value | null, public index: number) {
    super(
      cls,
      () => {
        if (this.seq === null) return null;
        if (this.index >= 0) {
          try {
            const item = A.getItem(this.seq, this.index);
            this.index--;
            return item;
          } catch (e) {
            if (!(e instanceof PyBaseException && (e.ob_type.isSubtype(IndexError) || e.ob_type.isSubtype(StopIteration)))) {
              this.index = -1;
              this.seq = null;
              throw e;
            }
          }
        }
        this.index = -1;
        this.seq = null;
        return null;
      },
      () => (this.index < 0 || this.seq === null ? 0 : this.index + 1),
    );
  }
}

// reversed_reduce / reversed_setstate, for pickling a running reversed().
method(T.reversedType, '__reduce__', (args) => {
  const r = args[0];
  if (!(r instanceof RevIter) || r.seq === null) return tuple([typeOf(r), tuple([tuple([])])]);
  return tuple([typeOf(r), tuple([r.seq]), r.index]);
});
method(T.reversedType, '__setstate__', (args) => {
  const r = args[0];
  const i = A.asIndex(args[1]);
  if (r instanceof RevIter && r.seq !== null) {
    const n = A.len(r.seq);
    let k = typeof i === 'bigint' ? (i < 0n ? -1 : n - 1) : i;
    if (k < -1) k = -1;
    else if (k > n - 1) k = n - 1;
    r.index = k;
  }
  return None;
});

export { tuple };
