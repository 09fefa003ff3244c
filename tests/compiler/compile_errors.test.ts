/**
 * The SyntaxErrors compile.c raises itself (after the parser and the symbol
 * table accepted the source), with python3's message and position:
 * repeated keyword arguments, late `from __future__` imports, starred
 * expressions where none can be, too many statically nested blocks,
 * `__debug__` as a keyword; plus f-strings of more than 30 parts (compiled
 * through ''.join), which sit next to them in compile.c.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { compareWithPython, type Case } from './oracle';

function nest(n: number, open: (i: number) => string, body = 'pass', close?: (i: number) => string): string {
  let src = '';
  for (let i = 0; i < n; i++) src += ' '.repeat(i) + open(i) + '\n';
  src += ' '.repeat(n) + body + '\n';
  if (close) for (let i = n - 1; i >= 0; i--) src += ' '.repeat(i) + close(i) + '\n';
  return src;
}

test('keyword argument repeated, __debug__ as a keyword', () => {
  const cases: Case[] = [
    'f(a=1, a=2)\n',
    'f(a=1, b=2, a=3)\n',
    'f(a=1, *b, a=2)\n',
    'f(a=1, **k, a=2)\n',
    'f(a=1,\n  a=2)\n',
    'o.m(a=1, a=2)\n',
    'o.m(x, a=1, *y, a=2)\n',
    'class C(a=1, a=2): pass\n',
    'class C(B, metaclass=M, metaclass=N): pass\n',
    'x = [f(a=i, a=i) for i in y]\n',
    'def g():\n  return f(b=1, a=2, b=3, a=4)\n',
    'f(__debug__=1)\n',
    'o.m(__debug__=1)\n',
    'class C(__debug__=1): pass\n',
    'f(a=1, **{"a": 2})\n',
  ].map((src) => ({ src }));
  assert.deepEqual(compareWithPython(cases), []);
});

test("starred expressions that no display or call takes", () => {
  const cases: Case[] = [
    '*a\n', 'x = *a\n', '*a = b\n', 'for *a in b: pass\n', 'with a as *b: pass\n', 'x = *a + b\n', 'def f(): return *a\n',
    'x = y = *a\n', 'x += *a\n', 'x = a[*b]\n', 'a[*b] = c\n', 'x = *a, *b\n', '(*a,) = b\n', 'for x in *a, *b: pass\n',
    'async def f():\n  async for *a in b: pass\n', 'async def f():\n  async with a as *b: pass\n',
    'x = [i for *i in a]\n', 'def f():\n  x = yield *a\n', 'print(*a if b else c)\n',
  ].map((src) => ({ src }));
  assert.deepEqual(compareWithPython(cases), []);
});

test('too many statically nested blocks', () => {
  const cases: Case[] = [];
  for (const n of [20, 21, 25]) {
    cases.push({ src: nest(n, (i) => `for x${i} in y:`) });
    cases.push({ src: nest(n, (i) => `while x${i}:`) });
    cases.push({ src: nest(n, (i) => `with a${i}:`) });
    cases.push({ src: nest(n, () => 'try:', 'pass', (i) => `${' '.repeat(0)}finally:\n${' '.repeat(i + 1)}pass`) });
    cases.push({ src: nest(n, () => 'try:', 'pass', (i) => `except E:\n${' '.repeat(i + 1)}pass`) });
    cases.push({ src: 'async def f():\n' + nest(n, (i) => ` async with a${i}:`) });
    cases.push({ src: 'def f():\n' + nest(n, (i) => ` for x${i} in y:`, ' return 1') });
  }
  // Blocks count per code object: a function inside 19 loops starts again at zero.
  cases.push({ src: nest(19, (i) => `for x${i} in y:`, 'def f():\n' + nest(19, (i) => `for z${i} in w:`).replace(/^/gm, ' '.repeat(20))) });
  // Leaving a `finally` block unwinds through POP_VALUE blocks too.
  const tryReturn = (n: number): string => ' try:\n' + ' '.repeat(n) + '  return g()\n' + ' '.repeat(n) + ' finally:\n' + ' '.repeat(n) + '  pass';
  for (const n of [17, 18, 19]) cases.push({ src: 'def f():\n' + nest(n, (i) => ` for x${i} in y:`, tryReturn(n)) });
  assert.deepEqual(compareWithPython(cases), []);
});

test('f-strings of more than 30 parts join a list', () => {
  const parts = (n: number): string => Array.from({ length: n }, (_, i) => `{a${i}}-`).join('');
  const cases: Case[] = [29, 30, 31, 60].map((n) => ({ src: `x = f"${parts(n)}"\n` }));
  cases.push({ src: `x = f"${parts(15)}"\n` }, { src: `def f():\n  return f"{a!r:>{w}}${parts(40)}"\n` });
  assert.deepEqual(compareWithPython(cases), []);
});
