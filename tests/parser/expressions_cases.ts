/** Expression snippets for the differential parser test (tests/parser/expressions.test.ts). */
import type { OracleCase } from './statements_support';

/** Valid expressions, parsed in 'eval' mode and as an expression statement. */
export const VALID: string[] = [
  // atoms
  'x', 'None', 'True', 'False', '...', '_', 'match', 'case', 'type', 'é', 'ñame', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '0', '1', '00', '123', '1_000', '0x1F', '0X_ff', '0o17', '0O7_7', '0b101', '0B_1', '9007199254740991',
  '9007199254740992', '123456789012345678901234567890', '0xffffffffffffffffffff', '1.5', '1.', '.5', '1e10',
  '1E-5', '1_0.0_1e+1_0', '1e400', '0.1', '3.141592653589793', '2.5j', '1j', '1J', '0j', '1e5j', '1_0j',
  '.5j', '0.0', '1e-400', '4.9e-324', '1.7976931348623157e308', '0e0', '00.5', '000j',
  '"s"', "'s'", 'b"x"', '"a" "b"', 'u"x"', 'f"{x}"', 'f"a{x!r:>{w}}b"', '"a" f"{b}" "c"', 'rb"x"',
  // tuples, lists, sets, dicts
  '()', '(x)', '(x,)', '(x, y)', '(x, y,)', '((x))', '(((x,)))', '[]', '[x]', '[x,]', '[x, y]', '[*x]',
  '[*x, y, *z]', '(*x,)', '(*x, *y)', '{x}', '{x,}', '{x, y}', '{*x}', '{*x, y}', '{}', '{a: b}', '{a: b,}',
  '{a: b, c: d}', '{**a}', '{**a, b: c}', '{a: b, **c, **d}', '{**a | b}', '{(a, b): c}', '{a: (yield)}',
  '(yield)', '(yield x)', '(yield from x)', '(yield x, y)', '(yield *x, y)',
  // comprehensions
  '[x for x in y]', '[x for x in y if z]', '[x for x in y if a if b]', '[x for x in y for z in w]',
  '[x for x, y in z]', '[x for (x, y) in z]', '[x for [x, y] in z]', '[x for *x, y in z]', '[x for x.a in y]',
  '[x for x[0] in y]', '{x for x in y}', '{k: v for k, v in x}', '{k: v for k in x if k}', '(x for x in y)',
  '(x for x in y if z for w in v)', '[y := f(x) for x in z]', '(y := 1 for x in z)', '[x async for x in y]',
  '[x for x in y if (z := x)]', '[x for x in lambda: y]', '[x for x in (lambda: y)]', '[x for x in a or b]',
  '[[x for x in y] for y in z]', '{**{}}', '[x for x in y if not z]',
  // operators
  'a + b', 'a - b', 'a * b', 'a / b', 'a // b', 'a % b', 'a @ b', 'a ** b', 'a << b', 'a >> b', 'a & b',
  'a | b', 'a ^ b', '-a', '+a', '~a', 'not a', '- - a', '-a ** b', 'a ** -b', 'a ** b ** c', '(a ** b) ** c',
  'a + b * c', '(a + b) * c', 'a * b + c', 'a - b - c', 'a | b ^ c & d << e + f * g ** h', 'a and b',
  'a or b', 'a and b and c', 'a or b or c', 'a and b or c and d', 'not a and not b', 'not not a',
  'a < b', 'a > b', 'a == b', 'a != b', 'a <= b', 'a >= b', 'a is b', 'a is not b', 'a in b', 'a not in b',
  'a < b < c', 'a < b == c != d', 'a is not b is c', 'a not in b in c', 'not a in b', '-1', '-1.5', '-1j',
  '1 + 2j', '1 - 2j', 'a if b else c', 'a if b else c if d else e', '(a if b else c) if d else e',
  'lambda: a if b else c', 'a if (lambda: b) else c', 'await x', 'await x ** 2', '-await x', 'await f()(x)',
  'await x.y[z]', 'a.b', 'a.b.c', 'a[b]', 'a[b][c]', 'a[b, c]', 'a[b:c]', 'a[:]', 'a[::]', 'a[b:c:d]',
  'a[::d]', 'a[:c]', 'a[b:]', 'a[b:, c]', 'a[b:c, d:e]', 'a[*b]', 'a[b, *c]', 'a[*b, c:d]', 'a[(b, c)]',
  'a[b,]', 'a[b:c,]', 'a[x := 1]', 'a[b](c)', 'a(b)[c]', 'a.b(c).d', 'a().b', 'a()()', 'f()', 'f(a)',
  'f(a, b)', 'f(a,)', 'f(*a)', 'f(**a)', 'f(a=1)', 'f(a, b=1)', 'f(a, *b, c=1, **d)', 'f(*a, *b)',
  'f(**a, **b)', 'f(a=1, *b)', 'f(a=1, *b, c=2)', 'f(*a, b=1, *c, **d, e=2)', 'f(x for x in y)',
  'f((x for x in y), z)', 'f(a, (x for x in y))', 'f(x := 1)', 'f(a, x := 1)', 'f(**a, b=1)', 'f(a)(b)(c)',
  'f(a=b, c=d,)', 'f(*args, **kwargs,)', 'f(\n  a,\n  b,\n)', 'a.b.c.d(e)[f]', 'f(lambda x: x)',
  'f(a if b else c)', 'f(not a)', 'f(yield_)', '(x := 1)', '(x := (y := 1))',
  'x[1:2:3]', 'x[-1:]', 'x[a.b:c.d]', 'x[lambda: 1]', 'x[1, 2:3, *a]',
  // lambdas
  'lambda: 0', 'lambda x: x', 'lambda x, y: 0', 'lambda x=1: 0', 'lambda x, y=1: 0', 'lambda *a: 0',
  'lambda **k: 0', 'lambda *a, **k: 0', 'lambda *, a: 0', 'lambda *, a=1: 0', 'lambda *, a, b=1, c: 0',
  'lambda a, /: 0', 'lambda a, /, b: 0', 'lambda a=1, /, b=2: 0', 'lambda a, b=1, /, c=2, *d, e, f=3, **g: 0',
  'lambda a, /, *, b: 0', 'lambda a,: 0', 'lambda *a,: 0', 'lambda **k,: 0', 'lambda a, *, b,: 0',
  'lambda: (yield)', 'lambda: lambda: 0', 'lambda x: (x, y)', 'lambda x: x if x else y', 'lambda a=(1, 2): a',
  'lambda a=lambda: 0: a',
  // multi-line and positions
  '(a +\n b)', '[\n  1,\n  2,\n]', 'f(\n  x\n  for x in y\n)', '{\n  a: b,\n  **c\n}', '(\n  yield\n)',
  '"a" \\\n "b"', 'x.\\\n  y', 'a[\n  1:2\n]', '(lambda:\n  0)', 'f(a)\\\n  (b)', '(a)(b)', '((a).b)',
  '(a).b', '(a)[b]', '((a)(b))', '(\n  a\n  if b\n  else c\n)', 'é + ñ', '"é" + x', 'f("ü", x=é)',
  '(\n  x\n)', '[x\n for x in y]',
];

