/**
 * The dis printer and marshal round trip on python3's own code objects (a
 * sample of the standard library; scripts/parity/pyc.ts runs all of it), and
 * co_lines / co_positions against python3.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import { firstDifference, runPycParity } from '../../scripts/parity/pyc';
import { python3, stdlibFiles } from '../../scripts/corpus';
import { CodeObject } from '../../src/bytecode/code';
import { loads } from '../../src/marshal';

test('dis of python3-compiled stdlib files is identical; our dumps load back equal', () => {
  const all = stdlibFiles();
  const sample = all.filter((_, i) => i % 16 === 0);
  const r = runPycParity(sample);
  assert.deepEqual(r.loadErrors, []);
  assert.deepEqual(r.disDiffs.map((d) => `${d.file}: ${firstDifference(d.ours, d.theirs)}`), []);
  assert.equal(r.roundTripEqual, r.compiled);
});

test('co_lines and co_positions match python3', () => {
  const src = 'def f(a):\n    x = (a +\n         1)\n    if x: return [y for y in\n  x]\n    return x\n';
  const py = spawnSync(python3(), ['-c', `import marshal, sys, json
co = compile(sys.stdin.read(), 'p.py', 'exec').co_consts[0]
print(marshal.dumps(co).hex())
print(json.dumps([list(co.co_lines()), list(co.co_positions()), co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals]))`], { input: src, encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  const [hex, json] = py.stdout.trim().split('\n');
  const co = loads(Buffer.from(hex, 'hex'));
  assert.ok(co instanceof CodeObject);
  const [lines, positions, varnames, cellvars, freevars, nlocals] = JSON.parse(json);
  assert.deepEqual(co.co_lines(), lines);
  assert.deepEqual(co.co_positions(), positions);
  assert.deepEqual([co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals], [varnames, cellvars, freevars, nlocals]);
});
