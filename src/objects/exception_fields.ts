/**
 * The builtin exceptions' own fields and messages (Objects/exceptions.c):
 * SystemExit.code, StopIteration.value, KeyError's str, ImportError's
 * name/path/msg, NameError/AttributeError name (and obj), OSError's errno
 * fields, str and errno-based subclass selection. Loaded before
 * exception_type.ts, whose fuller definitions (when present) replace these.
 */
import type { Value } from './base';
import { PyDict } from './dict';
import { PyTuple, PyBytes, PyByteArray, tuple, EMPTY_TUPLE } from './containers';
import { lazy } from '../util/lazy';
const lazy_memoryview = lazy(() => require('./memoryview_type') as typeof import('./memoryview_type'));
const lazy_wstr = lazy(() => require('./wstr') as typeof import('./wstr'));
import { None, typeOf } from './types';
import {
  PyBaseException, BaseException, SystemExit, StopIteration, StopAsyncIteration, KeyError, ImportError, NameError,
  AttributeError, OSError, BlockingIOError, ChildProcessError, BrokenPipeError, ConnectionAbortedError,
  ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
  IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, typeError,
  UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError,
} from './exceptions';
import type { PyType } from './type';
import * as A from './abstract';
import { method, getset } from './define';

const E = (v: Value): PyBaseException => v as PyBaseException;

function attr(e: PyBaseException, name: string): Value {
  return e.fields?.get(name) ?? None;
}

function setAttr(e: PyBaseException, name: string, v: Value): void {
  (e.fields ??= new Map()).set(name, v);
}

/** A field kept in the exception's fields, exposed as a writable attribute (a member descriptor in CPython). */
function field(t: PyType, name: string): void {
  getset(t, name, (e) => attr(E(e), name), (e, v) => setAttr(E(e), name, v ?? None));
}

function positional(args: Value[], kwnames: string[] | null): Value[] {
  return args.slice(1, args.length - (kwnames === null ? 0 : kwnames.length));
}

// SystemExit.code: None, the one argument, or the args tuple.
method(SystemExit, '__init__', (args, kwnames) => {
  const pos = positional(args, kwnames);
  const e = E(args[0]);
  e.args = pos.length ? tuple(pos) : EMPTY_TUPLE;
  setAttr(e, 'code', pos.length === 0 ? None : pos.length === 1 ? pos[0] : e.args);
  return None;
});
field(SystemExit, 'code');

for (const t of [StopIteration, StopAsyncIteration]) {
  method(t, '__init__', (args, kwnames) => {
    const pos = positional(args, kwnames);
    const e = E(args[0]);
    e.args = pos.length ? tuple(pos) : EMPTY_TUPLE;
    setAttr(e, 'value', pos.length ? pos[0] : None);
    return None;
  });
  field(t, 'value');
}

// KeyError shows the repr of a lone key, so that KeyError('') is not an empty message.
method(KeyError, '__str__', (args) => {
  const a = E(args[0]).args.items;
  if (a.length === 1) return A.mkStr(A.repr(a[0]));
  return A.callDescr(BaseException.dict.getStr('__str__')!, args[0], []);
});

method(ImportError, '__init__', (args, kwnames) => {
  const e = E(args[0]);
  const pos = positional(args, kwnames);
  e.args = pos.length ? tuple(pos) : EMPTY_TUPLE;
  let name: Value = None;
  let path: Value = None;
  if (kwnames !== null) {
    const n = args.length - kwnames.length;
    kwnames.forEach((k, i) => {
      if (k === 'name') name = args[n + i];
      else if (k === 'path') path = args[n + i];
      else typeError(`'${k}' is an invalid keyword argument for ${typeOf(e).name}()`);
    });
  }
  setAttr(e, 'name', name);
  setAttr(e, 'path', path);
  setAttr(e, 'msg', pos.length === 1 ? pos[0] : None);
  return None;
});
for (const f of ['name', 'path', 'msg']) field(ImportError, f);
method(ImportError, '__str__', (args) => {
  const m = attr(E(args[0]), 'msg');
  if (m !== None && E(args[0]).args.items.length <= 1) return A.strObj(m);
  return A.callDescr(BaseException.dict.getStr('__str__')!, args[0], []);
});

for (const t of [NameError, AttributeError]) {
  method(t, '__init__', (args, kwnames) => {
    const e = E(args[0]);
    e.args = tuple(positional(args, kwnames));
    if (kwnames !== null) {
      const n = args.length - kwnames.length;
      kwnames.forEach((k, i) => {
        if (k === 'name' || (k === 'obj' && t === AttributeError)) setAttr(e, k, args[n + i]);
        else typeError(`'${k}' is an invalid keyword argument for ${typeOf(e).name}()`);
      });
    }
    return None;
  });
  field(t, 'name');
}
field(AttributeError, 'obj');

