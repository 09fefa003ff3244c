/**
 * itertools (Modules/itertoolsmodule.c): every iterator of 3.11 as a
 * native iterator type (PyNativeIter: FOR_ITER calls next() directly),
 * subclassable where CPython's are, with itertoolsmodule.c's laziness
 * (what is consumed from the inputs, and when), argument errors and reprs.
 * Pickling (__reduce__/__setstate__) is provided for count and repeat;
 * the others raise TypeError "cannot pickle" as objects without it do.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyBuiltin } from '../objects/function';
import { PyTuple, PyList, tuple } from '../objects/containers';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { typeType, objectType, None, NotImplemented, typeOf, intType, boolType } from '../objects/types';
import { newException, typeError, ValueError, StopIteration } from '../objects/exceptions';
import { method, classMethod, newMethod, npos, keywordsRefused } from '../objects/define';
import { makeGenericAlias } from '../objects/generic_alias';
import { nativeIterProtocol } from '../objects/iter_types';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { registerNative, newModule } from './registry';

const PyNativeIter = A.PyNativeIter;
type NativeIter = InstanceType<typeof A.PyNativeIter>;

const FINAL = 0;

function iterType(name: string, base = true, lengthHint = false): PyType {
  const t = new PyType(typeType, `itertools.${name}`, [objectType], base ? TPFLAGS_BASETYPE : FINAL);
  nativeIterProtocol(t, lengthHint);
  return t;
}

/** A new iterator of `cls` (a subclass gets its instance dict). */
function make(cls: PyType, next: () => Value | null, lengthHint: (() => number) | null = null): NativeIter {
  const it = new PyNativeIter(cls, next, lengthHint);
  if (cls.hasInstanceDict) it.dict = new PyDict();
  return it;
}

// ---------------------------------------------------------------- argument helpers

/** _PyArg_NoKeywords */
function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
}

/**
 * The positional arguments of a constructor that takes no keywords: as the C types check
 * `type == X_type || type->tp_init == X_type.tp_init`, a subclass with an __init__ of its own
 * gets its keywords through (for that __init__), any other caller gets _PyArg_NoKeywords' error.
 */
function positionalOnly(name: string, cls: PyType | null, args: Value[], kwnames: string[] | null): Value[] {
  if (kwnames === null || kwnames.length === 0) return args;
  if (cls === null || keywordsRefused(cls)) noKeywords(name, kwnames);
  return args.slice(0, args.length - kwnames.length);
}

/** PyArg_UnpackTuple's count check: "name expected N arguments, got K". */
function unpack(name: string, args: Value[], kwnames: string[] | null, min: number, max: number, cls: PyType | null = null): Value[] {
  args = positionalOnly(name, cls, args, kwnames);
  const n = args.length;
  if (n < min || n > max) {
    const which = min === max ? '' : n < min ? 'at least ' : 'at most ';
    const k = n < min ? min : max;
    typeError(`${name} expected ${which}${k} argument${k === 1 ? '' : 's'}, got ${n}`);
  }
  return args;
}

/** Keyword-capable arguments with PyArg_ParseTupleAndKeywords' messages. */
function kwArgs(name: string, args: Value[], kwnames: string[] | null, names: string[], required: number, kwOnlyFrom = names.length): (Value | null)[] {
  const n = npos(args, kwnames);
  const given = args.length;
  if (given > names.length) {
    typeError(`${name}() takes at most ${names.length} ${n === 0 ? 'keyword ' : ''}argument${names.length === 1 ? '' : 's'} (${given} given)`);
  }
  if (n > kwOnlyFrom) {
    typeError(`${name}() takes at most ${kwOnlyFrom} ${kwOnlyFrom < names.length ? 'positional ' : ''}argument${kwOnlyFrom === 1 ? '' : 's'} (${n} given)`);
  }
  const out: (Value | null)[] = names.map(() => null);
  for (let i = 0; i < n; i++) out[i] = args[i];
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const j = names.indexOf(kwnames[k]);
      if (j < 0) typeError(`'${kwnames[k]}' is an invalid keyword argument for ${name}()`);
      if (out[j] !== null) typeError(`argument for ${name}() given by name ('${kwnames[k]}') and position (${j + 1})`);
      out[j] = args[n + k];
    }
  }
  for (let i = 0; i < required; i++) if (out[i] === null) typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

