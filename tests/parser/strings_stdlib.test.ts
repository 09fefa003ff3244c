// Every run of adjacent STRING tokens in python3's standard library (and Lib/test), parsed by our strings rule
// and compared with the Constant/JoinedStr node python3's ast gives it. Slow: runs only with TYPHON_STDLIB=1
// (TYPHON_STDLIB_LIMIT=N for the first N files).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { T } from '../../src/tokenizer/tokens';
import type { Token, TokenStream } from '../../src/tokenizer/token';
import { PySyntaxError } from '../../src/tokenizer/errors';
import { dump } from '../../src/ast/dump';
import { strings } from '../../src/parser/strings';
import { setFstringExpressionRule, setFstringTokenStreamFactory } from '../../src/parser/fstrings';
import { MissingTokens, TokenCache, miniExpr, newParser } from './strings_support';

const SCRIPT = String.raw`
import ast, glob, io, json, sys, tokenize
root = sys.argv[1]
limit = int(sys.argv[2])
files = sorted(f for f in glob.glob(root + '/**/*.py', recursive=True) if '/site-packages/' not in f)[:limit]
out = open(sys.argv[3], 'w')
for fn in files:
    try:
        src = open(fn, encoding='utf-8').read()
        tree = ast.parse(src)
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except Exception:
        continue
    lines = src.splitlines(keepends=False)
    def bcol(row, col):
        return len(lines[row - 1][:col].encode('utf-8', 'surrogatepass')) if row - 1 < len(lines) else col
    nodes = {}
    for n in ast.walk(tree):
        if isinstance(n, (ast.Constant, ast.JoinedStr)):
            nodes.setdefault((n.lineno, n.col_offset), n)
    runs = []
    cur = []
    for t in toks:
        if t.type == tokenize.STRING:
            cur.append([t.string, t.start[0], bcol(*t.start), t.end[0], bcol(*t.end)])
        elif t.type in (tokenize.NL, tokenize.COMMENT):
            continue
        else:
            if cur:
                n = nodes.get((cur[0][1], cur[0][2]))
                runs.append([cur, ast.dump(n, include_attributes=True) if n is not None else None])
            cur = []
    out.write(json.dumps([fn, lines, runs]) + '\n')
out.close()
`;

function unescape(s: string): string {
  return s.replace(/\\u([0-9a-f]{4})|\\U([0-9a-f]{8})/g, (_m, a: string | undefined, b: string | undefined) =>
    String.fromCodePoint(parseInt(a ?? b!, 16)),
  );
}

type Run = [[string, number, number, number, number][], string | null];

function runStream(run: Run[0], lines: string[]): TokenStream {
  const toks: Token[] = run.map(([s, l, c, el, ec]) => ({ type: T.STRING, string: s, lineno: l, col: c, endLineno: el, endCol: ec }));
  const last = toks[toks.length - 1];
  toks.push({ type: T.NEWLINE, string: '', lineno: last.endLineno, col: last.endCol, endLineno: last.endLineno, endCol: last.endCol });
  let i = 0;
  return { next: () => toks[Math.min(i++, toks.length - 1)], lineText: (n) => lines[n - 1] ?? '' };
}

test('string runs of the standard library match python3', { skip: !process.env.TYPHON_STDLIB }, () => {
  const root = '/root/.pyenv/versions/3.11.7/lib/python3.11';
  const limit = process.env.TYPHON_STDLIB_LIMIT ?? '100000';
  const tmp = path.join(os.tmpdir(), `typhon-strings-${process.pid}.jsonl`);
  const r = spawnSync('python3', ['-c', SCRIPT, root, limit, tmp], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  const cache = new TokenCache();
  setFstringTokenStreamFactory((source) => cache.stream(source));
  let usingMini = false;
  try {
    require('../../src/parser/expressions');
  } catch {
    usingMini = true;
    setFstringExpressionRule(miniExpr);
  }
  let total = 0;
  let same = 0;
  let skipped = 0;
  let surrogatePairs = 0;
  let reprOnly = 0;
  const failures: string[] = [];
  try {
    const fileLines = fs.readFileSync(tmp, 'utf8').split('\n').filter(Boolean);
    const all: [string, string[], Run][] = [];
    for (const line of fileLines) {
      const [fn, lines, runs] = JSON.parse(line) as [string, string[], Run[]];
      for (const run of runs) if (run[1] !== null) all.push([fn, lines, run]);
    }
    // Parse everything; runs whose f-string fields need tokens not fetched yet wait for the next batch.
    const got: string[] = new Array(all.length).fill('');
    let pending = all.map((_, i) => i);
    for (let round = 0; round < 10 && pending.length; round++) {
      const again: number[] = [];
      for (const i of pending) {
        const [, lines, [run]] = all[i];
        try {
          const node = strings(newParser(runStream(run, lines)));
          got[i] = node === null ? '<none>' : dump(node, { includeAttributes: true });
        } catch (e) {
          if (e instanceof MissingTokens) again.push(i);
          else if (e instanceof PySyntaxError) got[i] = `SyntaxError: ${e.msg}`;
          else throw e;
        }
      }
      cache.fillMisses();
      pending = again;
    }
    all.forEach(([fn, , [run, want]], i) => {
      total++;
      if (got[i] === want) same++;
      else if (usingMini && got[i].startsWith('SyntaxError: f-string')) skipped++;
      // A surrogate pair written as two escapes is two code points in Python but one in a JS string.
      else if (/\\ud[89ab][0-9a-f]{2}\\ud[c-f]/.test(want!)) surrogatePairs++;
      // str repr (src/objects/repr.ts) decides printability from JS's Unicode tables, not CPython's Unicode 14.
      else if (unescape(got[i]) === unescape(want!)) reprOnly++;
      else if (failures.length < 40) {
        failures.push(`${fn}:${run[0][1]}\n   got: ${got[i].slice(0, 600)}\n  want: ${want!.slice(0, 600)}`);
      }
    });
  } finally {
    fs.rmSync(tmp, { force: true });
    setFstringTokenStreamFactory(null);
    setFstringExpressionRule(null);
  }
  console.log(`string runs: ${total}, same: ${same}, skipped (mini grammar): ${skipped}, escaped surrogate pairs: ${surrogatePairs}, repr only: ${reprOnly}`);
  assert.equal(total - same - skipped - surrogatePairs - reprOnly, 0, failures.join('\n'));
});
