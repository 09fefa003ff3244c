/**
 * Code-object parity (DESIGN §2, parity level 3): for every corpus file our
 * compiler compiles, python3 loads `marshal.dumps(compileModule(src, path))`
 * with its own marshal and compares it with `compile(src, path, 'exec')`,
 * every field, recursively. CPython 3.11's `code.__eq__` (code_richcompare)
 * skips co_qualname, co_filename, co_stacksize and co_nlocals, so the check
 * is done field by field here: co_argcount, co_posonlyargcount,
 * co_kwonlyargcount, co_nlocals, co_stacksize, co_flags, co_firstlineno,
 * co_code, co_consts (recursively; constants compared with their type, float
 * sign and order), co_names, co_varnames, co_freevars, co_cellvars,
 * co_filename, co_name, co_qualname, co_linetable, co_exceptiontable — and
 * `==` too.
 *
 * python3's side is its compile() of each file, marshalled; those bytes are
 * cached under .cache/oracle-code/ (keyed by path, size and mtime), so a
 * rerun only loads marshal data in the one python3 batch process.
 *
 * The same sweep runs with compile() options (CompileVariant): flags
 * CO_FUTURE_ANNOTATIONS (every annotation of the corpus through the
 * unparser), optimize 1 and 2.
 *
 * Standalone: node dist/scripts/parity/code.js [stdlib|test|all|FILE...] [--show N] [--future] [-O|-OO]
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileSource, CompilerNotImplemented } from '../../src/compiler';
import { dumps } from '../../src/marshal';
import { decodeSource } from '../../src/tokenizer/source';
import { libTestFiles, python3, stdlibFiles } from '../corpus';

const CACHE_DIR = path.join('.cache', 'oracle-code');

/** Compiles each listed file (with the given compile() flags and optimize level) and writes marshal.dumps(code) to the given path; prints a JSON list of errors (null when compiled). */
const ORACLE_COMPILE = String.raw`
import json, marshal, sys
out = []
job = json.load(sys.stdin)
for src, dst in job['files']:
    try:
        with open(src, 'rb') as fh:
            co = compile(fh.read(), src, 'exec', flags=job['flags'], dont_inherit=True, optimize=job['optimize'])
    except BaseException as e:
        out.append('%s: %s' % (type(e).__name__, e))
        continue
    with open(dst, 'wb') as fh:
        fh.write(marshal.dumps(co))
    out.append(None)
sys.stdout.write(json.dumps(out))
`;

const ORACLE_COMPARE = String.raw`
import json, marshal, math, sys
FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags',
          'co_firstlineno', 'co_code', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename',
          'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable')
def key(x):
    t = type(x).__name__
    if t == 'code':
        return ('code',) + tuple(getattr(x, f) for f in FIELDS) + (key(x.co_consts),)
    if t == 'float':
        return (t, repr(x), math.copysign(1, x))
    if t == 'complex':
        return (t, repr(x), math.copysign(1, x.real), math.copysign(1, x.imag))
    if t in ('tuple', 'list'):
        return (t, tuple(key(v) for v in x))
    if t in ('frozenset', 'set'):
        return (t, frozenset(key(v) for v in x))
    return (t, x)
def has_nan(consts):
    for x in consts:
        t = type(x).__name__
        if t == 'float' and x != x or t == 'complex' and x != x:
            return True
        if t in ('tuple', 'frozenset') and has_nan(x) or t == 'code' and has_nan(x.co_consts):
            return True
    return False
def diff(a, b, where):
    for f in FIELDS:
        x, y = getattr(a, f), getattr(b, f)
        if x != y:
            return '%s.%s: python3 %.120r, typhon %.120r' % (where, f, x, y)
    if len(a.co_consts) != len(b.co_consts):
        return '%s.co_consts: python3 has %d, typhon %d' % (where, len(a.co_consts), len(b.co_consts))
    for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
        if type(x).__name__ == 'code' and type(y).__name__ == 'code':
            d = diff(x, y, '%s.co_consts[%d](%s)' % (where, i, x.co_name))
            if d:
                return d
        elif key(x) != key(y):
            return '%s.co_consts[%d]: python3 %.120r, typhon %.120r' % (where, i, x, y)
    # A NaN constant is unequal to itself, so its code object is unequal to any other.
    if a != b and not has_nan(a.co_consts):
        return where + ': code.__eq__ is False although every field is equal'
    return None
out = []
for theirs, ours in json.load(sys.stdin):
    try:
        with open(theirs, 'rb') as fh:
            a = marshal.loads(fh.read())
        with open(ours, 'rb') as fh:
            b = marshal.loads(fh.read())
        out.append(diff(a, b, 'module'))
    except BaseException as e:
        out.append('python3 cannot load ours: %s: %s' % (type(e).__name__, e))
sys.stdout.write(json.dumps(out))
`;

/**
 * compile()'s options for a sweep: `flags` (e.g. CO_FUTURE_ANNOTATIONS, to
 * compile every file as if it began with `from __future__ import
 * annotations`) and `optimize` (1 for -O, 2 for -OO). Defaults: 0 and 0.
 */
export interface CompileVariant {
  flags?: number;
  optimize?: number;
}

export interface CodeParityResult {
  /** Files python3 compiles. */
  files: number;
  /** Files python3 rejects, left out. */
  rejected: number;
  /** Compiled by Typhon (the denominator of the figure). */
  compiled: number;
  /** Every field of every code object equal. */
  identical: number;
  notImplemented: Map<string, number>;
  errors: { file: string; error: string }[];
  differ: { file: string; detail: string }[];
}

