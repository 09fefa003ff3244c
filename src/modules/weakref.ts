/**
 * _weakref (Modules/_weakref.c, Objects/weakrefobject.c), minimal: the
 * referent is held strongly. JS has no deterministic finalization, so a
 * reference never dies here and callbacks never run; what CPython does on
 * collection (a dead ref returning None) is not observable yet. Enough for
 * weakref.py, WeakSet, WeakValueDictionary/WeakKeyDictionary as containers.
 */
import type { Value } from '../objects/base';
import { PyInstance } from '../objects/instance';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { typeType, objectType, None, NotImplemented, typeOf } from '../objects/types';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/containers';
import { getset, method, newMethod, moduleFunction } from '../objects/define';
import { typeError } from '../objects/exceptions';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';
const lazy_builtins = lazy(() => require('./builtins') as typeof import('./builtins'));

export const refType = new PyType(typeType, 'ReferenceType', [objectType], TPFLAGS_BASETYPE);
refType.dict.set('__module__', 'weakref');

class PyWeakRef extends PyInstance {
  target: Value = None;
  callback: Value = None;
  hash: number | null = null;
}

newMethod(refType, (cls, args) => {
  if (args.length < 1 || args.length > 2) {
    typeError(`__new__ expected at most 2 arguments, got ${args.length}`);
  }
  const r = new PyWeakRef(cls);
  if (cls.hasInstanceDict) r.dict = new PyDict();
  if (cls.slotCount > 0) r.slotValues = new Array(cls.slotCount).fill(null);
  r.target = args[0];
  r.callback = args.length > 1 ? args[1] : None;
  return r;
});
method(refType, '__init__', () => None);
method(refType, '__call__', (args) => (args[0] as PyWeakRef).target);
method(refType, '__hash__', (args) => {
  const r = args[0] as PyWeakRef;
  if (r.hash === null) r.hash = Number(A.pyHash(r.target));
  return r.hash;
});
method(refType, '__eq__', (args) => {
  if (!(args[1] instanceof PyWeakRef)) return NotImplemented;
  return A.eqBool(args[0] instanceof PyWeakRef ? args[0].target : None, args[1].target);
});
method(refType, '__ne__', (args) => {
  if (!(args[1] instanceof PyWeakRef)) return NotImplemented;
  return !A.eqBool(args[0] instanceof PyWeakRef ? args[0].target : None, args[1].target);
});
method(refType, '__repr__', (args) => {
  const t = (args[0] as PyWeakRef).target;
  const idFn = lazy_builtins().builtinsDict.getStr('id')!;
  const hex = (v: Value): string => `0x${Number(A.call(idFn, [v])).toString(16).padStart(16, '0')}`;
  return `<weakref at ${hex(args[0])}; to '${typeOf(t).name}' at ${hex(t)}>`;
});
method(refType, '__class_getitem__', (args) => args[0]);
getset(refType, '__callback__', (self) => (self as PyWeakRef).callback);

function create(): ReturnType<typeof newModule> {
  const m = newModule('_weakref', 'Weak-reference support module.');
  const d = m.dict;
  d.set('ref', refType);
  d.set('ReferenceType', refType);
  // Proxies are not implemented: weakref.py only needs the names to exist.
  d.set('ProxyType', refType);
  d.set('CallableProxyType', refType);
  moduleFunction(d, '_weakref', 'proxy', (args) => args[0]);
  moduleFunction(d, '_weakref', 'getweakrefcount', () => 0);
  moduleFunction(d, '_weakref', 'getweakrefs', () => new PyList([]));
  moduleFunction(d, '_weakref', '_remove_dead_weakref', (args) => {
    const dict = args[0];
    if (dict instanceof PyDict) {
      const v = dict.get(args[1]);
      if (v instanceof PyWeakRef && v.target === None) dict.delete(args[1]);
    }
    return None;
  });
  return m;
}

registerNative('_weakref', create);
