/**
 * The methods of set and frozenset (Objects/setobject.c) over set_object.ts's
 * table, following CPython's algorithms step by step (which set is iterated,
 * which is probed, when a copy is made) so results iterate in CPython's order.
 */
import type { Value } from './base';
import type { PyType } from './type';
import { PyDict } from './dict';
import { PySet } from './set_object';
import { setType, frozensetType, dictType, setIteratorType, None, NotImplemented, typeOf } from './types';
import { typeError, newException, KeyError, RuntimeError, PyBaseException, TypeError } from './exceptions';
import * as A from './abstract';
import { method, newMethod, noKw, checkPositional, npos, keywordsRefused } from './define';
import { lazy } from '../util/lazy';
const lazy_containers = lazy(() => require('./containers') as typeof import('./containers'));

type Hash = number | bigint;

function S(v: Value): PySet {
  return v as PySet;
}

function isAnySet(v: Value): v is PySet {
  return v instanceof PySet;
}

/** make_new_set_basetype: an exact set or frozenset, as type(so)'s base. */
function baseType(t: PyType): PyType {
  return t.isSubtype(frozensetType) ? frozensetType : setType;
}

function makeNewSet(type: PyType, iterable: Value | null): PySet {
  const s = new PySet(type);
  if (iterable !== null) s.update(iterable);
  return s;
}

function makeNewSetBase(so: PySet, iterable: Value | null): PySet {
  return makeNewSet(baseType(so.ob_type), iterable);
}

function setCopy(so: PySet): PySet {
  return makeNewSetBase(so, so);
}

/** A key lookup that retries an unhashable set key as a frozenset (set_contains / set_remove / set_discard). */
function withFrozenRetry<T>(key: Value, fn: (k: Value, h: Hash) => T): T {
  let h: Hash;
  try {
    h = A.pyHash(key);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.ob_type.isSubtype(TypeError) && key instanceof PySet && key.ob_type.isSubtype(setType))) throw e;
    const tmp = makeNewSet(frozensetType, key);
    return fn(tmp, A.pyHash(tmp));
  }
  return fn(key, h);
}

// ---------------------------------------------------------------- construction

newMethod(setType, (cls) => new PySet(cls));
method(setType, '__init__', (args, kwnames) => {
  const self = S(args[0]);
  if (kwnames !== null && kwnames.length) typeError('set() takes no keyword arguments');
  const n = args.length - 1;
  if (n > 1) typeError(`set expected at most 1 argument, got ${n}`);
  if (self.used) self.clear();
  if (n === 1) self.update(args[1]);
  return None;
});

newMethod(frozensetType, (cls, args, kwnames) => {
  // frozenset_new: keywords are refused unless a subclass's own __init__ takes them.
  if (kwnames !== null && kwnames.length && keywordsRefused(cls, frozensetType)) {
    typeError('frozenset() takes no keyword arguments');
  }
  const n = npos(args, kwnames);
  if (n > 1) typeError(`frozenset expected at most 1 argument, got ${n}`);
  if (cls === frozensetType && n === 1 && args[0] instanceof PySet && args[0].ob_type === frozensetType) return args[0];
  return makeNewSet(cls, n === 1 ? args[0] : null);
});

// ---------------------------------------------------------------- the protocol

function setIter(so: PySet): InstanceType<typeof A.PyNativeIter> {
  let src: PySet | null = so;
  let used = so.used;
  let remaining = so.used;
  let pos = 0;
  return new A.PyNativeIter(
    setIteratorType,
    () => {
      if (src === null) return null;
      if (src.used !== used) {
        used = -1;
        throw newException(RuntimeError, 'Set changed size during iteration');
      }
      const keys = src.keys;
      const mask = src.mask;
      while (pos <= mask && (keys[pos] === null || src.isDummy(keys[pos]))) pos++;
      if (pos > mask) {
        src = null;
        return null;
      }
      remaining--;
      return keys[pos++]!;
    },
    () => (src !== null && src.used === used ? remaining : 0),
  );
}

