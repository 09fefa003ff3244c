/**
 * SyntaxError parity: every snippet of tests/data/syntax_errors/corpus.json
 * (snippets python3 rejects, with python3's recorded exception) is parsed by
 * our parser, and the exception compared: class and msg ("message"),
 * lineno/offset/end_lineno/end_offset ("position").
 *
 * Only stage-'parse' cases count (ast.parse rejects them); stage-'compile'
 * cases wait for the back end. Cases whose source is bytes (non-UTF-8 text,
 * coding cookies) go through src/tokenizer/source.ts's decodeSource first
 * (compile(bytes)'s decoding), or are skipped if it does not exist.
 *
 * Our tokenizer (src/tokenizer/index.ts) is used when it exists; otherwise a
 * stand-in built from python3's tokenize module (one python3 run for the whole
 * corpus), which cannot reproduce the C tokenizer's errors: the figures are
 * then marked "oracle tokens".
 *
 * Standalone: node dist/scripts/parity/syntax_errors.js [--all] [--update-known] [--mode=M] [--origin=S]
 *   --all           list every failure (default: the grouped summary and 3 examples per group)
 *   --update-known  rewrite tests/data/syntax_errors/known_failures.json from this run
 *   --json=FILE     write the full result as JSON
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { PySyntaxError, utf8Length } from '../../src/tokenizer/errors';
import type { Token, TokenStream } from '../../src/tokenizer/token';
import { T } from '../../src/tokenizer/tokens';

export type Mode = 'exec' | 'eval' | 'single';

/** python3's SyntaxError, as recorded by tools/gen_syntax_corpus.py. */
export interface Expected {
  kind: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

export interface Case {
  id: string;
  source: string;
  bytes?: boolean;
  mode: Mode;
  stage: 'parse' | 'compile';
  origin: string;
  expected: Expected;
}

/** What our parser did: a SyntaxError (same shape), no error at all, or a JS exception. */
export type Got = Expected | { kind: 'no error' } | { kind: 'JS exception'; msg: string };

export interface Failure {
  id: string;
  mode: Mode;
  origin: string;
  src: string;
  expected: Expected;
  got: Got;
  sameMessage: boolean;
  samePosition: boolean;
}

export interface ParityResult {
  total: number;
  sameMessage: number;
  samePosition: number;
  both: number;
  failures: Failure[];
  /** Cases not run: bytes sources when there is no decodeSource. */
  skipped: number;
  /** 'ours' or 'oracle' (python3's tokenize stand-in). */
  tokenizer: 'ours' | 'oracle';
  /** The same figures for the cases taken from Lib/test ('suite') and the hand-written ones ('own'). */
  byOrigin: Record<'suite' | 'own', { total: number; both: number }>;
}

const ROOT = findRoot();
export const CORPUS_PATH = path.join(ROOT, 'tests', 'data', 'syntax_errors', 'corpus.json');
export const KNOWN_PATH = path.join(ROOT, 'tests', 'data', 'syntax_errors', 'known_failures.json');

/** The repository root (this file runs from dist/scripts/parity or, through ts tools, scripts/parity). */
function findRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export function loadCorpus(): { parse: Case[]; compile: Case[] } {
  const doc = JSON.parse(fs.readFileSync(CORPUS_PATH, 'utf8')) as { parse: Case[]; compile: Case[] };
  return { parse: doc.parse, compile: doc.compile };
}

// ---- the parser under test ---------------------------------------------------

type ParseFn = (source: string, options: { filename: string; mode: Mode }) => unknown;

interface ParserHandle {
  parse: ParseFn;
  setTokenStreamFactory: (f: ((s: string, o: { filename: string; typeComments: boolean }) => TokenStream) | null) => void;
}

function loadParser(): ParserHandle {
  // Required lazily so that this module loads (and the display tests run) whatever state src/parser is in.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('../../src/parser/index') as ParserHandle;
}

/** Whether src/tokenizer/index exists (compiled next to this file's dist tree). */
export function haveOwnTokenizer(): boolean {
  try {
    require.resolve('../../src/tokenizer/index');
    return true;
  } catch {
    return false;
  }
}

type DecodeFn = (bytes: Uint8Array, filename: string) => { text: string };

/** src/tokenizer/source.ts's decodeSource (compile(bytes)'s decoding), if it exists. */
function loadDecoder(): DecodeFn | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const m = require('../../src/tokenizer/source') as { decodeSource?: DecodeFn };
    return typeof m.decodeSource === 'function' ? m.decodeSource : null;
  } catch {
    return null;
  }
}

