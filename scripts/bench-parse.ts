/**
 * `npm run bench:parse`: tokenize and parse every .py of the standard
 * library with Typhon and with CPython's ast.parse (the real binary, not a
 * pyenv shim), in the same run, and print MB/s for both. A benchmark, not a
 * test: nothing here asserts a time.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { python3, stdlibFiles } from './corpus';
import { decodeSource } from '../src/tokenizer/source';
import { parse } from '../src/parser/index';

function realPython(): string {
  const r = spawnSync(python3(), ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.stdout.trim() || python3();
}

const PY_BENCH = String.raw`
import ast, sys, time, json
files = json.load(sys.stdin)
srcs = [open(f, 'rb').read() for f in files]
best = None
for rep in range(int(sys.argv[1])):
    t0 = time.perf_counter()
    n = 0
    for s in srcs:
        try:
            ast.parse(s)
        except SyntaxError:
            pass
    dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)
print(json.dumps({"seconds": best, "bytes": sum(len(s) for s in srcs)}))
`;

function main(): void {
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const files = stdlibFiles();
  const srcs = files.map((f) => fs.readFileSync(f));
  const bytes = srcs.reduce((n, b) => n + b.length, 0);
  const pythons = [realPython()];
  if (fs.existsSync('/usr/bin/python3.11')) pythons.push('/usr/bin/python3.11');

  let best = Infinity;
  let first = 0;
  let failures = 0;
  for (let rep = 0; rep < reps; rep++) {
    const t0 = process.hrtime.bigint();
    failures = 0;
    for (let i = 0; i < srcs.length; i++) {
      try {
        const { text } = decodeSource(srcs[i], files[i]);
        parse(text, { filename: files[i], mode: 'exec' });
      } catch {
        failures++;
      }
    }
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    if (rep === 0) first = dt;
    best = Math.min(best, dt);
  }
  const mb = bytes / 1e6;
  console.log(`standard library: ${files.length} files, ${mb.toFixed(1)} MB (${failures} rejected by Typhon)`);
  console.log(`typhon            first run ${(mb / first).toFixed(2)} MB/s, best of ${reps} ${(mb / best).toFixed(2)} MB/s (${best.toFixed(2)} s)`);
  for (const py of pythons) {
    const r = spawnSync(py, ['-c', PY_BENCH, String(reps)], { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) {
      console.log(`${py}: failed: ${r.stderr.slice(0, 200)}`);
      continue;
    }
    const { seconds } = JSON.parse(r.stdout) as { seconds: number };
    console.log(`${py.padEnd(17)} best of ${reps} ${(mb / seconds).toFixed(2)} MB/s (${seconds.toFixed(2)} s)   typhon/cpython time ratio ${(best / seconds).toFixed(2)}`);
  }
}

main();
