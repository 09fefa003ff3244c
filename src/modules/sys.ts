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
import { None, NotImplemented, typeType, objectType, typeOf } from '../objects/types';
import {
  newException, SystemExit, typeError, ValueError, PyBaseException, RecursionError,
} from '../objects/exceptions';
import * as A from '../objects/abstract';
import { method, getset, moduleFunction, newMethod, parseArgs } from '../objects/define';
import { intLimits } from '../objects/int';
import { registerNative, newModule, sysModules, nativeNames } from './registry';
import { STDLIB_MODULE_NAMES } from './stdlib_names';
import { newFrozenSet } from '../objects/set_object';
import { ts, topmostException } from '../vm/thread_state';
import { escapeFrame } from '../vm/frame';
import * as nodePath from 'path';
import { PyFloat } from '../objects/float_object';
import { PyTuple } from '../objects/containers';
import { strType } from '../objects/types';
import { structSeq, structSeqType } from './structseq';
import { stdlibLocation, supplementLocation, startupFlags } from './stdlib';
import { lazy } from '../util/lazy';
const lazy_tty = lazy(() => require('tty') as typeof import('tty'));
const lazy_exceptions = lazy(() => require('../objects/exceptions') as typeof import('../objects/exceptions'));
const lazy_builtins = lazy(() => require('./builtins') as typeof import('./builtins'));
const lazy_traceback = lazy(() => require('../vm/traceback') as typeof import('../vm/traceback'));
const lazy_generators = lazy(() => require('../vm/generators') as typeof import('../vm/generators'));

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
    return lazy_tty().isatty((args[0] as TextWriter).fd);
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

/** sys.orig_argv: the command line as the CLI got it, sys.executable standing for the program. */
export function setOrigArgv(args: string[]): void {
  sysDict.set('orig_argv', new PyList([sysDict.getStr('executable')!, ...args.map((a) => A.mkStr(a))]));
}

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

/** The package folder (dist/src/modules/ is three levels below it). */
export const INSTALL_ROOT = nodePath.resolve(__dirname, '..', '..', '..');

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

// PEP 578: hooks see every audit event, in the order they were added.
const auditHooks: Value[] = [];

/** PySys_Audit: runs the hooks sys.addaudithook added. */
export function audit(event: string, args: Value[]): void {
  if (auditHooks.length === 0) return;
  const ev = tuple(args);
  for (const h of auditHooks.slice()) A.call(h, [A.mkStr(event), ev]);
}

export function displayhook(v: Value): void {
  const hook = sysDict.getStr('displayhook');
  if (hook === null) throw newException(lazy_exceptions().RuntimeError, 'lost sys.displayhook');
  A.call(hook, [v]);
}

