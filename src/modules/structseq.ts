/**
 * Struct sequences (Objects/structseq.c): tuple subclasses whose items are
 * also named attributes, as sys.version_info, sys.flags, sys.float_info.
 */
import type { Value } from '../objects/base';
import { PyTuple } from '../objects/containers';
import { PyType } from '../objects/type';
import { typeType, tupleType, None } from '../objects/types';
import { PyDict } from '../objects/dict';
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

/**
 * A struct sequence with fields beyond the sequence (n_sequence_fields <
 * n_fields) and unnamed ones, as os.stat_result: `visible` are the tuple's
 * items (null for an unnamed field), `hidden` only attributes. Build its
 * values with structSeqEx. The repr names the visible items after the named
 * fields in order, as structseq_repr does (so st_atime shows the int).
 */
export function structSeqTypeEx(name: string, visible: (string | null)[], hidden: string[]): PyType {
  const dot = name.lastIndexOf('.');
  const t = new PyType(typeType, name.slice(dot + 1), [tupleType], 0);
  if (dot >= 0) t.dict.set('__module__', name.slice(0, dot));
  visible.forEach((f, i) => {
    if (f !== null) getset(t, f, (self) => (self as PyTuple).items[i]);
  });
  hidden.forEach((f, i) => getset(t, f, (self) => hiddenOf.get(self as PyTuple)?.[i] ?? None));
  t.dict.set('n_sequence_fields', visible.length);
  t.dict.set('n_fields', visible.length + hidden.length);
  t.dict.set('n_unnamed_fields', visible.filter((f) => f === null).length);
  const names = [...visible.filter((f): f is string => f !== null), ...hidden];
  method(t, '__repr__', (args) => {
    const items = (args[0] as PyTuple).items;
    return `${name}(${items.map((v, i) => `${names[i]}=${A.repr(v)}`).join(', ')})`;
  });
  method(t, '__reduce__', (args) => {
    const self = args[0] as PyTuple;
    const d = new PyDict();
    hidden.forEach((f, i) => d.set(f, hiddenOf.get(self)?.[i] ?? 0));
    return new PyTuple([t, new PyTuple([new PyTuple(self.items.slice()), d])]);
  });
  newMethod(t, (cls, args) => {
    const items = args.length ? A.toArray(args[0]) : [];
    if (items.length < visible.length || items.length > visible.length + hidden.length) {
      typeError(`${name}() takes an at least ${visible.length}-sequence (${items.length}-sequence given)`);
    }
    const r = new PyTuple(items.slice(0, visible.length), cls);
    hiddenOf.set(r, items.slice(visible.length));
    return r;
  });
  return t;
}

const hiddenOf = new WeakMap<PyTuple, Value[]>();

export function structSeqEx(type: PyType, visible: Value[], hidden: Value[]): PyTuple {
  const r = new PyTuple(visible, type);
  hiddenOf.set(r, hidden);
  return r;
}
