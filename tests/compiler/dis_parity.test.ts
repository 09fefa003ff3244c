/**
 * The compiler against python3: for every program of programs.ts, what
 * `dis.dis(compile(src, 'x.py', 'exec'))` prints equals what our dis prints
 * for compileModule(src) (`0x…` addresses masked), and python3, loading our
 * marshal.dumps output, finds every code object equal to its own, field by
 * field and recursively (co_stacksize and co_qualname included). One python3
 * process does all of it.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { compileModule, CompilerNotImplemented } from '../../src/compiler';
import { disRecursive } from '../../src/dis';
import { dumps } from '../../src/marshal';
import { runPythonJSON } from '../support/python';
import { PROGRAMS } from './programs';
import { PySyntaxError } from '../../src/tokenizer/errors';

const ORACLE = String.raw`
import dis, io, json, sys, marshal
FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_code',
          'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_filename', 'co_name', 'co_qualname',
          'co_firstlineno', 'co_linetable', 'co_exceptiontable')
def diff(a, b, path):
    out = []
    for f in FIELDS:
        if getattr(a, f) != getattr(b, f):
            out.append('%s.%s: %r != %r' % (path, f, getattr(a, f), getattr(b, f)))
    if len(a.co_consts) != len(b.co_consts):
        out.append('%s.co_consts: %r != %r' % (path, a.co_consts, b.co_consts))
    else:
        for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
            if type(x).__name__ == 'code' and type(y).__name__ == 'code':
                out += diff(x, y, '%s.co_consts[%d]' % (path, i))
            elif type(x) is not type(y) or repr(x) != repr(y):
                out.append('%s.co_consts[%d]: %r != %r' % (path, i, x, y))
    if not out and a != b:
        out.append(path + ': code objects differ')
    return out
res = []
for item in json.load(sys.stdin):
    co = compile(item['src'], 'x.py', 'exec')
    b = io.StringIO()
    dis.dis(co, file=b)
    fields = None
    if item['ours'] is not None:
        fields = diff(co, marshal.loads(bytes.fromhex(item['ours'])), 'module')
    res.append({'dis': b.getvalue(), 'fields': fields})
print(json.dumps(res))
`;

const mask = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x…');

test('compiled programs print the same dis as python3 and load as equal code objects', () => {
  const ours = PROGRAMS.map((src) => {
    try {
      const co = compileModule(src, 'x.py');
      return { dis: disRecursive(co), marshal: Buffer.from(dumps(co)).toString('hex') };
    } catch (e) {
      if (e instanceof CompilerNotImplemented) return { dis: `NotImplementedError: ${e.msg}`, marshal: null };
      throw e;
    }
  });
  const theirs = runPythonJSON<{ dis: string; fields: string[] | null }[]>(
    ORACLE,
    PROGRAMS.map((src, i) => ({ src, ours: ours[i].marshal })),
  );
  const failures: string[] = [];
  PROGRAMS.forEach((src, i) => {
    if (mask(ours[i].dis) !== mask(theirs[i].dis)) failures.push(`dis differs for ${JSON.stringify(src)}:\n${ours[i].dis}`);
    else if (theirs[i].fields === null) failures.push(`not compiled: ${JSON.stringify(src)}`);
    else if (theirs[i].fields!.length) failures.push(`${JSON.stringify(src)}: ${theirs[i].fields!.join('; ')}`);
  });
  assert.deepEqual(failures, []);
  assert.ok(PROGRAMS.length >= 50);
});

test('the future features that change code generation compile (their parity is in modes/future_annotations tests)', () => {
  for (const src of ['from __future__ import barry_as_FLUFL\n', 'from __future__ import annotations\nx: int\n']) {
    assert.doesNotThrow(() => compileModule(src, 'x.py'));
  }
});

test("compile.c's SyntaxErrors: message and position as python3's compile() gives them", () => {
  const sources = [
    'return 1\n',
    'if 0: yield\n',
    'class C:\n  while 0: return\n',
    'await x\n',
    'def f():\n    await x\n',
    'break\n',
    'with object() as obj:\n    continue\n',
    'for x in y:\n    def f():\n        break\n',
    'def f():\n    return [i async for i in x]\n',
    'async def f():\n    yield from x\n',
    'a, *b, *c = d\n',
    'x.__debug__ = 1\n',
    'try:\n    pass\nexcept* E:\n    break\n',
  ];
  const want = runPythonJSON<(unknown[] | null)[]>(
    `import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, 'x.py', 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
print(json.dumps(out))`,
    sources,
  );
  sources.forEach((src, i) => {
    let got: unknown[] | null = null;
    try {
      compileModule(src, 'x.py');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = [e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
    }
    assert.deepEqual(got, want[i], JSON.stringify(src));
  });
});
