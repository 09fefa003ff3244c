/**
 * The differential harness for running programs (issues 4 and 5): a program
 * is run as `typhon FILE` and as `python3 FILE` and the two runs must agree
 * on stdout, stderr and exit status, to the character.
 *
 * Shared by tests/vm/run_programs.test.ts (the test), scripts/vm-diff.ts (one
 * program, as a unified diff) and scripts/vm-known-failures.ts (rewrites the
 * known-failures list and reports what fails most).
 *
 * Both interpreters are started the same way: cwd = the program's folder and
 * the program named by its base name, because tracebacks print the path as
 * given on the command line. Programs run in parallel through a small pool of
 * child processes (spawn, not spawnSync): each run is mostly process start-up,
 * so one at a time would leave cores idle and make the corpus slow.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The repository root (this file runs from dist/tests/vm/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Program names in the known-failures list are relative to this folder. */
export const DATA = path.join(ROOT, 'tests', 'data');
/** The folders whose *.py files form the corpus, relative to DATA. */
// modules/: the stdlib's C modules written in TypeScript, one `<module>_<topic>.py` per subject.
export const CORPUS_DIRS = ['programs', 'vm', 'modules'];
export const KNOWN_FILE = path.join(DATA, 'vm', 'known_failures.json');
const TYPHON = path.join(ROOT, 'bin', 'typhon.js');

/**
 * Per-process wall-clock limit; a VM bug that loops forever must not hang CI.
 * python3 runs every corpus program in well under a second; the margin is for
 * a slower VM on a loaded 2-core machine.
 */
export const TIMEOUT_MS = Number(process.env.TYPHON_VM_TIMEOUT_MS ?? 10_000);
/** Captured output beyond this many bytes per stream is cut and the process killed (a runaway print loop). */
const MAX_OUTPUT = 4 << 20;

export interface RunResult {
  stdout: string;
  stderr: string;
  /** Exit status, or null when the process died of a signal or was killed. */
  status: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Output exceeded MAX_OUTPUT and the process was killed. */
  truncated: boolean;
  ms: number;
}

export interface Comparison {
  /** The program's path relative to tests/data, with forward slashes. */
  rel: string;
  expected: RunResult;
  actual: RunResult;
  identical: boolean;
}

/** Every corpus program, relative to tests/data ("programs/001_hello.py", "vm/001_calls.py"), sorted. */
export function listPrograms(): string[] {
  const out: string[] = [];
  for (const dir of CORPUS_DIRS) {
    const abs = path.join(DATA, dir);
    if (!fs.existsSync(abs)) continue;
    const named = dir === 'modules' ? /^[a-z][a-z0-9_]*\.py$/ : /^\d{3}_.*\.py$/;
    for (const f of fs.readdirSync(abs)) if (named.test(f)) out.push(`${dir}/${f}`);
  }
  return out.sort();
}

/** Same environment for both interpreters: deterministic hashes, UTF-8 pipes, no __pycache__ in the corpus folders. */
function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };
}

let oracleBinary: string | null = null;
/**
 * The python3 to run. A pyenv shim in front of python3 costs ~50 ms per start
 * (scripts/bench.ts measured it), a quarter of a corpus run, so the real binary
 * (sys.executable) is asked for once; TYPHON_ORACLE overrides, as in the other tests.
 */
export function oracle(): string {
  if (oracleBinary !== null) return oracleBinary;
  const name = process.env.TYPHON_ORACLE ?? 'python3';
  const r = spawnSync(name, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  oracleBinary = r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : name;
  return oracleBinary;
}

/**
 * Runs `cmd ...args FILE` in FILE's folder, with FILE given by its base name;
 * its stdin is FILE with `.stdin` for `.py` when that exists, else empty.
 */
export function runFile(cmd: string, args: string[], file: string, timeoutMs = TIMEOUT_MS, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const stdinPath = file.replace(/\.py$/, '.stdin');
    const stdinFd = fs.existsSync(stdinPath) ? fs.openSync(stdinPath, 'r') : null;
    const child = spawn(cmd, [...args, path.basename(file)], {
      cwd: path.dirname(file),
      env: { ...childEnv(), ...env },
      stdio: [stdinFd ?? 'ignore', 'pipe', 'pipe'],
    });
    if (stdinFd !== null) fs.closeSync(stdinFd);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let timedOut = false;
    let truncated = false;
    let spawnError: Error | null = null;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout!.on('data', (b: Buffer) => {
      if (outBytes < MAX_OUTPUT) out.push(b);
      outBytes += b.length;
      if (outBytes > MAX_OUTPUT && !truncated) {
        truncated = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr!.on('data', (b: Buffer) => {
      if (errBytes < MAX_OUTPUT) err.push(b);
      errBytes += b.length;
      if (errBytes > MAX_OUTPUT && !truncated) {
        truncated = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', (e) => {
      spawnError = e;
    });
    // 'close' (not 'exit') waits for both pipes to be drained.
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: spawnError ? `${stderr}[harness: cannot start ${cmd}: ${(spawnError as Error).message}]\n` : stderr,
        status,
        signal,
        timedOut,
        truncated,
        ms: Date.now() - t0,
      });
    });
  });
}

