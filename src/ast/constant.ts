/**
 * Values of `Constant` nodes (and MatchSingleton). The AST is independent of
 * the VM's value representation, so it uses plain JS values where they are
 * unambiguous and small wrapper classes where they are not:
 *
 *   None -> null, True/False -> boolean, int -> number (safe integers) or
 *   bigint, str -> string, float -> PyFloat, complex -> PyComplex (a literal
 *   `2j` is complex(0, 2)), bytes -> PyBytes, Ellipsis -> ELLIPSIS.
 */
import { bytesRepr, complexRepr, floatRepr, strRepr } from '../objects/repr';

export class PyFloat {
  constructor(readonly value: number) {}
}

export class PyComplex {
  constructor(
    readonly real: number,
    readonly imag: number,
  ) {}
}

export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

export class PyEllipsis {
  private constructor() {}
  static readonly instance = new PyEllipsis();
}

export const ELLIPSIS = PyEllipsis.instance;

export type ConstantValue = null | boolean | number | bigint | string | PyFloat | PyComplex | PyBytes | PyEllipsis;

/** An int value normalised to the representation above: number when safe, bigint beyond. */
export function normaliseInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** repr() of a constant value, or undefined when `v` is not one (containers and code objects have their own). */
export function constantReprOrUndefined(v: unknown): string | undefined {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'number':
    case 'bigint':
      return String(v);
    case 'string':
      return strRepr(v);
  }
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) return complexRepr(v.real, v.imag);
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyEllipsis) return 'Ellipsis';
  return undefined;
}

export function constantRepr(v: ConstantValue): string {
  const r = constantReprOrUndefined(v);
  if (r === undefined) throw new TypeError('not a constant value');
  return r;
}