function cacheName(file: string, v: CompileVariant = {}): string {
  const st = fs.statSync(file);
  // The plain variant keeps the key it always had, so existing caches stay valid.
  const variant = v.flags || v.optimize ? `|flags=${v.flags ?? 0}|optimize=${v.optimize ?? 0}` : '';
  return createHash('sha1').update(`${path.resolve(file)}|${st.size}|${st.mtimeMs}${variant}`).digest('hex');
}

/** python3's compile() of each file, marshalled, from the cache or one python3 run: path of the bytes, or the error it raised. */
export function oracleCode(files: string[], variant: CompileVariant = {}): Map<string, { marshal?: string; error?: string }> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const out = new Map<string, { marshal?: string; error?: string }>();
  const missing: [string, string][] = [];
  for (const f of files) {
    const base = path.join(CACHE_DIR, cacheName(f, variant));
    if (fs.existsSync(base + '.bin')) out.set(f, { marshal: base + '.bin' });
    else if (fs.existsSync(base + '.err')) out.set(f, { error: fs.readFileSync(base + '.err', 'utf8') });
    else missing.push([f, base]);
  }
  if (missing.length) {
    const p = spawnSync(python3(), ['-c', ORACLE_COMPILE], {
      input: JSON.stringify({
        files: missing.map(([f, base]) => [f, base + '.bin']),
        flags: variant.flags ?? 0,
        optimize: variant.optimize ?? 0,
      }),
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    });
    if (p.status !== 0) throw new Error('python3 failed: ' + p.stderr);
    const errs = JSON.parse(p.stdout) as (string | null)[];
    missing.forEach(([f, base], i) => {
      if (errs[i] === null) out.set(f, { marshal: base + '.bin' });
      else {
        fs.writeFileSync(base + '.err', errs[i]!);
        out.set(f, { error: errs[i]! });
      }
    });
  }
  return out;
}

export function codeParity(files: string[], variant: CompileVariant = {}): CodeParityResult {
  const r: CodeParityResult = { files: 0, rejected: 0, compiled: 0, identical: 0, notImplemented: new Map(), errors: [], differ: [] };
  const oracle = oracleCode(files, variant);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-code-'));
  const jobs: [string, string][] = [];
  const jobFiles: string[] = [];
  try {
    for (const file of files) {
      const theirs = oracle.get(file)!;
      if (theirs.error !== undefined) {
        r.rejected++;
        continue;
      }
      r.files++;
      try {
        const { text } = decodeSource(fs.readFileSync(file), file);
        const co = compileSource(text, file, 'exec', { futureFlags: variant.flags ?? 0, dontInherit: true, optimize: variant.optimize ?? 0 });
        const ours = path.join(tmp, `${jobs.length}.bin`);
        fs.writeFileSync(ours, dumps(co));
        jobs.push([theirs.marshal!, ours]);
        jobFiles.push(file);
      } catch (e) {
        if (e instanceof CompilerNotImplemented) {
          const what = e.msg.replace(/^compiler: /, '').replace(/ is not supported yet$/, '');
          r.notImplemented.set(what, (r.notImplemented.get(what) ?? 0) + 1);
        } else {
          r.errors.push({ file, error: e instanceof Error ? e.message : String((e as { msg?: string }).msg ?? e) });
        }
      }
    }
    r.compiled = jobs.length;
    if (jobs.length) {
      const p = spawnSync(python3(), ['-c', ORACLE_COMPARE], {
        input: JSON.stringify(jobs),
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
      });
      if (p.status !== 0) throw new Error('python3 failed: ' + p.stderr);
      const verdicts = JSON.parse(p.stdout) as (string | null)[];
      verdicts.forEach((d, i) => {
        if (d === null) r.identical++;
        else r.differ.push({ file: jobFiles[i], detail: d });
      });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return r;
}

function main(): void {
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? Number(args[showAt + 1]) : 5;
  const rest = args.filter((a, i) => !a.startsWith('-') && (showAt < 0 || i !== showAt + 1));
  let files: string[];
  if (rest.length === 0 || rest[0] === 'stdlib') files = stdlibFiles();
  else if (rest[0] === 'test') files = libTestFiles();
  else if (rest[0] === 'all') files = [...stdlibFiles(), ...libTestFiles()];
  else files = rest;
  // --future: as if every file began with `from __future__ import annotations`; -O / -OO: optimize 1 / 2.
  const variant: CompileVariant = {
    flags: args.includes('--future') ? 0x1000000 : 0,
    optimize: args.includes('-OO') ? 2 : args.includes('-O') ? 1 : 0,
  };
  const r = codeParity(files, variant);
  const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(2) : '0') + '%';
  console.log(`files python3 compiles: ${r.files} (${r.rejected} it rejects left out); Typhon compiles ${r.compiled}`);
  console.log(`code objects identical: ${r.identical}/${r.compiled} (${pct(r.identical, r.compiled)}; ${pct(r.identical, r.files)} of all ${r.files})`);
  if (r.notImplemented.size) {
    console.log('first unsupported construct met, by files:');
    for (const [what, n] of [...r.notImplemented].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(n).padStart(5)}  ${what}`);
  }
  if (r.errors.length) console.log(`other errors: ${r.errors.length}`);
  for (const e of r.errors.slice(0, show)) console.log(`  ${e.file}: ${e.error.slice(0, 200)}`);
  for (const d of r.differ.slice(0, show)) console.log(`differs: ${d.file}: ${d.detail}`);
}

if (require.main === module) main();
