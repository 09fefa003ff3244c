/**
 * _collections (Modules/_collectionsmodule.c): deque (a ring buffer; a
 * state counter makes iterators fail with "deque mutated during
 * iteration"), defaultdict (a real dict subtype whose __missing__ calls
 * default_factory), _count_elements, _tuplegetter (namedtuple's field
 * descriptor) and the deque iterator types. OrderedDict stays the
 * pure-Python one collections/__init__.py falls back to.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList, PyTuple, tuple } from '../objects/containers';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { typeType, objectType, None, NotImplemented, typeOf, dictType } from '../objects/types';
import { newException, typeError, IndexError, ValueError, RuntimeError, AttributeError, KeyError } from '../objects/exceptions';
import { method, methods, getset, newMethod, classMethod, moduleFunction, parseArgs, npos, noKw } from '../objects/define';
import { nativeIterProtocol } from '../objects/iter_types';
import { makeGenericAlias } from '../objects/generic_alias';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';

// ---------------------------------------------------------------- deque

const dequeType = new PyType(typeType, 'collections.deque', [objectType], TPFLAGS_BASETYPE);
const dequeIterType = new PyType(typeType, '_collections._deque_iterator', [objectType], 0);
const dequeRevIterType = new PyType(typeType, '_collections._deque_reverse_iterator', [objectType], 0);
nativeIterProtocol(dequeIterType);
nativeIterProtocol(dequeRevIterType);

export class PyDeque extends PyObject {
  buf: (Value | undefined)[] = new Array(8);
  head = 0;
  len = 0;
  maxlen = -1;
  /** Bumped by every change, so iterators can tell (deque->state). */
  state = 0;

  at(i: number): Value {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }
  setAt(i: number, v: Value): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const n = this.buf.length;
    const nb: (Value | undefined)[] = new Array(n * 2);
    for (let i = 0; i < this.len; i++) nb[i] = this.at(i);
    this.buf = nb;
    this.head = 0;
  }
  append(v: Value): void {
    if (this.maxlen === 0) return;
    if (this.len === this.buf.length) this.grow();
    this.setAt(this.len++, v);
    this.state++;
    if (this.maxlen >= 0 && this.len > this.maxlen) this.popleft();
  }
  appendleft(v: Value): void {
    if (this.maxlen === 0) return;
    if (this.len === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.len++;
    this.state++;
    if (this.maxlen >= 0 && this.len > this.maxlen) this.pop();
  }
  pop(): Value {
    if (this.len === 0) throw newException(IndexError, 'pop from an empty deque');
    const i = (this.head + this.len - 1) & (this.buf.length - 1);
    const v = this.buf[i]!;
    this.buf[i] = undefined;
    this.len--;
    this.state++;
    return v;
  }
  popleft(): Value {
    if (this.len === 0) throw newException(IndexError, 'pop from an empty deque');
    const v = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.len--;
    this.state++;
    return v;
  }
  toArray(): Value[] {
    const out: Value[] = [];
    for (let i = 0; i < this.len; i++) out.push(this.at(i));
    return out;
  }
  replace(items: Value[]): void {
    let n = 8;
    while (n < items.length) n *= 2;
    this.buf = new Array(n);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.len = items.length;
    this.state++;
  }
}

const Q = (v: Value): PyDeque => {
  if (!(v instanceof PyDeque)) typeError(`descriptor requires a 'collections.deque' object but received a '${A.typeName(v)}'`);
  return v as PyDeque;
};

function newDeque(cls: PyType): PyDeque {
  const d = new PyDeque(cls);
  if (cls.hasInstanceDict) d.dict = new PyDict();
  return d;
}

function extend(d: PyDeque, iterable: Value, left: boolean): void {
  // Extending a deque with itself reads a copy first.
  const src = iterable === d ? new PyList(d.toArray()) : iterable;
  const it = A.getIter(src);
  if (d.maxlen === 0) {
    while (A.iterNext(it) !== null);
    return;
  }
  for (let v = A.iterNext(it); v !== null; v = A.iterNext(it)) {
    if (left) d.appendleft(v);
    else d.append(v);
  }
}

