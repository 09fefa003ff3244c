/** Instances of classes defined in Python whose layout is object's (the common case). */
import { PyObject } from './base';
import type { Value } from './base';
import type { PyType } from './type';

export class PyInstance extends PyObject {
  /** Values of __slots__ entries (member descriptors index into it); null when the class has none. */
  override slotValues: (Value | null)[] | null = null;
  constructor(type: PyType) {
    super(type);
  }
}
