/**
 * The interactive prompt (`typhon` with a terminal on stdin, or `-i`):
 * CPython's banner, sys.ps1/sys.ps2 prompts, statements compiled in 'single'
 * mode (expression values shown by sys.displayhook) in __main__'s namespace,
 * tracebacks for errors, and the end at EOF or SystemExit.
 *
 * When a statement is complete follows CPython's interactive reader: a
 * compound statement (a first line ending in ':' or a decorator) runs after
 * a blank line; anything else runs as soon as it compiles, and keeps reading
 * while the only error is that the input ended early (codeop's test: the
 * same source with one and two more newlines gives different errors).
 *
 * On a terminal, lines come from line_editor.ts (editing keys, history,
 * Ctrl-C at the prompt); otherwise they are read synchronously from fd 0.
 */
import * as fs from 'fs';
import { compileSource } from '../compiler/index';
import { PySyntaxError } from '../tokenizer/errors';
import type { CodeObject } from '../bytecode/code';
import { lazy } from '../util/lazy';
import { LineEditor, Interrupted } from './line_editor';
const lazy_run = lazy(() => require('../vm/run') as typeof import('../vm/run'));
const lazy_tty = lazy(() => require('tty') as typeof import('tty'));

export interface ReplHooks {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Read one line from fd 0 (without the newline), or null at EOF. */
function readLine(): string | null {
  const buf = Buffer.alloc(1);
  const bytes: number[] = [];
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, 1, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') return bytes.length ? Buffer.from(bytes).toString('utf8') : null;
      throw e;
    }
    if (n === 0) return bytes.length ? Buffer.from(bytes).toString('utf8') : null;
    if (buf[0] === 0x0a) return Buffer.from(bytes).toString('utf8');
    bytes.push(buf[0]);
  }
}

function errKey(e: PySyntaxError): string {
  return `${e.kind}|${e.msg}|${e.lineno}|${e.offset}`;
}

type Attempt = { code: CodeObject } | { incomplete: true } | { error: unknown };

/** codeop._maybe_compile with the interactive reader's rule for compound statements. */
function tryCompile(lines: string[]): Attempt {
  const source = lines.join('\n');
  const first = lines[0].replace(/#.*$/, '').trimEnd();
  const compound = first.endsWith(':') || first.trimStart().startsWith('@');
  if (compound && lines[lines.length - 1].trim() !== '') return { incomplete: true };
  const attempt = (src: string): CodeObject | PySyntaxError => {
    try {
      return compileSource(src, '<stdin>', 'single');
    } catch (e) {
      if (e instanceof PySyntaxError) return e;
      throw e;
    }
  };
  const blank = lines.every((l) => l.trim() === '' || l.trim().startsWith('#'));
  let r: CodeObject | PySyntaxError;
  try {
    r = attempt(blank ? 'pass' : source + '\n');
  } catch (e) {
    return { error: e };
  }
  if (!(r instanceof PySyntaxError)) return { code: r };
  const r1 = attempt(source + '\n\n');
  const r2 = attempt(source + '\n\n\n');
  if (!(r1 instanceof PySyntaxError) || !(r2 instanceof PySyntaxError) || errKey(r1) !== errKey(r2)) {
    return { incomplete: true };
  }
  if (/was never closed|unterminated triple-quoted|unexpected EOF|expected an indented block/.test(r.msg)) return { incomplete: true };
  return { error: r };
}

/** Run the prompt until EOF or SystemExit; returns the exit status. */
export function runRepl(io: ReplHooks, version: string, showBanner = true): number {
  const vm = lazy_run();
  const session = vm.interactiveSession();
  if (showBanner) {
    io.stderr(`Python 3.11.7 (Typhon ${version}, Node.js ${process.version}) on ${process.platform}\n`);
    io.stderr('Type "help", "copyright", "credits" or "license" for more information.\n');
  }
  const tty = lazy_tty().isatty(0) as boolean;
  const prompt = (s: string): void => (tty ? io.stdout(s) : io.stderr(s));
  let editor: LineEditor | null = null;
  if (tty && lazy_tty().isatty(1)) {
    try {
      editor = new LineEditor(io.stdout);
    } catch {
      editor = null;
    }
  }
  for (;;) {
    const lines: string[] = [];
    let ps = session.ps1();
    for (;;) {
      session.flush();
      let line: string | null;
      if (editor !== null) {
        try {
          line = editor.readLine(ps);
        } catch (e) {
          if (!(e instanceof Interrupted)) throw e;
          // As CPython's prompt: the input so far is dropped.
          io.stderr('KeyboardInterrupt\n');
          break;
        }
      } else {
        prompt(ps);
        line = readLine();
      }
      if (line === null) {
        if (tty || lines.length === 0) io.stderr('\n');
        if (lines.length === 0) return session.finish(0);
        break;
      }
      lines.push(line);
      const r = tryCompile(lines);
      if ('incomplete' in r) {
        ps = session.ps2();
        continue;
      }
      if ('error' in r) session.reportCompileError(r.error);
      else {
        const status = session.run(r.code);
        if (status !== null) return session.finish(status);
      }
      break;
    }
  }
}
