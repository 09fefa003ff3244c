/**
 * Small helpers shared by the rules: token tests, node positions (CPython's
 * EXTRA), forced tokens, version checks, the identifier normalisation of
 * Parser/pegen.c, and the `elem*` and `','.elem+` loops.
 */
import { T } from '../tokenizer/tokens';
import type { Token } from '../tokenizer/token';
import { Name, singletons, type expr_context } from '../ast/nodes';
import type { Parser } from './parser';
import { byteToCharOffset } from '../tokenizer/errors';

/**
 * CPython's _PyPegen_new_identifier: identifiers are NFKC-normalised
 * (PEP 3131); ASCII names are returned as they are.
 */
export function identifier(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) return s.normalize('NFKC');
  }
  return s;
}

/** A Name node for a NAME token (CPython's _PyPegen_name_token), in context `ctx`. */
export function nameNode(t: Token, ctx: expr_context = singletons.Load): Name {
  return new Name(identifier(t.string), ctx, t.lineno, t.col, t.endLineno, t.endCol);
}

/** The ASYNC token: the C tokenizer's ASYNC type, or the NAME `async`. */
export function atAsync(p: Parser): boolean {
  const t = p.peek();
  return t.type === T.ASYNC || (t.type === T.NAME && t.string === 'async');
}

export function expectAsync(p: Parser): Token | null {
  return atAsync(p) ? p.next() : null;
}

/**
 * `&&tok` in the grammar (_PyPegen_expect_forced_token): the token must be
 * there, otherwise "expected 'tok'" at the current token, in either pass.
 */
export function expectForced(p: Parser, type: T, text: string): Token {
  const t = p.peek();
  if (t.type !== type) p.raiseErrorKnownLocation(t, `expected '${text}'`);
  p.pos++;
  return t;
}

/** CHECK_VERSION (INVALID_VERSION_CHECK in pegen.h): feature_version gates. */
export function checkVersion<N>(p: Parser, version: number, msg: string, node: N): N {
  if (p.options.featureVersion < version) {
    p.raiseSyntaxError(`${msg} only supported in Python 3.${version} and greater`);
  }
  return node;
}

/** A `# type:` comment's text as the AST stores it (NEW_TYPE_COMMENT). */
export function typeComment(tc: Token | null): string | null {
  return tc === null ? null : tc.string;
}

/**
 * RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from the start of `a` to the
 * tokenizer's current position (CURRENT_POS), i.e. the end of the last token
 * read, which CPython passes on without the +1 of other end columns.
 */
export function raiseStartingFrom(p: Parser, a: { lineno: number; col_offset: number }, msg: string): never {
  const last = p.tokens[p.tokens.length - 1];
  const err = p.makeError('SyntaxError', msg, a.lineno, a.col_offset, last.endLineno, last.endCol);
  err.endOffset = byteToCharOffset(p.stream.lineText(last.endLineno), last.endCol);
  throw err;
}

/**
 * `','.elem+` in the grammar (pegen's generated `_gather_N`: elem `_loop0_N`):
 * one or more `item`s separated by commas, a trailing comma left unread (the
 * `[',']` after a gather is its caller's); null, position unchanged, when
 * there is no first item. `item` is a rule function, never a closure.
 */
export function gather<X>(p: Parser, item: (p: Parser) => X | null): X[] | null {
  const first = item(p);
  return first === null ? null : gatherRest(p, first, item);
}

/** The `(',' elem)*` tail of `','.elem+` whose first elem, `first`, the caller has parsed. */
export function gatherRest<X>(p: Parser, first: X, item: (p: Parser) => X | null): X[] {
  const res = [first];
  for (;;) {
    const m = p.pos;
    if (p.expect(T.COMMA) === null) break;
    const c = item(p);
    if (c === null) {
      p.pos = m;
      break;
    }
    res.push(c);
  }
  return res;
}

/**
 * `elem*` in the grammar (pegen's generated `_loop0_N`): as many `item`s as
 * parse, possibly none. `item` is a rule function, never a closure.
 */
export function loop0<X>(p: Parser, item: (p: Parser) => X | null): X[] {
  const res: X[] = [];
  for (;;) {
    const a = item(p);
    if (a === null) return res;
    res.push(a);
  }
}
