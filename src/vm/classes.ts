/**
 * Class creation: builtins.__build_class__ (Python/bltinmodule.c), type.__new__
 * (Objects/typeobject.c type_new: metaclass winner, bases check, MRO,
 * __slots__, __dict__, staticmethod/classmethod wrapping, __set_name__,
 * __init_subclass__, __classcell__) and zero-argument super().
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, MroError, TPFLAGS_BASETYPE, TPFLAGS_HEAPTYPE, computeMro } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyTuple, tuple, PyList } from '../objects/containers';
import {
  PyFunction, PyCell, PyStaticMethod, PyClassMethod, PyMemberDescr, PyGetSet, PyBuiltin,
} from '../objects/function';
import { PyInstance } from '../objects/instance';
import { objectType, typeType, None, typeOf, superType, intType, bytesType, tupleType, dictType } from '../objects/types';
import { typeError, newException, RuntimeError, TypeError, ValueError, PyBaseException } from '../objects/exceptions';
import * as A from '../objects/abstract';
import { method, newMethod, getset } from '../objects/define';
import { makeFrame } from './call';
import { runFrame } from './eval';
import { ts } from './thread_state';
import { CO_FAST_CELL, CO_FAST_FREE } from '../bytecode/code';

/** The most derived metaclass of meta and the bases' metaclasses (_PyType_CalculateMetaclass). */
function calculateMeta(meta: PyType, bases: Value[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds). */
export function buildClass(args: Value[], kwnames: string[] | null): Value {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) typeError('__build_class__: not enough arguments');
  const func = args[0];
  if (!(func instanceof PyFunction)) typeError('__build_class__: func must be a function');
  const name = args[1];
  if (!A.isStr(name)) typeError('__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  const bases = updateBases(origBases);
  let meta: Value | null = null;
  const kwNames: string[] = [];
  const kwVals: Value[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') meta = args[npos + i];
    else {
      kwNames.push(kwnames![i]);
      kwVals.push(args[npos + i]);
    }
  }
  if (meta === null) meta = bases.length ? typeOf(bases[0]) : typeType;
  if (meta instanceof PyType) meta = calculateMeta(meta, bases);
  const prep = A.getAttrOrNull(meta, '__prepare__');
  const basesTuple = tuple(bases);
  const ns = prep === null ? new PyDict() : A.call(prep, [name, basesTuple, ...kwVals], kwNames.length ? kwNames : null);
  if (!(ns instanceof PyDict) && A.getAttrOrNull(ns, '__getitem__') === null) {
    typeError(`${meta instanceof PyType ? meta.name : '<metaclass>'}.__prepare__() must return a mapping, not ${A.typeName(ns)}`);
  }
  const f = makeFrame(func as PyFunction, [], null);
  f.locals = ns;
  const cell = runFrame(f, null);
  if (bases !== origBases && bases.length !== origBases.length || bases.some((b, i) => b !== origBases[i])) {
    A.setItem(ns, '__orig_bases__', tuple(origBases));
  }
  const cls = A.call(meta, [name, basesTuple, ns, ...kwVals], kwNames.length ? kwNames : null);
  if (cell instanceof PyCell && cls instanceof PyType && cell.ref !== cls) {
    // type.__new__ fills the cell from __classcell__; a metaclass that dropped it leaves it empty.
    if (cell.ref === null) {
      throw newException(RuntimeError, `__class__ not set defining ${A.repr(name)} as ${A.repr(cls)}. Was __classcell__ propagated to type.__new__?`);
    }
    throw newException(TypeError, `__class__ set to ${A.repr(cell.ref)} defining ${A.repr(name)} as ${A.repr(cls)}`);
  }
  return cls;
}

/** Resolve __mro_entries__ of non-type bases (PEP 560). */
function updateBases(bases: Value[]): Value[] {
  let out: Value[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (b instanceof PyType) {
      out?.push(b);
      continue;
    }
    const me = A.getAttrOrNull(b, '__mro_entries__');
    if (me === null) {
      out?.push(b);
      continue;
    }
    const r = A.call(me, [tuple(bases)]);
    if (!(r instanceof PyTuple)) typeError('__mro_entries__ must return a tuple');
    out ??= bases.slice(0, i);
    out.push(...(r as PyTuple).items);
  }
  return out ?? bases;
}

/** type(name, bases, dict, **kwds): a new heap type. */
export function typeNew(meta: PyType, args: Value[], kwnames: string[] | null): Value {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  // type_new parses "UO!O!:type.__new__" (type(x) is type_call's: abstract.ts typeCallImpl).
  if (npos !== 3) typeError(`type.__new__() takes exactly 3 arguments (${npos} given)`);
  const [nameV, basesV, nsV] = args;
  if (!A.isStr(nameV)) typeError(`type.__new__() argument 1 must be str, not ${A.typeName(nameV)}`);
  if (!(basesV instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${A.typeName(basesV)}`);
  if (!(nsV instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${A.typeName(nsV)}`);
  const name = A.strValue(nameV);
  let bases = (basesV as PyTuple).items.slice();
  const ns = nsV as PyDict;
  const winner = calculateMeta(meta, bases);
  if (winner !== meta) {
    const wn = winner.lookup('__new__');
    // Pass it to the winner's tp_new: __new__ only (type_call runs __init__ afterwards).
    if (wn !== typeType.dict.getStr('__new__')) return A.call(wn instanceof PyStaticMethod ? wn.func : wn!, [winner, ...args], kwnames);
    meta = winner;
  }
  if (bases.length === 0) bases = [objectType];
  for (const b of bases) {
    if (!(b instanceof PyType)) typeError(`bases must be types`);
    if (!((b as PyType).flags & TPFLAGS_BASETYPE)) typeError(`type '${(b as PyType).name}' is not an acceptable base type`);
  }
  const tbases = bases as PyType[];
  // Layout: the base whose instance layout is the most specific decides which JS class instances are.
  let solid: PyType = tbases[0];
  for (const b of tbases) {
    if (b.tpNew !== objectType.tpNew && solid.tpNew === objectType.tpNew) solid = b;
    else if (b.tpNew !== objectType.tpNew && b.tpNew !== solid.tpNew && !b.isSubtype(solid) && !solid.isSubtype(b)) {
      if (layoutConflict(b, solid)) typeError('multiple bases have instance lay-out conflict');
      // best_base: the base with the more derived layout wins (OSError over ValueError).
      if (solidBase(b).isSubtype(solidBase(solid))) solid = b;
    }
  }
  let t: PyType;
  try {
    t = new PyType(meta, name, tbases, TPFLAGS_BASETYPE | TPFLAGS_HEAPTYPE);
  } catch (e) {
    if (e instanceof MroError) {
      for (const b of tbases) b.removeSubclass(t!);
      typeError(e.message);
    }
    throw e;
  }
  t.tpNew = solid.tpNew;
  // tp_base is best_base's choice (class C(B, int): int), not the first base.
  t.base = solid;
  for (const b of tbases) t.flags |= b.flags & ~(TPFLAGS_HEAPTYPE | (1 << 20));
  t.flags |= TPFLAGS_BASETYPE | TPFLAGS_HEAPTYPE;
  // A custom mro() on the metaclass decides the MRO.
  if (meta !== typeType && meta.lookup('mro') !== typeType.dict.getStr('mro')) {
    const r = A.callMethod(t, 'mro', []);
    t.mro = A.toArray(r) as PyType[];
  }
  const d = t.dict;
  // PyDict_Copy: a dict subclass with its own iteration (OrderedDict after move_to_end) is copied in that order.
  if (ns.ob_type !== dictType && typeOf(ns).lookup('__iter__') !== dictType.dict.getStr('__iter__')) {
    for (const k of A.toArray(ns)) d.set(k, A.getItem(ns, k));
  } else {
    for (const [k, v] of ns.entries()) d.set(k, v);
  }
  const qn = d.getStr('__qualname__');
  // A heap type's qualname is its name as given, dots and all.
  t.qualname = name;
  if (qn !== null) {
    if (!A.isStr(qn)) typeError(`type __qualname__ must be a str, not ${A.typeName(qn)}`);
    t.qualname = A.strValue(qn);
    d.delete('__qualname__');
  }
  if (d.getStr('__module__') === null) {
    const g = ts.frame?.globals.getStr('__name__');
    if (g != null) d.set('__module__', g);
  }
  const nw = d.getStr('__new__');
  if (nw instanceof PyFunction) d.set('__new__', new PyStaticMethod(nw));
  for (const cm of ['__init_subclass__', '__class_getitem__']) {
    const f = d.getStr(cm);
    if (f instanceof PyFunction) d.set(cm, new PyClassMethod(f));
  }
  // __slots__
  const baseHasDict = tbases.some((b) => b.hasInstanceDict || (b !== objectType && b.tpNew !== objectType.tpNew && b.flags & TPFLAGS_HEAPTYPE && b.hasInstanceDict));
  let slotCount = Math.max(0, ...tbases.map((b) => b.slotCount));
  const slots = d.getStr('__slots__');
  if (slots === null) t.hasInstanceDict = true;
  else {
    const names = A.isStr(slots) ? [slots] : A.toArray(slots);
    let wantDict = false;
    const own: string[] = [];
    for (const n of names) {
      if (!A.isStr(n)) typeError(`__slots__ items must be strings, not '${A.typeName(n)}'`);
      const s = A.strValue(n);
      if (s === '__dict__') {
        if (wantDict || baseHasDict) typeError('__dict__ slot disallowed: we already got one');
        wantDict = true;
        continue;
      }
      if (s === '__weakref__') continue;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(s) && !/^\p{L}/u.test(s)) typeError('__slots__ must be identifiers');
      const mangled = mangle(t.name, s);
      if (d.getStr(mangled) !== null) {
        throw newException(ValueError, `'${s}' in __slots__ conflicts with class variable`);
      }
      own.push(mangled);
    }
    // As CPython: not for the variable-size layouts (int, bytes, tuple, type), whose items follow the header.
    if (own.length && [intType, bytesType, tupleType, typeType].some((v) => solid.isSubtype(v))) {
      typeError(`nonempty __slots__ not supported for subtype of '${solid.name}'`);
    }
    for (const s of own) d.set(s, new PyMemberDescr(s, t, slotCount++));
    t.slots = own;
    t.hasInstanceDict = wantDict || baseHasDict;
  }
  t.slotCount = slotCount;
  // type_new_set_doc, after the slots: a '__doc__' slot is not a conflict with the default.
  if (d.getStr('__doc__') === null) d.set('__doc__', None);
  if (t.hasInstanceDict && !baseHasDict && d.getStr('__dict__') === null) {
    d.set('__dict__', new PyGetSet('__dict__', t, instanceDictGet, instanceDictSet));
  }
  if (slots === null && !tbases.some((b) => b.lookup('__weakref__') !== null) && d.getStr('__weakref__') === null) {
    d.set('__weakref__', new PyGetSet('__weakref__', t, () => None));
  }
  // __eq__ without __hash__ makes instances unhashable.
  if (d.getStr('__eq__') !== null && d.getStr('__hash__') === null) d.set('__hash__', None);
  const cell = d.getStr('__classcell__');
  if (cell !== null) {
    if (!(cell instanceof PyCell)) typeError(`__classcell__ must be a nonlocal cell, not ${A.typeName(cell)}`);
    (cell as PyCell).ref = t;
    d.delete('__classcell__');
  }
  t.modified();
  // __set_name__, then the parent's __init_subclass__ (type_new_set_names / type_new_init_subclass).
  for (const [k, v] of d.entries()) {
    const sn = typeOf(v).lookup('__set_name__');
    if (sn !== null) {
      try {
        A.callDescr(sn, v, [t, k]);
      } catch (e) {
        if (e instanceof PyBaseException) {
          // 3.11 wraps the error in a RuntimeError naming the attribute (3.12 adds a note instead).
          const r = newException(RuntimeError, `Error calling __set_name__ on '${typeOf(v).name}' instance ${A.repr(k)} in '${t.name}'`);
          r.cause = e;
          r.context = e;
          r.suppressContext = true;
          throw r;
        }
        throw e;
      }
    }
  }
  const kwn = kwnames === null ? null : kwnames;
  const kwv = args.slice(npos);
  const sup = new PySuper(t, t, t);
  const isub = superLookup(sup, '__init_subclass__');
  if (isub !== null) A.call(isub, kwv, kwn && kwn.length ? kwn : null);
  return t;
}

/** solid_base: the type that introduced the instance layout (a new tp_new) along t's base chain. */
function solidBase(t: PyType): PyType {
  let s = t;
  while (s.base !== null && s.base.tpNew === s.tpNew) s = s.base;
  return s;
}

/** Two bases conflict when neither's layout extends the other's (OSError's extends ValueError's BaseException). */
function layoutConflict(a: PyType, b: PyType): boolean {
  const sa = solidBase(a);
  const sb = solidBase(b);
  return !sa.isSubtype(sb) && !sb.isSubtype(sa);
}

function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped ? `_${stripped}${name}` : name;
}

