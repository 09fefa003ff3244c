/**
 * compile()'s modes and options against python3: 'eval' (the expression's
 * value returned), 'single' (PRINT_EXPR for expression statements of the
 * module's own code), optimize 1 and 2 (asserts, `__debug__`, docstrings),
 * future flags passed to compile() (co_flags, CO_FUTURE_BARRY_AS_BDFL's
 * `<>`), and compile()'s argument errors.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { compileSource, CompileError, compileAst, parseSource, effectiveFlags } from '../../src/compiler';
import { compareWithPython, type Case } from './oracle';

const EVAL = [
  'x',
  '1',
  '1 + 2',
  'a if b else c',
  'lambda x: x + 1',
  '[i for i in range(3)]',
  '(yield)',
  'f(*a, **k)',
  '__debug__',
  'x.y.z(1, 2)',
  '{**a, 1: 2}',
  '"doc"',
  'a and b or c',
  'not (a in b)',
  '(a := 3)',
  'await x',
  '[*a, *b]',
  '\n\nx\n',
];

const SINGLE = [
  'x = 1\n',
  'x\n',
  '1\n',
  '"doc"\n',
  'if 1:\n  x\n  y\n',
  'def f(): x\n',
  'class C:\n  x\n',
  'for i in y: i\n',
  'x: int = 3\n',
  'while x:\n  x\n  break\n',
  'try:\n  a\nexcept E:\n  b\n',
  'with a as b: b\n',
  'lambda: 1\n',
  'import os\n',
  'x; y\n',
  '\n',
  'async def f(): await x\n',
  'x <> y\n',
];

const OPTIMIZE = [
  'assert x\n',
  'assert x, "msg"\n',
  'if __debug__: y\n',
  'if not __debug__: y\nelse: z\n',
  'x = __debug__\n',
  '"doc"\nx = 1\n',
  '"doc"\n',
  'def f():\n  "doc"\n  return 1\n',
  'def f():\n  "doc"\n',
  'class C:\n  "doc"\n  def m(self):\n    "m doc"\n    assert self\n',
  'lambda: "x"\n',
  'async def f():\n  """doc"""\n  await x\n',
  'def f():\n  assert x\n  return 2\n',
  'while __debug__:\n  x()\n',
  'def g():\n  "a" "b"\n  yield 1\n',
];

test("'eval' mode compiles as python3's compile(src, f, 'eval')", () => {
  assert.deepEqual(compareWithPython(EVAL.map((src) => ({ src, mode: 'eval' }))), []);
});

test("'single' mode prints module-level expression statements (PRINT_EXPR)", () => {
  const cases: Case[] = SINGLE.map((src) => ({ src, mode: 'single' }));
  // `<>` needs barry_as_FLUFL in the flags.
  cases.push({ src: 'x <> y\n', mode: 'single', flags: 0x400000 });
  assert.deepEqual(compareWithPython(cases), []);
});

test('optimize levels -1, 0, 1 and 2 in every mode', () => {
  const cases: Case[] = [];
  for (const optimize of [-1, 0, 1, 2]) {
    for (const src of OPTIMIZE) {
      cases.push({ src, optimize });
      cases.push({ src, optimize, mode: 'single' });
    }
    cases.push({ src: '__debug__', mode: 'eval', optimize });
  }
  assert.deepEqual(compareWithPython(cases), []);
});

test('future flags given to compile(): co_flags and their effect', () => {
  const FUTURES = [0x20000, 0x40000, 0x80000, 0x100000, 0x200000, 0x400000, 0x800000, 0x1000000, 0x10];
  const cases: Case[] = [];
  for (const flags of FUTURES) {
    cases.push({ src: 'x = 1\ndef f():\n  class C: pass\n  return lambda: [i for i in y]\n', flags });
    cases.push({ src: 'x', mode: 'eval', flags });
  }
  cases.push(
    { src: '1 <> 2', mode: 'eval', flags: 0x400000 },
    { src: '1 != 2', mode: 'eval', flags: 0x400000 },
    { src: '1 <> 2', mode: 'eval' },
    { src: 'a <> b <> c\n', flags: 0x400000 },
    { src: 'if a != b: pass\n', flags: 0x400000 },
    { src: 'from __future__ import barry_as_FLUFL\n1 != 2\n' },
    { src: 'from __future__ import barry_as_FLUFL\n1 <> 2\n' },
    { src: 'from __future__ import barry_as_FLUFL\nx = lambda: 1\n' },
    { src: 'from __future__ import annotations\ndef f(a: int) -> str: pass\n', flags: 0x400000 },
    { src: 'from __future__ import division, generator_stop\nx = 1\n' },
    { src: 'x: int = 1\ndef f(a: b = 3) -> c: pass\n', flags: 0x1000000 },
    { src: 'x', flags: 0x8000000 },
    { src: 'x', optimize: 3 },
    { src: 'x', optimize: -2 },
  );
  assert.deepEqual(compareWithPython(cases), []);
});

test('compile() argument errors and mode/tree mismatches', () => {
  const err = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof CompileError) return `${e.type}: ${e.msg}`;
      throw e;
    }
    return 'no error';
  };
  assert.equal(err(() => compileSource('x', 'f', 'func_type')), "ValueError: compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  assert.equal(err(() => compileSource('x', 'f', 'exec', { futureFlags: 0x8000000 })), 'ValueError: compile(): unrecognised flags');
  assert.equal(err(() => compileSource('x', 'f', 'exec', { optimize: 5 })), 'ValueError: compile(): invalid optimize value');
  assert.equal(err(() => compileAst(parseSource('x', 'f', 'eval'), 'f', 'exec')), 'TypeError: expected Module node, got Expression');
  const ft = parseSource('(int) -> str', 'f', 'func_type');
  assert.equal(err(() => compileAst(ft, 'f', 'func_type')), "ValueError: compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  // The tree's own type is the mode when none is given.
  assert.equal(compileAst(parseSource('x', 'f', 'eval'), 'f').co_code.length > 0, true);
});

test('inherited flags: the caller’s future features unless dont_inherit', () => {
  assert.equal(effectiveFlags({ futureFlags: 0x20000, inheritedFlags: 0x1000000 | 0x20 | 0x80 }), 0x1020000);
  assert.equal(effectiveFlags({ futureFlags: 0x20000, inheritedFlags: 0x1000000, dontInherit: true }), 0x20000);
  const co = compileSource('x: y', 'f', 'exec', { inheritedFlags: 0x1000000 });
  assert.equal(co.co_flags, 0x1000000);
  assert.deepEqual(co.co_consts.slice(0, 2), ['y', 'x']);
  // optimize -1 is the interpreter's level.
  const o = compileSource('assert x', 'f', 'exec', { interpreterOptimize: 1 });
  assert.equal(o.co_names.length, 0);
});

test('PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for/with and async comprehensions in the module make it a coroutine', () => {
  const SOURCES = [
    'await x\n', 'async for a in b: pass\n', 'async with a: pass\n', 'async with a as b, c as d:\n  await b\n',
    'x = [a async for a in b]\n', 'x = (a async for a in b)\n', 'x = [await a for a in b]\n', 'x = {a: await b for a in c}\n',
    'def f(): await x\n', 'class C: await x\n', 'lambda: await x\n', 'x = 1\n', 'await x', 'if a:\n  await b\nelse:\n  c = [d async for d in e]\n',
    'def g():\n  return [a async for a in b]\n', 'async def g():\n  return [a async for a in b]\n',
  ];
  const cases: Case[] = [];
  for (const src of SOURCES) {
    cases.push({ src, flags: 0x2000 }, { src, flags: 0x2000, mode: 'single' }, { src });
  }
  cases.push({ src: 'await x', mode: 'eval', flags: 0x2000 }, { src: '[a async for a in b]', mode: 'eval', flags: 0x2000 });
  assert.deepEqual(compareWithPython(cases), []);
});
