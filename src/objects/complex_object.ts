/** The complex object (Objects/complexobject.c data). */
import { PyObject } from './base';
import type { PyType } from './type';
import { complexType } from './types';

export class PyComplexObj extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    type: PyType = complexType,
  ) {
    super(type);
  }
}
