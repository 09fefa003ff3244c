/** Statement snippets for the differential parser test (tests/parser/statements.test.ts). */
import type { OracleCase } from './statements_support';

const exec: string[] = [
  // simple statements
  'x\n', 'x = 1\n', 'x = y = z = 1\n', 'x, y = 1, 2\n', '(x, y) = z\n', '[x, *y] = z\n', 'x: int\n', 'x: int = 1\n',
  '(x): int = 1\n', 'x.y: int\n', 'x[0]: int = 3\n', 'x: list[int] = []\n', 'x = yield\n', 'x = yield from y\n',
  'x += 1\n', 'x -= 1\n', 'x *= 1\n', 'x @= 1\n', 'x /= 1\n', 'x %= 1\n', 'x &= 1\n', 'x |= 1\n', 'x ^= 1\n',
  'x <<= 1\n', 'x >>= 1\n', 'x **= 1\n', 'x //= 1\n', 'x.y += 1\n', 'x[1] += yield\n', 'x = *a, *b\n',
  'return\n', 'return x\n', 'return x, y\n', 'return *x, y\n', 'raise\n', 'raise x\n', 'raise x from y\n',
  'pass\n', 'break\n', 'continue\n', 'global x\n', 'global x, y, z\n', 'nonlocal x\n', 'nonlocal x, y\n',
  'del x\n', 'del x, y\n', 'del x[0], y.z\n', 'del (x, y)\n', 'del [x, y]\n', 'del x,\n', 'yield\n', 'yield x\n',
  'yield from x\n', 'assert x\n', 'assert x, "msg"\n', 'x; y\n', 'x; y;\n', 'x = 1; y = 2; pass\n',
  'a = b = c\n', 'f(x)\n', 'x.y = 1\n', 'x[a:b] = c\n', '*a, b = c\n', 'a, = b\n', 'x = 1 if y else 2\n',
  'x = lambda: 1\n', '(yield)\n', 'await x\n', 'x = await y\n',
  // imports
  'import x\n', 'import x.y.z\n', 'import x as y\n', 'import x.y as z, a\n', 'from x import y\n',
  'from x import y as z\n', 'from x import (y, z)\n', 'from x import (y, z,)\n', 'from x import *\n',
  'from . import x\n', 'from .. import x\n', 'from ... import x\n', 'from .... import x\n', 'from .x import y\n',
  'from ...x.y import z\n', 'from .....x import y\n', 'from __future__ import annotations\n',
  'import a.b.c as d, e.f\n', 'from x import (a as b,\n  c as d)\n',
  // if / while / for
  'if x:\n    pass\n', 'if x: pass\n', 'if x:\n    pass\nelse:\n    pass\n', 'if x:\n    a\nelif y:\n    b\n',
  'if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d\n', 'if (x := 1):\n    pass\n',
  'while x:\n    pass\n', 'while x:\n    pass\nelse:\n    pass\n', 'while x: y; z\n',
  'for x in y:\n    pass\n', 'for x, y in z:\n    pass\n', 'for x in y, z:\n    pass\n',
  'for x in y:\n    pass\nelse:\n    pass\n', 'for (x, y) in z: pass\n', 'for x[0] in y: pass\n', 'for *x, y in z: pass\n',
  'async def f():\n    async for x in y:\n        pass\n', 'async def f():\n    async for x in y:\n        pass\n    else:\n        pass\n',
  // with
  'with x:\n    pass\n', 'with x as y:\n    pass\n', 'with x as y, z as w:\n    pass\n', 'with (x, y):\n    pass\n',
  'with (x as y, z):\n    pass\n', 'with (x as y, z as w,):\n    pass\n', 'with (x):\n    pass\n', 'with (x) as y:\n    pass\n',
  'with x as (a, b):\n    pass\n', 'with x as a.b, y as c[0]:\n    pass\n', 'with (yield):\n    pass\n',
  'async def f():\n    async with x as y:\n        pass\n', 'async def f():\n    async with (x as y, z):\n        pass\n',
  'with (a, b) as c:\n    pass\n', 'with (\n    open(x) as f,\n    open(y) as g,\n):\n    pass\n',
  // try
  'try:\n    pass\nexcept:\n    pass\n', 'try:\n    pass\nexcept E:\n    pass\n', 'try:\n    pass\nexcept E as e:\n    pass\n',
  'try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
  'try:\n    pass\nfinally:\n    pass\n', 'try:\n    pass\nexcept* E:\n    pass\n',
  'try:\n    pass\nexcept* E as e:\n    pass\nexcept* F:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
  'try: x\nexcept: y\n',
  // functions
  'def f(): pass\n', 'def f():\n    pass\n', 'def f(a): pass\n', 'def f(a, b): pass\n', 'def f(a, b=1): pass\n',
  'def f(a=1, b=2): pass\n', 'def f(*args): pass\n', 'def f(**kw): pass\n', 'def f(*args, **kw): pass\n',
  'def f(a, *, b): pass\n', 'def f(a, *, b=1, c): pass\n', 'def f(a, /): pass\n', 'def f(a, /, b): pass\n',
  'def f(a, b=1, /, c=2): pass\n', 'def f(a, b=1, /, c=2, *d, e, f=3, **g): pass\n', 'def f(a: int, b: str = "x") -> None: pass\n',
  'def f(*args: int): pass\n', 'def f(*args: *Ts): pass\n', 'def f(**kw: int): pass\n', 'def f(a,): pass\n',
  'def f(a, b,): pass\n', 'def f(*, a,): pass\n', 'def f(a=1,): pass\n', 'def f(a, /,): pass\n', 'def f(a=1, /,): pass\n',
  '@d\ndef f(): pass\n', '@d.e\n@g(1)\ndef f(): pass\n', '@x := y\ndef f(): pass\n', '@(lambda f: f)\ndef f(): pass\n',
  'async def f(): pass\n', '@d\nasync def f():\n    await x\n', 'def f() -> int:\n    return 1\n',
  'def f():\n    """doc"""\n    x = 1\n    return x\n', 'def f():\n    def g():\n        nonlocal x\n    return g\n',
  'def f(a, b, /, c, d, *, e, f): pass\n', 'def f(a=1, /, *, b): pass\n',
  // classes
  'class A: pass\n', 'class A:\n    pass\n', 'class A(): pass\n', 'class A(B): pass\n', 'class A(B, C): pass\n',
  'class A(B, metaclass=M): pass\n', 'class A(*bases, **kw): pass\n', '@d\nclass A: pass\n', '@d\n@e(1)\nclass A(B):\n    x = 1\n    def f(self): pass\n',
  // match
  'match x:\n    case 1:\n        pass\n', 'match x:\n    case -1:\n        pass\n', 'match x:\n    case 1+2j:\n        pass\n',
  'match x:\n    case -1-2j:\n        pass\n', 'match x:\n    case 1.5:\n        pass\n', 'match x:\n    case "a" "b":\n        pass\n',
  'match x:\n    case b"a":\n        pass\n', 'match x:\n    case None:\n        pass\n    case True:\n        pass\n    case False:\n        pass\n',
  'match x:\n    case y:\n        pass\n', 'match x:\n    case _:\n        pass\n', 'match x:\n    case a.b:\n        pass\n',
  'match x:\n    case a.b.c:\n        pass\n', 'match x:\n    case (1):\n        pass\n', 'match x:\n    case (1,):\n        pass\n',
  'match x:\n    case ():\n        pass\n', 'match x:\n    case []:\n        pass\n', 'match x:\n    case [1, 2]:\n        pass\n',
  'match x:\n    case [1, *rest]:\n        pass\n', 'match x:\n    case [*_, 1]:\n        pass\n', 'match x:\n    case 1, 2:\n        pass\n',
  'match x:\n    case 1, *y:\n        pass\n', 'match x:\n    case *y, 1:\n        pass\n', 'match x:\n    case 1 | 2 | 3:\n        pass\n',
  'match x:\n    case 1 as y:\n        pass\n', 'match x:\n    case (1 | 2) as y:\n        pass\n', 'match x:\n    case [1 as a, 2 as b]:\n        pass\n',
  'match x:\n    case {}:\n        pass\n', 'match x:\n    case {1: a}:\n        pass\n', 'match x:\n    case {"a": 1, "b": 2,}:\n        pass\n',
  'match x:\n    case {**rest}:\n        pass\n', 'match x:\n    case {1: a, **rest}:\n        pass\n', 'match x:\n    case {a.b: 1}:\n        pass\n',
  'match x:\n    case {-1: a, 1+2j: b, None: c}:\n        pass\n', 'match x:\n    case C():\n        pass\n', 'match x:\n    case C(1, 2):\n        pass\n',
  'match x:\n    case C(a=1, b=2):\n        pass\n', 'match x:\n    case C(1, b=2,):\n        pass\n', 'match x:\n    case a.C(x):\n        pass\n',
  'match x:\n    case C(1,):\n        pass\n', 'match x:\n    case y if y > 0:\n        pass\n', 'match x:\n    case y if (z := y):\n        pass\n',
  'match x, y:\n    case a, b:\n        pass\n', 'match *x, y:\n    case a:\n        pass\n', 'match (x):\n    case a:\n        pass\n',
  'match x:\n    case 1:\n        pass\n    case 2:\n        pass\n', 'match = 1\n', 'match(x)\n', 'match[x]\n', 'case = 1\n', '_ = 1\n',
  'match x:\n    case [a, [b, c], {"k": d}, C(e, f=g)] if a:\n        pass\n', 'match -x:\n    case a:\n        pass\n',
  'match x,:\n    case a:\n        pass\n', 'match x:\n    case 0x10 | 0o7 | 0b1 | 1_000:\n        pass\n',
  // misc layout
  '', '\n', '# comment\n', 'x', 'x\n\n\n', 'if x:\n    # c\n    pass\n', 'if x:\n\n    pass\n', 'x = (1,\n     2)\n',
  'x = [\n    1,\n    2,\n]\n', 'x = 1 \\\n    + 2\n', 'if x:\n    if y:\n        if z:\n            pass\n', 'class A:\n    def f(self):\n        return 1\n\n    x = 2\n',
  'x = "é"; y = "€"\n', 'é = 1\n', 'def é(ü): pass\n', 'import é\n', 'ﬁ = 1\n', 'global ﬁ\n', 'from ﬁ import ﬂ as ﬃ\n',
  'def f(ﬁ=1, *ﬂ, **ﬃ): pass\n', 'class ﬁ: pass\n', 'match x:\n    case ﬁ.ﬂ(ﬃ=ﬁ):\n        pass\n', 'try:\n    pass\nexcept E as ﬁ:\n    pass\n',
];

