import { PySyntaxError } from '../tokenizer/errors';
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

/**
 * compiler_error: a SyntaxError at the location being compiled, with byte
 * columns + 1 and no text, as compile() reports them (the interpreter adds
 * the source line when it compiled a file).
 */
export function compilerError(
  c: { readonly filename: string; readonly u: { readonly loc: { lineno: number; endLineno: number; col: number; endCol: number } } },
  msg: string,
): never {
  const loc = c.u.loc;
  throw new PySyntaxError('SyntaxError', msg, c.filename, loc.lineno, loc.col + 1, null, loc.endLineno, loc.endCol + 1);
}

/**
 * A Python exception other than SyntaxError that compile() raises
 * (ValueError for bad flags or modes, RecursionError for too deep an AST, ...).
 * Like CompilerNotImplemented it is not a JS Error: callers turn it into the
 * Python exception class it names.
 */
export class CompileError {
  constructor(
    readonly type: 'ValueError' | 'TypeError' | 'RecursionError' | 'SystemError',
    readonly msg: string,
  ) {}
  toString(): string {
    return `${this.type}: ${this.msg}`;
  }
}
