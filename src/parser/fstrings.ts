/**
 * f-strings as CPython 3.11 parses them (before PEP 701): the body of an
 * f-string token is split into literal parts and replacement fields by hand
 * (Parser/string_parser.c: fstring_find_literal, fstring_find_expr,
 * _PyPegen_FstringParser_ConcatFstring, ..._Finish); each expression is
 * parsed by a sub-parser over "(" + text + ")" with the `fstring` start rule
 * (fstring_compile_expr), its tokens moved to where the expression sits in the
 * file (fstring_find_expr_location and pegen's starting_lineno/col_offset).
 *
 * Positions follow 3.11 exactly: every Constant, FormattedValue and the
 * JoinedStr get the span of the whole run of STRING tokens, except that a
 * format spec's JoinedStr and its last Constant get the span of the token
 * they are in.
 */
import { Constant, FormattedValue, JoinedStr, type expr } from '../ast/nodes';
import type { Token, TokenStream } from '../tokenizer/token';
import { PySyntaxError, utf8Length, type SyntaxErrorKind } from '../tokenizer/errors';
import { Parser } from './parser';
import { decodeUnicodeEscapes, warnInvalidEscape } from './string_escapes';
import { ParserStream, runParser } from './report';
import { lazy } from '../util/lazy';
const lazy_index = lazy(() => require('../tokenizer/index') as typeof import('../tokenizer/index'));
const lazy_expressions = lazy(() => require('./expressions') as typeof import('./expressions'));

/** MAXLEVEL of Parser/tokenizer.h: nesting of brackets inside one replacement field. */
const MAXLEVEL = 200;

// ---- pluggable pieces: the sub-parser's tokenizer and start rule ------------

export type TokenStreamFactory = (source: string, filename: string) => TokenStream;
export type ExpressionRule = (p: Parser) => expr | null;

let tokenStreamFactory: TokenStreamFactory | null = null;
let expressionRule: ExpressionRule | null = null;

/** Use `f` to tokenize f-string expressions (tests inject python3's tokenize before our tokenizer exists). */
export function setFstringTokenStreamFactory(f: TokenStreamFactory | null): void {
  tokenStreamFactory = f;
}

/** Use `rule` as the `fstring` start rule (default: star_expressions from ./expressions). */
export function setFstringExpressionRule(rule: ExpressionRule | null): void {
  expressionRule = rule;
}

function getTokenStreamFactory(): TokenStreamFactory {
  if (tokenStreamFactory === null) {
    // Loaded lazily: the tokenizer and this module are written in parallel.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = lazy_index() as {
      createTokenStream(source: string, options: { filename: string; typeComments: boolean }): TokenStream;
    };
    tokenStreamFactory = (source, filename) => mod.createTokenStream(source, { filename, typeComments: false });
  }
  return tokenStreamFactory;
}

function getExpressionRule(): ExpressionRule {
  if (expressionRule === null) {
    // fstring[expr_ty]: star_expressions
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = lazy_expressions() as { star_expressions: ExpressionRule };
    expressionRule = mod.star_expressions;
  }
  return expressionRule;
}

// ---- the state of one run of adjacent STRING tokens (FstringParser) ---------

export class FstringState {
  /** Literal text not yet turned into a Constant (null: none; never ''). */
  lastStr: string | null = null;
  /** Whether any f-string took part (the result is then a JoinedStr). */
  fmode = false;
  readonly values: expr[] = [];
}

// _PyPegen_FstringParser_ConcatAndDel
export function concatStr(state: FstringState, s: string): void {
  if (s.length === 0) return;
  state.lastStr = state.lastStr === null ? s : state.lastStr + s;
}

// make_str_node_and_del
function makeStrNode(state: FstringState, first: Token, last: Token): Constant {
  const s = state.lastStr ?? '';
  state.lastStr = null;
  const kind = first.string.charCodeAt(0) === 0x75 /* u */ ? 'u' : null;
  return new Constant(s, kind, first.lineno, first.col, last.endLineno, last.endCol);
}

// _PyPegen_FstringParser_Finish
export function finishFstring(state: FstringState, first: Token, last: Token): Constant | JoinedStr {
  if (!state.fmode) return makeStrNode(state, first, last);
  if (state.lastStr !== null) state.values.push(makeStrNode(state, first, last));
  return new JoinedStr(state.values, first.lineno, first.col, last.endLineno, last.endCol);
}

