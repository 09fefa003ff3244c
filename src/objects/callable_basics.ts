/**
 * The everyday attributes of functions, methods, builtins and code objects,
 * and the property / classmethod / staticmethod types (Objects/funcobject.c,
 * classobject.c, methodobject.c, descrobject.c, codeobject.c). Loaded before
 * function_type.ts, whose fuller definitions (when present) replace these.
 */
import type { Value } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyTuple, tuple, EMPTY_TUPLE } from './containers';
import {
  PyFunction, PyBuiltin, PyMethod, PyMethodDescr, PyClassMethod, PyStaticMethod, PyProperty, PyGetSet, PyCode, PyCell,
  PyMemberDescr,
} from './function';
import {
  functionType, builtinFunctionType, methodType, methodDescriptorType, classmethodDescriptorType, getsetDescriptorType,
  memberDescriptorType, propertyType, classmethodType, staticmethodType, codeType, cellType, None, typeOf, NotImplemented,
} from './types';
import { typeError, newException, ValueError, IndexError } from './exceptions';
import * as A from './abstract';
import { method, methods, getset, newMethod, parseArgs, clinicArgs, staticOwner, isNewWrapper } from './define';
import { typeModule } from './object_type';
import { lazy } from '../util/lazy';
const lazy_registry = lazy(() => require('../modules/registry') as typeof import('../modules/registry'));
import { docEntry, attrDocEntry } from './builtin_docs';
const lazy_builtins = lazy(() => require('../modules/builtins') as typeof import('../modules/builtins'));
const lazy_consts = lazy(() => require('../vm/consts') as typeof import('../vm/consts'));
const lazy_containers = lazy(() => require('./containers') as typeof import('./containers'));

const F = (v: Value): PyFunction => v as PyFunction;
const hex = (v: Value): string => '0x' + A.id(v).toString(16).padStart(12, '0');

// ---------------------------------------------------------------- function

getset(functionType, '__name__', (f) => A.mkStr(F(f).name), (f, v) => {
  if (v === null || !A.isStr(v)) typeError('__name__ must be set to a string object');
  F(f).name = A.strValue(v!);
});
getset(functionType, '__qualname__', (f) => A.mkStr(F(f).qualname), (f, v) => {
  if (v === null || !A.isStr(v)) typeError('__qualname__ must be set to a string object');
  F(f).qualname = A.strValue(v!);
});
getset(functionType, '__doc__', (f) => F(f).doc, (f, v) => {
  F(f).doc = v ?? None;
});
getset(functionType, '__module__', (f) => F(f).module, (f, v) => {
  F(f).module = v ?? None;
});
getset(functionType, '__code__', (f) => F(f).code, (f, v) => {
  if (!(v instanceof PyCode)) typeError('__code__ must be set to a code object');
  F(f).code = v as PyCode;
});
getset(functionType, '__globals__', (f) => F(f).globals);
getset(functionType, '__builtins__', (f) => F(f).builtins);
getset(functionType, '__closure__', (f) => F(f).closure ?? None);
getset(functionType, '__defaults__', (f) => F(f).defaults ?? None, (f, v) => {
  if (v === null || v === None) F(f).defaults = null;
  else if (!(v instanceof PyTuple)) typeError('__defaults__ must be set to a tuple object');
  else F(f).defaults = v.items.length ? v : null;
});
getset(functionType, '__kwdefaults__', (f) => F(f).kwdefaults ?? None, (f, v) => {
  if (v === null || v === None) F(f).kwdefaults = null;
  else if (!(v instanceof PyDict)) typeError('__kwdefaults__ must be set to a dict object');
  else F(f).kwdefaults = v;
});
getset(functionType, '__annotations__', (f) => {
  const fn = F(f);
  if (fn.annotations === null || fn.annotations === None) fn.annotations = new PyDict();
  else if (fn.annotations instanceof PyTuple) {
    // MAKE_FUNCTION's annotations are a flat (name, value, ...) tuple.
    const d = new PyDict();
    const items = fn.annotations.items;
    for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
    fn.annotations = d;
  }
  return fn.annotations;
}, (f, v) => {
  if (v !== null && v !== None && !(v instanceof PyDict)) typeError('__annotations__ must be set to a dict object');
  F(f).annotations = v === null || v === None ? null : v;
});
getset(functionType, '__dict__', (f) => (F(f).dict ??= new PyDict()), (f, v) => {
  if (!(v instanceof PyDict)) typeError('__dict__ must be set to a dictionary');
  F(f).dict = v as PyDict;
});
functionType.hasInstanceDict = true;
methods(functionType, {
  __repr__: (args) => `<function ${F(args[0]).qualname} at ${hex(args[0])}>`,
  __get__: (args) => {
    const obj = args[1];
    return obj === None && args.length > 2 && args[2] !== None ? args[0] : obj === None ? args[0] : new PyMethod(args[0], obj);
  },
  __call__: (args, kw) => A.call(args[0], args.slice(1), kw),
});

