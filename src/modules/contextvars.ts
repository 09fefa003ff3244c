/**
 * _contextvars (Python/context.c): Context, ContextVar, Token and
 * copy_context. A context's mapping is copied on write (CPython shares a
 * HAMT between copies; the observable behaviour is the same: a copy never
 * sees later changes of the original). Typhon has one thread, so the
 * current context is a module-level slot.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { typeType, objectType, None, typeOf } from '../objects/types';
import { PyList, tuple } from '../objects/containers';
import { PyNativeIter } from '../objects/abstract';
import { method, methods, getset, newMethod, moduleFunction, parseArgs, classMethod } from '../objects/define';
import { newException, typeError, RuntimeError, ValueError, LookupError, KeyError } from '../objects/exceptions';
import { makeGenericAlias } from '../objects/generic_alias';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';

const FINAL = 0;
const contextType = new PyType(typeType, '_contextvars.Context', [objectType], FINAL);
const contextVarType = new PyType(typeType, '_contextvars.ContextVar', [objectType], FINAL);
const tokenType = new PyType(typeType, '_contextvars.Token', [objectType], FINAL);
const tokenMissingType = new PyType(typeType, 'Token.MISSING', [objectType], FINAL);
const contextIterType = new PyType(typeType, 'Context_iterator', [objectType], FINAL);
void TPFLAGS_BASETYPE;

class PyContext extends PyObject {
  vars = new Map<PyContextVar, Value>();
  entered = false;
  prev: PyContext | null = null;
  constructor() {
    super(contextType);
  }
}

class PyContextVar extends PyObject {
  constructor(
    readonly name: Value,
    readonly dflt: Value | null,
  ) {
    super(contextVarType);
  }
}

class PyToken extends PyObject {
  used = false;
  constructor(
    readonly ctx: PyContext,
    readonly v: PyContextVar,
    readonly old: Value | null,
  ) {
    super(tokenType);
  }
}

class PyMissing extends PyObject {}
const MISSING = new PyMissing(tokenMissingType);
method(tokenMissingType, '__repr__', () => '<Token.MISSING>');

let current: PyContext | null = null;

function currentContext(): PyContext {
  if (current === null) {
    current = new PyContext();
    current.entered = true;
  }
  return current;
}

const hexId = (v: Value): string => `0x${A.id(v).toString(16).padStart(12, '0')}`;

function asVar(key: Value): PyContextVar {
  if (!(key instanceof PyContextVar)) typeError(`a ContextVar key was expected, got ${A.repr(key)}`);
  return key as PyContextVar;
}

// ---------------------------------------------------------------- Context

newMethod(contextType, (_cls, args, kwnames) => {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) typeError('Context() does not accept any arguments');
  return new PyContext();
});

function contextRun(ctx: PyContext, fn: Value, args: Value[], kwnames: string[] | null): Value {
  if (ctx.entered) throw newException(RuntimeError, A.mkStr(`cannot enter context: ${A.repr(ctx)} is already entered`));
  ctx.prev = currentContext();
  ctx.entered = true;
  current = ctx;
  try {
    return A.call(fn, args, kwnames);
  } finally {
    current = ctx.prev;
    ctx.prev = null;
    ctx.entered = false;
  }
}

method(contextType, 'run', (args, kwnames) => {
  const nk = kwnames === null ? 0 : kwnames.length;
  if (args.length - nk < 2) typeError('run() missing 1 required positional argument');
  return contextRun(args[0] as PyContext, args[1], args.slice(2), kwnames);
});
method(contextType, 'copy', (args) => {
  const c = new PyContext();
  c.vars = new Map((args[0] as PyContext).vars);
  return c;
});
methods(contextType, {
  __getitem__: (args) => {
    const v = (args[0] as PyContext).vars.get(asVar(args[1]));
    if (v === undefined) throw newException(KeyError, args[1]);
    return v;
  },
  __contains__: (args) => (args[0] as PyContext).vars.has(asVar(args[1])),
  __len__: (args) => (args[0] as PyContext).vars.size,
  __iter__: (args) => {
    const it = (args[0] as PyContext).vars.keys();
    return new PyNativeIter(contextIterType, () => {
      const r = it.next();
      return r.done ? null : r.value;
    });
  },
  get: (args, kwnames) => {
    const [key, dflt] = parseArgs('get', args.slice(1), kwnames, ['key', 'default'], 1, 2);
    const v = (args[0] as PyContext).vars.get(asVar(key!));
    return v === undefined ? (dflt ?? None) : v;
  },
  keys: (args) => new PyList([...(args[0] as PyContext).vars.keys()]),
  values: (args) => new PyList([...(args[0] as PyContext).vars.values()]),
  items: (args) => new PyList([...(args[0] as PyContext).vars.entries()].map(([k, v]) => tuple([k, v]))),
});
contextType.dict.set('__hash__', None);

// ---------------------------------------------------------------- ContextVar

newMethod(contextVarType, (_cls, args, kwnames) => {
  const [name, dflt] = parseArgs('ContextVar', args, kwnames, ['name', 'default'], 1, 1);
  if (!A.isStr(name!)) typeError('context variable name must be a str');
  return new PyContextVar(name!, dflt);
});
getset(contextVarType, 'name', (self) => (self as PyContextVar).name);
method(contextVarType, 'get', (args) => {
  const self = args[0] as PyContextVar;
  const v = currentContext().vars.get(self);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  if (self.dflt !== null) return self.dflt;
  throw newException(LookupError, self);
});
method(contextVarType, 'set', (args) => {
  const self = args[0] as PyContextVar;
  const ctx = currentContext();
  const old = ctx.vars.get(self);
  const token = new PyToken(ctx, self, old === undefined ? null : old);
  const vars = new Map(ctx.vars);
  vars.set(self, args[1]);
  ctx.vars = vars;
  return token;
});
method(contextVarType, 'reset', (args) => {
  const self = args[0] as PyContextVar;
  const tok = args[1];
  if (!(tok instanceof PyToken)) typeError(`expected an instance of Token, got ${A.repr(tok)}`);
  const t = tok as PyToken;
  if (t.used) throw newException(RuntimeError, A.mkStr(`${A.repr(t)} has already been used once`));
  if (t.v !== self) throw newException(ValueError, A.mkStr(`${A.repr(t)} was created by a different ContextVar`));
  const ctx = currentContext();
  if (t.ctx !== ctx) throw newException(ValueError, A.mkStr(`${A.repr(t)} was created in a different Context`));
  t.used = true;
  const vars = new Map(ctx.vars);
  if (t.old === null) vars.delete(self);
  else vars.set(self, t.old);
  ctx.vars = vars;
  return None;
});
method(contextVarType, '__repr__', (args) => {
  const self = args[0] as PyContextVar;
  const d = self.dflt === null ? '' : ` default=${A.repr(self.dflt)}`;
  return `<ContextVar name=${A.repr(self.name)}${d} at ${hexId(self)}>`;
});
classMethod(contextVarType, '__class_getitem__', (args) => makeGenericAlias(args[0], args[1]));

// ---------------------------------------------------------------- Token

getset(tokenType, 'var', (self) => (self as PyToken).v);
getset(tokenType, 'old_value', (self) => (self as PyToken).old ?? MISSING);
tokenType.dict.set('MISSING', MISSING);
method(tokenType, '__repr__', (args) => {
  const t = args[0] as PyToken;
  return `<Token${t.used ? ' used' : ''} var=${A.repr(t.v)} at ${hexId(t)}>`;
});
classMethod(tokenType, '__class_getitem__', (args) => makeGenericAlias(args[0], args[1]));

function create(): ReturnType<typeof newModule> {
  const m = newModule('_contextvars', 'Context Variables');
  const d = m.dict;
  d.set('Context', contextType);
  d.set('ContextVar', contextVarType);
  d.set('Token', tokenType);
  moduleFunction(d, '_contextvars', 'copy_context', () => {
    const c = new PyContext();
    c.vars = new Map(currentContext().vars);
    return c;
  });
  return m;
}

registerNative('_contextvars', create);

void typeOf;
