/**
 * Test support for string literals: python3's tokenize run once over a batch
 * of sources (the parser's TokenStream built as tests/support/oracle_tokens.ts
 * does), and a minimal expression rule for f-string replacement fields so the
 * string code can be tested before src/parser/expressions.ts exists.
 */
import { T } from '../../src/tokenizer/tokens';
import type { Token, TokenStream } from '../../src/tokenizer/token';
import { PySyntaxError, utf8Length } from '../../src/tokenizer/errors';
import { runPythonJSON } from '../support/python';
import { KEYWORDS, Parser } from '../../src/parser/parser';
import { Attribute, BinOp, Name, Tuple, Constant, singletons, type expr } from '../../src/ast/nodes';
import { strings } from '../../src/parser/strings';
import { PyFloat } from '../../src/ast/constant';

const TOKENIZE = String.raw`
import sys, json, tokenize, io
out = []
for src in json.load(sys.stdin):
    toks = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            toks.append([t.type, t.exact_type, t.string, t.start[0], t.start[1], t.end[0], t.end[1]])
    except Exception as e:
        toks.append(['error', str(e)])
    out.append(toks)
print(json.dumps(out))
`;

type RawTok = [number, number, string, number, number, number, number] | ['error', string];

export class MissingTokens {
  constructor(readonly source: string) {}
}

/** Token lists of sources, filled in batches (one python3 run per batch). */
export class TokenCache {
  private readonly cache = new Map<string, RawTok[]>();
  readonly misses = new Set<string>();

  fill(sources: Iterable<string>): void {
    const todo = [...new Set(sources)].filter((s) => !this.cache.has(s));
    if (todo.length === 0) return;
    const res = runPythonJSON<RawTok[][]>(TOKENIZE, todo);
    todo.forEach((s, i) => this.cache.set(s, res[i]));
  }

  fillMisses(): boolean {
    if (this.misses.size === 0) return false;
    this.fill(this.misses);
    this.misses.clear();
    return true;
  }

  /** A stream over `source`; throws MissingTokens (and records it) when not tokenized yet. */
  stream(source: string): TokenStream {
    const raw = this.cache.get(source);
    if (raw === undefined) {
      this.misses.add(source);
      throw new MissingTokens(source);
    }
    return buildStream(source, raw);
  }
}

function buildStream(source: string, raw: RawTok[]): TokenStream {
  const lines = source.split(/\r\n|\r|\n/);
  const byteCol = (line: string, c: number) => utf8Length(Array.from(line).slice(0, c).join(''));
  const tokens: Token[] = [];
  let error: string | null = null;
  for (const t of raw) {
    if (t[0] === 'error') {
      error = String(t[1]);
      break;
    }
    const [type, exact, str, srow, scol, erow, ecol] = t as [number, number, string, number, number, number, number];
    if (type === T.NL || type === T.COMMENT) continue;
    if (type === T.ERRORTOKEN) {
      error = `invalid token ${JSON.stringify(str)}`;
      break;
    }
    tokens.push({
      type: (type === T.OP ? exact : type) as T,
      string: str,
      lineno: srow,
      col: byteCol(lines[srow - 1] ?? '', scol),
      endLineno: erow,
      endCol: byteCol(lines[erow - 1] ?? '', ecol),
    });
  }
  let i = 0;
  return {
    next(): Token {
      if (i < tokens.length) return tokens[i++];
      if (error !== null) throw new PySyntaxError('SyntaxError', error, '<oracle>', 1, 1, null, 1, 1);
      return tokens[tokens.length - 1];
    },
    lineText(lineno: number): string {
      return lines[lineno - 1] ?? '';
    },
  };
}

export function newParser(stream: TokenStream): Parser {
  return new Parser(stream, { filename: 'f', mode: 'exec', typeComments: false, featureVersion: 11 });
}

// ---- a tiny expression grammar, enough for replacement fields in tests -----
//   expr: term (('+' | ',') term)*    (a ',' makes a Tuple)
//   term: atom ('.' NAME)*
//   atom: NAME | NUMBER | strings | '(' expr ')'

function atom(p: Parser): expr | null {
  const tok = p.peek();
  const k = tok.string;
  if (tok.type === T.NAME && (!KEYWORDS.has(k) || k === 'True' || k === 'False' || k === 'None')) {
    p.next();
    if (k === 'True' || k === 'False' || k === 'None') {
      const v = k === 'None' ? null : k === 'True';
      return new Constant(v, null, tok.lineno, tok.col, tok.endLineno, tok.endCol);
    }
    return new Name(tok.string, singletons.Load, tok.lineno, tok.col, tok.endLineno, tok.endCol);
  }
  if (tok.type === T.NUMBER && !/[jJ]$/.test(tok.string)) {
    p.next();
    const v = /^[0-9_]+$/.test(tok.string) ? Number(tok.string.replace(/_/g, '')) : new PyFloat(Number(tok.string));
    return new Constant(v, null, tok.lineno, tok.col, tok.endLineno, tok.endCol);
  }
  if (tok.type === T.STRING) return strings(p);
  if (tok.type === T.LPAR) {
    const m = p.mark();
    p.next();
    const e = miniExpr(p);
    const bare = bareTuple;
    if (e !== null && p.expect(T.RPAR)) {
      if (bare && e instanceof Tuple) {
        const last = p.lastToken();
        return new Tuple(e.elts, e.ctx, tok.lineno, tok.col, last.endLineno, last.endCol);
      }
      return e;
    }
    p.reset(m);
  }
  return null;
}

function term(p: Parser): expr | null {
  let e = atom(p);
  if (e === null) return null;
  while (p.at(T.DOT)) {
    const m = p.mark();
    p.next();
    const n = p.name();
    if (n === null) {
      p.reset(m);
      break;
    }
    e = new Attribute(e, n.string, singletons.Load, e.lineno, e.col_offset, n.endLineno, n.endCol);
  }
  return e;
}

/** Whether the last miniExpr result was a tuple made by its own commas (not one in parentheses). */
let bareTuple = false;

export function miniExpr(p: Parser): expr | null {
  bareTuple = false;
  let e = term(p);
  if (e === null) return null;
  const elts: expr[] = [e];
  let tuple = false;
  for (;;) {
    if (p.at(T.PLUS)) {
      const m = p.mark();
      p.next();
      const r = term(p);
      if (r === null) {
        p.reset(m);
        break;
      }
      const l = elts[elts.length - 1];
      elts[elts.length - 1] = new BinOp(l, singletons.Add, r, l.lineno, l.col_offset, r.end_lineno, r.end_col_offset);
    } else if (p.at(T.COMMA)) {
      p.next();
      tuple = true;
      const r = term(p);
      if (r === null) break;
      elts.push(r);
    } else break;
  }
  bareTuple = tuple;
  if (!tuple) return elts[0];
  e = elts[0];
  const last = p.lastToken();
  return new Tuple(elts, singletons.Load, e.lineno, e.col_offset, last.endLineno, last.endCol);
}