// ---------------------------------------------------------------- bound methods

const M = (v: Value): PyMethod => v as PyMethod;
newMethod(methodType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length) typeError('method() takes no keyword arguments');
  if (args.length !== 2) typeError(`method expected 2 arguments, got ${args.length}`);
  if (typeOf(args[0]).lookup('__call__') === null) typeError('first argument must be callable');
  if (args[1] === None) typeError('instance must not be None');
  return new PyMethod(args[0], args[1]);
});
getset(methodType, '__func__', (m) => M(m).func);
getset(methodType, '__self__', (m) => M(m).self);
getset(methodType, '__name__', (m) => A.getAttr(M(m).func, '__name__'));
getset(methodType, '__qualname__', (m) => A.getAttr(M(m).func, '__qualname__'));
getset(methodType, '__doc__', (m) => A.getAttr(M(m).func, '__doc__'));
getset(methodType, '__module__', (m) => A.getAttrOrNull(M(m).func, '__module__') ?? None);
methods(methodType, {
  __repr__: (args) => {
    const m = M(args[0]);
    const name = A.getAttrOrNull(m.func, '__qualname__') ?? A.getAttrOrNull(m.func, '__name__');
    return `<bound method ${name === null ? '?' : A.str(name)} of ${A.repr(m.self)}>`;
  },
  __call__: (args, kw) => A.call(args[0], args.slice(1), kw),
  __eq__: (args) => {
    const b = args[1];
    if (!(b instanceof PyMethod)) return NotImplemented;
    return M(args[0]).func === b.func && M(args[0]).self === b.self;
  },
  __hash__: (args) => A.pyHash(tuple([A.id(M(args[0]).self), A.pyHash(M(args[0]).func)])),
  __get__: (args) => args[0],
  __reduce__: (args) => {
    const m = M(args[0]);
    const getattr = lazy_builtins().builtinsDict.getStr('getattr')!;
    return tuple([getattr, tuple([m.self, A.getAttr(m.func, '__name__')])]);
  },
  __getattribute__: (args) => {
    const m = M(args[0]);
    const name = A.strValue(args[1]);
    const v = A.genericGetAttr(m, methodType, name, true);
    return v !== null ? v : A.getAttr(m.func, name);
  },
});

// ---------------------------------------------------------------- builtins and method descriptors

