// Every module of python3's standard library (and, with TYPHON_STDLIB_TESTS=1, Lib/test) parsed from python3's
// own token stream and compared with ast.dump(ast.parse(src), include_attributes=True). Slow: runs only with
// TYPHON_STDLIB=1 (TYPHON_STDLIB_LIMIT=N for the first N files, TYPHON_STDLIB_FILTER=text for paths containing it).
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { dump } from '../../src/ast/dump';
import { T } from '../../src/tokenizer/tokens';
import type { Token, TokenStream } from '../../src/tokenizer/token';
import { PySyntaxError } from '../../src/tokenizer/errors';
import { parseTokens } from '../../src/parser/index';
import { setFstringTokenStreamFactory } from '../../src/parser/fstrings';
import { oracleBatch, streamFrom } from './statements_support';
import { MissingTokens, TokenCache } from './strings_support';
import { libTestFiles, stdlibFiles } from '../../scripts/corpus';

/** The tokens of `(x)`. */
function placeholder(): TokenStream {
  const toks: Token[] = [
    { type: T.LPAR, string: '(', lineno: 1, col: 0, endLineno: 1, endCol: 1 },
    { type: T.NAME, string: 'x', lineno: 1, col: 1, endLineno: 1, endCol: 2 },
    { type: T.RPAR, string: ')', lineno: 1, col: 2, endLineno: 1, endCol: 3 },
    { type: T.NEWLINE, string: '', lineno: 1, col: 3, endLineno: 1, endCol: 4 },
    { type: T.ENDMARKER, string: '', lineno: 2, col: 0, endLineno: 2, endCol: 0 },
  ];
  let i = 0;
  return { next: () => toks[Math.min(i++, toks.length - 1)], lineText: () => '(x)' };
}

/**
 * A str holding a surrogate pair written as two escapes ('\\ud834\\udd1e') is two code points in Python, whose
 * repr keeps the escapes, but one character in a JS string: a known limit of the AST's str representation.
 */
function joinSurrogatePairs(dump: string): string {
  return dump
    .replace(/\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})/g, (_m, hi: string, lo: string) =>
      String.fromCharCode(parseInt(hi, 16), parseInt(lo, 16)),
    )
    .replace(/\\U(000[1-9a-f][0-9a-f]{4}|0010[0-9a-f]{4})/g, (_m, cp: string) => String.fromCodePoint(parseInt(cp, 16)));
}

/** Where two dumps first differ, with some context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 200);
  return `   ours: …${a.slice(from, i + 200)}\n theirs: …${b.slice(from, i + 200)}`;
}

test('standard library modules parse as python3 parses them', { skip: !process.env.TYPHON_STDLIB }, () => {
  let files = stdlibFiles();
  if (process.env.TYPHON_STDLIB_TESTS) files = files.concat(libTestFiles());
  const only = process.env.TYPHON_STDLIB_FILTER;
  if (only) files = files.filter((f) => f.includes(only));
  files = files.slice(0, Number(process.env.TYPHON_STDLIB_LIMIT ?? files.length));
  const cache = new TokenCache();
  // f-string replacement fields not tokenized yet parse as `(x)` for this round and are fetched in one batch
  setFstringTokenStreamFactory((source) => {
    try {
      return cache.stream(source);
    } catch (e) {
      if (e instanceof MissingTokens) return placeholder();
      throw e;
    }
  });
  const failures: string[] = [];
  let same = 0;
  let skipped = 0;
  let surrogatePairs = 0;
  let parseMs = 0;
  try {
    for (let k = 0; k < files.length; k += 100) {
      const chunk = files.slice(k, k + 100);
      const results = oracleBatch(chunk.map((file) => ({ file })));
      chunk.forEach((file, i) => {
        const res = results[i];
        if (res === null || res.dump === null || res.tokError !== null) {
          skipped++;
          return;
        }
        const source = fs.readFileSync(file, 'utf8');
        let ours = '';
        for (let round = 0; round < 10; round++) {
          try {
            const t0 = performance.now();
            const tree = parseTokens(streamFrom(res, source), { filename: file });
            parseMs += performance.now() - t0;
            ours = dump(tree, { includeAttributes: true });
          } catch (e) {
            if (!(e instanceof PySyntaxError)) throw e;
            ours = `SyntaxError: ${e.msg} ${e.lineno}:${e.offset}`;
          }
          if (!cache.fillMisses()) break;
        }
        if (ours === res.dump) same++;
        else if (joinSurrogatePairs(ours) === joinSurrogatePairs(res.dump)) surrogatePairs++;
        else failures.push(`${file}\n${firstDifference(joinSurrogatePairs(ours), joinSurrogatePairs(res.dump))}`);
      });
    }
  } finally {
    setFstringTokenStreamFactory(null);
  }
  console.log(`modules: ${files.length}, same: ${same}, skipped (python3 tokenize/parse failed): ${skipped}, escaped surrogate pairs only: ${surrogatePairs}, differ: ${failures.length}, our parse time: ${parseMs.toFixed(0)} ms`);
  if (failures.length > 0) console.log(failures.slice(0, 30).join('\n'));
  assert.equal(failures.length, 0);
});
