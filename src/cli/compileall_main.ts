/**
 * `typhon -m compileall [-q] [-f] [-l] [-b] [-d DESTDIR] [-x REGEXP] [-r N]
 * [-j N] FILE|DIR...`: Lib/compileall.py's main() over Typhon's compiler and
 * .pyc writer — the same "Listing '…'..." / "Compiling '…'..." lines, the
 * same "*** " error reports and exit status (0 when every file compiled).
 *
 * -j is accepted and ignored (files are compiled in order, one at a time, the
 * output of CPython's -j 1). Not supported: no FILE|DIR (compile_path over
 * sys.path), -s, -p, -i, -o, -e, --hardlink-dupes, --invalidation-mode.
 * A construct the compiler does not handle yet is reported like a compile
 * error ("*** NotImplementedError: …") and makes the exit status 1.
 */
import * as fs from 'fs';
import * as path from 'path';
import { decodeSource } from '../tokenizer/source';
import { PySyntaxError } from '../tokenizer/errors';
import { compileModule, CompilerNotImplemented } from '../compiler/index';
import { cacheFromSource, MAGIC_NUMBER, writePyc } from '../pyc/index';
import { formatSyntaxError } from './syntax_error_format';

/** str(exc) of a SyntaxError (SyntaxError_str): "msg (basename, line N)". */
function syntaxErrorStr(e: PySyntaxError): string {
  const file = typeof e.filename === 'string' ? e.filename.replace(/^.*\//, '') : null;
  const line = Number.isInteger(e.lineno);
  if (file !== null && line) return `${e.msg} (${file}, line ${e.lineno})`;
  if (file !== null) return `${e.msg} (${file})`;
  return line ? `${e.msg} (line ${e.lineno})` : e.msg;
}

interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE =
  'usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR] [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE] [-j WORKERS]\n' +
  '                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}] [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]\n' +
  '                     [FILE|DIR ...]\n';

/** repr() of a str, as Python prints it. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + quote;
}

interface Options {
  maxlevels: number | null;
  force: boolean;
  quiet: number;
  legacy: boolean;
  ddir: string | null;
  rx: RegExp | null;
  dests: string[];
}

class UsageError {
  constructor(public msg: string) {}
}

function parseArgs(argv: string[]): Options {
  const o: Options = { maxlevels: null, force: false, quiet: 0, legacy: false, ddir: null, rx: null, dests: [] };
  let recursion: number | null = null;
  let limit: number | null = null;
  const intArg = (flag: string, v: string): number => {
    if (!/^\s*[+-]?\d+\s*$/.test(v)) throw new UsageError(`argument ${flag}: invalid int value: ${pyRepr(v)}`);
    return parseInt(v, 10);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      o.dests.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      o.dests.push(a);
      continue;
    }
    if (a === '--workers') {
      if (i + 1 >= argv.length) throw new UsageError('argument -j/--workers: expected one argument');
      intArg('-j/--workers', argv[++i]);
      continue;
    }
    if (a.startsWith('--workers=')) {
      intArg('-j/--workers', a.slice(10));
      continue;
    }
    if (a.startsWith('--')) throw new UsageError(`unrecognized arguments: ${a}`);
    // a cluster of one-letter flags; one taking a value ends it
    for (let k = 1; k < a.length; k++) {
      const f = a[k];
      if (f === 'l') limit = 0;
      else if (f === 'f') o.force = true;
      else if (f === 'q') o.quiet++;
      else if (f === 'b') o.legacy = true;
      else if ('drxj'.includes(f)) {
        let v = a.slice(k + 1);
        if (v === '') {
          if (i + 1 >= argv.length) throw new UsageError(`argument -${f}: expected one argument`.replace('-j:', '-j/--workers:'));
          v = argv[++i];
        }
        if (f === 'd') o.ddir = v;
        else if (f === 'r') recursion = intArg('-r', v);
        else if (f === 'j') intArg('-j/--workers', v);
        else {
          try {
            o.rx = new RegExp(v, 'u');
          } catch {
            o.rx = new RegExp(v);
          }
        }
        break;
      } else if ('spieo'.includes(f) || f === 'h') {
        throw new UsageError(`-${f} is not supported by Typhon yet`);
      } else throw new UsageError(`unrecognized arguments: ${a}`);
    }
  }
  o.maxlevels = recursion !== null ? recursion : limit;
  return o;
}

function* walkDir(io: IO, dir: string, maxlevels: number, quiet: number): Generator<string> {
  if (!quiet) io.stdout(`Listing ${pyRepr(dir)}...\n`);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    if (quiet < 2) io.stdout(`Can't list ${pyRepr(dir)}\n`);
    names = [];
  }
  // Python sorts str by code point; JS sort by UTF-16 unit differs only above the BMP.
  names.sort((x, y) => {
    const a = [...x].map((c) => c.codePointAt(0)!);
    const b = [...y].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  });
  for (const name of names) {
    if (name === '__pycache__') continue;
    const full = path.join(dir, name);
    let isDir = false;
    let isLink = false;
    try {
      isDir = fs.statSync(full).isDirectory();
      isLink = fs.lstatSync(full).isSymbolicLink();
    } catch {
      /* a dangling link: not a directory */
    }
    if (!isDir) yield full;
    else if (maxlevels > 0 && name !== '.' && name !== '..' && !isLink) yield* walkDir(io, full, maxlevels - 1, quiet);
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** compileall.compile_file with optimize=-1, invalidation mode timestamp. */
function compileFile(io: IO, fullname: string, o: Options, ddir: string | null, stripdir: string | null, prependdir: string | null): boolean {
  const name = path.basename(fullname);
  let dfile: string | null = null;
  if (ddir !== null) dfile = path.join(ddir, name);
  if (stripdir !== null) {
    const parts = fullname.split(path.sep);
    const strip = stripdir.split(path.sep);
    const out = [...parts];
    for (let i = 0; i < Math.min(parts.length, strip.length); i++) {
      if (strip[i] === parts[i]) {
        const at = out.indexOf(strip[i]);
        if (at >= 0) out.splice(at, 1);
      }
    }
    dfile = path.join(...out);
  }
  if (prependdir !== null) dfile = dfile === null ? path.join(prependdir, fullname) : path.join(prependdir, dfile);
  if (o.rx && o.rx.test(fullname)) return true;
  if (!isFile(fullname) || !name.endsWith('.py')) return true;
  const cfile = o.legacy ? fullname + 'c' : cacheFromSource(fullname);
  let st: fs.Stats;
  try {
    st = fs.statSync(fullname);
  } catch {
    return true;
  }
  const mtime = Math.floor(st.mtimeMs / 1000);
  if (!o.force) {
    try {
      const expect = Buffer.alloc(12);
      Buffer.from(MAGIC_NUMBER).copy(expect, 0);
      expect.writeUInt32LE(0, 4);
      expect.writeUInt32LE(mtime >>> 0, 8);
      const fd = fs.openSync(cfile, 'r');
      const actual = Buffer.alloc(12);
      const n = fs.readSync(fd, actual, 0, 12, 0);
      fs.closeSync(fd);
      if (n === 12 && actual.equals(expect)) return true;
    } catch {
      /* no cfile: compile */
    }
  }
  if (!o.quiet) io.stdout(`Compiling ${pyRepr(fullname)}...\n`);
  const fail = (msg: string): boolean => {
    if (o.quiet >= 2) return false;
    if (o.quiet) io.stdout(`*** Error compiling ${pyRepr(fullname)}...\n`);
    else io.stdout('*** ');
    io.stdout(msg + '\n');
    return false;
  };
  const filename = dfile ?? fullname;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(fullname);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return fail(`OSError: [Errno ${-(err.errno ?? 0)}] ${err.message}`);
  }
  let code;
  try {
    const { text } = decodeSource(bytes, filename);
    code = compileModule(text, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // py_compile.PyCompileError: format_exception_only for SyntaxError itself,
      // "Sorry: Class: str(exc)" for its subclasses (IndentationError, TabError).
      if (e.kind === 'SyntaxError') return fail(formatSyntaxError(e));
      return fail(`Sorry: ${e.kind}: ${syntaxErrorStr(e)}`);
    }
    if (e instanceof CompilerNotImplemented) return fail(`NotImplementedError: ${e.msg}`);
    throw e;
  }
  try {
    fs.mkdirSync(path.dirname(cfile), { recursive: true });
    const tmp = `${cfile}.${process.pid}`;
    fs.writeFileSync(tmp, writePyc(code, { mtime, size: st.size }), { mode: st.mode & 0o666 });
    fs.renameSync(tmp, cfile);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return fail(`OSError: ${err.message}`);
  }
  return true;
}

export function compileallMain(argv: string[], io: IO): number {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(USAGE + `compileall.py: error: ${e.msg}\n`);
      return 2;
    }
    throw e;
  }
  if (o.dests.length === 0) {
    io.stderr('NotImplementedError: compileall without FILE|DIR (compile_path over sys.path) is not implemented yet in Typhon\n');
    return 1;
  }
  let success = true;
  for (const dest of o.dests) {
    if (isFile(dest)) {
      if (!compileFile(io, dest, o, o.ddir, null, null)) success = false;
    } else {
      // compile_dir: -d becomes stripdir=dir, prependdir=ddir
      const stripdir = o.ddir !== null ? dest : null;
      const prependdir = o.ddir;
      const maxlevels = o.maxlevels ?? 1000;
      for (const f of walkDir(io, dest, maxlevels, o.quiet)) {
        if (!compileFile(io, f, o, null, stripdir, prependdir)) success = false;
      }
    }
  }
  return success ? 0 : 1;
}
