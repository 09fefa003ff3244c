/**
 * A SyntaxError raised at run time (compile(), exec(), an import) in the
 * uncaught-exception report: print_exception_file_and_line and
 * parse_syntax_error (Python/pythonrun.c) read the exception's fields, then
 * the "File" line, the source line and the carets are the ones the CLI
 * prints for the main script's SyntaxErrors (cli/syntax_error_format.ts),
 * and the last line shows msg instead of str(exc).
 */
import type { Value } from '../objects/base';
import { PyBaseException, SyntaxError as SyntaxErrorType } from '../objects/exceptions';
import { None, typeOf } from '../objects/types';
import * as A from '../objects/abstract';
import { fileAndLine } from '../cli/syntax_error_format';

/** PyLong_AsSsize_t of an attribute, or null when it is not an int (parse_syntax_error gives up). */
function intAttr(v: Value): number | null {
  const n = A.intValue(v);
  return n === null ? null : Number(n);
}

interface Parsed {
  message: Value;
  filename: string;
  lineno: number;
  offset: number;
  endLineno: number | null;
  endOffset: number | null;
  text: string | null;
}

/** parse_syntax_error; null where CPython's fails (and the generic report is printed). */
function parseSyntaxError(e: Value): Parsed | null {
  try {
    const message = A.getAttr(e, 'msg');
    const fn = A.getAttr(e, 'filename');
    const filename = fn === None ? '<string>' : A.str(fn);
    const lineno = intAttr(A.getAttr(e, 'lineno'));
    if (lineno === null) return null;
    const off = A.getAttr(e, 'offset');
    const offset = off === None ? -1 : intAttr(off);
    if (offset === null) return null;
    let endLineno: number | null = null;
    let endOffset: number | null = null;
    if (typeOf(e) === SyntaxErrorType) {
      const el = A.getAttrOrNull(e, 'end_lineno');
      endLineno = el === null || el === None ? lineno : intAttr(el);
      const eo = A.getAttrOrNull(e, 'end_offset');
      endOffset = eo === null || eo === None ? -1 : intAttr(eo);
      if (endLineno === null || endOffset === null) return null;
    }
    const t = A.getAttr(e, 'text');
    const text = t === None ? null : A.str(t);
    return { message, filename, lineno, offset, endLineno, endOffset, text };
  } catch (err) {
    if (err instanceof PyBaseException) return null;
    throw err;
  }
}

/**
 * The report lines for a SyntaxError-like exception (one with a
 * print_file_and_line attribute): the location block, then "Name: msg".
 * `name` is the type's name as the report prints it. Null when the generic
 * "Name: str(exc)" line applies.
 */
export function syntaxErrorLines(e: Value, name: string): string[] | null {
  if (!(e instanceof PyBaseException) || A.getAttrOrNull(e, 'print_file_and_line') === null) return null;
  const p = parseSyntaxError(e);
  if (p === null) return null;
  const block = fileAndLine(p.filename, p.lineno, p.offset, p.endLineno, p.endOffset, p.text);
  const lines = block.split('\n').slice(0, -1).map((l) => l + '\n');
  let msg: string;
  try {
    msg = A.str(p.message);
  } catch {
    msg = '<exception str() failed>';
  }
  lines.push(msg === '' ? `${name}\n` : `${name}: ${msg}\n`);
  return lines;
}
