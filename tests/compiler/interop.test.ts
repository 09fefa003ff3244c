/**
 * Interop (DESIGN §2, parity level 4), Typhon → CPython: every program of
 * tests/data/programs is compiled by Typhon (compileModule) and written as a
 * timestamp .pyc (the source's mtime and size, what `typhon -m py_compile`
 * writes) into a temporary directory; python3 running that .pyc must print
 * exactly what python3 running the .py prints — stdout, stderr (tracebacks
 * included: co_filename is the .py's path, so linecache finds the source
 * lines) and exit status — with PYTHONHASHSEED=0.
 *
 * A program the compiler cannot compile fails its test. Programs left out of
 * the corpus because the compiler does not handle their construct yet:
 *   - `from __future__ import annotations`
 *
 * The other direction (Typhon's loader reads every .pyc CPython writes for the
 * standard library, and its marshal writes them back to equal code objects) is
 * measured by scripts/parity/pyc.ts (`npm run parity pyc`).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileModule } from '../../src/compiler';
import { writePyc } from '../../src/pyc';
import { decodeSource } from '../../src/tokenizer/source';

const DIR = path.resolve(__dirname, '..', '..', '..', 'tests', 'data', 'programs');
const PROGRAMS = fs.readdirSync(DIR).filter((f) => /^\d{3}_.*\.py$/.test(f)).sort();

function run(file: string, cwd: string): { stdout: string; stderr: string; status: number | null } {
  const p = spawnSync(process.env.TYPHON_ORACLE ?? 'python3', [file], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
  });
  return { stdout: p.stdout, stderr: p.stderr, status: p.status };
}

test('the interop corpus has at least 100 programs', () => {
  assert.ok(PROGRAMS.length >= 100, `${PROGRAMS.length} programs`);
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-interop-'));
test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

for (const name of PROGRAMS) {
  test(`python3 runs Typhon's .pyc of ${name} as it runs the source`, () => {
    const src = path.join(DIR, name);
    const bytes = fs.readFileSync(src);
    const st = fs.statSync(src);
    const { text } = decodeSource(bytes, src);
    const code = compileModule(text, src);
    const pyc = path.join(tmp, name.replace(/\.py$/, '.cpython-311.pyc'));
    fs.writeFileSync(pyc, writePyc(code, { mtime: Math.floor(st.mtimeMs / 1000), size: st.size }));
    const want = run(src, tmp);
    const got = run(pyc, tmp);
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.stderr, want.stderr);
    assert.equal(got.status, want.status);
  });
}
