/**
 * `typhon -m compileall` against `python3 -m compileall` on the same small
 * tree (two identical copies, one per tool, each run from its own parent
 * directory so the printed paths are the same): stdout, exit status and the
 * set of .pyc files written must be equal, and python3 must load each .pyc
 * Typhon wrote to a code object equal (every field, recursively) to the one
 * in the .pyc it wrote itself.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const TYPHON = path.resolve(__dirname, '..', '..', '..', 'bin', 'typhon.js');
const PY = process.env.TYPHON_ORACLE ?? 'python3';

const TREE: Record<string, string> = {
  'a.py': 'x = 1\n',
  'b.py': 'def f(a, *b, **c):\n    return [i for i in b if i]\nclass C:\n    def m(self):\n        return super().m()\n',
  'bad.py': 'def f(:\n',
  'ind.py': 'if 1:\npass\n',
  'skip_me.py': 'y = 2\n',
  'notes.txt': 'not python\n',
  'pkg/__init__.py': 'print(2)\n',
  'pkg/sub/m.py': 'y = {k: v for k, v in zip("ab", range(2))}\n',
  'pkg/sub/deeper/n.py': 'try:\n    pass\nfinally:\n    z = 3\n',
};

function makeTree(root: string): void {
  for (const [rel, text] of Object.entries(TREE)) {
    const p = path.join(root, 't', rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

function pycs(dir: string): string[] {
  const out: string[] = [];
  (function walk(d: string): void {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.pyc')) out.push(path.relative(dir, p));
    }
  })(dir);
  return out.sort();
}

const COMPARE = String.raw`
import marshal, sys
FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags',
          'co_firstlineno', 'co_code', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename',
          'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable')
def key(x):
    if type(x).__name__ == 'code':
        return tuple(getattr(x, f) for f in FIELDS) + (key(x.co_consts),)
    if isinstance(x, tuple):
        return tuple(key(v) for v in x)
    return (type(x).__name__, repr(x))
bad = []
for a, b in zip(sys.argv[1::2], sys.argv[2::2]):
    with open(a, 'rb') as f: ca = marshal.loads(f.read()[16:])
    with open(b, 'rb') as f: cb = marshal.loads(f.read()[16:])
    if key(ca) != key(cb): bad.append(b)
print(bad)
`;

const CASES: string[][] = [
  ['t'],
  ['-q', 't'],
  ['-qq', 't'],
  ['-l', 't'],
  ['-r', '1', 't'],
  ['-b', 't'],
  ['-f', '-d', '/dest/dir', 't'],
  ['-x', 'skip|bad', 't'],
  ['-j', '1', 't'], // -j N>1 or 0: CPython's workers interleave their output; Typhon ignores -j
  ['t/a.py', 't/bad.py'],
  ['-q', 't/pkg', 't/missing'],
];

for (const args of CASES) {
  test(`compileall ${args.join(' ')}`, () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-compileall-'));
    try {
      const pyRoot = path.join(base, 'py');
      const tyRoot = path.join(base, 'ty');
      makeTree(pyRoot);
      makeTree(tyRoot);
      const want = spawnSync(PY, ['-m', 'compileall', ...args], { cwd: pyRoot, encoding: 'utf8' });
      const got = spawnSync(process.execPath, [TYPHON, '-m', 'compileall', ...args], { cwd: tyRoot, encoding: 'utf8' });
      assert.equal(got.stdout, want.stdout);
      assert.equal(got.status, want.status);
      const a = pycs(pyRoot);
      assert.deepEqual(pycs(tyRoot), a);
      if (a.length) {
        const pairs = a.flatMap((p) => [path.join(pyRoot, p), path.join(tyRoot, p)]);
        const r = spawnSync(PY, ['-c', COMPARE, ...pairs], { encoding: 'utf8' });
        assert.equal(r.stdout.trim(), '[]', r.stderr);
      }
      // a second run without -f finds every .pyc up to date
      if (!args.includes('-f')) {
        const want2 = spawnSync(PY, ['-m', 'compileall', ...args], { cwd: pyRoot, encoding: 'utf8' });
        const got2 = spawnSync(process.execPath, [TYPHON, '-m', 'compileall', ...args], { cwd: tyRoot, encoding: 'utf8' });
        assert.equal(got2.stdout, want2.stdout);
        assert.equal(got2.status, want2.status);
      }
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
}
