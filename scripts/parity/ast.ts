/**
 * AST parity: for every file of a corpus, our `dump(parse(src),
 * includeAttributes)` against python3's `ast.dump(ast.parse(src),
 * include_attributes=True)`. Files python3 rejects must get the same
 * SyntaxError (class, message, line, offset). python3's answers are reduced
 * to a hash per file and cached under .cache/, so a rerun costs only our side.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { python3 } from '../corpus';
import { decodeSource } from '../../src/tokenizer/source';
import { parse } from '../../src/parser/index';
import { dump } from '../../src/ast/dump';
import { PySyntaxError } from '../../src/tokenizer/errors';

export interface OracleResult {
  /** sha1 of the dump, or null when python3 raised. */
  hash: string | null;
  /** "Class: msg (line, offset)" when python3 raised. */
  error: string | null;
}

const ORACLE = String.raw`
import ast, hashlib, json, sys
type_comments = sys.argv[1] == '1'
for line in sys.stdin:
    path = json.loads(line)
    try:
        with open(path, 'rb') as f:
            src = f.read()
        tree = ast.parse(src, path, type_comments=type_comments)
        d = ast.dump(tree, include_attributes=True)
        print(json.dumps([path, hashlib.sha1(d.encode('utf-8', 'surrogatepass')).hexdigest(), None]))
    except SyntaxError as e:
        print(json.dumps([path, None, '%s: %s (%s, %s)' % (type(e).__name__, e.msg, e.lineno, e.offset)]))
    except Exception as e:
        print(json.dumps([path, None, '%s: %s' % (type(e).__name__, e)]))
    sys.stdout.flush()
`;

function cacheKey(file: string): string {
  const st = fs.statSync(file);
  return `${file}|${st.size}|${st.mtimeMs}`;
}

/** python3's verdict for each file, computed in one process and cached. */
export function oracleAst(files: string[], typeComments: boolean): Map<string, OracleResult> {
  const cacheFile = path.join('.cache', `oracle-ast-${typeComments ? 'tc' : 'plain'}.json`);
  let cache: Record<string, OracleResult> = {};
  try {
    cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  } catch {
    cache = {};
  }
  const missing = files.filter((f) => !(cacheKey(f) in cache));
  if (missing.length) {
    const r = spawnSync(python3(), ['-c', ORACLE, typeComments ? '1' : '0'], {
      input: missing.map((f) => JSON.stringify(f)).join('\n') + '\n',
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (r.status !== 0) throw new Error('oracle failed: ' + r.stderr);
    for (const line of r.stdout.split('\n')) {
      if (!line) continue;
      const [file, hash, error] = JSON.parse(line) as [string, string | null, string | null];
      cache[cacheKey(file)] = { hash, error };
    }
    fs.mkdirSync('.cache', { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
  }
  const out = new Map<string, OracleResult>();
  for (const f of files) out.set(f, cache[cacheKey(f)]);
  return out;
}

/** Our verdict for one file, in the oracle's terms. */
export function ourAst(file: string, typeComments: boolean): OracleResult & { dump?: string } {
  try {
    const bytes = fs.readFileSync(file);
    const { text } = decodeSource(bytes, file);
    const tree = parse(text, { filename: file, mode: 'exec', typeComments });
    const d = dump(tree, { includeAttributes: true });
    return { hash: createHash('sha1').update(d, 'utf8').digest('hex'), error: null, dump: d };
  } catch (e) {
    if (e instanceof PySyntaxError) return { hash: null, error: `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset})` };
    const err = e as { name?: string; message?: string; stack?: string };
    return { hash: null, error: `JS ${err?.name}: ${err?.message}` };
  }
}

export interface ParityResult {
  total: number;
  identical: number;
  failures: { file: string; expected: string; got: string }[];
  seconds: number;
}

export function astParity(files: string[], typeComments = false): ParityResult {
  const oracle = oracleAst(files, typeComments);
  const failures: ParityResult['failures'] = [];
  let identical = 0;
  const t0 = process.hrtime.bigint();
  for (const f of files) {
    const want = oracle.get(f)!;
    const got = ourAst(f, typeComments);
    if (want.hash === got.hash && want.error === got.error) identical++;
    else
      failures.push({
        file: f,
        expected: want.error ?? 'ok ' + want.hash,
        got: got.error ?? 'ok ' + got.hash,
      });
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { total: files.length, identical, failures, seconds };
}

/** python3's dump of one file, for showing where a mismatch starts. */
export function oracleDump(file: string, typeComments: boolean): string {
  const r = spawnSync(
    python3(),
    ['-c', 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],"rb").read(), type_comments=sys.argv[2]=="1"), include_attributes=True), end="")', file, typeComments ? '1' : '0'],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  return r.stdout;
}

export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 120);
  return `expected: …${a.slice(from, i + 80)}\n     got: …${b.slice(from, i + 80)}`;
}
