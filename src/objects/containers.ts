/**
 * The JS classes behind tuple, list, bytes, bytearray, set/frozenset, range,
 * slice and the str wide form; only their data. Each type's methods live in
 * its own file. Python subclasses' instances are these classes with ob_type
 * set to the subclass (and a __dict__).
 */
import { PyObject, type Value } from './base';
import type { PyType } from './type';
import { tupleType, listType, bytesType, bytearrayType, rangeType, sliceType, strType } from './types';

export class PyTuple extends PyObject {
  constructor(
    readonly items: Value[],
    type: PyType = tupleType,
  ) {
    super(type);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function tuple(items: Value[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

export class PyList extends PyObject {
  constructor(
    public items: Value[],
    type: PyType = listType,
  ) {
    super(type);
  }
}

export class PyBytes extends PyObject {
  constructor(
    readonly bytes: Uint8Array,
    type: PyType = bytesType,
  ) {
    super(type);
  }
}

export class PyByteArray extends PyObject {
  /** Live length is `length`; `buf` may be longer (amortised appends). */
  constructor(
    public buf: Uint8Array,
    public length: number,
    type: PyType = bytearrayType,
  ) {
    super(type);
  }
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

export class PyRange extends PyObject {
  constructor(
    readonly start: number | bigint,
    readonly stop: number | bigint,
    readonly step: number | bigint,
  ) {
    super(rangeType);
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: Value,
    readonly stop: Value,
    readonly step: Value,
  ) {
    super(sliceType);
  }
}

/**
 * A str holding a surrogate code unit when written as UTF-16: astral
 * characters or lone surrogates. Code points, one per element (CPython's UCS-4
 * kind). Never used for text that fits a surrogate-free JS string.
 */
export class PyWStr extends PyObject {
  constructor(readonly cps: Uint32Array) {
    super(strType);
  }
}

/** An instance of a str subclass: the str value plus the instance's own type and dict. */
export class PyStrSub extends PyObject {
  constructor(
    readonly value: string | PyWStr,
    type: PyType,
  ) {
    super(type);
  }
}

/** An instance of an int subclass (bool is the JS boolean; IntEnum members land here). */
export class PyIntSub extends PyObject {
  constructor(
    readonly value: number | bigint,
    type: PyType,
  ) {
    super(type);
  }
}
