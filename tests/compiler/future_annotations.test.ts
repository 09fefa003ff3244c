/**
 * `from __future__ import annotations` (and CO_FUTURE_ANNOTATIONS passed to
 * compile()) against python3: annotations become their unparsed strings in
 * functions, classes and modules, complex targets evaluate nothing, the
 * annotations are not constant-folded, the symbol table puts their names in
 * annotation blocks (no cells, no globals), and the SyntaxErrors of
 * yield/await/:= inside annotations.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { compareWithPython, type Case } from './oracle';

const FUTURE = 'from __future__ import annotations\n';

const SOURCES = [
  'x: int\ny: list[int] = []\nz: "str"\n',
  'def f(a: int, /, b: str = "x", *args: tuple[int, ...], c: 1 + 2, d=3, **kw: dict) -> None | int: pass\n',
  'async def f(a: Awaitable[int]) -> AsyncIterator[str]: pass\n',
  'class C:\n  a: int\n  b: ClassVar[str] = "x"\n  def m(self, other: C) -> C: return self\n',
  'x.y: int\nx[0]: str\nx[1:2, 3]: str = 4\n(z): int\n',
  'def f():\n  x: int = 1\n  y: str\n  return x\n',
  'def outer():\n  T = int\n  def inner(a: T) -> T: pass\n  return inner\n',
  'class C:\n  def m(self, a: __C) -> __D: pass\n  __x: __y\n',
  'def f(*args: *Ts): pass\n',
  'x: lambda: 1\ny: [i for i in range(3)]\nz: f"{a!r:>{w}}"\n',
  'x: 2 ** 10\ny: -1\nz: not True\nw: (1, 2)\nv: 1e309\n',
  'x: "a" "b"\ny: b"x"\nz: ...\nw: None\n',
  'if x:\n  y: int\nfor i in z:\n  w: str\nwith a:\n  v: float\ntry:\n  u: bool\nexcept E:\n  t: bytes\n',
  'match x:\n  case 1:\n    y: int\n',
  'x: (yield)\n',
  'def f(x: (yield)): pass\n',
  'def f() -> (await x): pass\n',
  'x: (y := 1)\n',
  'def f(x: (y := 1)): pass\n',
  'def f():\n  x: (yield) = 1\n',
  'class C:\n  x: (yield)\n',
  'x: int\nx: str\n',
  'def f(a: int, b: int): pass\ndef g(a: int) -> int: pass\n',
  '"""doc"""\nx: int\n',
  'x: dict[str, list[tuple[int, ...]]] = {}\n',
  'x: Callable[[int, str], Awaitable[None]]\n',
  'x: a if b else c\ny: a or b and not c\nz: a < b <= c\n',
  'x: f(*a, **k)\ny: a.b.c\nz: a[b:c]\n',
];

test('future annotations in source: same code objects as python3', () => {
  assert.deepEqual(compareWithPython(SOURCES.map((src) => ({ src: FUTURE + src }))), []);
});

test('CO_FUTURE_ANNOTATIONS passed to compile(): same code objects as python3', () => {
  const cases: Case[] = SOURCES.map((src) => ({ src, flags: 0x1000000 }));
  cases.push({ src: 'x: int = 1\n', flags: 0x1000000, mode: 'single' });
  cases.push({ src: 'lambda: 1', flags: 0x1000000, mode: 'eval' });
  assert.deepEqual(compareWithPython(cases), []);
});

test('future statements: placement errors and features', () => {
  const cases: Case[] = [
    { src: '"doc"\nfrom __future__ import annotations\nx: int\n' },
    { src: 'from __future__ import annotations, division\nfrom __future__ import generator_stop\nx: int\n' },
    { src: 'import os\nfrom __future__ import annotations\n' },
    { src: 'x = 1\n\nfrom __future__ import annotations\n' },
    { src: 'from __future__ import annotations\nimport os; from __future__ import division\n' },
    { src: 'from __future__ import annotations\n"doc"\nfrom __future__ import division\n' },
    { src: 'def f():\n  from __future__ import annotations\n' },
    { src: 'from __future__ import braces\n' },
    { src: 'from __future__ import nope\n' },
    { src: 'from __future__ import *\n' },
    { src: 'from __future__ import annotations as a\nx: int\n' },
    { src: 'if 1:\n  from __future__ import annotations\n' },
    { src: 'from __future__ import annotations\n', mode: 'single' },
    { src: 'from __future__ import annotations; x: int\n', mode: 'single' },
  ];
  assert.deepEqual(compareWithPython(cases), []);
});