export function runTyphon(file: string, timeoutMs = TIMEOUT_MS, env: Record<string, string> = {}): Promise<RunResult> {
  return runFile(process.execPath, [TYPHON], file, timeoutMs, env);
}

export function runPython(file: string, timeoutMs = TIMEOUT_MS): Promise<RunResult> {
  return runFile(oracle(), [], file, timeoutMs);
}

/** Runs at most `jobs` tasks at once, in the order they were queued. */
export class Pool {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  constructor(readonly jobs: number) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.running++;
        task()
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            const next = this.queue.shift();
            if (next) next();
          });
      };
      if (this.running < this.jobs) start();
      else this.queue.push(start);
    });
  }
}

/** TYPHON_VM_JOBS, or one process per core: each run is CPU-bound start-up. */
export function defaultJobs(): number {
  const env = Number(process.env.TYPHON_VM_JOBS);
  if (Number.isInteger(env) && env > 0) return env;
  return Math.max(1, os.availableParallelism ? os.availableParallelism() : os.cpus().length);
}

export function sameRun(a: RunResult, b: RunResult): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status && !a.timedOut && !b.timedOut && !a.truncated && !b.truncated;
}

/**
 * Compares many programs through one pool. python3's result for a program is
 * computed once per run (the oracle cache) however many times it is asked for.
 */
export class Comparer {
  private readonly pool: Pool;
  private readonly oracleCache = new Map<string, Promise<RunResult>>();
  private readonly results = new Map<string, Promise<Comparison>>();

  constructor(jobs = defaultJobs(), readonly timeoutMs = TIMEOUT_MS) {
    this.pool = new Pool(jobs);
  }

  expected(rel: string): Promise<RunResult> {
    let p = this.oracleCache.get(rel);
    if (!p) {
      p = this.pool.run(() => runPython(absolute(rel), this.timeoutMs));
      this.oracleCache.set(rel, p);
    }
    return p;
  }

  /**
   * `typhonTimeoutMs` lets the test give known failures less time: a hang
   * there is expected, and at full time a few hangs would double the run.
   */
  compare(rel: string, typhonTimeoutMs = this.timeoutMs, env: Record<string, string> = {}): Promise<Comparison> {
    const key = `${rel}\0${JSON.stringify(env)}`;
    let p = this.results.get(key);
    if (!p) {
      const want = this.expected(rel);
      const got = this.pool.run(() => runTyphon(absolute(rel), typhonTimeoutMs, env));
      p = Promise.all([want, got]).then(([expected, actual]) => ({ rel, expected, actual, identical: sameRun(expected, actual) }));
      this.results.set(key, p);
    }
    return p;
  }
}

/** A corpus name (relative to tests/data) or any path to a .py file, as an absolute path. */
export function absolute(rel: string): string {
  return path.isAbsolute(rel) ? rel : path.join(DATA, rel);
}

