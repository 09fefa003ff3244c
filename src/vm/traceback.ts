/**
 * Printing an uncaught exception as CPython 3.11 does (Python/pythonrun.c
 * print_exception_recursive, Python/traceback.c tb_displayline): chained
 * exceptions first, "Traceback (most recent call last):", a File/line/name
 * entry per frame with its source line, repeated-line folding, then
 * "Type: message".
 */
import * as fs from 'fs';
import type { Value } from '../objects/base';
import { PyBaseException, BaseExceptionGroup } from '../objects/exceptions';
import { typeOf } from '../objects/types';
import * as A from '../objects/abstract';
import { typeModule } from '../objects/object_type';
import { PyTraceback } from './ops';
import { lineForIndex } from './frame';
import { getStderr, writeTo } from '../modules/sys';
import { lazy } from '../util/lazy';
const lazy_traceback_carets = lazy(() => require('./traceback_carets') as typeof import('./traceback_carets'));
const lazy_traceback_syntax = lazy(() => require('./traceback_syntax') as typeof import('./traceback_syntax'));
const lazy_suggestions = lazy(() => require('./suggestions') as typeof import('./suggestions'));

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

/** Indentation and margin of the lines being printed (pythonrun.c's exception_print_context). */
interface PrintContext {
  depth: number;
  needClose: boolean;
  seen: Set<Value>;
  out: string[];
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

const indentOf = (c: PrintContext): string => ' '.repeat(2 * c.depth);
const marginOf = (c: PrintContext): string => (c.depth ? '| ' : '');

/** The "Traceback (most recent call last):" block of a traceback chain (no margin). */
export function formatTraceback(tb: PyTraceback | null): string {
  return tracebackLines(tb, '').join('');
}

function tracebackLines(tb: PyTraceback | null, prefix: string): string[] {
  const out: string[] = [];
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  for (let t = tb; t !== null; t = t.next) {
    const code = t.frame.code.co;
    const line = t.givenLineno ?? lineForIndex(t.frame.code, t.lasti);
    const same = code.co_filename === lastFile && line === lastLine && code.co_name === lastName;
    if (!same) {
      if (count > RECURSIVE_CUTOFF) out.push(prefix + repeatedLine(count - RECURSIVE_CUTOFF));
      lastFile = code.co_filename;
      lastLine = line;
      lastName = code.co_name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    for (const l of formatEntry(t, line)) out.push(prefix + l);
  }
  if (count > RECURSIVE_CUTOFF) out.push(prefix + repeatedLine(count - RECURSIVE_CUTOFF));
  return out;
}

function repeatedLine(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

function formatEntry(t: PyTraceback, line: number): string[] {
  const code = t.frame.code.co;
  const out = [`  File "${code.co_filename}", line ${line}, in ${code.co_name}\n`];
  const lines = sourceLines(code.co_filename);
  if (lines !== null && line >= 1 && line <= lines.length) {
    const src = lines[line - 1].trim();
    if (src) {
      out.push(`    ${src}\n`);
      const carets = lazy_traceback_carets() as { caretLine?: (t: PyTraceback, line: number, raw: string) => string | null };
      const c = carets.caretLine ? carets.caretLine(t, line, lines[line - 1]) : null;
      if (c) out.push(c);
    }
  }
  return out;
}

/** "Type: message" (format_exception_only), with the module prefix for non-builtin types, suggestions and notes. */
export function formatExceptionOnly(e: Value): string {
  return exceptionOnlyLines(e, '').join('');
}

function exceptionOnlyLines(e: Value, prefix: string): string[] {
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
  const out: string[] = [];
  const se = lazy_traceback_syntax().syntaxErrorLines(e, name);
  if (se !== null) {
    for (const l of se) out.push(prefix + l);
  } else {
    const sugg = lazy_suggestions().offerSuggestions(e);
    const tail = sugg === null ? '' : `. Did you mean: ${A.repr(sugg)}?`;
    out.push(prefix + (msg === '' ? `${name}${tail}\n` : `${name}: ${msg}${tail}\n`));
  }
  if (e instanceof PyBaseException && e.dict !== null) {
    const notes = e.dict.getStr('__notes__');
    if (notes !== null) {
      if (A.isStr(notes) || !(notes instanceof Object)) out.push(prefix + safeRepr(notes) + '\n');
      else {
        let items: Value[] | null = null;
        try {
          items = A.toArray(notes);
        } catch {
          items = null;
        }
        if (items === null) out.push(prefix + safeRepr(notes) + '\n');
        else for (const n of items) out.push(prefix + (A.isStr(n) ? A.strValue(n) : safeRepr(n)) + '\n');
      }
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

/** print_exception: the traceback (with the group header at depth 1) then the message lines, all with the margin. */
function printOne(c: PrintContext, e: Value): void {
  const indent = indentOf(c);
  const margin = marginOf(c);
  if (e instanceof PyBaseException && e.traceback !== null) {
    const isGroup = e.ob_type.isSubtype(BaseExceptionGroup);
    const header = isGroup ? 'Exception Group Traceback (most recent call last):' : 'Traceback (most recent call last):';
    const headerMargin = isGroup && c.depth === 1 ? '+ ' : margin;
    c.out.push(`${indent}${headerMargin}${header}\n`);
    for (const l of tracebackLines(e.traceback as PyTraceback, indent + margin)) c.out.push(l);
  }
  for (const l of exceptionOnlyLines(e, indent + margin)) c.out.push(l);
}

function printChained(c: PrintContext, v: Value, message: string): void {
  const needClose = c.needClose;
  printRecursive(c, v);
  c.needClose = needClose;
  const im = indentOf(c) + marginOf(c);
  c.out.push(`${im}\n`, `${im}${message}`, `${im}\n`);
}

function printRecursive(c: PrintContext, e: Value): void {
  c.seen.add(e);
  if (e instanceof PyBaseException) {
    const cause = e.cause;
    const ctx = e.context;
    if (cause !== null && !c.seen.has(cause)) {
      printChained(c, cause, 'The above exception was the direct cause of the following exception:\n');
    } else if (ctx !== null && !e.suppressContext && !c.seen.has(ctx)) {
      printChained(c, ctx, 'During handling of the above exception, another exception occurred:\n');
    }
  }
  if (e instanceof PyBaseException && e.ob_type.isSubtype(BaseExceptionGroup)) printGroup(c, e);
  else printOne(c, e);
}

/** print_exception_group: the group, then each sub-exception in a numbered box. */
function printGroup(c: PrintContext, e: PyBaseException): void {
  if (c.depth > MAX_GROUP_DEPTH) {
    c.out.push(`${indentOf(c)}${marginOf(c)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (c.depth === 0) c.depth++;
  printOne(c, e);
  const excsV = e.fields?.get('exceptions');
  const excs = excsV ? A.toArray(excsV) : [];
  const num = excs.length;
  const n = num > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : num;
  c.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) c.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const lead = i === 0 ? '+-' : '  ';
    c.out.push(`${indentOf(c)}${lead}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    c.depth++;
    if (!truncated) printRecursive(c, excs[i]);
    else {
      const remaining = num - MAX_GROUP_WIDTH;
      c.out.push(`${indentOf(c)}${marginOf(c)}and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && c.needClose) {
      c.out.push(`${indentOf(c)}+------------------------------------\n`);
      c.needClose = false;
    }
    c.depth--;
  }
  if (c.depth === 1) c.depth--;
}

/** The whole report for an uncaught exception, with its __cause__/__context__ chain and groups. */
export function formatException(e: Value, seen: Set<Value> = new Set()): string {
  const c: PrintContext = { depth: 0, needClose: false, seen, out: [] };
  printRecursive(c, e);
  return c.out.join('');
}

/** PyErr_Display to sys.stderr. */
export function printException(e: Value): void {
  writeTo(getStderr(), formatException(e));
}
