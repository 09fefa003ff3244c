/** The float object: a final JS class with the double (float subclasses' instances are PyFloats whose ob_type is the subclass). */
import { PyObject, boot } from './base';
import type { PyType } from './type';

export class PyFloat extends PyObject {
  constructor(
    readonly value: number,
    type: PyType = boot.floatType,
  ) {
    super(type);
  }
}
