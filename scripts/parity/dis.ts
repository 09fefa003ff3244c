/**
 * Compiler dis parity: for each corpus file, our compiler must compile the
 * whole module (no CompilerNotImplemented) and our dis must print exactly
 * what python3's `dis.dis(compile(source, FILE, 'exec'))` prints — what
 * `python3 -m dis FILE` shows — with `0x…` addresses masked.
 *
 * Files python3 itself rejects are left out. One python3 process compiles
 * every file and prints dis for the ones we compiled. The report also counts
 * the unsupported constructs that stopped the others, the list the next
 * compiler sessions work down, and lists other errors (ours only).
 *
 * With --code, python3 also loads our marshal output of each compiled file and
 * compares every code object with its own, field by field, recursively.
 *
 * Standalone: node dist/scripts/parity/dis.js [stdlib|test|all|FILE...] [--code] [--show N]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { compileModule, CompilerNotImplemented } from '../../src/compiler';
import { disRecursive } from '../../src/dis';
import { dumps } from '../../src/marshal';
import { decodeSource } from '../../src/tokenizer/source';
import { libTestFiles, python3, stdlibFiles } from '../corpus';

const ORACLE = String.raw`
import dis, io, json, sys, marshal
FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_code',
          'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_filename', 'co_name', 'co_qualname',
          'co_firstlineno', 'co_linetable', 'co_exceptiontable')
def diff(a, b, path):
    for f in FIELDS:
        if getattr(a, f) != getattr(b, f):
            return '%s.%s differs' % (path, f)
    if len(a.co_consts) != len(b.co_consts):
        return path + '.co_consts differs'
    for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
        if type(x).__name__ == 'code' and type(y).__name__ == 'code':
            d = diff(x, y, '%s.co_consts[%d](%s)' % (path, i, x.co_name))
            if d:
                return d
        elif type(x) is not type(y) or repr(x) != repr(y):
            if not (isinstance(x, frozenset) and x == y):
                return '%s.co_consts[%d] differs' % (path, i)
    return None
out = []
for job in json.load(sys.stdin):
    try:
        with open(job['file'], 'rb') as fh:
            co = compile(fh.read(), job['file'], 'exec')
    except Exception as e:
        out.append(None)
        continue
    if not job['dis']:
        out.append(['', None])
        continue
    b = io.StringIO()
    dis.dis(co, file=b)
    fields = None
    if job.get('marshal'):
        with open(job['marshal'], 'rb') as fh:
            fields = diff(co, marshal.loads(fh.read()), 'module') or ''
    out.append([b.getvalue(), fields])
sys.stdout.write(json.dumps(out))
`;

export interface DisParityResult {
  /** Files python3 compiles (the denominator). */
  files: number;
  /** Files python3 rejects (SyntaxError and the like), left out. */
  rejected: number;
  /** Compiled by us with no CompilerNotImplemented. */
  compiled: number;
  /** ... and printing python3's dis exactly. */
  identical: number;
  /** ... and with every code object equal to python3's, field by field (when asked for). */
  codeEqual: number;
  codeDiffer: { file: string; detail: string }[];
  /** Unsupported construct -> number of files it stopped (first one met per file). */
  notImplemented: Map<string, number>;
  /** Other failures: parse errors, internal errors. */
  errors: { file: string; error: string }[];
  differ: { file: string; ours: string; theirs: string }[];
}

const mask = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x…');

