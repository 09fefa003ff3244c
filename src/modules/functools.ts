/**
 * _functools (Modules/_functoolsmodule.c, 3.11): reduce, cmp_to_key (its
 * functools.KeyWrapper objects), partial (subclassable, with a lazily made
 * __dict__ so that nested partials flatten as in C, no __get__) and
 * _lru_cache_wrapper (the uncached, unbounded and bounded wrappers with
 * the C version's key layout, hit/miss accounting, reentrancy handling and
 * one hash computation per call).
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyInstance } from '../objects/instance';
import { PyTuple, PyWStr, tuple } from '../objects/containers';
import { PyFunction, PyBuiltin, PyMethod } from '../objects/function';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { typeType, objectType, tupleType, dictType, None, typeOf } from '../objects/types';
import { newException, typeError, TypeError, AttributeError, OverflowError } from '../objects/exceptions';
import { method, getset, newMethod, classMethod, moduleFunction, npos } from '../objects/define';
import { makeGenericAlias } from '../objects/generic_alias';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';

// ---------------------------------------------------------------- shared helpers

/** PyCallable_Check. */
export function isCallable(v: Value): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== null;
}

/**
 * Keyword-capable argument parsing with the checks, order and messages of
 * _PyArg_UnpackKeywords (Argument Clinic) and vgetargskeywords, which agree
 * for the signatures used here: the total count, the positional count,
 * missing required arguments, then names given twice, then unknown names.
 */
