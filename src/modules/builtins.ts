/**
 * The builtins module (Python/bltinmodule.c): the builtin functions, the
 * builtin types and exceptions by name, and the constants.
 */
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyModule, PyBuiltin, PyFunction } from '../objects/function';
import { PyType } from '../objects/type';
import { PyTuple, PyList, tuple } from '../objects/containers';
import { PyFloat } from '../objects/float_object';
import * as T from '../objects/types';
import { None, NotImplemented, Ellipsis, typeOf } from '../objects/types';
import {
  BUILTIN_EXCEPTIONS, typeError, valueError, newException, StopIteration, PyBaseException,
} from '../objects/exceptions';
import * as A from '../objects/abstract';
import { moduleFunction, method, parseArgs, npos, checkPositional, noKw } from '../objects/define';
import { registerNative, sysModules } from './registry';
import { writeTo, getStdout } from './sys';
import { buildClass } from '../vm/classes';
import { isInstanceRaw } from '../objects/object_type';
import { ts } from '../vm/thread_state';
import { format } from '../vm/ops';
import { lazy } from '../util/lazy';
const lazy_ops = lazy(() => require('../vm/ops') as typeof import('../vm/ops'));
const lazy_generators = lazy(() => require('../vm/generators') as typeof import('../vm/generators'));
const lazy_sys_trace = lazy(() => require('./sys_trace') as typeof import('./sys_trace'));
const lazy_exceptions = lazy(() => require('../objects/exceptions') as typeof import('../objects/exceptions'));
const lazy_containers = lazy(() => require('../objects/containers') as typeof import('../objects/containers'));
const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));

export const builtinsDict = new PyDict();
export const builtinsModule = new PyModule(builtinsDict);

const B = (name: string, fn: (args: Value[], kwnames: string[] | null) => Value): PyBuiltin =>
  moduleFunction(builtinsDict, 'builtins', name, fn);

