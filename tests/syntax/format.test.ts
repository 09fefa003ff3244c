/**
 * formatSyntaxError against python3 itself: bad files (and -c code) are run
 * by python3; a sitecustomize hook records the SyntaxError python3 is about
 * to print (its class, msg, filename, lineno, offset, end_lineno,
 * end_offset, text) and hands it to the normal printer. Our formatter, given
 * the same fields, must write python3's stderr byte for byte. Independent of
 * our parser.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';
import { PySyntaxError, type SyntaxErrorKind } from '../../src/tokenizer/errors';
import { formatSyntaxError } from '../../src/cli/syntax_error_format';
import { loadCorpus, type Case } from '../../scripts/parity/syntax_errors';

const HOOK = `
import sys, json, os
def _typhon_hook(t, v, tb):
    out = os.environ.get('TYPHON_SX_OUT')
    if out and isinstance(v, SyntaxError):
        with open(out, 'w') as f:
            json.dump({'kind': t.__name__, 'msg': v.msg, 'filename': v.filename, 'lineno': v.lineno,
                       'offset': v.offset, 'end_lineno': v.end_lineno, 'end_offset': v.end_offset,
                       'text': v.text}, f)
    sys.__excepthook__(t, v, tb)
sys.excepthook = _typhon_hook
`;

interface Recorded {
  kind: SyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

/** Hand-written files for the printer's corners (tabs, form feeds, wide text, multi-line spans, offsets past the end). */
const EXTRA: string[] = [
  'x = (\n',
  '\tx = (1 2)\n',
  '\t\tx = $\n',
  '\x0c  y = (1 2)\n',
  'if x:\n\tif y:\n        z\n',
  'if x:\n        y\n\tz\n',
  '    x = 1\n',
  'def f():\n    return (1 +\n        2 +\n  $)\n',
  'x = f(a,\n      b c,\n      d)\n',
  'x = [1, 2\ny = 3\n',
  's = "日本語 x" $\n',
  's = "日本語\n',
  '日本 = (1 2)\n',
  'x = "🐍" 🐍\n',
  "f'{a b}'\n",
  "x = f'''\n{a b}\n'''\n",
  'x = """\nabc',
  "x = 'abc",
  'print "hello"\n',
  'a = 1 +\n',
  'def f(x, x): pass\n',
  'return 1\n',
  'class C:\n    break\n',
  'x = 1\0\n',
  'x = 1 \\ 2\n',
  'x = 1\\',
  'for x in y:\n',
  'foo(\n  a,\n  b\n',
  'f(**k, *a)\n',
  'x = (1 for x in y) = 2\n',
  'a, b += 1\n',
  '   \t  x = f(a b)\n',
  'if True:\n  x = 1\n    y = 2\n',
  'x = 0b12\n',
  'x = 1_\n',
  'x = €\n',
  'match x:\n    case {**a, b: 1}: pass\n',
  'try:\n  pass\nexcept A, B:\n  pass\n',
  'with (a as b, c as d:\n    pass\n',
  'lambda x=1, y: 1\n',
  "x = ''' abc \\\n",
  // errors spanning lines
  'x = (1 +\n     2) = 3\n',
  'f(x for x in\n  y, 1)\n',
  '[a,\n b] += 1\n',
  'del (a,\n     b + c)\n',
  'x = {\n  1: 2,\n  **a: 1}\n',
  'def f(a,\n      a): pass\n',
  'for (x,\n     y()) in z: pass\n',
  'x = (yield\n  1) = 2\n',
  '"a" "b" \\\n  "c" = 1\n',
  'with (a,\n      b) as c.d():\n  pass\n',
];

const C_EXTRA: string[] = ['x = (1 2)', 'x = (', 'if x:\n\tif y:\n        z', "'abc", 'def f(:\n pass', 'return', '  x'];

