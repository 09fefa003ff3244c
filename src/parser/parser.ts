/**
 * The parser's state: a token buffer filled lazily from the tokenizer, the
 * position (mark), per-token memo tables, and the error-raising helpers.
 *
 * This mirrors CPython's pegen runtime (Parser/pegen.c, Parser/pegen_errors.c).
 * Grammar rules live in the other files of this folder as plain functions
 * `rule_name(p: Parser)` named after the rules of CPython 3.11's
 * Grammar/python.gram; a rule returns its node (or `true` for rules without a
 * value) on success and `null` on failure, leaving `p.pos` where it was.
 */
import { T } from '../tokenizer/tokens';
import type { Token, TokenStream } from '../tokenizer/token';
import { PySyntaxError, byteToCharOffset, utf8Length, type SyntaxErrorKind } from '../tokenizer/errors';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParserOptions {
  filename: string;
  mode: ParseMode;
  typeComments: boolean;
  /** Minor version for feature_version checks (ast.parse(feature_version=...)); 11 by default. */
  featureVersion: number;
  /** PyPARSE_BARRY_AS_BDFL (compile() flag CO_FUTURE_BARRY_AS_BDFL): `<>` is the inequality operator and `!=` an error. */
  barryAsFlufl?: boolean;
}

/** Hard keywords (Grammar/python.gram, Lib/keyword.py kwlist). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Soft keywords (Lib/keyword.py softkwlist). */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match']);

/** CPython's MAXSTACK: deeper rule nesting is reported instead of overflowing the host stack. */
export const MAXSTACK = 6000;

export class Parser {
  readonly tokens: Token[] = [];
  /** Index of the next token to consume (CPython's p->mark). */
  pos = 0;
  /** Rule nesting depth (CPython's p->level). */
  level = 0;
  /** True during the second pass, when the invalid_* rules take part (CPython's p->call_invalid_rules). */
  callInvalidRules = false;
  // Memoised rule results, as CPython keeps them: a short linked list per
  // start position (memoHead[pos] is 1 + the newest entry's index, 0 for
  // none), in parallel arrays so recording a result allocates nothing.
  private memoHead: number[] = [];
  private memoRule: number[] = [];
  private memoEnd: number[] = [];
  private memoVal: unknown[] = [];
  private memoNext: number[] = [];
  /** Set when a rule wants errors reported at a known token (CPython's p->known_err_token). */
  knownErrToken: Token | null = null;
  /** Where the first pass stopped, for the generic "invalid syntax" location. */
  readonly options: ParserOptions;

  constructor(
    readonly stream: TokenStream,
    options: ParserOptions,
  ) {
    this.options = options;
  }

  // ---- token access -------------------------------------------------------

  /** Pull one more token from the tokenizer (CPython's _PyPegen_fill_token). */
  fillToken(): Token {
    const tok = this.stream.next();
    this.tokens.push(tok);
    return tok;
  }

  /** The token at the current position, without consuming it. */
  peek(): Token {
    const pos = this.pos;
    return pos < this.tokens.length ? this.tokens[pos] : this.fillToken();
  }

  /** The token `n` places after the current one (0 = peek()). */
  peekAt(n: number): Token {
    const i = this.pos + n;
    while (i >= this.tokens.length) this.fillToken();
    return this.tokens[i];
  }

  /** Consume and return the current token. */
  next(): Token {
    const tok = this.peek();
    this.pos++;
    return tok;
  }

  /** Consume a token of `type`, or fail with null. */
  expect(type: T): Token | null {
    const tok = this.peek();
    if (tok.type === type) {
      this.pos++;
      return tok;
    }
    return null;
  }

  /** Is the current token of `type`? (no consumption) */
  at(type: T): boolean {
    return this.peek().type === type;
  }

  /** Consume the hard or soft keyword `kw`, or fail with null. */
  keyword(kw: string): Token | null {
    const tok = this.peek();
    if (tok.type === T.NAME && tok.string === kw) {
      this.pos++;
      return tok;
    }
    return null;
  }

  /** Is the current token the keyword `kw`? */
  atKeyword(kw: string): boolean {
    const tok = this.peek();
    return tok.type === T.NAME && tok.string === kw;
  }

  /** Consume a NAME that is not a hard keyword (the grammar's NAME). */
  name(): Token | null {
    const tok = this.peek();
    if (tok.type === T.NAME && !KEYWORDS.has(tok.string)) {
      this.pos++;
      return tok;
    }
    return null;
  }

  /** Consume a NAME that is a soft keyword (the grammar's SOFT_KEYWORD). */
  softKeyword(): Token | null {
    const tok = this.peek();
    if (tok.type === T.NAME && SOFT_KEYWORDS.has(tok.string)) {
      this.pos++;
      return tok;
    }
    return null;
  }

  mark(): number {
    return this.pos;
  }

  reset(pos: number): void {
    this.pos = pos;
  }

  /**
   * The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER: the
   * end of a node's span (CPython's _PyPegen_get_last_nonnwhitespace_token,
   * used by EXTRA).
   */
  lastToken(): Token {
    let tok = this.tokens[0];
    for (let m = this.pos - 1; m >= 0; m--) {
      tok = this.tokens[m];
      if (tok.type !== T.ENDMARKER && (tok.type < T.NEWLINE || tok.type > T.DEDENT)) break;
    }
    return tok;
  }

  // ---- memoisation --------------------------------------------------------

  /** A memoised result for rule `id` at the current position, or undefined. Restores the end position on a hit. */
  memoGet<R>(id: number): R | undefined {
    let e = this.memoHead[this.pos] ?? 0;
    while (e !== 0) {
      const i = e - 1;
      if (this.memoRule[i] === id) {
        this.pos = this.memoEnd[i];
        return this.memoVal[i] as R;
      }
      e = this.memoNext[i];
    }
    return undefined;
  }

