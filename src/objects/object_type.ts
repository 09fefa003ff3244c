/**
 * The methods of `object` and `type` (Objects/typeobject.c): instance
 * creation and initialisation with CPython's argument errors, the default
 * repr/str/eq/hash/format, attribute access entry points, __class__, and the
 * type attributes (__name__, __qualname__, __module__, __bases__, __mro__,
 * __dict__, __doc__ ...).
 */
import type { Value } from './base';
import { PyType, TPFLAGS_HEAPTYPE, TPFLAGS_IS_ABSTRACT } from './type';
import { PyDict } from './dict';
import { PyInstance } from './instance';
import { PyTuple, PyList, tuple } from './containers';
import { PyFunction, PyBuiltin, PyMethodDescr } from './function';
import {
  objectType, typeType, None, NotImplemented, typeOf, noneType, notImplementedType, ellipsisType, PySingleton, Ellipsis,
} from './types';
import { typeError } from './exceptions';
import * as A from './abstract';
import { method, methods, getset, newMethod, classMethod, npos } from './define';
import { lazy } from '../util/lazy';
import { docEntry } from './builtin_docs';
const lazy_classes = lazy(() => require('../vm/classes') as typeof import('../vm/classes'));
const lazy_union = lazy(() => require('./union') as typeof import('./union'));
const lazy_mappingproxy = lazy(() => require('./mappingproxy') as typeof import('./mappingproxy'));

// ---------------------------------------------------------------- object

function excessArgs(args: Value[], kwnames: string[] | null): boolean {
  return args.length > 0 || (kwnames !== null && kwnames.length > 0);
}

newMethod(objectType, (cls, args, kwnames) => {
  if (excessArgs(args, kwnames)) {
    if (cls.lookup('__new__') !== A.objectNewDescr) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (cls.lookup('__init__') === A.objectInitDescr) typeError(`${cls.name}() takes no arguments`);
  }
  if (cls.flags & TPFLAGS_IS_ABSTRACT) abstractError(cls);
  const o = new PyInstance(cls);
  if (cls.hasInstanceDict) o.dict = new PyDict();
  if (cls.slotCount > 0) {
    o.slotValues = [];
    for (let i = 0; i < cls.slotCount; i++) o.slotValues.push(null);
  }
  return o;
});

function abstractError(cls: PyType): never {
  const am = cls.lookup('__abstractmethods__');
  const names = am === null ? [] : A.toArray(am).map((x) => A.strValue(x)).sort();
  typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
  throw 0;
}

