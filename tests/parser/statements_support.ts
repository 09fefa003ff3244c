/**
 * Batch oracle for the parser tests: ONE python3 process tokenizes many
 * sources (approximating the C tokenizer's stream as tests/support/oracle_tokens.ts
 * does) and reports what ast.parse / compile give for each: the
 * ast.dump(include_attributes=True) or the SyntaxError's fields.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { T } from '../../src/tokenizer/tokens';
import type { Token, TokenStream } from '../../src/tokenizer/token';
import { PySyntaxError, utf8Length } from '../../src/tokenizer/errors';

export interface OracleCase {
  source: string;
  mode?: 'exec' | 'eval' | 'single' | 'func_type';
  typeComments?: boolean;
}

export interface OracleResult {
  tokens: [number, string, number, number, number, number][];
  tokError: string | null;
  dump: string | null;
  error: [string, string, number | null, number | null, number | null, number | null] | null;
}

const SCRIPT = String.raw`
import ast, io, json, sys, tokenize, re
cases = json.load(open(sys.argv[1]))
out = open(sys.argv[2], 'w')
TC = re.compile(r'^#\s*type:\s*(.*)$')
IGN = re.compile(r'^ignore(?![A-Za-z0-9_])(.*)$')
for src, mode, tc, fn in cases:
    if fn is not None:
        try:
            src = open(fn, encoding='utf-8').read()
        except Exception:
            out.write(json.dumps(None) + '\n'); continue
    lines = src.splitlines()
    def bcol(row, col):
        return len(lines[row - 1][:col].encode('utf-8', 'surrogatepass')) if 0 <= row - 1 < len(lines) else col
    toks = []
    tokerr = None
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            if t.type == tokenize.ENCODING:
                continue
            if t.type == tokenize.NL:
                # the C tokenizer ends a line holding only a type comment with NEWLINE
                if toks and toks[-1][0] in (57, 58) and toks[-1][2] == t.start[0] and (len(toks) < 2 or toks[-2][4] < t.start[0]):
                    toks.append([4, '', t.start[0], bcol(*t.start), t.end[0], bcol(*t.end)])
                continue
            if t.type == tokenize.COMMENT:
                if not tc:
                    continue
                m = TC.match(t.string)
                if not m:
                    continue
                body = m.group(1)
                m2 = IGN.match(body)
                typ = 57 if m2 else 58
                s = m2.group(1) if m2 else body
                toks.append([typ, s, t.start[0], bcol(*t.start), t.end[0], bcol(*t.end)])
                continue
            if t.type == tokenize.ERRORTOKEN:
                tokerr = 'error token %r' % t.string
                break
            typ = t.exact_type if t.type == tokenize.OP else t.type
            toks.append([typ, t.string, t.start[0], bcol(*t.start), t.end[0], bcol(*t.end)])
    except Exception as e:
        tokerr = str(e)
    dump = None
    err = None
    try:
        tree = ast.parse(src, mode=mode, type_comments=tc)
        dump = ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        err = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    except Exception as e:
        err = [type(e).__name__, str(e), None, None, None, None]
    out.write(json.dumps({'tokens': toks, 'tokError': tokerr, 'dump': dump, 'error': err}) + '\n')
out.close()
`;

/** Run the oracle on every case (or file name) in one python3 process. */
export function oracleBatch(cases: (OracleCase | { file: string; typeComments?: boolean })[]): (OracleResult | null)[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-stmt-'));
  const inp = path.join(dir, 'in.json');
  const outp = path.join(dir, 'out.jsonl');
  fs.writeFileSync(
    inp,
    JSON.stringify(
      cases.map((c) =>
        'file' in c ? ['', 'exec', c.typeComments ?? false, c.file] : [c.source, c.mode ?? 'exec', c.typeComments ?? false, null],
      ),
    ),
  );
  const r = spawnSync(process.env.TYPHON_ORACLE ?? 'python3', ['-c', SCRIPT, inp, outp], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
  });
  if (r.status !== 0) throw new Error('python3 failed: ' + r.stderr);
  const lines = fs.readFileSync(outp, 'utf8').split('\n');
  fs.rmSync(dir, { recursive: true, force: true });
  return cases.map((_, i) => JSON.parse(lines[i]) as OracleResult | null);
}

/** A parser token stream from the oracle's tokens. */
export function streamFrom(res: OracleResult, source: string): TokenStream {
  const lines = source.split(/\r\n|\r|\n/);
  const toks: Token[] = res.tokens.map(([type, string, lineno, col, endLineno, endCol]) => ({
    type: type as T,
    string,
    lineno,
    col,
    endLineno,
    endCol,
  }));
  let i = 0;
  return {
    next(): Token {
      if (i < toks.length) return toks[i++];
      if (res.tokError !== null || toks.length === 0) {
        throw new PySyntaxError('SyntaxError', res.tokError ?? 'no tokens', '<oracle>', 1, 1, null, 1, 1);
      }
      return toks[toks.length - 1];
    },
    lineText(lineno: number): string {
      return lines[lineno - 1] ?? '';
    },
  };
}

export { utf8Length };
