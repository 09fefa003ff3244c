/**
 * The parser's entry point: source (or a token stream) to an AST `mod`, as
 * CPython's _PyPegen_run_parser (Parser/pegen.c) does for ast.parse/compile.
 *
 *   parse(source, { mode: 'exec' | 'eval' | 'single' | 'func_type', ... })
 *
 * Failures throw a PySyntaxError (never a JS Error); which one is decided in
 * report.ts.
 */
import type { TokenStream } from '../tokenizer/token';
import { T } from '../tokenizer/tokens';
import { Module, TypeIgnore, type mod } from '../ast/nodes';
import { Parser, type ParseMode, type ParserOptions } from './parser';
import { eval_rule, file, func_type, interactive } from './statements';
import { ParserStream, runParser } from './report';
import { PySyntaxError } from '../tokenizer/errors';
import { NUL_IN_STRING } from '../tokenizer/source';
import { lazy } from '../util/lazy';
const lazy_index = lazy(() => require('../tokenizer/index') as typeof import('../tokenizer/index'));

export interface ParseOptions {
  filename?: string;
  mode?: ParseMode;
  typeComments?: boolean;
  /** ast.parse(feature_version=(3, N)): N; 11 by default. */
  featureVersion?: number;
  /** compile() with CO_FUTURE_BARRY_AS_BDFL: `<>` instead of `!=`. */
  barryAsFlufl?: boolean;
  /**
   * Where the text comes from: 'string' (the default: ast.parse/compile() of
   * a str, which rejects a NUL anywhere before tokenizing, with no location)
   * or 'file' (`python3 FILE`: the tokenizer reports "source code cannot
   * contain null bytes" at the NUL's line).
   */
  origin?: 'string' | 'file';
}

type TokenStreamFactory = (source: string, options: { filename: string; typeComments: boolean; execInput?: boolean }) => TokenStream;

let defaultFactory: TokenStreamFactory | null = null;

/** Replace the tokenizer used by parse() (tests inject python3's tokenize before ours exists). */
export function setTokenStreamFactory(f: TokenStreamFactory | null): void {
  defaultFactory = f;
}

function getFactory(): TokenStreamFactory {
  if (defaultFactory === null) {
    // Loaded lazily: the tokenizer is written in parallel with the parser.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = lazy_index() as { createTokenStream: TokenStreamFactory };
    defaultFactory = mod.createTokenStream;
  }
  return defaultFactory;
}

/** Parse Python source text into an AST, like ast.parse(source, filename, mode, type_comments=...). */
export function parse(source: string, options: ParseOptions = {}): mod {
  const filename = options.filename ?? '<unknown>';
  if (options.origin !== 'file' && source.indexOf('\0') >= 0) {
    throw new PySyntaxError('SyntaxError', NUL_IN_STRING, filename, 0, -1, null, 0, -1);
  }
  // As _PyPegen_run_parser_from_string: only 'exec' input gets a final newline added.
  const mode = options.mode ?? 'exec';
  const stream = getFactory()(source, { filename, typeComments: options.typeComments ?? false, execInput: mode === 'exec' });
  return parseTokens(stream, options);
}

function startRule(mode: ParseMode): (p: Parser) => mod | null {
  switch (mode) {
    case 'exec':
      return file;
    case 'eval':
      return eval_rule;
    case 'single':
      return interactive;
    case 'func_type':
      return func_type;
  }
}

/** Parse from a token stream (the tokenizer is a parameter). */
export function parseTokens(stream: TokenStream, options: ParseOptions = {}): mod {
  const opts: ParserOptions = {
    filename: options.filename ?? '<unknown>',
    mode: options.mode ?? 'exec',
    typeComments: options.typeComments ?? false,
    featureVersion: options.featureVersion ?? 11,
    barryAsFlufl: options.barryAsFlufl ?? false,
  };
  const ps = new ParserStream(stream, opts.mode === 'single');
  const p = new Parser(ps, opts);
  const res = runParser(p, ps, startRule(opts.mode));
  if (opts.mode === 'single') checkSingleStatement(p, ps);
  if (res instanceof Module && ps.typeIgnores.length > 0) {
    // _PyPegen_make_module: the `# type: ignore` comments seen while parsing
    return new Module(
      res.body,
      ps.typeIgnores.map(([lineno, tag]) => new TypeIgnore(lineno, tag)),
    );
  }
  return res;
}

/**
 * bad_single_statement (Parser/pegen.c): in 'single' mode nothing but blank
 * lines and comments may follow the statement, looking at the characters
 * after the tokenizer's cursor (tok->cur). Reported at the last token read
 * (RAISE_SYNTAX_ERROR).
 */
function checkSingleStatement(p: Parser, ps: ParserStream): void {
  const last = p.tokens[p.tokens.length - 1];
  const inner = ps.inner as { text?: string; cur?: number };
  let bad: boolean;
  if (typeof inner.text === 'string' && typeof inner.cur === 'number') {
    bad = badSingleStatement(inner.text, inner.cur);
  } else {
    let t;
    try {
      t = ps.inner.next();
      while (t.type === T.NEWLINE || t.type === T.DEDENT) t = ps.inner.next();
    } catch {
      t = null;
    }
    bad = t === null || t.type !== T.ENDMARKER;
  }
  if (bad) {
    throw p.makeError(
      'SyntaxError',
      'multiple statements found while compiling a single statement',
      last.lineno,
      last.col,
      last.endLineno,
      last.endCol,
    );
  }
}

function badSingleStatement(text: string, cur: number): boolean {
  const n = text.length;
  for (;;) {
    let c = cur < n ? text.charCodeAt(cur) : 0;
    while (c === 32 || c === 9 || c === 10 || c === 12) c = ++cur < n ? text.charCodeAt(cur) : 0;
    if (c === 0) return false;
    if (c !== 35) return true;
    while (c !== 0 && c !== 10) c = ++cur < n ? text.charCodeAt(cur) : 0;
  }
}
