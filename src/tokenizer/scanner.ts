/**
 * The parser's tokenizer: CPython 3.11's C tokenizer (Parser/tokenizer.c,
 * tok_get) over a JS string, with the error reporting that Parser/pegen.c and
 * Parser/pegen_errors.c attach to its failures.
 *
 * The state mirrors struct tok_state: `cur` is the cursor (tok->cur),
 * `lineStart` the start of the physical line being read (tok->line_start),
 * `lineno` its number; `nextc`/`backup` are tok_nextc/tok_backup. Newlines
 * are normalised to '\n' and a final one is added, as translate_newlines
 * does for string input.
 *
 * Positions are UTF-8 byte columns. The tokens CPython creates with no
 * start pointer (INDENT, DEDENT, ENDMARKER: col_offset -1) carry
 * col = endCol = the cursor's byte column, the place _PyPegen_raise_error
 * reports for them.
 */
import { T } from './tokens';
import type { Token, TokenStream } from './token';
import { PySyntaxError, byteToCharOffset, type SyntaxErrorKind } from './errors';
import {
  ASCII_CLASS,
  ID_CHAR,
  codePointCount,
  hasNonAscii,
  invalidCharacterMessage,
  isPotentialIdChar,
  isPotentialIdStart,
  isPrintable,
  scanIdentifier,
  utf8Count,
} from './chars';
import { scanNumber } from './numbers';
import { oneChar, twoChars, threeChars } from './operators';

/**
 * Errors CPython's tokenizer signals only through tok->done (E_EOF, E_DEDENT,
 * E_TABSPACE, E_TOODEEP, E_LINECONT), which pegen turns into a SyntaxError
 * itself. They set no exception while the tokenizer runs, so when
 * _PyPegen_tokenize_full_source_to_check_for_errors meets one, the parser's
 * error stays; an error raised by the tokenizer's syntaxerror() replaces it.
 */
const DONE_CODE_ERRORS = new WeakSet<PySyntaxError>();

/** True when `e` came from tokenizer.c's syntaxerror() (an exception set during tokenizing). */
export function isTokenizerException(e: PySyntaxError): boolean {
  return !DONE_CODE_ERRORS.has(e);
}

const TABSIZE = 8;
const ALTTABSIZE = 1;
/** tokenizer.h's MAXINDENT and MAXLEVEL. */
const MAXINDENT = 100;
const MAXLEVEL = 200;

export interface ScannerOptions {
  filename?: string;
  typeComments?: boolean;
  /**
   * translate_newlines' exec_input: true (the default) for 'exec' mode, where
   * a missing final newline is added; 'eval' and 'single' sources are
   * tokenized as they are (the last line may end at EOF with no NEWLINE).
   */
  execInput?: boolean;
}

function tok(type: T, string: string, lineno: number, col: number, endLineno: number, endCol: number): Token {
  return { type, string, lineno, col, endLineno, endCol };
}

export class Scanner implements TokenStream {
  readonly text: string;
  readonly filename: string;
  private readonly typeComments: boolean;
  /** Where reading stops: the text's end, or the start of the first line holding a NUL. */
  private readonly end: number;
  private readonly nulLine: boolean;
  private readonly ascii: boolean;
  private lines: string[] | null = null;

  cur = 0;
  lineStart = 0;
  lineno = 1;
  private atbol = true;
  private pendin = 0;
  private indstack: number[] = [0];
  private altindstack: number[] = [0];
  private level = 0;
  private parenstack: number[] = [];
  private parenlinenostack: number[] = [];
  private parencolstack: number[] = [];
  private done: Token | null = null;
  private reachedEof = false;
  /** A line whose first character was read and backed up (C's tokenizer has read that line). */
  private readLine = 0;
  private error: PySyntaxError | null = null;
  /** The last token handed out, for errors CPython places at p->tokens[p->fill-1]. */
  private last: Token | null = null;

