/**
 * Python's dict: insertion-ordered entries with CPython's semantics (keys
 * equal under Python's `==` with equal hashes are one key: 1, 1.0 and True).
 *
 * Two indexes over one entry array:
 *  - while every key is a primitive str or int (the overwhelming case:
 *    globals, instance dicts, kwargs, most data), a JS Map keyed by the
 *    primitive itself; V8 caches a string's hash in the string, so no Python
 *    hash is computed. True/False and integral floats index as 1/0/the int,
 *    since they are equal to them with the same hash.
 *  - once any other key arrives ("mixed" mode), a Map from the key's Python
 *    hash to the entry indices with that hash, probed with Python equality;
 *    from then on every key (str and int included) is indexed by hash, so a
 *    user object equal to a str or int key finds it as in CPython.
 * Iteration order is the entry order, which is all CPython guarantees for
 * dict (set order, which depends on the hash table, lives in set.ts).
 */
import { PyObject, boot, type Value } from './base';
import type { PyType } from './type';
import type * as Abstract from './abstract';

// abstract.ts depends on the type objects, which need this file first: resolve it on first use.
let abstractModule: typeof Abstract | null = null;
function abs(): typeof Abstract {
  return (abstractModule ??= lazy_abstract() as typeof Abstract);
}
const pyHash = (v: Value): number | bigint => abs().pyHash(v);
const eqBool = (a: Value, b: Value): boolean => abs().eqBool(a, b);
import { PyFloat } from './float_object';
import { lazy } from '../util/lazy';
const lazy_abstract = lazy(() => require('./abstract') as typeof import('./abstract'));

type PrimKey = string | number | bigint;
type HashKey = number | bigint;

/** The Map key for a key whose equality is JS identity on that key, or undefined. */
function primKey(k: Value): PrimKey | undefined {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat && k.ob_type === boot.floatType && Number.isInteger(k.value) && Number.isSafeInteger(k.value)) {
    return k.value === 0 ? 0 : k.value;
  }
  return undefined;
}

export class PyDict extends PyObject {
  /** Entry keys; a deleted entry's key is null (CPython's DKIX_DUMMY). */
  keys: (Value | null)[] = [];
  vals: (Value | null)[] = [];
  /** Number of live entries. */
  used = 0;
  private prim: Map<PrimKey, number> | null = new Map();
  private byHash: Map<HashKey, number | number[]> | null = null;
  private hashes: HashKey[] | null = null;
  /** Changes whenever a key is added or removed (LOAD_GLOBAL's cache key). */
  keysVersion = 0;

  constructor(type: PyType = boot.dictType) {
    super(type);
  }

  get size(): number {
    return this.used;
  }

  /** The entry index of `key`, or -1. */
  lookupIndex(key: Value): number {
    if (this.prim !== null) {
      const pk = primKey(key);
      if (pk !== undefined) {
        const i = this.prim.get(pk);
        return i === undefined ? -1 : i;
      }
      // A non-primitive key in a primitive-only dict: only a key equal to it can match.
      if (this.used === 0) return -1;
      this.toMixed();
    }
    return this.lookupHashed(key, pyHash(key));
  }

  private lookupHashed(key: Value, h: HashKey): number {
    const slot = this.byHash!.get(h);
    if (slot === undefined) return -1;
    if (typeof slot === 'number') {
      const k = this.keys[slot];
      return k === key || (k !== null && eqBool(k, key)) ? slot : -1;
    }
    for (const i of slot) {
      const k = this.keys[i];
      if (k === key) return i;
    }
    for (const i of slot) {
      const k = this.keys[i];
      if (k !== null && eqBool(k, key)) return i;
    }
    return -1;
  }

