/**
 * The AST optimizer's constant folding (Python/ast_opt.c) against python3:
 * every binary operator on every pair of a set of constants of every type
 * (ints small and large, bools, floats with signed zeros and infinities,
 * complex numbers, str, bytes, tuples, None, Ellipsis), every unary
 * operator, subscripts, the size limits of safe_multiply / safe_power /
 * safe_lshift, and the folds that must not happen (1/0, 'a' + 1, ...).
 * Each source is compared by dis text and by every code-object field
 * (constants by type, repr and the sign of zeros).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { compareWithPython, type Case } from './oracle';

const VALUES = [
  '0', '1', '-1', '2', '3', '7', '-7', '62', '2**62', '2**64', '-(2**70)', '10**20',
  '0.0', '-0.0', '1.5', '-2.5', '0.1', '1e308', '1e309', '-1e309', '1e-320',
  '3j', '(1+2j)', '-0j', '(-1.5-0.5j)',
  'True', 'False', 'None', '...',
  "'ab'", "''", "'\\u20ac'", "b'xy'", "b''", '(1, 2)', '()', '((1, 2), 3)',
];

const BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@'];

function lines(pairs: string[]): string {
  return pairs.map((p, i) => `x${i} = ${p}\n`).join('');
}

test('binary operators on every pair of constant kinds fold as python3 folds them', () => {
  const cases: Case[] = [];
  for (const op of BINOPS) {
    for (const l of VALUES) cases.push({ src: lines(VALUES.map((r) => `(${l}) ${op} (${r})`)) });
  }
  assert.deepEqual(compareWithPython(cases), []);
});

test('unary operators and subscripts of constants', () => {
  const cases: Case[] = [];
  for (const op of ['-', '+', '~', 'not ']) cases.push({ src: lines(VALUES.map((v) => `${op}(${v})`)) });
  const INDEXES = ['0', '1', '-1', '2', '-3', 'True', '1.0', '2**70', "'a'", 'None'];
  for (const seq of ["'abc'", "'a\\U0001f600c'", "b'xyz'", '(1, 2.5, None)', '()', '3', 'None', '2.5']) {
    cases.push({ src: lines(INDEXES.map((i) => `(${seq})[${i}]`)) });
  }
  cases.push({ src: '"abc"[0] = 1\n(1, 2)[0] += 1\ndel "abc"[1]\nx = "abc"[1:2]\n' });
  assert.deepEqual(compareWithPython(cases), []);
});

test("safe_multiply, safe_power and safe_lshift's limits", () => {
  const src = [
    '2**128', '2**127', '3**80', '3**81', '(-2)**127', '1**200', '0**1000', '(-1)**129', '(2**64)**2', '2**0', '2**(2**70)',
    '(2**64) * (2**64)', '(2**64) * (2**65)', '(2**127) * 1', '0 * (2**1000)',
    '1 << 127', '1 << 128', '3 << 126', '0 << 1000', '1 << 0', '5 << -1', '(2**100) << 28', '(2**100) << 29', '1 << (2**70)',
    '(2**70) >> 100', '(-(2**70)) >> 1000', '5 >> -1', '1 >> (2**70)',
    "'a' * 4096", "'a' * 4097", "'ab' * 2048", "'ab' * 2049", "'' * (2**62)", "'' * (2**70)", "'a' * -1", "'' * -1", "'a' * 0",
    "b'a' * 4096", "b'a' * 4097", "4096 * b'a'", "-5 * b''",
    '(1,) * 256', '(1,) * 257', '(1, 2) * 128', '(1, 2) * 129', '((1, 2, 3),) * 200', '((1, 2, 3, 4, 5),) * 200', '((),) * 256',
    '() * (2**70)', '(1,) * (2**70)', '(1,) * True', 'True * (1,)', "'ab' * True", "'ab' * 2.0",
    '"%s" % (1,)', '"%s" % 1', 'b"%s" % (1,)', '"%s%s" % (a, b)', '"%d" % (a,)', '"%%s%s" % (a,)', '"%.2s|%5r|%-3a" % (a, b, c)',
    '(1, 2) + (3,)', "'a' + 'b'", "b'a' + b'b'", "'a' + b'b'", '(1,) + [2]', "'a' * 'b'", '[1] * 2', 'None + 1',
    'True & False', 'True | False', 'True ^ True', 'True & 1', 'True + True', '-True', '~True', '+False', 'True // 0', 'True / False',
  ];
  assert.deepEqual(compareWithPython([{ src: lines(src) }]), []);
});

test('float and complex arithmetic folds to the same bits', () => {
  const src = [
    '0.1 + 0.2', '1e308 * 10', '-1e308 * 10', '1e309 - 1e309', '1e300 * 1e300 * 0', '-(1e300 * 1e300 * 0)', '5.5 // 2', '-5.5 // 2', '5.5 % -2',
    '-5.5 % 2', '0.0 % -1', '-0.0 // 1', '1 // -1e309', '1e309 // 1', '1e309 % 2', '7 % 0.0', '7 // 0.0', '7 / 0.0', '1 / 3', '2 / 3',
    '(2**64) / 3', '(2**1100) / (2**1000)', '(2**1100) / 3', '1 / (2**1100)', '(10**400) / (10**399)', '(3**700) / (2**40)',
    '(-(2**80)) / 7', '0 / -5', '(2**2000) * 1.0', '(2**1023) * 2.0', '(2**1024) + 0.5', '2.5 ** 2', '2 ** 0.5', '2.0 ** -1074',
    '2 ** -1075', '10 ** -6', '10 ** -320', '3 ** -700', '7 ** -3', '(-2) ** -3', '(-2.0) ** 0.5', '(-8) ** (1/3)', '0.0 ** -1', '0 ** -1',
    '0.0 ** 0', '(-0.0) ** 3', '(-0.0) ** -3.0', '1e309 ** 0.5', '1e309 ** -1', '(-1e309) ** 3', '(-1e309) ** 2', '2 ** 1e309',
    '0.5 ** 1e309', '0.5 ** -1e309', '1 ** 1e309', '(-1.0) ** (2**80)', '1.5 ** 1800', '1.0000001 ** 1000000', '10.0 ** 308',
    '10.0 ** 309', '(2**1100) ** -1', '(2**1100) ** 1.0', '4.0 ** 0.5', '8 ** (1/3)', '(-27.0) ** 3', '(-27.0) ** -3',
    '1j * 1j', '(1+2j) * (3-4j)', '(1+2j) / (3-4j)', '(1+2j) / 0j', '1 / 1j', '(1e308+1e308j) * 2', '1j ** 2', '(1+1j) ** 10',
    '(1+1j) ** -3', '(1+1j) ** 100', '(1+1j) ** 101', '0j ** 0', '0j ** -1', '0j ** 2', '0j ** 1j', '(1+1j) ** 0.5', '2 ** 1j', '1j ** 1j',
    '(2+3j) // 2', '(2+3j) % 2', '1j + 2', '1j - 2.5', '(1e309j) * 0', '-(0j)', '-(-0.0j)', '+(1-0j)', '(1+2j) ** (2+0j)',
    '1e200j ** 2', '(1e200+1j) * (1e200+1j)', '3 % -2', '-3 // 2', '(2**70) % 7', '(-(2**70)) // 3', '7 // 0', '7 % 0', '7 ** -1',
    '(2**64) ** -2', '1e308 + 1e308', '-0.0 + 0.0', '-0.0 - 0.0', '-0.0 * 5', '0.0 * -5',
  ];
  assert.deepEqual(compareWithPython([{ src: lines(src) }]), []);
});

test('folding in the places ast_opt.c visits, and not elsewhere', () => {
  const cases: Case[] = [
    // A string that only folding made one is not a docstring.
    { src: "'a' + 'b'\nx = 1\n" },
    { src: "def f():\n  'a' + 'b'\n  return 1\nclass C:\n  'a' 'b'\n  x = 'c' * 2\n" },
    { src: "'a' + 'b'\n", mode: 'single' },
    // for / comprehension iterables and `in` become tuples or frozensets; async for keeps its list.
    { src: 'for x in [1, 2]: pass\nfor y in [a, b]: pass\nfor z in {1, 2}: pass\n' },
    { src: 'async def f():\n  async for x in [1, 2]: pass\n  return [y async for y in [3, 4]]\n' },
    { src: 'x = [a for a in [1, 2] if a in [3, 4]]\ny = {b for b in {5, 6}}\nz = a in {1, 2}\nw = a not in [1, b]\nv = a in [*b]\n' },
    { src: 'x = not (a in b)\ny = not (a is b)\nz = not (a == b)\nw = not (a in b in c)\nv = not a\n' },
    { src: 'x = (1, (2, 3), -4, ...)\n(a, b) = 1, 2\n[a, b] = [1, 2]\nx = [1, 2]\n' },
    { src: 'def f(a=1+2, *, b=-(3), c: 1+1 = 2) -> 2*3: pass\nlambda x=2**3: x\n' },
    { src: 'x = f(a=1+1, *(2, 3), **{"k": 4 * 2})\nx = y[1:2+3:-1]\nx = {1 + 1: 2 * 2}\n' },
    { src: 'with a(1+1) as b: pass\ntry: pass\nexcept (E, F): pass\nraise E(1+1) from F(2*2)\nassert 1+1, 2*2\n' },
    { src: 'match x:\n  case -1: pass\n  case 1+2j: pass\n  case {-1: 2}: pass\n  case C(a=-1.5): pass\n  case [-0.0, *r] if 1+1: pass\n' },
    { src: 'x = f"{1+1}{2*3:{4+5}}"\nx = (yield 1+1)\n', mode: 'exec' },
    { src: 'x += 1 + 1\nx: int = 2 * 3\nx.y: 1+1\nwhile 1 + 1: break\nif not 0: pass\n' },
  ];
  assert.deepEqual(compareWithPython(cases), []);
});
