/**
 * Running a program: the __main__ module, sys.argv, the uncaught-exception
 * report and the exit status (Python/pythonrun.c, Modules/main.c).
 */
import './init';
import type { CodeObject } from '../bytecode/code';
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/function';
import { PyList } from '../objects/containers';
import { PyBaseException, SystemExit, KeyboardInterrupt } from '../objects/exceptions';
import { None } from '../objects/types';
import * as A from '../objects/abstract';
import { Frame } from './frame';
import { runFrame } from './eval';
import { codeValue } from './consts';
import { newModule, sysModules } from '../modules/registry';
import { builtinsDict, builtinsModule } from '../modules/builtins';
import { sysDict, flushStd, getStderr, writeTo } from '../modules/sys';
import { printException } from './traceback';
import { ts } from './thread_state';
import { lazy } from '../util/lazy';
import { finalizers } from '../util/finalizers';
const lazy_eval = lazy(() => require('./eval') as typeof import('./eval'));
const lazy_syntax_error_format = lazy(() => require('../cli/syntax_error_format') as typeof import('../cli/syntax_error_format'));
const lazy_errors = lazy(() => require('../tokenizer/errors') as typeof import('../tokenizer/errors'));
const lazy_atexit = lazy(() => require('../modules/atexit') as typeof import('../modules/atexit'));

export interface RunOptions {
  argv: string[];
  /** sys.path[0]: the script's folder ('' for -c and the prompt). */
  path0: string;
}

/** The __main__ module's namespace, sys.argv and sys.path[0], as Modules/main.c prepares them. */
function setupMain(filename: string | null, opts: RunOptions): PyDict {
  const main = newModule('__main__');
  const g = main.dict;
  g.set('__builtins__', builtinsModule);
  g.set('__annotations__', new PyDict());
  if (filename !== null) g.set('__file__', filename);
  g.set('__cached__', None);
  sysModules().set('__main__', main);
  sysDict.set('argv', new PyList(opts.argv.map((a) => A.mkStr(a))));
  const path = sysDict.getStr('path') as PyList;
  path.items.unshift(A.mkStr(opts.path0));
  return g;
}

/** Execute a module code object as __main__; returns the process exit status. */
export function runMain(code: CodeObject, filename: string | null, opts: RunOptions): number {
  const g = setupMain(filename, opts);
  let status = 0;
  try {
    const f = new Frame(codeValue(code), null, g, builtinsDict, g);
    runFrame(f, null);
  } catch (e) {
    // pythonrun.c flush_io(): what the program printed comes before the traceback.
    try {
      flushStd();
    } catch {
      // A broken stdout must not hide the exception's report.
    }
    status = handleUncaught(e);
  }
  try {
    flushStd();
  } catch {
    // Nothing left to report it to.
  }
  return status;
}

/** Report an exception that ended the program; SystemExit gives the status. */
export function handleUncaught(e: unknown): number {
  ts.depth = 0;
  if (!(e instanceof PyBaseException)) {
    const { toPyException } = lazy_eval();
    e = toPyException(e);
  }
  const exc = e as PyBaseException;
  if (exc.ob_type.isSubtype(SystemExit)) return exitStatus(exc);
  unhandledKeyboardInterrupt = exc.ob_type.isSubtype(KeyboardInterrupt);
  try {
    const hook = sysDict.getStr('excepthook');
    if (hook !== null && hook !== None) A.call(hook, [exc.ob_type, exc, exc.traceback ?? None]);
    else printException(exc);
  } catch (e2) {
    try {
      writeTo(getStderr(), 'Error in sys.excepthook:\n');
      printException(e2 as Value);
      writeTo(getStderr(), '\nOriginal exception was:\n');
      printException(exc);
    } catch {
      // The streams themselves are broken.
    }
  }
  return 1;
}

/** pythonrun.c's _Py_UnhandledKeyboardInterrupt: the last program or statement ended by KeyboardInterrupt. */
let unhandledKeyboardInterrupt = false;

/**
 * The part of Py_FinalizeEx a program can see, and Py_RunMain's end:
 * threading._shutdown when threading was imported, the atexit callbacks
 * (last registered first), the final flush; a program ended by an uncaught
 * KeyboardInterrupt then ends the process by SIGINT (main.c exit_sigint).
 */
export function finalize(status: number): number {
  const threading = sysModules().getStr('threading');
  if (threading !== null) {
    try {
      const shutdown = A.getAttrOrNull(threading, '_shutdown');
      if (shutdown !== null) A.call(shutdown, []);
    } catch (e) {
      lazy_atexit().writeUnraisable(e, 'in', threading);
    }
  }
  lazy_atexit().runExitFuncs();
  try {
    flushStd();
  } catch {
    // Nothing left to report it to.
  }
  if (unhandledKeyboardInterrupt) {
    process.removeAllListeners('SIGINT');
    try {
      process.kill(process.pid, 'SIGINT');
    } catch {
      // No signals here (a browser host): the status says it instead.
    }
    return 130;
  }
  return status;
}
finalizers.push(finalize);

function exitStatus(e: PyBaseException): number {
  const args = e.args.items;
  const code: Value = args.length === 0 ? None : args.length === 1 ? args[0] : e.args;
  if (code === None) return 0;
  const i = A.intValue(code);
  if (i !== null) return Number(BigInt.asIntN(32, BigInt(i))) & 0xff;
  flushStd();
  writeTo(getStderr(), A.str(code) + '\n');
  return 1;
}

/** The interactive prompt's view of the VM (cli/repl.ts). */
export interface InteractiveSession {
  ps1(): string;
  ps2(): string;
  flush(): void;
  /** Run one statement; null to go on, or the exit status after SystemExit. */
  run(code: CodeObject): number | null;
  reportCompileError(e: unknown): void;
  finish(status: number): number;
}

export function interactiveSession(opts: RunOptions = { argv: [''], path0: '' }): InteractiveSession {
  // After `-i FILE` the prompt works in the script's own __main__.
  const existing = sysModules().getStr('__main__');
  const g = existing instanceof PyModule ? existing.dict : setupMain(null, opts);
  if (sysDict.getStr('ps1') === null) sysDict.set('ps1', '>>> ');
  if (sysDict.getStr('ps2') === null) sysDict.set('ps2', '... ');
  const promptOf = (name: string): string => {
    const v = sysDict.getStr(name);
    try {
      return v === null ? '' : A.str(v);
    } catch {
      return '';
    }
  };
  return {
    ps1: () => promptOf('ps1'),
    ps2: () => promptOf('ps2'),
    flush: () => flushStd(),
    run(code: CodeObject): number | null {
      unhandledKeyboardInterrupt = false;
      try {
        const f = new Frame(codeValue(code), null, g, builtinsDict, g);
        runFrame(f, null);
      } catch (e) {
        const exc = e instanceof PyBaseException ? e : lazy_eval().toPyException(e);
        if (exc.ob_type.isSubtype(SystemExit)) return exitStatus(exc);
        handleUncaught(exc);
        sysDict.set('last_type', exc.ob_type);
        sysDict.set('last_value', exc);
        sysDict.set('last_traceback', exc.traceback ?? None);
      }
      flushStd();
      return null;
    },
    reportCompileError(e: unknown): void {
      const fmt = lazy_syntax_error_format();
      const { PySyntaxError } = lazy_errors();
      flushStd();
      if (e instanceof PySyntaxError) writeTo(getStderr(), fmt.formatSyntaxError(e));
      else writeTo(getStderr(), String(e) + '\n');
    },
    finish(status: number): number {
      flushStd();
      return status;
    },
  };
}
