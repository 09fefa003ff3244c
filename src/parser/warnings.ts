/**
 * The front end's warnings (PyErr_WarnExplicitObject from the parser and
 * the compiler: invalid escape sequences, "is" with a literal, ...). The
 * front end runs without a VM too (the parity tools), so the VM installs
 * the hook that feeds them to its warnings filter; without one they are
 * dropped. The hook returns true when the filters turned the warning into
 * an error of its category, which the caller then reports as a SyntaxError
 * at its own location, as CPython does.
 */
export type FrontEndWarningCategory = 'SyntaxWarning' | 'DeprecationWarning';

export type FrontEndWarnHook = (category: FrontEndWarningCategory, message: string, filename: string, lineno: number) => boolean;

let hook: FrontEndWarnHook | null = null;

export function setFrontEndWarnHook(h: FrontEndWarnHook | null): void {
  hook = h;
}

/** Issue a warning; true when it became an error. */
export function frontEndWarn(category: FrontEndWarningCategory, message: string, filename: string, lineno: number): boolean {
  return hook !== null && hook(category, message, filename, lineno);
}