method(objectType, '__init__', (args, kwnames) => {
  const self = args[0];
  const t = typeOf(self);
  if (args.length > 1 || (kwnames !== null && kwnames.length)) {
    if (t.lookup('__init__') !== A.objectInitDescr) typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (t.lookup('__new__') === A.objectNewDescr) typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return None;
});

export function defaultRepr(v: Value): string {
  const t = typeOf(v);
  const mod = typeModule(t);
  const name = mod !== null && mod !== 'builtins' ? `${mod}.${t.qualname}` : t.qualname;
  return `<${name} object at 0x${A.id(v).toString(16).padStart(12, '0')}>`;
}

methods(objectType, {
  __repr__: (args) => defaultRepr(args[0]),
  __str__: (args) => A.mkStr(A.repr(args[0])),
  __eq__: (args) => (args[0] === args[1] ? true : NotImplemented),
  __ne__: (args) => {
    const eq = typeOf(args[0]).lookup('__eq__');
    if (eq === null) return NotImplemented;
    const r = A.callDescr(eq, args[0], [args[1]]);
    return r === NotImplemented ? r : !A.isTrue(r);
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __hash__: (args) => A.objectHash(args[0] as A.PyInstance),
  __getattribute__: (args) => A.genericGetAttr(args[0], typeOf(args[0]), nameArg(args[1]), false)!,
  __setattr__: (args) => {
    A.genericSetAttr(args[0], typeOf(args[0]), nameArg(args[1]), args[2]);
    return None;
  },
  __delattr__: (args) => {
    A.genericSetAttr(args[0], typeOf(args[0]), nameArg(args[1]), null);
    return None;
  },
  __format__: (args) => {
    const spec = A.strValue(args[1]);
    if (spec !== '') typeError(`unsupported format string passed to ${typeOf(args[0]).name}.__format__`);
    return A.strObj(args[0]);
  },
  __dir__: (args) => {
    const self = args[0];
    const names = new PyDict();
    if (typeof self === 'object' && self.dict !== null) for (const k of self.dict.keyList()) names.set(k, None);
    const cls = A.getAttrOrNull(self, '__class__');
    if (cls instanceof PyType) for (const t of cls.mro) for (const k of t.dict.keyList()) names.set(k, None);
    return new PyList(names.keyList());
  },
  __sizeof__: () => 16,
});
classMethod(objectType, '__init_subclass__', (args, kwnames) => {
  // METH_NOARGS, named as a method bound to the class (_PyObject_FunctionStr).
  const cls = args[0] as PyType;
  if (kwnames !== null && kwnames.length > 0) typeError(`${cls.qualname}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 1) typeError(`${cls.qualname}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
  return None;
});
classMethod(objectType, '__subclasshook__', () => NotImplemented);

function nameArg(v: Value): string {
  if (!A.isStr(v)) typeError(`attribute name must be string, not '${A.typeName(v)}'`);
  return A.strValue(v);
}

getset(
  objectType,
  '__class__',
  (self) => typeOf(self),
  (self, v) => {
    if (v === null) typeError("can't delete __class__ attribute");
    if (!(v instanceof PyType)) typeError(`__class__ must be set to a class, not '${A.typeName(v!)}' object`);
    const nt = v as PyType;
    const cur = typeOf(self);
    if (!(self instanceof PyInstance) || !(nt.flags & TPFLAGS_HEAPTYPE) || nt.tpNew !== cur.tpNew) {
      typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
    }
    (self as PyInstance).ob_type = nt;
  },
);

A.setCoreDescrs(objectType.dict.getStr('__init__')!, objectType.dict.getStr('__new__')!, null as unknown as Value);
A.setAttrDescrs(objectType.dict.getStr('__getattribute__')!, objectType.dict.getStr('__setattr__')!, objectType.dict.getStr('__delattr__')!);
A.setObjectHashDescr(objectType.dict.getStr('__hash__')!);

// ---------------------------------------------------------------- type

/** __module__ of a type: its dict's entry for heap types, else 'builtins' or the dotted prefix of tp_name. */
export function typeModule(t: PyType): string | null {
  const m = t.dict.getStr('__module__');
  if (m !== null) return A.isStr(m) ? A.strValue(m) : null;
  const dot = t.name.lastIndexOf('.');
  return dot >= 0 ? t.name.slice(0, dot) : 'builtins';
}

method(typeType, '__call__', (args, kwnames) => {
  const t = args[0];
  if (!(t instanceof PyType)) typeError("descriptor '__call__' requires a 'type' object");
  const rest = args.slice(1);
  if (t === typeType && rest.length === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(rest[0]);
  return A.typeCallImpl(t as PyType, rest, kwnames);
});
A.setCoreDescrs(A.objectInitDescr!, A.objectNewDescr!, typeType.dict.getStr('__call__')!);

methods(typeType, {
  __repr__: (args) => {
    const t = args[0] as PyType;
    const mod = typeModule(t);
    return mod !== null && mod !== 'builtins' ? `<class '${mod}.${t.qualname}'>` : `<class '${t.qualname}'>`;
  },
  __getattribute__: (args) => A.typeGetAttr(args[0] as PyType, nameArg(args[1]), false)!,
  // type_setattro itself: calling A.setAttr would re-dispatch to a metaclass's own __setattr__.
  __setattr__: (args) => {
    if (!(args[0] instanceof PyType)) typeError(`descriptor '__setattr__' requires a 'type' object but received a '${A.typeName(args[0])}'`);
    A.typeSetAttr(args[0] as PyType, nameArg(args[1]), args[2]);
    return None;
  },
  __delattr__: (args) => {
    if (!(args[0] instanceof PyType)) typeError(`descriptor '__delattr__' requires a 'type' object but received a '${A.typeName(args[0])}'`);
    A.typeSetAttr(args[0] as PyType, nameArg(args[1]), null);
    return None;
  },
  mro: (args) => new PyList((args[0] as PyType).mro.slice()),
  __subclasses__: (args) => new PyList((args[0] as PyType).subclasses()),
  __instancecheck__: (args) => isInstanceRaw(args[1], args[0] as PyType),
  __subclasscheck__: (args) => {
    if (!(args[1] instanceof PyType)) typeError('issubclass() arg 1 must be a class');
    return (args[1] as PyType).isSubtype(args[0] as PyType);
  },
  __sizeof__: () => 880,
  __dir__: (args) => {
    const names = new PyDict();
    for (const t of (args[0] as PyType).mro) for (const k of t.dict.keyList()) names.set(k, None);
    return new PyList(names.keyList());
  },
  __or__: (args) => unionOf(args[0], args[1]),
  __ror__: (args) => unionOf(args[1], args[0]),
});
classMethod(typeType, '__prepare__', () => new PyDict());
// The descriptors used for identity checks in abstract.ts (type's own getattr/setattr).
A.setTypeSetattr(typeType.dict.getStr('__setattr__')!, typeType.dict.getStr('__delattr__')!);
A.setTypeModuleGetattr(typeType.dict.getStr('__getattribute__')!, null as unknown as Value);

function unionOf(a: Value, b: Value): Value {
  const u = lazy_union() as { makeUnion(a: Value, b: Value): Value };
  return u.makeUnion(a, b);
}

/** isinstance without __instancecheck__: type(v) or v.__class__ is a subtype of t. */
export function isInstanceRaw(v: Value, t: PyType): boolean {
  if (typeOf(v).isSubtype(t)) return true;
  const c = A.getAttrOrNull(v, '__class__');
  return c instanceof PyType && c !== typeOf(v) && c.isSubtype(t);
}

const asType = (v: Value): PyType => v as PyType;

getset(
  typeType,
  '__name__',
  (t) => {
    const n = asType(t).name;
    const dot = n.lastIndexOf('.');
    return asType(t).flags & TPFLAGS_HEAPTYPE || dot < 0 ? n : n.slice(dot + 1);
  },
  (t, v) => {
    checkSettable(asType(t), '__name__', v);
    if (!A.isStr(v!)) typeError(`can only assign string to ${asType(t).name}.__name__, not '${A.typeName(v!)}'`);
    asType(t).name = A.strValue(v!);
  },
);
getset(
  typeType,
  '__qualname__',
  (t) => asType(t).qualname,
  (t, v) => {
    checkSettable(asType(t), '__qualname__', v);
    if (!A.isStr(v!)) typeError(`can only assign string to ${asType(t).name}.__qualname__, not '${A.typeName(v!)}'`);
    asType(t).qualname = A.strValue(v!);
  },
);
getset(
  typeType,
  '__module__',
  (t) => {
    const m = asType(t).dict.getStr('__module__');
    if (m !== null) return m;
    return typeModule(asType(t)) ?? None;
  },
  (t, v) => {
    checkSettable(asType(t), '__module__', v);
    asType(t).dict.set('__module__', v!);
    asType(t).modified();
  },
);
getset(typeType, '__text_signature__', (t) => {
  const tt = asType(t);
  const sig = tt.flags & TPFLAGS_HEAPTYPE ? undefined : docEntry(tt.name)?.[1];
  return sig === undefined || sig === null ? None : A.mkStr(sig);
});
getset(typeType, '__bases__', (t) => tuple(asType(t).bases.slice()), (t, v) => lazy_classes().setBases(asType(t), v));
getset(typeType, '__base__', (t) => asType(t).base ?? None);
getset(typeType, '__mro__', (t) => tuple(asType(t).mro.slice()));
// tp_flags: Typhon's own bits (heap type, base type, abstract, the fast-subclass bits) plus the ones every
// ready CPython type carries (READY, HAVE_VERSION_TAG, VALID_VERSION_TAG; IMMUTABLETYPE for static types).
getset(typeType, '__flags__', (t) => {
  const f = asType(t).flags;
  return (f | (1 << 12) | (1 << 18) | (1 << 19) | (f & TPFLAGS_HEAPTYPE ? 0 : 1 << 8)) >>> 0;
});
getset(typeType, '__dict__', (t) => {
  const mp = lazy_mappingproxy() as { mappingProxy(d: PyDict): Value };
  return mp.mappingProxy(asType(t).dict);
});
getset(
  typeType,
  '__doc__',
  (t) => {
    const tt = asType(t);
    const d = tt.dict.getStr('__doc__');
    // A builtin type's docstring is CPython's (data/builtin_docs.json).
    if ((d === null || !A.isStr(d)) && !(tt.flags & TPFLAGS_HEAPTYPE)) {
      const e = docEntry(tt.name);
      if (e !== undefined && e[0] !== null) return A.mkStr(e[0]);
    }
    if (d === null) return None;
    return A.bindDescr(d, null, tt);
  },
  (t, v) => {
    checkSettable(asType(t), '__doc__', v);
    asType(t).dict.set('__doc__', v!);
    asType(t).modified();
  },
);
getset(
  typeType,
  '__abstractmethods__',
  (t) => {
    const v = asType(t) !== typeType ? asType(t).dict.getStr('__abstractmethods__') : null;
    if (v === null) A.attributeErrorFor(t, '__abstractmethods__', '__abstractmethods__');
    return v!;
  },
  (t, v) => {
    const tt = asType(t);
    if (v === null) {
      if (tt.dict.delete('__abstractmethods__') === null) A.attributeErrorFor(t, '__abstractmethods__', '__abstractmethods__');
      tt.flags &= ~TPFLAGS_IS_ABSTRACT;
    } else {
      tt.dict.set('__abstractmethods__', v);
      if (A.isTrue(v)) tt.flags |= TPFLAGS_IS_ABSTRACT;
      else tt.flags &= ~TPFLAGS_IS_ABSTRACT;
    }
    tt.modified();
  },
);
getset(
  typeType,
  '__annotations__',
  (t) => {
    const tt = asType(t);
    let a = tt.dict.getStr('__annotations__');
    if (a === null) {
      if (!(tt.flags & TPFLAGS_HEAPTYPE)) A.attributeErrorFor(t, `type object '${tt.name}' has no attribute '__annotations__'`, '__annotations__');
      a = new PyDict();
      tt.dict.set('__annotations__', a);
    }
    return A.bindDescr(a, null, tt);
  },
  (t, v) => {
    const tt = asType(t);
    checkSettable(tt, '__annotations__', v);
    if (v === null) tt.dict.delete('__annotations__');
    else tt.dict.set('__annotations__', v);
    tt.modified();
  },
);

function checkSettable(t: PyType, name: string, v: Value | null): void {
  if (!(t.flags & TPFLAGS_HEAPTYPE)) typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  if (v === null) typeError(`cannot delete '${name}' attribute of immutable type '${t.name}'`);
}

// ---------------------------------------------------------------- None, NotImplemented, Ellipsis

for (const t of [noneType, notImplementedType, ellipsisType]) {
  method(t, '__repr__', (args) => (args[0] as PySingleton).repr);
}
method(noneType, '__bool__', () => false);
newMethod(noneType, (_cls, args) => {
  if (args.length) typeError('NoneType takes no arguments');
  return None;
});
// Ellipsis and NotImplemented: their type calls give the singleton back, and they pickle by name.
for (const [t, name] of [[ellipsisType, 'EllipsisType'], [notImplementedType, 'NotImplementedType']] as const) {
  newMethod(t, (_cls, args) => {
    if (args.length) typeError(`${name} takes no arguments`);
    return t === ellipsisType ? Ellipsis : NotImplemented;
  });
  method(t, '__reduce__', (args) => (args[0] as PySingleton).repr);
}
method(notImplementedType, '__bool__', () => {
  // 3.11: a DeprecationWarning; the value is true.
  return true;
});

export { PyFunction, PyBuiltin, PyMethodDescr, PyTuple, npos };
