/**
 * Native (TypeScript) modules by name, created on first import, and
 * sys.modules. Each module file exports `create(): PyModule`.
 */
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/function';
import { None } from '../objects/types';

const modules = new PyDict();

export function sysModules(): PyDict {
  return modules;
}

const factories: Record<string, () => PyModule> = {};

export function registerNative(name: string, create: () => PyModule): void {
  factories[name] = create;
}

/**
 * Modules whose file is loaded only when one of them is first imported
 * (modules/all_modules.ts): defining their types and functions is most of
 * the start-up time otherwise. Loading the file registers the real
 * factories over these.
 */
export function registerLazy(names: string[], load: () => unknown): void {
  for (const name of names) {
    if (factories[name] !== undefined) continue;
    const stub = (): PyModule => {
      load();
      const real = factories[name];
      if (real === stub) throw new Error(`native module ${name} was not registered by its file`);
      return real();
    };
    factories[name] = stub;
  }
}

export function loadNative(name: string): PyModule | null {
  const f = factories[name];
  if (f === undefined) return null;
  const m = f();
  modules.set(name, m);
  return m;
}

export function nativeNames(): string[] {
  return Object.keys(factories).sort();
}

/** A new module object with the standard attributes. */
export function newModule(name: string, doc: Value = None): PyModule {
  const d = new PyDict();
  d.set('__name__', name);
  d.set('__doc__', doc);
  d.set('__package__', '');
  d.set('__loader__', None);
  d.set('__spec__', None);
  return new PyModule(d);
}