/** Statements whose targets and contexts exercise star_targets, del_targets, single_target, t_primary. */
export const STATEMENTS: string[] = [
  'x = 1', 'x, y = 1, 2', '(x, y) = z', '[x, y] = z', '*x, y = z', 'x, *y = z', '[*x] = y', '(*x,) = y',
  'x.y = 1', 'x[0] = 1', 'x.y.z = 1', 'x[0][1] = 2', 'x().y = 1', 'x()[0] = 1', 'x(a)(b).c = 1',
  'x[a:b] = c', 'x[a, b] = c', 'x[*a] = b', '(x) = 1', '((x)) = 1', '(x.y) = 1', '((x), (y)) = z',
  '[(x), [y, *z]] = w', 'x = y = z', 'x.a, y[0], *z = w', '[] = x', '() = x', 'x, = y', '(x,) = y',
  'f(x for x in y).a = 1', 'x[1:2, *a] = b', 'x += 1', 'x.y += 1', 'x[0] //= 2', '(x) += 1',
  'del x', 'del x, y', 'del x.y', 'del x[0]', 'del (x)', 'del (x, y)', 'del [x, y]', 'del (x), [y]',
  'del x[0], y.z', 'del x,', 'del (x.y)', 'del ((x))', 'del ()', 'del []', 'del f().x', 'del f(a)[b]',
  'for x in y: pass', 'for x, y in z: pass', 'for (x, y) in z: pass', 'for [x] in y: pass',
  'for x.y in z: pass', 'for *x, y in z: pass', 'for x in *a, *b: pass', 'with a as (x, y): pass',
  'with a as x.y: pass', 'with a as x[0]: pass', 'x: int', 'x.y: int = 1', '(x): int', 'x[0]: int',
  'x = yield', 'x = yield y', 'x = *a, *b', 'x = await y', 'x = a if b else c', 'x = lambda: 0',
  'print(*a, sep="")', 'f(a)(b)', 'x = [y for y in z]', 'async def f():\n    return [x async for x in y]',
  'async def f():\n    await x\n    [await y for y in z]', 'import a.b as c', 'x = not a', 'x = -1',
  'def f(a=1, *b, c: int = 2, **d) -> x: pass', 'class A(B, metaclass=M, *c, **d): pass', 'class A(): pass',
  'class A(x for x in y): pass', '@a.b(c)\ndef f(): pass', 'assert x, y', 'raise x from y', 'return *a, b',
  'x = *a,', 'for x in a, b: pass', 'match x:\n    case 1: pass', 'if x := 1: pass', 'while (x := f()): pass',
  'global x', 'x = (yield)', 'x = f"{a}{b!r}"', "x = 'a' 'b'", 'x = 1 if 2 else 3',
];

