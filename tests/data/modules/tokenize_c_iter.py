# _tokenize.TokenizerIter: the parser's tokenizer as tokenize's C-tokenizer path sees it.
import _tokenize

srcs = ['a = 1 +\\\n 2\nif x:\n  pass\n', 'x = (1,\n2)\n', 'a\n\n#c\nb', 'x = 1 @ 2\n', 'x = (\n',
        '  x\n y\n', 'x = "abc\n', '$', 'def f():\n    return 1\n', 'a = 1', 'x = 1 # hi\n',
        '"""a\nb"""\n', 'f"x{a}"\n', 'if a:\n    b\n  c\n', 'é = "ü" + x\n', 'x = \\\n  # c\n  y\n',
        "s = '''\nabc\n''' + 'd'\n", '\n\n\n', '', '\tx\n', 'a\\\nb\\\nc\n', '0x\n', '1_000\n',
        'async def f(): await x\n', '(\n#c\n)\n', 'x = 1;\n', 's = "a#b" + \\\n  c\n', '1 if x else\\\n 2\n',
        'x = 1e\n', "'''never closed\n", 'print("héllo",\n  "wörld")\n']
for s in srcs:
    try:
        print(repr(s), list(_tokenize.TokenizerIter(s)))
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.args)

# A whole file: this one.
with open(__file__, encoding='utf-8') as f:
    toks = list(_tokenize.TokenizerIter(f.read()))
print(len(toks), toks[:5], toks[-3:])

for bad in [(), (1,), ('a', 'b')]:
    try:
        _tokenize.TokenizerIter(*bad)
    except TypeError as e:
        print('TypeError', e)
it = _tokenize.TokenizerIter(source='x')
print(type(it).__name__, type(it).__module__, iter(it) is it, next(it), list(it), list(it))
try:
    class Sub(_tokenize.TokenizerIter):
        pass
except TypeError as e:
    print('TypeError', e)

import tokenize
print(list(tokenize._generate_tokens_from_c_tokenizer('x = [1,\n  2]  # end\n')))
