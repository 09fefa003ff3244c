'use strict';
// Shared harness for the VM-design micro-benchmarks (docs/vm-design.md).
//
// A suite file exports { title, variants }, each variant being
//   { ops, setup() → run() }        a JS variant: run() does `ops` operations
//   { ops, py: 'python source' }    the same program under python3: the source
//                                   defines bench(), which does `ops` operations
// `node run.js` runs every variant in its own node process (so V8's type
// feedback from one variant cannot help or hurt another), 5 times after one
// warm-up run, and keeps the best time.

const { execFileSync } = require('node:child_process');

const REPS = 5;

/** Deterministic 32-bit PRNG (mulberry32), so every data set is the same run to run. */
function rng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Keeps results alive so V8 cannot drop the work that made them. */
let sink = 0;
function consume(x) {
  sink = (sink + (typeof x === 'number' ? x : String(x).length)) | 0;
}

function timeJs(variant) {
  const run = variant.setup();
  consume(run()); // warm-up: lets TurboFan optimise before timing
  let best = Infinity;
  let check;
  for (let i = 0; i < REPS; i++) {
    const t0 = process.hrtime.bigint();
    const r = run();
    const ns = Number(process.hrtime.bigint() - t0);
    consume(r);
    check = r;
    if (ns < best) best = ns;
  }
  return { ms: best / 1e6, check: typeof check === 'bigint' ? check.toString() : String(check) };
}

const PY_DRIVER = `
import time
best = float('inf')
r = bench()
for _ in range(${REPS}):
    t0 = time.perf_counter_ns()
    r = bench()
    best = min(best, time.perf_counter_ns() - t0)
print(best / 1e6)
print(r)
`;

function timePython(variant) {
  const out = execFileSync('python3', ['-c', variant.py + '\n' + PY_DRIVER], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' },
    maxBuffer: 1 << 24,
  });
  const [ms, check] = out.trim().split('\n');
  return { ms: Number(ms), check };
}

function timeVariant(variant) {
  return variant.py !== undefined ? timePython(variant) : timeJs(variant);
}

module.exports = { rng, consume, timeVariant, REPS };