function oneArg(name: string, args: Value[], kwnames: string[] | null): Value {
  noKw(name, kwnames);
  if (args.length !== 1) typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

B('__build_class__', buildClass);

const lazy_stdin = lazy(() => require('./stdin') as typeof import('./stdin'));
const lazy_sysmod = lazy(() => require('./sys') as typeof import('./sys'));
let inputEditor: import('../cli/line_editor').LineEditor | null = null;

B('input', (args, kwnames) => {
  noKw('input', kwnames);
  if (args.length > 1) typeError(`input expected at most 1 argument, got ${args.length}`);
  const sysD = lazy_sysmod().sysDict;
  const fin = sysD.getStr('stdin');
  const fout = sysD.getStr('stdout');
  const ferr = sysD.getStr('stderr');
  const RuntimeError = lazy_exceptions().RuntimeError;
  if (fin === null || fin === None) throw newException(RuntimeError, 'input(): lost sys.stdin');
  if (fout === null || fout === None) throw newException(RuntimeError, 'input(): lost sys.stdout');
  if (ferr === null || ferr === None) throw newException(RuntimeError, 'input(): lost sys.stderr');
  lazy_sysmod().audit('builtins.input', [args.length ? args[0] : None]);
  try {
    A.callMethod(ferr, 'flush', []);
  } catch {
    // CPython ignores a failing stderr flush here.
  }
  const prompt = args.length ? A.str(args[0]) : '';
  const { stdinObject } = lazy_stdin();
  const { TextWriter } = lazy_sysmod();
  const tty = require('tty') as typeof import('tty');
  if (fin === stdinObject && fout instanceof TextWriter && tty.isatty(0) && tty.isatty(1)) {
    // The console: line editing and history, as CPython's readline.
    fout.flush();
    const { LineEditor, Interrupted } = require('../cli/line_editor') as typeof import('../cli/line_editor');
    inputEditor ??= new LineEditor((s) => process.stdout.write(s));
    let line: string | null;
    try {
      line = inputEditor.readLine(A.strValue(prompt));
    } catch (e) {
      if (e instanceof Interrupted) throw newException(lazy_exceptions().KeyboardInterrupt);
      throw e;
    }
    if (line === null) throw newException(lazy_exceptions().EOFError);
    return A.mkStr(line);
  }
  if (A.strValue(prompt) !== '') {
    A.callMethod(fout, 'write', [prompt]);
  }
  A.callMethod(fout, 'flush', []);
  const line = A.callMethod(fin, 'readline', []);
  // PyFile_GetLine: bytes pass through as they are.
  const { PyBytes } = lazy_containers();
  if (line instanceof PyBytes) {
    if (line.bytes.length === 0) throw newException(lazy_exceptions().EOFError, 'EOF when reading a line');
    return line.bytes[line.bytes.length - 1] === 0x0a ? new PyBytes(line.bytes.slice(0, -1)) : line;
  }
  if (!A.isStr(line)) typeError('object.readline() returned non-string');
  const s = A.strValue(line);
  if (s === '') throw newException(lazy_exceptions().EOFError, 'EOF when reading a line');
  return A.mkStr(s.endsWith('\n') ? s.slice(0, -1) : s);
});

B('print', (args, kwnames) => {
  const n = npos(args, kwnames);
  let sep: Value = None;
  let end: Value = None;
  let file: Value = None;
  let flush: Value = false;
  if (kwnames !== null) {
    for (let i = 0; i < kwnames.length; i++) {
      const v = args[n + i];
      switch (kwnames[i]) {
        case 'sep':
          sep = v;
          break;
        case 'end':
          end = v;
          break;
        case 'file':
          file = v;
          break;
        case 'flush':
          flush = v;
          break;
        default:
          typeError(`'${kwnames[i]}' is an invalid keyword argument for print()`);
      }
    }
  }
  if (sep !== None && !A.isStr(sep)) typeError(`sep must be None or a string, not ${A.typeName(sep)}`);
  if (end !== None && !A.isStr(end)) typeError(`end must be None or a string, not ${A.typeName(end)}`);
  if (file === None) file = getStdout();
  if (file === None) return None;
  const sepS = sep === None ? ' ' : A.strValue(sep);
  const endS = end === None ? '\n' : A.strValue(end);
  let out = '';
  for (let i = 0; i < n; i++) {
    if (i) out += sepS;
    out += A.str(args[i]);
  }
  out += endS;
  writeTo(file, out);
  if (A.isTrue(flush)) A.callMethod(file, 'flush', []);
  return None;
});

B('len', (args, kw) => A.len(oneArg('len', args, kw)));
B('repr', (args, kw) => A.reprObj(oneArg('repr', args, kw)));
B('ascii', (args, kw) => {
  const { asciiOf } = lazy_ops();
  const r = A.reprObj(oneArg('ascii', args, kw));
  const s = A.strValue(r);
  // PyObject_ASCII: an all-ASCII repr is returned as it is (a str subclass stays one).
  return /^[\x00-\x7f]*$/.test(s) ? r : asciiOf(s);
});
B('id', (args, kw) => A.id(oneArg('id', args, kw)));
B('hash', (args, kw) => A.pyHash(oneArg('hash', args, kw)));
B('callable', (args, kw) => {
  const v = oneArg('callable', args, kw);
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== null;
});
B('abs', (args, kw) => {
  const v = oneArg('abs', args, kw);
  if (typeof v === 'number') return Math.abs(v);
  const m = typeOf(v).lookup('__abs__');
  if (m === null) typeError(`bad operand type for abs(): '${A.typeName(v)}'`);
  return A.callDescr(m!, v, []);
});

export function isinstanceImpl(v: Value, cls: Value, depth = 0): boolean {
  if (typeOf(v) === cls) return true;
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isinstanceImpl(v, c, depth + 1)) return true;
    return false;
  }
  if (cls instanceof PyType) {
    const check = typeOf(cls).lookup('__instancecheck__');
    if (check !== null && check !== T.typeType.dict.getStr('__instancecheck__')) return A.isTrue(A.callDescr(check, cls, [v]));
    return isInstanceRaw(v, cls);
  }
  const check = typeOf(cls).lookup('__instancecheck__');
  if (check !== null) return A.isTrue(A.callDescr(check, cls, [v]));
  return typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export function issubclassImpl(c: Value, cls: Value): boolean {
  if (cls instanceof PyTuple) {
    for (const x of cls.items) if (issubclassImpl(c, x)) return true;
    return false;
  }
  const check = typeOf(cls).lookup('__subclasscheck__');
  if (cls instanceof PyType && (check === null || check === T.typeType.dict.getStr('__subclasscheck__'))) {
    if (!(c instanceof PyType)) {
      const bases = A.getAttrOrNull(c, '__bases__');
      if (bases === null || !(bases instanceof PyTuple)) typeError('issubclass() arg 1 must be a class');
      return (bases as PyTuple).items.some((b) => b === cls || issubclassImpl(b, cls));
    }
    return c.isSubtype(cls);
  }
  if (check !== null) return A.isTrue(A.callDescr(check, cls, [c]));
  return typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

B('isinstance', (args, kw) => {
  noKw('isinstance', kw);
  checkPositional('isinstance', args.length, 2, 2);
  return isinstanceImpl(args[0], args[1]);
});
B('issubclass', (args, kw) => {
  noKw('issubclass', kw);
  checkPositional('issubclass', args.length, 2, 2);
  return issubclassImpl(args[0], args[1]);
});

B('getattr', (args, kw) => {
  noKw('getattr', kw);
  checkPositional('getattr', args.length, 2, 3);
  const name = args[1];
  if (!A.isStr(name)) typeError(`attribute name must be string, not '${A.typeName(name)}'`);
  if (args.length === 3) {
    const v = A.getAttrOrNull(args[0], A.strValue(name));
    return v === null ? args[2] : v;
  }
  return A.getAttr(args[0], A.strValue(name));
});
B('setattr', (args, kw) => {
  noKw('setattr', kw);
  checkPositional('setattr', args.length, 3, 3);
  if (!A.isStr(args[1])) typeError(`attribute name must be string, not '${A.typeName(args[1])}'`);
  A.setAttr(args[0], A.strValue(args[1]), args[2]);
  return None;
});
B('delattr', (args, kw) => {
  noKw('delattr', kw);
  checkPositional('delattr', args.length, 2, 2);
  if (!A.isStr(args[1])) typeError(`attribute name must be string, not '${A.typeName(args[1])}'`);
  A.delAttr(args[0], A.strValue(args[1]));
  return None;
});
B('hasattr', (args, kw) => {
  noKw('hasattr', kw);
  checkPositional('hasattr', args.length, 2, 2);
  if (!A.isStr(args[1])) typeError(`attribute name must be string, not '${A.typeName(args[1])}'`);
  return A.getAttrOrNull(args[0], A.strValue(args[1])) !== null;
});

B('iter', (args, kw) => {
  noKw('iter', kw);
  checkPositional('iter', args.length, 1, 2);
  if (args.length === 1) return A.getIter(args[0]);
  const callable = args[0];
  const sentinel = args[1];
  if (!A.isTrue(builtinsDict.getStr('callable') === null ? true : A.call(builtinsDict.getStr('callable')!, [callable]))) {
    typeError('iter(v, w): v must be callable');
  }
  let done = false;
  return new A.PyNativeIter(T.callableIteratorType, () => {
    if (done) return null;
    let v: Value;
    try {
      v = A.call(callable, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.ob_type.isSubtype(StopIteration)) {
        done = true;
        return null;
      }
      throw e;
    }
    if (A.eqBool(v, sentinel)) {
      done = true;
      return null;
    }
    return v;
  });
});
B('next', (args, kw) => {
  noKw('next', kw);
  checkPositional('next', args.length, 1, 2);
  const it = args[0];
  if (!(it instanceof A.PyNativeIter) && typeOf(it).lookup('__next__') === null) {
    typeError(`'${A.typeName(it)}' object is not an iterator`);
  }
  if (it instanceof A.PyNativeIter && (it.ob_type.flags & 512) === 0) {
    const g = lazy_generators();
    if (it instanceof g.PyGenerator) {
      const r = g.genSendEx(it, None, null);
      if (r.yielded) return r.value;
      if (args.length === 2) return args[1];
      throw g.stopIteration(r.value);
    }
    const v = it.next();
    if (v !== null) return v;
    if (args.length === 2) return args[1];
    throw newException(StopIteration);
  }
  if (args.length === 1) return A.callSpecial(it, '__next__', [])!;
  const v = A.iterNext(it);
  return v === null ? args[1] : v;
});

B('breakpoint', (args, kwnames) => {
  const hook = lazy_sysmod().sysDict.getStr('breakpointhook');
  if (hook === null) throw newException(lazy_exceptions().RuntimeError, 'lost sys.breakpointhook');
  lazy_sysmod().audit('builtins.breakpoint', [hook]);
  return A.call(hook, args, kwnames);
});

// aiter/anext (3.10): anext with a default wraps __anext__'s awaitable so that exhaustion returns the default.
B('aiter', (args, kw) => {
  const v = oneArg('aiter', args, kw);
  const m = typeOf(v).lookup('__aiter__');
  if (m === null) typeError(`'${A.typeName(v)}' object is not an async iterable`);
  const it = A.callDescr(m!, v, []);
  if (typeOf(it).lookup('__anext__') === null) typeError(`aiter() returned not an async iterator of type '${A.typeName(it)}'`);
  return it;
});
const anextAwaitableType = new PyType(T.typeType, 'anext_awaitable', [T.objectType], 0);
class PyAnextAwaitable extends A.PyInstance {
  constructor(readonly wrapped: Value, readonly dflt: Value) {
    super(anextAwaitableType);
  }
}
/** anextawaitable_proxy: one step of the wrapped awaitable, StopAsyncIteration becoming StopIteration(default). */
function anextStep(self: Value, how: '__next__' | 'send' | 'throw' | 'close', rest: Value[]): Value {
  const aw = self as PyAnextAwaitable;
  const g = lazy_generators();
  const w = aw.wrapped;
  const it = w instanceof g.PyGenerator && w.kind === 'coroutine' ? w : g.getAwaitable(w, 0);
  try {
    if (it instanceof g.PyGenerator && how !== 'throw' && how !== 'close') {
      const r = g.genSendEx(it, how === 'send' ? rest[0] : None, null);
      if (r.yielded) return r.value;
      throw g.stopIteration(r.value);
    }
    return A.callMethod(it, how, rest);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(lazy_exceptions().StopAsyncIteration)) throw g.stopIteration(aw.dflt);
    throw e;
  }
}
for (const [name, fn] of Object.entries({
  __await__: (a: Value[]): Value => a[0],
  __iter__: (a: Value[]): Value => a[0],
  __next__: (a: Value[]): Value => anextStep(a[0], '__next__', []),
  send: (a: Value[]): Value => anextStep(a[0], 'send', [a[1]]),
  throw: (a: Value[]): Value => anextStep(a[0], 'throw', a.slice(1)),
  close: (a: Value[]): Value => anextStep(a[0], 'close', []),
})) method(anextAwaitableType, name, fn);
B('anext', (args, kw) => {
  noKw('anext', kw);
  checkPositional('anext', args.length, 1, 2);
  const v = args[0];
  const m = typeOf(v).lookup('__anext__');
  if (m === null) typeError(`'${A.typeName(v)}' object is not an async iterator`);
  const aw = A.callDescr(m!, v, []);
  return args.length === 1 ? aw : new PyAnextAwaitable(aw, args[1]);
});