function init(): void {
  const d = sysDict;
  d.set('__name__', 'sys');
  d.set('__doc__', None);
  d.set('__package__', '');
  d.set('__loader__', None);
  d.set('__spec__', None);
  const { stdinObject } = require('./stdin') as typeof import('./stdin');
  const { defaultHook } = require('./atexit') as typeof import('./atexit');
  d.set('unraisablehook', defaultHook);
  d.set('__unraisablehook__', defaultHook);
  d.set('stdin', stdinObject);
  d.set('__stdin__', stdinObject);
  d.set('stdout', stdout);
  d.set('stderr', stderr);
  d.set('__stdout__', stdout);
  d.set('__stderr__', stderr);
  d.set('argv', new PyList([]));
  d.set('orig_argv', new PyList([]));
  d.set('modules', sysModules());
  d.set('path', new PyList(initialPath().map((x) => A.mkStr(x))));
  d.set('meta_path', new PyList([]));
  d.set('path_hooks', new PyList([]));
  d.set('path_importer_cache', new PyDict());
  d.set('version', '3.11.7 (main, Typhon) [TypeScript]');
  const versionInfo = structSeq(structSeqType('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']), [3, 11, 7, 'final', 0]);
  d.set('version_info', versionInfo);
  d.set('implementation', namespace([
    ['name', 'typhon'], ['cache_tag', 'typhon-311'], ['version', versionInfo], ['hexversion', 0x030b07f0], ['_multiarch', 'x86_64-linux-gnu'],
  ]));
  d.set('flags', structSeq(structSeqType('sys.flags', [
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
    'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
    'safe_path', 'int_max_str_digits',
  ]), [0, startupFlags.inspect ? 1 : 0, 0, startupFlags.optimize, dontWrite() ? 1 : 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]));
  d.set('float_info', structSeq(structSeqType('sys.float_info', [
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
  ]), [new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1]));
  d.set('int_info', structSeq(structSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']), [30, 4, 4300, 640]));
  d.set('hash_info', structSeq(structSeqType('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']), [
    64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0,
  ]));
  d.set('hexversion', 0x030b07f0);
  d.set('api_version', 1013);
  d.set('maxsize', 9223372036854775807n);
  d.set('maxunicode', 0x10ffff);
  d.set('byteorder', 'little');
  d.set('platform', process.platform === 'win32' ? 'win32' : process.platform);
  // A command that runs Typhon, as tests run sys.executable in subprocesses: bin/typhon.js (executable, with a node shebang).
  d.set('executable', process.env.TYPHON_EXECUTABLE ?? (process.argv[1] ? nodePath.resolve(process.argv[1]) : ''));
  // The installation's root (the package folder holding bin/ and dist/), as CPython's prefix is its install root.
  d.set('prefix', A.mkStr(INSTALL_ROOT));
  d.set('platlibdir', 'lib');
  d.set('abiflags', '');
  d.set('pycache_prefix', None);
  d.set('_base_executable', d.getStr('executable')!);
  d.set('_git', tuple(['Typhon', '', '']));
  d.set('_stdlib_dir', stdlibLocation() ?? None);
  d.set('thread_info', structSeq(structSeqType('sys.thread_info', ['name', 'lock', 'version']), [None, None, None]));
  // The switch interval is kept and reported; with one thread it schedules nothing.
  let switchInterval = 0.005;
  moduleFunction(d, 'sys', 'getswitchinterval', () => new PyFloat(switchInterval));
  moduleFunction(d, 'sys', 'setswitchinterval', (args) => {
    const v = A.floatValue(args[0]) ?? Number(A.asIndex(args[0]));
    if (v <= 0) throw newException(ValueError, 'switch interval must be strictly positive');
    switchInterval = v;
    return None;
  });
  moduleFunction(d, 'sys', 'call_tracing', (args) => A.call(args[0], A.toArray(args[1])));
  moduleFunction(d, 'sys', 'get_coroutine_origin_tracking_depth', (args, kw) => {
    if (args.length > 0 || (kw !== null && kw.length > 0)) throw newException(lazy_exceptions().TypeError, `sys.get_coroutine_origin_tracking_depth() takes no arguments (${args.length} given)`);
    return lazy_generators().coroOriginTracking.depth;
  });
  moduleFunction(d, 'sys', 'set_coroutine_origin_tracking_depth', (args, kw) => {
    if (args.length === 0) throw newException(lazy_exceptions().TypeError, "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
    const [v] = parseArgs('set_coroutine_origin_tracking_depth', args, kw, ['depth'], 1);
    if (v instanceof PyFloat) throw newException(lazy_exceptions().TypeError, "'float' object cannot be interpreted as an integer");
    const depth = Number(A.asIndex(v!));
    if (depth < 0) throw newException(ValueError, 'depth must be >= 0');
    lazy_generators().coroOriginTracking.depth = depth;
    return None;
  });
  // Async generator hooks: the VM runs firstiter on a generator's first use (asyncio's shutdown_asyncgens needs it).
  const hooksType = structSeqType('asyncgen_hooks', ['firstiter', 'finalizer']);
  moduleFunction(d, 'sys', 'get_asyncgen_hooks', (args, kw) => {
    const n = args.length;
    if (n > 0 || (kw !== null && kw.length > 0)) throw newException(lazy_exceptions().TypeError, `sys.get_asyncgen_hooks() takes no arguments (${n} given)`);
    const h = lazy_generators().asyncGenHooks;
    return structSeq(hooksType, [h.firstiter ?? None, h.finalizer ?? None]);
  });
  moduleFunction(d, 'sys', 'set_asyncgen_hooks', (args, kw) => {
    const TypeError = lazy_exceptions().TypeError;
    const npos = kw === null ? args.length : args.length - kw.length;
    if (args.length > 2) throw newException(TypeError, `function takes at most 2 arguments (${args.length} given)`);
    const got: (Value | null)[] = [npos > 0 ? args[0] : null, npos > 1 ? args[1] : null];
    (kw ?? []).forEach((k, i) => {
      const j = k === 'firstiter' ? 0 : k === 'finalizer' ? 1 : -1;
      if (j < 0) throw newException(TypeError, `'${k}' is an invalid keyword argument for this function`);
      if (got[j] !== null) throw newException(TypeError, `argument for function given by name ('${k}') and position (${j + 1})`);
      got[j] = args[npos + i];
    });
    const [firstiter, finalizer] = got;
    const callable = (v: Value): boolean => typeOf(v).lookup('__call__') !== null;
    if (finalizer !== null && finalizer !== None && !callable(finalizer)) throw newException(TypeError, `callable finalizer expected, got ${A.typeName(finalizer)}`);
    if (firstiter !== null && firstiter !== None && !callable(firstiter)) throw newException(TypeError, `callable firstiter expected, got ${A.typeName(firstiter)}`);
    const h = lazy_generators().asyncGenHooks;
    if (finalizer !== null) h.finalizer = finalizer === None ? null : finalizer;
    if (firstiter !== null) h.firstiter = firstiter === None ? null : firstiter;
    return None;
  });
  moduleFunction(d, 'sys', '_current_frames', () => {
    const r = new PyDict();
    if (ts.frame !== null) {
      escapeFrame(ts.frame);
      r.set((require('./thread') as { mainIdent?: number }).mainIdent ?? 0, ts.frame);
    }
    return r;
  });
  d.set('exec_prefix', A.mkStr(INSTALL_ROOT));
  d.set('base_prefix', A.mkStr(INSTALL_ROOT));
  d.set('base_exec_prefix', A.mkStr(INSTALL_ROOT));
  d.set('dont_write_bytecode', dontWrite());
  d.set('pycache_prefix', None);
  // PYTHONWARNINGS before -W options, as config_init_warnoptions orders them.
  const envWarnings = (process.env.PYTHONWARNINGS ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');
  d.set('warnoptions', new PyList([...envWarnings, ...startupFlags.warnOptions].map((x) => A.mkStr(x))));
  const xopts = new PyDict();
  for (const o of startupFlags.xOptions) {
    const eq = o.indexOf('=');
    if (eq < 0) xopts.set(A.mkStr(o), true);
    else xopts.set(A.mkStr(o.slice(0, eq)), A.mkStr(o.slice(eq + 1)));
  }
  d.set('_xoptions', xopts);
  // The native modules (all registered by all_modules.ts before the VM starts) and sys/builtins themselves.
  d.set('builtin_module_names', tuple([...new Set([...nativeNames(), 'builtins', 'sys'])].sort().map((n) => A.mkStr(n))));
  d.set('stdlib_module_names', newFrozenSet(STDLIB_MODULE_NAMES.map((n) => A.mkStr(n))));
  d.set('float_repr_style', 'short');
  d.set('copyright', 'Copyright (c) Typhon authors. Python is Copyright (c) Python Software Foundation.');
  const f = (name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    moduleFunction(d, 'sys', name, fn);
  };
  f('exit', (args) => {
    throw args.length === 0 ? newException(SystemExit) : newException(SystemExit, args[0]);
  });
  f('getrecursionlimit', () => ts.recursionLimit);
  f('get_int_max_str_digits', () => intLimits.maxStrDigits);
  f('audit', (args, kw) => {
    if (kw !== null && kw.length) typeError('audit() takes no keyword arguments');
    if (args.length === 0) typeError('audit() missing 1 required positional argument: \'event\'');
    if (!A.isStr(args[0])) typeError(`expected str for argument 'event', not ${A.typeName(args[0])}`);
    audit(A.strValue(args[0]), args.slice(1));
    return None;
  });
  f('addaudithook', (args) => {
    auditHooks.push(args[0]);
    return None;
  });
  f('set_int_max_str_digits', (args, kw) => {
    const [n] = parseArgs('set_int_max_str_digits', args, kw, ['maxdigits'], 1);
    const v = Number(A.asIndex(n!));
    if (v !== 0 && v < 640) throw newException(ValueError, 'maxdigits must be 0 or larger than 640');
    intLimits.maxStrDigits = v;
    return None;
  });
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
    // Python code holds the frame now: it must never be recycled for another call.
    escapeFrame(fr);
    return fr;
  });
  f('intern', (args) => {
    if (!A.isStr(args[0]) || typeOf(args[0]) !== strType) typeError(`intern() argument must be str, not ${A.typeName(args[0])}`);
    return args[0];
  });
  // Reference counts do not exist here; 2 is what a fresh object passed in reports in CPython.
  f('getrefcount', () => 2);
  f('getsizeof', (args) => approximateSize(args[0]));
  f('is_finalizing', () => false);
  f('getdefaultencoding', () => 'utf-8');
  f('getfilesystemencoding', () => 'utf-8');
  f('getfilesystemencodeerrors', () => 'surrogateescape');
  f('displayhook', (args) => {
    const v = args[0];
    if (v === None) return None;
    const b = lazy_builtins();
    b.builtinsDict.set('_', None);
    writeTo(getStdout(), A.repr(v) + '\n');
    b.builtinsDict.set('_', v);
    return None;
  });
  d.set('__displayhook__', d.getStr('displayhook')!);
  f('excepthook', (args) => {
    const tb = lazy_traceback();
    tb.printException(args[1]);
    return None;
  });
  d.set('__excepthook__', d.getStr('excepthook')!);
  // sys_breakpointhook: $PYTHONBREAKPOINT names the hook ('' or unset: pdb.set_trace, '0': none).
  f('breakpointhook', (args, kwnames) => {
    const env = A.isTrue(A.getAttr(d.getStr('flags')!, 'ignore_environment')) ? undefined : process.env.PYTHONBREAKPOINT;
    const hookName = env === undefined || env === '' ? 'pdb.set_trace' : env;
    if (hookName === '0') return None;
    const dot = hookName.lastIndexOf('.');
    const modulePath = dot < 0 ? 'builtins' : hookName.slice(0, dot);
    const attrName = dot < 0 ? hookName : hookName.slice(dot + 1);
    let hook: Value;
    try {
      const { importModule } = require('../vm/imports') as typeof import('../vm/imports');
      importModule(modulePath);
      hook = A.getAttr(sysModules().getStr(modulePath)!, attrName);
    } catch (e) {
      const ex = lazy_exceptions();
      if (!(e instanceof ex.PyBaseException) || !(A.isInstance(e, ex.ImportError) || A.isInstance(e, ex.AttributeError))) throw e;
      const { warn } = require('./warnings') as typeof import('./warnings');
      warn(`Ignoring unimportable $PYTHONBREAKPOINT: "${hookName}"`, ex.RuntimeWarning, 1);
      return None;
    }
    return A.call(hook, args, kwnames);
  });
  d.set('__breakpointhook__', d.getStr('breakpointhook')!);
}

