/**
 * One program (or a few) under Typhon and python3, for debugging the VM:
 * prints a unified diff of stdout and of stderr ("-" python3, "+" Typhon) and
 * both exit statuses, the comparison tests/vm/run_programs.test.ts makes.
 *
 *   node dist/scripts/vm-diff.js tests/data/vm/042_closures.py [FILE ...]
 *   node dist/scripts/vm-diff.js --show FILE     also prints both outputs in full
 *
 * A FILE may be any .py path; names inside tests/data are reported as the
 * test names them. Exits 1 when any program differs.
 */
import * as fs from 'fs';
import { Comparer, absolute, corpusName, fullDiff } from '../tests/vm/harness';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const show = args.includes('--show');
  const files = args.filter((a) => a !== '--show');
  if (files.length === 0) {
    console.error('usage: node dist/scripts/vm-diff.js [--show] FILE.py [FILE.py ...]');
    process.exit(2);
  }
  const comparer = new Comparer();
  let differ = 0;
  // Started together so several files run in parallel; printed in the order given.
  const names = files.map(corpusName);
  for (const n of names) {
    if (!fs.existsSync(absolute(n))) {
      console.error(`no such file: ${n}`);
      process.exit(2);
    }
  }
  const pending = names.map((n) => comparer.compare(n));
  for (const p of pending) {
    const c = await p;
    if (!c.identical) differ++;
    process.stdout.write(fullDiff(c));
    if (show) {
      for (const [label, r] of [['python3', c.expected], ['typhon', c.actual]] as const) {
        process.stdout.write(`===== ${label} stdout (${r.ms} ms)\n${r.stdout}===== ${label} stderr\n${r.stderr}`);
      }
    }
  }
  process.exit(differ ? 1 : 0);
}

void main();