/** A deque index (Py_ssize_t from __index__), negative from the end, checked. */
function index(d: PyDeque, k: Value): number {
  if (typeof k !== 'number' && typeof k !== 'bigint' && typeof k !== 'boolean' && typeOf(k).lookup('__index__') === null) {
    typeError(`sequence index must be integer, not '${A.typeName(k)}'`);
  }
  let i = Number(A.asIndex(k));
  if (i < 0) i += d.len;
  if (i < 0 || i >= d.len) throw newException(IndexError, 'deque index out of range');
  return i;
}

newMethod(dequeType, (cls) => newDeque(cls));
method(dequeType, '__init__', (args, kwnames) => {
  const d = Q(args[0]);
  const [iterable, maxlen] = parseArgs('deque', args.slice(1), kwnames, ['iterable', 'maxlen'], 0);
  let m = -1;
  if (maxlen !== null && maxlen !== None) {
    m = Number(A.asIndex(maxlen));
    if (m < 0) throw newException(ValueError, 'maxlen must be non-negative');
  }
  d.maxlen = m;
  if (d.len > 0) d.replace([]);
  if (iterable !== null) extend(d, iterable, false);
  return None;
});

function rotate(d: PyDeque, n: number): void {
  const len = d.len;
  if (len <= 1) return;
  n = ((n % len) + len) % len;
  if (n === 0) return;
  const items = d.toArray();
  d.replace([...items.slice(len - n), ...items.slice(0, len - n)]);
}

function dequeIter(d: PyDeque, reverse: boolean): Value {
  const state = d.state;
  let i = 0;
  const n = d.len;
  return new A.PyNativeIter(reverse ? dequeRevIterType : dequeIterType, () => {
    if (d.state !== state) throw newException(RuntimeError, 'deque mutated during iteration');
    if (i >= n || i >= d.len) return null;
    const v = reverse ? d.at(d.len - 1 - i) : d.at(i);
    i++;
    return v;
  }, () => Math.max(0, n - i));
}

