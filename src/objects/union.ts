/**
 * types.UnionType (Objects/unionobject.c): `int | str | None` — flattened,
 * de-duplicated args, CPython's repr, equality as sets, and isinstance /
 * issubclass over the members. Operands other than types, None, generic
 * aliases and unions give NotImplemented (so `int | "x"` is a TypeError).
 */
import { PyObject, type Value } from './base';
import { PyType } from './type';
import { PyTuple, tuple } from './containers';
import { typeType, objectType, None, NotImplemented, noneType, typeOf } from './types';
import { typeError } from './exceptions';
import * as A from './abstract';
import { methods, getset } from './define';
import { typeModule } from './object_type';
import { lazy } from '../util/lazy';
const lazy_generic_alias = lazy(() => require('./generic_alias') as typeof import('./generic_alias'));

export const unionType = new PyType(typeType, 'types.UnionType', [objectType], 0);
unionType.qualname = 'UnionType';
unionType.dict.set('__module__', 'types');

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(unionType);
  }
}

function unionable(v: Value): boolean {
  if (v === None || v instanceof PyType || v instanceof PyUnion) return true;
  const ga = lazy_generic_alias();
  return v instanceof ga.PyGenericAlias;
}

function flatten(v: Value, out: Value[]): void {
  const x = v === None ? noneType : v;
  if (x instanceof PyUnion) {
    for (const a of x.args.items) flatten(a, out);
    return;
  }
  for (const o of out) if (o === x || (!(o instanceof PyType) && A.eqBool(o, x))) return;
  out.push(x);
}

export function makeUnion(a: Value, b: Value): Value {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const args: Value[] = [];
  flatten(a, args);
  flatten(b, args);
  if (args.length === 1) return args[0];
  return new PyUnion(tuple(args));
}

function itemRepr(v: Value): string {
  if (v === noneType) return 'None';
  if (v instanceof PyType) {
    const mod = typeModule(v);
    return mod === 'builtins' ? v.qualname : `${mod}.${v.qualname}`;
  }
  return A.repr(v);
}

const U = (v: Value): PyUnion => v as PyUnion;

function checkArgs(u: PyUnion, what: string): void {
  for (const a of u.args.items) {
    if (!(a instanceof PyType)) typeError(`${what}() argument 2 cannot be a parameterized generic`);
  }
}

getset(unionType, '__args__', (u) => U(u).args);
getset(unionType, '__parameters__', () => tuple([]));
methods(unionType, {
  __repr__: (args) => A.mkStr(U(args[0]).args.items.map(itemRepr).join(' | ')),
  __or__: (args) => makeUnion(args[0], args[1]),
  __ror__: (args) => makeUnion(args[1], args[0]),
  __eq__: (args) => {
    const b = args[1];
    if (!(b instanceof PyUnion)) return NotImplemented;
    const x = U(args[0]).args.items;
    const y = b.args.items;
    return x.length === y.length && x.every((i) => y.some((j) => i === j || A.eqBool(i, j)));
  },
  __hash__: (args) => {
    let h = 0;
    for (const a of U(args[0]).args.items) h ^= Number(BigInt.asIntN(32, BigInt(A.pyHash(a))));
    return h;
  },
  __instancecheck__: (args) => {
    checkArgs(U(args[0]), 'isinstance');
    const t = typeOf(args[1]);
    return U(args[0]).args.items.some((c) => t.isSubtype(c as PyType));
  },
  __subclasscheck__: (args) => {
    checkArgs(U(args[0]), 'issubclass');
    if (!(args[1] instanceof PyType)) typeError('issubclass() arg 1 must be a class');
    return U(args[0]).args.items.some((c) => (args[1] as PyType).isSubtype(c as PyType));
  },
  __getitem__: () => typeError('There are no type variables left in int | str'),
});