// OSError: errno, strerror, filename, filename2 and the errno-specific subclasses (oserror_use_init / errnomap).
const ERRNO_CLASS: Record<number, PyType> = {
  11: BlockingIOError, 114: BlockingIOError, 115: BlockingIOError, 10: ChildProcessError, 32: BrokenPipeError, 108: BrokenPipeError,
  103: ConnectionAbortedError, 111: ConnectionRefusedError, 104: ConnectionResetError, 17: FileExistsError, 2: FileNotFoundError,
  4: InterruptedError, 21: IsADirectoryError, 20: NotADirectoryError, 1: PermissionError, 13: PermissionError, 3: ProcessLookupError,
  110: TimeoutError,
};
OSError.tpNew = (cls, args) => {
  let t = cls;
  if (cls === OSError && args.length >= 2 && args.length <= 5) {
    const errno = A.intValue(args[0]);
    if (errno !== null && typeof errno === 'number' && ERRNO_CLASS[errno]) t = ERRNO_CLASS[errno];
  }
  return new PyBaseException(t, args.length ? tuple(args.slice()) : EMPTY_TUPLE);
};
method(OSError, '__init__', (args, kwnames) => {
  const e = E(args[0]);
  const pos = positional(args, kwnames);
  e.args = pos.length ? tuple(pos) : EMPTY_TUPLE;
  const ok = pos.length >= 2 && pos.length <= 5;
  setAttr(e, 'errno', ok ? pos[0] : None);
  setAttr(e, 'strerror', ok ? pos[1] : None);
  setAttr(e, 'filename', ok && pos.length >= 3 ? pos[2] : None);
  setAttr(e, 'filename2', ok && pos.length >= 5 ? pos[4] : None);
  // With a filename, args keeps only (errno, strerror).
  if (ok && pos.length >= 3) e.args = tuple(pos.slice(0, 2));
  return None;
});
for (const f of ['errno', 'strerror', 'filename', 'filename2']) field(OSError, f);
method(OSError, '__str__', (args) => {
  const e = E(args[0]);
  const fn = attr(e, 'filename');
  const fn2 = attr(e, 'filename2');
  const errno = attr(e, 'errno');
  const strerror = attr(e, 'strerror');
  if (fn !== None) {
    if (fn2 !== None) return A.mkStr(`[Errno ${A.str(errno)}] ${A.str(strerror)}: ${A.repr(fn)} -> ${A.repr(fn2)}`);
    return A.mkStr(`[Errno ${A.str(errno)}] ${A.str(strerror)}: ${A.repr(fn)}`);
  }
  if (errno !== None && strerror !== None) return A.mkStr(`[Errno ${A.str(errno)}] ${A.str(strerror)}`);
  return A.callDescr(BaseException.dict.getStr('__str__')!, args[0], []);
});

export { PyTuple };

