import test from 'node:test';
import assert from 'node:assert/strict';
import * as ops from '../../src/bytecode/opcodes';
import { runPythonJSON } from '../support/python';

interface Oracle {
  opmap: Record<string, number>;
  opname: string[];
  hasconst: number[];
  hasname: number[];
  hasjrel: number[];
  hasjabs: number[];
  haslocal: number[];
  hascompare: number[];
  hasfree: number[];
  hasnargs: number[];
  cache: number[];
  cmp_op: string[];
  nb_ops: [string, string][];
  effects: Record<string, [number, number, number][]>;
}

const ARGS = [0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 255, 256, 257, 513];

test('the opcode table matches python3 opcode/dis', () => {
  const o = runPythonJSON<Oracle>(
    `import dis, json, opcode, sys
args = json.load(sys.stdin)
effects = {}
for name, op in opcode.opmap.items():
    rows = []
    for a in (args if op >= opcode.HAVE_ARGUMENT else [None]):
        rows.append([dis.stack_effect(op, a), dis.stack_effect(op, a, jump=True), dis.stack_effect(op, a, jump=False)])
    effects[name] = rows
print(json.dumps(dict(opmap=opcode.opmap, opname=opcode.opname, hasconst=opcode.hasconst, hasname=opcode.hasname,
    hasjrel=opcode.hasjrel, hasjabs=opcode.hasjabs, haslocal=opcode.haslocal, hascompare=opcode.hascompare,
    hasfree=opcode.hasfree, hasnargs=opcode.hasnargs, cache=opcode._inline_cache_entries, cmp_op=list(opcode.cmp_op),
    nb_ops=[list(x) for x in opcode._nb_ops], effects=effects)))`,
    ARGS,
  );
  assert.deepEqual(ops.opmap, o.opmap);
  assert.deepEqual(ops.opname, o.opname);
  for (const k of ['hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'hasnargs'] as const) {
    assert.deepEqual([...ops[k]].sort((a, b) => a - b), [...o[k]].sort((a, b) => a - b), k);
  }
  assert.deepEqual(ops.inlineCacheEntries, o.cache);
  assert.deepEqual(ops.cmp_op, o.cmp_op);
  assert.deepEqual(ops.NB_OPS, o.nb_ops);
  for (const [name, rows] of Object.entries(o.effects)) {
    const code = o.opmap[name];
    const args = code >= ops.HAVE_ARGUMENT ? ARGS : [null];
    rows.forEach(([both, jump, nojump], i) => {
      const a = args[i];
      assert.equal(ops.stackEffect(code, a), both, `${name}(${a})`);
      assert.equal(ops.stackEffect(code, a, true), jump, `${name}(${a}) jump`);
      assert.equal(ops.stackEffect(code, a, false), nojump, `${name}(${a}) no jump`);
    });
  }
});
