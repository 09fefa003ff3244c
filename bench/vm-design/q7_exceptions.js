'use strict';
// Q7. Exceptions. A native function (think int('x')) raises ValueError and the
// caller catches it and checks its type, 10^6 times. How the native function
// reports it: throwing a plain object (a Python exception that does not extend
// Error), throwing an Error subclass (V8 captures a stack trace at construction),
// the same with Error.stackTraceLimit = 0, or returning a sentinel with the
// exception kept in the thread state (CPython's NULL + PyErr_Occurred()). Also
// the price of try/catch on the path where nothing is thrown, and python3 on
// the same loop.

const N = 1_000_000;

class PyType { constructor(name, base) { this.name = name; this.base = base; } }
const BaseException = new PyType('BaseException', null);
const Exception = new PyType('Exception', BaseException);
const ValueError = new PyType('ValueError', Exception);
function isSubtype(t, of) { for (; t !== null; t = t.base) if (t === of) return true; return false; }

/** A Python exception: a plain class (no JS stack captured). */
class PyBaseException {
  constructor(type, args) { this.ob_type = type; this.args = args; this.traceback = null; this.cause = null; this.context = null; }
}
/** The alternative: a Python exception that is a JS Error. */
class PyErrorException extends Error {
  constructor(type, args) { super(args[0]); this.ob_type = type; this.args = args; }
}

const ts = { exc: null }; // the thread state's current exception, for the sentinel protocol
const ERR = Symbol('error'); // a native function's "an exception is set" result

function parseIntThrowPlain(s, i) { if (s === 'x') throw new PyBaseException(ValueError, ["invalid literal for int() with base 10: 'x'"]); return i; }
function parseIntThrowError(s, i) { if (s === 'x') throw new PyErrorException(ValueError, ["invalid literal for int() with base 10: 'x'"]); return i; }
function parseIntSentinel(s, i) { if (s === 'x') { ts.exc = new PyBaseException(ValueError, ["invalid literal for int() with base 10: 'x'"]); return ERR; } return i; }

function throwLoop(fn) {
  return () => {
    let caught = 0;
    for (let i = 0; i < N; i++) {
      try { fn('x', i); } catch (e) { if (isSubtype(e.ob_type, ValueError)) caught++; else throw e; }
    }
    return caught;
  };
}
function sentinelLoop() {
  let caught = 0;
  for (let i = 0; i < N; i++) {
    const r = parseIntSentinel('x', i);
    if (r === ERR) { const e = ts.exc; ts.exc = null; if (isSubtype(e.ob_type, ValueError)) caught++; else throw e; }
  }
  return caught;
}
// Thrown through five JS frames (native code calling native code)
function deep(n, s, i) { return n === 0 ? parseIntThrowPlain(s, i) : deep(n - 1, s, i) + 1; }
function deepLoop() {
  let caught = 0;
  for (let i = 0; i < N; i++) {
    try { deep(5, 'x', i); } catch (e) { if (isSubtype(e.ob_type, ValueError)) caught++; else throw e; }
  }
  return caught;
}
// Throwing one preallocated object: what remains is the engine's own cost of a throw
const PREMADE = new PyBaseException(ValueError, ['premade']);
function throwPremade(s, i) { if (s === 'x') throw PREMADE; return i; }
// Thrown and caught in the same function (no call between them)
function sameFunctionLoop() {
  let caught = 0;
  for (let i = 0; i < N; i++) {
    try { if (i >= 0) throw new PyBaseException(ValueError, ['x']); } catch (e) { if (isSubtype(e.ob_type, ValueError)) caught++; else throw e; }
  }
  return caught;
}
// Nothing thrown: try/catch around each call vs none
function noThrowTry() { let t = 0; for (let i = 0; i < N; i++) { try { t += parseIntThrowPlain('1', i); } catch (e) { t = -1; } } return t; }
function noThrowBare() { let t = 0; for (let i = 0; i < N; i++) t += parseIntThrowPlain('1', i); return t; }

const PY_RAISE = `
def bench(n=${N}):
    caught = 0
    for i in range(n):
        try:
            raise ValueError("invalid literal for int() with base 10: 'x'")
        except ValueError:
            caught += 1
    return caught
`;
const PY_INT = `
def bench(n=${N}):
    caught = 0
    for i in range(n):
        try:
            int('x')
        except ValueError:
            caught += 1
    return caught
`;

const ops = N;
module.exports = {
  title: 'exceptions: raise in a native function and catch, 10^6 times (ops = raise+catch)',
  variants: {
    'throw plain object (PyBaseException, no Error)': { ops, setup: () => throwLoop(parseIntThrowPlain) },
    'throw Error subclass (stack captured)': { ops, setup: () => throwLoop(parseIntThrowError) },
    'throw Error subclass, Error.stackTraceLimit = 0': { ops, setup: () => { Error.stackTraceLimit = 0; return throwLoop(parseIntThrowError); } },
    'return sentinel, exception in thread state': { ops, setup: () => sentinelLoop },
    'throw plain object through 5 JS frames': { ops, setup: () => deepLoop },
    'throw a preallocated object': { ops, setup: () => throwLoop(throwPremade) },
    'throw and catch in the same function': { ops, setup: () => sameFunctionLoop },
    'no raise: try/catch around each call': { ops, setup: () => noThrowTry },
    'no raise: no try/catch': { ops, setup: () => noThrowBare },
    'python3: raise ValueError / except in a loop': { ops, py: PY_RAISE },
    "python3: int('x') / except in a loop": { ops, py: PY_INT },
  },
};