/** One f-string token being scanned: its text, the cursor and the tokens that give node positions. */
class Scan {
  pos: number;
  /** Outputs of findLiteral / findExpr. */
  literal: string | null = null;
  exprText: string | null = null;
  expression: FormattedValue | null = null;

  constructor(
    readonly p: Parser,
    readonly text: string,
    start: number,
    readonly end: number,
    readonly raw: boolean,
    readonly first: Token,
    readonly t: Token,
    readonly last: Token,
  ) {
    this.pos = start;
  }
}

/** _PyPegen_FstringParser_ConcatFstring for the body text[start:end) of token t. */
export function concatFstring(
  p: Parser,
  state: FstringState,
  text: string,
  start: number,
  end: number,
  raw: boolean,
  first: Token,
  t: Token,
  last: Token,
): void {
  const sc = new Scan(p, text, start, end, raw, first, t, last);
  concatFstringLevel(sc, state, 0);
}

function concatFstringLevel(sc: Scan, state: FstringState, recurseLvl: number): void {
  const p = sc.p;
  state.fmode = true;
  for (;;) {
    const result = findLiteralAndExpr(sc, recurseLvl);
    if (sc.literal !== null) concatStr(state, sc.literal);
    if (sc.exprText !== null) concatStr(state, sc.exprText);
    if (result === 1) continue;
    const expression = sc.expression;
    if (expression === null) break;
    if (state.lastStr !== null) state.values.push(makeStrNode(state, sc.first, sc.last));
    state.values.push(expression);
  }
  if (recurseLvl === 0 && sc.pos < sc.end - 1) p.raiseSyntaxError('f-string: unexpected end of string');
  if (recurseLvl !== 0 && sc.text.charCodeAt(sc.pos) !== 0x7d) p.raiseSyntaxError("f-string: expecting '}'");
}

// fstring_parse: a nested format spec, up to its closing '}'
function fstringParse(sc: Scan, recurseLvl: number): JoinedStr | Constant {
  const state = new FstringState();
  concatFstringLevel(sc, state, recurseLvl);
  return finishFstring(state, sc.t, sc.t);
}

// fstring_find_literal_and_expr: 1 = literal only (doubled brace), 0 = literal and maybe an expression
function findLiteralAndExpr(sc: Scan, recurseLvl: number): number {
  sc.literal = null;
  sc.exprText = null;
  sc.expression = null;
  const result = findLiteral(sc, recurseLvl);
  if (result === 1) return 1;
  if (sc.pos >= sc.end || sc.text.charCodeAt(sc.pos) === 0x7d) return 0;
  // A format spec inside the expression reuses sc's outputs: keep this level's literal.
  const literal = sc.literal;
  findExpr(sc, recurseLvl);
  sc.literal = literal;
  return 0;
}

// fstring_find_literal
function findLiteral(sc: Scan, recurseLvl: number): number {
  const text = sc.text;
  const end = sc.end;
  let s = sc.pos;
  const literalStart = s;
  let result = 0;
  let stop = -1;
  while (s < end) {
    let ch = text.charCodeAt(s++);
    if (!sc.raw && ch === 0x5c && s < end) {
      ch = text.charCodeAt(s++);
      if (ch === 0x4e /* N */) {
        // Skip \N{...} so its brace does not start an expression.
        if (s < end && text.charCodeAt(s++) === 0x7b) {
          while (s < end && text.charCodeAt(s++) !== 0x7d) {
            /* skip */
          }
          continue;
        }
        continue;
      }
      if (ch === 0x7b) warnInvalidEscape(sc.p, sc.t, '{');
    }
    if (ch === 0x7b || ch === 0x7d) {
      if (recurseLvl === 0) {
        if (s < end && text.charCodeAt(s) === ch) {
          // Doubled brace: the literal ends after the first one; resume after the second.
          stop = s;
          sc.pos = s + 1;
          result = 1;
          break;
        }
        if (ch === 0x7d) {
          sc.pos = s - 1;
          sc.p.raiseSyntaxError("f-string: single '}' is not allowed");
        }
      }
      s--;
      break;
    }
  }
  if (stop < 0) {
    stop = s;
    sc.pos = s;
  }
  if (literalStart !== stop) {
    sc.literal = sc.raw ? text.slice(literalStart, stop) : decodeUnicodeEscapes(sc.p, text, literalStart, stop, sc.t);
  }
  return result;
}

function isPySpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

// fstring_find_expr: sc.pos is at a '{'
function findExpr(sc: Scan, recurseLvl: number): void {
  const p = sc.p;
  const text = sc.text;
  const end = sc.end;
  if (recurseLvl >= 2) p.raiseSyntaxError('f-string: expressions nested too deeply');
  let s = sc.pos + 1;
  const exprStart = s;
  let quoteChar = 0;
  let stringType = 0;
  const parenStack: number[] = [];
  for (; s < end; s++) {
    const ch = text.charCodeAt(s);
    if (ch === 0x5c) p.raiseSyntaxError('f-string expression part cannot include a backslash');
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (s + 2 < end && text.charCodeAt(s + 1) === ch && text.charCodeAt(s + 2) === ch) {
            s += 2;
            stringType = 0;
            quoteChar = 0;
            continue;
          }
        } else {
          stringType = 0;
          quoteChar = 0;
          continue;
        }
      }
    } else if (ch === 0x27 || ch === 0x22) {
      if (s + 2 < end && text.charCodeAt(s + 1) === ch && text.charCodeAt(s + 2) === ch) {
        stringType = 3;
        s += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch === 0x5b || ch === 0x7b || ch === 0x28) {
      if (parenStack.length >= MAXLEVEL) p.raiseSyntaxError('f-string: too many nested parenthesis');
      parenStack.push(ch);
    } else if (ch === 0x23) {
      p.raiseSyntaxError("f-string expression part cannot include '#'");
    } else if (
      parenStack.length === 0 &&
      (ch === 0x21 || ch === 0x3a || ch === 0x7d || ch === 0x3d || ch === 0x3e || ch === 0x3c)
    ) {
      // ! : } = > < end the expression, except in != == <= >=
      if (s + 1 < end && text.charCodeAt(s + 1) === 0x3d && ch !== 0x3a && ch !== 0x7d) {
        s++;
        continue;
      }
      if (ch === 0x3e || ch === 0x3c) continue;
      break;
    } else if (ch === 0x5d || ch === 0x7d || ch === 0x29) {
      if (parenStack.length === 0) p.raiseSyntaxError(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      const opening = parenStack.pop()!;
      if (!((opening === 0x28 && ch === 0x29) || (opening === 0x5b && ch === 0x5d) || (opening === 0x7b && ch === 0x7d))) {
        p.raiseSyntaxError(
          `f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`,
        );
      }
    }
  }
  const exprEnd = s;
  if (quoteChar) p.raiseSyntaxError('f-string: unterminated string');
  if (parenStack.length) {
    p.raiseSyntaxError(`f-string: unmatched '${String.fromCharCode(parenStack[parenStack.length - 1])}'`);
  }
  if (s >= end) p.raiseSyntaxError("f-string: expecting '}'");

  // Compile the expression first, so its errors come before those of the conversion or format spec.
  const simpleExpression = compileExpr(sc, exprStart, exprEnd);

  let exprText: string | null = null;
  if (text.charCodeAt(s) === 0x3d) {
    if (p.options.featureVersion < 8) {
      p.raiseSyntaxError('f-string: self documenting expressions are only supported in Python 3.8 and greater');
    }
    s++;
    while (isPySpace(text.charCodeAt(s))) s++;
    if (s >= end) p.raiseSyntaxError("f-string: expecting '}'");
    exprText = text.slice(exprStart, s);
  }

  let conversion = -1;
  if (text.charCodeAt(s) === 0x21) {
    s++;
    if (s >= end) p.raiseSyntaxError("f-string: expecting '}'");
    conversion = text.charCodeAt(s);
    s++;
    if (!(conversion === 0x73 || conversion === 0x72 || conversion === 0x61)) {
      p.raiseSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }

  let formatSpec: expr | null = null;
  if (s < end && text.charCodeAt(s) === 0x3a) {
    s++;
    if (s >= end) p.raiseSyntaxError("f-string: expecting '}'");
    sc.pos = s;
    formatSpec = fstringParse(sc, recurseLvl + 1);
    s = sc.pos;
  }
  if (s >= end || text.charCodeAt(s) !== 0x7d) p.raiseSyntaxError("f-string: expecting '}'");
  s++;
  sc.pos = s;

  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 0x72; // 'r'
  sc.exprText = exprText;
  sc.expression = new FormattedValue(
    simpleExpression,
    conversion,
    formatSpec,
    sc.first.lineno,
    sc.first.col,
    sc.last.endLineno,
    sc.last.endCol,
  );
}

// fstring_compile_expr: parse text[exprStart:exprEnd) as "(" + it + ")"
function compileExpr(sc: Scan, exprStart: number, exprEnd: number): expr {
  const p = sc.p;
  const text = sc.text;
  let s = exprStart;
  for (; s < exprEnd; s++) {
    const c = text.charCodeAt(s);
    if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c)) break;
  }
  if (s === exprEnd) {
    const c = text.charCodeAt(exprEnd);
    if (c === 0x21 || c === 0x3a || c === 0x3d) {
      p.raiseSyntaxError(`f-string: expression required before '${String.fromCharCode(c)}'`);
    }
    p.raiseSyntaxError('f-string: empty expression not allowed');
  }

  // fstring_find_expr_location: lines before the '{' in the token, and the
  // column shift for tokens on the expression's first line.
  const t = sc.t;
  const brace = exprStart - 1;
  let newlineAfterBrace = true;
  for (let k = brace + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x7d || c === 0x0a) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    let k = brace;
    while (k > 0 && text.charCodeAt(k) !== 0x0a) k--;
    cols = utf8Length(text.slice(k, brace));
    if (text.charCodeAt(k) === 0x0a) cols -= 1;
  }
  let lines = 0;
  for (let k = 0; k < brace; k++) if (text.charCodeAt(k) === 0x0a) lines++;

  const source = '(' + text.slice(exprStart, exprEnd) + ')';
  const lineDelta = t.lineno + lines - 1;
  const startingColOffset = lines !== 0 ? cols : t.col + cols;
  const inner = getTokenStreamFactory()(source, p.options.filename);
  const ps = new ParserStream(new ShiftedStream(inner, source, lineDelta, startingColOffset), false);
  const p2 = new FstringExprParser(ps, p.options, startingColOffset);
  return runParser(p2, ps, getExpressionRule());
}

