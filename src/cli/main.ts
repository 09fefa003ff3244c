/**
 * The `typhon` command: CPython's command line (`typhon FILE`, `-c CODE`,
 * `-m MODULE`, `--version`). Until the virtual machine exists, running code
 * stops after compiling it to an AST with a NotImplementedError naming what
 * is missing; the tool modules that need no VM (`-m ast`, `-m tokenize`)
 * already print what CPython prints.
 */
import * as fs from 'fs';
import { decodeSource } from '../tokenizer/source';
import { parse } from '../parser/index';
import { PySyntaxError, utf8Length } from '../tokenizer/errors';
import { compileAst, CompilerNotImplemented } from '../compiler/index';
import { formatSyntaxError } from './syntax_error_format';
import { astMain } from './ast_main';
import { tokenizeMain } from '../tokenizer/tokenize_main';
import { disMain, pyCompileMain } from './compile_tools';
import { compileallMain } from './compileall_main';
import { startupFlags } from '../modules/stdlib';
import { lazy } from '../util/lazy';
import { finalizers } from '../util/finalizers';

const lazy_sys = lazy(() => require('../modules/sys') as typeof import('../modules/sys'));
const lazy_run = lazy(() => require('../vm/run') as typeof import('../vm/run'));
const lazy_traceback = lazy(() => require('../vm/traceback') as typeof import('../vm/traceback'));
const lazy_path = lazy(() => require('path') as typeof import('path'));
const lazy_repl = lazy(() => require('./repl') as typeof import('./repl'));
const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));
const lazy_tty = lazy(() => require('tty') as typeof import('tty'));

export const VERSION = '0.1.0';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Uint8Array;
  readStdin: () => Uint8Array;
}

export const nodeIO: CliIO = {
  stdout: (s) => writeAll(1, s),
  stderr: (s) => writeAll(2, s),
  readFile: (p) => fs.readFileSync(p),
  readStdin: () => fs.readFileSync(0),
};

// Synchronous writes so nothing is lost when the process exits or is piped.
function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
  }
}

const USAGE = 'usage: typhon [option] ... [-c cmd | -m mod | file | -] [arg] ...\n';

type ModuleMain = (argv: string[], io: CliIO) => number;

/** Modules runnable with -m before the VM can run CPython's own versions of them. */
const MODULES: Record<string, ModuleMain> = {
  ast: (argv, io) => astMain(argv, io),
  tokenize: (argv, io) => tokenizeMain(argv, io),
  dis: (argv, io) => disMain(argv, io),
  py_compile: (argv, io) => pyCompileMain(argv, io),
  compileall: (argv, io) => compileallMain(argv, io),
};

function notImplemented(io: CliIO, what: string): number {
  io.stderr(`NotImplementedError: ${what} is not implemented yet in Typhon (the virtual machine is still being built)\n`);
  return 1;
}