for (const t of [setType, frozensetType]) {
  method(t, '__len__', (args) => S(args[0]).used);
  method(t, '__iter__', (args) => setIter(S(args[0])));
  method(t, '__contains__', (args) => withFrozenRetry(args[1], (k, h) => S(args[0]).hasEntry(k, h)));
  method(t, '__repr__', (args) => {
    const so = S(args[0]);
    const name = so.ob_type.name;
    if (!A.reprEnter(so)) return A.mkStr(`${name}(...)`);
    try {
      if (so.used === 0) return A.mkStr(`${name}()`);
      const body = so.items().map((x) => A.repr(x)).join(', ');
      return A.mkStr(so.ob_type === setType ? `{${body}}` : `${name}({${body}})`);
    } finally {
      A.reprLeave(so);
    }
  });

  // Binary operators: sets only.
  const bin = (name: string, fn: (a: PySet, b: PySet) => Value): void => {
    method(t, name, (args) => (isAnySet(args[0]) && isAnySet(args[1]) ? fn(args[0], args[1]) : NotImplemented));
  };
  bin('__or__', (a, b) => {
    const r = setCopy(a);
    if (b !== a) r.update(b);
    return r;
  });
  bin('__ror__', (a, b) => {
    const r = setCopy(b);
    if (b !== a) r.update(a);
    return r;
  });
  bin('__and__', (a, b) => setIntersection(a, b));
  bin('__rand__', (a, b) => setIntersection(b, a));
  bin('__sub__', (a, b) => setDifference(a, b));
  bin('__rsub__', (a, b) => setDifference(b, a));
  bin('__xor__', (a, b) => setSymmetricDifference(a, b));
  bin('__rxor__', (a, b) => setSymmetricDifference(b, a));

  const cmp = (name: string, op: number): void => {
    method(t, name, (args) => {
      const so = S(args[0]);
      const other = args[1];
      if (!isAnySet(other)) return NotImplemented;
      switch (op) {
        case A.CMP_EQ:
        case A.CMP_NE: {
          let eq = so.used === other.used;
          if (eq && so.hash !== null && other.hash !== null && so.hash !== other.hash) eq = false;
          else if (eq) eq = isSubset(so, other);
          return op === A.CMP_EQ ? eq : !eq;
        }
        case A.CMP_LE:
          return isSubset(so, other);
        case A.CMP_GE:
          return isSubset(other, so);
        case A.CMP_LT:
          return so.used < other.used && isSubset(so, other);
        default:
          return so.used > other.used && isSubset(other, so);
      }
    });
  };
  cmp('__lt__', A.CMP_LT);
  cmp('__le__', A.CMP_LE);
  cmp('__eq__', A.CMP_EQ);
  cmp('__ne__', A.CMP_NE);
  cmp('__gt__', A.CMP_GT);
  cmp('__ge__', A.CMP_GE);

  method(t, 'copy', (args, kw) => {
    noArgs(t, 'copy', args, kw);
    const so = S(args[0]);
    if (so.ob_type === frozensetType) return so;
    return setCopy(so);
  });
  method(t, 'union', (args, kw) => {
    noKw(`${t.name}.union`, kw);
    const so = S(args[0]);
    const r = makeNewSetBase(so, so);
    for (let i = 1; i < args.length; i++) if (args[i] !== so) r.update(args[i]);
    return r;
  });
  method(t, 'intersection', (args, kw) => {
    noKw(`${t.name}.intersection`, kw);
    return intersectionMulti(S(args[0]), args.slice(1));
  });
  method(t, 'difference', (args, kw) => {
    noKw(`${t.name}.difference`, kw);
    const so = S(args[0]);
    if (args.length === 1) return setCopy(so);
    const r = setDifference(so, args[1]);
    for (let i = 2; i < args.length; i++) differenceUpdate(r, args[i]);
    return r;
  });
  method(t, 'symmetric_difference', (args, kw) => {
    const other = oneArg(t, 'symmetric_difference', args, kw);
    return setSymmetricDifference(S(args[0]), other);
  });
  method(t, 'issubset', (args, kw) => {
    const other = oneArg(t, 'issubset', args, kw);
    const so = S(args[0]);
    if (!isAnySet(other)) return isSubset(so, makeNewSet(setType, other));
    return isSubset(so, other);
  });
  method(t, 'issuperset', (args, kw) => {
    const other = oneArg(t, 'issuperset', args, kw);
    const so = S(args[0]);
    if (isAnySet(other)) return isSubset(other, so);
    const it = A.getIter(other);
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) return true;
      if (!so.has(x)) return false;
    }
  });
  method(t, 'isdisjoint', (args, kw) => {
    const other = oneArg(t, 'isdisjoint', args, kw);
    let so = S(args[0]);
    if (other === so) return so.used === 0;
    if (isAnySet(other) && (other.ob_type === setType || other.ob_type === frozensetType)) {
      let o: PySet = other;
      if (o.used > so.used) [so, o] = [o, so];
      const [ks, hs] = o.entries();
      for (let i = 0; i < ks.length; i++) if (so.hasEntry(ks[i], hs[i])) return false;
      return true;
    }
    const it = A.getIter(other);
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) return true;
      if (so.has(x)) return false;
    }
  });
  method(t, '__reduce__', (args) => {
    const so = S(args[0]);
    const { tuple, PyList } = lazy_containers();
    const d = A.getAttrOrNull(so, '__dict__');
    return tuple([so.ob_type, tuple([new PyList(so.items())]), d === null ? None : d]);
  });
}

