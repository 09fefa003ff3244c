/**
 * What happens when the parse fails: CPython's second pass and the choice of
 * the SyntaxError to report (_PyPegen_run_parser in Parser/pegen.c,
 * _Pypegen_set_syntax_error and _PyPegen_tokenize_full_source_to_check_for_errors
 * in Parser/pegen_errors.c). All error-reporting policy of the parser's entry
 * point lives here.
 */
import { T } from '../tokenizer/tokens';
import type { Token, TokenStream } from '../tokenizer/token';
import { PySyntaxError, byteToCharOffset } from '../tokenizer/errors';
import { isTokenizerException } from '../tokenizer/scanner';
import { COLUMNLESS_NEWLINES, type Parser } from './parser';

/**
 * The parser's view of the tokenizer: remembers a tokenizer error (CPython's
 * tok->done != E_OK), records and skips TYPE_IGNORE tokens, and in 'single'
 * mode turns the first ENDMARKER into a NEWLINE as _PyPegen_fill_token does.
 */
export class ParserStream implements TokenStream {
  /** The error the tokenizer raised, if any; the tokenizer is not asked again after it. */
  tokError: PySyntaxError | null = null;
  /** `# type: ignore` comments: [lineno, tag] (CPython's p->type_ignore_comments). */
  readonly typeIgnores: [number, string][] = [];
  private parsingStarted = false;

  constructor(
    readonly inner: TokenStream,
    private readonly single: boolean,
  ) {}

  next(): Token {
    if (this.tokError !== null) throw this.tokError;
    let t: Token;
    try {
      t = this.inner.next();
      while (t.type === T.TYPE_IGNORE) {
        this.typeIgnores.push([t.lineno, t.string]);
        t = this.inner.next();
      }
    } catch (e) {
      if (e instanceof PySyntaxError) this.tokError = e;
      throw e;
    }
    if (this.single && t.type === T.ENDMARKER && this.parsingStarted) {
      this.parsingStarted = false;
      const inner = this.inner as { implyDedents?: () => void };
      if (typeof inner.implyDedents === 'function') inner.implyDedents();
      const nl: Token = { type: T.NEWLINE, string: '', lineno: t.lineno, col: t.col, endLineno: t.endLineno, endCol: t.endCol };
      COLUMNLESS_NEWLINES.add(nl);
      return nl;
    }
    this.parsingStarted = true;
    return t;
  }

  lineText(lineno: number): string {
    return this.inner.lineText(lineno);
  }

  errorLineText(lineno: number): string {
    return this.inner.errorLineText !== undefined ? this.inner.errorLineText(lineno) : this.inner.lineText(lineno) + '\n';
  }
}

/** The part of our Scanner the full-source check needs (absent from other token streams). */
interface BracketState {
  openBracketLine(): number;
  unclosedError(): PySyntaxError | null;
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: tokenize the rest of
 * the source. At the first error token, an exception the tokenizer raised
 * (its syntaxerror(), not the errors it only signals through tok->done)
 * replaces the parser's error; otherwise a bracket still open on a line
 * before the error's line is reported as never closed.
 */
function checkRestOfSource(p: Parser, stream: ParserStream, err: PySyntaxError): PySyntaxError {
  if (stream.tokError !== null) return err;
  const current = p.knownErrToken ?? p.tokens[p.tokens.length - 1];
  const currentLine = current !== undefined ? current.lineno : 0;
  try {
    for (;;) {
      const t = stream.inner.next();
      if (t.type === T.ENDMARKER) break;
    }
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // An exception set by the tokenizer wins at once (3.11.7 checks PyErr_Occurred() first).
      if (isTokenizerException(e)) return e;
      const inner = stream.inner as Partial<BracketState>;
      if (typeof inner.openBracketLine === 'function') {
        const line = inner.openBracketLine();
        if (line > 0 && currentLine > line) return inner.unclosedError!() ?? err;
      } else if (/^'[([{]' was never closed$/.test(e.msg)) {
        return currentLine > e.lineno ? e : err;
      }
      return err;
    }
    if (e instanceof RangeError) return err;
    throw e;
  }
  return err;
}

