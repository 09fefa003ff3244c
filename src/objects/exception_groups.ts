/**
 * BaseExceptionGroup and ExceptionGroup (Objects/exceptions.c 3.11):
 * construction with its checks and the ExceptionGroup/BaseExceptionGroup
 * choice, message/exceptions, str, derive, and split/subgroup by type, tuple
 * of types, predicate or (internally, for except*) leaf identity, copying
 * traceback, cause, context and notes into each derived group.
 */
import type { Value } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyTuple, PyList, tuple } from './containers';
import { None, typeOf } from './types';
import {
  PyBaseException, BaseException, BaseExceptionGroup, ExceptionGroup, Exception, typeError, newException, TypeError,
} from './exceptions';
import * as A from './abstract';
import { method, getset, classMethod } from './define';
import { lazy } from '../util/lazy';
const lazy_exceptions = lazy(() => require('./exceptions') as typeof import('./exceptions'));
const lazy_generic_alias = lazy(() => require('./generic_alias') as typeof import('./generic_alias'));

const E = (v: Value): PyBaseException => v as PyBaseException;

export function isGroup(v: Value): v is PyBaseException {
  return v instanceof PyBaseException && v.ob_type.isSubtype(BaseExceptionGroup);
}

function groupField(e: PyBaseException, name: 'message' | 'exceptions'): Value {
  return e.fields?.get(name) ?? None;
}

/** BaseExceptionGroup_new. */
function egNew(cls: PyType, args: Value[], kwnames: string[] | null): Value {
  if (kwnames !== null && kwnames.length) typeError(`${cls.name}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excsV] = args;
  if (!A.isStr(message)) typeError(`argument 1 must be str, not ${A.typeName(message)}`);
  // PySequence_Check: anything with __getitem__ but a dict.
  if (typeOf(excsV).lookup('__getitem__') === null || excsV instanceof PyDict) {
    typeError('second argument (exceptions) must be a sequence');
  }
  const excs = A.toArray(excsV);
  if (excs.length === 0) {
    throw newException(lazy_exceptions().ValueError, 'second argument (exceptions) must be a non-empty sequence');
  }
  let nestedBase = false;
  excs.forEach((x, i) => {
    if (!(x instanceof PyBaseException)) throw newException(lazy_exceptions().ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.ob_type.isSubtype(Exception)) nestedBase = true;
  });
  let t = cls;
  if (cls === BaseExceptionGroup) {
    if (!nestedBase) t = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (nestedBase) typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (nestedBase && cls.isSubtype(Exception)) {
    typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = new PyBaseException(t, tuple([message, excsV]));
  e.fields = new Map<string, Value>([['message', message], ['exceptions', tuple(excs)]]);
  return e;
}

BaseExceptionGroup.tpNew = egNew;
BaseExceptionGroup.dict.set('__new__', BaseException.dict.getStr('__new__')!);
ExceptionGroup.tpNew = egNew;
method(BaseExceptionGroup, '__init__', () => None);
getset(BaseExceptionGroup, 'message', (e) => groupField(E(e), 'message'));
getset(BaseExceptionGroup, 'exceptions', (e) => groupField(E(e), 'exceptions'));
method(BaseExceptionGroup, '__str__', (args) => {
  const e = E(args[0]);
  const n = (groupField(e, 'exceptions') as PyTuple).items.length;
  return A.mkStr(`${A.str(groupField(e, 'message'))} (${n} sub-exception${n > 1 ? 's' : ''})`);
});
method(BaseExceptionGroup, 'derive', (args) => A.call(BaseExceptionGroup, [groupField(E(args[0]), 'message'), args[1]]));
method(BaseExceptionGroup, 'split', (args) => {
  const m = matcher(args[1]);
  const r = splitRecursive(E(args[0]), m, true);
  return tuple([r.match ?? None, r.rest ?? None]);
});
method(BaseExceptionGroup, 'subgroup', (args) => {
  const m = matcher(args[1]);
  const r = splitRecursive(E(args[0]), m, false);
  return r.match ?? None;
});
classMethod(BaseExceptionGroup, '__class_getitem__', (args) => {
  const ga = lazy_generic_alias();
  return ga.makeGenericAlias(args[0], args[1]);
});

type Matcher = (e: PyBaseException) => boolean;

/** get_matcher_type: an exception type, a tuple of them, or a predicate. */
function matcher(v: Value): Matcher {
  const isExcType = (t: Value): boolean => t instanceof PyType && t.isSubtype(BaseException);
  if (!(v instanceof PyType) && typeOf(v).lookup('__call__') !== null && !(v instanceof PyTuple)) {
    return (e) => A.isTrue(A.call(v, [e]));
  }
  if (isExcType(v)) return (e) => e.ob_type.isSubtype(v as PyType);
  if (v instanceof PyTuple && v.items.every(isExcType)) return (e) => v.items.some((t) => e.ob_type.isSubtype(t as PyType));
  return typeError('expected a function, exception type or tuple of exception types');
}

interface Split {
  match: PyBaseException | null;
  rest: PyBaseException | null;
}

/** exceptiongroup_subset: eg.derive(excs) carrying eg's traceback, cause, context and notes. */
function subset(eg: PyBaseException, excs: Value[]): PyBaseException {
  const d = A.callMethod(eg, 'derive', [new PyList(excs)]);
  if (!isGroup(d)) typeError('derive must return an instance of BaseExceptionGroup');
  const g = d as PyBaseException;
  g.traceback = eg.traceback;
  g.cause = eg.cause;
  g.context = eg.context;
  g.suppressContext = eg.suppressContext;
  const notes = eg.dict?.getStr('__notes__');
  if (notes != null) (g.dict ??= new PyDict()).set('__notes__', new PyList(A.toArray(notes)));
  return g;
}

export function splitRecursive(exc: PyBaseException, m: Matcher, constructRest: boolean): Split {
  if (m(exc)) return { match: exc, rest: null };
  if (!isGroup(exc)) return { match: null, rest: constructRest ? exc : null };
  const matches: Value[] = [];
  const rests: Value[] = [];
  for (const e of (groupField(exc, 'exceptions') as PyTuple).items) {
    const r = splitRecursive(e as PyBaseException, m, constructRest);
    if (r.match !== null) matches.push(r.match);
    if (r.rest !== null) rests.push(r.rest);
  }
  return {
    match: matches.length ? subset(exc, matches) : null,
    rest: constructRest && rests.length ? subset(exc, rests) : null,
  };
}

/** _PyExc_CreateExceptionGroup. */
export function createExceptionGroup(msg: string, excs: Value[], asTuple = false): PyBaseException {
  return A.call(BaseExceptionGroup, [msg, asTuple ? tuple(excs) : new PyList(excs)]) as PyBaseException;
}

/** The leaf exceptions of an exception (itself, or a group's leaves). */
export function leaves(e: Value, out: Set<Value>): void {
  if (isGroup(e)) for (const x of (groupField(e, 'exceptions') as PyTuple).items) leaves(x, out);
  else out.add(e);
}

export { TypeError };
