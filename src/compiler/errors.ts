/**
 * A construct the compiler does not handle yet. Not a Python exception class
 * of its own: callers report it as NotImplementedError. The compiler throws it
 * rather than ever producing bytecode that differs from CPython's silently.
 */
export class CompilerNotImplemented {
  constructor(readonly msg: string) {}
  toString(): string {
    return `NotImplementedError: ${this.msg}`;
  }
}

export function notImplemented(what: string): never {
  throw new CompilerNotImplemented(`compiler: ${what} is not supported yet`);
}