function instanceDictGet(self: Value): Value {
  const o = self as PyObject;
  if (o.dict === null) o.dict = new PyDict();
  return o.dict;
}

function instanceDictSet(self: Value, v: Value | null): void {
  if (v === null) typeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${A.typeName(v!)}'`);
  (self as PyObject).dict = v as PyDict;
}

// ---------------------------------------------------------------- super

export class PySuper extends PyObject {
  constructor(
    public type: PyType | null,
    public obj: Value | null,
    public objType: PyType | null,
  ) {
    super(superType);
  }
}

/** The attribute found after `type` in the MRO of obj's type, bound to obj (super_getattro), or null. */
function superLookup(s: PySuper, name: string): Value | null {
  if (s.objType === null || s.type === null) return null;
  const mro = s.objType.mro;
  let i = mro.indexOf(s.type) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i].dict.getStr(name);
    if (v !== null) return A.bindDescr(v, s.obj === s.objType ? null : s.obj, s.objType);
  }
  return null;
}

function superCheck(type: PyType, obj: Value): PyType {
  if (obj instanceof PyType && obj.isSubtype(type)) return obj;
  if (typeOf(obj).isSubtype(type)) return typeOf(obj);
  const cls = A.getAttrOrNull(obj, '__class__');
  if (cls instanceof PyType && cls.isSubtype(type)) return cls;
  return typeError('super(type, obj): obj must be an instance or subtype of type');
}

