/**
 * `npm run bench:compile`: compile every .py of the standard library that
 * Typhon's compiler handles to a code object (source text → tokens → AST →
 * symtable → code objects), best of 3, and CPython's compile(src, path,
 * 'exec') of the same files in the same run — the real binary behind
 * python3 (not a pyenv shim) and /usr/bin/python3.11 when present. MB/s is
 * over the source files' bytes. Both sides get the decoded text, so decoding
 * is outside the timing. A benchmark, not a test: nothing here asserts a time.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { python3, stdlibFiles } from './corpus';
import { decodeSource } from '../src/tokenizer/source';
import { compileModule } from '../src/compiler';

const REPS = 3;

const PY_BENCH = String.raw`
import sys, time, json, importlib.util
files = json.load(sys.stdin)
srcs = []
for f in files:
    with open(f, 'rb') as fh:
        srcs.append((importlib.util.decode_source(fh.read()), f))
best = None
for rep in range(int(sys.argv[1])):
    t0 = time.perf_counter()
    for s, f in srcs:
        compile(s, f, 'exec', dont_inherit=True)
    dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)
print(json.dumps({'seconds': best, 'version': sys.version.split()[0]}))
`;

function realPython(): string {
  const r = spawnSync(python3(), ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.stdout.trim() || python3();
}

function main(): void {
  const all = stdlibFiles();
  const jobs: { file: string; text: string; bytes: number }[] = [];
  for (const file of all) {
    const raw = fs.readFileSync(file);
    try {
      const { text } = decodeSource(raw, file);
      compileModule(text, file);
      jobs.push({ file, text, bytes: raw.length });
    } catch {
      // not compiled by Typhon (yet), or rejected by python3 too: left out of both sides
    }
  }
  const mb = jobs.reduce((n, j) => n + j.bytes, 0) / 1e6;
  console.log(`standard library: ${jobs.length} of ${all.length} files compiled by Typhon, ${mb.toFixed(2)} MB; best of ${REPS}`);
  let best = Infinity;
  for (let rep = 0; rep < REPS; rep++) {
    const t0 = process.hrtime.bigint();
    for (const j of jobs) compileModule(j.text, j.file);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const rows: [string, number][] = [[`Typhon compileModule (node ${process.version})`, best]];
  const pythons = [realPython()];
  if (fs.existsSync('/usr/bin/python3.11') && !pythons.includes('/usr/bin/python3.11')) pythons.push('/usr/bin/python3.11');
  for (const py of pythons) {
    const r = spawnSync(py, ['-c', PY_BENCH, String(REPS)], {
      input: JSON.stringify(jobs.map((j) => j.file)),
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (r.status !== 0) {
      console.log(`${py}: failed: ${r.stderr.trim().split('\n').pop()}`);
      continue;
    }
    const { seconds, version } = JSON.parse(r.stdout) as { seconds: number; version: string };
    rows.push([`CPython ${version} compile() (${py})`, seconds]);
  }
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [name, s] of rows) {
    console.log(`${name.padEnd(w)}  ${s.toFixed(3).padStart(7)} s  ${(mb / s).toFixed(2).padStart(7)} MB/s  ${(rows[0][1] / s).toFixed(2)}x Typhon's speed`);
  }
}

main();
