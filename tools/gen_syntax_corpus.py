#!/usr/bin/env python3
"""Build the SyntaxError conformance corpus: tests/data/syntax_errors/corpus.json.

Snippets come from python3's own test files (string literals passed to
compile/exec/eval and to the test helpers that compile, plus doctest examples
that expect a SyntaxError) and from the hand-written cases at the end of this
file (tokenizer errors, indentation, EOF, nesting, encodings, ...).

Each snippet is kept only if python3 (the oracle, CPython 3.11.7) rejects it:
  stage 'parse'   : ast.parse(source, '<string>', mode) raises SyntaxError
  stage 'compile' : ast.parse succeeds but compile(source, '<string>', mode)
                    raises SyntaxError (symtable/compiler errors)
The recorded expectation is the exception's class name, msg, lineno, offset,
end_lineno, end_offset and text.

Run: python3 tools/gen_syntax_corpus.py
"""
import ast
import doctest
import hashlib
import inspect
import json
import os
import sys
import textwrap
import warnings

TESTDIR = os.path.join(os.path.dirname(os.__file__), 'test')
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'data', 'syntax_errors', 'corpus.json')

FILES = [
    'test_syntax.py', 'test_exceptions.py', 'test_grammar.py', 'test_fstring.py',
    'test_patma.py', 'test_eof.py', 'test_unicode_identifiers.py',
    'test_string_literals.py', 'test_positional_only_arg.py', 'test_genexps.py',
    'test_keywordonlyarg.py', 'test_named_expressions.py', 'test_compile.py',
    'test_flufl.py', 'test_global.py', 'test_utf8source.py', 'test_source_encoding.py',
    'test_tokenize.py', 'test_ast.py', 'test_traceback.py', 'test_baseexception.py',
    'test_unpack_ex.py', 'test_unpack.py', 'test_setcomps.py', 'test_dictcomps.py',
    'test_listcomps.py', 'test_coroutines.py', 'test_generators.py', 'test_with.py',
    'test_decorators.py', 'test_string.py', 'test_scope.py', 'test_except_star.py',
    'test_future.py', 'test_print.py', 'test_cmd_line_script.py', 'test_opcodes.py',
]

MODES = ('exec', 'eval', 'single')

# Helpers whose argument is a source text: name -> (index of the source among the
# positional arguments, without self; mode or None (look at a 'mode' keyword /
# 3rd positional of compile); transform)
HELPERS = {
    'compile': (0, None, None),
    'exec': (0, 'exec', None),
    'eval': (0, 'eval', None),
    'parse': (0, 'exec', None),
    'check_syntax_error': (1, 'exec', None),
    '_check_error': (0, None, None),
    'check': (0, 'exec', None),
    'assert_syntax_error': (0, 'exec', inspect.cleandoc),
    'assertRaisesSyntaxError': (0, 'single', None),
    'shouldRaiseSyntaxError': (0, 'single', None),
    'assertSyntaxError': (0, 'exec', None),
    'assertInvalid': (0, 'exec', None),
    'check_ast_roundtrip': (0, 'exec', None),
    'assertAllRaise': (2, 'eval', None),  # a list of sources
    '_check_compile': (0, 'exec', None),
    'check_syntax_warning': (0, 'exec', None),
    'check_suggestion': (0, 'exec', None),
    'compile_single': (0, 'single', None),
    'compile_snippet': (0, 'exec', None),
}
PER_FILE = {
    ('test_positional_only_arg.py', 'assertRaisesSyntaxError'): (0, 'single', lambda s: s + '\n'),
    ('test_grammar.py', 'check'): (0, 'eval', None),
}


class Unknown(Exception):
    pass