function dequeRepr(d: PyDeque): string {
  const name = typeOf(d).qualname;
  if (!A.reprEnter(d)) return '[...]';
  try {
    const body = `[${d.toArray().map((v) => A.repr(v)).join(', ')}]`;
    return d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`;
  } finally {
    A.reprLeave(d);
  }
}

/** deque_richcompare: sequences compared item by item, deques only with deques. */
function compare(a: Value, b: Value, op: number): Value {
  if (!(b instanceof PyDeque)) return NotImplemented;
  const x = (a as PyDeque).toArray();
  const y = b.toArray();
  let i = 0;
  while (i < x.length && i < y.length && A.eqBool(x[i], y[i])) i++;
  if (i >= x.length || i >= y.length) {
    const [l, r] = [x.length, y.length];
    switch (op) {
      case A.CMP_LT: return l < r;
      case A.CMP_LE: return l <= r;
      case A.CMP_EQ: return l === r;
      case A.CMP_NE: return l !== r;
      case A.CMP_GT: return l > r;
      default: return l >= r;
    }
  }
  if (op === A.CMP_EQ) return false;
  if (op === A.CMP_NE) return true;
  return A.richCompare(x[i], y[i], op);
}

function copyDeque(d: PyDeque): Value {
  const t = typeOf(d);
  if (t === dequeType) {
    const c = newDeque(dequeType);
    c.maxlen = d.maxlen;
    for (const v of d.toArray()) c.append(v);
    return c;
  }
  const r = d.maxlen < 0 ? A.call(t, [d]) : A.call(t, [d, d.maxlen]);
  if (!(r instanceof PyDeque)) typeError(`${t.name}() must return a deque, not ${A.typeName(r)}`);
  return r;
}

methods(dequeType, {
  append: (a) => {
    Q(a[0]).append(a[1]);
    return None;
  },
  appendleft: (a) => {
    Q(a[0]).appendleft(a[1]);
    return None;
  },
  pop: (a) => Q(a[0]).pop(),
  popleft: (a) => Q(a[0]).popleft(),
  extend: (a) => {
    extend(Q(a[0]), a[1], false);
    return None;
  },
  extendleft: (a) => {
    extend(Q(a[0]), a[1], true);
    return None;
  },
  clear: (a) => {
    Q(a[0]).replace([]);
    return None;
  },
  copy: (a) => copyDeque(Q(a[0])),
  __copy__: (a) => copyDeque(Q(a[0])),
  count: (a) => {
    const d = Q(a[0]);
    const state = d.state;
    let n = 0;
    for (let i = 0; i < d.len; i++) {
      if (A.eqBool(d.at(i), a[1])) n++;
      if (d.state !== state) throw newException(RuntimeError, 'deque mutated during iteration');
    }
    return n;
  },
  index: (a, kw) => {
    noKw('deque.index', kw);
    if (a.length < 2) typeError(`index() takes at least 1 argument (${a.length - 1} given)`);
    if (a.length > 4) typeError(`index() takes at most 3 arguments (${a.length - 1} given)`);
    const d = Q(a[0]);
    const norm = (v: Value | undefined, dflt: number): number => {
      if (v === undefined) return dflt;
      let n = Number(A.asIndex(v));
      if (n < 0) n = Math.max(0, n + d.len);
      return Math.min(n, d.len);
    };
    const start = norm(a[2], 0);
    const stop = norm(a[3], d.len);
    const state = d.state;
    for (let i = start; i < stop && i < d.len; i++) {
      if (A.eqBool(d.at(i), a[1])) return i;
      if (d.state !== state) throw newException(RuntimeError, 'deque mutated during iteration');
    }
    throw newException(ValueError, A.mkStr(`${A.repr(a[1])} is not in deque`));
  },
  insert: (a, kw) => {
    noKw('deque.insert', kw);
    if (a.length !== 3) typeError(`insert() takes exactly 2 arguments (${a.length - 1} given)`);
    const d = Q(a[0]);
    if (d.maxlen >= 0 && d.len >= d.maxlen) throw newException(IndexError, 'deque already at its maximum size');
    let i = Number(A.asIndex(a[1]));
    if (i < 0) i = Math.max(0, i + d.len);
    i = Math.min(i, d.len);
    const items = d.toArray();
    items.splice(i, 0, a[2]);
    d.replace(items);
    return None;
  },
  remove: (a) => {
    const d = Q(a[0]);
    for (let i = 0; i < d.len; i++) {
      if (A.eqBool(d.at(i), a[1])) {
        const items = d.toArray();
        items.splice(i, 1);
        d.replace(items);
        return None;
      }
    }
    throw newException(ValueError, A.mkStr(`${A.repr(a[1])} is not in deque`));
  },
  reverse: (a) => {
    const d = Q(a[0]);
    d.replace(d.toArray().reverse());
    return None;
  },
  rotate: (a, kw) => {
    noKw('deque.rotate', kw);
    if (a.length > 2) typeError(`deque.rotate expected at most 1 argument, got ${a.length - 1}`);
    rotate(Q(a[0]), a.length > 1 ? Number(A.asIndex(a[1])) : 1);
    return None;
  },
  __len__: (a) => Q(a[0]).len,
  __bool__: (a) => Q(a[0]).len > 0,
  __getitem__: (a) => {
    const d = Q(a[0]);
    return d.at(index(d, a[1]));
  },
  __setitem__: (a) => {
    const d = Q(a[0]);
    d.setAt(index(d, a[1]), a[2]);
    return None;
  },
  __delitem__: (a) => {
    const d = Q(a[0]);
    const i = index(d, a[1]);
    const items = d.toArray();
    items.splice(i, 1);
    d.replace(items);
    return None;
  },
  __contains__: (a) => {
    const d = Q(a[0]);
    const state = d.state;
    for (let i = 0; i < d.len; i++) {
      if (A.eqBool(d.at(i), a[1])) return true;
      if (d.state !== state) throw newException(RuntimeError, 'deque mutated during iteration');
    }
    return false;
  },
  __iter__: (a) => dequeIter(Q(a[0]), false),
  __reversed__: (a) => dequeIter(Q(a[0]), true),
  __repr__: (a) => dequeRepr(Q(a[0])),
  __add__: (a) => {
    const d = Q(a[0]);
    if (!(a[1] instanceof PyDeque)) typeError(`can only concatenate deque (not "${A.typeName(a[1])}") to deque`);
    const c = copyDeque(d) as PyDeque;
    extend(c, a[1], false);
    return c;
  },
  __iadd__: (a) => {
    extend(Q(a[0]), a[1], false);
    return a[0];
  },
  __mul__: (a) => {
    const c = copyDeque(Q(a[0])) as PyDeque;
    const items = c.toArray();
    const n = Number(A.asIndex(a[1]));
    c.replace([]);
    for (let k = 0; k < n; k++) for (const v of items) c.append(v);
    return c;
  },
  __rmul__: (a) => A.callMethod(a[0], '__mul__', [a[1]]),
  __imul__: (a) => {
    const d = Q(a[0]);
    const items = d.toArray();
    const n = Number(A.asIndex(a[1]));
    d.replace([]);
    for (let k = 0; k < n; k++) for (const v of items) d.append(v);
    return d;
  },
  __lt__: (a) => compare(a[0], a[1], A.CMP_LT),
  __le__: (a) => compare(a[0], a[1], A.CMP_LE),
  __eq__: (a) => compare(a[0], a[1], A.CMP_EQ),
  __ne__: (a) => compare(a[0], a[1], A.CMP_NE),
  __gt__: (a) => compare(a[0], a[1], A.CMP_GT),
  __ge__: (a) => compare(a[0], a[1], A.CMP_GE),
  __reduce__: (a) => {
    const d = Q(a[0]);
    const state = d.dict !== null && d.dict.size > 0 ? d.dict : None;
    return tuple([typeOf(d), d.maxlen < 0 ? tuple([]) : tuple([tuple([]), d.maxlen]), state, dequeIter(d, false)]);
  },
});
dequeType.dict.set('__hash__', None);
getset(dequeType, 'maxlen', (s) => (Q(s).maxlen < 0 ? None : Q(s).maxlen));
classMethod(dequeType, '__class_getitem__', (a) => makeGenericAlias(a[0], a[1]));

// ---------------------------------------------------------------- defaultdict

const defaultdictType = new PyType(typeType, 'collections.defaultdict', [dictType], TPFLAGS_BASETYPE);
const factories = new WeakMap<object, Value>();
const factoryOf = (d: Value): Value => factories.get(d as object) ?? None;

method(defaultdictType, '__init__', (args, kwnames) => {
  const self = args[0] as PyDict;
  const n = npos(args, kwnames);
  let rest = args.slice(1);
  let factory: Value = None;
  if (n > 1) {
    factory = args[1];
    if (factory !== None && A.getAttrOrNull(factory, '__call__') === null) typeError('first argument must be callable or None');
    rest = args.slice(2);
  }
  factories.set(self, factory);
  return A.callDescr(dictType.dict.getStr('__init__')!, self, rest, kwnames);
});
method(defaultdictType, '__missing__', (args) => {
  const f = factoryOf(args[0]);
  if (f === None) throw newException(KeyError, args[1]);
  const v = A.call(f, []);
  A.setItem(args[0], args[1], v);
  return v;
});
getset(defaultdictType, 'default_factory', (s) => factoryOf(s), (s, v) => {
  factories.set(s as object, v === null ? None : v);
});
function ddCopy(self: Value): Value {
  return A.call(typeOf(self), [factoryOf(self), self]);
}
method(defaultdictType, 'copy', (a) => ddCopy(a[0]));
method(defaultdictType, '__copy__', (a) => ddCopy(a[0]));
method(defaultdictType, '__repr__', (a) => {
  const self = a[0] as PyDict;
  const f = factoryOf(self);
  let fr: string;
  if (f === None) fr = 'None';
  else if (!A.reprEnter(f)) fr = '...';
  else {
    try {
      fr = A.repr(f);
    } finally {
      A.reprLeave(f);
    }
  }
  const base = A.callDescr(dictType.dict.getStr('__repr__')!, self, []);
  return `${typeOf(self).qualname}(${fr}, ${A.strValue(base)})`;
});
method(defaultdictType, '__reduce__', (a) => {
  const f = factoryOf(a[0]);
  return tuple([typeOf(a[0]), f === None ? tuple([]) : tuple([f]), None, None, A.getIter(A.callMethod(a[0], 'items', []))]);
});
method(defaultdictType, '__or__', (a) => {
  if (!(a[1] instanceof PyDict)) return NotImplemented;
  const c = ddCopy(a[0]);
  A.callMethod(c, 'update', [a[1]]);
  return c;
});
method(defaultdictType, '__ror__', (a) => {
  if (!(a[1] instanceof PyDict)) return NotImplemented;
  const c = A.call(typeOf(a[0]), [factoryOf(a[0]), a[1]]);
  A.callMethod(c, 'update', [a[0]]);
  return c;
});

// ---------------------------------------------------------------- _tuplegetter

const tuplegetterType = new PyType(typeType, '_collections._tuplegetter', [objectType], 0);
class PyTupleGetter extends PyObject {
  constructor(
    readonly index: number,
    public doc: Value,
  ) {
    super(tuplegetterType);
  }
}
newMethod(tuplegetterType, (_cls, args) => {
  if (args.length !== 2) typeError(`_tuplegetter expected 2 arguments, got ${args.length}`);
  return new PyTupleGetter(Number(A.asIndex(args[0])), args[1]);
});
method(tuplegetterType, '__get__', (a) => {
  const g = a[0] as PyTupleGetter;
  const obj = a[1];
  if (obj === None) return g;
  if (!(obj instanceof PyTuple)) {
    typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${A.typeName(obj)}' object`);
  }
  const items = (obj as PyTuple).items;
  if (g.index >= items.length) throw newException(IndexError, 'tuple index out of range');
  return items[g.index];
});
method(tuplegetterType, '__set__', () => {
  throw newException(AttributeError, "can't set attribute");
});
method(tuplegetterType, '__delete__', () => {
  throw newException(AttributeError, "can't delete attribute");
});
getset(tuplegetterType, '__doc__', (s) => (s as PyTupleGetter).doc, (s, v) => {
  (s as PyTupleGetter).doc = v ?? None;
});
method(tuplegetterType, '__reduce__', (a) => tuple([tuplegetterType, tuple([(a[0] as PyTupleGetter).index, (a[0] as PyTupleGetter).doc])]));