const B = (v: Value): PyBuiltin => v as PyBuiltin;
getset(builtinFunctionType, '__name__', (b) => A.mkStr(B(b).name));
// meth_get__qualname__: a method is qualified by its type (the type itself for class and static methods).
getset(builtinFunctionType, '__qualname__', (b) => {
  const f = B(b);
  if (f.module !== null) return A.mkStr(f.name);
  const owner = f.self instanceof PyType ? f.self : f.self !== null ? typeOf(f.self) : staticOwner(f);
  return A.mkStr(owner === null ? f.name : `${owner.qualname}.${f.name}`);
});
/** A builtin function's documentation entry: by module for module functions, along the type's MRO for methods. */
function builtinEntry(f: PyBuiltin): [string | null, string | null] | undefined {
  if (f.module !== null) return docEntry(`${f.module}.${f.name}`);
  if (f.self instanceof PyType) return attrDocEntry(f.self, f.name) ?? attrDocEntry(typeOf(f.self), f.name);
  if (f.self !== null) return attrDocEntry(typeOf(f.self), f.name);
  return undefined;
}
const docValue = (s: string | null | undefined): Value => (s === null || s === undefined ? None : A.mkStr(s));
getset(builtinFunctionType, '__doc__', (b) => (B(b).doc !== null ? A.mkStr(B(b).doc!) : docValue(builtinEntry(B(b))?.[0])));
getset(builtinFunctionType, '__module__', (b) => (B(b).module === null ? None : B(b).module!));
// A module-level builtin's __self__ is its module, as CPython's (inspect drops the '$module' parameter for it).
getset(builtinFunctionType, '__self__', (b) => {
  const f = B(b);
  if (f.self !== null) return f.self;
  if (f.module !== null) return lazy_registry().sysModules().getStr(f.module) ?? None;
  return isNewWrapper(f) ? staticOwner(f)! : None;
});
getset(builtinFunctionType, '__text_signature__', (b) => docValue(builtinEntry(B(b))?.[1]));
methods(builtinFunctionType, {
  __repr__: (args) => {
    const b = B(args[0]);
    const self = b.self ?? staticOwner(b);
    if (self === null || b.module !== null) return `<built-in function ${b.name}>`;
    return `<built-in method ${b.name} of ${typeOf(self).name} object at ${hex(self)}>`;
  },
  __call__: (args, kw) => A.call(args[0], args.slice(1), kw),
  // meth_reduce: a function by its name (pickle finds it in its module), a method as getattr(self, name).
  __reduce__: (args) => {
    const f = B(args[0]);
    const self = f.self ?? staticOwner(f);
    if (self === null || f.module !== null) return A.mkStr(f.name);
    return tuple([builtinGetattr(), tuple([self, A.mkStr(f.name)])]);
  },
});

function builtinGetattr(): Value {
  return (require('../modules/builtins') as typeof import('../modules/builtins')).builtinsDict.getStr('getattr')!;
}

const D = (v: Value): PyMethodDescr => v as PyMethodDescr;
for (const t of [methodDescriptorType, classmethodDescriptorType]) {
  getset(t, '__name__', (d) => A.mkStr(D(d).name));
  getset(t, '__qualname__', (d) => A.mkStr(`${D(d).objclass.qualname}.${D(d).name}`));
  getset(t, '__objclass__', (d) => D(d).objclass);
  getset(t, '__doc__', (d) => (D(d).doc !== null ? A.mkStr(D(d).doc!) : docValue(docEntry(`${D(d).objclass.name}.${D(d).name}`)?.[0])));
  getset(t, '__text_signature__', (d) => docValue(docEntry(`${D(d).objclass.name}.${D(d).name}`)?.[1]));
  methods(t, {
    __repr__: (args) => `<method '${D(args[0]).name}' of '${D(args[0]).objclass.name}' objects>`,
    // descr_reduce
    __reduce__: (args) => tuple([builtinGetattr(), tuple([D(args[0]).objclass, A.mkStr(D(args[0]).name)])]),
    __get__: (args) => {
      const d = D(args[0]);
      const obj = args[1];
      if (d.isClassMethod) {
        const cls = args.length > 2 && args[2] !== None ? args[2] : typeOf(obj);
        return A.bindDescr(d, null, cls as PyType);
      }
      if (obj === None) return d;
      if (!typeOf(obj).isSubtype(d.objclass)) {
        typeError(`descriptor '${d.name}' for '${d.objclass.name}' objects doesn't apply to a '${A.typeName(obj)}' object`);
      }
      return A.bindDescr(d, obj, typeOf(obj));
    },
    __call__: (args, kw) => A.call(args[0], args.slice(1), kw),
  });
}
const G = (v: Value): PyGetSet => v as PyGetSet;
getset(getsetDescriptorType, '__name__', (d) => A.mkStr(G(d).name));
getset(getsetDescriptorType, '__qualname__', (d) => A.mkStr(`${G(d).objclass.qualname}.${G(d).name}`));
getset(getsetDescriptorType, '__objclass__', (d) => G(d).objclass);
getset(getsetDescriptorType, '__doc__', (d) => (G(d).doc !== null ? A.mkStr(G(d).doc!) : docValue(docEntry(`${G(d).objclass.name}.${G(d).name}`)?.[0])));
methods(getsetDescriptorType, {
  __repr__: (args) => `<attribute '${G(args[0]).name}' of '${G(args[0]).objclass.name}' objects>`,
  __get__: (args) => (args[1] === None ? args[0] : G(args[0]).get(args[1])),
  __set__: (args) => {
    const g = G(args[0]);
    if (g.set === null) A.attributeErrorFor(args[1], `attribute '${g.name}' of '${g.objclass.name}' objects is not writable`, null);
    g.set!(args[1], args[2]);
    return None;
  },
});
const MD = (v: Value): PyMemberDescr => v as PyMemberDescr;
getset(memberDescriptorType, '__name__', (d) => A.mkStr(MD(d).name));
getset(memberDescriptorType, '__objclass__', (d) => MD(d).objclass);
methods(memberDescriptorType, {
  __repr__: (args) => `<member '${MD(args[0]).name}' of '${MD(args[0]).objclass.name}' objects>`,
  __get__: (args) => (args[1] === None ? args[0] : A.bindDescr(args[0], args[1], typeOf(args[1]))),
  __set__: (args) => {
    A.genericSetAttr(args[1], typeOf(args[1]), MD(args[0]).name, args[2]);
    return None;
  },
  __delete__: (args) => {
    A.genericSetAttr(args[1], typeOf(args[1]), MD(args[0]).name, null);
    return None;
  },
});

