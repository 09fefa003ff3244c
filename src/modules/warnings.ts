/**
 * _warnings (Python/_warnings.c): the warnings filter run natively, as
 * CPython does, with warnings.py using these functions once it imports
 * them. State: `filters` (replaced by warnings.filters when that module is
 * loaded), the default action, the once-registry and the filters version
 * that invalidates every __warningregistry__. Shown warnings go through
 * warnings._showwarnmsg when the warnings module is loaded, else straight
 * to sys.stderr as "file:line: Category: text" plus the source line.
 * `warn()` is also what native code calls (PyErr_WarnEx).
 */
import * as fs from 'fs';
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList, PyTuple, tuple } from '../objects/containers';
import { PyType } from '../objects/type';
import { None, typeOf } from '../objects/types';
import {
  newException, typeError, RuntimeError, ValueError, TypeError as PyTypeError, PyBaseException, ImportError,
  Warning, UserWarning, DeprecationWarning, SyntaxWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning,
} from '../objects/exceptions';
import { moduleFunction, parseArgs } from '../objects/define';
import * as A from '../objects/abstract';
import { ts } from '../vm/thread_state';
import type { Frame } from '../vm/frame';
import { registerNative, newModule, sysModules } from './registry';
import { setFrontEndWarnHook } from '../parser/warnings';
import { lazy } from '../util/lazy';
const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));
const lazy_builtins = lazy(() => require('./builtins') as typeof import('./builtins'));
const lazy_sys = lazy(() => require('./sys') as typeof import('./sys'));
const lazy_types = lazy(() => require('../objects/types') as typeof import('../objects/types'));

const state = {
  filters: new PyList([
    tuple(['default', None, DeprecationWarning, '__main__', 0]),
    tuple(['ignore', None, DeprecationWarning, None, 0]),
    tuple(['ignore', None, PendingDeprecationWarning, None, 0]),
    tuple(['ignore', None, ImportWarning, None, 0]),
    tuple(['ignore', None, ResourceWarning, None, 0]),
  ]) as Value,
  defaultAction: 'default' as Value,
  onceRegistry: new PyDict() as Value,
  filtersVersion: 0,
};

/** get_warnings_attr without importing: the attribute of an already loaded `warnings` module. */
function warningsAttr(name: string, tryImport: boolean): Value | null {
  let mod = sysModules().getStr('warnings');
  if (mod === null && tryImport) {
    try {
      const { importAbsolute } = lazy_imports();
      mod = importAbsolute('warnings');
    } catch (e) {
      if (e instanceof PyBaseException && e.ob_type.isSubtype(ImportError)) return null;
      throw e;
    }
  }
  if (mod === null || mod === None) return null;
  return A.getAttrOrNull(mod, name);
}

function builtins(): typeof import('./builtins') {
  return lazy_builtins();
}

function isInternalFrame(f: Frame | null): boolean {
  if (f === null) return false;
  const fn = f.code.co.co_filename;
  return fn.includes('importlib') && fn.includes('_bootstrap');
}

function nextExternalFrame(f: Frame | null): Frame | null {
  do f = f!.back;
  while (f !== null && isInternalFrame(f));
  return f;
}

interface Context {
  filename: Value;
  lineno: number;
  module: Value;
  registry: Value;
}

/** setup_context: where the warning is attributed, stacklevel frames up. */
function setupContext(stackLevel: number): Context {
  let f: Frame | null = ts.frame;
  if (stackLevel <= 0 || isInternalFrame(f)) {
    while (--stackLevel > 0 && f !== null) f = f.back;
  } else {
    while (--stackLevel > 0 && f !== null) f = nextExternalFrame(f);
  }
  let globals: PyDict;
  let filename: Value;
  let lineno: number;
  if (f === null) {
    const { sysDict } = lazy_sys();
    globals = sysDict;
    filename = 'sys';
    lineno = 1;
  } else {
    globals = f.globals;
    filename = A.mkStr(f.code.co.co_filename);
    lineno = f.lineno;
  }
  let registry = globals.getStr('__warningregistry__');
  if (registry === null) {
    registry = new PyDict();
    globals.set('__warningregistry__', registry);
  }
  let module = globals.getStr('__name__');
  if (!(module === None || (module !== null && A.isStr(module)))) module = '<string>';
  return { filename, lineno, module: module!, registry };
}

function checkMatched(obj: Value, arg: Value): boolean {
  if (obj === None) return true;
  // An internal plain-text default filter must match exactly.
  if (typeof obj === 'string' || typeOf(obj) === lazy_types().strType) {
    return A.eqBool(obj, arg);
  }
  return A.isTrue(A.callMethod(obj, 'match', [arg]));
}