/** Invalid snippets: the SyntaxError's message and location must match. */
export const INVALID: string[] = [
  'print 1', 'print a, b', 'exec a', 'exec "x"', 'f(*a=1)', '{1:2, 3}', '{1:2, 3:}', '{1: *a}', '{1: 2, 3: *a}',
  '{a:}', '{a:, b: c}', 'f(x for x in y, 1)', 'f(1, x for x in y)', 'a if b', 'f(a if b)', 'x = a if b',
  '[x, y for x in z]', '{x, y for x in z}', '[x, for x in z]', '[*x for x in y]', '{*x for x in y}',
  '(*x for x in y)', '{**a for a in b}', '(a b)', '[a b]', 'f(a b)', '{a: b c}', 'print(a b)', 'x <> y',
  'f(a=1, b)', 'f(**a, *b)', 'f(**a, b)', 'f(a=1, **k, *b)', 'f(x, *)', 'f(*a, *)', 'f(x, *a, *)',
  'f(a=1, *)', 'f(**a, *b, c)', 'f(True=1)', 'f(None=1)', 'f(False=1)', 'f(a.b=1)', 'f(a()=1)',
  'f(a=1 for x in y)', 'f(a, b for b in c, d)', 'f(x=1, *y, z)', 'f(**k, x=1, y)',
  'lambda (x): 1', 'lambda x=1, y: 1', 'lambda *: 1', 'lambda /: 0', 'lambda a, /, b, /: 0',
  'lambda a, *b, /: 0', 'lambda a=1 /: 0', 'lambda a, *: 0', 'lambda *a=1: 0', 'lambda *a, *b: 0',
  'lambda **k=1: 0', 'lambda **k, a: 0', 'lambda **k, *a: 0', 'lambda (a, b): 0', 'lambda a, (b): 0',
  'lambda *, **k: 0', 'lambda a=: 0', 'lambda a=1, /, b, c: 0', 'lambda a, /, b=1, *, c=2, d: 0',
  'lambda a, *, b, /: 0', 'lambda a=1, b=2 /: 0', 'lambda /, a: 0', 'lambda a, a: 0',
  '(*a)', '(**a)', 'x = a = 1 = 2', '(a.b := 1)', '(a[0] := 1)', '(f() := 1)', '((a, b) := 1)',
  'del f()', 'del *a', 'del (a, *b)', 'del a + b', 'del [a, f()]', 'del (a := 1)', 'del a if b else c',
  'for f() in x: pass', 'for a, f() in x: pass', 'for (a, 1) in x: pass', '[x for f() in y]',
  '[x for a, 1 in y]', '(x for x.y() in z)', 'f() = 1', '1 = x', 'None = 1', 'x + 1 = 2', '(x, f()) = 1',
  '[x, *f()] = 1', 'x, y += 1', 'f() += 1', '(yield) = 1', 'a if b else c = 1', 'lambda: 0 = x',
  '"a" = 1', 'f"{a}" = 1', '... = 1', 'True = 1', '{a: b} = 1', '{a} = 1', '[x for x in y] = 1',
  'x = (a, b c)', 'if x = 1: pass', 'while a.b = 1: pass', 'f(a, b, c=1, d)', 'x[a b]', 'x[a:b c]',
  'f(x, y z)', 'f(x) y', 'x y', 'x y z', 'a.b c', '(a, b) c', 'a = b c', 'print "hello"',
  '(x for x in y if)', '[x for x in]', '[x for in y]', '[for x in y]', 'f(**)', 'f(*)', 'f(a, **)',
  'x = (1 + )', 'x = [1, 2', 'x = {1: 2', 'x = (1, 2', 'a[]', 'a.', 'a.1', 'a.if', 'f(,)', 'f(a,,b)',
  '(,)', '[,]', '{,}', 'a if b else', 'lambda x', 'lambda x:', 'not', 'a and', 'a or', 'a < ', 'a is not',
  'a not', 'await', '-', 'a ** ', '*a', '**a', 'x = *a', 'x = **a', 'x := 1', 'f(x for x in y)(a b)',
  '[a, b c, d]', '{a, b c}', '{a: b, c d}', 'f(a, b c=1)', '(a if b c)', 'x = yield = 1', 'x[1:2] += 3 4',
  'x = 1 if True else 2 3', 'f(x := 1 for y in z)', '(x := 1, y := 2 z)', '[i for i in range(3) if i if]',
  'x = 0777', 'x = 1__0', 'x = 0b2', 'f(a=1, a)', '(a, *b) = c d', '{**a: b}', '{a: **b}', '{**a, b}',
  '{a, **b}', 'dict(**a for a in b)', 'f(**a for a in b)', 'f(*a for a in b)', '(yield from)',
  'a[b:c:d:e]', 'a[::, ::]', 'x.y.z = a b', 'assert a b', 'del a b', 'return a b', 'import a b',
  'f(a)(b c)', 'a[b](c d)', 'x = [i async for i in y] z', 'x = not a b', 'x = -a b', '(a) b = 1',
  'a, b c = d', 'with a as b c: pass', 'with (a as b, c d): pass',
  // SOFT_KEYWORD matches any prefix of a soft keyword (strncmp in _PyPegen_soft_keyword_token)
  '{c d}', '{(c d)}', '{c + x d}', '{c d e}', '{a: b, c d}', '{1: 2, (c d)}', 'x[c d]', '[c d]', '(ma b)',
  '[matc b]', '[_ b]', '[match b]', '[case b]', '[cases b]', '[x_ b]', '{c.x d}', 'f(ca b)', '{c: 1, d e: 2}',
  '[a "s"]', '[ab "s"]', 'f(a "s")', 'kf"x"', '[a.b "s"]',
  // dict's '{' invalid_double_starred_kvpairs '}' runs in the first pass too
  '{a: 1, d e}', '{**a, d e}', '{**a, (d e)}', '{a: 1, d.x e}', '{a: 1, 1 2}', '{d e: 2}', '{a: 1, (d e): 2}',
  '{a: 1, d + e f: 2}', 'x = {a: 1, d e: 2}', '{a: 1, d e, f: 1}', '{a: 1, **d, e f}', '{a:}', '{a: *b}',
  '{a: b, c: *d}', '{a: b, c:}', '{a: b, c: d, e}', '{**a, b}', '{a, **b}', '{1: 2, 3: 4 5}',
];

/** Invalid expressions in 'eval' mode. */
export const INVALID_EVAL: string[] = [
  '[c d]', '[a b]', '{c d}', 'a b', 'print a', 'a if b', 'a := 1', '(a := 1', 'lambda x: yield', 'yield x',
  '*a', 'a, *b', '1 = 2', 'f(**a, *b)', '[*a for a in b]',
];

export function allCases(): OracleCase[] {
  const out: OracleCase[] = [];
  for (const s of VALID) {
    if (s === '') continue;
    out.push({ source: s, mode: 'eval' });
    out.push({ source: s + '\n' });
  }
  for (const s of STATEMENTS) out.push({ source: s + '\n' });
  for (const s of INVALID) out.push({ source: s + '\n' });
  for (const s of INVALID_EVAL) out.push({ source: s, mode: 'eval' });
  return out;
}
