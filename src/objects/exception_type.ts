/**
 * BaseException's methods and attributes (Objects/exceptions.c). INTERIM core:
 * args, __str__, __repr__, __init__, the chaining attributes and
 * with_traceback / add_note; the subclasses' own fields and methods follow.
 */
import type { Value } from './base';
import { PyBaseException, BaseException } from './exceptions';
import { PyTuple, tuple, EMPTY_TUPLE, PyList } from './containers';
import { PyDict } from './dict';
import { None, typeOf } from './types';
import { typeError } from './exceptions';
import * as A from './abstract';
import { method, getset } from './define';

const E = (v: Value): PyBaseException => v as PyBaseException;

method(BaseException, '__init__', (args, kwnames) => {
  if (kwnames !== null && kwnames.length && typeOf(args[0]).lookup('__init__') === BaseException.dict.getStr('__init__')) {
    typeError(`${typeOf(args[0]).name}() takes no keyword arguments`);
  }
  const n = args.length - (kwnames ? kwnames.length : 0);
  E(args[0]).args = n > 1 ? tuple(args.slice(1, n)) : EMPTY_TUPLE;
  return None;
});
method(BaseException, '__str__', (args) => {
  const a = E(args[0]).args.items;
  if (a.length === 0) return '';
  if (a.length === 1) return A.strObj(a[0]);
  return A.mkStr(A.repr(E(args[0]).args));
});
method(BaseException, '__repr__', (args) => {
  const e = E(args[0]);
  // _PyType_Name: tp_name after its last dot (struct.error repr()s as error(...)).
  const full = typeOf(e).name;
  const name = full.slice(full.lastIndexOf('.') + 1);
  const a = e.args.items;
  if (a.length === 1) return A.mkStr(`${name}(${A.repr(a[0])})`);
  return A.mkStr(`${name}${A.repr(e.args)}`);
});
method(BaseException, 'with_traceback', (args) => {
  E(args[0]).traceback = args[1] === None ? null : (args[1] as PyBaseException['traceback']);
  return args[0];
});
method(BaseException, 'add_note', (args) => {
  const e = E(args[0]);
  const note = args[1];
  if (!A.isStr(note)) typeError(`note must be a str, not '${A.typeName(note)}'`);
  if (e.dict === null) e.dict = new PyDict();
  let notes = e.dict.getStr('__notes__');
  if (notes === null) {
    notes = new PyList([]);
    e.dict.set('__notes__', notes);
  }
  if (!(notes instanceof PyList)) typeError('Cannot add note: __notes__ is not a list');
  (notes as PyList).items.push(note);
  return None;
});
getset(
  BaseException,
  'args',
  (self) => E(self).args,
  (self, v) => {
    if (v === null) typeError('args may not be deleted');
    E(self).args = v instanceof PyTuple ? v : tuple(A.toArray(v!));
  },
);
getset(
  BaseException,
  '__traceback__',
  (self) => E(self).traceback ?? None,
  (self, v) => {
    if (v === null) typeError('__traceback__ may not be deleted');
    E(self).traceback = v === None ? null : (v as PyBaseException['traceback']);
  },
);
getset(
  BaseException,
  '__cause__',
  (self) => E(self).cause ?? None,
  (self, v) => {
    if (v === null) typeError('__cause__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) typeError('exception cause must be None or derive from BaseException');
    E(self).cause = v === None ? null : v;
    E(self).suppressContext = true;
  },
);
getset(
  BaseException,
  '__context__',
  (self) => E(self).context ?? None,
  (self, v) => {
    if (v === null) typeError('__context__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) typeError('exception context must be None or derive from BaseException');
    E(self).context = v === None ? null : v;
  },
);
getset(
  BaseException,
  '__suppress_context__',
  (self) => E(self).suppressContext,
  (self, v) => {
    E(self).suppressContext = A.isTrue(v ?? false);
  },
);
getset(BaseException, '__dict__', (self) => (E(self).dict ??= new PyDict()));