B('globals', () => ts.frame!.globals);
B('locals', () => {
  const f = ts.frame!;
  if (f.locals !== null) return f.locals;
  const fr = lazy_sys_trace();
  return fr.frameLocalsDict(f);
});
B('vars', (args, kw) => {
  noKw('vars', kw);
  checkPositional('vars', args.length, 0, 1);
  if (args.length === 0) return A.call(builtinsDict.getStr('locals')!, []);
  const d = A.getAttrOrNull(args[0], '__dict__');
  if (d === null) typeError('vars() argument must have __dict__ attribute');
  return d!;
});
B('dir', (args, kw) => {
  noKw('dir', kw);
  checkPositional('dir', args.length, 0, 1);
  let names: Value[];
  if (args.length === 0) {
    const l = A.call(builtinsDict.getStr('locals')!, []);
    names = A.toArray(A.callMethod(l, 'keys', []));
  } else {
    const m = typeOf(args[0]).lookup('__dir__');
    if (m === null) typeError('object does not provide __dir__');
    names = A.toArray(A.callDescr(m!, args[0], []));
  }
  const l = new PyList(names);
  A.callMethod(l, 'sort', []);
  return l;
});

B('format', (args, kw) => {
  noKw('format', kw);
  checkPositional('format', args.length, 1, 2);
  const spec = args.length > 1 ? args[1] : '';
  if (!A.isStr(spec)) typeError(`format() argument 2 must be str, not ${A.typeName(spec)}`);
  return format(args[0], spec);
});