/** Py_ssize_t from an index-able value (PyNumber_AsSsize_t with OverflowError). */
function ssize(v: Value): number {
  const n = A.asIndex(v);
  return typeof n === 'bigint' ? Number(n) : n;
}

function isNumber(v: Value): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== null || t.lookup('__int__') !== null || t.lookup('__float__') !== null || t.lookup('__complex__') !== null;
}

const hexId = (v: Value): string => `0x${A.id(v).toString(16).padStart(12, '0')}`;
void hexId;

// ---------------------------------------------------------------- count

const countType = iterType('count');
class CountState {
  constructor(
    public cnt: Value,
    readonly step: Value,
  ) {}
}
const countStates = new WeakMap<object, CountState>();

newMethod(countType, (cls, args, kwnames) => {
  const [start, step] = kwArgs('count', args, kwnames, ['start', 'step'], 0);
  if ((start !== null && !isNumber(start)) || (step !== null && !isNumber(step))) typeError('a number is required');
  const st = new CountState(start ?? 0, step ?? 1);
  const fastStep = typeof st.step === 'number' && Number.isSafeInteger(st.step);
  const it = make(cls, () => {
    const c = st.cnt;
    if (fastStep && typeof c === 'number' && Number.isSafeInteger(c + (st.step as number))) st.cnt = c + (st.step as number);
    else st.cnt = A.binaryOp(c, st.step, A.NB_ADD);
    return c;
  });
  countStates.set(it, st);
  return it;
});
/** An int step equal to 1 (PyLong_Check: bools too). */
function stepIsOne(step: Value): boolean {
  return (typeof step === 'boolean' || A.isInstance(step, intType)) && A.eqBool(step, 1);
}
/** count's fast mode: an int count that fits a Py_ssize_t and a step of 1; its repr and pickle show only the count. */
function countFast(st: CountState): boolean {
  if (!stepIsOne(st.step)) return false;
  const c = A.intValue(st.cnt);
  return c !== null && c >= -(2n ** 63n) && c < 2n ** 63n - 1n;
}
method(countType, '__repr__', (args) => {
  const st = countStates.get(args[0] as object)!;
  const name = typeOf(args[0]).qualname;
  if (countFast(st)) return `${name}(${A.repr(A.intValue(st.cnt) as Value)})`;
  return stepIsOne(st.step) ? `${name}(${A.repr(st.cnt)})` : `${name}(${A.repr(st.cnt)}, ${A.repr(st.step)})`;
});
method(countType, '__reduce__', (args) => {
  const st = countStates.get(args[0] as object)!;
  return tuple([typeOf(args[0]), countFast(st) ? tuple([A.intValue(st.cnt) as Value]) : tuple([st.cnt, st.step])]);
});

// ---------------------------------------------------------------- cycle

const cycleType = iterType('cycle');
newMethod(cycleType, (cls, args, kwnames) => {
  const [iterable] = unpack('cycle', args, kwnames, 1, 1, cls);
  const it = A.getIter(iterable);
  const saved: Value[] = [];
  let first = true;
  let i = 0;
  return make(cls, () => {
    if (first) {
      const v = A.iterNext(it);
      if (v !== null) {
        saved.push(v);
        return v;
      }
      first = false;
    }
    if (saved.length === 0) return null;
    const v = saved[i];
    i = (i + 1) % saved.length;
    return v;
  });
});

// ---------------------------------------------------------------- repeat