newMethod(superType, (cls) => new PySuper(null, null, null));
// A PySuper made by __new__ is of class `super` even for subclasses of super: keep the subclass.
superType.tpNew = (cls) => {
  const s = new PySuper(null, null, null);
  s.ob_type = cls;
  return s;
};
method(superType, '__init__', (args, kwnames) => {
  const self = args[0] as PySuper;
  if (kwnames !== null && kwnames.length) typeError('super() takes no keyword arguments');
  let type: Value;
  let obj: Value | null;
  if (args.length === 1) {
    // Zero-argument form: __class__ cell and the first argument of the calling function.
    const f = ts.frame;
    if (f === null) throw newException(RuntimeError, 'super(): no current frame');
    const co = f.code.co;
    if (co.co_argcount === 0) throw newException(RuntimeError, 'super(): no arguments');
    let first = f.s[0];
    if (first instanceof PyCell && co.co_localspluskinds[0] & CO_FAST_CELL) first = first.ref;
    if (first === null) throw newException(RuntimeError, 'super(): arg[0] deleted');
    let cls: Value | null = null;
    for (let i = 0; i < co.co_localsplusnames.length; i++) {
      if (co.co_localsplusnames[i] === '__class__' && co.co_localspluskinds[i] & CO_FAST_FREE) {
        const c = f.s[i];
        if (!(c instanceof PyCell)) throw newException(RuntimeError, 'super(): bad __class__ cell');
        cls = c.ref;
        if (cls === null) throw newException(RuntimeError, 'super(): empty __class__ cell');
        break;
      }
    }
    if (cls === null) throw newException(RuntimeError, 'super(): __class__ cell not found');
    if (!(cls instanceof PyType)) throw newException(RuntimeError, `super(): __class__ is not a type (${A.typeName(cls)})`);
    type = cls;
    obj = first;
  } else {
    type = args[1];
    obj = args.length > 2 ? args[2] : null;
    if (args.length > 3) typeError(`super() expected at most 2 arguments, got ${args.length - 1}`);
  }
  if (!(type instanceof PyType)) typeError(`super() argument 1 must be a type, not ${A.typeName(type)}`);
  if (obj === None) obj = null;
  self.type = type as PyType;
  self.obj = obj;
  self.objType = obj === null ? null : superCheck(type as PyType, obj);
  return None;
});
method(superType, '__getattribute__', (args) => {
  const s = args[0] as PySuper;
  const name = A.strValue(args[1]);
  if (name !== '__class__') {
    const v = superLookup(s, name);
    if (v !== null) return v;
  }
  return A.genericGetAttr(s, typeOf(s), name, false)!;
});
method(superType, '__repr__', (args) => {
  const s = args[0] as PySuper;
  if (s.objType !== null) return `<super: <class '${s.type?.name}'>, <${s.objType.name} object>>`;
  return `<super: <class '${s.type?.name ?? 'NULL'}'>, NULL>`;
});
method(superType, '__get__', (args) => {
  const s = args[0] as PySuper;
  const obj = args[1];
  if (obj === None || s.obj !== null) return s;
  const n = new PySuper(s.type, obj, superCheck(s.type!, obj));
  n.ob_type = s.ob_type;
  return n;
});
getset(superType, '__thisclass__', (s) => (s as PySuper).type ?? None);
getset(superType, '__self__', (s) => (s as PySuper).obj ?? None);
getset(superType, '__self_class__', (s) => (s as PySuper).objType ?? None);

