/**
 * How an uncaught SyntaxError is printed to stderr, exactly as `python3 FILE`
 * (or `python3 -c CODE`) prints it:
 *
 *     File "/tmp/bad.py", line 1
 *       x = (
 *           ^
 *   SyntaxError: '(' was never closed
 *
 * CPython 3.11 prints uncaught exceptions with the C printer, not with
 * Lib/traceback.py: print_exception, parse_syntax_error and print_error_text
 * in Python/pythonrun.c. Its quirks are kept:
 *  - IndentationError/TabError (subclasses) ignore end_offset: one caret;
 *  - an error spanning several lines is highlighted to the end of its first
 *    line (end_offset = the text's UTF-8 size), and the carets never pass
 *    the end of the text by more than one;
 *  - leading spaces, tabs and form feeds are stripped from the text and the
 *    offset moved left with them; no caret when the offset falls left of it;
 *  - the offset is clipped to the text's length and newlines embedded in the
 *    text are skipped up to the offset; both count UTF-8 bytes, while the
 *    caret line counts the offset as characters, as the C code does;
 *  - without a usable lineno (None) the "File" line is not printed and the
 *    last line is str(exc): "msg (file, line N)" shortened as SyntaxError_str.
 */
import type { PySyntaxError } from '../tokenizer/errors';

/** UTF-8 size of a string as PyUnicode_AsUTF8AndSize counts it. */
function utf8Size(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** The final "Kind: message" line's message part when parse_syntax_error fails: SyntaxError_str (Objects/exceptions.c). */
function syntaxErrorStr(err: PySyntaxError): string {
  const filename = typeof err.filename === 'string' ? err.filename.replace(/^.*\//, '') : null;
  const haveLine = isInt(err.lineno);
  if (filename !== null && haveLine) return `${err.msg} (${filename}, line ${err.lineno})`;
  if (filename !== null) return `${err.msg} (${filename})`;
  if (haveLine) return `${err.msg} (line ${err.lineno})`;
  return err.msg;
}

/** print_error_text (Python/pythonrun.c): the source line and its caret line. */
function errorText(offset: number, endOffset: number, text: string): string {
  const caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  // the C string ends at the first NUL
  const nul = text.indexOf('\0');
  if (nul >= 0) text = text.slice(0, nul);
  // 1-based to 0-based
  offset--;
  // strip leading whitespace, moving the offset along
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
    i++;
    offset--;
  }
  text = text.slice(i);
  // length excluding a trailing newline, in bytes
  let len = utf8Size(text);
  if (len > 0 && text.endsWith('\n')) len--;
  if (offset > len) offset = len;
  // skip past newlines embedded in the text (byte positions, as strchr)
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0) break;
    const inl = utf8Size(text.slice(0, nl));
    if (inl >= offset) break;
    text = text.slice(nl + 1);
    len -= inl + 1;
    offset -= inl + 1;
  }
  // "Make sure there's a newline at the end": text[len] is the final newline or the terminating NUL
  let out = '    ' + text;
  if (!text.endsWith('\n')) out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(caretRepetitions) + '\n';
}

/**
 * The "  File ..., line N" line and the source text with its carets
 * (print_exception_file_and_line once parse_syntax_error has read the
 * fields); endLineno/endOffset null for SyntaxError subclasses, which
 * ignore them.
 */
export function fileAndLine(filename: string, lineno: number, offset: number, endLineno: number | null, endOffset: number | null, text: string | null): string {
  let eLine = endLineno ?? lineno;
  let eOff = endOffset ?? -1;
  let out = `  File "${filename}", line ${lineno}\n`;
  if (text !== null) {
    const lineSize = utf8Size(text);
    if (eLine > lineno) eOff = lineSize;
    if (eOff > lineSize + 1) eOff = lineSize + 1;
    out += errorText(offset, eOff, text);
  }
  void eLine;
  return out;
}

/** Exactly what python3 writes to stderr for an uncaught SyntaxError raised while compiling its main file or -c code. */
export function formatSyntaxError(err: PySyntaxError): string {
  const kind = err.kind;
  const lineno = err.lineno as number | null | undefined;
  if (!isInt(lineno)) {
    // parse_syntax_error fails on lineno None: the generic printer, with str(exc)
    return `${kind}: ${syntaxErrorStr(err)}\n`;
  }
  const offset = isInt(err.offset) ? err.offset : -1;
  const exact = kind === 'SyntaxError';
  const endLineno = exact ? (isInt(err.endLineno) ? err.endLineno : lineno) : null;
  const endOffset = exact ? (isInt(err.endOffset) ? err.endOffset : -1) : null;
  const filename = typeof err.filename === 'string' ? err.filename : '<string>';
  const out = fileAndLine(filename, lineno, offset, endLineno, endOffset, typeof err.text === 'string' ? err.text : null);
  const msg = err.msg;
  return out + (msg.length > 0 ? `${kind}: ${msg}\n` : `${kind}\n`);
}