/**
 * _PyPegen_run_parser: the first pass of `rule`, then, when it fails, the
 * invalid_* pass and the choice of error (reportFailure), thrown.
 */
export function runParser<R>(p: Parser, stream: ParserStream, rule: (p: Parser) => R | null): R {
  let res: R | null = null;
  let firstError: PySyntaxError | null = null;
  try {
    res = rule(p);
  } catch (e) {
    firstError = asSyntaxError(p, e);
  }
  if (res === null) throw reportFailure(p, stream, firstError, rule);
  return res;
}

/** The error a failed first pass turns into (_PyPegen_run_parser after `res == NULL`). */
export function reportFailure(
  p: Parser,
  stream: ParserStream,
  firstError: PySyntaxError | null,
  run: (p: Parser) => unknown,
): PySyntaxError {
  let err = firstError;
  // An error raised in the first pass (p->error_indicator) leaves the second pass without effect.
  const lastToken = p.tokens[p.tokens.length - 1];
  if (err === null) {
    p.resetForErrorPass();
    try {
      run(p);
    } catch (e) {
      err = asSyntaxError(p, e);
    }
  }
  return setSyntaxError(p, stream, err, lastToken);
}

/** _Pypegen_set_syntax_error */
function setSyntaxError(p: Parser, stream: ParserStream, err: PySyntaxError | null, lastToken: Token | undefined): PySyntaxError {
  if (err !== null) {
    // Not a SyntaxError (PyErr_ExceptionMatches): passed on as it is.
    if (err.kind === 'MemoryError') return err;
    // Tokenizer errors are reported as they are; parser errors may be overridden by a tokenizer
    // error further on, unless the tokenizer is done (is_tok_ok: it has met an error or the end of
    // the input, as when the last token read ends the source with no newline).
    const inner = stream.inner as { hasReachedEof?: () => boolean };
    const tokDone = typeof inner.hasReachedEof === 'function' && inner.hasReachedEof();
    if (stream.tokError === null && !tokDone) return checkRestOfSource(p, stream, err);
    return err;
  }
  if (lastToken === undefined) return catchError(() => p.raiseSyntaxError('error at start before reading any input'));
  if (lastToken.type === T.INDENT || lastToken.type === T.DEDENT) {
    return errorAtLastToken(p, lastToken.type === T.INDENT ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
  }
  // The generic error is located at the last token of the FIRST pass.
  const generic = catchError(() => p.raiseErrorKnownLocation(lastToken, 'invalid syntax'));
  return checkRestOfSource(p, stream, generic);
}

/**
 * RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR (_PyPegen_raise_error): at the
 * last token read. CPython's INDENT token has no columns (col_offset -1), so
 * the column is the tokenizer's position, just past the indentation, and
 * there is no end.
 */
export function errorAtLastToken(p: Parser, msg: string, kind: 'SyntaxError' | 'IndentationError'): PySyntaxError {
  const t = p.tokens[p.tokens.length - 1];
  if (t !== undefined && t.type === T.INDENT) {
    const err = p.makeError(kind, msg, t.endLineno, t.endCol, t.endLineno, -1);
    err.offset = byteToCharOffset(p.stream.lineText(t.endLineno), t.endCol);
    return err;
  }
  return catchError(() => p.raiseSyntaxError(msg, kind));
}

function catchError(f: () => never): PySyntaxError {
  try {
    f();
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
}

/**
 * A PySyntaxError passes through. A host stack overflow (RangeError) becomes
 * what CPython gives for input nested too deeply for its parser (MAXSTACK):
 * a MemoryError (Parser.tooDeep). Our rules nest more host frames per level
 * than CPython's p->level counts, so the host stack may run out first.
 */
export function asSyntaxError(p: Parser, e: unknown): PySyntaxError {
  if (e instanceof PySyntaxError) return e;
  if (e instanceof RangeError) {
    try {
      p.tooDeep();
    } catch (e2) {
      if (e2 instanceof PySyntaxError) return e2;
    }
  }
  throw e;
}
