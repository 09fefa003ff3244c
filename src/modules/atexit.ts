/**
 * atexit (Modules/atexitmodule.c). The callbacks run when the interpreter
 * finishes (vm/run.ts finalize(), after the main program and before the last
 * flush), last registered first. Unregistering empties a slot rather than
 * removing it, so _ncallbacks() still counts it, and a callback registered
 * while they run is not run, as CPython's.
 */
import type { Value } from '../objects/base';
import { PyBaseException } from '../objects/exceptions';
import { None, typeOf } from '../objects/types';
import { PyFunction, PyBuiltin } from '../objects/function';
import { PyType } from '../objects/type';
import { moduleFunction } from '../objects/define';
import { typeError } from '../objects/exceptions';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { structSeqType } from './structseq';
import { PyTuple } from '../objects/containers';
import { lazy } from '../util/lazy';
const lazy_sys = lazy(() => require('./sys') as typeof import('./sys'));
const lazy_traceback = lazy(() => require('../vm/traceback') as typeof import('../vm/traceback'));
const lazy_eval = lazy(() => require('../vm/eval') as typeof import('../vm/eval'));

interface Callback {
  func: Value;
  args: Value[];
  kwnames: string[] | null;
}

let callbacks: (Callback | null)[] = [];

/** atexit_callfuncs: every callback, last first; an exception is reported and the next one runs. */
export function runExitFuncs(): void {
  for (let i = callbacks.length - 1; i >= 0; i--) {
    const cb = callbacks[i];
    if (cb === null) continue;
    try {
      A.call(cb.func, cb.args, cb.kwnames);
    } catch (e) {
      writeUnraisable(e, 'in atexit callback', cb.func);
    }
  }
  callbacks = [];
}

/**
 * _PyErr_WriteUnraisableMsg with the default sys.unraisablehook: "Exception
 * ignored <msg>: repr(obj)", the traceback, then the exception's type
 * (module-qualified unless builtins or __main__) and str(), with no chain.
 */
export function writeUnraisable(err: unknown, msg: string, obj: Value | null): void {
  const e = err instanceof PyBaseException ? err : lazy_eval().toPyException(err);
  const sys = lazy_sys();
  // A sys.unraisablehook the program installed gets UnraisableHookArgs; if it fails, that is reported instead.
  const hook = sys.sysDict.getStr('unraisablehook');
  if (hook !== null && hook !== None && hook !== defaultHook) {
    try {
      A.call(hook, [new PyTuple([typeOf(e), e, e.traceback ?? None, A.mkStr(`Exception ignored ${msg}`), obj ?? None], unraisableArgsType)]);
      return;
    } catch (e2) {
      writeDefault(e2 instanceof PyBaseException ? e2 : lazy_eval().toPyException(e2), 'Exception ignored in sys.unraisablehook', hook);
      return;
    }
  }
  writeDefault(e, `Exception ignored ${msg}`, obj);
}

/** sys.__unraisablehook__: the default output for an UnraisableHookArgs-like object. */
export const defaultHook: Value = new PyBuiltin('unraisablehook', (args) => {
  if (args.length !== 1) typeError(`unraisablehook() takes exactly one argument (${args.length} given)`);
  const u = args[0];
  if (typeOf(u) !== unraisableArgsType) typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
  const field = (n: string): Value => A.getAttrOrNull(u, n) ?? None;
  let e = field('exc_value');
  if (!(e instanceof PyBaseException)) {
    const t = field('exc_type');
    e = t === None ? None : A.call(t, e === None ? [] : [e]);
  }
  const msg = field('err_msg');
  if (e instanceof PyBaseException) writeDefault(e, msg === None ? 'Exception ignored in' : A.str(msg), field('object'));
  return None;
}, null, 'unraisablehook', null, 'sys');

const unraisableArgsType = structSeqType('UnraisableHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object']);

/** sys.__unraisablehook__'s output (write_unraisable_exc_file). */
function writeDefault(e: PyBaseException, header: string, obj: Value | null): void {
  const sys = lazy_sys();
  let out = header;
  if (obj !== null && obj !== None) {
    let r: string;
    try {
      r = A.repr(obj);
    } catch {
      r = '<object repr() failed>';
    }
    out += `: ${r}\n`;
  } else out += ':\n';
  if (e.traceback !== null) out += 'Traceback (most recent call last):\n' + lazy_traceback().formatTraceback(e.traceback as Parameters<typeof import('../vm/traceback').formatTraceback>[0]);
  const t = typeOf(e);
  const mod = t.dict.getStr('__module__') ?? A.getAttrOrNull(t, '__module__');
  const modName = mod !== null && A.isStr(mod) ? A.strValue(mod) : '<unknown>';
  if (modName !== 'builtins' && modName !== '__main__') out += `${modName}.`;
  out += t.qualname;
  let s: string;
  try {
    s = A.str(e);
  } catch {
    s = '<exception str() failed>';
  }
  out += `: ${s}\n`;
  try {
    sys.flushStd();
    const stderr = sys.getStderr();
    if (stderr !== None) sys.writeTo(stderr, out);
  } catch {
    // Nowhere left to report it.
  }
}

/** METH_NOARGS. */
function noArgs(name: string, args: Value[], kw: string[] | null): void {
  if (kw !== null && kw.length) typeError(`atexit.${name}() takes no keyword arguments`);
  if (args.length) typeError(`atexit.${name}() takes no arguments (${args.length} given)`);
}

/** PyCallable_Check. */
function isCallable(v: Value): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== null;
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('atexit', 'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n');
  const d = m.dict;
  moduleFunction(d, 'atexit', 'register', (args, kw) => {
    const n = kw === null ? args.length : args.length - kw.length;
    if (n < 1) typeError('register() takes at least 1 argument (0 given)');
    const func = args[0];
    if (!isCallable(func)) typeError('the first argument must be callable');
    callbacks.push({ func, args: args.slice(1), kwnames: kw });
    return func;
  }, 'register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.');
  moduleFunction(d, 'atexit', 'unregister', (args, kw) => {
    if (kw !== null && kw.length) typeError('atexit.unregister() takes no keyword arguments');
    if (args.length !== 1) typeError(`atexit.unregister() takes exactly one argument (${args.length} given)`);
    for (let i = 0; i < callbacks.length; i++) {
      const cb = callbacks[i];
      if (cb !== null && A.eqBool(cb.func, args[0])) callbacks[i] = null;
    }
    return None;
  }, 'unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered');
  moduleFunction(d, 'atexit', '_run_exitfuncs', (args, kw) => {
    noArgs('_run_exitfuncs', args, kw);
    runExitFuncs();
    return None;
  }, '_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.');
  moduleFunction(d, 'atexit', '_clear', (args, kw) => {
    noArgs('_clear', args, kw);
    callbacks = [];
    return None;
  }, '_clear() -> None\n\nClear the list of previously registered exit functions.');
  moduleFunction(d, 'atexit', '_ncallbacks', (args, kw) => {
    noArgs('_ncallbacks', args, kw);
    return callbacks.length;
  }, '_ncallbacks() -> int\n\nReturn the number of registered exit functions.');
  return m;
}

registerNative('atexit', create);