const repeatType = iterType('repeat', true, false);
const repeatStates = new WeakMap<object, { obj: Value; cnt: number }>();
newMethod(repeatType, (cls, args, kwnames) => {
  const n = npos(args, kwnames);
  if (n > 2) typeError(`repeat() takes at most 2 arguments (${n} given)`);
  const [obj, times] = kwArgs('repeat', args, kwnames, ['object', 'times'], 1);
  let cnt = -1;
  if (times !== null) {
    cnt = ssize(times);
    if (cnt < 0) cnt = 0;
  }
  const st = { obj: obj!, cnt };
  const it = make(cls, () => {
    if (st.cnt === 0) return null;
    if (st.cnt > 0) st.cnt--;
    return st.obj;
  });
  repeatStates.set(it, st);
  return it;
});
method(repeatType, '__length_hint__', (args) => {
  const st = repeatStates.get(args[0] as object)!;
  if (st.cnt === -1) typeError('len() of unsized object');
  return st.cnt;
});
method(repeatType, '__repr__', (args) => {
  const st = repeatStates.get(args[0] as object)!;
  const name = typeOf(args[0]).qualname;
  return st.cnt === -1 ? `${name}(${A.repr(st.obj)})` : `${name}(${A.repr(st.obj)}, ${st.cnt})`;
});
method(repeatType, '__reduce__', (args) => {
  const st = repeatStates.get(args[0] as object)!;
  return tuple([typeOf(args[0]), st.cnt === -1 ? tuple([st.obj]) : tuple([st.obj, st.cnt])]);
});

// ---------------------------------------------------------------- accumulate

const accumulateType = iterType('accumulate');
newMethod(accumulateType, (cls, args, kwnames) => {
  const [iterable, func, initial] = kwArgs('accumulate', args, kwnames, ['iterable', 'func', 'initial'], 1, 2);
  const it = A.getIter(iterable!);
  const fn = func === null || func === None ? null : func;
  let total: Value | null = null;
  let init: Value | null = initial === null || initial === None ? null : initial;
  return make(cls, () => {
    if (init !== null) {
      total = init;
      init = null;
      return total;
    }
    const v = A.iterNext(it);
    if (v === null) return null;
    if (total === null) total = v;
    else total = fn === null ? A.binaryOp(total, v, A.NB_ADD) : A.call(fn, [total, v]);
    return total;
  });
});

// ---------------------------------------------------------------- chain

const chainType = iterType('chain');
function chainOf(cls: PyType, sources: Value): NativeIter {
  let active: Value | null = null;
  let src: Value | null = sources;
  return make(cls, () => {
    for (;;) {
      if (active === null) {
        if (src === null) return null;
        const nextIterable = A.iterNext(src);
        if (nextIterable === null) {
          src = null;
          return null;
        }
        active = A.getIter(nextIterable);
      }
      const v = A.iterNext(active);
      if (v !== null) return v;
      active = null;
    }
  });
}
newMethod(chainType, (cls, args, kwnames) => {
  return chainOf(cls, A.getIter(tuple(positionalOnly('chain', cls, args, kwnames).slice())));
});
classMethod(chainType, 'from_iterable', (args) => chainOf(args[0] as PyType, A.getIter(args[1])));
classMethod(chainType, '__class_getitem__', (args) => makeGenericAlias(args[0], args[1]));

// ---------------------------------------------------------------- compress, dropwhile, takewhile, filterfalse, starmap

const compressType = iterType('compress');
newMethod(compressType, (cls, args, kwnames) => {
  const [data, selectors] = kwArgs('compress', args, kwnames, ['data', 'selectors'], 2);
  const d = A.getIter(data!);
  const s = A.getIter(selectors!);
  return make(cls, () => {
    for (;;) {
      const v = A.iterNext(d);
      if (v === null) return null;
      const sel = A.iterNext(s);
      if (sel === null) return null;
      if (A.isTrue(sel)) return v;
    }
  });
});