const errors: string[] = [
  'if x\n    pass\n', 'if x:\npass\n', 'if x:\n    pass\nelif y\n    pass\n', 'if x:\n    pass\nelif y:\npass\n',
  'if x:\n    pass\nelse:\npass\n', 'while x\n    pass\n', 'while x:\npass\n', 'for x in y\n    pass\n', 'for x in y:\npass\n',
  'for 1 in y: pass\n', 'for f() in y: pass\n', 'with x\n    pass\n', 'with x:\npass\n', 'with x as 1: pass\n',
  'with (x, y)\n    pass\n', 'try:\npass\n', 'try:\n    pass\n', 'try:\n    pass\nx = 1\n', 'try:\n    pass\nexcept:\npass\n',
  'try:\n    pass\nexcept E:\npass\n', 'try:\n    pass\nexcept* E:\npass\n', 'try:\n    pass\nfinally:\npass\n',
  'try:\n    pass\nexcept A, B:\n    pass\n', 'try:\n    pass\nexcept A\n    pass\n', 'try:\n    pass\nexcept\n    pass\n',
  'try:\n    pass\nexcept*:\n    pass\n', 'try:\n    pass\nexcept:\n    pass\nexcept* E:\n    pass\n',
  'try:\n    pass\nexcept* E:\n    pass\nexcept:\n    pass\n', 'try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n',
  'try\n    pass\n', 'def f()\n    pass\n', 'def f():\npass\n', 'def f:\n    pass\n', 'def f(a=1, b): pass\n',
  'def f((a, b)): pass\n', 'def f(/, a): pass\n', 'def f(a, /, b, /): pass\n', 'def f(*, a, /): pass\n', 'def f(a=1, /*): pass\n',
  'def f(*): pass\n', 'def f(*, **k): pass\n', 'def f(*a=1): pass\n', 'def f(*a, *b): pass\n', 'def f(**k=1): pass\n',
  'def f(**k, a): pass\n', 'def f(**k, *a): pass\n', 'def f(a=): pass\n', 'class A\n    pass\n', 'class A:\npass\n',
  'class A(B)\n    pass\n', 'async def f()\n    pass\n', 'x: int, y: int = 1, 2\n', '(x, y): int\n', '[x, y]: int\n',
  'f(): int\n', 'x + 1: int\n', '1 = x\n', 'f() = 1\n', 'x + 1 = 2\n', '(a, b) += 1\n', '[a] += 1\n', 'f() += 1\n',
  'x = yield = 1\n', 'del f()\n', 'del x + 1\n', 'del *x\n', 'del (x, f())\n', 'from x import a,\n', 'from x import\n',
  'import\n', 'from x import (a, b\n', 'match x\n    case 1: pass\n', 'match x:\ncase 1: pass\n', 'match x:\n    case 1\n        pass\n',
  'match x:\n    case 1:\n    pass\n', 'match x:\n    case 1 as _:\n        pass\n', 'match x:\n    case 1 as 2:\n        pass\n',
  'match x:\n    case C(a=1, 2):\n        pass\n', 'match x:\n    case C(1, a=1, 2, 3):\n        pass\n', 'match x:\n    case 1j+2j:\n        pass\n',
  'match x:\n    case 1+2:\n        pass\n', '  x = 1\n', 'if x:\n    a\n      b\n', 'if x:\n    a\n  b\n', 'x = (1,\n', 'x = [1, 2\ny = 3\n',
  'x = 1 +\n', 'f(\n', 'x y\n', 'x = = 1\n', 'def\n', 'class\n', 'return return\n', 'pass pass\n', 'a, b += 1\n',
  'lambda: (yield)\nx = 1 = 2\n', 'for x in range(10):\n    pass\n  y\n', 'x = 1\n)\n', 'print "hello"\n', 'else:\n    pass\n',
  'elif x:\n    pass\n', 'except:\n    pass\n', 'x = {\n', '(x for x in y) = 1\n', 'async with x: pass\n',
  'with x as y\n    pass\n', 'with (x as y, z)\n    pass\n', 'for x in y: pass\nelse\n    pass\n', 'nonlocal\n', 'global x,\n',
  'assert\n', 'del\n', 'raise from x\n', 'from . import\n', 'import a as\n', 'def f(a, a=1, *, b, /): pass\n',
  'def f(a, *, b=1, c, d=2, /): pass\n', 'def f(a=1, /, b=2, *, c=3 /): pass\n', 'x: int = 1 = 2\n', 'x = 1 if 2\n',
];