// ---------------------------------------------------------------- the module

function create(): ReturnType<typeof newModule> {
  const m = newModule('_collections', 'High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n');
  const d = m.dict;
  d.set('deque', dequeType);
  d.set('defaultdict', defaultdictType);
  d.set('_tuplegetter', tuplegetterType);
  d.set('_deque_iterator', dequeIterType);
  d.set('_deque_reverse_iterator', dequeRevIterType);
  moduleFunction(d, '_collections', '_count_elements', (args) => {
    if (args.length !== 2) typeError(`_count_elements expected 2 arguments, got ${args.length}`);
    const [mapping, iterable] = args;
    const it = A.getIter(iterable);
    const exactDict = mapping instanceof PyDict && typeOf(mapping).lookup('__getitem__') === dictType.dict.getStr('__getitem__') &&
      typeOf(mapping).lookup('__setitem__') === dictType.dict.getStr('__setitem__');
    for (let v = A.iterNext(it); v !== null; v = A.iterNext(it)) {
      if (exactDict) {
        const cur = (mapping as PyDict).get(v);
        (mapping as PyDict).set(v, cur === null ? 1 : A.binaryOp(cur, 1, A.NB_ADD));
      } else {
        const cur = A.callMethod(mapping, 'get', [v, 0]);
        A.setItem(mapping, v, A.binaryOp(cur, 1, A.NB_ADD));
      }
    }
    return None;
  });
  return m;
}

registerNative('_collections', create);