/** Does the file declare its encoding (a UTF-8 BOM or a PEP 263 cookie on line 1 or 2)? */
function declaresEncoding(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').split(/\r\n|\r|\n/);
  const cookie = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/;
  if (cookie.test(head[0] ?? '')) return true;
  return /^[ \t\f]*(?:#|$)/.test(head[0] ?? '') && cookie.test(head[1] ?? '');
}

/** A 1-based character offset on `line` as a 1-based UTF-8 byte offset. */
function toByteOffset(line: string, offset: number): number {
  if (offset <= 0) return offset;
  return utf8Length(Array.from(line).slice(0, offset - 1).join('')) + 1;
}

/**
 * The SyntaxError as the interpreter reports it for its main file: the
 * tokenizer of a file without a declared encoding has no `encoding`, so
 * CPython leaves the parser's columns in bytes (pegen_errors.c); errors of
 * the compile stage carry no text and get the file's line.
 */
function asFileError(e: PySyntaxError, text: string, declared: boolean): PySyntaxError {
  const lines = text.split(/\r\n|\r|\n/);
  if (e.text === null) {
    if (e.lineno > 0 && e.lineno <= lines.length) e.text = lines[e.lineno - 1] + '\n';
  } else if (!declared) {
    const line = lines[e.lineno - 1] ?? '';
    e.offset = toByteOffset(line, e.offset);
    if (e.endOffset > 0) e.endOffset = toByteOffset(lines[e.endLineno - 1] ?? '', e.endOffset);
  }
  return e;
}

/** Compile source text to bytecode, reporting SyntaxErrors as CPython does, then run it. */
function runSource(io: CliIO, bytes: Uint8Array, filename: string, fromFile: boolean, argv: string[] = [filename]): number {
  // The VM first: the compiler's warnings go through its warnings filter (-W, PYTHONWARNINGS).
  const vm = lazy_run();
  let text = '';
  let code;
  try {
    // A file gets the interpreter's own decoding messages ("Non-UTF-8 code starting with ..."),
    // a -c string those of compile().
    text = decodeSource(bytes, filename, { mode: fromFile ? 'file' : 'compile' }).text;
    const tree = parse(text, { filename, mode: 'exec', origin: fromFile ? 'file' : 'string' });
    code = compileAst(tree, filename);
  } catch (e) {
    // A construct the compiler does not handle yet: running is not possible either way.
    if (e instanceof CompilerNotImplemented) return notImplemented(io, 'running Python code');
    if (e instanceof PySyntaxError) {
      // The parser's depth limit is a bare MemoryError in CPython, not a SyntaxError.
      if (e.kind === 'MemoryError') io.stderr('MemoryError\n');
      else io.stderr(formatSyntaxError(fromFile ? asFileError(e, text, declaresEncoding(bytes)) : e));
      return 1;
    }
    throw e;
  }
  ranScript.value = true;
  if (fromFile && filename !== '<stdin>') {
    lazy_traceback().registerSource(filename, text);
  }
  const path = lazy_path();
  const path0 = fromFile && filename !== '<stdin>' ? path.dirname(path.resolve(filename)) : '';
  return vm.runMain(code, fromFile && filename !== '<stdin>' ? filename : null, { argv, path0 });
}

export function run(args: string[], io: CliIO = nodeIO): number {
  lazy_sys().setOrigArgv(args);
  const status = runArgs(args, io);
  if (!inspect.value) return status;
  // -i: the prompt after the script (or -c/-m), even when stdin is not a terminal.
  const repl = lazy_repl();
  return repl.runRepl(io, VERSION, !ranScript.value);
}

/** -i was given / a script, -c or -m ran before the prompt (which then shows no banner). */
const inspect = { value: false };
const ranScript = { value: false };

function runArgs(args: string[], io: CliIO): number {
  let i = 0;
  while (i < args.length) {
    const a = args[i];
    if (a === '--version' || a === '-V') {
      io.stdout(`Python 3.11.7 (Typhon ${VERSION})\n`);
      return 0;
    }
    if (a === '-h' || a === '--help' || a === '-?') {
      io.stdout(USAGE);
      return 0;
    }
    if (a === '-c') {
      if (i + 1 >= args.length) {
        io.stderr('Argument expected for the -c option\n' + USAGE + "Try `typhon -h' for more information.\n");
        return 2;
      }
      return runSource(io, Buffer.from(args[i + 1] + '\n', 'utf8'), '<string>', false, ['-c', ...args.slice(i + 2)]);
    }
    if (a === '-m') {
      const mod = args[i + 1];
      if (mod === undefined) {
        io.stderr('Argument expected for the -m option\n' + USAGE + "Try `typhon -h' for more information.\n");
        return 2;
      }
      const main = MODULES[mod];
      if (main) return main(args.slice(i + 2), io);
      // Any other module: found on sys.path and run as __main__ (runpy), like python3 -m.
      ranScript.value = true;
      const imp = lazy_imports();
      lazy_run();
      return imp.runModuleAsMain(mod, args.slice(i + 2));
    }
    if (a === '-') return runSource(io, io.readStdin(), '<stdin>', true, ['-', ...args.slice(i + 1)]);
    if (a.startsWith('-') && a.length > 1) {
      // Flags that change nothing before the VM exists are accepted and ignored.
      if (/^-[BOEIsSuqvi]+$/.test(a) || a === '-OO') {
        if (a.includes('i')) inspect.value = true;
        if (a.includes('B')) startupFlags.dontWriteBytecode = true;
        startupFlags.optimize += a === '-OO' ? 2 : a.split('O').length - 1;
        i++;
        continue;
      }
      // -W and -X, separate (-W error) or attached (-Werror): sys.warnoptions and sys._xoptions.
      if (a.startsWith('-W') || a.startsWith('-X')) {
        const value = a.length > 2 ? a.slice(2) : args[i + 1];
        if (value === undefined) {
          io.stderr(`Argument expected for the ${a} option\n` + USAGE + "Try `typhon -h' for more information.\n");
          return 2;
        }
        (a.startsWith('-W') ? startupFlags.warnOptions : startupFlags.xOptions).push(value);
        i += a.length > 2 ? 1 : 2;
        continue;
      }
      io.stderr(`Unknown option: ${a}\n` + USAGE + "Try `typhon -h' for more information.\n");
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(a);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const errno = err.code === 'ENOENT' ? 2 : err.code === 'EACCES' ? 13 : err.code === 'EISDIR' ? 21 : 5;
      const text = err.code === 'ENOENT' ? 'No such file or directory' : err.code === 'EACCES' ? 'Permission denied' : err.code === 'EISDIR' ? 'Is a directory' : String(err.message);
      io.stderr(`typhon: can't open file '${lazy_path().resolve(a)}': [Errno ${errno}] ${text}\n`);
      return 2;
    }
    // CPython 3.9+ names the script by cwd + '/' + the path as given (not normalised): co_filename,
    // __file__ and tracebacks all show it; sys.argv[0] keeps the original.
    const full = lazy_path().isAbsolute(a) ? a : `${process.cwd()}/${a}`;
    return runSource(io, bytes, full, true, args.slice(i));
  }
  // No script: the prompt on a terminal, else stdin is the program (as `python3 < file`).
  if (inspect.value || lazy_tty().isatty(0)) {
    inspect.value = false;
    const repl = lazy_repl();
    return repl.runRepl(io, VERSION);
  }
  return runSource(io, io.readStdin(), '<stdin>', true, ['']);
}

export function main(args: string[]): void {
  let code: number;
  try {
    code = run(args);
    for (const f of finalizers) code = f(code);
  } catch (e) {
    // An internal error must never reach the user as a JS stack trace.
    const err = e as { message?: string };
    nodeIO.stderr(`SystemError: internal error in Typhon: ${err?.message ?? String(e)}\n`);
    code = 1;
  }
  process.exitCode = code;
}