// SyntaxError: msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line (SyntaxError_init / SyntaxError_str).
import { SyntaxError as SyntaxErrorType } from './exceptions';
method(SyntaxErrorType, '__init__', (args, kwnames) => {
  const e = E(args[0]);
  const pos = positional(args, kwnames);
  e.args = pos.length ? tuple(pos) : EMPTY_TUPLE;
  for (const f of ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']) setAttr(e, f, None);
  if (pos.length >= 1) setAttr(e, 'msg', pos[0]);
  if (pos.length === 2) {
    const info = A.toArray(pos[1]);
    if (info.length < 4 || info.length > 6) {
      typeError('function takes at most 6 arguments' + (info.length < 4 ? '' : ''));
    }
    const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
    info.forEach((v, i) => setAttr(e, names[i], v));
  }
  return None;
});
for (const f of ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']) field(SyntaxErrorType, f);
method(SyntaxErrorType, '__str__', (args) => {
  const e = E(args[0]);
  const msg = A.str(attr(e, 'msg'));
  const fn = attr(e, 'filename');
  const ln = attr(e, 'lineno');
  const haveFile = A.isStr(fn);
  const haveLine = A.intValue(ln) !== null && typeof ln !== 'boolean';
  const base = haveFile ? A.strValue(fn).split('/').pop()! : '';
  if (haveFile && haveLine) return A.mkStr(`${msg} (${base}, line ${A.str(ln)})`);
  if (haveFile) return A.mkStr(`${msg} (${base})`);
  if (haveLine) return A.mkStr(`${msg} (line ${A.str(ln)})`);
  return A.mkStr(msg);
});

// UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError (object bytes-like, kept
// as bytes) and UnicodeTranslateError(object, start, end, reason) (encoding None), as their _init in
// exceptions.c: the fields codec error handlers read and may change.
function unicodeErrorInit(t: PyType, kinds: string): void {
  method(t, '__init__', (args, kwnames) => {
    const e = E(args[0]);
    const pos = positional(args, kwnames);
    e.args = pos.length ? tuple(pos) : EMPTY_TUPLE;
    if (pos.length !== kinds.length) typeError(`function takes exactly ${kinds.length} arguments (${pos.length} given)`);
    const vals: Value[] = [];
    for (let i = 0; i < kinds.length; i++) {
      const v = pos[i];
      const k = kinds[i];
      if (k === 'U') {
        if (!A.isStr(v)) typeError(`argument ${i + 1} must be str, not ${A.typeName(v)}`);
        vals.push(v);
      } else if (k === 'n') vals.push(A.asIndex(v));
      else {
        if (v instanceof PyBytes) vals.push(v);
        else if (v instanceof PyByteArray) vals.push(new PyBytes(v.view().slice()));
        else {
          const mv = lazy_memoryview().memoryviewBytes(v);
          if (mv === null) typeError(`a bytes-like object is required, not '${A.typeName(v)}'`);
          vals.push(new PyBytes(mv!.slice()));
        }
      }
    }
    const names = kinds.length === 5 ? ['encoding', 'object', 'start', 'end', 'reason'] : ['object', 'start', 'end', 'reason'];
    if (kinds.length === 4) setAttr(e, 'encoding', None);
    names.forEach((n, i) => setAttr(e, n, vals[i]));
    return None;
  });
  for (const f of ['encoding', 'object', 'start', 'end', 'reason']) field(t, f);
}
unicodeErrorInit(UnicodeEncodeError, 'UUnnU');
unicodeErrorInit(UnicodeDecodeError, 'UBnnU');
unicodeErrorInit(UnicodeTranslateError, 'UnnU');
method(UnicodeTranslateError, '__str__', (args) => {
  const e = E(args[0]);
  const obj = attr(e, 'object');
  const start = A.intValue(attr(e, 'start'));
  const end = A.intValue(attr(e, 'end'));
  const reason = A.str(attr(e, 'reason'));
  if (!A.isStr(obj) || start === null || end === null) return '';
  const s = lazy_wstr().strOf(obj)!;
  const cps = lazy_wstr().cpsOf(s);
  const st = Number(start);
  if (Number(end) === st + 1 && st >= 0 && st < cps.length) {
    const cp = cps[st];
    const shown = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
    return A.mkStr(`can't translate character '${shown}' in position ${st}: ${reason}`);
  }
  return A.mkStr(`can't translate characters in position ${st}-${Number(end) - 1}: ${reason}`);
});

// ---------------------------------------------------------------- pickling (BaseException_reduce and the subclasses')

/** (type, args) or (type, args, state): the state only when there is one. */
function reduced(e: PyBaseException, args: Value, state: PyDict | null): Value {
  const t = typeOf(e);
  return state !== null && state.size > 0 ? tuple([t, args, state]) : tuple([t, args]);
}

method(BaseException, '__reduce__', (args) => {
  const e = E(args[0]);
  return reduced(e, e.args, e.dict);
});
method(BaseException, '__setstate__', (args) => {
  if (args.length !== 2) typeError(`BaseException.__setstate__() takes exactly one argument (${args.length - 1} given)`);
  const state = args[1];
  if (state !== None) {
    if (!(state instanceof PyDict)) typeError('state is not a dictionary');
    for (const [k, v] of (state as PyDict).entries()) A.setAttr(args[0], A.strValue(k), v);
  }
  return None;
});
// ImportError_getstate: the instance dict plus name and path when set (msg travels in args).
method(ImportError, '__reduce__', (args) => {
  const e = E(args[0]);
  const state = e.dict !== null ? e.dict.copy() : new PyDict();
  for (const f of ['name', 'path']) {
    const v = attr(e, f);
    if (v !== None) state.set(f, v);
  }
  return reduced(e, e.args, state);
});
// OSError_reduce: a filename (and filename2) rebuilds the 3- or 5-argument form; winerror never survives.
method(OSError, '__reduce__', (args) => {
  const e = E(args[0]);
  let a: Value = e.args;
  const fn = attr(e, 'filename');
  if (e.args.items.length === 2 && fn !== None) {
    const fn2 = attr(e, 'filename2');
    a = tuple(fn2 !== None ? [e.args.items[0], e.args.items[1], fn, None, fn2] : [e.args.items[0], e.args.items[1], fn]);
  }
  return reduced(e, a, e.dict);
});
