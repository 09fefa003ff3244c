/**
 * `typhon -m dis FILE` and `typhon -m py_compile FILE...`: Lib/dis.py's and
 * Lib/py_compile.py's main() over Typhon's own compiler. Constructs the
 * compiler does not handle yet end in NotImplementedError naming them
 * (exit 1), never in bytecode that differs from CPython's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { decodeSource } from '../tokenizer/source';
import { PySyntaxError } from '../tokenizer/errors';
import { compileModule, CompilerNotImplemented } from '../compiler/index';
import { disRecursive } from '../dis/index';
import { cacheFromSource, writePyc } from '../pyc/index';
import { formatSyntaxError } from './syntax_error_format';
import type { CodeObject } from '../bytecode/code';

interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Uint8Array;
  readStdin: () => Uint8Array;
}

/** Compile bytes as compile(source, name, 'exec') does, or print the error as CPython would and return null. */
function compileOrReport(io: IO, bytes: Uint8Array, name: string, header: string): CodeObject | null {
  try {
    const { text } = decodeSource(bytes, name);
    return compileModule(text, name);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      io.stderr(header + formatSyntaxError(e));
      return null;
    }
    if (e instanceof CompilerNotImplemented) {
      io.stderr(`NotImplementedError: ${e.msg}\n`);
      return null;
    }
    throw e;
  }
}

export function disMain(argv: string[], io: IO): number {
  const files = argv.filter((a) => a !== '--');
  if (files.length > 1 || files.some((a) => a.startsWith('-') && a !== '-')) {
    io.stderr('usage: dis.py [-h] [infile]\ndis.py: error: unrecognized arguments: ' + files.slice(1).join(' ') + '\n');
    return 2;
  }
  const infile = files[0] ?? '-';
  let bytes: Uint8Array;
  const name = infile === '-' ? '<stdin>' : infile;
  try {
    bytes = infile === '-' ? io.readStdin() : io.readFile(infile);
  } catch {
    io.stderr(`usage: dis.py [-h] [infile]\ndis.py: error: argument infile: can't open '${infile}': [Errno 2] No such file or directory: '${infile}'\n`);
    return 2;
  }
  // An uncaught SyntaxError in dis.main() prints a traceback whose frames come
  // from Lib/dis.py; they appear once the VM runs CPython's own dis module.
  const code = compileOrReport(io, bytes, name, 'Traceback (most recent call last):\n');
  if (!code) return 1;
  io.stdout(disRecursive(code));
  return 0;
}

export function pyCompileMain(argv: string[], io: IO): number {
  let quiet = false;
  let names: string[] = [];
  for (const a of argv) {
    if (a === '-q' || a === '--quiet') quiet = true;
    else names.push(a);
  }
  if (names.length === 0) {
    io.stderr('usage: py_compile.py [-h] [-q] filenames [filenames ...]\npy_compile.py: error: the following arguments are required: filenames\n');
    return 2;
  }
  if (names.length === 1 && names[0] === '-') {
    names = Buffer.from(io.readStdin()).toString('utf8').split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
  }
  for (const file of names) {
    let bytes: Uint8Array;
    let st: fs.Stats;
    try {
      bytes = io.readFile(file);
      st = fs.statSync(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (!quiet) io.stderr(`[Errno 2] No such file or directory: '${file}'`);
      void err;
      return 1;
    }
    const code = compileOrReport(quiet ? { ...io, stderr: () => {} } : io, bytes, file, '');
    if (!code) return 1;
    const cfile = cacheFromSource(file);
    fs.mkdirSync(path.dirname(cfile) || '.', { recursive: true });
    fs.writeFileSync(cfile, writePyc(code, { mtime: Math.floor(st.mtimeMs / 1000), size: st.size }));
  }
  return 0;
}