newMethod(typeType, (meta, args, kwnames) => typeNew(meta, args, kwnames));
method(typeType, '__init__', (args, kwnames) => {
  const n = args.length - 1 - (kwnames ? kwnames.length : 0);
  if (n !== 1 && n !== 3) typeError('type.__init__() takes 1 or 3 arguments');
  return None;
});

export { PyList, PyInstance, computeMro, PyBuiltin };

// ---------------------------------------------------------------- __bases__ assignment

/** Types whose instances are freed without the GC (tp_free differs from a class's). */
const NON_GC_SOLID = new Set<string>(['int', 'float', 'complex', 'str', 'bytes', 'bool']);

/** The MRO `t` gets from its bases now (a metaclass's own mro() decides when it has one). */
function freshMro(t: PyType): PyType[] {
  const meta = typeOf(t);
  if (meta !== typeType && meta.lookup('mro') !== typeType.dict.getStr('mro')) return A.toArray(A.callMethod(t, 'mro', [])) as PyType[];
  return computeMro(t);
}

/** type_set_bases: checks as CPython's, then the new bases and the MROs of `t` and its subclasses (all restored when one fails). */
/** type_is_subtype_base_chain, bounded: a cycle already in the chain counts as reaching. */
function baseChainReaches(a: PyType, b: PyType): boolean {
  const seen = new Set<PyType>();
  for (let c: PyType | null = a; c !== null; c = c.base) {
    if (c === b || seen.has(c)) return true;
    seen.add(c);
  }
  return b === objectType;
}

