/**
 * CPython's regression tests as Typhon's conformance suite (issue 6): each
 * module of Lib/test in the list below runs under Typhon's own unittest
 * (scripts/conformance/driver.py, one process per module, python3's own Lib
 * as the standard library so that the library and its tests are one
 * version), and the same driver under python3 gives the reference counts.
 * Prints, per module: whether it finished (or why not), tests run, passed,
 * failed, errors, skipped, and python3's passes; then the totals.
 *
 *   node dist/scripts/cpython-tests.js [--write] [--check] [--timeout S] [--jobs N] [test_x ...]
 *
 * --write rewrites tests/data/cpython_tests/known.json (per module: finished
 * or not, and the ids of the tests that do not pass); --check exits 1 when a
 * run differs from that record. python3's results are cached under
 * .cache/cpython-tests/, and Typhon's last run of each module is left there
 * (MODULE.typhon.jsonl: one line per test with its outcome and error).
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const DRIVER = path.join(ROOT, 'scripts', 'conformance', 'driver.py');
const TYPHON = path.join(ROOT, 'bin', 'typhon.js');
const KNOWN = path.join(ROOT, 'tests', 'data', 'cpython_tests', 'known.json');
const CACHE = path.join(ROOT, '.cache', 'cpython-tests');

/** The modules issue 6 names. */
export const MODULES = [
  'test_grammar', 'test_syntax', 'test_scope', 'test_class', 'test_descr', 'test_super', 'test_generators',
  'test_exceptions', 'test_exception_group', 'test_except_star', 'test_with', 'test_contextlib', 'test_raise',
  'test_augassign', 'test_unpack', 'test_opcodes', 'test_patma', 'test_fstring', 'test_coroutines', 'test_bool',
  'test_int', 'test_long', 'test_float', 'test_complex', 'test_list', 'test_tuple', 'test_dict', 'test_set',
  'test_unicode', 'test_string', 'test_bytes', 'test_range', 'test_sort', 'test_builtin', 'test_types', 'test_format',
  'test_itertools', 'test_functools', 'test_collections', 'test_deque', 'test_heapq', 'test_bisect', 'test_operator',
  'test_copy', 'test_math', 'test_random', 'test_json', 'test_re', 'test_struct', 'test_dataclasses', 'test_enum',
  'test_typing', 'test_compile', 'test_dis', 'test_marshal', 'test_ast', 'test_tokenize', 'test_unittest', 'test_os',
  'test_io', 'test_datetime', 'test_decimal', 'test_fractions', 'test_statistics', 'test_textwrap', 'test_difflib',
  'test_argparse', 'test_pickle', 'test_weakref', 'test_unicodedata',
];

interface Line {
  id?: string;
  outcome?: 'pass' | 'fail' | 'error' | 'skip';
  detail?: string;
  finished?: boolean;
  ran?: number;
  load_error?: string;
}

export interface ModuleResult {
  module: string;
  /** 'finished', 'load error: …', 'crashed: …', 'timeout'. */
  status: string;
  pass: number;
  fail: number;
  error: number;
  skip: number;
  failing: string[];
}

function python3(): string {
  return process.env.PYTHON3 ?? 'python3';
}

export function python3Lib(): string {
  const r = spawnSync(python3(), ['-c', 'import sysconfig; print(sysconfig.get_path("stdlib"))'], { encoding: 'utf8' });
  return r.stdout.trim();
}

function summarise(module: string, lines: Line[], exit: string | null): ModuleResult {
  const r: ModuleResult = { module, status: '', pass: 0, fail: 0, error: 0, skip: 0, failing: [] };
  const outcome = new Map<string, string>();
  let finished = false;
  let loadError: string | null = null;
  for (const l of lines) {
    if (l.finished) finished = true;
    else if (l.load_error) loadError = l.load_error;
    else if (l.id !== undefined && l.outcome !== undefined) {
      // A failing subtest outranks its test's other outcomes.
      const prev = outcome.get(l.id);
      if (prev === undefined || prev === 'pass' || prev === 'skip') outcome.set(l.id, l.outcome);
    }
  }
  for (const [id, o] of outcome) {
    if (o === 'pass') r.pass++;
    else if (o === 'skip') r.skip++;
    else {
      if (o === 'fail') r.fail++;
      else r.error++;
      r.failing.push(id);
    }
  }
  r.failing.sort();
  r.status = loadError !== null ? `load error: ${loadError}` : finished ? 'finished' : (exit ?? 'crashed');
  return r;
}

function readLines(file: string): Line[] {
  if (!fs.existsSync(file)) return [];
  const out: Line[] = [];
  for (const s of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!s.trim()) continue;
    try {
      out.push(JSON.parse(s) as Line);
    } catch {
      // A line cut by a crash.
    }
  }
  return out;
}