  /** Record the result of rule `id` that started at `start` and ended at the current position. */
  memoSet<R>(id: number, start: number, result: R): R {
    const i = this.memoRule.length;
    this.memoRule.push(id);
    this.memoEnd.push(this.pos);
    this.memoVal.push(result);
    this.memoNext.push(this.memoHead[start] ?? 0);
    while (this.memoHead.length < start) this.memoHead.push(0);
    this.memoHead[start] = i + 1;
    return result;
  }

  /** Forget all memoised results and rewind (between the first and the second pass). */
  resetForErrorPass(): void {
    this.memoHead = [];
    this.memoRule = [];
    this.memoEnd = [];
    this.memoVal = [];
    this.memoNext = [];
    this.pos = 0;
    this.level = 0;
    this.callInvalidRules = true;
    this.knownErrToken = null;
  }

  // ---- recursion guard ----------------------------------------------------

  /** Enter a rule; reports excessive nesting as CPython does instead of overflowing the JS stack. */
  enter(): void {
    if (++this.level > MAXSTACK) this.tooDeep();
  }

  leave(): void {
    this.level--;
  }

  /** `p->level++ == MAXSTACK`: PyErr_NoMemory(), a MemoryError with no message or location. */
  tooDeep(): never {
    throw new PySyntaxError('MemoryError', '', this.options.filename, 0, -1, null, 0, -1);
  }

  // ---- errors (Parser/pegen_errors.c) ---------------------------------------

  /**
   * Build a SyntaxError at byte columns (0-based) of the given lines, with
   * CPython's text and character offsets (1-based). `endCol` of -1 means "no end".
   */
  makeError(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number,
  ): PySyntaxError {
    const line = this.stream.lineText(lineno);
    const offset = byteToCharOffset(line, col) + 1;
    let endOffset = -1;
    if (endCol >= 0) {
      // _PyPegen_raise_error_known_location converts the end column with the
      // error's FIRST line too (the tokenizer has moved past it: no newline),
      // clipped to that line's length + 1.
      endOffset = byteToCharOffset(line, endLineno === lineno ? endCol : Math.min(endCol, utf8Length(line))) + 1;
    }
    const text = this.stream.errorLineText !== undefined ? this.stream.errorLineText(lineno) : line + '\n';
    return new PySyntaxError(kind, msg, this.options.filename, lineno, offset, text, endLineno, endOffset);
  }

  /**
   * RAISE_SYNTAX_ERROR: at the last token read from the tokenizer (p->tokens[p->fill-1]).
   * A token without a column in CPython (INDENT, DEDENT, ENDMARKER) is
   * reported at the tokenizer's cursor (tok->cur - line_start, no +1; our
   * tokenizer gives these tokens that column) with no end (_PyPegen_raise_error).
   */
  raiseSyntaxError(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const t = this.knownErrToken ?? this.tokens[this.tokens.length - 1] ?? this.peek();
    if (hasNoColumn(t)) {
      const err = this.makeError(kind, msg, t.lineno, t.col, t.endLineno, -1);
      err.offset = byteToCharOffset(this.stream.lineText(t.lineno), t.col);
      throw err;
    }
    throw this.makeError(kind, msg, t.lineno, t.col, t.endLineno, t.endCol);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg): spanning node or token `a`. */
  raiseErrorKnownLocation(a: Located, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const s = startOf(a);
    const e = endOf(a);
    throw knownLocationFixup(this.makeError(kind, msg, s[0], s[1], e[0], e[1]), a, a);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg): from the start of `a` to the end of `b`. */
  raiseErrorKnownRange(a: Located, b: Located, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const s = startOf(a);
    const e = endOf(b);
    throw knownLocationFixup(this.makeError(kind, msg, s[0], s[1], e[0], e[1]), a, b);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from the start of `a`, with no end. */
  raiseErrorStartingFrom(a: Located, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const s = startOf(a);
    throw knownLocationFixup(this.makeError(kind, msg, s[0], s[1], -1, -1), a, null);
  }
}

/**
 * Tokens that the 'single' mode makes of the first ENDMARKER (a NEWLINE that,
 * like the ENDMARKER, has no column in CPython: _PyPegen_fill_token).
 */
export const COLUMNLESS_NEWLINES = new WeakSet<Token>();

/** Whether CPython's parser sees token `t` with col_offset -1 (its tokenizer gave no start: INDENT, DEDENT, ENDMARKER). */
export function hasNoColumn(t: Token): boolean {
  return t.type === T.ENDMARKER || t.type === T.INDENT || t.type === T.DEDENT || (t.type === T.NEWLINE && COLUMNLESS_NEWLINES.has(t));
}

/**
 * RAISE_ERROR_KNOWN_LOCATION with a columnless token at either end: its
 * col_offset/end_col_offset of -1 becomes 0 (the macros add 1).
 */
function knownLocationFixup(err: PySyntaxError, a: Located, b: Located | null): PySyntaxError {
  if ('type' in a && hasNoColumn(a)) err.offset = 0;
  if (b !== null && 'type' in b && hasNoColumn(b)) err.endOffset = 0;
  return err;
}

/** A token or an AST node with positions. */
export type Located = Token | { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

function startOf(a: Located): [number, number] {
  return 'col' in a ? [a.lineno, a.col] : [a.lineno, a.col_offset];
}

function endOf(a: Located): [number, number] {
  return 'endCol' in a ? [a.endLineno, a.endCol] : [a.end_lineno, a.end_col_offset];
}
