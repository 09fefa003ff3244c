/**
 * Type objects (Objects/typeobject.c): name, bases, the C3 MRO, the type's
 * dict, and the per-type attribute cache keyed by a version tag that changes
 * whenever the type or one of its bases is modified (PyType_Modified), which
 * the VM's inline caches also check.
 */
import { PyObject, type Value } from './base';
import { PyDict } from './dict';

let nextVersion = 1;

export type NativeNew = (type: PyType, args: Value[], kwnames: string[] | null) => Value;

export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_IS_ABSTRACT = 1 << 20;
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAGS_TYPE_SUBCLASS = 1 << 31;

export class PyType extends PyObject {
  /** tp_name: the bare name for builtins, __name__ for heap types. */
  name: string;
  qualname: string;
  bases: PyType[];
  /** The first base (tp_base), whose instance layout this type extends. */
  base: PyType | null;
  mro: PyType[] = [];
  declare dict: PyDict;
  version = nextVersion++;
  flags: number;
  /** tp_new of the nearest native base: makes an instance of the right JS class. */
  tpNew: NativeNew | null = null;
  /** Heap types may carry __slots__ names (no __dict__ for their instances when all bases agree). */
  slots: string[] | null = null;
  /** Whether instances of this type carry a __dict__. */
  hasInstanceDict = false;
  /** Number of __slots__ entries of PyInstance layouts (this type's and its bases'). */
  slotCount = 0;
  private cache = new Map<string, Value | null>();
  /** vm/ops.ts simpleInit's answer, and the versions of this type and its metaclass it was found at. */
  initFunc: import('./function').PyFunction | null = null;
  initVersion = -1;
  initMetaVersion = -1;
  private subclassList: PyType[] = [];

  constructor(metatype: PyType | null, name: string, bases: PyType[], flags = TPFLAGS_BASETYPE) {
    // The bootstrap of `type` passes null and fixes ob_type afterwards.
    super(metatype as PyType);
    this.name = name;
    // A native type's name is its tp_name ("_io.TextIOWrapper"): __qualname__ is the part after the module.
    this.qualname = name.slice(name.lastIndexOf(".") + 1);
    this.bases = bases;
    this.base = bases.length ? bases[0] : null;
    this.flags = flags;
    this.dict = new PyDict();
    for (const b of bases) b.subclassList.push(this);
    if (this.base) {
      this.tpNew = this.base.tpNew;
      this.flags |= this.base.flags & (TPFLAGS_LONG_SUBCLASS | TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_BYTES_SUBCLASS | TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_DICT_SUBCLASS | TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_TYPE_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
    }
    this.mro = computeMro(this);
  }

  /** _PyType_Lookup: the attribute `name` found along the MRO, or null. */
  lookup(name: string): Value | null {
    const c = this.cache.get(name);
    if (c !== undefined) return c;
    let found: Value | null = null;
    for (const t of this.mro) {
      const v = t.dict.getStr(name);
      if (v !== null) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found;
  }

  /** The type in the MRO whose dict defines `name` (for error messages and super()). */
  definer(name: string): PyType | null {
    for (const t of this.mro) if (t.dict.getStr(name) !== null) return t;
    return null;
  }

  /** PyType_Modified: drop cached lookups here and in every subclass. */
  modified(): void {
    this.version = nextVersion++;
    this.cache.clear();
    for (const s of this.subclassList) s.modified();
  }

  subclasses(): PyType[] {
    return this.subclassList.slice();
  }

  removeSubclass(t: PyType): void {
    const i = this.subclassList.indexOf(t);
    if (i >= 0) this.subclassList.splice(i, 1);
  }

  addSubclass(t: PyType): void {
    this.subclassList.push(t);
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Set an attribute in the type's own dict and invalidate caches. */
  setAttr(name: string, v: Value): void {
    this.dict.set(name, v);
    this.modified();
  }
}

export class MroError {
  constructor(readonly message: string) {}
}

/** C3 linearisation (mro_implementation); throws MroError with CPython's message. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  // check_duplicates
  for (let i = 0; i < t.bases.length; i++) {
    if (t.bases.indexOf(t.bases[i], i + 1) > 0) throw new MroError(`duplicate base class ${t.bases[i].name}`);
  }
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      // set_mro_error: the bases still in play, in the order of the original bases list.
      const left: string[] = [];
      const seen = new Set<PyType>();
      for (const s of seqs.slice(0, -1)) {
        if (s.length && !seen.has(s[0])) {
          seen.add(s[0]);
          left.push(s[0].name);
        }
      }
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${left.join(', ')}`);
    }
    out.push(cand);
    for (const s of seqs) if (s[0] === cand) s.shift();
  }
}