/** Options of the command line the import system and sys.flags see (set by src/cli/main.ts before the VM loads). */
function dontWrite(): boolean {
  return startupFlags.dontWriteBytecode || (process.env.PYTHONDONTWRITEBYTECODE ?? '') !== '';
}

/** sys.path without its first entry (run.ts adds the script's folder): PYTHONPATH, then the standard library. */
export function initialPath(): string[] {
  const out: string[] = [];
  const pp = process.env.PYTHONPATH;
  if (pp) for (const p of pp.split(':')) if (p !== '') out.push(nodePath.resolve(p));
  const lib = stdlibLocation();
  if (lib !== null) out.push(lib);
  const extra = supplementLocation(lib);
  if (extra !== null) out.push(extra);
  return out;
}

/** types.SimpleNamespace (Objects/namespaceobject.c): sys.implementation's type, and types' SimpleNamespace. */
export const namespaceType = new PyType(typeType, 'types.SimpleNamespace', [objectType], TPFLAGS_BASETYPE);
namespaceType.hasInstanceDict = true;
namespaceType.dict.set('__hash__', None);
getset(namespaceType, '__dict__', (self) => ((self as PyObject).dict ??= new PyDict()));
method(namespaceType, '__init__', (args, kwnames) => {
  const self = args[0] as PyObject;
  const npos = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
  if (npos > 0) typeError('no positional arguments expected');
  const d = (self.dict ??= new PyDict());
  if (kwnames !== null) kwnames.forEach((k, i) => d.set(k, args[1 + npos + i]));
  return None;
});
method(namespaceType, '__repr__', (args) => {
  const self = args[0] as PyObject;
  const t = typeOf(self);
  const name = t === namespaceType ? 'namespace' : t.qualname;
  if (!A.reprEnter(self)) return `${name}(...)`;
  try {
    const d = self.dict ?? new PyDict();
    return `${name}(${Array.from(d.entries()).filter(([k]) => A.isStr(k)).map(([k, v]) => `${A.strValue(k)}=${A.repr(v)}`).join(', ')})`;
  } finally {
    A.reprLeave(self);
  }
});
for (const [op, name] of [[2, '__eq__'], [3, '__ne__']] as const) {
  method(namespaceType, name, (args) => {
    const [a, b] = args;
    if (!A.isInstance(a, namespaceType) || !A.isInstance(b, namespaceType)) return NotImplemented;
    return A.richCompare((a as PyObject).dict ?? new PyDict(), (b as PyObject).dict ?? new PyDict(), op);
  });
}
method(namespaceType, '__reduce__', (args) => {
  const self = args[0] as PyObject;
  return tuple([typeOf(self), tuple([]), self.dict ?? new PyDict()]);
});

export function namespace(items: [string, Value][]): PyObject {
  const o = new PyObject(namespaceType);
  o.dict = new PyDict();
  for (const [k, v] of items) o.dict.set(k, v);
  return o;
}

/** sys.getsizeof: CPython's sizes for the common types on a 64-bit build, roughly. */
function approximateSize(v: Value): number {
  if (v === None || typeof v === 'boolean') return v === None ? 16 : 28;
  if (typeof v === 'number') return v === 0 ? 24 : 28 + 4 * Math.floor(Math.log2(Math.abs(v)) / 30);
  if (typeof v === 'bigint') return 24 + 4 * Math.ceil((v < 0n ? -v : v).toString(2).length / 30);
  if (typeof v === 'string') return 49 + v.length;
  if (v instanceof PyFloat) return 24;
  if (v instanceof PyList) return 56 + 8 * v.items.length;
  if (v instanceof PyTuple) return 40 + 8 * v.items.length;
  if (v instanceof PyDict) return 64 + 8 * v.size;
  return 48;
}

init();
registerNative('sys', () => sysModule);
void PyBuiltin;
