/** Snippets for the tokenizer's differential tests (each one run through python3 in one batch). */

/** Valid sources: every token form. */
export const VALID: string[] = [
  'x = 1\n', 'x = 1', '', '\n', '# only a comment', '# c\n\n', 'a.b(c, *d, **e)[f:g:h]\n',
  'if x:\n    y\nelse:\n    z\n', 'if x:\n\ty\n', 'if x:\n  if y:\n    z\n  w\nv\n', 'def f():\n    pass\n\n\n',
  'x = (1,\n     2)\n', 'x = [\n  1, # c\n  2,\n]\n', 'x = 1 + \\\n    2\n', 'x = {a: b for a, b in c}\n',
  '0 1 23 0x1F 0X_ff 0o17 0O_7 0b101 0B_1 1_000 1.5 .5 5. 1e10 1E-5 1.5e+3 1j 1.5J .5j 1e5j 0.0 00 0_0 1_0.0_1e1_0j\n',
  '1if x else 2\n', '1and 2\n', '1or 2\n', '0x1for x in y\n', '1.e5\n', '1_2j\n',
  "'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\e' b'f' rb'g' Rb'h' bR'i' BR'j' f'k' F'l' fr'm' rf'n' Rf'o' u'p' U'q'\n",
  "x = '''\nline\n'''\n", 'x = """a\\\nb"""\n', "x = 'a\\\nb'\n", "x = f'{a!r:>{w}}'\n", "x = '\\''\n", "x = ''\n", "x = ''''''\n",
  'x = """\n""\n"""\n', "x = '''a''b'''\n",
  '== != <> <= >= < > = += -= *= /= //= %= @= &= |= ^= >>= <<= **= ** // -> ... : := ; , . @ ~ ^ & | % << >>\n',
  'é = 1\n', 'ﬁ = 2\n', 'x = "日本語"\n', 'x = 𝔘𝔫𝔦 + 1\n',
  'x = 1\r\ny = 2\r\n', 'if x:\r\n    y\r\n', 'x = 1\x0c\n\x0cy = 2\n', 'if x:\n  \x0c  y\n',
  'class A:\n    def f(self):\n        return 1\n    # comment\n\n    def g(self): pass\n',
  'async def f():\n    await x\n    async for a in b: pass\n', 'match x:\n    case 1: pass\n',
  'x = 1 # type: int\n', 'def f(a, # type: int\n      ):\n    # type: (...) -> None\n    pass\n', 'import a # type: ignore\n',
  'x = 1 # type: ignore[misc]\n', '# type: ignore\nx = 1\n', 'x = 1 #type:ignore-me\n', 'x = 1 # type: ignored\n',
  'x = 1  \\\n\n', 'x \\\n= 1\n', '  \\\nx = 1\n', 'if x:\n    a\n\n  \n    b\n',
  'print(1, end="")\nprint(2)\n', 'lambda: (yield)\n', 'x = [i for i in range(10) if i % 2]\n', 'x[1:2, ::3]\n',
  '$\n', 'a ? b\n', '`x`\n', 'a!b\n',
];

/** Sources the C tokenizer rejects: compile()'s SyntaxError is the tokenizer's own. */
export const ERRORS: string[] = [
  "x = 'abc\n", "x = 'abc", "x = '''abc\n\n", 'x = """\nabc\n', "x = 'a\\\n", 'x = (1,\n2\n', 'f(\n', 'x = [\n', 'x = {1: (2,\n',
  'x = 1)\n', 'x = ]\n', 'x = (1]\n', 'x = (1,\n2]\n', 'x = {1: [2)}\n',
  'x = 0777\n', 'x = 00_1\n', 'x = 0o78\n', 'x = 0o\n', 'x = 0b12\n', 'x = 0b\n', 'x = 0x\n', 'x = 0xg\n', 'x = 0x_\n',
  'x = 1_\n', 'x = 1__0\n', 'x = 1e\n', 'x = 1e+\n', 'x = 1abc\n', 'x = 1.5x\n', 'x = 1jx\n', 'x = 0_\n', 'x = 1.e\n', 'x = 0o7_\n',
  'x = €\n', 'x = a\u00a0b\n', '\ufeffx = 1\n', 'x = 1\n\u000b\n', 'x = \x01\n', 'x = a\x7f\n', '€ = 1\n', 'x = 9\u20447\n', 'é€ = 1\n',
  'x = \\ y\n', 'x = 1 + \\\n', 'x = 1 + \\', 'a = 1\n   \\\n', 'x = (1 + \\\n',
  'if x:\n    a\n  b\n', 'if x:\n\ta\n        b\n', 'if 1:\n        a\n\tb\n',
  'x = ' + '('.repeat(201) + '\n', 'x = ' + '['.repeat(199) + ']'.repeat(199) + '\n',
  'if x:\r\n    a\r\n  b\r\n', 'x = (\r\n', 'x = 1\r\ny = (\r\n', "s = '日本語\n", 'x = """\n日本語\n', 'x = (\n\n\n', 'x = (\n# c\n',
];

/** Deep indentation (too many levels) needs a generated source. */
export function deepIndent(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ' '.repeat(i) + 'if x:\n';
  return s + ' '.repeat(n) + 'pass\n';
}
ERRORS.push(deepIndent(100));