/** Run one case through our parser (bytes sources through decodeSource first, as compile(bytes) does). */
export function runCase(parse: ParseFn, c: Case, decode: DecodeFn | null = null): Got {
  try {
    const text = c.bytes && decode !== null ? decode(Buffer.from(c.source, 'latin1'), '<string>').text : c.source;
    parse(text, { filename: '<string>', mode: c.mode });
    return { kind: 'no error' };
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return {
        kind: e.kind,
        msg: e.msg,
        lineno: e.lineno,
        offset: e.offset,
        end_lineno: e.endLineno,
        end_offset: e.endOffset,
        text: e.text,
      };
    }
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { kind: 'JS exception', msg };
  }
}

/**
 * A missing position (None in python3) matches a missing, zero or -1 one of
 * ours: PySyntaxError's fields are numbers, and CPython's own printer treats
 * None as -1.
 */
function samePos(a: number | null, b: number | null | undefined): boolean {
  if (a === null) return b === null || b === undefined || b === 0 || b === -1;
  return a === b;
}

export function compare(exp: Expected, got: Got): { sameMessage: boolean; samePosition: boolean } {
  if (!('msg' in got) || got.kind === 'JS exception' || got.kind === 'no error') {
    return { sameMessage: false, samePosition: false };
  }
  const g = got as Expected;
  return {
    sameMessage: g.kind === exp.kind && g.msg === exp.msg,
    samePosition:
      samePos(exp.lineno, g.lineno) &&
      samePos(exp.offset, g.offset) &&
      samePos(exp.end_lineno, g.end_lineno) &&
      samePos(exp.end_offset, g.end_offset),
  };
}

export interface ParityOptions {
  cases?: Case[];
  /** Force python3's tokenize stand-in even if our tokenizer exists. */
  oracleTokens?: boolean;
}

export function syntaxErrorParity(options: ParityOptions = {}): ParityResult {
  const all = options.cases ?? loadCorpus().parse;
  const decode = loadDecoder();
  const cases = decode !== null ? all : all.filter((c) => !c.bytes);
  const handle = loadParser();
  const useOracle = options.oracleTokens === true || !haveOwnTokenizer();
  if (useOracle) {
    const streams = batchOracleTokens(cases.map((c) => c.source));
    handle.setTokenStreamFactory((src) => {
      const s = streams.get(src);
      if (s === undefined) throw new Error('no oracle tokens for source');
      return s();
    });
  }
  const res: ParityResult = {
    total: cases.length,
    sameMessage: 0,
    samePosition: 0,
    both: 0,
    failures: [],
    skipped: all.length - cases.length,
    tokenizer: useOracle ? 'oracle' : 'ours',
    byOrigin: { suite: { total: 0, both: 0 }, own: { total: 0, both: 0 } },
  };
  try {
    for (const c of cases) {
      const got = runCase(handle.parse, c, decode);
      const { sameMessage, samePosition } = compare(c.expected, got);
      if (sameMessage) res.sameMessage++;
      if (samePosition) res.samePosition++;
      const o = res.byOrigin[c.origin.startsWith('own:') ? 'own' : 'suite'];
      o.total++;
      if (sameMessage && samePosition) {
        res.both++;
        o.both++;
      } else
        res.failures.push({
          id: c.id,
          mode: c.mode,
          origin: c.origin,
          src: c.source,
          expected: c.expected,
          got,
          sameMessage,
          samePosition,
        });
    }
  } finally {
    if (useOracle) handle.setTokenStreamFactory(null);
  }
  return res;
}

