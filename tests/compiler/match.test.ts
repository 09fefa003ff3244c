/**
 * The match statement against python3: every program below prints the same
 * dis as `dis.dis(compile(src, 'x.py', 'exec'))` (addresses masked) and loads
 * in python3 as code objects equal to its own, field by field and
 * recursively; every invalid program raises compile.c's SyntaxError with
 * python3's message and position. One python3 process answers for all.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { compileModule } from '../../src/compiler';
import { disRecursive } from '../../src/dis';
import { dumps } from '../../src/marshal';
import { PySyntaxError } from '../../src/tokenizer/errors';
import { runPythonJSON } from '../support/python';

const PROGRAMS: string[] = [
  // values, singletons, wildcards, captures
  'match x:\n    case 1:\n        a = 1\n',
  'match x:\n    case 1:\n        a = 1\n    case 2:\n        a = 2\n',
  'match x:\n    case _:\n        y = 0\n',
  'match x:\n    case y:\n        pass\n',
  'match x:\n    case 1:\n        pass\n    case _:\n        pass\n',
  'match x:\n    case 1:\n        pass\n    case y:\n        print(y)\n',
  'match x:\n    case None:\n        pass\n    case True:\n        pass\n    case False:\n        pass\n',
  'match x:\n    case -1:\n        pass\n    case 1.5:\n        pass\n    case -2.5:\n        pass\n    case 1 + 2j:\n        pass\n    case -1 - 2j:\n        pass\n',
  'match x:\n    case "a" "b":\n        pass\n    case b"x":\n        pass\n    case "":\n        pass\n',
  'match x:\n    case Color.RED:\n        pass\n    case a.b.c:\n        pass\n',
  'match x:\n    case 12345678901234567890:\n        pass\n',
  'match (a, b):\n    case (1, 2):\n        print("12")\n',
  'match a, b:\n    case 1, 2:\n        pass\n',
  // sequences
  'match x:\n    case []:\n        pass\n    case ():\n        pass\n',
  'match x:\n    case [a]:\n        pass\n    case (a, b):\n        pass\n    case [a, b, c]:\n        pass\n',
  'match x:\n    case [_]:\n        pass\n    case [_, _]:\n        pass\n    case [*_]:\n        pass\n    case [_, *_]:\n        pass\n',
  'match x:\n    case [a, *_]:\n        pass\n    case [*_, z]:\n        pass\n    case [a, *_, y, z]:\n        pass\n',
  'match x:\n    case [_, *_, _, z]:\n        pass\n',
  'match x:\n    case [*rest]:\n        pass\n    case [a, *rest]:\n        pass\n    case [*rest, z]:\n        pass\n    case [a, *rest, y, z]:\n        pass\n',
  'match x:\n    case [1, [2, [3, a]], *b]:\n        pass\n',
  'match x:\n    case [1, 2, 3, 4, 5, 6]:\n        pass\n',
  'match x:\n    case [a, b, c, d, e, f, g]:\n        pass\n',
  'match x:\n    case [[a, b], [c, d]]:\n        print(a, b, c, d)\n',
  'match x:\n    case [1, *_] | [2, *_]:\n        pass\n',
  // mappings
  'match x:\n    case {}:\n        pass\n',
  'match x:\n    case {**rest}:\n        pass\n',
  'match x:\n    case {"a": 1}:\n        pass\n',
  'match x:\n    case {"a": a, "b": b}:\n        pass\n',
  'match x:\n    case {"a": a, **rest}:\n        pass\n',
  'match x:\n    case {"a": 1, "b": [x, *_], "c": {"d": d}, **kw}:\n        print(x, d, kw)\n',
  'match x:\n    case {Color.RED: r, -1: m, 1 + 2j: c, b"k": k, None: n, True: t}:\n        pass\n',
  'match x:\n    case {1: _, 2: _}:\n        pass\n',
  'match x:\n    case {12345678901234567890: 1, 12345678901234567890e0: 2}:\n        pass\n',
  'match x:\n    case {9007199254740993: 1, 9007199254740992.0: 2, 1: 3, 1.5: 4, 2j: 5, -0.0: 6, "0": 7, b"0": 8}:\n        pass\n',
  // classes
  'match x:\n    case Point():\n        pass\n',
  'match x:\n    case Point(1, 2):\n        pass\n',
  'match x:\n    case Point(x, y):\n        pass\n',
  'match x:\n    case Point(x=0, y=yy):\n        pass\n',
  'match x:\n    case Point(a, y=b):\n        pass\n',
  'match x:\n    case C(_, _, a, k=_, j=b):\n        pass\n',
  'match x:\n    case mod.sub.C(a, [b, *c], d={"k": e}):\n        pass\n',
  'match x:\n    case int() | float():\n        pass\n    case str(s):\n        pass\n',
  // or-patterns
  'match x:\n    case 1 | 2 | 3:\n        pass\n',
  'match x:\n    case [a, b] | [b, a]:\n        print(a, b)\n',
  'match x:\n    case (a, b, c) | (c, b, a) | (b, c, a) | (a, c, b):\n        print(a, b, c)\n',
  'match x:\n    case [x, (1 | 2) as y, z]:\n        pass\n',
  'match x:\n    case [p, [a, b] | {"k": (b, a)}, q]:\n        pass\n',
  'match x:\n    case {"k": (a, b, c) | [c, a, b]} | Q(a, b, c) | [[b, a, c]]:\n        pass\n',
  'match x:\n    case (1 | 2) | (3 | 4):\n        pass\n',
  'match x:\n    case [a, ([b] | (b,))]:\n        pass\n',
  'match x:\n    case [1 | None | True, "a" | "b"]:\n        pass\n',
  'match x:\n    case (1 | 2) if x:\n        pass\n    case _:\n        pass\n',
  // as-patterns
  'match x:\n    case [1, 2] as whole:\n        pass\n',
  'match x:\n    case (1 | 2) as n:\n        pass\n',
  'match x:\n    case [a as b, (c as d) as e]:\n        pass\n',
  'match x:\n    case (_ as y):\n        pass\n',
  // guards
  'match x:\n    case [a, b] if a > b:\n        pass\n    case [a, b] if a and b or not a:\n        pass\n',
  'match x:\n    case y if y:\n        pass\n    case z:\n        pass\n',
  'match x:\n    case _ if f():\n        pass\n',
  'match x:\n    case 1:\n        pass\n    case _ if (y := f()):\n        print(y)\n',
  'match x:\n    case {"a": a} if a in (1, 2, 3):\n        pass\n    case _:\n        pass\n',
  'match x:\n    case a if a < 0 < b:\n        pass\n',
  // scopes
  'def f(x):\n    match x:\n        case [a, *b]:\n            return a, b\n        case {"k": v}:\n            return v\n        case _:\n            return None\n',
  'def f(x):\n    match x:\n        case Point(x=px, y=py) | (px, py):\n            def g():\n                return px + py\n            return g\n',
  'def f(x):\n    global g\n    match x:\n        case [g, h]:\n            return h\n',
  'def outer():\n    a = 0\n    def inner(x):\n        nonlocal a\n        match x:\n            case [a]:\n                pass\n    return inner\n',
  'class C:\n    match x:\n        case 1:\n            y = 1\n        case [y]:\n            pass\n',
  'class C:\n    def m(self, x):\n        match x:\n            case __private:\n                return __private\n',
  'async def f(x):\n    match await x:\n        case [a, *_]:\n            await a\n',
  'def f():\n    match (yield):\n        case 1:\n            yield 2\n',
  'lambda: [y for y in z]\nmatch [y for y in z]:\n    case [a]:\n        pass\n',
  // control flow inside and around
  'for x in xs:\n    match x:\n        case 1:\n            break\n        case 2:\n            continue\n        case _:\n            pass\nelse:\n    pass\n',
  'while True:\n    match x:\n        case [a]:\n            break\n',
  'try:\n    match x:\n        case 1:\n            raise E\n        case _:\n            pass\nexcept E:\n    pass\nfinally:\n    done()\n',
  'with cm as c:\n    match c:\n        case [1]:\n            pass\n',
  'def f(xs):\n    for x in xs:\n        try:\n            match x:\n                case 0:\n                    return 0\n                case [y]:\n                    continue\n        finally:\n            g()\n',
  'match x:\n    case 1:\n        match y:\n            case 2:\n                pass\n            case _:\n                pass\n    case _:\n        pass\n',
  'match x:\n    case 1:\n        pass\nz = 2\n',
  'if c:\n    match x:\n        case 1:\n            pass\nelse:\n    pass\n',
  'match x:\n    case 1:\n        pass\n    case 2:\n        pass\n    case 3:\n        pass\n    case _:\n        z = 0\nprint(z)\n',
  // what follows a match takes no location from a default case's body (the async with's POP_BLOCK)
  'async def f(v):\n    async with cm:\n        match v:\n            case 1:\n                pass\n            case _:\n                x = 1\n',
  'async def f(v):\n    async with cm:\n        match v:\n            case 1:\n                pass\n            case _ if v:\n                x = 1\n',
  'async def f(v):\n    async with cm:\n        match v:\n            case None:\n                return v\n            case _:\n                x = 1\n',
  'async def f(v):\n    async with cm:\n        match v:\n            case 1:\n                pass\n            case [a]:\n                x = 1\n',
  // locations over several lines
  'match (\n    x\n):\n    case [\n        a,\n        b,\n    ] | {\n        "k": (b, a)\n    }:\n        pass\n    case Point(\n        x=1,\n        y=2,\n    ):\n        pass\n',
  'match x:\n    case (1\n          | 2):\n        pass\n    case _:\n        pass\n',
  'match x:\n    case 1: pass\n    case 2: pass\n',
  'match x:\n    case {\n        "a": 1,\n        **r\n    } if r:\n        pass\n',
  // soft keywords as names
  'match = 1\ncase = 2\nmatch match:\n    case case:\n        pass\n',
  'match(x)\nmatch[x]\n',
  // annotations in a case body
  'match x:\n    case 1:\n        y: int = 1\n',
];

const ERRORS: string[] = [
  'match x:\n    case _:\n        pass\n    case 1:\n        pass\n',
  'match x:\n    case y:\n        pass\n    case 1:\n        pass\n',
  'match x:\n    case (y):\n        pass\n    case 1:\n        pass\n',
  'match x:\n    case 1 | y:\n        pass\n    case 1:\n        pass\n',
  'match x:\n    case y | 1:\n        pass\n',
  'match x:\n    case 1 | y:\n        pass\n',
  'match x:\n    case (_ as a) | a:\n        pass\n    case 1:\n        pass\n',
  'match x:\n    case (a as b) | (b as a):\n        pass\n',
  'match x:\n    case [a, (b | c)]:\n        pass\n',
  'match x:\n    case [a, (b | b)]:\n        pass\n',
  'match x:\n    case {1: a, 2: (b | [b])}:\n        pass\n',
  'match x:\n    case [a] | [b]:\n        pass\n',
  'match x:\n    case [a, b] | [b, c]:\n        pass\n',
  'match x:\n    case [a, b] | [a]:\n        pass\n',
  'match x:\n    case [a, a]:\n        pass\n',
  'match x:\n    case [1,\n          a,\n          a]:\n        pass\n',
  'match x:\n    case {1: a, **a}:\n        pass\n',
  'match x:\n    case [a, {"k": a}]:\n        pass\n',
  'match x:\n    case [a, ([b] | (b)), b]:\n        pass\n',
  'match x:\n    case [a, *a]:\n        pass\n',
  'match x:\n    case C(a, b=a):\n        pass\n',
  'match x:\n    case (a as a):\n        pass\n',
  'match x:\n    case [a, b, *c, *d]:\n        pass\n',
  'match x:\n    case [*_, *_]:\n        pass\n',
  'match x:\n    case C(a=1, b=2, a=3):\n        pass\n',
  'match x:\n    case C(a=1, b=2, b=3, a=4):\n        pass\n',
  'match x:\n    case C(__debug__=1):\n        pass\n',
  'match x:\n    case __debug__:\n        pass\n',
  'match x:\n    case [__debug__]:\n        pass\n',
  'match x:\n    case {**__debug__}:\n        pass\n',
  'match x:\n    case [*__debug__]:\n        pass\n',
  'match x:\n    case {1: a, True: b}:\n        pass\n',
  'match x:\n    case {1: a, 1.0: b}:\n        pass\n',
  'match x:\n    case {0: a, -0.0: b}:\n        pass\n',
  'match x:\n    case {0: a, 0j: b}:\n        pass\n',
  'match x:\n    case {"a": a, "a": b}:\n        pass\n',
  'match x:\n    case {b"a": 1, "a": 2, b"a": 3}:\n        pass\n',
  'match x:\n    case {None: 1, None: 2}:\n        pass\n',
  'match x:\n    case {1 + 2j: 1, 1 + 2j: 2}:\n        pass\n',
  'match x:\n    case {-1: 1, -1: 2}:\n        pass\n',
  'match x:\n    case {9007199254740992: 1, 9007199254740992.0: 2}:\n        pass\n',
  'match x:\n    case {f"a": a}:\n        pass\n',
  'match x:\n    case f"a":\n        pass\n',
  'match x:\n    case [f"{y}"]:\n        pass\n',
  'def f():\n    match x:\n        case 1:\n            pass\n        case [a, a]:\n            pass\n',
  'match x:\n    case 1:\n        break\n',
  'match x:\n    case 1 if (yield):\n        pass\n',
];

const ORACLE = String.raw`
import dis, io, json, sys, marshal
FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_code',
          'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_filename', 'co_name', 'co_qualname',
          'co_firstlineno', 'co_linetable', 'co_exceptiontable')
def diff(a, b, path):
    out = []
    for f in FIELDS:
        if getattr(a, f) != getattr(b, f):
            out.append('%s.%s: %r != %r' % (path, f, getattr(a, f), getattr(b, f)))
    if len(a.co_consts) != len(b.co_consts):
        out.append('%s.co_consts: %r != %r' % (path, a.co_consts, b.co_consts))
    else:
        for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
            if type(x).__name__ == 'code' and type(y).__name__ == 'code':
                out += diff(x, y, '%s.co_consts[%d]' % (path, i))
            elif type(x) is not type(y) or repr(x) != repr(y):
                out.append('%s.co_consts[%d]: %r != %r' % (path, i, x, y))
    if not out and a != b:
        out.append(path + ': code objects differ')
    return out
data = json.load(sys.stdin)
res = {'programs': [], 'errors': []}
for item in data['programs']:
    try:
        co = compile(item['src'], 'x.py', 'exec')
    except SyntaxError as e:
        res['programs'].append({'dis': 'python3: SyntaxError: %s' % e, 'fields': None})
        continue
    b = io.StringIO()
    dis.dis(co, file=b)
    fields = None if item['ours'] is None else diff(co, marshal.loads(bytes.fromhex(item['ours'])), 'module')
    res['programs'].append({'dis': b.getvalue(), 'fields': fields})
for src in data['errors']:
    try:
        compile(src, 'x.py', 'exec')
        res['errors'].append(None)
    except SyntaxError as e:
        res['errors'].append([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
print(json.dumps(res))
`;

const mask = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x…');

const ours = PROGRAMS.map((src) => {
  try {
    const co = compileModule(src, 'x.py');
    return { dis: disRecursive(co), marshal: Buffer.from(dumps(co)).toString('hex') as string | null };
  } catch (e) {
    return { dis: `not compiled: ${String(e)}`, marshal: null };
  }
});

const theirs = runPythonJSON<{ programs: { dis: string; fields: string[] | null }[]; errors: (unknown[] | null)[] }>(ORACLE, {
  programs: PROGRAMS.map((src, i) => ({ src, ours: ours[i].marshal })),
  errors: ERRORS,
});

test('match programs print the same dis as python3 and load as equal code objects', () => {
  const failures: string[] = [];
  PROGRAMS.forEach((src, i) => {
    if (mask(ours[i].dis) !== mask(theirs.programs[i].dis)) failures.push(`dis differs for ${JSON.stringify(src)}:\n${ours[i].dis}`);
    else if (theirs.programs[i].fields!.length) failures.push(`${JSON.stringify(src)}: ${theirs.programs[i].fields!.join('; ')}`);
  });
  assert.deepEqual(failures, []);
});

test("match statements' SyntaxErrors: python3's message and position", () => {
  ERRORS.forEach((src, i) => {
    let got: unknown[] | null = null;
    try {
      compileModule(src, 'x.py');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = [e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
    }
    assert.ok(theirs.errors[i] !== null, `python3 compiles ${JSON.stringify(src)}`);
    assert.deepEqual(got, theirs.errors[i], JSON.stringify(src));
  });
});