const dropwhileType = iterType('dropwhile');
newMethod(dropwhileType, (cls, args, kwnames) => {
  const [pred, seq] = unpack('dropwhile', args, kwnames, 2, 2, cls);
  const it = A.getIter(seq);
  let dropping = true;
  return make(cls, () => {
    for (;;) {
      const v = A.iterNext(it);
      if (v === null) return null;
      if (!dropping) return v;
      if (!A.isTrue(A.call(pred, [v]))) {
        dropping = false;
        return v;
      }
    }
  });
});

const takewhileType = iterType('takewhile');
newMethod(takewhileType, (cls, args, kwnames) => {
  const [pred, seq] = unpack('takewhile', args, kwnames, 2, 2, cls);
  const it = A.getIter(seq);
  let stopped = false;
  return make(cls, () => {
    if (stopped) return null;
    const v = A.iterNext(it);
    if (v === null) return null;
    if (A.isTrue(A.call(pred, [v]))) return v;
    stopped = true;
    return null;
  });
});

const filterfalseType = iterType('filterfalse');
newMethod(filterfalseType, (cls, args, kwnames) => {
  const [func, seq] = unpack('filterfalse', args, kwnames, 2, 2, cls);
  const it = A.getIter(seq);
  const boolish = func === None || func === boolType;
  return make(cls, () => {
    for (;;) {
      const v = A.iterNext(it);
      if (v === null) return null;
      const ok = boolish ? A.isTrue(v) : A.isTrue(A.call(func, [v]));
      if (!ok) return v;
    }
  });
});

const starmapType = iterType('starmap');
newMethod(starmapType, (cls, args, kwnames) => {
  const [func, seq] = unpack('starmap', args, kwnames, 2, 2, cls);
  const it = A.getIter(seq);
  return make(cls, () => {
    const v = A.iterNext(it);
    if (v === null) return null;
    return A.call(func, v instanceof PyTuple ? v.items.slice() : A.toArray(v));
  });
});

// ---------------------------------------------------------------- groupby and _grouper

const groupbyType = iterType('groupby');
const grouperType = iterType('_grouper', false);
interface GroupBy {
  it: Value;
  keyfunc: Value | null;
  tgtkey: Value | null;
  currkey: Value | null;
  currvalue: Value | null;
  currgrouper: object | null;
}

/** groupby_step: the next value and its key into currvalue/currkey; false at the end. */
function gbStep(g: GroupBy): boolean {
  const v = A.iterNext(g.it);
  if (v === null) return false;
  const k = g.keyfunc === null ? v : A.call(g.keyfunc, [v]);
  g.currvalue = v;
  g.currkey = k;
  return true;
}

newMethod(groupbyType, (cls, args, kwnames) => {
  const [iterable, key] = kwArgs('groupby', args, kwnames, ['iterable', 'key'], 1);
  const g: GroupBy = { it: A.getIter(iterable!), keyfunc: key === null || key === None ? null : key, tgtkey: null, currkey: null, currvalue: null, currgrouper: null };
  return make(cls, () => {
    g.currgrouper = null;
    // Skip to the next key.
    for (;;) {
      if (g.currkey === null) {
        if (!gbStep(g)) return null;
      } else if (g.tgtkey === null) break;
      else {
        if (!A.compareBool(g.tgtkey, g.currkey, A.CMP_EQ)) break;
        if (!gbStep(g)) return null;
      }
    }
    g.tgtkey = g.currkey;
    const tgt = g.tgtkey!;
    const grouper = make(grouperType, () => {
      if (g.currgrouper !== grouper) return null;
      if (g.currvalue === null) {
        if (!gbStep(g)) return null;
      }
      if (!A.compareBool(tgt, g.currkey!, A.CMP_EQ)) return null;
      const r = g.currvalue!;
      g.currvalue = null;
      g.currkey = null;
      return r;
    });
    g.currgrouper = grouper;
    return tuple([g.currkey!, grouper]);
  });
});

// ---------------------------------------------------------------- islice