def static_values(node, env):
    """The possible string/bytes values of an expression, evaluated statically."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, (str, bytes, int)):
            return [node.value]
        raise Unknown
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        raise Unknown
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mult, ast.Mod)):
        out = []
        left = static_values(node.left, env)
        right = static_values(node.right, env)
        if len(left) * len(right) > 16:
            raise Unknown  # a loop variable combined with another: not one source each
        for a in left:
            for b in right:
                try:
                    if isinstance(node.op, ast.Add):
                        out.append(a + b)
                    elif isinstance(node.op, ast.Mult):
                        out.append(a * b)
                    else:
                        out.append(a % b)
                except Exception:
                    raise Unknown
        return out
    if isinstance(node, ast.JoinedStr):
        parts = [['']]
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append([v.value])
            elif isinstance(v, ast.FormattedValue) and v.format_spec is None and v.conversion == -1:
                parts.append([str(x) for x in static_values(v.value, env)])
            else:
                raise Unknown
        out = ['']
        for opts in parts:
            out = [a + b for a in out for b in opts][:64]
        return out
    if isinstance(node, ast.Call):
        fn = node.func
        name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else None
        if name in ('dedent', 'cleandoc') and len(node.args) == 1:
            f = textwrap.dedent if name == 'dedent' else inspect.cleandoc
            return [f(v) for v in static_values(node.args[0], env) if isinstance(v, str)]
        if isinstance(fn, ast.Attribute) and name in ('encode', 'strip', 'lstrip', 'rstrip') and not node.keywords:
            args = [static_values(a, env)[0] for a in node.args]
            return [getattr(v, name)(*args) for v in static_values(fn.value, env)]
        raise Unknown
    if isinstance(node, (ast.List, ast.Tuple)):
        raise Unknown
    raise Unknown


def list_values(node, env):
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        out = []
        for e in node.elts:
            try:
                out.extend(static_values(e, env))
            except Unknown:
                pass
        return out
    return static_values(node, env)


class Extractor(ast.NodeVisitor):
    """Walks a test file with a crude environment of string-valued names."""

    def __init__(self, fname, add):
        self.fname = fname
        self.add = add
        self.envs = [{}]

    def env(self):
        merged = {}
        for e in self.envs:
            merged.update(e)
        return merged

    def visit_FunctionDef(self, node):
        self.envs.append({})
        self.generic_visit(node)
        self.envs.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Assign(self, node):
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                self.envs[-1][node.targets[0].id] = list_values(node.value, self.env())
            except Unknown:
                self.envs[-1].pop(node.targets[0].id, None)
        self.generic_visit(node)

    def visit_For(self, node):
        tgt = node.target
        env = self.env()
        if isinstance(tgt, ast.Name):
            try:
                self.envs[-1][tgt.id] = list_values(node.iter, env)
            except Unknown:
                self.envs[-1].pop(tgt.id, None)
        elif isinstance(tgt, ast.Tuple) and isinstance(node.iter, (ast.List, ast.Tuple)):
            # for (src, msg) in [(...), ...]: bind the string elements
            cols = [[] for _ in tgt.elts]
            for row in node.iter.elts:
                if isinstance(row, (ast.Tuple, ast.List)) and len(row.elts) == len(tgt.elts):
                    for i, e in enumerate(row.elts):
                        try:
                            cols[i].extend(static_values(e, env))
                        except Unknown:
                            pass
            for t, col in zip(tgt.elts, cols):
                if isinstance(t, ast.Name):
                    self.envs[-1][t.id] = col
        self.generic_visit(node)

    def visit_Call(self, node):
        fn = node.func
        name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else None
        spec = PER_FILE.get((self.fname, name)) or HELPERS.get(name)
        if spec is not None:
            idx, mode, transform = spec
            env = self.env()
            if name == 'compile' and mode is None:
                if len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                    mode = node.args[2].value
                for kw in node.keywords:
                    if kw.arg == 'mode' and isinstance(kw.value, ast.Constant):
                        mode = kw.value.value
            if mode is None:
                mode = 'exec'
                for kw in node.keywords:
                    if kw.arg == 'mode' and isinstance(kw.value, ast.Constant):
                        mode = kw.value.value
            if len(node.args) > idx and mode in MODES:
                try:
                    values = list_values(node.args[idx], env)
                except Unknown:
                    values = []
                for v in values:
                    if isinstance(v, (str, bytes)):
                        if transform is not None and isinstance(v, str):
                            v = transform(v)
                        self.add(v, mode, f'{self.fname}:{node.lineno}')
        self.generic_visit(node)

    def visit_Constant(self, node):
        if isinstance(node.value, str) and '>>>' in node.value:
            self.doctests(node.value, node.lineno)

    def doctests(self, text, base):
        try:
            examples = doctest.DocTestParser().get_examples(text)
        except ValueError:
            return
        for ex in examples:
            where = f'{self.fname}:{base + ex.lineno}'
            exc = ex.exc_msg or ''
            if exc.startswith(('SyntaxError', 'IndentationError', 'TabError')):
                self.add(ex.source, 'single', where)
            try:
                tree = ast.parse(ex.source)
            except SyntaxError:
                continue
            sub = Extractor(self.fname, lambda s, m, w: self.add(s, m, where))
            sub.envs = [dict(self.env())]
            sub.visit(tree)


def oracle(src, mode):
    """(stage, expectation) if python3 rejects src in mode, else None."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            ast.parse(src, filename='<string>', mode=mode)
        except SyntaxError as e:
            return 'parse', expectation(e)
        except (ValueError, MemoryError, RecursionError, OverflowError):
            return None
        try:
            compile(src, '<string>', mode, dont_inherit=True)
        except SyntaxError as e:
            return 'compile', expectation(e)
        except (ValueError, MemoryError, RecursionError, OverflowError):
            return None
    return None


