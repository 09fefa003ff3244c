/**
 * Python sources made of string literals (optionally in parentheses) for the
 * differential test: each is parsed by python3 and by our strings rule.
 * f-string replacement fields use only names, numbers, strings, '.', '+' and
 * ',' (the test's mini expression grammar) plus error cases.
 */
const PREFIXES = ['', 'r', 'u', 'R', 'U', 'b', 'B', 'br', 'rb', 'Br', 'bR', 'RB', 'f', 'F', 'fr', 'rf', 'Rf', 'fR', 'FR'];
const QUOTES = ["'", '"', "'''", '"""'];
const BODIES = [
  '',
  'abc',
  String.raw`a\nb`,
  String.raw`\\`,
  String.raw`\'\"`,
  String.raw`\a\b\f\n\r\t\v`,
  String.raw`\0\1\12\123\1234\777\8\9`,
  String.raw`\x41\x7f\xff\xFf`,
  String.raw`\u00e9\u20AC\uD800`,
  String.raw`\U0001F600\U00000041`,
  String.raw`\N{LATIN SMALL LETTER A}\N{dash}\N{LF}`,
  String.raw`\d\w\q\ \z`,
  'é€😀',
  String.raw`é\x41😀\n`,
  String.raw`\é`,
  'x\\\ny',
];

function generated(): string[] {
  const out: string[] = [];
  for (const pre of PREFIXES) {
    for (const q of QUOTES) {
      for (const body of BODIES) {
        if (pre.toLowerCase().includes('b') && /[^\x00-\x7f]/.test(body)) continue;
        if (q.length === 1 && body.includes('\n')) continue;
        if (body.endsWith(q[0])) continue;
        out.push(pre + q + body + q);
      }
    }
  }
  return out;
}