// ---- python3's tokenize as a stand-in tokenizer, for the whole corpus at once --

const ORACLE_TOKENIZE = `
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

function batchOracleTokens(sources: string[]): Map<string, () => TokenStream> {
  const r = spawnSync(process.env.TYPHON_ORACLE ?? 'python3', ['-c', ORACLE_TOKENIZE], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error('python3 tokenize failed: ' + r.stderr);
  const all = JSON.parse(r.stdout) as unknown[][][];
  const map = new Map<string, () => TokenStream>();
  sources.forEach((src, k) => {
    const lines = src.split(/\r\n|\r|\n/);
    const byteCol = (row: number, col: number) => utf8Length(Array.from(lines[row - 1] ?? '').slice(0, col).join(''));
    const tokens: Token[] = [];
    let error: string | null = null;
    for (const t of all[k]) {
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
        col: byteCol(srow, scol),
        endLineno: erow,
        endCol: byteCol(erow, ecol),
      });
    }
    if (tokens.length === 0) tokens.push({ type: T.ENDMARKER, string: '', lineno: 1, col: 0, endLineno: 1, endCol: 0 });
    map.set(src, () => {
      let i = 0;
      return {
        next(): Token {
          if (i < tokens.length) return tokens[i++];
          if (error !== null) throw new PySyntaxError('SyntaxError', error, '<string>', 1, 1, null, 1, 1);
          return tokens[tokens.length - 1];
        },
        lineText(lineno: number): string {
          return lines[lineno - 1] ?? '';
        },
      };
    });
  });
  return map;
}

// ---- grouping and printing ---------------------------------------------------

function norm(msg: string): string {
  return msg
    .replace(/line \d+/g, 'line N')
    .replace(/\(detected at line N\)/g, '(detected at line N)')
    .replace(/'[^']*' (was never closed|does not match)/g, "'X' $1")
    .replace(/closing parenthesis '.' does not match opening parenthesis '.'/, "closing parenthesis 'X' does not match opening parenthesis 'Y'");
}

function gotMsg(g: Got): string {
  if (g.kind === 'no error') return '(no error)';
  if (g.kind === 'JS exception') return `JS exception ${(g as { msg: string }).msg.split('\n')[0]}`;
  const e = g as Expected;
  return e.kind === 'SyntaxError' ? e.msg : `${e.kind}: ${e.msg}`;
}

function expMsg(e: Expected): string {
  return e.kind === 'SyntaxError' ? e.msg : `${e.kind}: ${e.msg}`;
}

export function groupKey(f: Failure): string {
  if (f.got.kind === 'JS exception') return 'JS exception';
  if (f.got.kind === 'no error') return `no error instead of: ${norm(expMsg(f.expected))}`;
  if (!f.sameMessage) return `message: ${norm(expMsg(f.expected))}  <-  got: ${norm(gotMsg(f.got))}`;
  return `position only: ${norm(expMsg(f.expected))}`;
}

export function groupFailures(failures: Failure[]): [string, Failure[]][] {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) {
    const k = groupKey(f);
    let g = groups.get(k);
    if (g === undefined) groups.set(k, (g = []));
    g.push(f);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

function pos(e: Got): string {
  if (!('lineno' in e)) return '';
  return `${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset}`;
}

export function pct(n: number, d: number): string {
  return d === 0 ? '-' : ((100 * n) / d).toFixed(1) + '%';
}

export function describeFailure(f: Failure): string {
  return (
    `    [${f.id} ${f.mode} ${f.origin}] ${JSON.stringify(f.src.length > 100 ? f.src.slice(0, 100) + '…' : f.src)}\n` +
    `      expected ${f.expected.kind}: ${f.expected.msg} @ ${pos(f.expected)}\n` +
    `      got      ${f.got.kind}: ${'msg' in f.got ? (f.got as { msg: string }).msg : ''} @ ${pos(f.got)}`
  );
}

export function summary(res: ParityResult, all = false): string {
  const out: string[] = [];
  out.push(
    `SyntaxError parity (${res.tokenizer === 'ours' ? 'our tokenizer' : 'oracle tokens: python3 tokenize stand-in'}): ` +
      `${res.total} cases (${res.skipped} bytes cases skipped)`,
  );
  out.push(`  same message:           ${res.sameMessage} (${pct(res.sameMessage, res.total)})`);
  out.push(`  same position:          ${res.samePosition} (${pct(res.samePosition, res.total)})`);
  out.push(`  message AND position:   ${res.both} (${pct(res.both, res.total)})`);
  const { suite, own } = res.byOrigin;
  out.push(`    from Lib/test: ${suite.both}/${suite.total} (${pct(suite.both, suite.total)}); hand-written: ${own.both}/${own.total} (${pct(own.both, own.total)})`);
  const js = res.failures.filter((f) => f.got.kind === 'JS exception').length;
  const none = res.failures.filter((f) => f.got.kind === 'no error').length;
  out.push(`  JS exceptions: ${js}; accepted (no error): ${none}`);
  out.push('');
  out.push('Mismatches grouped (count, what):');
  for (const [k, fs_] of groupFailures(res.failures)) {
    out.push(`  ${String(fs_.length).padStart(4)}  ${k}`);
    for (const f of all ? fs_ : fs_.slice(0, 3)) out.push(describeFailure(f));
  }
  return out.join('\n');
}

/** The known-failures file: ids of cases that fail today, with a readable hint each. */
export interface KnownFailure {
  id: string;
  mode: Mode;
  src: string;
  expected: string;
  got: string;
}

export function knownFailureEntries(res: ParityResult): KnownFailure[] {
  return res.failures
    .filter((f) => f.got.kind !== 'JS exception')
    .map((f) => ({
      id: f.id,
      mode: f.mode,
      src: f.src.length > 80 ? f.src.slice(0, 80) + '…' : f.src,
      expected: `${expMsg(f.expected)} @ ${pos(f.expected)}`,
      got: `${gotMsg(f.got)} @ ${pos(f.got)}`,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function writeKnownFailures(res: ParityResult): void {
  const doc = {
    '//':
      'SyntaxError corpus cases our parser gets wrong today (message or position), checked by tests/syntax/corpus.test.ts and kept exact. ' +
      'Regenerate: npx tsc -p . && node dist/scripts/parity/syntax_errors.js --update-known (JS exceptions are never listed: fix them).',
    failures: knownFailureEntries(res),
  };
  fs.writeFileSync(KNOWN_PATH, JSON.stringify(doc, null, 1) + '\n');
}

function main(argv: string[]): void {
  const all = argv.includes('--all');
  let cases = loadCorpus().parse;
  for (const a of argv) {
    if (a.startsWith('--mode=')) cases = cases.filter((c) => c.mode === a.slice(7));
    if (a.startsWith('--origin=')) cases = cases.filter((c) => c.origin.includes(a.slice(9)));
  }
  const t0 = Date.now();
  const res = syntaxErrorParity({ cases, oracleTokens: argv.includes('--oracle-tokens') });
  console.log(summary(res, all));
  console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const jsonArg = argv.find((a) => a.startsWith('--json='));
  if (jsonArg) fs.writeFileSync(jsonArg.slice(7), JSON.stringify(res, null, 1));
  if (argv.includes('--update-known')) {
    if (argv.some((a) => a.startsWith('--mode=') || a.startsWith('--origin='))) {
      console.error('--update-known needs the whole corpus (no --mode/--origin)');
      process.exitCode = 1;
      return;
    }
    if (res.tokenizer !== 'ours') {
      console.error('--update-known needs our tokenizer (src/tokenizer/index.ts)');
      process.exitCode = 1;
      return;
    }
    writeKnownFailures(res);
    console.log(`wrote ${path.relative(process.cwd(), KNOWN_PATH)}`);
  }
}

if (require.main === module) main(process.argv.slice(2));