function getDefaultAction(): Value {
  const a = warningsAttr('defaultaction', false);
  if (a !== null) state.defaultAction = a;
  if (!A.isStr(state.defaultAction)) typeError(`_warnings.defaultaction must be a string, not '${A.typeName(state.defaultAction)}'`);
  return state.defaultAction;
}

function getOnceRegistry(): Value {
  const r = warningsAttr('onceregistry', false);
  if (r !== null) state.onceRegistry = r;
  if (!(state.onceRegistry instanceof PyDict)) typeError(`_warnings.onceregistry must be a dict, not '${A.typeName(state.onceRegistry)}'`);
  return state.onceRegistry;
}

function getFilter(category: Value, text: Value, lineno: number, module: Value): { action: Value; item: Value } {
  const wf = warningsAttr('filters', false);
  if (wf !== null) state.filters = wf;
  const filters = state.filters;
  if (!(filters instanceof PyList)) throw newException(ValueError, '_warnings.filters must be a list');
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw newException(ValueError, `_warnings.filters item ${i} isn't a 5-tuple`);
    const [action, msg, cat, mod, lnObj] = item.items;
    if (!A.isStr(action)) typeError(`action must be a string, not '${A.typeName(action)}'`);
    const goodMsg = checkMatched(msg, text);
    const goodMod = checkMatched(mod, module);
    const isSub = builtins().issubclassImpl(category, cat);
    const ln = Number(A.asIndex(lnObj));
    if (goodMsg && isSub && goodMod && (ln === 0 || lineno === ln)) return { action, item };
  }
  return { action: getDefaultAction(), item: None };
}

/** already_warned: whether `key` is in the registry (cleared first when the filters changed since). */
function alreadyWarned(registry: PyDict, key: Value, shouldSet: boolean): boolean {
  const version = registry.getStr('version');
  if (version === null || typeof version !== 'number' || version !== state.filtersVersion) {
    registry.clear();
    registry.set('version', state.filtersVersion);
  } else {
    const already = registry.get(key);
    if (already !== null && A.isTrue(already)) return true;
  }
  if (shouldSet) registry.set(key, true);
  return false;
}

function normalizeModule(filename: Value): Value {
  const s = A.strValue(filename);
  if (s.length === 0) return '<unknown>';
  return s.endsWith('.py') ? A.mkStr(s.slice(0, -3)) : filename;
}

function sourceLineOf(filename: string, lineno: number): string | null {
  try {
    const lines = fs.readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
    return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
  } catch {
    return null;
  }
}

/** show_warning: the report on sys.stderr when the warnings module is not there to do it. */
function showWarning(filename: Value, lineno: number, text: Value, category: Value, sourceline: Value | null): void {
  const { getStderr, writeTo } = lazy_sys();
  const err = getStderr();
  if (err === None) {
    process.stderr.write('lost sys.stderr\n');
    return;
  }
  const name = A.str(A.getAttr(category, '__name__'));
  writeTo(err, `${A.str(filename)}:${lineno}: ${name}: ${A.str(text)}\n`);
  const line = sourceline !== null && sourceline !== None ? A.strValue(sourceline) : A.isStr(filename) ? sourceLineOf(A.strValue(filename), lineno) : null;
  if (line !== null) writeTo(err, `  ${line.replace(/^[ \t\f]+/, '')}\n`);
}

function callShowWarning(category: Value, text: Value, message: Value, filename: Value, lineno: number, sourceline: Value | null, source: Value | null): void {
  const showFn = warningsAttr('_showwarnmsg', source !== null && source !== None);
  if (showFn === null) return showWarning(filename, lineno, text, category, sourceline);
  if (A.getAttrOrNull(showFn, '__call__') === null) typeError('warnings._showwarnmsg() must be set to a callable');
  const cls = warningsAttr('WarningMessage', false);
  if (cls === null) throw newException(RuntimeError, 'unable to get warnings.WarningMessage');
  const msg = A.call(cls, [message, category, filename, lineno, None, None, source ?? None]);
  A.call(showFn, [msg]);
}