function pick(): { src: string; bytes: boolean }[] {
  const corpus = loadCorpus();
  const all: Case[] = [...corpus.parse, ...corpus.compile].filter((c) => c.mode === 'exec');
  all.sort((a, b) => (a.id < b.id ? -1 : 1));
  const seen = new Set<string>();
  const out: { src: string; bytes: boolean }[] = [];
  for (const c of all) {
    if (/[\ud800-\udfff]/.test(c.source) && !c.bytes) continue;
    const e = c.expected;
    const t = e.text ?? '';
    const traits = [
      c.bytes ? 'bytes' : '',
      /^[ \t\f]/.test(t) ? 'lead' : '',
      /[^\x00-\x7f]/.test(t) ? 'wide' : '',
      e.end_lineno !== null && e.lineno !== null && e.end_lineno > e.lineno ? 'multi' : '',
      e.offset !== null && e.offset > t.length ? 'past' : '',
      c.stage,
    ].join(',');
    const key = `${e.kind}|${e.msg.replace(/\d+/g, 'N')}|${traits}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ src: c.source, bytes: c.bytes === true });
    if (out.length >= 60) break;
  }
  return out;
}

function run(args: string[], dir: string, outFile: string): Promise<{ stderr: string; rec: Recorded | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.TYPHON_ORACLE ?? 'python3', args, {
      cwd: dir,
      env: { ...process.env, PYTHONPATH: dir, TYPHON_SX_OUT: outFile, PYTHONIOENCODING: 'utf-8', PYTHONHASHSEED: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => chunks.push(b));
    child.on('error', reject);
    child.on('close', () => {
      const rec = fs.existsSync(outFile) ? (JSON.parse(fs.readFileSync(outFile, 'utf8')) as Recorded) : null;
      resolve({ stderr: Buffer.concat(chunks).toString('utf8'), rec });
    });
  });
}

/** Run jobs with at most `n` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const k = next++;
      out[k] = await jobs[k]();
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}

function toError(r: Recorded): PySyntaxError {
  // python3's None stays null: the formatter treats it as CPython's printer does
  return new PySyntaxError(
    r.kind,
    r.msg,
    r.filename,
    r.lineno as number,
    r.offset as number,
    r.text,
    r.end_lineno as number,
    r.end_offset as number,
  );
}

test('formatSyntaxError prints what python3 prints for bad files and -c code', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-sx-'));
  try {
    fs.writeFileSync(path.join(dir, 'sitecustomize.py'), HOOK);
    const files = [...pick(), ...EXTRA.map((src) => ({ src, bytes: false }))];
    const jobs: (() => Promise<string | null>)[] = [];
    const check = (what: string, args: string[], k: number) => async () => {
      const { stderr, rec } = await run(args, dir, path.join(dir, `rec_${k}.json`));
      if (rec === null) return null; // no SyntaxError when run this way (e.g. an eval-mode case)
      const ours = formatSyntaxError(toError(rec));
      if (ours === stderr) return '';
      return `${what} ${JSON.stringify(rec)}\n  python3: ${JSON.stringify(stderr)}\n  ours:    ${JSON.stringify(ours)}`;
    };
    files.forEach((f, i) => {
      const file = path.join(dir, `bad_${i}.py`);
      fs.writeFileSync(file, f.bytes ? Buffer.from(f.src, 'latin1') : Buffer.from(f.src, 'utf8'));
      jobs.push(check(`file ${JSON.stringify(f.src)}`, [file], i));
    });
    C_EXTRA.forEach((src, i) => jobs.push(check(`-c ${JSON.stringify(src)}`, ['-c', src], files.length + i)));
    const results = await pool(jobs, 4);
    const compared = results.filter((r) => r !== null).length;
    const mismatches = results.filter((r): r is string => r !== null && r !== '');
    console.log(`${compared} python3 runs compared`);
    assert.ok(compared >= 50, `only ${compared} cases compared`);
    assert.deepEqual(mismatches, [], mismatches.join('\n'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('formatSyntaxError: the caret range and its limits', () => {
  const e = (kind: SyntaxErrorKind, text: string | null, lineno: number, offset: number, endLineno: number, endOffset: number) =>
    formatSyntaxError(new PySyntaxError(kind, 'm', 'f.py', lineno, offset, text, endLineno, endOffset));
  assert.equal(e('SyntaxError', 'x = (\n', 1, 5, 1, 0), '  File "f.py", line 1\n    x = (\n        ^\nSyntaxError: m\n');
  assert.equal(e('SyntaxError', '  a b c\n', 1, 3, 1, 6), '  File "f.py", line 1\n    a b c\n    ^^^\nSyntaxError: m\n');
  // several lines: to the end of the first one
  assert.equal(e('SyntaxError', 'f(a,\n', 1, 1, 3, 2), '  File "f.py", line 1\n    f(a,\n    ^^^^\nSyntaxError: m\n');
  // subclasses: one caret
  assert.equal(e('IndentationError', ' x\n', 1, 2, 1, 3), '  File "f.py", line 1\n    x\n    ^\nIndentationError: m\n');
  // left of the stripped text: no caret
  assert.equal(e('SyntaxError', '    x\n', 1, 2, 1, 3), '  File "f.py", line 1\n    x\nSyntaxError: m\n');
  // carets stop one past the end of the text
  assert.equal(e('SyntaxError', 'ab\n', 1, 1, 1, 10), '  File "f.py", line 1\n    ab\n    ^^^\nSyntaxError: m\n');
  // no text
  assert.equal(e('SyntaxError', null, 4, 1, 4, 2), '  File "f.py", line 4\nSyntaxError: m\n');
});
