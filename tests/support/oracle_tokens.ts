/**
 * A parser token stream built from python3's own `tokenize` module, for
 * testing the parser independently of our tokenizer. It approximates
 * CPython's C tokenizer: COMMENT/NL dropped, OP tokens given their exact
 * type, `# type:` comments turned into TYPE_COMMENT when asked, columns
 * converted from code points to UTF-8 bytes.
 */
import { spawnSync } from 'child_process';
import { T } from '../../src/tokenizer/tokens';
import type { Token, TokenStream } from '../../src/tokenizer/token';
import { PySyntaxError, utf8Length } from '../../src/tokenizer/errors';

const SCRIPT = `
import sys, json, tokenize, io
src = sys.stdin.read()
out = []
try:
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        out.append([t.type, t.exact_type, t.string, t.start[0], t.start[1], t.end[0], t.end[1]])
except Exception as e:
    out.append(['error', str(e)])
print(json.dumps(out))
`;

function splitLines(src: string): string[] {
  return src.split(/\r\n|\r|\n/);
}

function byteCol(line: string, charCol: number): number {
  // Columns from tokenize are code-point indices.
  const cps = Array.from(line);
  return utf8Length(cps.slice(0, charCol).join(''));
}

export function oracleTokenStream(source: string, typeComments = false): TokenStream {
  const r = spawnSync(process.env.TYPHON_ORACLE ?? 'python3', ['-c', SCRIPT], { input: source, encoding: 'utf8' });
  if (r.status !== 0) throw new Error('python3 tokenize failed: ' + r.stderr);
  const raw = JSON.parse(r.stdout) as unknown[][];
  const lines = splitLines(source);
  const tokens: Token[] = [];
  let error: string | null = null;
  for (const t of raw) {
    if (t[0] === 'error') {
      error = String(t[1]);
      break;
    }
    const [type, exact, str, srow, scol, erow, ecol] = t as [number, number, string, number, number, number, number];
    if (type === T.NL) continue;
    let tt: number = type === T.OP ? exact : type;
    if (type === T.COMMENT) {
      if (!typeComments) continue;
      const m = /^#\s*type:\s*(.*)$/.exec(str);
      if (!m) continue;
      tt = T.TYPE_COMMENT;
      const tok: Token = {
        type: T.TYPE_COMMENT,
        string: m[1],
        lineno: srow,
        col: byteCol(lines[srow - 1] ?? '', scol),
        endLineno: erow,
        endCol: byteCol(lines[erow - 1] ?? '', ecol),
      };
      tokens.push(tok);
      continue;
    }
    if (type === T.ERRORTOKEN) {
      error = `invalid token ${JSON.stringify(str)} at ${srow}:${scol}`;
      break;
    }
    tokens.push({
      type: tt as T,
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
