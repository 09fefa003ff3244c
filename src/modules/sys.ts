/**
 * The sys module (Python/sysmodule.c). INTERIM where noted: stdout/stderr are
 * minimal text writers until the io stack (issue 6) replaces them.
 */
import * as fs from 'fs';
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyModule, PyBuiltin } from '../objects/function';
import { PyList, tuple } from '../objects/containers';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { None, typeType, objectType, typeOf } from '../objects/types';
import {
  newException, SystemExit, typeError, ValueError, PyBaseException, RecursionError,
} from '../objects/exceptions';
import * as A from '../objects/abstract';
import { method, moduleFunction, newMethod } from '../objects/define';
import { registerNative, newModule, sysModules } from './registry';
import { ts, topmostException } from '../vm/thread_state';

// ---------------------------------------------------------------- text streams (INTERIM)

export const textWriterType = new PyType(typeType, '_io.TextIOWrapper', [objectType], TPFLAGS_BASETYPE);

export class TextWriter extends PyObject {
  private chunks: string[] = [];
  private size = 0;
  closed = false;
  constructor(
    readonly fd: number,
    readonly name: string,
    readonly lineBuffered: boolean,
  ) {
    super(textWriterType);
  }
  write(s: string): void {
    if (this.closed) throw newException(ValueError, 'I/O operation on closed file.');
    this.chunks.push(s);
    this.size += s.length;
    if (this.size > 8192 || (this.lineBuffered && s.includes('\n'))) this.flush();
  }
  flush(): void {
    if (this.chunks.length === 0) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    writeAll(this.fd, Buffer.from(data, 'utf8'));
  }
}

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

method(textWriterType, 'write', (args) => {
  const self = args[0] as TextWriter;
  if (args.length !== 2) typeError(`TextIOWrapper.write() takes exactly one argument (${args.length - 1} given)`);
  if (!A.isStr(args[1])) typeError(`write() argument must be str, not ${A.typeName(args[1])}`);
  const s = A.strValue(args[1]);
  self.write(s);
  return s.length;
});
method(textWriterType, 'flush', (args) => {
  (args[0] as TextWriter).flush();
  return None;
});
method(textWriterType, 'isatty', (args) => {
  try {
    return require('tty').isatty((args[0] as TextWriter).fd);
  } catch {
    return false;
  }
});
method(textWriterType, 'fileno', (args) => (args[0] as TextWriter).fd);
method(textWriterType, 'writable', () => true);
method(textWriterType, 'readable', () => false);
method(textWriterType, '__repr__', (args) => `<_io.TextIOWrapper name='<${(args[0] as TextWriter).name}>' mode='w' encoding='utf-8'>`);
textWriterType.dict.set('encoding', 'utf-8');
textWriterType.dict.set('errors', 'strict');
void newMethod;

export const stdout = new TextWriter(1, 'stdout', false);
export const stderr = new TextWriter(2, 'stderr', true);

export function flushStd(): void {
  for (const name of ['stdout', 'stderr']) {
    const s = sysDict.getStr(name);
    if (s === null || s === None) continue;
    if (s instanceof TextWriter) s.flush();
    else {
      try {
        const fl = A.getAttrOrNull(s, 'flush');
        if (fl !== null) A.call(fl, []);
      } catch {
        // A broken replacement stream must not hide the program's own exit status.
      }
    }
  }
}

// ---------------------------------------------------------------- the module

export const sysDict = new PyDict();
export const sysModule = new PyModule(sysDict);

/** sys.stdout as a Python value (it can be replaced). */
export function getStdout(): Value {
  return sysDict.getStr('stdout') ?? None;
}
export function getStderr(): Value {
  return sysDict.getStr('stderr') ?? None;
}

/** Write text to a Python file-like object (fast path for the native writers). */
export function writeTo(file: Value, s: string): void {
  if (file instanceof TextWriter) file.write(s);
  else A.callMethod(file, 'write', [A.mkStr(s)]);
}

