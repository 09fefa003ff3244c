/**
 * The Python exceptions marshal (and the .pyc reader) raise for bad input.
 * Not a JS Error: no stack trace is captured, and a caller maps `kind` to the
 * VM's exception class.
 */
export type PyErrorKind =
  | 'ValueError'
  | 'EOFError'
  | 'TypeError'
  | 'SystemError'
  | 'UnicodeDecodeError'
  | 'RecursionError'
  | 'ImportError';

export class PyMarshalError {
  constructor(
    readonly kind: PyErrorKind,
    readonly msg: string,
  ) {}

  toString(): string {
    return `${this.kind}: ${this.msg}`;
  }
}