export function unpackKeywords(
  fname: string,
  args: Value[],
  kwnames: string[] | null,
  names: string[],
  required: number,
  maxPos = names.length,
): (Value | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - nkw;
  const maxArgs = names.length;
  if (n + nkw > maxArgs) {
    typeError(`${fname}() takes at most ${maxArgs} ${n === 0 ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${n + nkw} given)`);
  }
  if (n > maxPos) {
    typeError(`${fname}() takes ${required < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${n} given)`);
  }
  const out: (Value | null)[] = names.map(() => null);
  for (let i = 0; i < n; i++) out[i] = args[i];
  let used = 0;
  for (let i = n; i < maxArgs; i++) {
    const k = kwnames === null ? -1 : kwnames.indexOf(names[i]);
    if (k >= 0) {
      out[i] = args[n + k];
      used++;
    } else if (i < required) {
      typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (used < nkw) {
    for (let i = 0; i < n; i++) {
      if (kwnames!.includes(names[i])) typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of kwnames!) {
      if (!names.includes(k)) typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/** METH_NOARGS methods: "partial.__reduce__() takes no arguments (1 given)". */
function noArgs(qualname: string, args: Value[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) typeError(`${qualname}() takes no keyword arguments`);
  if (args.length > 1) typeError(`${qualname}() takes no arguments (${args.length - 1} given)`);
}

/** METH_O methods. */
function oneArg(qualname: string, args: Value[], kwnames: string[] | null): Value {
  if (kwnames !== null && kwnames.length) typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`${qualname}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

/** A type's __dict__ as PyObject_GenericGetDict/SetDict give it (made on first access). */
function dictGetset(t: PyType): void {
  getset(t, '__dict__', (self) => ((self as PyObject).dict ??= new PyDict()), (self, v) => {
    if (v === null) typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${A.typeName(v!)}'`);
    (self as PyObject).dict = v as PyDict;
  });
  t.hasInstanceDict = true;
}

function readonly(t: PyType, name: string, get: (self: Value) => Value): void {
  getset(t, name, get, () => {
    throw newException(AttributeError, 'readonly attribute');
  });
}

/** What a type without tp_new answers when called (type_call's check). */
function noNew(t: PyType): void {
  newMethod(t, (cls) => typeError(`cannot create '${cls.name}' instances`));
}

// ---------------------------------------------------------------- reduce

const REDUCE_DOC = 'reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.';

function reduce(args: Value[], kwnames: string[] | null): Value {
  if (kwnames !== null && kwnames.length) typeError('reduce() takes no keyword arguments');
  const n = args.length;
  if (n < 2) typeError(`reduce expected at least 2 arguments, got ${n}`);
  if (n > 3) typeError(`reduce expected at most 3 arguments, got ${n}`);
  const func = args[0];
  let result: Value | null = n === 3 ? args[2] : null;
  let it: Value;
  try {
    it = A.getIter(args[1]);
  } catch (e) {
    if (e instanceof PyObject && e.ob_type.isSubtype(TypeError)) typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  for (;;) {
    const op2 = A.iterNext(it);
    if (op2 === null) break;
    result = result === null ? op2 : A.call(func, [result, op2]);
  }
  if (result === null) typeError('reduce() of empty iterable with no initial value');
  return result!;
}

// ---------------------------------------------------------------- cmp_to_key

const keyType = new PyType(typeType, 'functools.KeyWrapper', [objectType], 0);

class PyKeyWrapper extends PyObject {
  constructor(
    readonly cmp: Value,
    /** null after `del k.obj` (a T_OBJECT member left NULL). */
    public obj: Value | null,
  ) {
    super(keyType);
  }
}

noNew(keyType);
method(keyType, '__call__', (args, kwnames) => {
  const self = args[0] as PyKeyWrapper;
  const [obj] = unpackKeywords('K', args.slice(1), kwnames, ['obj'], 1);
  return new PyKeyWrapper(self.cmp, obj!);
});
getset(keyType, 'obj', (self) => (self as PyKeyWrapper).obj ?? None, (self, v) => {
  (self as PyKeyWrapper).obj = v;
});
keyType.dict.set('__hash__', None);

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
for (let op = 0; op < 6; op++) {
  method(keyType, CMP_NAMES[op], (args) => {
    const self = args[0] as PyKeyWrapper;
    const other = args[1];
    if (typeOf(other) !== typeOf(self)) typeError('other argument must be K instance');
    const x = self.obj;
    const y = (other as PyKeyWrapper).obj;
    if (x === null || y === null) throw newException(AttributeError, 'object');
    const res = A.call(self.cmp, [x, y]);
    return A.richCompare(res, 0, op);
  });
}

// ---------------------------------------------------------------- partial

const partialType = new PyType(typeType, 'functools.partial', [objectType], TPFLAGS_BASETYPE);
partialType.dict.set('__doc__', 'partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n');

class PyPartial extends PyObject {
  fn: Value = None;
  args: PyTuple = tuple([]);
  kw: PyDict = new PyDict();
}

let partialCallDescr: Value | null = null;

newMethod(partialType, (cls, args, kwnames) => {
  const n = npos(args, kwnames);
  if (n < 1) typeError("type 'partial' takes at least one argument");
  let func = args[0];
  let pargs: Value[] | null = null;
  let pkw: PyDict | null = null;
  // A partial (or a subclass keeping partial's __call__) without a __dict__ is flattened into this one.
  if (func instanceof PyPartial && func.dict === null && typeOf(func).lookup('__call__') === partialCallDescr) {
    pargs = func.args.items;
    pkw = func.kw;
    func = func.fn;
  }
  if (!isCallable(func)) typeError('the first argument must be callable');
  const p = new PyPartial(cls);
  if (cls.slotCount > 0) p.slotValues = new Array(cls.slotCount).fill(null);
  p.fn = func;
  const nargs = args.slice(1, n);
  p.args = tuple(pargs === null ? nargs : pargs.concat(nargs));
  const kw = pkw === null || pkw.used === 0 ? new PyDict() : pkw.copy();
  if (kwnames !== null) for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[n + i]);
  p.kw = kw;
  return p;
});

partialCallDescr = method(partialType, '__call__', (args, kwnames) => {
  const self = args[0] as PyPartial;
  const pargs = self.args.items;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - 1 - nkw;
  if (self.kw.used === 0) {
    const callArgs = pargs.length === 0 ? args.slice(1) : pargs.concat(args.slice(1));
    return A.call(self.fn, callArgs, nkw === 0 ? null : kwnames);
  }
  // A copy of the stored keywords, updated by the call's (PyDict_Copy + PyDict_Merge).
  const names: string[] = [];
  const vals: Value[] = [];
  const where = new Map<string, number>();
  for (const [k, v] of self.kw.entries()) {
    if (!A.isStr(k)) typeError('keywords must be strings');
    const s = A.strValue(k);
    where.set(s, names.length);
    names.push(s);
    vals.push(v);
  }
  for (let i = 0; i < nkw; i++) {
    const s = kwnames![i];
    const j = where.get(s);
    const v = args[1 + n + i];
    if (j === undefined) {
      where.set(s, names.length);
      names.push(s);
      vals.push(v);
    } else vals[j] = v;
  }
  const callArgs = pargs.concat(args.slice(1, 1 + n), vals);
  return A.call(self.fn, callArgs, names);
});

readonly(partialType, 'func', (self) => (self as PyPartial).fn);
readonly(partialType, 'args', (self) => (self as PyPartial).args);
readonly(partialType, 'keywords', (self) => (self as PyPartial).kw);
dictGetset(partialType);

method(partialType, '__repr__', (args) => {
  const self = args[0] as PyPartial;
  if (!A.reprEnter(self)) return '...';
  try {
    let s = '';
    for (const a of self.args.items) s += `, ${A.repr(a)}`;
    for (const [k, v] of self.kw.entries()) {
      const ks = A.str(k);
      s += `, ${ks}=${A.repr(v)}`;
    }
    return A.mkStr(`${typeOf(self).name}(${A.repr(self.fn)}${s})`);
  } finally {
    A.reprLeave(self);
  }
});

method(partialType, '__reduce__', (args, kwnames) => {
  noArgs('partial.__reduce__', args, kwnames);
  const self = args[0] as PyPartial;
  return tuple([typeOf(self), tuple([self.fn]), tuple([self.fn, self.args, self.kw, self.dict ?? None])]);
});

method(partialType, '__setstate__', (args, kwnames) => {
  const state = oneArg('partial.__setstate__', args, kwnames);
  const self = args[0] as PyPartial;
  const invalid = (): never => typeError('invalid partial state');
  if (!(state instanceof PyTuple) || state.items.length !== 4) invalid();
  const [fn, fnargs, kw, dict] = (state as PyTuple).items;
  if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) invalid();
  if (dict !== None && !(dict instanceof PyDict)) invalid();
  const targs = (fnargs as PyTuple).ob_type === tupleType ? (fnargs as PyTuple) : tuple(A.toArray(fnargs));
  let newKw: PyDict;
  if (kw === None) newKw = new PyDict();
  else if ((kw as PyDict).ob_type !== dictType) newKw = (kw as PyDict).copy();
  else newKw = kw as PyDict;
  self.fn = fn;
  self.args = targs;
  self.kw = newKw;
  self.dict = dict === None ? null : (dict as PyDict);
  return None;
});

classMethod(partialType, '__class_getitem__', (args) => makeGenericAlias(args[0], args[1]));

// ---------------------------------------------------------------- _lru_cache_wrapper

const lruType = new PyType(typeType, 'functools._lru_cache_wrapper', [objectType], 0);
lruType.dict.set(
  '__doc__',
  'Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n',
);

type HashKey = number | bigint;

/** A cache entry; also a node of the bounded cache's recency list (oldest after the root). */
class Link {
  prev: Link = this;
  next: Link = this;
  constructor(
    public key: Value,
    public hash: HashKey,
    public result: Value,
  ) {}
}

/**
 * The cache dict. Keys that are a bare str or int (the C version's key for a
 * single exact str/int argument) are looked up by the JS primitive; other
 * keys (tuples, wide strings) by their Python hash, computed once per call
 * by the caller, and Python equality, as _PyDict_GetItem_KnownHash does.
 */
class CacheTable {
  prim = new Map<string | number | bigint, Link>();
  hashed = new Map<HashKey, Link[]>();
  size = 0;

  get(key: Value, hash: HashKey): Link | null {
    if (isPrimKey(key)) return this.prim.get(key as string) ?? null;
    const bucket = this.hashed.get(hash);
    if (bucket === undefined) return null;
    return this.find(bucket.slice(), key);
  }

  private find(bucket: Link[], key: Value): Link | null {
    for (const l of bucket) if (l.key === key) return l;
    for (const l of bucket) if (A.eqBool(l.key, key)) return l;
    return null;
  }

  /** _PyDict_SetItem_KnownHash: an equal key keeps its place and gets the new link. */
  set(key: Value, hash: HashKey, link: Link): void {
    if (isPrimKey(key)) {
      if (!this.prim.has(key as string)) this.size++;
      this.prim.set(key as string, link);
      return;
    }
    let bucket = this.hashed.get(hash);
    if (bucket !== undefined) {
      const old = this.find(bucket.slice(), key);
      bucket = this.hashed.get(hash);
      if (old !== null && bucket !== undefined) {
        const i = bucket.indexOf(old);
        if (i >= 0) {
          bucket[i] = link;
          return;
        }
      }
    }
    if (bucket === undefined) this.hashed.set(hash, (bucket = []));
    bucket.push(link);
    this.size++;
  }

  /** _PyDict_Pop_KnownHash: the link stored under a key equal to `key`, removed; null when absent. */
  pop(key: Value, hash: HashKey): Link | null {
    if (isPrimKey(key)) {
      const l = this.prim.get(key as string);
      if (l === undefined) return null;
      this.prim.delete(key as string);
      this.size--;
      return l;
    }
    const bucket = this.hashed.get(hash);
    if (bucket === undefined) return null;
    const l = this.find(bucket.slice(), key);
    if (l === null) return null;
    const cur = this.hashed.get(hash);
    const i = cur === undefined ? -1 : cur.indexOf(l);
    if (i < 0) return null;
    cur!.splice(i, 1);
    if (cur!.length === 0) this.hashed.delete(hash);
    this.size--;
    return l;
  }

  clear(): void {
    this.prim = new Map();
    this.hashed = new Map();
    this.size = 0;
  }
}

function isPrimKey(k: Value): boolean {
  const t = typeof k;
  return t === 'string' || t === 'number' || t === 'bigint';
}

const KIND_UNCACHED = 0, KIND_INFINITE = 1, KIND_BOUNDED = 2;

class PyLruWrapper extends PyObject {
  kind = KIND_INFINITE;
  func: Value = None;
  /** -1 for an unbounded cache. */
  maxsize = -1;
  typed = false;
  cacheInfoType: Value = None;
  hits = 0;
  misses = 0;
  table = new CacheTable();
  /** Sentinel of the recency list: root.next is the oldest link. */
  root = new Link(None, 0, None);
}

/** The object() separating positional arguments from keywords in cache keys. */
let kwdMark: Value | null = null;

/** lru_cache_make_key. */
function makeKey(args: Value[], n: number, kwnames: string[] | null, typed: boolean): Value {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (!typed && nkw === 0) {
    if (n === 1) {
      const k = args[0];
      const t = typeof k;
      // An exact str or int stands for itself (bool, float and subclasses do not).
      if (t === 'string' || t === 'number' || t === 'bigint') return k;
      if (k instanceof PyWStr) return k;
    }
    return tuple(args.slice(0, n));
  }
  const items = args.slice(0, n);
  if (nkw) {
    items.push((kwdMark ??= new PyInstance(objectType)));
    for (let i = 0; i < nkw; i++) items.push(A.mkStr(kwnames![i]), args[n + i]);
  }
  if (typed) {
    for (let i = 0; i < n; i++) items.push(typeOf(args[i]));
    for (let i = 0; i < nkw; i++) items.push(typeOf(args[n + i]));
  }
  return tuple(items);
}

/**
 * The bucket of a non-primitive key. Only this table sees it, so a tuple key
 * mixes its items' Python hashes cheaply instead of computing tuplehash; the
 * items' __hash__ still run once each, in order, as PyObject_Hash(key) does.
 */
function keyHash(key: Value): HashKey {
  if (!(key instanceof PyTuple)) return A.pyHash(key);
  let h = key.items.length;
  for (const it of key.items) {
    const t = typeof it;
    // hash(n) is n for the ints a JS number holds, except hash(-1) == -2.
    const ih = t === 'string' ? A.strHashCached(it as string) : t === 'number' ? (it === -1 ? -2 : (it as number)) : A.pyHash(it);
    const low = typeof ih === 'number' ? (ih | 0) ^ (Math.floor(ih / 4294967296) | 0) : Number(BigInt.asIntN(32, ih ^ (ih >> 32n)));
    h = (Math.imul(h, 1000003) ^ low) | 0;
  }
  return h;
}

function extract(link: Link): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

/** Make `link` the most recently used. */
function append(self: PyLruWrapper, link: Link): void {
  const root = self.root;
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

function prepend(self: PyLruWrapper, link: Link): void {
  const root = self.root;
  const first = root.next;
  first.prev = root.next = link;
  link.prev = root;
  link.next = first;
}

function lruCall(args: Value[], kwnames: string[] | null): Value {
  const self = args[0] as PyLruWrapper;
  const fargs = args.slice(1);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const kw = nkw === 0 ? null : kwnames;
  if (self.kind === KIND_UNCACHED) {
    self.misses++;
    return A.call(self.func, fargs, kw);
  }
  const key = makeKey(fargs, fargs.length - nkw, kw, self.typed);
  const hash = isPrimKey(key) ? 0 : keyHash(key);
  const table = self.table;
  const found = table.get(key, hash);
  if (found !== null) {
    if (self.kind === KIND_BOUNDED) {
      extract(found);
      append(self, found);
    }
    self.hits++;
    return found.result;
  }
  self.misses++;
  const result = A.call(self.func, fargs, kw);
  if (self.kind === KIND_INFINITE) {
    table.set(key, hash, new Link(key, hash, result));
    return result;
  }
  // The call may have added this key itself (recursion, or another thread in C).
  if (table.get(key, hash) !== null) return result;
  const root = self.root;
  if (table.size < self.maxsize || root.next === root) {
    const link = new Link(key, hash, result);
    table.set(key, hash, link);
    append(self, link);
    return result;
  }
  // Full: the oldest link is evicted and reused for the new key.
  const link = root.next;
  extract(link);
  let popped: Link | null;
  try {
    popped = table.pop(link.key, link.hash);
  } catch (e) {
    prepend(self, link);
    throw e;
  }
  // Already gone from the dict (the call removed it): the orphan is dropped.
  if (popped === null) return result;
  link.key = key;
  link.hash = hash;
  link.result = result;
  table.set(key, hash, link);
  append(self, link);
  return result;
}

newMethod(lruType, (cls, args, kwnames) => {
  const [func, maxsizeO, typedO, cacheInfoType] = unpackKeywords('lru_cache', args, kwnames, ['user_function', 'maxsize', 'typed', 'cache_info_type'], 4);
  const typed = A.isTrue(typedO!);
  if (!isCallable(func!)) typeError('the first argument must be callable');
  let kind: number;
  let maxsize = -1;
  if (maxsizeO === None) kind = KIND_INFINITE;
  else if (A.intValue(maxsizeO!) !== null || typeOf(maxsizeO!).lookup('__index__') !== null) {
    const m = A.asIndex(maxsizeO!);
    if (typeof m === 'bigint') throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
    maxsize = m < 0 ? 0 : m;
    kind = maxsize === 0 ? KIND_UNCACHED : KIND_BOUNDED;
  } else typeError('maxsize should be integer or None');
  const w = new PyLruWrapper(cls);
  w.kind = kind!;
  w.func = func!;
  w.maxsize = maxsize;
  w.typed = typed;
  w.cacheInfoType = cacheInfoType!;
  return w;
});

method(lruType, '__call__', lruCall);
method(lruType, '__get__', (args) => {
  const self = args[0];
  if (args.length < 2) typeError('expected at least 1 argument, got 0');
  const obj = args[1];
  const type = args.length > 2 ? args[2] : None;
  if (obj === None && type === None) typeError('__get__(None, None) is invalid');
  return obj === None ? self : new PyMethod(self, obj);
});
method(lruType, 'cache_info', (args, kwnames) => {
  noArgs('_lru_cache_wrapper.cache_info', args, kwnames);
  const self = args[0] as PyLruWrapper;
  return A.call(self.cacheInfoType, [self.hits, self.misses, self.maxsize === -1 ? None : self.maxsize, self.table.size]);
});
method(lruType, 'cache_clear', (args, kwnames) => {
  noArgs('_lru_cache_wrapper.cache_clear', args, kwnames);
  const self = args[0] as PyLruWrapper;
  self.hits = self.misses = 0;
  self.table.clear();
  self.root.next = self.root.prev = self.root;
  return None;
});
method(lruType, '__reduce__', (args, kwnames) => {
  noArgs('_lru_cache_wrapper.__reduce__', args, kwnames);
  return A.getAttr(args[0], '__qualname__');
});
method(lruType, '__copy__', (args, kwnames) => {
  noArgs('_lru_cache_wrapper.__copy__', args, kwnames);
  return args[0];
});
method(lruType, '__deepcopy__', (args, kwnames) => {
  oneArg('_lru_cache_wrapper.__deepcopy__', args, kwnames);
  return args[0];
});
dictGetset(lruType);

// ---------------------------------------------------------------- the module

function create(): ReturnType<typeof newModule> {
  const m = newModule('_functools', 'Tools that operate on functions.');
  const d = m.dict;
  moduleFunction(d, '_functools', 'reduce', reduce, REDUCE_DOC);
  moduleFunction(d, '_functools', 'cmp_to_key', (args, kwnames) => {
    const [mycmp] = unpackKeywords('cmp_to_key', args, kwnames, ['mycmp'], 1);
    return new PyKeyWrapper(mycmp!, null);
  }, 'Convert a cmp= function into a key= function.');
  d.set('partial', partialType);
  d.set('_lru_cache_wrapper', lruType);
  return m;
}

registerNative('_functools', create);
