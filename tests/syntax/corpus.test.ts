/**
 * The SyntaxError corpus (tests/data/syntax_errors/corpus.json) against our
 * parser: every case must give python3's exception (class, msg, lineno,
 * offset, end_lineno, end_offset) unless it is listed in
 * tests/data/syntax_errors/known_failures.json. The list is kept exact: a
 * listed case that now passes fails the test until it is removed. A JS
 * exception from the parser always fails, listed or not.
 *
 * Update the list: npx tsc -p . && node dist/scripts/parity/syntax_errors.js --update-known
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import {
  KNOWN_PATH,
  describeFailure,
  haveOwnTokenizer,
  loadCorpus,
  pct,
  syntaxErrorParity,
  type KnownFailure,
} from '../../scripts/parity/syntax_errors';

const corpus = loadCorpus();

test('corpus is well formed', () => {
  const ids = new Set<string>();
  for (const c of [...corpus.parse, ...corpus.compile]) {
    assert.ok(!ids.has(c.id), `duplicate id ${c.id}`);
    ids.add(c.id);
    assert.ok(['exec', 'eval', 'single'].includes(c.mode));
    assert.ok(['SyntaxError', 'IndentationError', 'TabError'].includes(c.expected.kind));
  }
  assert.ok(corpus.parse.length >= 400, `only ${corpus.parse.length} parse-stage cases`);
});

test('SyntaxError corpus matches python3 except the known failures', { skip: !haveOwnTokenizer() && 'needs src/tokenizer/index.ts' }, () => {
  const res = syntaxErrorParity({ cases: corpus.parse });
  const known = JSON.parse(fs.readFileSync(KNOWN_PATH, 'utf8')) as { failures: KnownFailure[] };
  const knownIds = new Set(known.failures.map((k) => k.id));
  const failingIds = new Set(res.failures.map((f) => f.id));
  const problems: string[] = [];

  const js = res.failures.filter((f) => f.got.kind === 'JS exception');
  if (js.length > 0) {
    problems.push(`${js.length} JS exception(s) from the parser (never allowed):`);
    for (const f of js.slice(0, 20)) problems.push(describeFailure(f));
  }
  const unexpected = res.failures.filter((f) => !knownIds.has(f.id) && f.got.kind !== 'JS exception');
  if (unexpected.length > 0) {
    problems.push(`${unexpected.length} new failure(s), not in known_failures.json:`);
    for (const f of unexpected.slice(0, 30)) problems.push(describeFailure(f));
  }
  const fixed = known.failures.filter((k) => !failingIds.has(k.id));
  if (fixed.length > 0) {
    problems.push(`${fixed.length} listed case(s) now pass: remove them from known_failures.json:`);
    for (const k of fixed.slice(0, 50)) problems.push(`    ${k.id}  ${JSON.stringify(k.src)}`);
  }
  console.log(
    `SyntaxError parity: ${res.both}/${res.total} (${pct(res.both, res.total)}) message and position; ` +
      `message ${pct(res.sameMessage, res.total)}, position ${pct(res.samePosition, res.total)}`,
  );
  assert.ok(problems.length === 0, problems.join('\n'));
});
