/**
 * Token parity sweep: every file of the stdlib and Lib/test through
 * python3's tokenize.tokenize (ONE python3 process for all files not yet in
 * the cache) against tokenize_module.ts; and the parser's stream
 * (createTokenStream) against the same tokens.
 *
 *   node dist/scripts/parity/tokens.js [--parser]
 *
 * python3's answers are cached in .cache/tokens/, one JSON file per source
 * keyed by path, mtime and size.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { libTestFiles, python3, stdlibFiles } from '../corpus';
import { tokenizeBytes, type TokenInfo } from '../../src/tokenizer/tokenize_module';
import { createTokenStream } from '../../src/tokenizer/index';
import { decodeSource } from '../../src/tokenizer/source';
import { PySyntaxError, byteToCharOffset } from '../../src/tokenizer/errors';
import { T } from '../../src/tokenizer/tokens';

const CACHE = path.join(__dirname, '..', '..', '..', '.cache', 'tokens');

/** [type, string, srow, scol, erow, ecol, line] */
type Row = [number, string, number, number, number, number, string];
interface Oracle {
  tokens: Row[];
  error: string | null;
  /** ast.parse accepts the file (when it does not, a tokenizer error of ours may be right). */
  compiles: boolean;
}

const DUMP = `
import sys, json, tokenize, ast
for spec in sys.stdin.read().split('\\0'):
    if not spec: continue
    src, dst = spec.split('\\1')
    out = []
    err = None
    try:
        with open(src, 'rb') as f:
            for t in tokenize.tokenize(f.readline):
                out.append([t.type, t.string, t.start[0], t.start[1], t.end[0], t.end[1], t.line])
    except Exception as e:
        err = type(e).__name__ + ': ' + str(e)
    try:
        with open(src, 'rb') as f:
            ast.parse(f.read())
        compiles = True
    except Exception:
        compiles = False
    with open(dst, 'w', encoding='utf-8', errors='surrogatepass') as f:
        json.dump({'tokens': out, 'error': err, 'compiles': compiles}, f)
`;

function cacheFile(file: string): string {
  const st = fs.statSync(file);
  const key = crypto.createHash('sha1').update(`${file}\0${st.mtimeMs}\0${st.size}`).digest('hex');
  return path.join(CACHE, key + '.json');
}