export function disParity(files: string[], codeObjects = false): DisParityResult {
  const r: DisParityResult = {
    files: 0, rejected: 0, compiled: 0, identical: 0, codeEqual: 0, codeDiffer: [], notImplemented: new Map(), errors: [], differ: [],
  };
  const tmp = codeObjects ? fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-dis-')) : '';
  const ours: { file: string; dis: string | null; marshal?: string; notImplemented?: string; error?: string }[] = [];
  for (const file of files) {
    try {
      const { text } = decodeSource(fs.readFileSync(file), file);
      const co = compileModule(text, file);
      let marshalFile: string | undefined;
      if (codeObjects) {
        marshalFile = path.join(tmp, `${ours.length}.bin`);
        fs.writeFileSync(marshalFile, dumps(co));
      }
      ours.push({ file, dis: disRecursive(co), marshal: marshalFile });
    } catch (e) {
      if (e instanceof CompilerNotImplemented) {
        ours.push({ file, dis: null, notImplemented: e.msg.replace(/^compiler: /, '').replace(/ is not supported yet$/, '') });
      } else {
        ours.push({ file, dis: null, error: e instanceof Error ? e.message : String((e as { msg?: string }).msg ?? e) });
      }
    }
  }
  const p = spawnSync(python3(), ['-c', ORACLE], {
    input: JSON.stringify(ours.map((o) => ({ file: o.file, dis: o.dis !== null, marshal: o.marshal }))),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  if (p.status !== 0) throw new Error('python3 failed: ' + p.stderr);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  const theirs = JSON.parse(p.stdout) as ([string, string | null] | null)[];
  ours.forEach((o, i) => {
    const answer = theirs[i];
    if (answer === null) {
      r.rejected++;
      return;
    }
    r.files++;
    if (o.notImplemented !== undefined) {
      r.notImplemented.set(o.notImplemented, (r.notImplemented.get(o.notImplemented) ?? 0) + 1);
      return;
    }
    if (o.error !== undefined) {
      r.errors.push({ file: o.file, error: o.error });
      return;
    }
    r.compiled++;
    const [t, fields] = answer;
    if (mask(t) === mask(o.dis!)) r.identical++;
    else r.differ.push({ file: o.file, ours: o.dis!, theirs: t });
    if (fields === '') r.codeEqual++;
    else if (fields) r.codeDiffer.push({ file: o.file, detail: fields });
  });
  return r;
}

function firstDiff(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (mask(x[i] ?? '') !== mask(y[i] ?? '')) return `line ${i + 1}:\n    python3: ${x[i]}\n    typhon:  ${y[i]}`;
  }
  return '(no difference)';
}

function main(): void {
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? Number(args[showAt + 1]) : 5;
  // Without --show (showAt -1), `i !== showAt + 1` would drop the first argument.
  const rest = args.filter((a, i) => !a.startsWith('--') && (showAt < 0 || i !== showAt + 1));
  let files: string[];
  if (rest.length === 0 || rest[0] === 'stdlib') files = stdlibFiles();
  else if (rest[0] === 'test') files = libTestFiles();
  else if (rest[0] === 'all') files = [...stdlibFiles(), ...libTestFiles()];
  else files = rest;
  const code = args.includes('--code');
  const r = disParity(files, code);
  const pct = (n: number): string => (r.files ? ((100 * n) / r.files).toFixed(2) : '0') + '%';
  console.log(`files python3 compiles: ${r.files} (${r.rejected} more it rejects are left out)`);
  console.log(`compiled (no NotImplementedError): ${r.compiled} (${pct(r.compiled)})`);
  console.log(`identical dis: ${r.identical} (${pct(r.identical)})`);
  if (code) console.log(`every code object equal (co_linetable, co_stacksize, ... included): ${r.codeEqual} (${pct(r.codeEqual)})`);
  console.log('first unsupported construct met, by files:');
  for (const [what, n] of [...r.notImplemented].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(n).padStart(5)}  ${what}`);
  if (r.errors.length) console.log(`other errors: ${r.errors.length}`);
  for (const e of r.errors.slice(0, show)) console.log(`  ${e.file}: ${e.error.slice(0, 200)}`);
  for (const d of r.differ.slice(0, show)) console.log(`differs: ${d.file}\n  ${firstDiff(d.theirs, d.ours)}`);
  for (const d of r.codeDiffer.slice(0, show)) console.log(`code objects differ: ${d.file}: ${d.detail}`);
}

if (require.main === module) main();