/** Turns a command-line path into a corpus name when it lies inside tests/data, else an absolute path. */
export function corpusName(arg: string): string {
  const abs = path.resolve(arg);
  if (fs.existsSync(abs)) {
    const rel = path.relative(DATA, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
  }
  if (fs.existsSync(path.join(DATA, arg))) return arg;
  return abs;
}

// ---------------------------------------------------------------------------
// The known-failures list

export function readKnown(): string[] {
  if (!fs.existsSync(KNOWN_FILE)) return [];
  const v: unknown = JSON.parse(fs.readFileSync(KNOWN_FILE, 'utf8'));
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error(`${KNOWN_FILE}: not a JSON array of strings`);
  return v as string[];
}

/** One name a line, so that a change to the list is a one-line diff. */
export function formatKnown(names: string[]): string {
  const sorted = [...new Set(names)].sort();
  if (sorted.length === 0) return '[]\n';
  return '[\n' + sorted.map((n) => '  ' + JSON.stringify(n)).join(',\n') + '\n]\n';
}

export function writeKnown(names: string[]): void {
  fs.writeFileSync(KNOWN_FILE, formatKnown(names));
}

// ---------------------------------------------------------------------------
// Describing a difference

function statusText(r: RunResult): string {
  if (r.timedOut) return `killed after ${r.ms} ms (timeout)`;
  if (r.truncated) return 'killed: output too large';
  if (r.signal) return `killed by ${r.signal}`;
  return String(r.status);
}

function splitLines(s: string): string[] {
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The first line where two outputs differ, with a little context, for a test failure message. */
export function firstDifferingLines(name: string, want: string, got: string, context = 3): string {
  const a = splitLines(want);
  const b = splitLines(got);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const out = [`${name} differs at line ${i + 1}:`];
  for (let k = Math.max(0, i - context); k < i; k++) out.push(`    ${a[k]}`);
  for (let k = i; k < Math.min(a.length, i + context); k++) out.push(`  - ${a[k]}`);
  if (i >= a.length) out.push('  - (end of output)');
  for (let k = i; k < Math.min(b.length, i + context); k++) out.push(`  + ${b[k]}`);
  if (i >= b.length) out.push('  + (end of output)');
  if (i === a.length && i === b.length && want !== got) out.push('  (the outputs differ only in their final newline)');
  return out.join('\n');
}

/** "-" is python3 (expected), "+" is Typhon (actual). */
export function describeDifference(c: Comparison): string {
  const parts: string[] = [];
  if (c.expected.stdout !== c.actual.stdout) parts.push(firstDifferingLines('stdout', c.expected.stdout, c.actual.stdout));
  if (c.expected.stderr !== c.actual.stderr) parts.push(firstDifferingLines('stderr', c.expected.stderr, c.actual.stderr));
  const ws = statusText(c.expected);
  const gs = statusText(c.actual);
  if (ws !== gs || c.expected.status !== c.actual.status) parts.push(`exit status: python3 ${ws}, typhon ${gs}`);
  if (parts.length === 0) parts.push('(no difference)');
  return `${c.rel}: typhon's output differs from python3's ("-" python3, "+" typhon)\n${parts.join('\n')}`;
}

/** A unified diff from a plain O(n·m) longest-common-subsequence table: outputs are small, and this keeps the harness free of dependencies. */
export function unifiedDiff(want: string, got: string, labelA: string, labelB: string, context = 3): string {
  const a = splitLines(want);
  const b = splitLines(got);
  if (a.length * b.length > 25_000_000) {
    return `--- ${labelA}\n+++ ${labelB}\n(outputs too long for a line diff: ${a.length} and ${b.length} lines)\n`;
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..].
  const lcs: Uint32Array[] = [];
  for (let i = 0; i <= a.length; i++) lcs.push(new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  type Op = { kind: ' ' | '-' | '+'; text: string; ai: number; bi: number };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    // On a tie, deletions come first, as diff -u prints them.
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', text: a[i], ai: i++, bi: j++ });
    else if (i < a.length && (j >= b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', text: a[i], ai: i++, bi: j });
    else ops.push({ kind: '+', text: b[j], ai: i, bi: j++ });
  }
  const out = [`--- ${labelA}`, `+++ ${labelB}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      k++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change within reach.
    let start = Math.max(0, k - context);
    while (start < k && ops[start].kind !== ' ') start++;
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next].kind === ' ') next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const hunk = ops.slice(start, stop);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    const aStart = hunk[0].ai + (aCount ? 1 : 0);
    const bStart = hunk[0].bi + (bCount ? 1 : 0);
    out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
    for (const o of hunk) out.push(o.kind + o.text);
    k = stop;
  }
  if (want !== got && a.length === b.length && a.every((l, k) => l === b[k])) out.push('\\ the outputs differ only in their final newline');
  return out.join('\n') + '\n';
}

/** The full picture of one comparison, for scripts/vm-diff.ts. */
export function fullDiff(c: Comparison): string {
  if (c.identical) return `${c.rel}: identical to python3 (exit status ${statusText(c.actual)})\n`;
  const parts: string[] = [`${c.rel}: typhon differs from python3`];
  if (c.expected.stdout !== c.actual.stdout) parts.push(unifiedDiff(c.expected.stdout, c.actual.stdout, 'python3 stdout', 'typhon stdout'));
  if (c.expected.stderr !== c.actual.stderr) parts.push(unifiedDiff(c.expected.stderr, c.actual.stderr, 'python3 stderr', 'typhon stderr'));
  parts.push(`exit status: python3 ${statusText(c.expected)}, typhon ${statusText(c.actual)}`);
  return parts.join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// Grouping failures, for the report of what fails most

/**
 * One line that says why a program fails, so that failures with one cause
 * group together: Typhon's exception line when it raised where python3 did
 * not (NotImplementedError: ..., TypeError: ...), else the first differing
 * line of stdout, then of stderr, then the exit status.
 */
export function failureSignature(c: Comparison): string {
  const { actual: a } = c;
  // CPython 3.11 prints the script's absolute path in tracebacks even when it
  // was named relatively; that alone would make every traceback its own group,
  // so paths are compared by base name and the difference reported once.
  const e = { ...c.expected, stderr: maskPaths(c.expected.stderr) };
  const aStderr = maskPaths(a.stderr);
  if (aStderr === e.stderr && a.stdout === e.stdout && a.status === e.status && c.expected.stderr !== a.stderr) {
    return 'traceback paths only: python3 names the script by its absolute path';
  }
  return signatureOf(e, { ...a, stderr: aStderr });
}

/** `File "/abs/dir/x.py"` and `File "x.py"` both become `File "x.py"`. */
function maskPaths(s: string): string {
  return s.replace(/File "([^"]*[\\/])?([^"\\/]+)"/g, 'File "$2"');
}

function signatureOf(e: RunResult, a: RunResult): string {
  if (a.timedOut) return 'timeout';
  if (a.truncated) return 'output too large';
  if (a.signal) return `killed by ${a.signal}`;
  const lastLine = (s: string): string => splitLines(s).pop() ?? '';
  const exc = /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning|Iteration|Group)\b/;
  const aLast = lastLine(a.stderr);
  if (a.stderr !== e.stderr && exc.test(aLast) && !e.stderr.includes(aLast)) return 'raises ' + clip(aLast);
  if (a.stderr !== e.stderr && /^(Internal|JS |TypeError: Cannot|RangeError|ReferenceError)/.test(aLast)) return 'crash ' + clip(aLast);
  const firstDiff = (want: string, got: string): string => {
    const x = splitLines(want);
    const y = splitLines(got);
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    return `want ${JSON.stringify(clip(x[i] ?? '<end>'))} got ${JSON.stringify(clip(y[i] ?? '<end>'))}`;
  };
  if (e.stdout !== a.stdout) return 'stdout: ' + firstDiff(e.stdout, a.stdout);
  if (e.stderr !== a.stderr) {
    // Traceback marker lines (^^^^, ~~~^~~~) differ in one of a few ways; name the way, not the line.
    const x = splitLines(e.stderr);
    const y = splitLines(a.stderr);
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    const marks = (l: string | undefined): boolean => l !== undefined && /^[\s|]*[~^]+[\s~^]*$/.test(l);
    if (marks(x[i]) && marks(y[i])) return 'traceback: different ^/~ markers';
    if (marks(x[i])) return 'traceback: no ^/~ marker line where python3 prints one';
    if (marks(y[i])) return 'traceback: a ^/~ marker line python3 does not print';
    return 'stderr: ' + firstDiff(e.stderr, a.stderr);
  }
  return `exit status: want ${statusText(e)} got ${statusText(a)}`;
}

/**
 * A coarser key: quoted names, numbers and reprs masked, so that
 * "'int' object has no attribute 'foo'" and "... 'bar'" fall together.
 */
export function coarseSignature(sig: string): string {
  // Only exception lines have a shape worth masking; an output difference is its own group.
  if (!/^(raises|crash) /.test(sig)) return sig;
  return sig.replace(/'[^']*'/g, "'…'").replace(/\b\d+(\.\d+)?\b/g, 'N');
}

function clip(s: string, n = 120): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

/** A table of failure causes, most frequent first, with up to `examples` program names each. */
export function groupFailures(failures: Comparison[], key: (c: Comparison) => string, examples = 4): string {
  const groups = new Map<string, string[]>();
  for (const c of failures) {
    const k = key(c);
    const g = groups.get(k);
    if (g) g.push(c.rel);
    else groups.set(k, [c.rel]);
  }
  const rows = [...groups].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1));
  return rows
    .map(([k, names]) => {
      const shown = names.slice(0, examples).map((n) => n.replace(/^.*\//, '')).join(', ');
      return `${String(names.length).padStart(4)}  ${k}\n        ${shown}${names.length > examples ? ', …' : ''}`;
    })
    .join('\n');
}