B('chr', (args, kw) => {
  const v = oneArg('chr', args, kw);
  const i = A.asIndex(v);
  if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) {
    if (typeof i === 'bigint') {
      const { OverflowError } = lazy_exceptions();
      throw newException(OverflowError, 'Python int too large to convert to C int');
    }
    valueError('chr() arg not in range(0x110000)');
  }
  return A.mkStr(String.fromCodePoint(Number(i)));
});
B('ord', (args, kw) => {
  const v = oneArg('ord', args, kw);
  if (typeof v === 'string') {
    if (v.length !== 1) typeError(`ord() expected a character, but string of length ${v.length} found`);
    return v.charCodeAt(0);
  }
  const { PyWStr, PyBytes, PyByteArray } = lazy_containers();
  if (v instanceof PyWStr) {
    if (v.cps.length !== 1) typeError(`ord() expected a character, but string of length ${v.cps.length} found`);
    return v.cps[0];
  }
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    const b = v instanceof PyBytes ? v.bytes : v.view();
    if (b.length !== 1) typeError(`ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  }
  if (A.isStr(v)) return A.call(builtinsDict.getStr('ord')!, [A.strValue(v)]);
  return typeError(`ord() expected string of length 1, but ${A.typeName(v)} found`);
});

B('__import__', (args, kwnames) => {
  const [name, globals, , fromlist, level] = parseArgs('__import__', args, kwnames, ['name', 'globals', 'locals', 'fromlist', 'level'], 1);
  if (!A.isStr(name!)) typeError(`__import__() argument 1 must be str, not ${A.typeName(name!)}`);
  const imp = lazy_imports();
  return imp.doImport(A.strValue(name!), globals instanceof PyDict ? globals : null, fromlist ?? None, level ?? 0);
});

function init(): void {
  const d = builtinsDict;
  d.set('__name__', 'builtins');
  d.set('__doc__', "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");
  d.set('__package__', '');
  d.set('__loader__', None);
  d.set('__spec__', None);
  d.set('None', None);
  d.set('Ellipsis', Ellipsis);
  d.set('NotImplemented', NotImplemented);
  d.set('True', true);
  d.set('False', false);
  d.set('__debug__', true);
  const types: Record<string, PyType> = {
    object: T.objectType, type: T.typeType, int: T.intType, bool: T.boolType, float: T.floatType, complex: T.complexType,
    str: T.strType, bytes: T.bytesType, bytearray: T.bytearrayType, list: T.listType, tuple: T.tupleType, dict: T.dictType,
    set: T.setType, frozenset: T.frozensetType, range: T.rangeType, slice: T.sliceType, memoryview: T.memoryviewType,
    classmethod: T.classmethodType, staticmethod: T.staticmethodType, property: T.propertyType, super: T.superType,
    enumerate: T.enumerateType, zip: T.zipType, map: T.mapType, filter: T.filterType, reversed: T.reversedType,
  };
  for (const [k, v] of Object.entries(types)) d.set(k, v);
  for (const [k, v] of Object.entries(BUILTIN_EXCEPTIONS)) d.set(k, v);
}

init();
registerNative('builtins', () => builtinsModule);
sysModules().set('builtins', builtinsModule);

export { PyFloat, tuple };
