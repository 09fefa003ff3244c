/**
 * The `typhon` command against `python3` run the same way: -m ast and
 * -m tokenize on real files, SyntaxErrors of bad files and -c strings
 * (stderr and exit status), and the clear NotImplementedError for running code.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stdlibDir } from '../../scripts/corpus';

const TYPHON = path.join(__dirname, '..', '..', '..', 'bin', 'typhon.js');

function run(cmd: string, args: string[], input?: string) {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, PYTHONHASHSEED: '0' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const typhon = (args: string[], input?: string) => run(process.execPath, [TYPHON, ...args], input);
const python = (args: string[], input?: string) => run(process.env.TYPHON_ORACLE ?? 'python3', args, input);

test('-m ast prints what python3 -m ast prints', () => {
  const lib = stdlibDir();
  for (const f of ['os.py', 'string.py', 'json/decoder.py', 'dataclasses.py']) {
    for (const flags of [[], ['-a'], ['-i', '1', '--no-type-comments'], ['-m', 'exec', '-a', '-i', '0']]) {
      const file = path.join(lib, f);
      const want = python(['-m', 'ast', ...flags, file]);
      const got = typhon(['-m', 'ast', ...flags, file]);
      assert.equal(got.stdout, want.stdout, `${f} ${flags.join(' ')}`);
      assert.equal(got.status, want.status);
    }
  }
  const want = python(['-m', 'ast', '-m', 'eval'], '(1, *a, b)\n');
  assert.equal(typhon(['-m', 'ast', '-m', 'eval'], '(1, *a, b)\n').stdout, want.stdout);
});

test('-m tokenize prints what python3 -m tokenize prints', () => {
  const lib = stdlibDir();
  for (const f of ['tokenize.py', 'textwrap.py']) {
    for (const flags of [[], ['-e']]) {
      const file = path.join(lib, f);
      assert.equal(typhon(['-m', 'tokenize', ...flags, file]).stdout, python(['-m', 'tokenize', ...flags, file]).stdout, f);
    }
  }
});

test('SyntaxErrors of files and -c strings are printed as python3 prints them', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-cli-'));
  const cases = [
    'x = (1,\n',
    'def f(:\n    pass\n',
    'if x\n    pass\n',
    'print "hello"\n',
    'x = 1 +\n',
    "s = 'abc\n",
    'for x in range(3):\npass\n',
    '  x = 1\n',
    'f(a for a in b, c)\n',
    'a, b += 1\n',
    '"""never\nclosed\n',
    'x = 5 $ 3\n',
    'class C:\n\tdef f(self):\n        pass\n',
    'f"{x!z}"\n',
    'def f(x):\n    global x\n',
    'x = 1\nreturn x\n',
    'for i in x:\n    pass\nbreak\n',
    'def f():\n    nonlocal q\n',
    's = "日本語 x" $\n',
    '# -*- coding: utf-8 -*-\ns = "日本語 x" $\n',
  ];
  cases.forEach((src, i) => {
    const file = path.join(dir, `bad${i}.py`);
    fs.writeFileSync(file, src);
    const want = python([file]);
    const got = typhon([file]);
    assert.equal(got.stderr, want.stderr, JSON.stringify(src));
    assert.equal(got.status, want.status);
    const wantC = python(['-c', src]);
    const gotC = typhon(['-c', src]);
    assert.equal(gotC.stderr, wantC.stderr, '-c ' + JSON.stringify(src));
    assert.equal(gotC.status, wantC.status);
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('nesting past the parser\'s limit is a MemoryError, as in python3', () => {
  const src = '-'.repeat(7000) + 'x\n';
  const want = python(['-c', src]);
  const got = typhon(['-c', src]);
  assert.equal(got.stderr, want.stderr);
  assert.equal(got.status, want.status);
});

test('-m dis prints what python3 -m dis prints, and -m py_compile writes a .pyc python3 runs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-pyc-'));
  const programs = [
    'print("Hello, world")\n',
    'def f(a, b=2):\n    return a * b + 1\n\nfor i in range(3):\n    print(f(i), i % 2 == 0)\n',
    'x = [1, 2, 3]\ntotal = 0\nwhile x:\n    total += x.pop()\nprint(total, "done" if total > 5 else "small")\n',
    'class C:\n    def __init__(self, v):\n        self.v = v\n    def twice(self):\n        return self.v * 2\nprint(C(21).twice())\n',
  ];
  const mask = (s: string) => s.replace(/0x[0-9a-f]+/g, '0xADDR');
  programs.forEach((src, i) => {
    const file = path.join(dir, `prog${i}.py`);
    fs.writeFileSync(file, src);
    const want = python(['-m', 'dis', file]);
    const got = typhon(['-m', 'dis', file]);
    assert.equal(mask(got.stdout), mask(want.stdout), src);
    assert.equal(got.status, 0);
    assert.equal(typhon(['-m', 'py_compile', file]).status, 0);
    const pyc = path.join(dir, '__pycache__', `prog${i}.cpython-311.pyc`);
    const ran = python([pyc]);
    assert.equal(ran.stdout, python([file]).stdout, 'python3 running the .pyc Typhon wrote');
    assert.equal(ran.status, 0);
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('typhon FILE, -c and stdin run programs as python3 does (output, exit status, sys.argv)', () => {
  const hello = path.join(__dirname, '..', '..', '..', 'examples', 'hello.py');
  const r = typhon([hello]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'Hello, world\n');
  assert.equal(r.status, 0);
  const c = typhon(['-c', 'import sys; print(sys.argv); raise SystemExit(3)', 'a', 'b']);
  assert.equal(c.stdout, "['-c', 'a', 'b']\n");
  assert.equal(c.status, 3);
  const e = typhon(['-c', 'def f():\n    return 1 / 0\nf()']);
  assert.equal(e.stdout, '');
  assert.equal(e.status, 1);
  assert.equal(e.stderr, 'Traceback (most recent call last):\n  File "<string>", line 3, in <module>\n  File "<string>", line 2, in f\nZeroDivisionError: division by zero\n');
});

test('command-line errors', () => {
  const r = typhon(['/nonexistent/x.py']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "typhon: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n");
  assert.equal(typhon(['-c']).status, 2);
  assert.match(typhon(['--version']).stdout, /^Python 3\.11\.7 \(Typhon /);
});

test('modules imported from the zipped standard library keep their bytecode in the user cache', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-xdg-'));
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cache };
  delete env.PYTHONDONTWRITEBYTECODE;
  delete env.TYPHON_STDLIB;
  const go = () => spawnSync(process.execPath, [TYPHON, '-c', 'import textwrap; print(textwrap.shorten("a b c d e f", 7))'], { encoding: 'utf8', env });
  const first = go();
  assert.equal(first.stdout, 'a [...]\n', first.stderr);
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else found.push(path.join(d, e.name));
    }
  };
  walk(cache);
  const pyc = found.find((f) => f.endsWith(`${path.sep}textwrap.typhon-311.pyc`));
  assert.ok(pyc, `no cached textwrap among ${found.length} files`);
  const before = fs.statSync(pyc).mtimeMs;
  assert.equal(go().stdout, 'a [...]\n');
  assert.equal(fs.statSync(pyc).mtimeMs, before, 'the cache was rewritten instead of reused');
  // A corrupt cache entry is recompiled, as a bad __pycache__ file is.
  fs.writeFileSync(pyc, Buffer.from('garbage'));
  assert.equal(go().stdout, 'a [...]\n');
  fs.rmSync(cache, { recursive: true, force: true });
});
