/**
 * The builtin exception hierarchy (Objects/exceptions.c) and the helpers
 * native code uses to raise: `throw newException(TypeError, msg)`. Python
 * exceptions are plain objects, never JS Errors (docs/vm-design.md §7).
 */
import { PyObject, type Value } from './base';
import { PyType, TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS } from './type';
import { objectType, typeType } from './types';
import { PyTuple, EMPTY_TUPLE, tuple } from './containers';
import { PyStaticMethod, PyBuiltin } from './function';
import { lazy } from '../util/lazy';
const lazy_types = lazy(() => require('./types') as typeof import('./types'));

export class PyBaseException extends PyObject {
  args: PyTuple;
  /** __traceback__: a PyTraceback or null (None). */
  traceback: PyObject | null = null;
  /** __cause__ / __context__: null means None. */
  cause: Value | null = null;
  context: Value | null = null;
  suppressContext = false;
  /**
   * The builtin types' own fields (ImportError.name, OSError.errno, ...): member slots in CPython,
   * so kept out of the instance __dict__, which holds only what the program set.
   */
  fields: Map<string, Value> | null = null;
  constructor(type: PyType, args: PyTuple = EMPTY_TUPLE) {
    super(type);
    this.args = args;
  }
}

function excType(name: string, base: PyType | null): PyType {
  const t = new PyType(typeType, name, [base ?? objectType], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
  t.hasInstanceDict = true;
  return t;
}

export const BaseException = excType('BaseException', null);
BaseException.tpNew = (type, args) => {
  const n = args.length;
  const e = new PyBaseException(type, n ? tuple(args.slice()) : EMPTY_TUPLE);
  return e;
};
// BaseException.__new__ in the type's dict, so that lookups find it before object.__new__ (tp_new_wrapper).
BaseException.dict.set(
  '__new__',
  new PyStaticMethod(
    new PyBuiltin('__new__', (args, kwnames) => {
      const cls = args[0];
      if (!(cls instanceof PyType) || !cls.isSubtype(BaseException)) {
        throw newException(TypeError, `BaseException.__new__(X): X is not a subtype of BaseException`);
      }
      const n = args.length - (kwnames === null ? 0 : kwnames.length);
      return cls.tpNew!(cls, args.slice(1, n), null);
    }, null, 'BaseException.__new__'),
  ),
);
export const BaseExceptionGroup = excType('BaseExceptionGroup', BaseException);
export const GeneratorExit = excType('GeneratorExit', BaseException);
export const KeyboardInterrupt = excType('KeyboardInterrupt', BaseException);
export const SystemExit = excType('SystemExit', BaseException);
export const Exception = excType('Exception', BaseException);
export const ArithmeticError = excType('ArithmeticError', Exception);
export const FloatingPointError = excType('FloatingPointError', ArithmeticError);
export const OverflowError = excType('OverflowError', ArithmeticError);
export const ZeroDivisionError = excType('ZeroDivisionError', ArithmeticError);
export const AssertionError = excType('AssertionError', Exception);
export const AttributeError = excType('AttributeError', Exception);
export const BufferError = excType('BufferError', Exception);
export const EOFError = excType('EOFError', Exception);
export const ExceptionGroup = new PyType(typeType, 'ExceptionGroup', [BaseExceptionGroup, Exception], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
ExceptionGroup.hasInstanceDict = true;
export const ImportError = excType('ImportError', Exception);
export const ModuleNotFoundError = excType('ModuleNotFoundError', ImportError);
export const LookupError = excType('LookupError', Exception);
export const IndexError = excType('IndexError', LookupError);
export const KeyError = excType('KeyError', LookupError);
export const MemoryError = excType('MemoryError', Exception);
export const NameError = excType('NameError', Exception);
export const UnboundLocalError = excType('UnboundLocalError', NameError);
export const OSError = excType('OSError', Exception);
export const BlockingIOError = excType('BlockingIOError', OSError);
export const ChildProcessError = excType('ChildProcessError', OSError);
export const ConnectionError = excType('ConnectionError', OSError);
export const BrokenPipeError = excType('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = excType('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = excType('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = excType('ConnectionResetError', ConnectionError);
export const FileExistsError = excType('FileExistsError', OSError);
export const FileNotFoundError = excType('FileNotFoundError', OSError);
export const InterruptedError = excType('InterruptedError', OSError);
export const IsADirectoryError = excType('IsADirectoryError', OSError);
export const NotADirectoryError = excType('NotADirectoryError', OSError);
export const PermissionError = excType('PermissionError', OSError);
export const ProcessLookupError = excType('ProcessLookupError', OSError);
export const TimeoutError = excType('TimeoutError', OSError);
export const ReferenceError = excType('ReferenceError', Exception);
export const RuntimeError = excType('RuntimeError', Exception);
export const NotImplementedError = excType('NotImplementedError', RuntimeError);
export const RecursionError = excType('RecursionError', RuntimeError);
export const StopAsyncIteration = excType('StopAsyncIteration', Exception);
export const StopIteration = excType('StopIteration', Exception);
export const SyntaxError = excType('SyntaxError', Exception);
export const IndentationError = excType('IndentationError', SyntaxError);
export const TabError = excType('TabError', IndentationError);
export const SystemError = excType('SystemError', Exception);
export const TypeError = excType('TypeError', Exception);
export const ValueError = excType('ValueError', Exception);
export const UnicodeError = excType('UnicodeError', ValueError);
export const UnicodeDecodeError = excType('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = excType('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = excType('UnicodeTranslateError', UnicodeError);
export const Warning = excType('Warning', Exception);
export const BytesWarning = excType('BytesWarning', Warning);
export const DeprecationWarning = excType('DeprecationWarning', Warning);
export const EncodingWarning = excType('EncodingWarning', Warning);
export const FutureWarning = excType('FutureWarning', Warning);
export const ImportWarning = excType('ImportWarning', Warning);
export const PendingDeprecationWarning = excType('PendingDeprecationWarning', Warning);
export const ResourceWarning = excType('ResourceWarning', Warning);
export const RuntimeWarning = excType('RuntimeWarning', Warning);
export const SyntaxWarning = excType('SyntaxWarning', Warning);
export const UnicodeWarning = excType('UnicodeWarning', Warning);
export const UserWarning = excType('UserWarning', Warning);

/** Every builtin exception, by its name in `builtins` (plus the OSError aliases). */
export const BUILTIN_EXCEPTIONS: Record<string, PyType> = {
  BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception,
  ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
  BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError, LookupError, IndexError,
  KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError,
  ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
  FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError,
  PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError,
  RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError,
  SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
  UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning,
  ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
  UnicodeWarning, UserWarning,
  EnvironmentError: OSError,
  IOError: OSError,
};

/** An exception instance of a builtin type with the given args (no __init__ call: these types' __init__ only stores args). */
export function newException(type: PyType, ...args: Value[]): PyBaseException {
  const e = new PyBaseException(type, args.length ? new PyTuple(args) : EMPTY_TUPLE);
  if (type === StopIteration || type === StopAsyncIteration) setExcAttr(e, 'value', args.length ? args[0] : null);
  else if (type === SystemExit) setExcAttr(e, 'code', args.length === 0 ? null : args.length === 1 ? args[0] : e.args);
  return e;
}

/** Attributes some exception types keep (StopIteration.value, KeyError...), stored in the instance dict. */
export function setExcAttr(e: PyBaseException, name: string, v: Value | null): void {
  const { None } = lazy_types();
  (e.fields ??= new Map()).set(name, v === null ? None : v);
}

/** A builtin exception field (see PyBaseException.fields), or null when never set. */
export function getExcAttr(e: PyBaseException, name: string): Value | null {
  return e.fields?.get(name) ?? null;
}

export function raise(type: PyType, msg?: string): never {
  throw msg === undefined ? newException(type) : newException(type, msg);
}

export const typeError = (msg: string): never => raise(TypeError, msg);
export const valueError = (msg: string): never => raise(ValueError, msg);
export const indexError = (msg: string): never => raise(IndexError, msg);
export const overflowError = (msg: string): never => raise(OverflowError, msg);
export const zeroDivisionError = (msg: string): never => raise(ZeroDivisionError, msg);
export const attributeError = (msg: string): never => raise(AttributeError, msg);
export const runtimeError = (msg: string): never => raise(RuntimeError, msg);
export const keyError = (key: Value): never => {
  throw newException(KeyError, key);
};
export const notImplementedError = (msg: string): never => raise(NotImplementedError, msg);

export function isException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}
