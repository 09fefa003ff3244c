/**
 * Differential test: python3's `symtable` module and ours, on a few hundred
 * snippets (tests/symtable/snippets.ts), compared as one canonical dump per
 * snippet (see scripts/parity/symtable.ts). The snippets are parsed by
 * python3 and handed over as ASTs, so this checks the symbol table alone.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import type { mod } from '../../src/ast/nodes';
import { astFromOracle, ourOutcome, runOracle, type OracleResult } from '../../scripts/parity/symtable';
import { ERRORS, MODULES, wrappedBodies } from './snippets';

const sources = [...MODULES, ...wrappedBodies(), ...ERRORS];
let results: OracleResult[] | null = null;
function oracle(): OracleResult[] {
  if (results === null) results = runOracle(sources.map((src) => ({ src, mode: 'exec' as const, ast: true })));
  return results;
}

/** expectError: whether python3 must reject the snippet (null: either way). */
function check(from: number, to: number, expectError: boolean | null): void {
  const res = oracle();
  const failures: string[] = [];
  for (let i = from; i < to; i++) {
    const r = res[i];
    if (r.parseError !== undefined) {
      failures.push(`python3 cannot parse:\n${sources[i]}${r.parseError}`);
      continue;
    }
    if (expectError !== null && (r.error !== null) !== expectError) {
      failures.push(`python3 ${expectError ? 'accepts' : 'rejects'}:\n${sources[i]}`);
      continue;
    }
    const ours = ourOutcome(astFromOracle(r.ast) as mod);
    const theirs = { table: r.table, error: r.error };
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
      failures.push(`snippet:\n${sources[i]}ours:   ${JSON.stringify(ours)}\npython: ${JSON.stringify(theirs)}`);
    }
  }
  assert.deepEqual(failures, []);
}

test(`symbol tables of ${MODULES.length} modules match python3's symtable`, () => {
  check(0, MODULES.length, false);
});

test(`symbol tables of ${wrappedBodies().length} statement sequences in every kind of scope match`, () => {
  check(MODULES.length, MODULES.length + wrappedBodies().length, null);
});

test(`${ERRORS.length} symtable SyntaxErrors match in message and position`, () => {
  check(MODULES.length + wrappedBodies().length, sources.length, true);
});

test('eval and single modes', () => {
  const srcs: [string, 'eval' | 'single'][] = [
    ['[x for x in y]', 'eval'],
    ['lambda a: a + b', 'eval'],
    ['(y := 1)', 'eval'],
    ['x = 1', 'single'],
    ['def f(): return x\n\n', 'single'],
  ];
  const res = runOracle(srcs.map(([src, mode]) => ({ src, mode, ast: true })));
  res.forEach((r, i) => {
    assert.equal(r.parseError, undefined, srcs[i][0]);
    assert.deepEqual(ourOutcome(astFromOracle(r.ast) as mod), { table: r.table, error: r.error }, srcs[i][0]);
  });
});
