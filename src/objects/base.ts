/**
 * The root of the VM's value model (docs/vm-design.md):
 *
 *   int   -> JS number when |v| <= 2^53-1, bigint beyond (always normalised)
 *   bool  -> JS boolean
 *   str   -> JS string when it holds no surrogate code unit, else PyWStr
 *   every other value -> an object whose class extends PyObject and whose
 *   `ob_type` is its Python type.
 *
 * JS `null` is CPython's NULL (an empty stack slot, an unbound local, "no
 * value" from a native fast path); `undefined` is never a Python value.
 */
import type { PyType } from './type';
import type { PyDict } from './dict';

export type Value = number | bigint | string | boolean | PyObject;

export class PyObject {
  /** The instance __dict__ for objects that have one (user classes, functions, modules). */
  dict: PyDict | null = null;
  /**
   * Values of __slots__ entries, indexed by their member descriptors: set
   * from the first slot assignment on a subclass of a native type (list,
   * dict, ...); PyInstance sets it when it is made. Not initialised here, so
   * that objects without slots carry no extra property.
   */
  declare slotValues?: (Value | null)[] | null;
  constructor(public ob_type: PyType) {}
}

/**
 * Types the core classes need before the type objects exist (the bootstrap of
 * `type`, `object` and `dict`, which refer to each other); filled in by
 * types.ts when it loads.
 */
export const boot = {
  dictType: undefined as unknown as PyType,
  floatType: undefined as unknown as PyType,
};