  constructor(source: string, options: ScannerOptions = {}) {
    let text = source;
    const execInput = options.execInput ?? true;
    if (text.indexOf('\r') >= 0) {
      // CPython 3.11's string reader turns a final "\r\n" into two line ends in exec input (measured: `if x:\r\n`
      // reports its ENDMARKER on line 2, `a = b\\\r\n` is no EOF error).
      const crlfEnd = text.endsWith('\r\n');
      text = text.replace(/\r\n?/g, '\n');
      if (crlfEnd && execInput) text += '\n';
    }
    if (execInput && text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
    this.text = text;
    this.filename = options.filename ?? '<unknown>';
    this.typeComments = options.typeComments ?? false;
    const nul = text.indexOf('\0');
    this.nulLine = nul >= 0;
    this.end = nul >= 0 ? text.lastIndexOf('\n', nul) + 1 : text.length;
    this.ascii = !hasNonAscii(text);
  }

  lineText(lineno: number): string {
    if (this.lines === null) this.lines = this.text.split('\n');
    return this.lines[lineno - 1] ?? '';
  }

  errorLineText(lineno: number): string {
    const line = this.lineText(lineno);
    // tok->lineno: a line is read when its first character is wanted (our lineno counts it at once).
    const fresh = this.cur === this.lineStart && this.readLine !== this.lineno && this.lineno > 1;
    const tokLineno = fresh ? this.lineno - 1 : this.lineno;
    return tokLineno <= lineno && lineno < this.lines!.length ? line + '\n' : line;
  }

  next(): Token {
    if (this.error !== null) throw this.error;
    if (this.done !== null) return this.done;
    const t = this.get();
    if (t.type === T.ENDMARKER) this.done = t;
    // tok_get reads one character past every token but strings and NEWLINE (then backs up):
    // a token that ends the input has met its end.
    else if (this.cur >= this.end && t.type !== T.STRING && t.type !== T.NEWLINE) this.reachedEof = true;
    this.last = t;
    return t;
  }

  /**
   * _PyPegen_fill_token in 'single' mode, when the first ENDMARKER becomes a
   * NEWLINE: the open indentation levels are closed (tok->pendin =
   * -tok->indent), so DEDENTs come before the ENDMARKER.
   */
  implyDedents(): void {
    const n = this.indstack.length - 1;
    if (n === 0 || this.error !== null) return;
    this.pendin = -n;
    this.indstack.length = 1;
    this.altindstack.length = 1;
    this.done = null;
  }

  // ---- tok_nextc / tok_backup ----------------------------------------------

  nextc(): number {
    if (this.cur < this.end) return this.text.charCodeAt(this.cur++);
    if (this.nulLine) this.nulError();
    this.reachedEof = true;
    return -1;
  }

  /** Whether reading has run into the end of the input (tok->done == E_EOF in CPython). */
  hasReachedEof(): boolean {
    return this.reachedEof;
  }

  backup(c: number): void {
    if (c !== -1 && --this.cur === this.lineStart) this.readLine = this.lineno;
  }

  /** Called after a '\n' was consumed: the next physical line starts here. */
  private newline(): void {
    this.lineno++;
    this.lineStart = this.cur;
  }

  /** Byte column of `pos` on the line starting at `lineStart`. */
  bcol(pos: number, lineStart = this.lineStart): number {
    return this.ascii ? pos - lineStart : utf8Count(this.text, lineStart, pos);
  }

  /** tok->lineno as CPython has it: the next line is not read until a character of it is wanted. */
  private cLineno(): number {
    return this.cur === this.lineStart && this.cur >= this.end && this.lineno > 1 ? this.lineno - 1 : this.lineno;
  }

  private cLineStart(): number {
    if (this.cLineno() === this.lineno) return this.lineStart;
    return this.text.lastIndexOf('\n', this.lineStart - 2) + 1;
  }

  // ---- errors ----------------------------------------------------------------

  private raise(err: PySyntaxError): never {
    this.error = err;
    throw err;
  }

  /** The physical line at `start`, without its newline (what _syntaxerror_range puts in `text`). */
  private lineAt(start: number): string {
    let e = this.text.indexOf('\n', start);
    if (e < 0) e = this.text.length;
    const nul = this.text.indexOf('\0', start);
    if (nul >= 0 && nul < e) e = nul;
    return this.text.slice(start, e);
  }

  /** tokenizer.c's syntaxerror(): located at the cursor, offset = code points from the line start. */
  syntaxError(msg: string, at = this.cur): never {
    const offset = codePointCount(this.text, this.lineStart, at);
    const line = this.lineAt(this.lineStart);
    return this.raise(new PySyntaxError('SyntaxError', msg, this.filename, this.lineno, offset, line, this.lineno, offset));
  }

  /** syntaxerror_known_range(): byte columns given, used as they are. */
  syntaxErrorRange(msg: string, col: number, endCol: number): never {
    const line = this.lineAt(this.lineStart);
    return this.raise(new PySyntaxError('SyntaxError', msg, this.filename, this.lineno, col, line, this.lineno, endCol));
  }

  /**
   * RAISE_ERROR_KNOWN_LOCATION from _Pypegen_tokenizer_error: byte columns
   * already 1-based; the text is the tokenizer's current line (with its
   * newline) when the error is on it, else the source line.
   */
  private pegenError(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endCol: number): never {
    const cl = this.cLineno();
    const ls = this.cLineStart();
    // The tokenizer's buffer keeps the line's newline, if the source has one there.
    const text = cl <= lineno ? this.lineAt(ls) + (this.text.indexOf('\n', ls) >= 0 ? '\n' : '') : this.lineText(lineno);
    const offset = byteToCharOffset(text, col);
    const endOffset = endCol > 0 ? byteToCharOffset(text, endCol) : endCol;
    const err = new PySyntaxError(kind, msg, this.filename, lineno, offset, text, lineno, endOffset);
    DONE_CODE_ERRORS.add(err);
    return this.raise(err);
  }

  /** An ERRORTOKEN with tok->done set, reported by RAISE_SYNTAX_ERROR at the cursor (no start pointer). */
  private errorAtCursor(kind: SyntaxErrorKind, msg: string): never {
    const lineno = this.cLineno();
    const col = this.bcol(this.cur, this.cLineStart());
    return this.pegenError(kind, msg, lineno, col, -1);
  }

  private nulError(): never {
    const line = this.lineAt(this.end);
    return this.raise(
      new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', this.filename, this.lineno, 0, line, this.lineno, 0),
    );
  }

  /** tok_continuation_line: the '\\' is consumed; a newline must follow, and then something. */
  private continuation(): void {
    const c = this.nextc();
    if (c !== 10) {
      // E_LINECONT: col_offset = cur - buf - 1, then + 1
      this.pegenError('SyntaxError', 'unexpected character after line continuation character', this.lineno, this.bcol(this.cur), 0);
    }
    this.newline();
    if (this.cur >= this.end) {
      if (this.nulLine) this.nulError();
      if (this.level > 0) this.unclosed();
      this.errorAtCursor('SyntaxError', 'unexpected EOF while parsing');
    }
  }

  // ---- tok_get ---------------------------------------------------------------

  private get(): Token {
    const text = this.text;
    for (;;) {
      let blankline = false;
      if (this.atbol) {
        this.atbol = false;
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        let c: number;
        for (;;) {
          c = this.nextc();
          if (c === 32) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = (((col / TABSIZE) | 0) + 1) * TABSIZE;
            altcol = (((altcol / ALTTABSIZE) | 0) + 1) * ALTTABSIZE;
          } else if (c === 12) {
            col = altcol = 0;
          } else if (c === 92) {
            contLineCol = contLineCol !== 0 ? contLineCol : col;
            this.continuation();
          } else break;
        }
        this.backup(c);
        if (c === 35 || c === 10) blankline = true;
        if (!blankline && this.level === 0) {
          if (contLineCol !== 0) col = altcol = contLineCol;
          const top = this.indstack.length - 1;
          if (col === this.indstack[top]) {
            if (altcol !== this.altindstack[top]) this.tabError();
          } else if (col > this.indstack[top]) {
            if (top + 1 >= MAXINDENT) {
              this.cur = this.lineEndPos();
              this.pegenError('IndentationError', 'too many levels of indentation', this.lineno, 1, 0);
            }
            if (altcol <= this.altindstack[top]) this.tabError();
            this.pendin++;
            this.indstack.push(col);
            this.altindstack.push(altcol);
          } else {
            while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
              this.pendin--;
              this.indstack.pop();
              this.altindstack.pop();
            }
            if (col !== this.indstack[this.indstack.length - 1]) {
              this.cur = this.lineEndPos();
              this.errorAtCursor('IndentationError', 'unindent does not match any outer indentation level');
            }
            if (altcol !== this.altindstack[this.altindstack.length - 1]) this.tabError();
          }
        }
      }

      if (this.pendin !== 0) {
        const lineno = this.cLineno();
        const col = this.bcol(this.cur, this.cLineStart());
        if (this.pendin < 0) {
          this.pendin++;
          return tok(T.DEDENT, '', lineno, col, lineno, col);
        }
        this.pendin--;
        return tok(T.INDENT, '', lineno, col, lineno, col);
      }

      // again: skip spaces and line continuations
      let c: number;
      let start: number;
      for (;;) {
        do {
          c = this.nextc();
        } while (c === 32 || c === 9 || c === 12);
        start = this.cur - 1;
        if (c !== 92) break;
        // Line continuation
        this.continuation();
      }

      if (c === 35) {
        // Comment: to the end of the line; maybe a type comment
        while (c !== -1 && c !== 10) c = this.nextc();
        if (this.typeComments) {
          const t = this.typeComment(start, c, blankline);
          if (t !== null) return t;
        }
      }

      if (c === -1) {
        if (this.level > 0) this.unclosed();
        const lineno = this.cLineno();
        const col = this.bcol(this.cur, this.cLineStart());
        return tok(T.ENDMARKER, '', lineno, col, lineno, col);
      }

      // Identifier (most frequent token)
      if (isPotentialIdStart(c)) return this.nameOrString(c, start);

      if (c === 10) {
        this.atbol = true;
        if (blankline || this.level > 0) {
          this.newline();
          continue;
        }
        const col = this.bcol(start);
        const endCol = this.bcol(this.cur - 1);
        const t = tok(T.NEWLINE, '', this.lineno, col, this.lineno, endCol);
        this.newline();
        return t;
      }

      if (c === 46) {
        // Period, ellipsis, or a number starting with a period
        const c2 = this.nextc();
        if (c2 >= 48 && c2 <= 57) return this.number(start, 46);
        if (c2 === 46) {
          const c3 = this.nextc();
          if (c3 === 46) return this.make(T.ELLIPSIS, start);
          this.backup(c3);
        }
        this.backup(c2);
        return this.make(T.DOT, start);
      }

      if (c >= 48 && c <= 57) return this.number(start, c);

      if (c === 39 || c === 34) return this.string(start, c);

      // Two- and three-character operators
      const c2 = this.nextc();
      const two = twoChars(c, c2);
      if (two !== T.OP) {
        const c3 = this.nextc();
        const three = threeChars(c, c2, c3);
        if (three !== T.OP) return this.make(three, start);
        this.backup(c3);
        return this.make(two, start);
      }
      this.backup(c2);

      switch (c) {
        case 40:
        case 91:
        case 123:
          if (this.level >= MAXLEVEL) this.syntaxError('too many nested parentheses');
          this.parenstack.push(c);
          this.parenlinenostack.push(this.lineno);
          this.parencolstack.push(this.bcol(start));
          this.level++;
          break;
        case 41:
        case 93:
        case 125: {
          if (this.level === 0) this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
          this.level--;
          const opening = this.parenstack.pop()!;
          const openLine = this.parenlinenostack.pop()!;
          this.parencolstack.pop();
          if (!((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))) {
            const o = String.fromCharCode(opening);
            const cl = String.fromCharCode(c);
            if (openLine !== this.lineno) {
              this.syntaxError(`closing parenthesis '${cl}' does not match opening parenthesis '${o}' on line ${openLine}`);
            }
            this.syntaxError(`closing parenthesis '${cl}' does not match opening parenthesis '${o}'`);
          }
          break;
        }
      }

      if (!isPrintable(c)) this.syntaxError(invalidCharacterMessage(c));
      return this.make(oneChar(c), start);
    }
  }

  private lineEndPos(): number {
    const e = this.text.indexOf('\n', this.cur);
    return e < 0 ? this.end : e + 1;
  }

  /** indenterror(): E_TABSPACE, reported at column 0 of the line. */
  private tabError(): never {
    this.cur = this.lineEndPos();
    return this.pegenError('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineno, 1, 0);
  }

  /** The innermost open bracket's line (tok->parenlinenostack[level-1]), or 0 when no bracket is open. */
  openBracketLine(): number {
    return this.level > 0 ? this.parenlinenostack[this.level - 1] : 0;
  }

  /**
   * raise_unclosed_parentheses_error as _PyPegen_tokenize_full_source_to_check_for_errors
   * calls it after an error token: "'(' was never closed" at the innermost open
   * bracket, built without throwing (null when no bracket is open).
   */
  unclosedError(): PySyntaxError | null {
    if (this.level === 0) return null;
    const i = this.level - 1;
    const lineno = this.parenlinenostack[i];
    const text = this.lineText(lineno);
    const offset = byteToCharOffset(text, this.parencolstack[i] + 1);
    const err = new PySyntaxError('SyntaxError', `'${String.fromCharCode(this.parenstack[i])}' was never closed`, this.filename, lineno, offset, text, lineno, 0);
    DONE_CODE_ERRORS.add(err);
    return err;
  }

  /** raise_unclosed_parentheses_error: EOF inside brackets. */
  private unclosed(): never {
    const i = this.level - 1;
    const line = this.parenlinenostack[i];
    return this.pegenError('SyntaxError', `'${String.fromCharCode(this.parenstack[i])}' was never closed`, line, this.parencolstack[i] + 1, 0);
  }

  make(type: T, start: number): Token {
    const col = this.bcol(start);
    return tok(type, this.text.slice(start, this.cur), this.lineno, col, this.lineno, col + (this.ascii ? this.cur - start : utf8Count(this.text, start, this.cur)));
  }

  private number(start: number, first: number): Token {
    scanNumber(this, start, first);
    return this.make(T.NUMBER, start);
  }

  /** A name, or a string with a prefix (b, r, u, f in the combinations tokenizer.c allows). */
  private nameOrString(c: number, start: number): Token {
    const text = this.text;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      c = this.nextc();
      if (c === 34 || c === 39) return this.string(start, c);
    }
    let nonascii = false;
    let p = this.cur;
    if (c >= 128) nonascii = true;
    if (isPotentialIdChar(c)) {
      const end = this.end;
      while (p < end) {
        const d = text.charCodeAt(p);
        if (d < 128) {
          if ((ASCII_CLASS[d] & ID_CHAR) === 0) break;
        } else nonascii = true;
        p++;
      }
      this.cur = p;
    } else {
      this.backup(c);
    }
    if (nonascii) this.verifyIdentifier(start);
    return this.make(T.NAME, start);
  }

  /** verify_identifier (PEP 3131). */
  private verifyIdentifier(start: number): void {
    const name = this.text.slice(start, this.cur);
    const bad = scanIdentifier(name);
    if (bad === null) return;
    // The cursor goes just past the offending character.
    let i = 0;
    let p = start;
    while (i < bad.index) {
      const ch = this.text.charCodeAt(p);
      p += ch >= 0xd800 && ch <= 0xdbff ? 2 : 1;
      i++;
    }
    p += bad.cp > 0xffff ? 2 : 1;
    this.syntaxError(invalidCharacterMessage(bad.cp), p);
  }

  private string(start: number, quote: number): Token {
    const text = this.text;
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string
    }
    if (c !== quote) this.backup(c);
    const end = this.end;
    let p = this.cur;
    while (endQuoteSize !== quoteSize) {
      if (p >= end) {
        this.cur = p;
        if (this.nulLine) this.nulError();
        this.unterminated(start, firstLineno, firstLineStart, quoteSize);
      }
      c = text.charCodeAt(p++);
      if (c === 10) {
        if (quoteSize === 1) {
          this.cur = p;
          this.unterminated(start, firstLineno, firstLineStart, quoteSize);
        }
        this.cur = p;
        this.newline();
        endQuoteSize = 0;
      } else if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === 92) {
          // skip the escaped character
          if (p < end) {
            const d = text.charCodeAt(p++);
            if (d === 10) {
              this.cur = p;
              this.newline();
            }
          }
        }
      }
    }
    this.cur = p;
    const col = this.bcol(start, firstLineStart);
    return tok(T.STRING, text.slice(start, p), firstLineno, col, this.lineno, this.bcol(p));
  }

  private unterminated(start: number, firstLineno: number, firstLineStart: number, quoteSize: number): never {
    // The error is placed at the opening quote's line, just past the quote's first character.
    const detected = this.cLinenoAt();
    this.lineStart = firstLineStart;
    this.lineno = firstLineno;
    const msg =
      quoteSize === 3
        ? `unterminated triple-quoted string literal (detected at line ${detected})`
        : `unterminated string literal (detected at line ${detected})`;
    return this.syntaxError(msg, start + 1);
  }

  /** tok->lineno while inside a token: the line of the last character read. */
  private cLinenoAt(): number {
    return this.cur === this.lineStart && this.lineno > 1 && this.cur >= this.end ? this.lineno - 1 : this.lineno;
  }

  /** A `# type: ...` comment (tok_get's type_comment_prefix match), or null for an ordinary comment. */
  private typeComment(start: number, c: number, blankline: boolean): Token | null {
    const text = this.text;
    const end = c === 10 ? this.cur - 1 : this.cur; // the comment's end, before the newline
    const prefix = '# type: ';
    let p = start;
    let k = 0;
    // As in C, the match may look at the newline itself (p < tok->cur).
    for (; k < prefix.length && p < this.cur; k++) {
      const pc = prefix.charCodeAt(k);
      if (pc === 32) {
        while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
      } else if (p < end && pc === text.charCodeAt(p)) p++;
      else break;
    }
    if (k < prefix.length) return null;
    this.backup(c); // don't eat the newline
    const typeStart = p;
    const ignoreEnd = p + 6;
    const after = ignoreEnd < end ? text.charCodeAt(ignoreEnd) : -1;
    const isIgnore =
      end >= ignoreEnd &&
      text.startsWith('ignore', p) &&
      !(end > ignoreEnd && (after >= 128 || ((ASCII_CLASS[after] & ID_CHAR) !== 0 && after !== 95)));
    if (isIgnore) {
      const t = tok(T.TYPE_IGNORE, text.slice(ignoreEnd, end), this.lineno, this.bcol(ignoreEnd), this.lineno, this.bcol(end));
      if (blankline) {
        this.nextc();
        this.newline();
        this.atbol = true;
      }
      return t;
    }
    return tok(T.TYPE_COMMENT, text.slice(typeStart, end), this.lineno, this.bcol(typeStart), this.lineno, this.bcol(end));
  }
}