/** python3's tokens for every file, computing the missing ones in one process. */
export function oracleTokens(files: string[]): Map<string, Oracle> {
  fs.mkdirSync(CACHE, { recursive: true });
  const missing = files.filter((f) => !fs.existsSync(cacheFile(f)));
  if (missing.length > 0) {
    const input = missing.map((f) => `${f}\u0001${cacheFile(f)}`).join('\0');
    const r = spawnSync(python3(), ['-c', DUMP], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error('python3 tokenize dump failed: ' + r.stderr);
  }
  const out = new Map<string, Oracle>();
  for (const f of files) out.set(f, JSON.parse(fs.readFileSync(cacheFile(f), 'utf8')) as Oracle);
  return out;
}

function describe(t: TokenInfo | Row | undefined): string {
  if (t === undefined) return '(none)';
  if (Array.isArray(t)) return JSON.stringify(t.slice(0, 6));
  return JSON.stringify([t.type, t.string, t.start[0], t.start[1], t.end[0], t.end[1]]);
}

function compareFile(file: string, oracle: Oracle): string | null {
  const ours = tokenizeBytes(fs.readFileSync(file), file);
  const n = Math.max(ours.tokens.length, oracle.tokens.length);
  for (let i = 0; i < n; i++) {
    const a = ours.tokens[i];
    const b = oracle.tokens[i];
    if (a === undefined || b === undefined) {
      if (a === undefined && b === undefined) break;
      if (a === undefined && oracle.error === null) return `token ${i}: ours ended; python3 ${describe(b)}`;
      if (b === undefined && ours.error === null) return `token ${i}: python3 ended (${oracle.error}); ours ${describe(a)}`;
      continue;
    }
    if (a.type !== b[0] || a.string !== b[1] || a.start[0] !== b[2] || a.start[1] !== b[3] || a.end[0] !== b[4] || a.end[1] !== b[5] || a.line !== b[6]) {
      return `token ${i}: ours ${describe(a)} ${JSON.stringify(a.line).slice(0, 80)}\n        python3 ${describe(b)} ${JSON.stringify(b[6]).slice(0, 80)}`;
    }
  }
  const ourErr = ours.error === null ? null : `${ours.error.kind}: ${ours.error.msg}`;
  const theirErr = oracle.error === null ? null : oracle.error.replace(/ \(<tokenize>, line \d+\)$/, '');
  if ((ourErr === null) !== (theirErr === null)) return `error: ours ${ourErr}; python3 ${oracle.error}`;
  if (ours.tokens.length !== oracle.tokens.length) return `token count: ours ${ours.tokens.length}, python3 ${oracle.tokens.length}`;
  return null;
}

export interface ParityResult {
  total: number;
  identical: number;
  failures: { file: string; detail: string }[];
}

/** tokenize_module.ts against python3's tokenize, file by file. */
export async function tokenParity(files: string[]): Promise<ParityResult> {
  const oracle = oracleTokens(files);
  const failures: { file: string; detail: string }[] = [];
  for (const f of files) {
    let d: string | null;
    try {
      d = compareFile(f, oracle.get(f)!);
    } catch (e) {
      d = `internal error: ${String((e as Error).stack ?? e)}`;
    }
    if (d !== null) failures.push({ file: f, detail: d });
  }
  return { total: files.length, identical: files.length - failures.length, failures };
}

/**
 * The parser's stream against python3's tokenize with COMMENT/NL/ENCODING
 * dropped. Compared: the sequence of types, and (string, start, end) of
 * NAME/NUMBER/STRING/operator tokens. Where Parser/tokenizer.c legitimately
 * differs from tokenize.py these are not compared:
 *  - NEWLINE spans from a trailing comment's '#' (or the '\n') to the '\n',
 *    zero width otherwise; tokenize gives the newline character itself;
 *  - INDENT/DEDENT/ENDMARKER have no columns in C (col_offset -1): we give the
 *    cursor, tokenize gives its own convention (DEDENT at EOF on line N+1);
 *  - files python3's tokenize rejects, or whose C tokenization fails
 *    where ast.parse fails too, are compared up to the failure;
 *  - a name holding a character that tokenize.py's `\w` misses but PEP 3131
 *    allows (U+E0100, a variation selector, in test_unicode_identifiers.py)
 *    is one NAME to the C tokenizer and a NAME plus an ERRORTOKEN to tokenize.
 */
export async function parserTokenCheck(files: string[]): Promise<ParityResult> {
  const oracle = oracleTokens(files);
  const failures: { file: string; detail: string }[] = [];
  for (const f of files) {
    const o = oracle.get(f)!;
    let detail: string | null = null;
    try {
      const { text } = decodeSource(fs.readFileSync(f), f);
      const stream = createTokenStream(text, { filename: f });
      const theirs = o.tokens.filter((r) => r[0] !== T.COMMENT && r[0] !== T.NL && r[0] !== T.ENCODING);
      for (let i = 0; i < theirs.length && detail === null; i++) {
        let t;
        try {
          t = stream.next();
        } catch (e) {
          if (e instanceof PySyntaxError) {
            if (o.error === null && o.compiles) detail = `ours raised ${e.msg} at ${e.lineno}:${e.offset}`;
            break;
          }
          throw e;
        }
        const r = theirs[i];
        const type = r[0] === T.OP ? t.type : t.type; // operators: compare strings below
        const theirType = r[0];
        if (theirType === T.NAME && t.type === T.NAME && t.string !== r[1] && t.string.startsWith(r[1]) && /[^\p{L}\p{N}_]/u.test(t.string)) {
          // the \w difference above: skip tokenize's ERRORTOKENs for the rest of the name
          let rest = t.string.slice(r[1].length);
          while (rest.length > 0 && theirs[i + 1] !== undefined && theirs[i + 1][0] === T.ERRORTOKEN && rest.startsWith(theirs[i + 1][1])) {
            rest = rest.slice(theirs[i + 1][1].length);
            theirs.splice(i + 1, 1);
          }
          continue;
        }
        const same =
          theirType === T.OP
            ? t.type >= T.LPAR && t.type <= T.OP && t.string === r[1]
            : type === theirType || (theirType === T.ERRORTOKEN && t.type === T.OP);
        if (!same) {
          detail = `token ${i}: ours ${t.type} ${JSON.stringify(t.string)} ${t.lineno}:${t.col}; python3 ${describe(r)}`;
          break;
        }
        if (theirType === T.NAME || theirType === T.NUMBER || theirType === T.STRING || theirType === T.OP) {
          const sc = byteToCharOffset(stream.lineText(t.lineno), t.col);
          const ec = byteToCharOffset(stream.lineText(t.endLineno), t.endCol);
          if (t.string !== r[1] || t.lineno !== r[2] || sc !== r[3] || t.endLineno !== r[4] || ec !== r[5]) {
            detail = `token ${i}: ours ${JSON.stringify([t.type, t.string, t.lineno, sc, t.endLineno, ec])}; python3 ${describe(r)}`;
          }
        }
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) detail = `internal error: ${String((e as Error).stack ?? e)}`;
    }
    if (detail !== null) failures.push({ file: f, detail });
  }
  return { total: files.length, identical: files.length - failures.length, failures };
}

async function main(): Promise<void> {
  const parser = process.argv.includes('--parser');
  for (const [label, files] of [
    ['stdlib', stdlibFiles()],
    ['Lib/test', libTestFiles()],
  ] as const) {
    const t0 = Date.now();
    const r = await tokenParity(files);
    console.log(`tokens ${label}: ${r.identical}/${r.total} identical (${Date.now() - t0} ms)`);
    for (const f of r.failures.slice(0, 5)) console.log(`  ${f.file}\n    ${f.detail}`);
    if (parser) {
      const p = await parserTokenCheck(files);
      console.log(`parser stream ${label}: ${p.identical}/${p.total} consistent with tokenize`);
      for (const f of p.failures.slice(0, 5)) console.log(`  ${f.file}\n    ${f.detail}`);
    }
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
