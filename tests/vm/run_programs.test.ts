/**
 * The VM against python3, program by program (issues 4 and 5): every
 * tests/data/programs/*.py and tests/data/vm/*.py runs under `typhon FILE`
 * and `python3 FILE` and must print the same stdout and stderr, to the
 * character, and exit with the same status (tests/vm/harness.ts runs them).
 *
 * tests/data/vm/known_failures.json lists the programs that do not match yet,
 * and the list must be exact: a listed program that now matches fails its
 * test (so the list only shrinks on purpose), an unlisted one that differs
 * fails with its first differing lines. After a VM change, rewrite the list
 * with `node dist/scripts/vm-known-failures.js`; look at one program with
 * `node dist/scripts/vm-diff.js tests/data/vm/NNN_name.py`.
 *
 * Each program that matches runs a second time with TYPHON_JIT=all, every
 * function compiled to JavaScript before its first call (vm/jit), and must
 * match again: the compiled tier is held to python3 as the interpreter is.
 * (The first run uses the default threshold, so hot code switches tiers
 * mid-run there.)
 *
 * All programs are started at load time through one pool of child processes
 * and each test awaits its own result, so the runs overlap while the tests
 * still report in order.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { Comparer, Comparison, DATA, KNOWN_FILE, TIMEOUT_MS, describeDifference, formatKnown, listPrograms, readKnown } from './harness';

const PROGRAMS = listPrograms();
const KNOWN = readKnown();
const KNOWN_SET = new Set(KNOWN);
const comparer = new Comparer();
// A known failure that hangs costs its whole timeout on every run, and while
// the VM is young dozens of them hang; a quarter of it is plenty for a program
// that is expected to fail anyway (one that passes slowly merely stays listed).
const results = new Map<string, Promise<Comparison>>(
  PROGRAMS.map((rel) => [rel, comparer.compare(rel, KNOWN_SET.has(rel) ? Math.ceil(TIMEOUT_MS / 4) : TIMEOUT_MS)]),
);

// The compiled-tier runs are queued after all the first runs.
const JIT_ENV = { TYPHON_JIT: 'all' };
const compiled = new Map<string, Promise<Comparison>>(
  PROGRAMS.filter((rel) => !KNOWN_SET.has(rel)).map((rel) => [rel, comparer.compare(rel, TIMEOUT_MS, JIT_ENV)]),
);

test('the corpus: the interop programs and the VM programs', () => {
  assert.ok(PROGRAMS.filter((p) => p.startsWith('programs/')).length >= 100, 'tests/data/programs has its programs');
  assert.ok(PROGRAMS.filter((p) => p.startsWith('vm/')).length >= 150, 'tests/data/vm has its programs');
});

test('known_failures.json is sorted, without duplicates, and names corpus programs', () => {
  // Sorted, one name a line: the file the update script writes, byte for byte.
  assert.equal(fs.readFileSync(KNOWN_FILE, 'utf8'), formatKnown(KNOWN), 'rewrite it with node dist/scripts/vm-known-failures.js');
  const missing = KNOWN.filter((k) => !PROGRAMS.includes(k));
  assert.deepEqual(missing, [], `listed in known_failures.json but not programs under ${DATA}`);
});

for (const rel of PROGRAMS) {
  const known = KNOWN_SET.has(rel);
  test(`${rel}${known ? ' (known failure)' : ''}`, async () => {
    const c = await results.get(rel)!;
    if (known) {
      assert.ok(
        !c.identical,
        `${rel} now prints what python3 prints: remove it from tests/data/vm/known_failures.json ` +
          '(or rewrite the list: node dist/scripts/vm-known-failures.js)',
      );
    } else if (!c.identical) {
      assert.fail(describeDifference(c));
    }
  });
}

for (const [rel, result] of compiled) {
  test(`${rel} (compiled: TYPHON_JIT=all)`, async () => {
    const c = await result;
    if (!c.identical) assert.fail(describeDifference(c));
  });
}

test('summary', async () => {
  const all = await Promise.all(results.values());
  const same = all.filter((c) => c.identical).length;
  // The figure docs/STATUS.md quotes; printed here so every test run shows it.
  console.log(`${same}/${all.length} programs identical to python3`);
  const jit = await Promise.all(compiled.values());
  console.log(`${jit.filter((c) => c.identical).length}/${jit.length} identical again with every function compiled (TYPHON_JIT=all)`);
});
