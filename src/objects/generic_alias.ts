/**
 * types.GenericAlias (Objects/genericaliasobject.c): `list[int]`,
 * `dict[str, int]`, `type[X]` — origin and args, CPython's repr, equality
 * and hash, calls creating instances of the origin, __mro_entries__, and
 * attribute access falling through to the origin. Type-variable
 * substitution (`list[T][int]`) is left to typing's own classes.
 */
import { PyObject, type Value } from './base';
import { PyType } from './type';
import { PyTuple, tuple } from './containers';
import { typeType, objectType, None, NotImplemented, typeOf, Ellipsis } from './types';
import { typeError } from './exceptions';
import * as A from './abstract';
import { method, methods, getset, newMethod } from './define';
import { typeModule } from './object_type';
import { lazy } from '../util/lazy';
const lazy_union = lazy(() => require('./union') as typeof import('./union'));

export const genericAliasType = new PyType(typeType, 'types.GenericAlias', [objectType]);

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: Value,
    readonly args: PyTuple,
  ) {
    super(genericAliasType);
  }
}

export function makeGenericAlias(origin: Value, k: Value): Value {
  return new PyGenericAlias(origin, k instanceof PyTuple ? k : tuple([k]));
}

/** ga_repr_item: types by qualified name, ... for Ellipsis, repr otherwise. */
function reprItem(v: Value): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyGenericAlias) return gaRepr(v);
  if (v instanceof PyType) {
    const mod = typeModule(v);
    return mod === 'builtins' ? v.qualname : `${mod}.${v.qualname}`;
  }
  const qn = A.getAttrOrNull(v, '__qualname__');
  const mod = A.getAttrOrNull(v, '__module__');
  if (qn !== null && mod !== null && A.getAttrOrNull(v, '__origin__') === null && A.getAttrOrNull(v, '__args__') === null) {
    return A.strValue(mod) === 'builtins' ? A.str(qn) : `${A.str(mod)}.${A.str(qn)}`;
  }
  return A.repr(v);
}

function gaRepr(g: PyGenericAlias): string {
  const items = g.args.items;
  const inner = items.length === 0 ? '()' : items.map((a) => (a instanceof PyTuple && a.items.length === 0 ? '()' : reprItem(a))).join(', ');
  return `${reprItem(g.origin)}[${inner}]`;
}

const G = (v: Value): PyGenericAlias => v as PyGenericAlias;

newMethod(genericAliasType, (_cls, args) => {
  if (args.length !== 2) typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  return makeGenericAlias(args[0], args[1]);
});
getset(genericAliasType, '__origin__', (g) => G(g).origin);
getset(genericAliasType, '__args__', (g) => G(g).args);
getset(genericAliasType, '__parameters__', (g) => tuple(G(g).args.items.filter((a) => A.getAttrOrNull(a, '__typing_subst__') !== null)));
getset(genericAliasType, '__unpacked__', () => false);
methods(genericAliasType, {
  __repr__: (args) => A.mkStr(gaRepr(G(args[0]))),
  __call__: (args, kw) => {
    const r = A.call(G(args[0]).origin, args.slice(1), kw);
    try {
      A.setAttr(r, '__orig_class__', args[0]);
    } catch {
      // Instances without a __dict__ simply do not record it (as in CPython).
    }
    return r;
  },
  __mro_entries__: () => {
    return tuple([]);
  },
  __eq__: (args) => {
    const b = args[1];
    if (!(b instanceof PyGenericAlias)) return NotImplemented;
    return A.eqBool(G(args[0]).origin, b.origin) && A.eqBool(G(args[0]).args, b.args);
  },
  __hash__: (args) => {
    const h1 = A.pyHash(G(args[0]).origin);
    const h2 = A.pyHash(G(args[0]).args);
    return A.pyHash(tuple([h1, h2]));
  },
  __getattribute__: (args) => {
    const name = A.strValue(args[1]);
    const own = A.genericGetAttr(args[0], genericAliasType, name, true);
    if (own !== null) return own;
    return A.getAttr(G(args[0]).origin, name);
  },
  __getitem__: () => typeError('There are no type variables left in the given generic alias'),
  __or__: (args) => {
    const u = lazy_union() as { makeUnion(a: Value, b: Value): Value };
    return u.makeUnion(args[0], args[1]);
  },
  __ror__: (args) => {
    const u = lazy_union() as { makeUnion(a: Value, b: Value): Value };
    return u.makeUnion(args[1], args[0]);
  },
  __instancecheck__: () => typeError('isinstance() argument 2 cannot be a parameterized generic'),
  __subclasscheck__: () => typeError('issubclass() argument 2 cannot be a parameterized generic'),
  __reduce__: (args) => tuple([genericAliasType, tuple([G(args[0]).origin, G(args[0]).args])]),
});
// __mro_entries__ gives the origin (a class cannot subclass an alias).
method(genericAliasType, '__mro_entries__', (args) => tuple([G(args[0]).origin]));
genericAliasType.dict.set('__module__', 'types');
genericAliasType.qualname = 'GenericAlias';
genericAliasType.name = 'types.GenericAlias';
void None;
void typeOf;
