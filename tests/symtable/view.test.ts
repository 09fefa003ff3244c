/**
 * The Lib/symtable.py-shaped view: reprs, get_methods, namespaces and
 * lookups, against python3's symtable module on one module; and the
 * compiler-facing lookup of a node's block.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import type { ClassDef, FunctionDef, mod } from '../../src/ast/nodes';
import { buildSymtable } from '../../src/symtable';
import { ClassView, FunctionView, viewOf, type SymbolTableView } from '../../src/symtable/view';
import { astFromOracle, runOracle } from '../../scripts/parity/symtable';
import { runPythonJSON } from '../support/python';

const SRC = 'import os\nclass C:\n    def f(self): pass\n    def f(self, x): pass\n    g = lambda: [y for y in z]\n    def h(self):\n        return super()\ndef C(): pass\n';

test('reprs, methods and namespaces as Lib/symtable.py gives them', () => {
  const expected = runPythonJSON<unknown>(
    String.raw`
import sys, json, symtable
src = json.load(sys.stdin)
top = symtable.symtable(src, "mod.py", "exec")
def info(t):
    d = {"repr": repr(t), "ids": list(t.get_identifiers()), "syms": [repr(s) for s in t.get_symbols()]}
    if isinstance(t, symtable.Class): d["methods"] = list(t.get_methods())
    d["children"] = [info(c) for c in t.get_children()]
    return d
ns = top.lookup("C").get_namespaces()
print(json.dumps({"tree": info(top), "C_namespaces": [repr(n) for n in ns],
                  "C_is_namespace": top.lookup("C").is_namespace()}))
`,
    SRC,
  );
  const [r] = runOracle([{ src: SRC, mode: 'exec', ast: true }]);
  const top = viewOf(buildSymtable(astFromOracle(r.ast) as mod, { filename: 'mod.py' }));
  const info = (t: SymbolTableView): unknown => {
    const d: Record<string, unknown> = { repr: t.repr(), ids: t.get_identifiers(), syms: t.get_symbols().map((s) => s.repr()) };
    if (t instanceof ClassView) d.methods = t.get_methods();
    d.children = t.get_children().map(info);
    return d;
  };
  const c = top.lookup('C')!;
  assert.deepEqual(
    { tree: info(top), C_namespaces: c.get_namespaces().map((n) => n.repr()), C_is_namespace: c.is_namespace() },
    expected,
  );
  assert.equal(top.lookup('nope'), undefined);
  assert.equal(c.get_namespace(), 'name is bound to multiple namespaces');
  assert.ok(top.get_children()[0] === top.get_children()[0], 'one view per block');
  assert.ok(top.get_children()[1] instanceof FunctionView);
});

test('blocks are found by their AST node, with the __class__ cell and parameter order', () => {
  const [r] = runOracle([{ src: SRC, mode: 'exec', ast: true }]);
  const tree = astFromOracle(r.ast) as mod & { body: unknown[] };
  const st = buildSymtable(tree, { filename: 'mod.py' });
  const cls = tree.body[1] as ClassDef;
  const c = st.blocks.get(cls)!;
  assert.equal(c.name, 'C');
  assert.equal(c.needsClassClosure, true);
  const f2 = st.blocks.get(cls.body[1] as FunctionDef)!;
  assert.deepEqual(f2.varnames, ['self', 'x']);
  assert.equal(st.blocks.get(tree), st.top);
});
