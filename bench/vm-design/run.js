'use strict';
// Runs the VM-design micro-benchmarks: `node bench/vm-design/run.js [suite…]`
// (suites: q1_int q1b_bigint_conv q2_float q3_bool_none q4_str q5_objects q6_loop q7_exceptions;
// default all). Each variant runs in PROCS (default 3, `--procs N`) fresh node
// processes, each timing 5 runs after a warm-up; the table gives the best time
// of all, operations per second, the ratio to the suite's first variant and the
// spread (slowest process's best / best), because V8's tiering sometimes settles
// on slower code in one process than in another.
// `--json FILE` also writes the figures as JSON.

const { execFileSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

const ALL = ['q1_int', 'q1b_bigint_conv', 'q2_float', 'q3_bool_none', 'q4_str', 'q5_objects', 'q6_loop', 'q7_exceptions'];

function child(suite, name) {
  const { timeVariant } = require('./harness');
  const mod = require(path.join(__dirname, suite));
  const v = mod.variants[name];
  const r = timeVariant(v);
  process.stdout.write(JSON.stringify({ ...r, ops: v.ops }) + '\n');
}

function pythonVersion() {
  return execFileSync('python3', ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).trim();
}

function fmtOps(x) {
  if (x >= 1e9) return (x / 1e9).toFixed(2) + ' G';
  if (x >= 1e6) return (x / 1e6).toFixed(1) + ' M';
  if (x >= 1e3) return (x / 1e3).toFixed(1) + ' k';
  return x.toFixed(1) + ' ';
}

function main(argv) {
  if (argv[0] === '--child') return child(argv[1], argv[2]);
  let jsonOut = null, procs = 3;
  const p = argv.indexOf('--procs');
  if (p >= 0) { procs = Number(argv[p + 1]); argv.splice(p, 2); }
  const i = argv.indexOf('--json');
  if (i >= 0) { jsonOut = argv[i + 1]; argv.splice(i, 2); }
  const suites = argv.length ? argv : ALL;
  const all = {};
  for (const suite of suites) {
    const mod = require(path.join(__dirname, suite));
    console.log(`\n## ${suite}: ${mod.title}\n`);
    console.log('| variant | best ms | ops/s | ratio to first | spread | check |');
    console.log('| --- | ---: | ---: | ---: | ---: | --- |');
    let base = null, lastGroup = '';
    all[suite] = {};
    for (const name of Object.keys(mod.variants)) {
      const flags = mod.variants[name].node ?? [];
      const runs = [];
      for (let k = 0; k < procs; k++) {
        const out = execFileSync(process.execPath, [...flags, __filename, '--child', suite, name], { encoding: 'utf8', maxBuffer: 1 << 24 });
        runs.push(JSON.parse(out.trim().split('\n').pop()));
      }
      const r = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
      const spread = Math.max(...runs.map((x) => x.ms)) / r.ms;
      // grouped suites (q6) compare each variant with the first of its group: the text before ': '
      const group = mod.grouped ? name.split(': ')[0] : '';
      if (group !== lastGroup) { base = null; lastGroup = group; }
      if (base === null) base = r.ms;
      const opsPerSec = r.ops / (r.ms / 1e3);
      all[suite][name] = { ms: r.ms, opsPerSec, ratio: r.ms / base, spread, check: r.check };
      const check = r.check.length > 24 ? r.check.slice(0, 21) + '...' : r.check;
      console.log(`| ${name} | ${r.ms.toFixed(2)} | ${fmtOps(opsPerSec)} | ${(r.ms / base).toFixed(2)}x | ${spread.toFixed(2)} | ${check} |`);
    }
  }
  if (jsonOut) {
    // merge: suites run now replace their earlier figures, the others are kept
    const prev = fs.existsSync(jsonOut) ? JSON.parse(fs.readFileSync(jsonOut, 'utf8')) : { results: {} };
    const results = { ...prev.results, ...all };
    const ordered = Object.fromEntries(ALL.filter((k) => k in results).map((k) => [k, results[k]]));
    fs.writeFileSync(jsonOut, JSON.stringify({ node: process.version, python: pythonVersion(), date: new Date().toISOString(), results: ordered }, null, 2) + '\n');
  }
}

main(process.argv.slice(2));