/** The sub-parser's tokens, moved to the file position of the expression (pegen.c initialize_token). */
class ShiftedStream implements TokenStream {
  private readonly lines: string[];
  constructor(
    private readonly inner: TokenStream,
    source: string,
    private readonly lineDelta: number,
    private readonly colShift: number,
  ) {
    this.lines = source.split('\n');
  }

  next(): Token {
    let tok: Token;
    try {
      tok = this.inner.next();
    } catch (e) {
      // Errors raised by the tokenizer itself keep their message and column (tokenizer.c syntaxerror()).
      if (e instanceof PySyntaxError) {
        e.lineno += this.lineDelta;
        if (e.endLineno > 0) e.endLineno += this.lineDelta;
      }
      throw e;
    }
    // CPython shifts both columns when the tokenizer's current line (the token's last line) is the first one.
    const shift = tok.endLineno === 1 ? this.colShift : 0;
    return {
      type: tok.type,
      string: tok.string,
      lineno: tok.lineno + this.lineDelta,
      col: tok.col + shift,
      endLineno: tok.endLineno + this.lineDelta,
      endCol: tok.endCol + shift,
    };
  }

  lineText(lineno: number): string {
    return this.lines[lineno - this.lineDelta - 1] ?? '';
  }
}

/** A parser for one f-string expression: its errors say "f-string: ..." at columns of the "(expr)" text. */
class FstringExprParser extends Parser {
  constructor(
    stream: TokenStream,
    options: Parser['options'],
    private readonly startingColOffset: number,
  ) {
    super(stream, options);
  }

  /**
   * _PyPegen_raise_error_known_location for Py_fstring_input: the message gets
   * "f-string: ", the columns lose starting_col_offset (so they can be negative
   * for a field whose later line holds the error), and they stay UTF-8 byte
   * offsets because the sub-tokenizer has no encoding.
   */
  override makeError(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number,
  ): PySyntaxError {
    const off = this.startingColOffset;
    const text = this.stream.lineText(lineno) + '\n';
    const endOffset = (endCol >= 0 ? endCol + 1 : -1) - off;
    return new PySyntaxError(kind, 'f-string: ' + msg, this.options.filename, lineno, col + 1 - off, text, endLineno, endOffset);
  }
}
