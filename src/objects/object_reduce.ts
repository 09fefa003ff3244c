/**
 * object.__reduce_ex__, __reduce__ and __getstate__ (Objects/typeobject.c:
 * object___reduce_ex___impl, _common_reduce, reduce_newobj,
 * object_getstate): what copy and pickle use for instances that do not
 * define their own. Protocol 2 and up build copyreg.__newobj__ (or
 * __newobj_ex__) calls from __getnewargs_ex__/__getnewargs__, the state
 * from __getstate__ (the instance dict, plus a dict of the __slots__
 * values), and list/dict items iterators; below 2, copyreg._reduce_ex.
 */
import type { Value } from './base';
import { PyObject } from './base';
import { PyDict } from './dict';
import { PyList, PyTuple, tuple } from './containers';
import { PyInstance } from './instance';
import { PyType } from './type';
import { objectType, None, typeOf, listType, dictType } from './types';
import { typeError, newException, ValueError, PyBaseException, AttributeError } from './exceptions';
import { method } from './define';
import * as A from './abstract';
import { lazy } from '../util/lazy';

const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));
const copyreg = (): Value => lazy_imports().importAbsolute('copyreg');

/** _PyObject_LookupSpecial: the attribute found on the type, bound to obj. */
function lookupSpecial(obj: Value, name: string): Value | null {
  const t = typeOf(obj);
  const d = t.lookup(name);
  return d === null ? null : A.bindDescr(d, obj, t);
}

function newArguments(obj: Value): { args: PyTuple | null; kwargs: PyDict | null } {
  const ex = lookupSpecial(obj, '__getnewargs_ex__');
  if (ex !== null) {
    const r = A.call(ex, []);
    if (!(r instanceof PyTuple)) typeError(`__getnewargs_ex__ should return a tuple, not '${A.typeName(r)}'`);
    const t = r as PyTuple;
    if (t.items.length !== 2) throw newException(ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${t.items.length}`);
    const [args, kwargs] = t.items;
    if (!(args instanceof PyTuple)) typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${A.typeName(args)}'`);
    if (!(kwargs instanceof PyDict)) typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${A.typeName(kwargs)}'`);
    return { args: args as PyTuple, kwargs: kwargs as PyDict };
  }
  const na = lookupSpecial(obj, '__getnewargs__');
  if (na !== null) {
    const r = A.call(na, []);
    if (!(r instanceof PyTuple)) typeError(`__getnewargs__ should return a tuple, not '${A.typeName(r)}'`);
    return { args: r as PyTuple, kwargs: null };
  }
  return { args: null, kwargs: null };
}

/**
 * The layouts whose whole state is the instance dict and the slots: CPython
 * compares tp_basicsize with object's; here a native type's instances
 * (other than list and dict, which reduce_newobj handles) hold state that
 * neither shows.
 */
function plainLayout(obj: Value): boolean {
  return obj instanceof PyInstance || obj instanceof PyList || (obj instanceof PyDict && typeOf(obj).isSubtype(dictType)) || typeOf(obj) === objectType;
}

/** object_getstate_default */
export function getstateDefault(obj: Value, required: boolean): Value {
  const t = typeOf(obj);
  if (required && !plainLayout(obj)) typeError(`cannot pickle '${t.name}' object`);
  let state: Value = None;
  const d = obj instanceof PyObject ? obj.dict : null;
  if (d !== null && d.size > 0) state = d.copy();
  const slotnames = A.callMethod(copyreg(), '_slotnames', [t]);
  if (slotnames instanceof PyList && slotnames.items.length > 0) {
    const slots = new PyDict();
    for (const n of slotnames.items) {
      let v: Value | null;
      try {
        v = A.getAttrOrNull(obj, A.strValue(n));
      } catch (e) {
        if (!(e instanceof PyBaseException && e.ob_type.isSubtype(AttributeError))) throw e;
        v = null;
      }
      if (v !== null) slots.set(n, v);
    }
    if (slots.size > 0) state = tuple([state, slots]);
  }
  return state;
}

let objectGetstate: Value | null = null;

/** object_getstate: __getstate__, with the required flag when it is object's own. */
function getstate(obj: Value, required: boolean): Value {
  const t = typeOf(obj);
  const g = t.lookup('__getstate__');
  if (g === objectGetstate) return getstateDefault(obj, required);
  if (g === null) throw newException(AttributeError, `'${t.name}' object has no attribute '__getstate__'`);
  return A.callDescr(g, obj, []);
}

function reduceNewobj(obj: Value): Value {
  const t = typeOf(obj);
  if (t.tpNew === null) typeError(`cannot pickle '${t.name}' object`);
  const { args, kwargs } = newArguments(obj);
  const cr = copyreg();
  let newobj: Value;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.size === 0) {
    newobj = A.getAttr(cr, '__newobj__');
    newargs = tuple([t, ...(args === null ? [] : args.items)]);
  } else {
    newobj = A.getAttr(cr, '__newobj_ex__');
    newargs = tuple([t, args ?? tuple([]), kwargs]);
  }
  const isList = t.isSubtype(listType);
  const isDict = t.isSubtype(dictType);
  const state = getstate(obj, !(args !== null || isList || isDict));
  const listitems = isList ? A.getIter(obj) : None;
  const dictitems = isDict ? A.getIter(A.callMethod(obj, 'items', [])) : None;
  return tuple([newobj, newargs, state, listitems, dictitems]);
}

function commonReduce(obj: Value, proto: number): Value {
  if (proto >= 2) return reduceNewobj(obj);
  return A.callMethod(copyreg(), '_reduce_ex', [obj, proto]);
}

const objectReduce = method(objectType, '__reduce__', (args) => commonReduce(args[0], 0));
method(objectType, '__reduce_ex__', (args) => {
  if (args.length !== 2) typeError(`__reduce_ex__() takes exactly one argument (${args.length - 1} given)`);
  const self = args[0];
  const proto = Number(A.asIndex(args[1]));
  const reduce = A.getAttrOrNull(self, '__reduce__');
  if (reduce !== null) {
    const clsReduce = A.getAttr(typeOf(self), '__reduce__');
    if (clsReduce !== objectReduce) return A.call(reduce, []);
  }
  return commonReduce(self, proto);
});
objectGetstate = method(objectType, '__getstate__', (args) => getstateDefault(args[0], false));

void PyType;
void PyBaseException;
