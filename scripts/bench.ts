/**
 * `npm run bench`: the benchmark programs of bench/programs timed side by
 * side under Typhon and CPython in one run, reported as ratios.
 *
 * CPython is timed through its real binary (sys.executable: the pyenv shim
 * adds ~50 ms to every start) and, when present, Debian's PGO-built
 * /usr/bin/python3.11. Each interpreter runs each program `--runs N` times
 * (default 3) after one warm-up run; the figure is the best wall time of a
 * whole process (start-up included, as a user sees it). Outputs must agree,
 * or the row is marked. Not a test: no timing assertions anywhere.
 *
 *   node dist/scripts/bench.js [--runs N] [--json FILE] [name ...]
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(ROOT, 'bench', 'programs');
/**
 * Programs that time a library module more than the VM (issue 6's regex,
 * json and decimal benchmarks: CPython runs C code there, and Typhon runs
 * _pydecimal where CPython has _decimal). Their geometric mean is reported
 * apart from the VM programs'.
 */
const LIBRARY = new Set(['regex.py', 'json_bench.py', 'decimal_bench.py']);

interface Runner {
  label: string;
  cmd: string;
  args: string[];
}

function realPython(): string {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'python3';
}

function time(r: Runner, file: string): { ms: number; out: string; ok: boolean } {
  const t0 = process.hrtime.bigint();
  const p = spawnSync(r.cmd, [...r.args, file], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
    maxBuffer: 64 << 20,
    timeout: 600_000,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, out: p.stdout + p.stderr, ok: p.status === 0 };
}

function main(): void {
  const argv = process.argv.slice(2);
  let runs = 3;
  let json: string | null = null;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--json') json = argv[++i];
    else names.push(argv[i]);
  }
  const runners: Runner[] = [
    { label: 'typhon', cmd: process.execPath, args: [path.join(ROOT, 'bin', 'typhon.js')] },
    { label: 'python3', cmd: realPython(), args: [] },
  ];
  if (fs.existsSync('/usr/bin/python3.11')) runners.push({ label: 'debian-3.11', cmd: '/usr/bin/python3.11', args: [] });
  const files = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.py') && (names.length === 0 || names.some((n) => f.startsWith(n))))
    .sort();
  const rows: Record<string, unknown>[] = [];
  const head = ['program', ...runners.map((r) => `${r.label} ms`), ...runners.slice(1).map((r) => `typhon/${r.label}`), 'same output'];
  console.log(`node ${process.version}; ${runners.map((r) => `${r.label}=${r.cmd}`).join('; ')}; best of ${runs} after a warm-up`);
  console.log('| ' + head.join(' | ') + ' |');
  console.log('|' + head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|') + '|');
  const ratios: number[][] = runners.slice(1).map(() => []);
  const libRatios: number[][] = runners.slice(1).map(() => []);
  for (const f of files) {
    const file = path.join(DIR, f);
    const best: number[] = [];
    const outs: string[] = [];
    let allOk = true;
    for (const r of runners) {
      const warm = time(r, file);
      outs.push(warm.out);
      allOk &&= warm.ok;
      let b = Infinity;
      for (let i = 0; i < runs; i++) b = Math.min(b, time(r, file).ms);
      best.push(b);
    }
    const same = outs.every((o) => o === outs[1]) && allOk;
    const rs = best.slice(1).map((b) => best[0] / b);
    rs.forEach((x, i) => (LIBRARY.has(f) ? libRatios : ratios)[i].push(x));
    console.log(`| ${LIBRARY.has(f) ? `${f} (library)` : f} | ${best.map((b) => b.toFixed(0)).join(' | ')} | ${rs.map((x) => x.toFixed(2)).join(' | ')} | ${same ? 'yes' : 'NO'} |`);
    rows.push({ program: f, ms: Object.fromEntries(runners.map((r, i) => [r.label, best[i]])), same });
  }
  const mean = (xs: number[]): number => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / Math.max(1, xs.length));
  const geo = ratios.map(mean);
  const libGeo = libRatios.map(mean);
  console.log(`| geometric mean (VM and types) | ${runners.map(() => '').join(' | ')} | ${geo.map((x) => x.toFixed(2)).join(' | ')} | |`);
  if (libRatios[0].length) console.log(`| geometric mean (library) | ${runners.map(() => '').join(' | ')} | ${libGeo.map((x) => x.toFixed(2)).join(' | ')} | |`);
  // Start-up: a one-line program, as `typhon hello.py` beside `python3 hello.py`.
  const hello = path.join(fs.mkdtempSync(path.join(require('os').tmpdir(), 'bench-')), 'hello.py');
  fs.writeFileSync(hello, 'print("Hello, world")\n');
  const startup = runners.map((r) => {
    time(r, hello);
    let b = Infinity;
    for (let i = 0; i < Math.max(5, runs); i++) b = Math.min(b, time(r, hello).ms);
    return b;
  });
  console.log(`start-up (hello.py, best of ${Math.max(5, runs)}): ${runners.map((r, i) => `${r.label} ${startup[i].toFixed(0)} ms`).join(', ')}`);
  if (json) fs.writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, geo, libGeo, startup }, null, 2));
}

main();
