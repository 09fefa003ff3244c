/**
 * Printing an uncaught exception as CPython 3.11 does (Python/pythonrun.c
 * print_exception_recursive, Python/traceback.c tb_displayline): chained
 * exceptions first, "Traceback (most recent call last):", a File/line/name
 * entry per frame with its source line, repeated-line folding, then
 * "Type: message".
 */
import * as fs from 'fs';
import type { Value } from '../objects/base';
import { PyBaseException } from '../objects/exceptions';
import { typeOf } from '../objects/types';
import * as A from '../objects/abstract';
import { typeModule } from '../objects/object_type';
import { PyTraceback } from './ops';
import { lineForIndex } from './frame';
import { getStderr, writeTo } from '../modules/sys';

const lineCache = new Map<string, string[] | null>();

/** The lines of a source file (linecache.getlines), or null. */
export function sourceLines(filename: string): string[] | null {
  if (lineCache.has(filename)) return lineCache.get(filename)!;
  let lines: string[] | null = null;
  try {
    const text = fs.readFileSync(filename, 'utf8');
    lines = text.split(/\r\n|\r|\n/);
  } catch {
    lines = null;
  }
  lineCache.set(filename, lines);
  return lines;
}

export function registerSource(filename: string, text: string): void {
  lineCache.set(filename, text.split(/\r\n|\r|\n/));
}

const RECURSIVE_CUTOFF = 3;

/** The "Traceback (most recent call last):" block of a traceback chain. */
export function formatTraceback(tb: PyTraceback | null): string {
  let out = '';
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  for (let t = tb; t !== null; t = t.next) {
    const code = t.frame.code.co;
    const line = lineForIndex(t.frame.code, t.lasti);
    const same = code.co_filename === lastFile && line === lastLine && code.co_name === lastName;
    if (!same) {
      if (count > RECURSIVE_CUTOFF) out += repeatedLine(count - RECURSIVE_CUTOFF);
      lastFile = code.co_filename;
      lastLine = line;
      lastName = code.co_name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatEntry(t, line);
  }
  if (count > RECURSIVE_CUTOFF) out += repeatedLine(count - RECURSIVE_CUTOFF);
  return out;
}

function repeatedLine(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

function formatEntry(t: PyTraceback, line: number): string {
  const code = t.frame.code.co;
  let out = `  File "${code.co_filename}", line ${line}, in ${code.co_name}\n`;
  const lines = sourceLines(code.co_filename);
  if (lines !== null && line >= 1 && line <= lines.length) {
    const src = lines[line - 1].trim();
    if (src) {
      out += `    ${src}\n`;
      const carets = require('./traceback_carets') as { caretLine?: (t: PyTraceback, line: number, raw: string) => string | null };
      const c = carets.caretLine ? carets.caretLine(t, line, lines[line - 1]) : null;
      if (c) out += c;
    }
  }
  return out;
}

/** "Type: message" (format_exception_only), with the module prefix for non-builtin types. */
export function formatExceptionOnly(e: Value): string {
  const t = typeOf(e);
  const mod = typeModule(t);
  let name = t.qualname;
  if (mod !== null && mod !== 'builtins' && mod !== '__main__') name = `${mod}.${name}`;
  let msg: string;
  try {
    msg = A.str(e);
  } catch {
    msg = '<exception str() failed>';
  }
  let out = msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
  if (e instanceof PyBaseException && e.dict !== null) {
    const notes = e.dict.getStr('__notes__');
    if (notes !== null) {
      for (const n of A.toArray(notes)) out += (A.isStr(n) ? A.strValue(n) : safeRepr(n)) + '\n';
    }
  }
  return out;
}

function safeRepr(v: Value): string {
  try {
    return A.str(v);
  } catch {
    return '<note str() failed>';
  }
}

/** The whole report for an uncaught exception, with its __cause__/__context__ chain. */
export function formatException(e: Value, seen: Set<Value> = new Set()): string {
  seen.add(e);
  let out = '';
  if (e instanceof PyBaseException) {
    const cause = e.cause;
    const ctx = e.context;
    if (cause !== null && !seen.has(cause)) {
      out += formatException(cause, seen);
      out += '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (ctx !== null && !e.suppressContext && !seen.has(ctx)) {
      out += formatException(ctx, seen);
      out += '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    if (e.traceback !== null) {
      out += 'Traceback (most recent call last):\n';
      out += formatTraceback(e.traceback as PyTraceback);
    }
  }
  out += formatExceptionOnly(e);
  return out;
}

/** PyErr_Display to sys.stderr. */
export function printException(e: Value): void {
  writeTo(getStderr(), formatException(e));
}
