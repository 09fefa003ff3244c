/**
 * Runs the whole VM corpus (tests/data/programs and tests/data/vm) under
 * Typhon and python3, rewrites tests/data/vm/known_failures.json with the
 * programs whose output differs, and says what fails most: failures grouped
 * by their cause (Typhon's exception line, or the first differing line).
 *
 *   node dist/scripts/vm-known-failures.js            rewrite the list, print the summary and the groups
 *   node dist/scripts/vm-known-failures.js --check    the same without writing (exit 1 if the list is stale)
 *   node dist/scripts/vm-known-failures.js --each     also one line per failing program with its cause
 *   node dist/scripts/vm-known-failures.js --filter S only programs whose name contains S (never writes)
 */
import * as fs from 'fs';
import {
  Comparer,
  Comparison,
  KNOWN_FILE,
  coarseSignature,
  failureSignature,
  formatKnown,
  groupFailures,
  listPrograms,
  readKnown,
  writeKnown,
} from '../tests/vm/harness';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const each = args.includes('--each');
  const fi = args.indexOf('--filter');
  const filter = fi >= 0 ? args[fi + 1] : null;
  const programs = listPrograms().filter((p) => filter === null || p.includes(filter));
  const before = readKnown();
  const t0 = Date.now();
  const comparer = new Comparer();
  let done = 0;
  const all: Comparison[] = await Promise.all(
    programs.map((p) =>
      comparer.compare(p).then((c) => {
        done++;
        if (process.stderr.isTTY) process.stderr.write(`\r${done}/${programs.length}`);
        return c;
      }),
    ),
  );
  if (process.stderr.isTTY) process.stderr.write('\r');
  const failures = all.filter((c) => !c.identical);
  const failing = failures.map((c) => c.rel).sort();

  if (each) for (const c of failures) console.log(`${c.rel}: ${failureSignature(c)}`);
  if (failures.length) {
    console.log(`\nFailures by cause (${failures.length}):`);
    console.log(groupFailures(failures, failureSignature));
    console.log('\nThe same, with quoted names and numbers masked:');
    console.log(groupFailures(failures, (c) => coarseSignature(failureSignature(c))));
  }

  const beforeSet = new Set(before);
  const fixed = before.filter((b) => programs.includes(b) && !failing.includes(b));
  const broken = failing.filter((f) => !beforeSet.has(f));
  if (fixed.length) console.log(`\nNow identical (${fixed.length}): ${fixed.join(' ')}`);
  if (broken.length) console.log(`\nNewly failing (${broken.length}): ${broken.join(' ')}`);
  // Where the run's time goes: a few slow programs (or hangs until the timeout) dominate CI time.
  const slowest = [...all].sort((x, y) => y.actual.ms - x.actual.ms).slice(0, 5);
  console.log(`\nSlowest under typhon: ${slowest.map((c) => `${c.rel} ${c.actual.ms} ms`).join(', ')}`);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`\n${all.length - failures.length}/${all.length} programs identical to python3 (${secs} s)`);

  if (filter !== null) return;
  if (check) {
    const stale = !fs.existsSync(KNOWN_FILE) || fs.readFileSync(KNOWN_FILE, 'utf8') !== formatKnown(failing);
    if (stale) console.log(`${KNOWN_FILE} is out of date`);
    process.exit(stale ? 1 : 0);
  }
  writeKnown(failing);
  console.log(`wrote ${KNOWN_FILE} (${failing.length} programs)`);
}

void main();