/** warn_explicit (the C function): filter, record in the registries, show or raise. */
export function warnExplicit(
  category: Value, message: Value, filename: Value, lineno: number, module: Value | null,
  registry: Value | null, sourceline: Value | null, source: Value | null,
): void {
  if (module === null) module = normalizeModule(filename);
  let text: Value;
  if (A.isInstance(message, Warning)) {
    text = A.strObj(message);
    category = typeOf(message);
  } else {
    text = message;
    message = A.call(category, [message]);
  }
  const key = tuple([text, category, lineno]);
  const reg = registry !== null && registry !== None ? registry : null;
  if (reg !== null) {
    if (!(reg instanceof PyDict)) typeError("'registry' must be a dict or None");
    if (alreadyWarned(reg as PyDict, key, false)) return;
  }
  const { action, item } = getFilter(category, text, lineno, module);
  const act = A.strValue(action);
  // message is an instance of the category by now (PyErr_SetObject(category, message)).
  if (act === 'error') throw message instanceof PyBaseException ? message : newException(category as PyType, message);
  if (act === 'ignore') return;
  let already = false;
  if (act !== 'always') {
    if (reg !== null) (reg as PyDict).set(key, true);
    if (act === 'once') {
      const once = reg === null ? getOnceRegistry() : reg;
      already = alreadyWarned(once as PyDict, tuple([text, category]), true);
    } else if (act === 'module') {
      if (reg !== null) already = alreadyWarned(reg as PyDict, tuple([text, category]), true);
    } else if (act !== 'default') {
      throw newException(RuntimeError, A.mkStr(`Unrecognized action (${A.repr(action)}) in warnings.filters:\n ${A.repr(item)}`));
    }
  }
  if (already) return;
  callShowWarning(category, text, message, filename, lineno, sourceline, source);
}

/** do_warn / PyErr_WarnEx: a warning attributed to the Python code stackLevel frames up. */
export function warn(message: Value | string, category: Value, stackLevel: number, source: Value | null = null): void {
  const ctx = setupContext(stackLevel);
  warnExplicit(category, typeof message === 'string' ? A.mkStr(message) : message, ctx.filename, ctx.lineno, ctx.module, ctx.registry, null, source);
}

function getCategory(message: Value, category: Value | null): Value {
  if (A.isInstance(message, Warning)) return typeOf(message);
  const c = category === null || category === None ? UserWarning : category;
  let ok = false;
  try {
    ok = c instanceof PyType && builtins().issubclassImpl(c, Warning);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  if (!ok) throw newException(PyTypeError, A.mkStr(`category must be a Warning subclass, not '${A.typeName(c)}'`));
  return c;
}

/** get_source_line: the line through the module's loader (linecache's way), for warn_explicit(module_globals=...). */
function sourceLineFromGlobals(g: Value, lineno: number): Value | null {
  if (!(g instanceof PyDict)) typeError(`module_globals must be a dict, not '${A.typeName(g)}'`);
  const d = g as PyDict;
  const loader = d.getStr('__loader__');
  const name = d.getStr('__name__');
  if (loader === null || loader === None || name === null) return null;
  const gs = A.getAttrOrNull(loader, 'get_source');
  if (gs === null) return null;
  const src = A.call(gs, [name]);
  if (src === None) return null;
  const lines = A.strValue(src).split(/\r\n|\r|\n/);
  return lineno >= 1 && lineno <= lines.length ? A.mkStr(lines[lineno - 1]) : null;
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('_warnings', '_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.');
  const d = m.dict;
  d.set('filters', state.filters);
  d.set('_defaultaction', state.defaultAction);
  d.set('_onceregistry', state.onceRegistry);
  moduleFunction(d, '_warnings', 'warn', (args, kwnames) => {
    const [message, category, stacklevel, source] = parseArgs('warn', args, kwnames, ['message', 'category', 'stacklevel', 'source'], 1);
    const cat = getCategory(message!, category);
    warn(message!, cat, stacklevel === null ? 1 : Number(A.asIndex(stacklevel)), source);
    return None;
  });
  moduleFunction(d, '_warnings', 'warn_explicit', (args, kwnames) => {
    const [message, category, filename, lineno, module, registry, moduleGlobals, source] = parseArgs(
      'warn_explicit', args, kwnames, ['message', 'category', 'filename', 'lineno', 'module', 'registry', 'module_globals', 'source'], 4,
    );
    if (!A.isStr(filename!)) typeError(`warn_explicit() argument 'filename' must be str, not ${A.typeName(filename!)}`);
    const ln = Number(A.asIndex(lineno!));
    let sourceline: Value | null = null;
    if (moduleGlobals !== null && moduleGlobals !== None) sourceline = sourceLineFromGlobals(moduleGlobals, ln);
    warnExplicit(category!, message!, filename!, ln, module === null ? null : module, registry, sourceline, source);
    return None;
  });
  moduleFunction(d, '_warnings', '_filters_mutated', () => {
    state.filtersVersion++;
    return None;
  });
  return m;
}

registerNative('_warnings', create);

// The parser's and compiler's warnings go through the filters; one made an error becomes their SyntaxError.
setFrontEndWarnHook((category, message, filename, lineno) => {
  const cat = category === 'SyntaxWarning' ? SyntaxWarning : DeprecationWarning;
  try {
    warnExplicit(cat, A.mkStr(message), A.mkStr(filename), lineno, null, null, null, null);
    return false;
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(cat)) return true;
    throw e;
  }
});
