/**
 * set and frozenset objects with CPython's own hash table
 * (Objects/setobject.c): open addressing over 2**k slots, LINEAR_PROBES
 * neighbours then perturbation by the hash's higher bits, dummy entries for
 * deletions, the fill/used load rule and set_table_resize's growth, so that
 * iteration order equals CPython's for the same operations. Hashes are
 * abstract.ts pyHash values (64-bit, number or bigint); the perturbation
 * works on the hash as an unsigned 64-bit value kept in two 32-bit halves.
 */
import { PyObject, type Value } from './base';
import { PyDict } from './dict';
import type { PyType } from './type';
import { setType, frozensetType } from './types';
import * as A from './abstract';
import { lazy } from '../util/lazy';
const lazy_types = lazy(() => require('./types') as typeof import('./types'));

const MINSIZE = 8;
const LINEAR_PROBES = 9;

/** The deleted-entry marker (CPython's dummy key; its hash slot holds -1). */
const DUMMY = new PyObject(null as unknown as PyType);

type Hash = number | bigint;

function lo32(h: Hash): number {
  return typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(32, h));
}
function hi32(h: Hash): number {
  return typeof h === 'number' ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}

/** Exact str keys compare by value without calling __eq__ (unicode_eq). */
function sameKey(a: Value, b: Value): boolean {
  return a === b;
}

export class PySet extends PyObject {
  /** Slot keys: null = never used, DUMMY = deleted. */
  keys: (Value | null)[] = new Array(MINSIZE).fill(null);
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots. */
  used = 0;
  /** set_pop's search finger. */
  finger = 0;
  /** Cached frozenset hash. */
  hash: Hash | null = null;
  /** Bumped by every table replacement (lookups restart when a comparison mutates the set). */
  version = 0;

  constructor(type: PyType = setType) {
    super(type);
  }

  get size(): number {
    return this.used;
  }

