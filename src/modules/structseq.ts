/**
 * Struct sequences (Objects/structseq.c): tuple subclasses whose items are
 * also named attributes, as sys.version_info, sys.flags, sys.float_info.
 */
import type { Value } from '../objects/base';
import { PyTuple } from '../objects/containers';
import { PyType } from '../objects/type';
import { typeType, tupleType } from '../objects/types';
import { getset, method, newMethod } from '../objects/define';
import { typeError } from '../objects/exceptions';
import * as A from '../objects/abstract';

/** A struct sequence type named `name` ('sys.flags': module 'sys', __name__ 'flags') with the given fields. */
export function structSeqType(name: string, fields: string[]): PyType {
  const dot = name.lastIndexOf('.');
  const t = new PyType(typeType, name.slice(dot + 1), [tupleType], 0);
  if (dot >= 0) t.dict.set('__module__', name.slice(0, dot));
  fields.forEach((f, i) => getset(t, f, (self) => (self as PyTuple).items[i]));
  t.dict.set('n_sequence_fields', fields.length);
  t.dict.set('n_fields', fields.length);
  t.dict.set('n_unnamed_fields', 0);
  method(t, '__repr__', (args) => {
    const items = (args[0] as PyTuple).items;
    return `${name}(${fields.map((f, i) => `${f}=${A.repr(items[i])}`).join(', ')})`;
  });
  method(t, '__reduce__', (args) => new PyTuple([t, new PyTuple([new PyTuple((args[0] as PyTuple).items.slice())])]));
  newMethod(t, (cls, args) => {
    const items = args.length ? A.toArray(args[0]) : [];
    if (items.length !== fields.length) {
      typeError(`${name}() takes a ${fields.length}-sequence (${items.length}-sequence given)`);
    }
    return new PyTuple(items, cls);
  });
  return t;
}

export function structSeq(type: PyType, items: Value[]): PyTuple {
  return new PyTuple(items, type);
}