const isliceType = iterType('islice');
newMethod(isliceType, (cls, args, kwnames) => {
  args = positionalOnly('islice', cls, args, kwnames);
  if (args.length < 2) typeError(`islice expected at least 2 arguments, got ${args.length}`);
  if (args.length > 4) typeError(`islice expected at most 4 arguments, got ${args.length}`);
  const seq = args[0];
  // PyNumber_AsSsize_t(v, NULL) with its error cleared: -1 for what is not an index, saturated beyond ssize_t.
  const asSsize = (v: Value): number => {
    if (!(typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint' || typeOf(v).lookup('__index__') !== null)) return -1;
    const n = A.asIndex(v);
    return n > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : n < -Number.MAX_SAFE_INTEGER ? -Number.MAX_SAFE_INTEGER : Number(n);
  };
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  let start = 0;
  let stop = -1;
  let step = 1;
  if (args.length === 2) {
    if (args[1] !== None) {
      stop = asSsize(args[1]);
      if (stop === -1) throw newException(ValueError, stopMsg);
    }
  } else {
    if (args[1] !== None) start = asSsize(args[1]);
    if (args[2] !== None) {
      stop = asSsize(args[2]);
      if (stop === -1) throw newException(ValueError, stopMsg);
    }
  }
  if (start < 0 || stop < -1) throw newException(ValueError, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (args.length === 4 && args[3] !== None) step = asSsize(args[3]);
  if (step < 1) throw newException(ValueError, 'Step for islice() must be a positive integer or None.');
  let it: Value | null = A.getIter(seq);
  let cnt = 0;
  let next = start;
  return make(cls, () => {
    if (it === null) return null;
    const src = it;
    while (cnt < next) {
      const v = A.iterNext(src);
      if (v === null) {
        it = null;
        return null;
      }
      cnt++;
    }
    if (stop !== -1 && cnt >= stop) {
      it = null;
      return null;
    }
    const v = A.iterNext(src);
    if (v === null) {
      it = null;
      return null;
    }
    cnt++;
    const old = next;
    next += step;
    if (next < old || (stop !== -1 && next > stop)) next = stop;
    return v;
  });
});

// ---------------------------------------------------------------- pairwise

const pairwiseType = iterType('pairwise');
newMethod(pairwiseType, (cls, args, kwnames) => {
  const [iterable] = unpack('pairwise', args, kwnames, 1, 1);
  let it: Value | null = A.getIter(iterable);
  let old: Value | null = null;
  return make(cls, () => {
    if (it === null) return null;
    if (old === null) {
      old = A.iterNext(it);
      if (old === null) {
        it = null;
        return null;
      }
    }
    const nw = A.iterNext(it);
    if (nw === null) {
      it = null;
      old = null;
      return null;
    }
    const r = tuple([old, nw]);
    old = nw;
    return r;
  });
});

// ---------------------------------------------------------------- tee

const teeType = iterType('_tee', false);
const teeDataType = new PyType(typeType, 'itertools._tee_dataobject', [objectType], FINAL);

/** The values read from the source so far, shared by the tee iterators of one tee() call. */
class TeeShared {
  values: Value[] = [];
  done = false;
  /** How far each live reader has got, so the buffer could be trimmed. */
  constructor(readonly it: Value) {}
}

class TeeReader {
  constructor(
    readonly shared: TeeShared,
    public pos: number,
  ) {}
  next(): Value | null {
    const s = this.shared;
    if (this.pos < s.values.length) return s.values[this.pos++];
    if (s.done) return null;
    const v = A.iterNext(s.it);
    if (v === null) {
      s.done = true;
      return null;
    }
    s.values.push(v);
    this.pos++;
    return v;
  }
}
const teeReaders = new WeakMap<object, TeeReader>();

function teeFrom(r: TeeReader): NativeIter {
  const it = make(teeType, () => r.next());
  teeReaders.set(it, r);
  return it;
}

newMethod(teeType, (_cls, args, kwnames) => {
  const [iterable] = unpack('_tee', args, kwnames, 1, 1);
  const src = A.getIter(iterable);
  const existing = teeReaders.get(src as object);
  if (existing !== undefined) return teeFrom(new TeeReader(existing.shared, existing.pos));
  return teeFrom(new TeeReader(new TeeShared(src), 0));
});
method(teeType, '__copy__', (args) => {
  const r = teeReaders.get(args[0] as object)!;
  return teeFrom(new TeeReader(r.shared, r.pos));
});
void teeDataType;

function tee(args: Value[], kwnames: string[] | null): Value {
  const [iterable, nV] = unpack('tee', args, kwnames, 1, 2);
  const n = nV === undefined ? 2 : ssize(nV);
  if (n < 0) throw newException(ValueError, 'n must be >= 0');
  const out: Value[] = [];
  if (n === 0) return tuple(out);
  const it = A.getIter(iterable);
  // The first copy is the iterator's own __copy__ when it has one (a tee of a tee shares its buffer).
  const copy = A.getAttrOrNull(it, '__copy__');
  let first: Value;
  if (copy !== null) first = it;
  else first = teeFrom(new TeeReader(new TeeShared(it), 0));
  out.push(first);
  for (let i = 1; i < n; i++) out.push(A.callMethod(first, '__copy__', []));
  return tuple(out);
}

// ---------------------------------------------------------------- zip_longest

const zipLongestType = iterType('zip_longest');
newMethod(zipLongestType, (cls, args, kwnames) => {
  const n = npos(args, kwnames);
  let fill: Value = None;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      if (kwnames[k] === 'fillvalue') fill = args[n + k];
      else typeError('zip_longest() got an unexpected keyword argument');
    }
  }
  const its: (Value | null)[] = args.slice(0, n).map((a) => A.getIter(a));
  let active = its.length;
  let stopped = its.length === 0;
  return make(cls, () => {
    if (stopped || active === 0) return null;
    const row: Value[] = [];
    for (let i = 0; i < its.length; i++) {
      const src = its[i];
      if (src === null) {
        row.push(fill);
        continue;
      }
      const v = A.iterNext(src);
      if (v === null) {
        its[i] = null;
        active--;
        if (active === 0) {
          stopped = true;
          return null;
        }
        row.push(fill);
      } else row.push(v);
    }
    return tuple(row);
  });
});

// ---------------------------------------------------------------- combinatorics

const productType = iterType('product');
newMethod(productType, (cls, args, kwnames) => {
  const n = npos(args, kwnames);
  let repeat = 1;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      if (kwnames[k] !== 'repeat') typeError(`'${kwnames[k]}' is an invalid keyword argument for product()`);
      repeat = ssize(args[n + k]);
      if (repeat < 0) throw newException(ValueError, 'repeat argument cannot be negative');
    }
  }
  const pools: Value[][] = [];
  for (let i = 0; i < n; i++) pools.push(A.toArray(args[i]));
  const all: Value[][] = [];
  for (let r = 0; r < repeat; r++) all.push(...pools);
  const indices = all.map(() => 0);
  let first = true;
  let stopped = all.some((p) => p.length === 0);
  return make(cls, () => {
    if (stopped) return null;
    if (first) {
      first = false;
      return tuple(all.map((p) => p[0]));
    }
    // Advance the rightmost index that can move (an odometer).
    let i = all.length - 1;
    for (; i >= 0; i--) {
      indices[i]++;
      if (indices[i] < all[i].length) break;
      indices[i] = 0;
    }
    if (i < 0) {
      stopped = true;
      return null;
    }
    return tuple(all.map((p, j) => p[indices[j]]));
  });
});