const HANDWRITTEN = [
  // concatenation, kind='u'
  "'a' 'b'", "u'a' 'b'", "'a' u'b'", "U'a' 'b'", "b'a' b'b'", "b'a' B'' rb'\\x'",
  "('a'\n 'b'\n 'c')", "('a'\n u'b')", "(b'a'\n b'b')",
  "'' ''", "f'' ''", "'' f''", "f''", "f'' f''",
  // mixing
  "'a' b'b'", "b'a' 'b'", "b'a' f'b'", "f'a' b''", "('a'\n 'b'\n b'c')", "(b'a'\n  'x' )",
  // bytes errors
  "b'é'", "('a'\n b'é')", "(b'a'\n b'é' 'c')", "b'\\x1'", "b'ab\\x4g'", "b'\\x'", "b'\\777\\400'",
  // str escape errors
  "'\\x1'", "'ab\\x1'", "'é\\x1'", "'€€\\x1z'", "'😀\\u12'", "'\\u12'", "'\\U1234567'", "'\\U11111111'",
  "'\\N{foo}'", "'\\N{}'", "'\\N'", "'ab\\N{LF'", "'\\N{é}'", "'\\Nx'", "'a' '\\x'", "'\\é\\x'",
  "'\\N{LATIN SMALL LETTER R WITH TILDE}'", "'\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}'",
  "'''a\nb\\\nc'''", "'''\\\n'''", "'\\\n'",
  // f-strings: structure
  "f'{x}'", "f'{x}{x}'", "f'a{x}b{y}c'", "f'{x!r}'", "f'{x!s}'", "f'{x!a}'", "f'{x:>10}'", "f'{x!r:>10}'",
  "f'{x=}'", "f'{x=:>10}'", "f'{x=!s}'", "f'{x=!r:^20}'", "f'{ x = }'", "f'{x = !r}'", "f'a{{b}}c'", "f'{{'", "f'}}'",
  "f'{{{x}}}'", "f'{x}' f'{y}'", "'a' f'{x}' 'b'", "u'a' f'{x}' 'b'", "f'{x}' u'a'", "f'a' 'b'", "'a' f'b'",
  "f'{x:{y}}'", "f'a{x:{y}}'", "f'{x!r:>{w}}'", "f'{x:{y}{z}a}'", "f'{x:a{y}b{z}c}'", "f'{x:{y}.{z}}'",
  "f'{x:}'", "f'{x:{{}}}'", "f'{x::}'", "f'{x:!r}'", "f'{x:=}'",
  "f'{x.y}'", "f'{x.y.z}'", "f'{ x.y }'", "f'{a+b}'", "f'{a + b}'", "f'{a, b}'", "f'{ a , b }'", "f'{(a, b)}'",
  "f'{ x}'", "f'{x }'", "f'{  x  }'", "f'{\"a\"}'", "f'{\"a\" \"b\"}'", "f\"{'a'}\"", "f'{\"\"\"a\"\"\"}'",
  "f'{f\"{x}\"}'", "f'''{f'{x}'}'''", "f'{x:{f\"{y}\"}}'",
  "f'é{a}'", "f'€{a}€{b}'", "f'''é\n é{a}'''", "f'😀{a!r:😀>{b}}'",
  "f'\\{a}'", "rf'\\{a}'", "f'\\n{a}\\t'", "f'\\x41{a}'", "f'\\N{DASH}{a}'", "f'{a}\\N{LATIN SMALL LETTER A}'",
  "rf'\\n{a}\\N'", "f'\\\\{a}'",
  // f-strings: multi-line
  "f'''{\na}'''", "f'''{\na,\nb}'''", "f'''x\n{\n  a}'''", "f'''{a\n}'''", "f'''{a\n+ b}'''", "f'''a\n  {x}'''",
  "f'{a}' f'''\n{b}'''", "('a' f'{x}'\n f'''{y\n}''')", "(f'{a}'\n f'{b}')", "(f'''\n{a}\n''' f'{b}')",
  "f'''{a:\n{b}}'''", "f'''{\n  a.b\n}'''", "f'''  {\n\n  a}'''", "f'''\n\n   {  a\n  }'''",
  "(\n  f'{a}'\n)", "(  f'x{a}'   'y')",
  // f-string errors
  "f'{}'", "f'{ }'", "f'{!r}'", "f'{:x}'", "f'{=}'", "f'{a!x}'", "f'{a!}'", "f'{a!rr}'", "f'{a!r'", "f'{a'",
  "f'{a:'", "f'{a=!x}'", "f'}'", "f'a}b'", "f'{a}}'", "f'{a\\n}'", "f'{a#}'", "f'{(}'", "f'{a)}'", "f'{a[}'",
  "f'{a(]}'", "f'{a:{b:{c}}}'", "f'{a b}'", "f'{a +}'", "f'{{}'", "f'{\"a}'", "f'{a!r=}'",
  "f'x' f'{}'", "'é' f'{a b}'", "f'''\n{a b}'''", "(f'a'\n f'{a b}')", "f'{a:{b!z}}'", "f'{a:{}}'",
  "f'{a!r:{b!r:{c}}}'", "f'{a:{b}'", "f'{a:{b}}}'", "f'{a:{b}{{}}'",
  "f'{(((((a)))))}'", "f'{a[b]}'", "f'{a[}]}'",
  "f'{a:{b=}}'", "f'{a=:{b=}}'",
  // multi-line tokens inside replacement fields, and '{' on a later line
  "f'''{\"\"\"a\nb\"\"\"}'''", "f'''{a + \"\"\"x\ny\"\"\" + b}'''", "f'''x\n  {a +\n b}'''", "f'''x\n  {a}{\nb}'''",
  "f'''\t{a}'''", "f'''x\n\t {a}'''", "f'''é\n€ {a +\n  b}'''", "('x'\n  f'''{a}\n{b}''')", "f'''{a}\r\n{b}'''",
  "f'''{a:\n}'''", "f'''{a!r:{\nb}}'''", "f'{a}' 'x' f'{b}' 'y'", "('a'\n\n f'{b}'\n 'c')",
  "f'{a:{b}}' f'{c:{d}}'", "u'' f'{a:{b}}'", "f'{a:x{b}y}' 'z'",
  // sub-parser error columns: bytes, minus the shift
  "f'{é b}'", "f'{b é c}'", "(f'{a}' f'{b c}')", "f'''{\n  a b}'''", "f'''x\n  {a b}'''",
];

export const STRING_CASES: string[] = [...generated(), ...HANDWRITTEN];
