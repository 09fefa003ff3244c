/**
 * The module type (Objects/moduleobject.c): construction from Python
 * (`types.ModuleType(name, doc)`, subclasses), __getattribute__ with PEP
 * 562's module-level __getattr__ and the "module 'x' has no attribute"
 * message, __dir__ over the module's dict (or its own __dir__), __dict__,
 * __annotations__ created on first use, and the repr importlib's
 * _module_repr gives.
 */
import type { Value } from './base';
import { PyDict } from './dict';
import { PyModule } from './function';
import { PyList } from './containers';
import { moduleType, None, typeType } from './types';
import { PyType } from './type';
import { method, getset, newMethod, parseArgs } from './define';
import { typeError, newException, AttributeError } from './exceptions';
import * as A from './abstract';
import { lazy } from '../util/lazy';
const lazy_exceptions = lazy(() => require('./exceptions') as typeof import('./exceptions'));

newMethod(moduleType, (cls: PyType) => {
  const m = new PyModule(new PyDict(), cls);
  return m;
});

// module___init___impl: the standard attributes, set in this order.
method(moduleType, '__init__', (args, kwnames) => {
  const self = args[0] as PyModule;
  const [name, doc] = parseArgs('module', args.slice(1), kwnames, ['name', 'doc'], 1);
  if (!A.isStr(name!)) typeError(`module.__init__() argument 'name' must be str, not ${A.typeName(name!)}`);
  const d = self.dict;
  d.set('__name__', name!);
  d.set('__doc__', doc === null ? None : doc);
  d.set('__package__', None);
  d.set('__loader__', None);
  d.set('__spec__', None);
  return None;
});

const moduleGetattribute = method(moduleType, '__getattribute__', (args) => {
  if (args.length !== 2) typeError(`expected 1 argument, got ${args.length - 1}`);
  if (!A.isStr(args[1])) typeError(`attribute name must be string, not '${A.typeName(args[1])}'`);
  return A.getAttr(args[0], A.strValue(args[1]));
});
A.setTypeModuleGetattr(typeType.dict.getStr('__getattribute__')!, moduleGetattribute);

method(moduleType, '__dir__', (args) => {
  const self = args[0] as PyModule;
  const d = A.getAttr(self, '__dict__');
  if (!(d instanceof PyDict)) typeError(`<module>.__dict__ is not a dictionary`);
  const own = (d as PyDict).getStr('__dir__');
  if (own !== null) return A.call(own, []);
  return new PyList((d as PyDict).keyList());
});

getset(moduleType, '__dict__', (self) => (self as PyModule).dict);

getset(
  moduleType,
  '__annotations__',
  (self) => {
    const d = (self as PyModule).dict;
    let ann = d.getStr('__annotations__');
    if (ann === null) {
      ann = new PyDict();
      d.set('__annotations__', ann);
    }
    return ann;
  },
  (self, v) => {
    const d = (self as PyModule).dict;
    if (v === null) {
      if (d.getStr('__annotations__') === null) throw newException(AttributeError, '__annotations__');
      d.delete('__annotations__');
    } else d.set('__annotations__', v);
  },
);

function attrOrNull(o: Value, name: string): Value | null {
  return A.getAttrOrNull(o, name);
}

/** importlib._bootstrap._module_repr and _module_repr_from_spec (3.11). */
method(moduleType, '__repr__', (args) => {
  const m = args[0];
  const loader = attrOrNull(m, '__loader__') ?? None;
  const spec = attrOrNull(m, '__spec__');
  if (spec !== null && A.isTrue(spec)) {
    const sname = A.getAttr(spec, 'name');
    const name = sname === None ? '?' : sname;
    const origin = A.getAttr(spec, 'origin');
    if (origin === None) {
      const sl = A.getAttr(spec, 'loader');
      return sl === None ? `<module ${A.repr(name)}>` : `<module ${A.repr(name)} (${A.repr(sl)})>`;
    }
    if (A.isTrue(A.getAttr(spec, 'has_location'))) return `<module ${A.repr(name)} from ${A.repr(origin)}>`;
    return `<module ${A.repr(sname)} (${A.str(origin)})>`;
  }
  if (loader !== None) {
    const mr = attrOrNull(loader, 'module_repr');
    if (mr !== null) {
      try {
        return A.call(mr, [m]);
      } catch (e) {
        if (!(e instanceof Error) && !(e as { ob_type?: PyType }).ob_type?.isSubtype(lazy_exceptions().Exception)) throw e;
      }
    }
  }
  const name = attrOrNull(m, '__name__') ?? '?';
  const file = attrOrNull(m, '__file__');
  if (file === null) return loader === None ? `<module ${A.repr(name)}>` : `<module ${A.repr(name)} (${A.repr(loader)})>`;
  return `<module ${A.repr(name)} from ${A.repr(file)}>`;
});
