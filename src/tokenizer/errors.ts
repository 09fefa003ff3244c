/**
 * A SyntaxError (or its subclasses IndentationError/TabError) raised while
 * tokenizing, parsing or compiling. It does not extend Error: Python
 * exceptions never capture JavaScript stack traces (DESIGN §3).
 *
 * Fields follow Python's SyntaxError: `offset`/`endOffset` are 1-based
 * character (code point) columns, `text` is the source line as CPython puts
 * it in the exception (normally with its trailing newline).
 *
 * Kind 'MemoryError' is not a SyntaxError: CPython's parser raises a bare
 * MemoryError (no message, no location) when its rules nest deeper than
 * MAXSTACK (`'-' * 10000 + 'x'`); it travels the same way, with msg '',
 * lineno 0, offsets -1 and no text.
 */
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError' | 'MemoryError';

export class PySyntaxError {
  constructor(
    public kind: SyntaxErrorKind,
    public msg: string,
    public filename: string,
    public lineno: number,
    public offset: number,
    public text: string | null,
    public endLineno: number,
    public endOffset: number,
  ) {}

  toString(): string {
    return `${this.kind}: ${this.msg} (${this.filename}, line ${this.lineno})`;
  }
}

/** Number of code points in the first `byteCol` UTF-8 bytes of `line` (CPython's _PyPegen_byte_offset_to_character_offset). */
export function byteToCharOffset(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars++;
  }
  if (bytes < byteCol) chars += byteCol - bytes;
  return chars;
}

/** UTF-8 length of text[from, to), counting code points as CPython's encoder does (lone surrogates take 3 bytes, as with surrogatepass). */
export function utf8Count(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** UTF-8 length of a whole JS string. */
export function utf8Length(s: string): number {
  return utf8Count(s, 0, s.length);
}