// ---------------------------------------------------------------- property

const P = (v: Value): PyProperty => v as PyProperty;
const noneToNull = (v: Value | null): Value | null => (v === null || v === None ? null : v);

newMethod(propertyType, (cls) => {
  const p = new PyProperty(null, null, null, null, cls);
  if (cls.hasInstanceDict || cls !== propertyType) p.dict = new PyDict();
  return p;
});
method(propertyType, '__init__', (args, kwnames) => {
  const [fget, fset, fdel, doc] = parseArgs('property', args.slice(1), kwnames, ['fget', 'fset', 'fdel', 'doc'], 0);
  const p = P(args[0]);
  p.fget = noneToNull(fget);
  p.fset = noneToNull(fset);
  p.fdel = noneToNull(fdel);
  let d = noneToNull(doc);
  // property_init_impl: without a doc, take the getter's __doc__.
  if (d === null && p.fget !== null) d = noneToNull(A.getAttrOrNull(p.fget, '__doc__'));
  p.doc = d;
  if (d !== null && p.ob_type !== propertyType) {
    (p.dict ??= new PyDict()).set('__doc__', d);
  }
  return None;
});
getset(propertyType, 'fget', (p) => P(p).fget ?? None);
getset(propertyType, 'fset', (p) => P(p).fset ?? None);
getset(propertyType, 'fdel', (p) => P(p).fdel ?? None);
getset(propertyType, '__doc__', (p) => P(p).doc ?? None, (p, v) => {
  P(p).doc = noneToNull(v);
});
getset(propertyType, '__isabstractmethod__', (p) => {
  for (const f of [P(p).fget, P(p).fset, P(p).fdel]) {
    if (f === null) continue;
    const v = A.getAttrOrNull(f, '__isabstractmethod__');
    if (v !== null && A.isTrue(v)) return true;
  }
  return false;
});
function propertyCopy(p: PyProperty, fget: Value | null, fset: Value | null, fdel: Value | null): Value {
  const cls = typeOf(p);
  const doc = p.fget !== null && p.doc !== null && A.getAttrOrNull(p.fget, '__doc__') === p.doc ? None : p.doc ?? None;
  const np = A.call(cls, [fget ?? None, fset ?? None, fdel ?? None, doc]);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}
