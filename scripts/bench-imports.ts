/**
 * `npm run bench:imports`: the time to import common standard-library
 * modules under Typhon and CPython in one run, cold (no bytecode cache: an
 * empty $XDG_CACHE_HOME for Typhon, an empty PYTHONPYCACHEPREFIX for
 * CPython) and cached (the second run over the same cache). Each figure is
 * the best of N runs of `-c "import X"` minus the best `-c pass`, so it is
 * the import alone. A benchmark, not a test.
 *
 *   node dist/scripts/bench-imports.js [--runs N] [module ...]
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const TYPHON = path.join(ROOT, 'bin', 'typhon.js');
const DEFAULT = ['collections', 're', 'json', 'dataclasses', 'typing', 'unittest', 'decimal', 'asyncio'];

function realPython(): string {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'python3';
}

function wall(cmd: string, args: string[], env: NodeJS.ProcessEnv): { ms: number; ok: boolean } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, ok: r.status === 0 };
}

function main(): void {
  const argv = process.argv.slice(2);
  let runs = 5;
  const mods: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else mods.push(argv[i]);
  }
  const modules = mods.length ? mods : DEFAULT;
  const py = realPython();
  const base: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: '0' };
  delete base.PYTHONDONTWRITEBYTECODE;
  delete base.TYPHON_STDLIB;
  const best = (cmd: string, args: string[], env: NodeJS.ProcessEnv): number => {
    let b = Infinity;
    for (let i = 0; i < runs; i++) b = Math.min(b, wall(cmd, args, env).ms);
    return b;
  };
  const typhon = (code: string, env: NodeJS.ProcessEnv): [string, string[], NodeJS.ProcessEnv] => [process.execPath, [TYPHON, '-c', code], env];
  const cpython = (code: string, env: NodeJS.ProcessEnv): [string, string[], NodeJS.ProcessEnv] => [py, ['-c', code], env];
  const tPass = best(...typhon('pass', base));
  const cPass = best(...cpython('pass', base));
  console.log(`import time in ms beyond \`-c pass\` (typhon ${tPass.toFixed(0)} ms, python3 ${cPass.toFixed(0)} ms); best of ${runs}; python3=${py}`);
  console.log('| module | typhon cold | typhon cached | python3 cold | python3 cached | cached ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const m of modules) {
    const code = `import ${m}`;
    // Cold: a fresh, empty cache for every run (so each run compiles everything).
    let tCold = Infinity;
    let cCold = Infinity;
    for (let i = 0; i < runs; i++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-imports-'));
      const r1 = wall(...typhon(code, { ...base, XDG_CACHE_HOME: path.join(dir, 't') }));
      const r2 = wall(...cpython(code, { ...base, PYTHONPYCACHEPREFIX: path.join(dir, 'c') }));
      if (!r1.ok || !r2.ok) {
        console.log(`| ${m} | ${r1.ok ? '' : 'fails'} | | ${r2.ok ? '' : 'fails'} | | |`);
        fs.rmSync(dir, { recursive: true, force: true });
        tCold = NaN;
        break;
      }
      tCold = Math.min(tCold, r1.ms);
      cCold = Math.min(cCold, r2.ms);
      if (i === runs - 1) {
        const tCached = best(...typhon(code, { ...base, XDG_CACHE_HOME: path.join(dir, 't') }));
        const cCached = best(...cpython(code, { ...base, PYTHONPYCACHEPREFIX: path.join(dir, 'c') }));
        const f = (x: number, b: number) => Math.max(0, x - b).toFixed(0);
        // A module CPython's start-up already imported costs it nothing: no ratio then.
        const ratio = cCached - cPass >= 3 ? ((tCached - tPass) / (cCached - cPass)).toFixed(1) : '—';
        console.log(`| ${m} | ${f(tCold, tPass)} | ${f(tCached, tPass)} | ${f(cCold, cPass)} | ${f(cCached, cPass)} | ${ratio} |`);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

main();