frozensetType.dict.set('__hash__', method(frozensetType, '__hash__', (args) => frozensetHash(S(args[0]))));
setType.dict.set('__hash__', None);

function noArgs(t: PyType, name: string, args: Value[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) typeError(`${t.name}.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${t.name}.${name}() takes no arguments (${args.length - 1} given)`);
}

function oneArg(t: PyType, name: string, args: Value[], kwnames: string[] | null): Value {
  if (kwnames !== null && kwnames.length) typeError(`${t.name}.${name}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`${t.name}.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

// ---------------------------------------------------------------- algorithms

function isSubset(so: PySet, other: PySet): boolean {
  if (so.used > other.used) return false;
  const [ks, hs] = so.entries();
  for (let i = 0; i < ks.length; i++) if (!other.hasEntry(ks[i], hs[i])) return false;
  return true;
}

/** set_intersection. */
function setIntersection(so: PySet, other: Value): PySet {
  if (other === so) return setCopy(so);
  const result = makeNewSetBase(so, null);
  if (isAnySet(other)) {
    let a: PySet = so;
    let b: PySet = other;
    if (b.used > a.used) [a, b] = [b, a];
    const [ks, hs] = b.entries();
    for (let i = 0; i < ks.length; i++) if (a.hasEntry(ks[i], hs[i])) result.addEntry(ks[i], hs[i]);
    return result;
  }
  const it = A.getIter(other);
  for (;;) {
    const x = A.iterNext(it);
    if (x === null) return result;
    const h = A.pyHash(x);
    if (so.hasEntry(x, h)) result.addEntry(x, h);
  }
}

function intersectionMulti(so: PySet, others: Value[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result: PySet = so;
  for (const o of others) result = setIntersection(result, o);
  return result;
}

/** set_difference_update_internal. */
function differenceUpdate(so: PySet, other: Value): void {
  if (other === so) {
    so.clear();
    return;
  }
  if (isAnySet(other)) {
    let o: PySet = other;
    if (o.used >> 3 > so.used) o = setIntersection(so, o);
    const [ks, hs] = o.entries();
    for (let i = 0; i < ks.length; i++) so.discardEntry(ks[i], hs[i]);
  } else {
    const it = A.getIter(other);
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) break;
      withFrozenRetry(x, (k, h) => so.discardEntry(k, h));
    }
  }
  if (so.fill - so.used <= so.mask >> 2) return;
  so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_difference. */
function setDifference(so: PySet, other: Value): PySet {
  let otherSize: number;
  const exactDict = other instanceof PyDict && other.ob_type === dictType;
  if (isAnySet(other)) otherSize = other.used;
  else if (exactDict) otherSize = (other as PyDict).used;
  else {
    const r = setCopy(so);
    differenceUpdate(r, other);
    return r;
  }
  if (so.used >> 2 > otherSize) {
    const r = setCopy(so);
    differenceUpdate(r, other);
    return r;
  }
  const result = makeNewSetBase(so, null);
  const [ks, hs] = so.entries();
  for (let i = 0; i < ks.length; i++) {
    const present = exactDict ? (other as PyDict).has(ks[i]) : (other as PySet).hasEntry(ks[i], hs[i]);
    if (!present) result.addEntry(ks[i], hs[i]);
  }
  return result;
}

/** set_symmetric_difference_update. */
function symmetricDifferenceUpdate(so: PySet, other: Value): void {
  if (other === so) {
    so.clear();
    return;
  }
  let ks: Value[];
  let hs: Hash[];
  if (other instanceof PyDict && other.ob_type === dictType) {
    ks = other.keyList();
    hs = ks.map((k) => A.pyHash(k));
  } else {
    const otherset = isAnySet(other) ? other : makeNewSetBase(so, other);
    [ks, hs] = otherset.entries();
  }
  for (let i = 0; i < ks.length; i++) if (!so.discardEntry(ks[i], hs[i])) so.addEntry(ks[i], hs[i]);
}

function setSymmetricDifference(so: PySet, other: Value): PySet {
  const otherset = makeNewSetBase(so, other);
  symmetricDifferenceUpdate(otherset, so);
  return otherset;
}

// ---------------------------------------------------------------- set-only mutators

method(setType, 'add', (args, kw) => {
  S(args[0]).add(oneArg(setType, 'add', args, kw));
  return None;
});
method(setType, 'clear', (args, kw) => {
  noArgs(setType, 'clear', args, kw);
  S(args[0]).clear();
  return None;
});
method(setType, 'pop', (args, kw) => {
  noArgs(setType, 'pop', args, kw);
  const v = S(args[0]).pop();
  if (v === null) throw newException(KeyError, 'pop from an empty set');
  return v;
});
method(setType, 'remove', (args, kw) => {
  const key = oneArg(setType, 'remove', args, kw);
  if (!withFrozenRetry(key, (k, h) => S(args[0]).discardEntry(k, h))) throw newException(KeyError, key);
  return None;
});
method(setType, 'discard', (args, kw) => {
  const key = oneArg(setType, 'discard', args, kw);
  withFrozenRetry(key, (k, h) => S(args[0]).discardEntry(k, h));
  return None;
});
method(setType, 'update', (args, kw) => {
  noKw('set.update', kw);
  for (let i = 1; i < args.length; i++) S(args[0]).update(args[i]);
  return None;
});
method(setType, 'difference_update', (args, kw) => {
  noKw('set.difference_update', kw);
  for (let i = 1; i < args.length; i++) differenceUpdate(S(args[0]), args[i]);
  return None;
});
method(setType, 'intersection_update', (args, kw) => {
  noKw('set.intersection_update', kw);
  const so = S(args[0]);
  const tmp = intersectionMulti(so, args.slice(1));
  if (tmp !== so) so.swapBodies(tmp);
  return None;
});
method(setType, 'symmetric_difference_update', (args, kw) => {
  symmetricDifferenceUpdate(S(args[0]), oneArg(setType, 'symmetric_difference_update', args, kw));
  return None;
});

const inplace = (name: string, fn: (a: PySet, b: PySet) => void): void => {
  method(setType, name, (args) => {
    if (!isAnySet(args[1])) return NotImplemented;
    fn(S(args[0]), args[1]);
    return args[0];
  });
};
inplace('__ior__', (a, b) => a.update(b));
inplace('__iand__', (a, b) => {
  const tmp = setIntersection(a, b);
  if (tmp !== a) a.swapBodies(tmp);
});
inplace('__isub__', (a, b) => differenceUpdate(a, b));
inplace('__ixor__', (a, b) => symmetricDifferenceUpdate(a, b));

// ---------------------------------------------------------------- frozenset hash

const M64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}

function frozensetHash(so: PySet): Hash {
  if (so.hash !== null) return so.hash;
  let hash = 0n;
  const [, hs] = so.entries();
  for (const h of hs) hash ^= shuffleBits(BigInt.asUintN(64, BigInt(h)));
  hash ^= ((BigInt(so.used) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  const r = BigInt.asIntN(64, hash);
  const v: Hash = r >= -BigInt(Number.MAX_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
  so.hash = v;
  return v;
}

export { typeOf };
