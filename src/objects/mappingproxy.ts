/**
 * mappingproxy (Objects/descrobject.c): the read-only view of a mapping that
 * type.__dict__ returns; every read goes to the underlying mapping.
 */
import { PyObject, type Value } from './base';
import { PyDict } from './dict';
import { PyList, PyTuple } from './containers';
import { mappingproxyType, None, NotImplemented, typeOf } from './types';
import { typeError } from './exceptions';
import * as A from './abstract';
import { method, methods, newMethod, noKw, checkPositional, npos } from './define';

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: Value) {
    super(mappingproxyType);
  }
}

export function mappingProxy(d: Value): PyMappingProxy {
  return new PyMappingProxy(d);
}

function M(v: Value): Value {
  return (v as PyMappingProxy).mapping;
}

newMethod(mappingproxyType, (_cls, args, kwnames) => {
  const n = npos(args, kwnames);
  if (n !== 1 || (kwnames !== null && kwnames.length)) {
    if (n === 0 && kwnames !== null && kwnames.length === 1 && kwnames[0] === 'mapping') return mappingProxy(args[0]);
    if (n === 0) typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
    typeError(`mappingproxy() takes at most 1 argument (${n} given)`);
  }
  const m = args[0];
  const t = typeOf(m);
  if (t.lookup('__getitem__') === null || m instanceof PyList || m instanceof PyTuple || t.lookup('keys') === null) {
    typeError(`mappingproxy() argument must be a mapping, not ${t.name}`);
  }
  return mappingProxy(m);
});

method(mappingproxyType, '__getitem__', (args) => A.getItem(M(args[0]), args[1]));
method(mappingproxyType, '__len__', (args) => A.len(M(args[0])));
method(mappingproxyType, '__iter__', (args) => A.getIter(M(args[0])));
method(mappingproxyType, '__reversed__', (args) => A.callMethod(M(args[0]), '__reversed__', []));
method(mappingproxyType, '__contains__', (args) => {
  const m = M(args[0]);
  if (m instanceof PyDict && typeOf(m).lookup('__contains__') === typeOf(new PyDict()).lookup('__contains__')) return m.has(args[1]);
  return A.contains(m, args[1]);
});
method(mappingproxyType, '__repr__', (args) => A.mkStr(`mappingproxy(${A.repr(M(args[0]))})`));
method(mappingproxyType, '__str__', (args) => A.mkStr(A.str(M(args[0]))));
for (const [name, op] of [['__eq__', A.CMP_EQ], ['__ne__', A.CMP_NE], ['__lt__', A.CMP_LT], ['__le__', A.CMP_LE], ['__gt__', A.CMP_GT], ['__ge__', A.CMP_GE]] as const) {
  method(mappingproxyType, name, (args) => A.richCompare(M(args[0]), args[1], op));
}
method(mappingproxyType, '__or__', (args) => {
  const a = args[0] instanceof PyMappingProxy ? M(args[0]) : args[0];
  const b = args[1] instanceof PyMappingProxy ? M(args[1]) : args[1];
  return A.binaryOp(a, b, A.NB_OR);
});
method(mappingproxyType, '__ror__', (args) => {
  const b = args[1] instanceof PyMappingProxy ? M(args[1]) : args[1];
  return A.binaryOp(b, M(args[0]), A.NB_OR);
});
method(mappingproxyType, '__ior__', (args) => typeError(`'|=' is not supported by mappingproxy; use '|' instead`));
mappingproxyType.dict.set('__hash__', None);

methods(mappingproxyType, {
  get(args, kwnames) {
    noKw('get', kwnames);
    checkPositional('get', args.length - 1, 1, 2);
    return A.callMethod(M(args[0]), 'get', args.slice(1));
  },
  keys: (args) => A.callMethod(M(args[0]), 'keys', []),
  values: (args) => A.callMethod(M(args[0]), 'values', []),
  items: (args) => A.callMethod(M(args[0]), 'items', []),
  copy: (args) => A.callMethod(M(args[0]), 'copy', []),
});

export { NotImplemented };
