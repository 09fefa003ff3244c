/**
 * Back-end parity without our compiler: python3 compiles each corpus file and
 * hands us (a) its code object marshalled and (b) what `dis.dis` prints for
 * it. We load (a) with our marshal, print it with our dis, and compare with
 * (b), `0x...` addresses masked. Then we marshal the loaded code back and
 * python3 checks that its marshal loads our bytes to a code object equal,
 * field by field and recursively, to its own.
 *
 * python3 runs with PYTHONHASHSEED=0 so frozenset constants print in a fixed
 * order, and disassembles the code object as loaded back from its marshal
 * data (what `python3 -m dis` shows for the .pyc's code).
 *
 * Standalone: node dist/scripts/parity/pyc.js [stdlib|test|all|FILE...] [--limit N] [--show N]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { CodeObject } from '../../src/bytecode/code';
import { disRecursive } from '../../src/dis';
import { dumps, loads, PyMarshalError } from '../../src/marshal';
import { libTestFiles, python3, stdlibFiles } from '../corpus';

const COMPILE_SCRIPT = String.raw`
import sys, marshal, dis, io, os
out = sys.argv[1]
files = [l for l in sys.stdin.read().split('\n') if l]
for i, f in enumerate(files):
    try:
        with open(f, 'rb') as fh:
            src = fh.read()
        co = compile(src, f, 'exec')
    except Exception as e:
        continue
    with open(os.path.join(out, '%d.bin' % i), 'wb') as fh:
        fh.write(marshal.dumps(co))
    buf = io.StringIO()
    # dis of the code as loaded from the .pyc: a frozenset constant then has
    # marshal's item order, as our loader sees it (compile() inserts in source
    # order, which the .pyc does not keep).
    dis.dis(marshal.loads(marshal.dumps(co)), file=buf)
    with open(os.path.join(out, '%d.dis' % i), 'w', encoding='utf-8', errors='surrogatepass') as fh:
        fh.write(buf.getvalue())
`;

const COMPARE_SCRIPT = String.raw`
import sys, marshal, os, math
def canon(x):
    t = type(x).__name__
    if t == 'code':
        return ('code', x.co_argcount, x.co_posonlyargcount, x.co_kwonlyargcount, x.co_stacksize, x.co_flags,
                x.co_code, canon(x.co_consts), x.co_names, x.co_varnames, x.co_cellvars, x.co_freevars, x.co_nlocals,
                x.co_filename, x.co_name, x.co_qualname, x.co_firstlineno, x.co_linetable, x.co_exceptiontable)
    if t == 'float':
        return (t, repr(x), math.copysign(1, x))
    if t == 'complex':
        return (t, repr(x))
    if t in ('tuple', 'list'):
        return (t, tuple(canon(v) for v in x))
    if t in ('frozenset', 'set'):
        return (t, tuple(sorted(repr(canon(v)) for v in x)))
    if t == 'dict':
        return (t, tuple((canon(k), canon(v)) for k, v in x.items()))
    return (t, x)
out = sys.argv[1]
ok = bad = 0
for name in sys.stdin.read().split():
    theirs = marshal.loads(open(os.path.join(out, name + '.bin'), 'rb').read())
    try:
        ours = marshal.loads(open(os.path.join(out, name + '.ours'), 'rb').read())
        same = canon(ours) == canon(theirs) and ours == theirs
    except Exception as e:
        same = False
    if same:
        ok += 1
    else:
        bad += 1
        print('DIFF', name)
print('RESULT', ok, bad)
`;

export interface PycParity {
  files: number;
  compiled: number;
  disIdentical: number;
  loadErrors: string[];
  disDiffs: { file: string; ours: string; theirs: string }[];
  roundTripEqual: number;
  roundTripDiffs: string[];
}

export function maskAddresses(s: string): string {
  return s.replace(/0x[0-9a-f]+/g, '0x?');
}

export function runPycParity(files: string[]): PycParity {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-pyc-'));
  const env = { ...process.env, PYTHONHASHSEED: '0' };
  const r = spawnSync(python3(), ['-c', COMPILE_SCRIPT, dir], { input: files.join('\n'), env, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error('python3 compile batch failed: ' + r.stderr.toString());
  const res: PycParity = { files: files.length, compiled: 0, disIdentical: 0, loadErrors: [], disDiffs: [], roundTripEqual: 0, roundTripDiffs: [] };
  const names: string[] = [];
  files.forEach((f, i) => {
    const bin = path.join(dir, `${i}.bin`);
    if (!fs.existsSync(bin)) return;
    res.compiled++;
    let co;
    try {
      co = loads(fs.readFileSync(bin));
    } catch (e) {
      res.loadErrors.push(`${f}: ${e instanceof PyMarshalError ? e.toString() : String(e)}`);
      return;
    }
    if (!(co instanceof CodeObject)) {
      res.loadErrors.push(`${f}: not a code object`);
      return;
    }
    const theirs = maskAddresses(fs.readFileSync(path.join(dir, `${i}.dis`), 'utf8'));
    const ours = maskAddresses(disRecursive(co));
    if (ours === theirs) res.disIdentical++;
    else res.disDiffs.push({ file: f, ours, theirs });
    fs.writeFileSync(path.join(dir, `${i}.ours`), dumps(co));
    names.push(String(i));
  });
  const c = spawnSync(python3(), ['-c', COMPARE_SCRIPT, dir], { input: names.join('\n'), env, maxBuffer: 1 << 28 });
  const text = c.stdout.toString();
  const m = /RESULT (\d+) (\d+)/.exec(text);
  if (!m) throw new Error('python3 compare batch failed: ' + c.stderr.toString());
  res.roundTripEqual = Number(m[1]);
  for (const line of text.split('\n')) if (line.startsWith('DIFF ')) res.roundTripDiffs.push(files[Number(line.slice(5))]);
  fs.rmSync(dir, { recursive: true, force: true });
  return res;
}

/** The first differing line of two dis texts, for reports. */
export function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  ours:   ${a[i]}\n  theirs: ${b[i]}`;
  }
  return '(same)';
}

function main(): void {
  const args = process.argv.slice(2);
  let limit = Infinity;
  let show = 5;
  const what: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--limit') limit = Number(args[++i]);
    else if (args[i] === '--show') show = Number(args[++i]);
    else what.push(args[i]);
  }
  if (what.length === 0) what.push('stdlib');
  const groups: [string, string[]][] = [];
  for (const w of what) {
    if (w === 'stdlib' || w === 'all') groups.push(['stdlib', stdlibFiles()]);
    if (w === 'test' || w === 'all') groups.push(['Lib/test', libTestFiles()]);
    if (w !== 'stdlib' && w !== 'test' && w !== 'all') groups.push([w, [w]]);
  }
  for (const [label, all] of groups) {
    const files = all.slice(0, limit);
    const t0 = Date.now();
    const r = runPycParity(files);
    console.log(`${label}: dis printer on CPython's code: ${r.disIdentical}/${r.compiled} files identical`);
    console.log(`${label}: marshal round trip (our dumps -> python3 loads, equal code objects): ${r.roundTripEqual}/${r.compiled - r.loadErrors.length}`);
    if (r.loadErrors.length) console.log(`${label}: load errors: ${r.loadErrors.length}\n  ` + r.loadErrors.slice(0, show).join('\n  '));
    for (const d of r.disDiffs.slice(0, show)) console.log(`  dis diff ${d.file}: ${firstDifference(d.ours, d.theirs)}`);
    for (const f of r.roundTripDiffs.slice(0, show)) console.log(`  round-trip diff ${f}`);
    console.log(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

if (require.main === module) main();