  /** Switch to hash indexing (computes every key's Python hash once). */
  private toMixed(): void {
    this.prim = null;
    this.byHash = new Map();
    this.hashes = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === null) {
        this.hashes.push(0);
        continue;
      }
      const h = pyHash(k);
      this.hashes.push(h);
      this.addToHashIndex(h, i);
    }
  }

  private addToHashIndex(h: HashKey, i: number): void {
    const m = this.byHash!;
    const cur = m.get(h);
    if (cur === undefined) m.set(h, i);
    else if (typeof cur === 'number') m.set(h, [cur, i]);
    else cur.push(i);
  }

  private removeFromHashIndex(h: HashKey, i: number): void {
    const m = this.byHash!;
    const cur = m.get(h);
    if (cur === i) m.delete(h);
    else if (Array.isArray(cur)) {
      const j = cur.indexOf(i);
      if (j >= 0) cur.splice(j, 1);
      if (cur.length === 1) m.set(h, cur[0]);
    }
  }

  get(key: Value): Value | null {
    const i = this.lookupIndex(key);
    return i < 0 ? null : this.vals[i];
  }

  /** Lookup of a str key in a dict that is still primitive-indexed (globals, attributes). */
  getStr(key: string): Value | null {
    if (this.prim !== null) {
      const i = this.prim.get(key);
      return i === undefined ? null : this.vals[i];
    }
    const i = this.lookupIndex(key);
    return i < 0 ? null : this.vals[i];
  }

  has(key: Value): boolean {
    return this.lookupIndex(key) >= 0;
  }

  set(key: Value, value: Value): void {
    if (this.prim !== null) {
      const pk = primKey(key);
      if (pk !== undefined) {
        const i = this.prim.get(pk);
        if (i !== undefined) {
          this.vals[i] = value;
          return;
        }
        this.prim.set(pk, this.keys.length);
        this.keys.push(key);
        this.vals.push(value);
        this.used++;
        this.keysVersion++;
        return;
      }
      this.toMixed();
    }
    const h = pyHash(key);
    const i = this.lookupHashed(key, h);
    if (i >= 0) {
      this.vals[i] = value;
      return;
    }
    const at = this.keys.length;
    this.keys.push(key);
    this.vals.push(value);
    this.hashes!.push(h);
    this.addToHashIndex(h, at);
    this.used++;
    this.keysVersion++;
  }

  /** Remove `key`; returns its value, or null when absent. */
  delete(key: Value): Value | null {
    const i = this.lookupIndex(key);
    if (i < 0) return null;
    return this.deleteAt(i);
  }

  deleteAt(i: number): Value {
    const k = this.keys[i]!;
    const v = this.vals[i]!;
    if (this.prim !== null) this.prim.delete(primKey(k)!);
    else this.removeFromHashIndex(this.hashes![i], i);
    this.keys[i] = null;
    this.vals[i] = null;
    this.used--;
    this.keysVersion++;
    if (this.keys.length > 16 && this.used * 2 < this.keys.length) this.compact();
    return v;
  }

  /** Drop deleted entries (indices change: only between iterations, as CPython resizes). */
  private compact(): void {
    const keys: Value[] = [];
    const vals: Value[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== null) {
        keys.push(k);
        vals.push(this.vals[i]!);
      }
    }
    this.rebuild(keys, vals);
  }

  private rebuild(keys: Value[], vals: Value[]): void {
    const mixed = this.prim === null;
    this.keys = keys;
    this.vals = vals;
    this.used = keys.length;
    if (!mixed) {
      this.prim = new Map();
      for (let i = 0; i < keys.length; i++) this.prim.set(primKey(keys[i])!, i);
    } else {
      const oldHashes = this.hashes;
      this.byHash = new Map();
      this.hashes = [];
      for (let i = 0; i < keys.length; i++) {
        const h = pyHash(keys[i]);
        this.hashes.push(h);
        this.addToHashIndex(h, i);
      }
      void oldHashes;
    }
    this.keysVersion++;
  }

  clear(): void {
    this.keys = [];
    this.vals = [];
    this.used = 0;
    this.prim = new Map();
    this.byHash = null;
    this.hashes = null;
    this.keysVersion++;
  }

  /** popitem(): the last live entry, or null when empty. */
  popLast(): [Value, Value] | null {
    for (let i = this.keys.length - 1; i >= 0; i--) {
      const k = this.keys[i];
      if (k !== null) {
        const v = this.deleteAt(i);
        // Trailing tombstones carry no order information: trim them so popitem stays O(1).
        while (this.keys.length && this.keys[this.keys.length - 1] === null) {
          this.keys.pop();
          this.vals.pop();
          if (this.hashes) this.hashes.pop();
        }
        return [k, v];
      }
    }
    return null;
  }

  /** Live entries, in order. */
  *entries(): IterableIterator<[Value, Value]> {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== null) yield [k, this.vals[i]!];
    }
  }

  keyList(): Value[] {
    const out: Value[] = [];
    for (const k of this.keys) if (k !== null) out.push(k);
    return out;
  }

  valueList(): Value[] {
    const out: Value[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== null) out.push(this.vals[i]!);
    return out;
  }

  copyFrom(other: PyDict): void {
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k !== null) this.set(k, other.vals[i]!);
    }
  }

  copy(type?: PyType): PyDict {
    const d = new PyDict(type);
    d.copyFrom(this);
    return d;
  }
}