export function displayhook(v: Value): void {
  const hook = sysDict.getStr('displayhook');
  if (hook === null) throw newException((require('../objects/exceptions') as typeof import('../objects/exceptions')).RuntimeError, 'lost sys.displayhook');
  A.call(hook, [v]);
}

function init(): void {
  const d = sysDict;
  d.set('__name__', 'sys');
  d.set('__doc__', None);
  d.set('__package__', '');
  d.set('__loader__', None);
  d.set('__spec__', None);
  d.set('stdout', stdout);
  d.set('stderr', stderr);
  d.set('__stdout__', stdout);
  d.set('__stderr__', stderr);
  d.set('argv', new PyList([]));
  d.set('orig_argv', new PyList([]));
  d.set('modules', sysModules());
  d.set('path', new PyList([]));
  d.set('meta_path', new PyList([]));
  d.set('path_hooks', new PyList([]));
  d.set('path_importer_cache', new PyDict());
  d.set('version', '3.11.7 (main, Typhon) [TypeScript]');
  d.set('version_info', tuple([3, 11, 7, 'final', 0]));
  d.set('hexversion', 0x030b07f0);
  d.set('api_version', 1013);
  d.set('maxsize', 9223372036854775807n);
  d.set('maxunicode', 0x10ffff);
  d.set('byteorder', 'little');
  d.set('platform', process.platform === 'win32' ? 'win32' : process.platform);
  d.set('executable', process.env.TYPHON_EXECUTABLE ?? '');
  d.set('prefix', '');
  d.set('exec_prefix', '');
  d.set('base_prefix', '');
  d.set('base_exec_prefix', '');
  d.set('dont_write_bytecode', false);
  d.set('builtin_module_names', tuple([]));
  d.set('float_repr_style', 'short');
  d.set('copyright', 'Copyright (c) Typhon authors. Python is Copyright (c) Python Software Foundation.');
  const f = (name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    moduleFunction(d, 'sys', name, fn);
  };
  f('exit', (args) => {
    throw args.length === 0 ? newException(SystemExit) : newException(SystemExit, args[0]);
  });
  f('getrecursionlimit', () => ts.recursionLimit);
  f('setrecursionlimit', (args) => {
    const n = A.asIndex(args[0]);
    if (n < 1) throw newException(ValueError, 'recursion limit must be greater or equal than 1');
    if (n <= ts.depth) {
      throw newException(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
    }
    ts.recursionLimit = Number(n);
    return None;
  });
  f('exc_info', () => {
    const e = topmostException();
    if (e === null) return tuple([None, None, None]);
    const pe = e as PyBaseException;
    return tuple([typeOf(e), e, pe.traceback ?? None]);
  });
  f('exception', () => topmostException() ?? None);
  f('_getframe', (args) => {
    let depth = args.length ? Number(A.asIndex(args[0])) : 0;
    let fr = ts.frame;
    while (depth-- > 0 && fr !== null) fr = fr.back;
    if (fr === null) throw newException(ValueError, 'call stack is not deep enough');
    return fr;
  });
  f('intern', (args) => args[0]);
  f('getdefaultencoding', () => 'utf-8');
  f('getfilesystemencoding', () => 'utf-8');
  f('getfilesystemencodeerrors', () => 'surrogateescape');
  f('displayhook', (args) => {
    const v = args[0];
    if (v === None) return None;
    const b = require('./builtins') as typeof import('./builtins');
    b.builtinsDict.set('_', None);
    writeTo(getStdout(), A.repr(v) + '\n');
    b.builtinsDict.set('_', v);
    return None;
  });
  d.set('__displayhook__', d.getStr('displayhook')!);
  f('excepthook', (args) => {
    const tb = require('../vm/traceback') as typeof import('../vm/traceback');
    tb.printException(args[1]);
    return None;
  });
  d.set('__excepthook__', d.getStr('excepthook')!);
}

init();
registerNative('sys', () => sysModule);
void PyBuiltin;