const combinationsType = iterType('combinations');
newMethod(combinationsType, (cls, args, kwnames) => {
  const [iterable, rV] = kwArgs('combinations', args, kwnames, ['iterable', 'r'], 2);
  const pool = A.toArray(iterable!);
  const r = ssize(rV!);
  if (r < 0) throw newException(ValueError, 'r must be non-negative');
  const n = pool.length;
  const idx = Array.from({ length: r }, (_, i) => i);
  let first = true;
  let stopped = r > n;
  return make(cls, () => {
    if (stopped) return null;
    if (first) {
      first = false;
      return tuple(idx.map((i) => pool[i]));
    }
    let i = r - 1;
    while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) {
      stopped = true;
      return null;
    }
    idx[i]++;
    for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    return tuple(idx.map((k) => pool[k]));
  });
});

const cwrType = iterType('combinations_with_replacement');
newMethod(cwrType, (cls, args, kwnames) => {
  const [iterable, rV] = kwArgs('combinations_with_replacement', args, kwnames, ['iterable', 'r'], 2);
  const pool = A.toArray(iterable!);
  const r = ssize(rV!);
  if (r < 0) throw newException(ValueError, 'r must be non-negative');
  const n = pool.length;
  const idx = new Array<number>(r).fill(0);
  let first = true;
  let stopped = n === 0 && r > 0;
  return make(cls, () => {
    if (stopped) return null;
    if (first) {
      first = false;
      return tuple(idx.map((i) => pool[i]));
    }
    let i = r - 1;
    while (i >= 0 && idx[i] === n - 1) i--;
    if (i < 0) {
      stopped = true;
      return null;
    }
    const v = idx[i] + 1;
    for (let j = i; j < r; j++) idx[j] = v;
    return tuple(idx.map((k) => pool[k]));
  });
});