methods(propertyType, {
  __get__: (args) => {
    const p = P(args[0]);
    const obj = args[1];
    if (obj === None) return p;
    if (p.fget === null) {
      const name = p.name !== null ? ` '${A.strValue(p.name)}'` : '';
      A.attributeErrorFor(obj, `property${name} of '${A.typeName(obj)}' object has no getter`, null);
    }
    return A.call(p.fget!, [obj]);
  },
  __delete__: (args) => {
    const p = P(args[0]);
    if (p.fdel === null) A.attributeErrorFor(args[1], `property of '${A.typeName(args[1])}' object has no deleter`, null);
    A.call(p.fdel!, [args[1]]);
    return None;
  },
  __set_name__: (args) => {
    P(args[0]).name = args[2];
    return None;
  },
  getter: (args) => propertyCopy(P(args[0]), args[1], P(args[0]).fset, P(args[0]).fdel),
  setter: (args) => propertyCopy(P(args[0]), P(args[0]).fget, args[1], P(args[0]).fdel),
  deleter: (args) => propertyCopy(P(args[0]), P(args[0]).fget, P(args[0]).fset, args[1]),
});
// property.__set__ through the generic path finds the property itself; call its setter directly instead.
method(propertyType, '__set__', (args) => {
  const p = P(args[0]);
  if (p.fset === null) {
    const name = p.name !== null ? ` '${A.strValue(p.name)}'` : '';
    A.attributeErrorFor(args[1], `property${name} of '${A.typeName(args[1])}' object has no setter`, null);
  }
  A.call(p.fset!, [args[1], args[2]]);
  return None;
});

// ---------------------------------------------------------------- classmethod / staticmethod

for (const [t, Cls] of [[classmethodType, PyClassMethod], [staticmethodType, PyStaticMethod]] as const) {
  const kind = t === classmethodType ? 'classmethod' : 'staticmethod';
  newMethod(t, (cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length) typeError(`${kind}() takes no keyword arguments`);
    if (args.length !== 1) typeError(`${kind} expected 1 argument, got ${args.length}`);
    const o = new Cls(args[0], cls);
    o.dict = new PyDict();
    // functools_wraps (3.10+): the wrapped callable's attributes; __wrapped__ is a member (below).
    for (const a of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
      const v = A.getAttrOrNull(args[0], a);
      if (v !== null) o.dict.set(a, v);
    }
    return o;
  });
  method(t, '__init__', () => None);
  getset(t, '__func__', (o) => (o as PyClassMethod).func);
  getset(t, '__wrapped__', (o) => (o as PyClassMethod).func);
  getset(t, '__isabstractmethod__', (o) => {
    const v = A.getAttrOrNull((o as PyClassMethod).func, '__isabstractmethod__');
    return v !== null && A.isTrue(v);
  });
  getset(t, '__dict__', (o) => ((o as PyClassMethod).dict ??= new PyDict()));
  method(t, '__repr__', (args) => `<${kind}(${A.repr((args[0] as PyClassMethod).func)})>`);
  t.hasInstanceDict = true;
}
method(classmethodType, '__get__', (args) => {
  const cm = args[0] as PyClassMethod;
  const type = args.length > 2 && args[2] !== None ? args[2] : typeOf(args[1]);
  const f = cm.func;
  // 3.11: classmethod chains through the wrapped object's own __get__.
  const fget = f instanceof PyFunction ? null : typeOf(f).lookup('__get__');
  if (fget !== null) return A.callDescr(fget, f, [type, type]);
  return new PyMethod(f, type);
});
method(staticmethodType, '__get__', (args) => (args[0] as PyStaticMethod).func);
method(staticmethodType, '__call__', (args, kw) => A.call((args[0] as PyStaticMethod).func, args.slice(1), kw));

// ---------------------------------------------------------------- code objects and cells

