/**
 * The import machinery used by IMPORT_NAME / IMPORT_FROM / IMPORT_STAR and
 * builtins.__import__. INTERIM: only the native modules registered in
 * src/modules/registry.ts; the path-based finder over the standard library
 * (issue 6) comes next.
 */
import type { Value } from '../objects/base';
import { PyModule } from '../objects/function';
import { PyDict } from '../objects/dict';
import { None } from '../objects/types';
import { newException, ModuleNotFoundError, ImportError, setExcAttr } from '../objects/exceptions';
import * as A from '../objects/abstract';
import type { Frame } from './frame';
import { sysModules, loadNative } from '../modules/registry';

export function importModule(name: string): Value {
  const m = sysModules().get(name);
  if (m !== null && m !== None) return m;
  const native = loadNative(name);
  if (native !== null) return native;
  const e = newException(ModuleNotFoundError, `No module named '${name}'`);
  setExcAttr(e, 'name', name);
  throw e;
}

export function importName(f: Frame, name: string, fromlist: Value, level: Value): Value {
  const imp = f.builtins.getStr('__import__');
  if (imp !== null && !(imp instanceof A.PyNativeIter) && (imp as { name?: string }).name !== '__import__') {
    return A.call(imp, [name, f.globals, f.locals ?? None, fromlist, level]);
  }
  return doImport(name, f.globals, fromlist, level);
}

/** __import__(name, globals, locals, fromlist, level). */
export function doImport(name: string, globals: PyDict | null, fromlist: Value, level: Value): Value {
  if (level !== 0 && level !== None) {
    throw newException(ImportError, 'relative imports are not supported yet');
  }
  const parts = name.split('.');
  let top: Value | null = null;
  for (let i = 1; i <= parts.length; i++) {
    const m = importModule(parts.slice(0, i).join('.'));
    if (top === null) top = m;
  }
  const hasFrom = fromlist !== None && A.isTrue(fromlist);
  return hasFrom ? importModule(name) : top!;
}

export function importFrom(mod: Value, name: string): Value {
  const v = A.getAttrOrNull(mod, name);
  if (v !== null) return v;
  const modName = mod instanceof PyModule ? mod.dict.getStr('__name__') : null;
  const mn = modName !== null && A.isStr(modName) ? A.strValue(modName) : '<unknown module name>';
  const e = newException(ImportError, `cannot import name '${name}' from '${mn}' (unknown location)`);
  setExcAttr(e, 'name', mn);
  throw e;
}

export function importStar(f: Frame, mod: Value): void {
  const all = A.getAttrOrNull(mod, '__all__');
  const d = mod instanceof PyModule ? mod.dict : null;
  const names = all !== null ? A.toArray(all).map((x) => A.strValue(x)) : d !== null ? d.keyList().map((k) => A.strValue(k)).filter((k) => !k.startsWith('_')) : [];
  for (const n of names) {
    const v = A.getAttr(mod, n);
    if (f.locals instanceof PyDict) f.locals.set(n, v);
    else A.setItem(f.locals!, n, v);
  }
}