def expectation(e):
    return {
        'kind': type(e).__name__,
        'msg': e.msg,
        'lineno': e.lineno,
        'offset': e.offset,
        'end_lineno': e.end_lineno,
        'end_offset': e.end_offset,
        'text': e.text,
    }


def case_id(src, mode, is_bytes):
    h = hashlib.sha1()
    h.update(mode.encode() + (b'b' if is_bytes else b's') + b'\0')
    h.update(src if is_bytes else src.encode('utf-8', 'surrogatepass'))
    return h.hexdigest()[:12]


def own_cases():
    """Hand-written snippets: (source, modes or None for all three)."""
    S = []

    def add(src, modes=None):
        S.append((src, modes))

    # unterminated strings
    for q in ("'", '"', "'''", '"""'):
        add(f'x = {q}abc')
        add(f'x = {q}abc\n')
        add(f'x = {q}abc\ny = 1\n')
        add(f'{q}')
        add(f'b{q}abc')
        add(f'f{q}abc')
        add(f'rb{q}abc\\')
    add("x = 'abc\\\n")
    add("'''abc\n\n\ndef")
    add("x = 'é\n")
    add("print('hello)\n")
    add("x = f'{a\n")
    add("x = ('abc'\n 'def\n")
    add("s = '\\")
    # bad numbers
    for n in ('0b2', '0b', '0o8', '0o', '0x', '0xg', '1_', '1__0', '0_7', '07', '00012', '1e', '1e+',
              '1.e', '1_e1', '1e1_', '0x_', '0b1_', '1.5j_', '1__j', '0b12', '0o19', '1_000_', '123abc',
              '1if 1else 0', '0x1for x in y', '1.2.3', '5.__class__', '1e3_4_', '0b_', '0xfor',
              '1e1000j_', '09.5x', '0_0_', '1_.5', '1._5', '0 1', '1 2', '0xZ', '1jx', '.5_', '1in x', '0in x', '1not in x'):
        add(n)
        add(f'x = {n}\n')
    # invalid characters
    for ch in ('$', '?', '`', '!', '€', '\u00a0', '\u200b', '\u2028', '\x7f', '\x01', '\x1b', '\u3000',
               '¢', '½', '→', '“', '\ufeff', '\U0001F600'):
        add(f'x = 1 {ch} 2\n')
        add(f'{ch}')
    add('a = b!c\n')
    add('x = 1 !\n')
    add('é = 1; ₿ = 2\n')
    add('a\u00b7b = 1\n')
    add('·a = 1\n')
    add('x\u0300y = 1\n')
    add('\u0300 = 1\n')
    add('x = 1 \\ y\n')
    add('x = \\\n')
    add('\\')
    add('x = 1\\')
    add('if x:\n    y = 1 \\\n')
    add('a \\  \nb\n')
    # null bytes
    add('x = 1\0\n')
    add('\0')
    add("x = '\0'\n")
    add('# comment \0\nx = 1\n')
    # brackets
    for src in ('(', '[', '{', 'x = (', 'x = [1, 2', 'x = {1: 2', 'f(a, b', 'f(a, (b, c)', ')', ']', '}',
                'x = )', 'x = (]', 'x = [}', 'x = {)', 'f(a]', '[1, 2)', '(1, 2]', '{1: 2]',
                'x = (\n1,\n2\n', 'x = [\n\n', 'foo(\n  a,\n  b,\n', 'x = (1 + 2))', 'a[1]]', '((((((((((x)',
                'def f(:\n    pass\n', 'class C(:\n    pass\n', 'x = {\n', 'if (x:\n    pass\n',
                'x = (1,\ny = 2\n', 'print("a"\nprint("b")\n', 'x = [1, 2, 3\ny = 4\n', 'd = {"a": 1,\n\n\n'):
        add(src)
    # nesting
    add('(' * 200 + ')' * 200)
    add('x = ' + '(' * 201)
    add('[' * 199 + ']' * 199)
    add('x = ' + '[' * 250 + ']' * 250)
    add('f' + '(' * 199 + ')' * 199)
    add(''.join('    ' * i + 'if x:\n' for i in range(101)) + '    ' * 101 + 'pass\n')
    add(''.join(' ' * i + 'if x:\n' for i in range(101)) + ' ' * 101 + 'pass\n')
    add(''.join('    ' * i + 'for x in y:\n' for i in range(25)) + '    ' * 25 + 'pass\n', ['exec'])
    add(''.join('    ' * i + 'while x:\n' for i in range(21)) + '    ' * 21 + 'pass\n', ['exec'])
    add('f"{' * 3 + 'x' + '}"' * 3)
    add("f'{f\"{f'{x}'}\"}'")
    add('-' * 100 + '(' * 150 + ')' * 150)
    # indentation
    add(' x = 1\n')
    add('  x = 1\n')
    add('\tx = 1\n')
    add('x = 1\n y = 2\n')
    add('if x:\npass\n')
    add('if x:\n    pass\n  pass\n')
    add('if x:\n    pass\n      pass\n')
    add('def f():\n    x = 1\n   y = 2\n')
    add('def f():\nreturn 1\n')
    add('for x in y:\n')
    add('for x in y:\n\n')
    add('while x:\n# c\n')
    add('class C:\n')
    add('class C:\nx = 1\n')
    add('try:\n    pass\nexcept:\npass\n')
    add('try:\nx\n')
    add('with a:\n')
    add('if x:\n    pass\nelse:\n')
    add('if x:\n    pass\nelif y:\nz\n')
    add('match x:\ncase 1: pass\n')
    add('match x:\n    case 1:\n    pass\n')
    add('async def f():\n')
    add('async def f():\n    async with x:\n')
    add('async def f():\n    async for x in y:\n')
    add('def f():\n\tif x:\n        pass\n')
    add('if x:\n\tpass\n        pass\n')
    add('if x:\n        pass\n\tpass\n')
    add('if x:\n  \tpass\n\t  pass\n')
    add('if x:\n\t pass\n \tpass\n')
    add('def f():\n  pass\n\x0c pass\n')
    add('\x0c x = 1\n')
    add('if x:\n    y\n\x0c  z\n')
    add('if 1:\n        x\n    y\n')
    add('x = 1\n    \n  y\n')
    add('if x:\r\n  pass\r\n pass\r\n')
    add('if x:\r    pass\r  pass\r')
    add('  # only comment\n  x\n')
    add('def f():\n    """doc"""\n  return\n')
    add('if a:\n  if b:\n      c\n    d\n')
    add('with x as y:\npass\n')
    add('try:\n  a\nfinally:\n')
    add('try:\n  a\nexcept* E:\n')
    add('lambda: (yield)\n  x\n')
    # unexpected EOF and truncated statements
    for src in ('x =', 'x +', 'if x', 'if x:', 'def f', 'def f(', 'def f()', 'def f():', 'class', 'class C',
                'import', 'from', 'from x', 'from x import', 'return', 'for', 'for x', 'for x in',
                'while', 'with', 'with x', 'try', 'try:', 'lambda', 'lambda x', 'x.', 'x[', 'x[1', 'a if b',
                'a if b else', '@', '@dec', '@dec\n', 'del', 'assert', 'raise x from', 'global', 'nonlocal',
                'async', 'await', 'yield from', 'not', 'x and', 'x or', '*', '**x', 'f(**)', 'x :=',
                '(x :=)', 'x: ', 'x: int =', 'match x:', 'match x:\n    case', 'match x:\n    case 1',
                'print "hello"', 'exec "x"', 'x = 1 if 2', '[x for x]', '[x for x in]', '{x: for x in y}',
                'f(x for x in y, 1)', 'a b', 'a = b c', 'True = 1', 'None += 1', '__debug__ = 1',
                'f() = 1', 'del f()', 'x += 1 = 2', '(a, b) += 1', 'a, b += 1', '[a] += 1', 'x = yield = 1',
                'def f(x, x): pass', 'def f(*): pass', 'def f(**kw, a): pass', 'def f(a=1, b): pass',
                'f(a=1, b)', 'f(**k, *a)', 'f(a for a in b, c)', 'lambda *: 1', 'class C(x for x in y): pass',
                'import a.b as', 'from . import *, a', 'from x import (a, b,)c', 'from x import a,',
                'for x in range(10):\n    break\nelse:\n    continue', 'else', 'elif x:', 'except:', 'finally:',
                'case 1:', 'x = *a', 'print(*)', '*a = 1', 'a = *b, *c = d', 'del *a', 'del (a, *b)',
                '{**a: 1}', '{a: *b}', '[**a]', 'f(*)', 'f(x=)', 'f(=1)', 'x.1', 'x..y', 'x = 1 +* 2',
                'x = 1 ** ** 2', 'a := 1', 'f(a:=1=2)', 'with (a as b, c as d:\n    pass', 'async x = 1',
                'def f():\n    async with x: pass', 'nonlocal x', 'def f():\n    nonlocal x',
                'def f():\n    global x\n    x: int', 'def f(a):\n    global a', 'return 1', 'yield 1',
                'await x', 'break', 'continue', 'class C:\n    return', 'def f():\n    class C:\n        break',
                'async def f():\n    yield from x', 'def f():\n    x = 1\n    global x',
                'from __future__ import braces', 'from __future__ import nope', 'x = 1\nfrom __future__ import annotations',
                "f'{}'", "f'{ }'", "f'{x!}'", "f'{x!z}'", "f'{x:{y:{z:{w}}}}'", "f'{'", "f'}'", "f'{x'", "f'{x:'",
                "f'{#}'", "f'{x!r'", "f'{lambda x: 1}'", "f'{yield}'", "f'{a b}'", "f'{=}'", "f'{x=!}'",
                "f'{\\n}'", "f'{x}' f'{'", "b'é'", "b'\\xff' 'x'", "'x' b'y'", "u'x' b'y'", "br'\\N{DASH}' u''",
                "'\\N{NO SUCH NAME}'", "'\\N{LATIN SMALL LETTER A'", "'\\N'", "'\\x1'", "'\\xz'", "'\\u12'",
                "'\\U1234567'", "'\\U00110000'", "b'\\x1'", "b'\\xg0'", "b'\\x'", "rb'ok' b'\\x0'", "'\\u123x'",
                'def f(a, /, /): pass', 'def f(/): pass', 'def f(*, /): pass', 'def f(a, *, b, /): pass',
                'lambda a, /, /: 1', 'def f(*a, *b): pass', 'def f(*, **k): pass', 'def f(a, *, ): pass',
                'def f(**k=1): pass', 'def f(*a=1): pass', 'lambda **k=1: 0', 'def f(a b): pass',
                'class C:\n  def f(self):\n    pass\n  x y', 'if x = 1:\n    pass', 'while x = 1:\n    pass',
                'assert x = 1', 'f(x.y = 1)', 'f(x() = 1)', 'f("s" = 1)', 'f(True=1)', 'f(a, a=1, a=2)',
                'x = [i for i in range(3) if i = 1]', 'print(a b c)', 'print(1 2)', 'print(f(x) y)',
                'import a as b.c', 'from .a import b as c.d', 'import *', 'from a import b.c', 'try:\n  x\nexcept A, B:\n  y',
                'try:\n  x\nexcept* A, B:\n  y', 'try:\n  x\nexcept*:\n  y', 'try:\n  x\nexcept A as b.c:\n  y',
                'try:\n  x\nexcept (A, B) as c[0]:\n  y', 'try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass',
                'try:\n  x\n', 'try:\n  x\ny = 1\n', 'match x:\n    case 1 + 1: pass', 'match x:\n    case a.b(): pass\n    case _: pass\n    case 1: pass',
                'match x:\n    case {**a, b: 1}: pass', 'match x:\n    case f(a=1, 2): pass', 'match x:\n    case [*a, *b]: pass',
                'match x:\n    case a | b: pass', 'match x:\n    case -a: pass', 'match x:\n    case 1 + a: pass',
                'match x:\n    case _: pass\n    case 1: pass', 'match x:\n    case x: pass\n    case 1: pass',
                'match x:\n    case (a as b) as c.d: pass', 'match x:\n    case *a: pass', 'match x:\n    case {a: 1}: pass',
                'match x:\n    case 1 as _: pass', 'match x:\n    case C(a=1, a=2): pass', 'match x:\n    case {1: a, 1: b}: pass',
                'match x:\n    case a, a: pass', 'match x:\n    case 1j + 1: pass', 'match x:\n    case f"x": pass',
                'match x:\n    case 1:\n    pass', 'match x:\ncase 1: pass', 'match x y:\n    case 1: pass',
                'def f[T](): pass', 'type X = int', 'x = 1 if else 2', 'x = lambda: yield', 'x = not', 'x = a if',
                'print(end="" sep="")', 'for x in range(10)\n    pass', 'while True\n    pass', 'class A\n    pass',
                'def f()\n    pass', 'with open(x) as f\n    pass', 'if x\n    pass\nelse\n    pass', 'try\n    pass',
                'async def f()\n    pass', 'elif', 'for x, in y: pass\nelse x', 'x = {1: 2, 3}', 'x = {1, 2: 3}',
                'x = {**a, 1}', 'x = {*a: 1}', 'a = 1; ; b = 2', ';', 'x = (1, 2,, 3)', 'x = [1,, 2]', 'f(1,, 2)',
                'x = 1,,', 'def f(a,, b): pass', 'import a,, b', 'global a,, b', 'a = 1 =', '= 1', 'a == = 1',
                'a < > b', 'a <> b', 'a = b if c else d = e', 'a = (yield) = 1', 'x = 1 = 2', '1 = x',
                '"abc" = x', 'x + 1 = 2', '-x = 1', 'x.y() = 1', '[x for x in y] = 1', '{x: y} = 1', 'a if b else c = 1',
                '(a, 1) = 2', '[a, f()] = 1', 'for 1 in x: pass', 'for f() in x: pass', 'with a as 1: pass',
                'with a as f(): pass', 'del 1', 'del a + b', 'del (a, b + c)', 'a, b: int', '(a, b): int', '[a]: int = 1',
                'f(): int', 'x.y: int = 1, 2', 'lambda: x = 1', 'lambda x=1, y: 1', '(x for x in y) = 1',
                '... = 1', 'a.b.c() += 1', 'f"" = 1', 'x = yield x = 1', '(yield x) = 1', '(await x) = 1',
                '*a, *b = c', '[*a, *b] = c', 'x = (*a)', 'print(**a, *b)', 'f(**a, b)', 'f(a=1, *b, c)',
                'x = lambda a, a: 1', 'class C(a=1, a=2): pass', 'del [a, b][0] + 1', 'import a.', 'from .. import',
                'from . import a as', 'if True:\n    pass\n else:\n    pass', 'x = 0o', 'x = 0x', 'x = 0b',
                'a = (1 + \n', 'def f(\n    a,\n    b\n', 'x = """\n\n', 'if x:\n    """\n', "a = f'''{\n'''",
                "a = f'{x!r:}' f'{x!}'", 'with (a, b,):\n  pass\nwith (a as b) as c:\n  pass', 'x = 1 if 2 else',
                'a = [1, 2 3]', 'a = (1 2)', 'a = {1 2}', 'a = {1: 2 3: 4}', 'f(a b)', 'x = a.b c', 'x = 1 2 3',
                'x = "a" "b" c', 'import a b', 'from a import b c', 'def f(a=1 b=2): pass', 'f(a=1 b=2)',
                'x = [a for a in b c]', 'x = {a: b for a in c d}', 'x = (a for a in b if c d)', 'return a b'):
        add(src, ['exec'])
        add(src + '\n', ['single'])
    # deep expression
    add('1' + '+1' * 200 + ')')
    add('x = ' + '[' * 100 + '(' * 100 + ']')
    # invalid escapes in bytes / non-ascii in bytes
    add("b'caf\u00e9'")
    add("x = b'\\N{DIGIT ONE}'", None)
    add('b"\\u1234" + b"\u20ac"')
    add("rb'\u00e9'")
    add("b'''\n\u00e9\n'''")
    # non-UTF-8 source and coding cookies (bytes sources)
    add(b"x = '\xe9'\n", None)
    add(b"\xe9 = 1\n", None)
    add(b"# \xff\nx = 1\n", None)
    add(b"x = 1\n# \xff\n", None)
    add(b"# -*- coding: foo -*-\nx = 1\n", None)
    add(b"# coding: utf-8\nx = '\xe9'\n", None)
    add(b"# coding: ascii\nx = '\xe9'\n", None)
    add(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", None)
    add(b"\xef\xbb\xbf\xef\xbb\xbfx = 1\n", None)
    add(b"#!/usr/bin/env python\n# coding: nonsense\n", None)
    add(b"x = 1\n# coding: latin-1\ny = '\xe9'\n", None)
    add(b"x = 1\ny = 2\n# coding: latin-1\n", None)
    add(b"\xef\xbb\xbfx = '\xff'\n", None)
    add(b"# coding: utf-8\n\xc3\x28 = 1\n", None)
    add(b"x = '\xed\xa0\x80'\n", None)
    add(b"x = 1 \x00\n", None)
    add(b"\xfe\xff\x00x", None)
    add(b"# coding: utf-16\nx = 1\n", None)
    add(b"x = (\n\xe9", None)
    add(b"# coding=latin-1\n\x80 = 1\n", None)
    add(b"# vim: set fileencoding=bogus :\n", None)
    # odd whitespace and line endings
    add('x = 1\r\ny = (\r\n')
    add('x = (\r')
    add('if x:\r\n\tpass\r\n        pass\r\n')
    add('\x0cx = (\n')
    add('x = 1\x0c y\n')
    add('x = 1\n\x0b\n')
    add('x\x0b= 1\n')
    add('def f():\n\tpass\n    \tpass\n')
    add('x = (1,\n\t2,\n\t3\n')
    add('x\t=\t$\n')
    add('\tx = (\n')
    add('y = "\t\té\n')
    add('s = "日本語\n')
    add('日本 = $\n')
    add('x = "日本" $ 1\n')
    add('f(日本, 語 語)\n')
    add('x = "🐍🐍" ?\n')
    add('(🐍)\n')
    add('x = (1,\n  2\n  3)\n')
    add('x = [\n  1\n  2\n]\n')
    add('x =\\\n  (1\n  2)\n')
    add('a = 1; b = 2 3\n')
    # a parser error followed by a tokenizer error further on: which one wins
    # (_PyPegen_tokenize_full_source_to_check_for_errors)
    for first in ('1 = 2', 'x = = 1', 'print(a b)', 'f(**a, *b)', 'x y', 'def f(x, x): pass', 'if x = 1:\n    pass',
                  'foo(', 'x = [1,\n', 'class C:\n'):
        for later in ("'abc", '1_', '0b2', '€', '\\ x', ')', '(]', '\ty\n        z', "'''abc", '$', '\x00'):
            add(f'{first}\n{later}\n', ['exec'])
    # error locations at ENDMARKER / DEDENT / INDENT (tokens without a column in CPython)
    for src in ('@dec', 'x = (1,', 'if x:\n    y\n  z\n', 'class C:\n    def f(self):\n        pass\n  x\n',
                'def f():\n    return\nelse:\n    pass\n', 'for x in y:\n    pass\n    else: pass\n', 'a.', 'a +', 'lambda x:'):
        add(src)
    # multi-line error ranges (end column converted on the first line's text)
    for src in ('foo(a, z\n        for z in\n            range(10), b, c)\n', 'x = (1 +\n     2) = 3\n',
                '[a,\n b] += 1\n', 'del (a,\n     b + c)\n', 'f(**kw,\n  *args_which_are_long)\n',
                'x = {\n  1: 2,\n  **a: 1}\n', 'for (x,\n     y()) in z: pass\n'):
        add(src)
    return S


def main():
    entries = {}
    counts = {}

    def add(src, mode, origin):
        is_bytes = isinstance(src, bytes)
        cid = case_id(src, mode, is_bytes)
        if cid in entries:
            return
        res = oracle(src, mode)
        if res is None:
            return
        stage, exp = res
        if is_bytes:
            try:
                src.decode('utf-8')
            except UnicodeDecodeError:
                pass
        entries[cid] = {
            'id': cid,
            'source': src.decode('latin-1') if is_bytes else src,
            **({'bytes': True} if is_bytes else {}),
            'mode': mode,
            'stage': stage,
            'origin': origin,
            'expected': exp,
        }
        counts[origin.split(':')[0]] = counts.get(origin.split(':')[0], 0) + 1

    for fname in FILES:
        path = os.path.join(TESTDIR, fname)
        if not os.path.exists(path):
            continue
        with open(path, 'rb') as f:
            data = f.read()
        tree = ast.parse(data, filename=path)
        Extractor(fname, add).visit(tree)

    for i, (src, modes) in enumerate(own_cases()):
        for mode in modes or MODES:
            add(src, mode, f'own:{i}')

    parse = [e for e in entries.values() if e['stage'] == 'parse']
    comp = [e for e in entries.values() if e['stage'] == 'compile']
    doc = {
        '//': 'Generated: regenerated by `python3 tools/gen_syntax_corpus.py` (do not edit by hand). '
              'Each case: source (exact text; when "bytes" is true the source is the file bytes decoded as latin-1), '
              'mode, stage ("parse": ast.parse raises; "compile": only compile() raises), origin, and python3\'s '
              'SyntaxError fields.',
        'python': sys.version.split()[0],
        'counts': dict(sorted(counts.items())),
        'parse': parse,
        'compile': comp,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(doc, f, indent=1, ensure_ascii=True)
        f.write('\n')
    print(f'{len(parse)} parse-stage cases, {len(comp)} compile-stage cases -> {os.path.relpath(OUT, ROOT)}')
    for k, v in sorted(counts.items()):
        print(f'  {k}: {v}')


if __name__ == '__main__':
    sys.setrecursionlimit(10000)
    main()
