/**
 * set and frozenset objects. INTERIM: the table is a PyDict (insertion
 * order); CPython's own set table (Objects/setobject.c: linear probing then
 * perturbation, the same hashes) replaces it so that iteration order matches
 * CPython's. The API below is what the rest of the VM uses.
 */
import { PyObject, type Value } from './base';
import { PyDict } from './dict';
import type { PyType } from './type';
import { setType, frozensetType, None } from './types';

export class PySet extends PyObject {
  table = new PyDict();
  constructor(type: PyType = setType) {
    super(type);
  }
  get size(): number {
    return this.table.used;
  }
  add(v: Value): void {
    this.table.set(v, None);
  }
  has(v: Value): boolean {
    return this.table.has(v);
  }
  /** Remove v; false when absent. */
  discard(v: Value): boolean {
    return this.table.delete(v) !== null;
  }
  items(): Value[] {
    return this.table.keyList();
  }
  clear(): void {
    this.table.clear();
  }
  /** Changes whenever the set is mutated in size (iteration checks). */
  get mutations(): number {
    return this.table.keysVersion;
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