const typeComments: string[] = [
  'x = 1  # type: int\n', 'x = y = 1  # type: List[int]\n', 'for x in y:  # type: int\n    pass\n',
  'with x as y:  # type: int\n    pass\n', 'def f(a,  # type: int\n      b  # type: str\n      ):\n    # type: (...) -> None\n    pass\n',
  'def f(a, b):  # type: (int, str) -> None\n    pass\n', 'def f():\n    # type: () -> None\n    pass\n',
  'x = 1  # type: ignore\n', 'x = 1  # type: ignore[foo]\n', 'import x  # type: ignore\ny = 2  # type: ignore # xx\n',
  'async def f():\n    async for x in y:  # type: int\n        pass\n    async with a as b:  # type: int\n        pass\n',
  'def f(*, a, # type: int\n  **k # type: str\n):\n  pass\n', 'def f(a=1,  # type: int\n      ):\n    pass\n',
  'def f():  # type: () -> None\n    # type: () -> None\n    pass\n', 'x = 1  # type:int\n',
];

const evals: string[] = ['1', 'x + y', 'x, y', '(x)\n\n', 'lambda: 1', 'x = 1', 'x\ny', '*x', 'yield x'];
const singles: string[] = [
  'x = 1\n', 'x = 1', 'if x:\n    pass\n', 'if x:\n    pass\nelse:\n    pass\n', '\n', 'x = 1\ny = 2\n', 'x = 1; y = 2\n',
  'def f():\n    pass\n', 'x = 1\n\n# c\n', 'for x in y: pass\n',
];
const funcTypes: string[] = ['() -> int', '(int, str) -> None', '(*int, **str) -> None', '(int,) -> x', '(int) -> List[int]\n', '() ->'];

export const CASES: OracleCase[] = [
  ...exec.map((source) => ({ source })),
  ...errors.map((source) => ({ source })),
  ...typeComments.map((source) => ({ source, typeComments: true })),
  ...evals.map((source) => ({ source, mode: 'eval' as const })),
  ...singles.map((source) => ({ source, mode: 'single' as const })),
  ...funcTypes.map((source) => ({ source, mode: 'func_type' as const })),
];