  /** set_add_entry. */
  addEntry(key: Value, hash: Hash): void {
    restart: for (;;) {
      let mask = this.mask;
      let i = lo32(hash) & mask;
      let pl = lo32(hash);
      let ph = hi32(hash);
      let freeslot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = this.keys[j];
          if (k === null) {
            if (freeslot >= 0) {
              this.used++;
              this.keys[freeslot] = key;
              this.hashes[freeslot] = hash;
              return;
            }
            this.fill++;
            this.used++;
            this.keys[j] = key;
            this.hashes[j] = hash;
            if (this.fill * 5 < mask * 3) return;
            this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (k === DUMMY) {
            if (freeslot < 0) freeslot = j;
          } else if (this.hashes[j] === hash) {
            if (sameKey(k, key)) return;
            const keys = this.keys;
            const version = this.version;
            const eq = A.eqBool(k, key);
            if (eq) return;
            if (keys !== this.keys || version !== this.version || this.keys[j] !== k) continue restart;
            mask = this.mask;
          }
          j++;
        } while (probes--);
        pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
        ph >>>= 5;
        i = (i * 5 + 1 + pl) & mask;
      }
    }
  }

  /** set_lookkey: the slot holding key, or -1. */
  lookup(key: Value, hash: Hash): number {
    for (;;) {
      let mask = this.mask;
      let i = lo32(hash) & mask;
      let pl = lo32(hash);
      let ph = hi32(hash);
      let restart = false;
      outer: for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = this.keys[j];
          if (k === null) return -1;
          if (k !== DUMMY && this.hashes[j] === hash) {
            if (sameKey(k, key)) return j;
            const keys = this.keys;
            const version = this.version;
            const eq = A.eqBool(k, key);
            if (keys !== this.keys || version !== this.version || this.keys[j] !== k) {
              restart = true;
              break outer;
            }
            if (eq) return j;
            mask = this.mask;
          }
          j++;
        } while (probes--);
        pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
        ph >>>= 5;
        i = (i * 5 + 1 + pl) & mask;
      }
      if (!restart) return -1;
    }
  }

  /** set_insert_clean: into a table known to hold neither key nor dummies. */
  private static insertClean(keys: (Value | null)[], hashes: Hash[], mask: number, key: Value, hash: Hash): void {
    let i = lo32(hash) & mask;
    let pl = lo32(hash);
    let ph = hi32(hash);
    for (;;) {
      if (keys[i] === null) {
        keys[i] = key;
        hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === null) {
            keys[i + j] = key;
            hashes[i + j] = hash;
            return;
          }
        }
      }
      pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
      ph >>>= 5;
      i = (i * 5 + 1 + pl) & mask;
    }
  }

  /** set_table_resize. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const keys: (Value | null)[] = new Array(newsize).fill(null);
    const hashes: Hash[] = new Array(newsize).fill(0);
    const mask = newsize - 1;
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== null && k !== DUMMY) PySet.insertClean(keys, hashes, mask, k, oldHashes[i]);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.version++;
  }

  add(v: Value): void {
    this.addEntry(v, A.pyHash(v));
  }

  has(v: Value): boolean {
    return this.lookup(v, A.pyHash(v)) >= 0;
  }

  hasEntry(v: Value, hash: Hash): boolean {
    return this.lookup(v, hash) >= 0;
  }

  /** set_discard_entry: false when absent. */
  discardEntry(v: Value, hash: Hash): boolean {
    const j = this.lookup(v, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return true;
  }

  discard(v: Value): boolean {
    return this.discardEntry(v, A.pyHash(v));
  }

  /** Live keys in table order. */
  items(): Value[] {
    const out: Value[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** [key, hash] of every live slot, in table order. */
  entries(): [Value[], Hash[]] {
    const ks: Value[] = [];
    const hs: Hash[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && k !== DUMMY) {
        ks.push(k);
        hs.push(this.hashes[i]);
      }
    }
    return [ks, hs];
  }

  isDummy(k: Value | null): boolean {
    return k === DUMMY;
  }

  /** set_clear_internal. */
  clear(): void {
    this.keys = new Array(MINSIZE).fill(null);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.version++;
  }

  /** set_pop; null when empty. */
  pop(): Value | null {
    if (this.used === 0) return null;
    let i = this.finger & this.mask;
    while (this.keys[i] === null || this.keys[i] === DUMMY) {
      i++;
      if (i > this.mask) i = 0;
    }
    const k = this.keys[i]!;
    this.keys[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    this.finger = i + 1;
    return k;
  }

  /** set_swap_bodies (the hash caches included). */
  swapBodies(o: PySet): void {
    const f = ['keys', 'hashes', 'mask', 'fill', 'used', 'finger', 'hash'] as const;
    for (const name of f) {
      const t = this[name];
      (this as unknown as Record<string, unknown>)[name] = o[name];
      (o as unknown as Record<string, unknown>)[name] = t;
    }
    this.version++;
    o.version++;
  }

  /** set_merge: another set's entries, with one resize up front. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = other.keys[i];
        if (k !== null) {
          this.keys[i] = k;
          this.hashes[i] = other.hashes[i];
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i <= other.mask; i++) {
        const k = other.keys[i];
        if (k !== null && k !== DUMMY) PySet.insertClean(this.keys, this.hashes, this.mask, k, other.hashes[i]);
      }
      return;
    }
    const [ks, hs] = other.entries();
    for (let i = 0; i < ks.length; i++) this.addEntry(ks[i], hs[i]);
  }

  /** set_update_internal. */
  update(other: Value): void {
    if (other instanceof PySet) {
      this.merge(other);
      return;
    }
    if (other instanceof PyDict && other.ob_type === lazy_types().dictType) {
      const n = other.used;
      if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
      for (const k of other.keyList()) this.add(k);
      return;
    }
    const it = A.getIter(other);
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) return;
      this.add(x);
    }
  }

  /** Changes whenever the set is mutated in size (iteration checks). */
  get mutations(): number {
    return this.used;
  }
}

export function isFrozen(s: PySet): boolean {
  return s.ob_type.isSubtype(frozensetType);
}

export function newFrozenSet(items: Value[]): PySet {
  const s = new PySet(frozensetType);
  for (const v of items) s.add(v);
  return s;
}

export function newSet(items: Value[]): PySet {
  const s = new PySet(setType);
  for (const v of items) s.add(v);
  return s;
}