function runOne(cmd: string[], module: string, outFile: string, env: NodeJS.ProcessEnv, timeoutS: number): Promise<string | null> {
  return new Promise((resolve) => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), `cpt-${module}-`));
    // Its own process group, so that the children a test starts go with it: a test's child left running
    // keeps the stderr pipe open (and a core busy) after the module has ended.
    const child = spawn(cmd[0], [...cmd.slice(1), DRIVER, `test.${module}`, outFile], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const killGroup = (): void => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
    };
    child.on('exit', killGroup);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString('utf8')).slice(-4000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutS * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      fs.rmSync(cwd, { recursive: true, force: true });
      if (timedOut) return resolve('timeout');
      if (code === 0) return resolve(null);
      const last = stderr.trim().split('\n').pop() ?? '';
      resolve(`crashed: ${signal ?? `exit ${code}`}: ${last.slice(0, 200)}`);
    });
  });
}

async function pool<T>(items: T[], jobs: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

export async function runConformance(modules: string[], opts: { timeoutS: number; jobs: number }): Promise<{ typhon: ModuleResult[]; cpython: ModuleResult[] }> {
  const lib = python3Lib();
  fs.mkdirSync(CACHE, { recursive: true });
  const baseEnv = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };
  const typhon: ModuleResult[] = [];
  const cpython: ModuleResult[] = [];
  await pool(modules, opts.jobs, async (m) => {
    const ref = path.join(CACHE, `${m}.python3.jsonl`);
    let refExit: string | null = null;
    if (!fs.existsSync(ref)) refExit = await runOne([python3()], m, ref, baseEnv, opts.timeoutS * 3);
    cpython.push(summarise(m, readLines(ref), refExit));
    // Kept beside python3's for reading the failures' details afterwards.
    const out = path.join(CACHE, `${m}.typhon.jsonl`);
    // A run that dies before writing must not be read as the last run's results.
    fs.rmSync(out, { force: true });
    const exit = await runOne([process.execPath, TYPHON], m, out, { ...baseEnv, TYPHON_STDLIB: lib }, opts.timeoutS);
    typhon.push(summarise(m, readLines(out), exit));
  });
  const order = (a: ModuleResult, b: ModuleResult) => modules.indexOf(a.module) - modules.indexOf(b.module);
  return { typhon: typhon.sort(order), cpython: cpython.sort(order) };
}

type Known = Record<string, { finished: boolean; failing: string[] }>;

function toKnown(results: ModuleResult[]): Known {
  const k: Known = {};
  for (const r of results) k[r.module] = { finished: r.status === 'finished', failing: r.failing };
  return k;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: number): number => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const timeoutS = opt('--timeout', 300);
  const jobs = opt('--jobs', Math.max(1, Math.min(4, os.cpus().length)));
  const named = args.filter((a, i) => !a.startsWith('--') && !['--timeout', '--jobs'].includes(args[i - 1]));
  const modules = named.length ? named : MODULES;
  const t0 = Date.now();
  const { typhon, cpython } = await runConformance(modules, { timeoutS, jobs });
  const rows = [['module', 'status', 'run', 'pass', 'fail', 'error', 'skip', 'python3 pass']];
  const tot = { run: 0, pass: 0, fail: 0, error: 0, skip: 0, ref: 0, finished: 0 };
  for (let i = 0; i < typhon.length; i++) {
    const r = typhon[i];
    const ref = cpython[i];
    const run = r.pass + r.fail + r.error + r.skip;
    rows.push([r.module, r.status.slice(0, 70), String(run), String(r.pass), String(r.fail), String(r.error), String(r.skip), String(ref.pass)]);
    tot.run += run;
    tot.pass += r.pass;
    tot.fail += r.fail;
    tot.error += r.error;
    tot.skip += r.skip;
    tot.ref += ref.pass;
    if (r.status === 'finished') tot.finished++;
  }
  rows.push([`total (${tot.finished}/${typhon.length} finished)`, '', String(tot.run), String(tot.pass), String(tot.fail), String(tot.error), String(tot.skip), String(tot.ref)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, r] of rows.entries()) {
    console.log('| ' + r.map((x, c) => x.padEnd(widths[c])).join(' | ') + ' |');
    if (i === 0) console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
  }
  console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s; Typhon passes ${tot.pass} of python3's ${tot.ref} passing tests (${tot.ref ? ((100 * tot.pass) / tot.ref).toFixed(1) : 'n/a'}%)`);
  if (args.includes('--write') || args.includes('--check')) {
    const now = toKnown(typhon);
    const before: Known = fs.existsSync(KNOWN) ? (JSON.parse(fs.readFileSync(KNOWN, 'utf8')) as Known) : {};
    if (args.includes('--write')) {
      const merged = { ...before, ...now };
      fs.mkdirSync(path.dirname(KNOWN), { recursive: true });
      fs.writeFileSync(KNOWN, JSON.stringify(merged, null, 1) + '\n');
      console.log(`wrote ${path.relative(ROOT, KNOWN)}`);
    } else {
      let stale = 0;
      for (const m of modules) {
        if (JSON.stringify(before[m]) !== JSON.stringify(now[m])) {
          stale++;
          console.log(`differs from the record: ${m}`);
        }
      }
      if (stale) process.exit(1);
    }
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