export function setBases(t: PyType, v: Value | null): void {
  if (!(t.flags & TPFLAGS_HEAPTYPE)) typeError(`cannot set '__bases__' attribute of immutable type '${t.name}'`);
  if (v === null) typeError(`cannot delete '__bases__' attribute of immutable type '${t.name}'`);
  if (!(v instanceof PyTuple) || typeOf(v) !== tupleType) typeError(`can only assign tuple to ${t.name}.__bases__, not ${A.typeName(v!)}`);
  const items = (v as PyTuple).items;
  if (items.length === 0) typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  for (const b of items) {
    if (!(b instanceof PyType)) typeError(`${t.name}.__bases__ must be tuple of classes, not '${A.typeName(b)}'`);
    // type_set_bases: the MRO may not be updated yet when a custom mro() re-enters here, but tp_base is.
    if ((b as PyType).isSubtype(t) || baseChainReaches(b as PyType, t)) typeError('a __bases__ item causes an inheritance cycle');
  }
  const nb = items as PyType[];
  let best = nb[0];
  for (const b of nb) {
    if (!(b.flags & TPFLAGS_BASETYPE)) typeError(`type '${b.name}' is not an acceptable base type`);
    if (b !== best && layoutConflict(b, best)) typeError('multiple bases have instance lay-out conflict');
    if (solidBase(b).isSubtype(solidBase(best)) && solidBase(b) !== solidBase(best)) best = b;
  }
  const old = t.base!;
  const so = solidBase(old);
  const sn = solidBase(best);
  if (NON_GC_SOLID.has(so.name) !== NON_GC_SOLID.has(sn.name)) typeError(`__bases__ assignment: '${best.name}' deallocator differs from '${old.name}'`);
  if (so !== sn) typeError(`__bases__ assignment: '${best.name}' object layout differs from '${old.name}'`);
  const oldBases = t.bases;
  const saved = new Map<PyType, PyType[]>();
  const redo = (x: PyType): void => {
    saved.set(x, x.mro);
    x.mro = freshMro(x);
    for (const s of x.subclasses()) redo(s);
  };
  for (const b of oldBases) b.removeSubclass(t);
  t.bases = nb.slice();
  t.base = best;
  try {
    redo(t);
  } catch (e) {
    t.bases = oldBases;
    t.base = old;
    for (const [x, m] of saved) x.mro = m;
    for (const b of oldBases) b.addSubclass(t);
    if (e instanceof MroError) typeError(e.message);
    throw e;
  }
  for (const b of nb) b.addSubclass(t);
  t.modified();
}