const permutationsType = iterType('permutations');
newMethod(permutationsType, (cls, args, kwnames) => {
  const [iterable, rV] = kwArgs('permutations', args, kwnames, ['iterable', 'r'], 1);
  const pool = A.toArray(iterable!);
  const n = pool.length;
  const r = rV === null || rV === None ? n : ssize(rV);
  if (r < 0) throw newException(ValueError, 'r must be non-negative');
  const idx = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  let first = true;
  let stopped = r > n;
  return make(cls, () => {
    if (stopped) return null;
    if (first) {
      first = false;
      return tuple(idx.slice(0, r).map((i) => pool[i]));
    }
    if (n === 0) {
      stopped = true;
      return null;
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        // Rotate idx[i:] left by one.
        const x = idx[i];
        for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
        idx[n - 1] = x;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const t = idx[i];
        idx[i] = idx[n - j];
        idx[n - j] = t;
        return tuple(idx.slice(0, r).map((k) => pool[k]));
      }
    }
    stopped = true;
    return null;
  });
});

// ---------------------------------------------------------------- the module

function create(): ReturnType<typeof newModule> {
  const m = newModule('itertools', 'Functional tools for creating and using iterators.');
  const d = m.dict;
  const types: [string, PyType][] = [
    ['accumulate', accumulateType], ['chain', chainType], ['combinations', combinationsType],
    ['combinations_with_replacement', cwrType], ['compress', compressType], ['count', countType], ['cycle', cycleType],
    ['dropwhile', dropwhileType], ['filterfalse', filterfalseType], ['groupby', groupbyType], ['islice', isliceType],
    ['pairwise', pairwiseType], ['permutations', permutationsType], ['product', productType], ['repeat', repeatType],
    ['starmap', starmapType], ['takewhile', takewhileType], ['zip_longest', zipLongestType],
    ['_grouper', grouperType], ['_tee', teeType], ['_tee_dataobject', teeDataType],
  ];
  for (const [name, t] of types) d.set(name, t);
  const teeFn = new PyBuiltin('tee', tee, null, 'tee', 'Returns a tuple of n independent iterators.', 'itertools');
  d.set('tee', teeFn);
  return m;
}

registerNative('itertools', create);

void PyObject;
void PyList;
void NotImplemented;
void StopIteration;
void I;