const C = (v: Value): PyCode => v as PyCode;
getset(codeType, 'co_name', (c) => A.mkStr(C(c).co.co_name));
getset(codeType, 'co_qualname', (c) => A.mkStr(C(c).co.co_qualname));
getset(codeType, 'co_filename', (c) => A.mkStr(C(c).co.co_filename));
getset(codeType, 'co_firstlineno', (c) => C(c).co.co_firstlineno);
getset(codeType, 'co_argcount', (c) => C(c).co.co_argcount);
getset(codeType, 'co_posonlyargcount', (c) => C(c).co.co_posonlyargcount);
getset(codeType, 'co_kwonlyargcount', (c) => C(c).co.co_kwonlyargcount);
getset(codeType, 'co_nlocals', (c) => C(c).co.co_nlocals);
getset(codeType, 'co_stacksize', (c) => C(c).co.co_stacksize);
getset(codeType, 'co_flags', (c) => C(c).co.co_flags);
getset(codeType, 'co_varnames', (c) => tuple(C(c).co.co_varnames.map((n) => A.mkStr(n))));
getset(codeType, 'co_cellvars', (c) => tuple(C(c).co.co_cellvars.map((n) => A.mkStr(n))));
getset(codeType, 'co_freevars', (c) => tuple(C(c).co.co_freevars.map((n) => A.mkStr(n))));
getset(codeType, 'co_names', (c) => tuple(C(c).co.co_names.map((n) => A.mkStr(n))));
getset(codeType, 'co_consts', (c) => {
  const { prepareConsts } = lazy_consts();
  return tuple(prepareConsts(C(c)).slice());
});
getset(codeType, 'co_code', (c) => {
  const { PyBytes } = lazy_containers();
  return new PyBytes(C(c).co.co_code);
});
// Typhon's inline caches live beside the code, never in it: the adaptive code is co_code itself.
getset(codeType, '_co_code_adaptive', (c) => {
  const { PyBytes } = lazy_containers();
  return new PyBytes(C(c).co.co_code);
});
method(codeType, '_varname_from_oparg', (args, kwnames) => {
  const [oparg] = clinicArgs('_varname_from_oparg', args.slice(1), kwnames, ['oparg'], 0, 1);
  const i = A.asIndex(oparg!);
  const names = C(args[0]).co.co_localsplusnames;
  // PyTuple_GetItem: a negative index is out of range too.
  if (i < 0 || i >= names.length) throw newException(IndexError, 'tuple index out of range');
  return A.mkStr(names[Number(i)]);
});
getset(codeType, 'co_linetable', (c) => {
  const { PyBytes } = lazy_containers();
  return new PyBytes(C(c).co.co_linetable);
});
getset(codeType, 'co_exceptiontable', (c) => {
  const { PyBytes } = lazy_containers();
  return new PyBytes(C(c).co.co_exceptiontable);
});
methods(codeType, {
  __repr__: (args) => {
    const co = C(args[0]).co;
    return `<code object ${co.co_name} at ${hex(args[0])}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
  },
  co_lines: (args) => {
    const { PyList } = lazy_containers();
    const rows = C(args[0]).co.co_lines().map(([s, e, l]) => tuple([s, e, l === null ? None : l]));
    return A.getIter(new PyList(rows));
  },
  co_positions: (args) => {
    const { PyList } = lazy_containers();
    const rows = C(args[0]).co.co_positions().map((p) => tuple(p.map((x) => (x === null ? None : x))));
    return A.getIter(new PyList(rows));
  },
});

getset(cellType, 'cell_contents', (c) => {
  const v = (c as PyCell).ref;
  if (v === null) throw newException(ValueError, 'Cell is empty');
  return v;
}, (c, v) => {
  (c as PyCell).ref = v;
});
// cell_new: types.CellType([contents]).
newMethod(cellType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError('cell() takes no keyword arguments');
  if (args.length > 1) typeError(`cell expected at most 1 argument, got ${args.length}`);
  return new PyCell(args.length ? args[0] : null);
});
method(cellType, '__repr__', (args) => {
  const c = args[0] as PyCell;
  if (c.ref === null) return `<cell at ${hex(c)}: empty>`;
  return `<cell at ${hex(c)}: ${A.typeName(c.ref)} object at ${hex(c.ref)}>`;
});

export { EMPTY_TUPLE, typeModule };
