/**
 * _frozen_importlib and _frozen_importlib_external: in CPython the frozen
 * importlib that implements `import`. Typhon's import system is native
 * (vm/imports.ts), so these names give what Lib code that imports them
 * (zipimport, importlib.util's users, test.support) expects: importlib's
 * _bootstrap and _bootstrap_external as `import importlib` sets them up.
 * While importlib itself loads, it asks for these first; they are then not
 * there yet, which importlib takes as its cue to set them up from source.
 */
import type { PyModule } from '../objects/function';
import { newException, ModuleNotFoundError, setExcAttr } from '../objects/exceptions';
import { registerNative, sysModules } from './registry';
import { lazy } from '../util/lazy';
const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));

function alias(name: string, target: string): () => PyModule {
  return () => {
    const have = sysModules().getStr(target);
    if (have !== null) return have as PyModule;
    if (sysModules().getStr('importlib') === null) lazy_imports().importAbsolute('importlib');
    const m = sysModules().getStr(target);
    if (m === null) {
      const e = newException(ModuleNotFoundError, `No module named '${name}'`);
      setExcAttr(e, 'name', name);
      throw e;
    }
    return m as PyModule;
  };
}

registerNative('_frozen_importlib', alias('_frozen_importlib', 'importlib._bootstrap'));
registerNative('_frozen_importlib_external', alias('_frozen_importlib_external', 'importlib._bootstrap_external'));
