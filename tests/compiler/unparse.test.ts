/**
 * src/ast/unparse.ts against CPython 3.11's own annotation unparser
 * (Python/ast_unparse.c), which python3 exposes only through compilation:
 * an expression made the annotation of `x: ...` under
 * CO_FUTURE_ANNOTATIONS becomes co_consts[0]. Checked on tricky
 * hand-written expressions and on every expression of the standard library
 * (each maximal expression of every statement, contexts set to Load; those
 * holding yield, await or := cannot be annotations and are left out).
 * python3's answers for the standard library are cached under .cache/.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { AST, type expr } from '../../src/ast/nodes';
import { exprAsUnicode } from '../../src/ast/unparse';
import { parse } from '../../src/parser';
import { decodeSource } from '../../src/tokenizer/source';
import { runPythonJSON } from '../support/python';
import { stdlibFiles } from '../../scripts/corpus';

const UNPARSE_ORACLE = String.raw`
import ast, json, sys
BAD = (ast.Yield, ast.YieldFrom, ast.Await, ast.NamedExpr)
def key(n):
    return '%d:%d:%d:%d:%s' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, type(n).__name__)
def unparse(e):
    for n in ast.walk(e):
        if hasattr(n, 'ctx'):
            n.ctx = ast.Load()
    m = ast.Module([ast.AnnAssign(ast.Name('x', ast.Store()), e, None, 1)], [])
    ast.fix_missing_locations(m)
    return compile(m, '<a>', 'exec', flags=0x1000000, dont_inherit=True).co_consts[0]
job = json.load(sys.stdin)
if job['kind'] == 'sources':
    out = []
    for src in job['items']:
        try:
            out.append(unparse(ast.parse(src, mode='eval').body))
        except Exception as e:
            out.append('!' + type(e).__name__)
    print(json.dumps(out))
    sys.exit()
out = {}
for path in job['items']:
    try:
        with open(path, 'rb') as fh:
            tree = ast.parse(fh.read())
    except Exception:
        out[path] = None
        continue
    res = {}
    roots = []
    for node in ast.walk(tree):
        if isinstance(node, ast.expr):
            continue
        for name, value in ast.iter_fields(node):
            for v in (value if isinstance(value, list) else [value]):
                if isinstance(v, ast.expr):
                    roots.append(v)
    for e in roots:
        if any(isinstance(n, BAD) for n in ast.walk(e)):
            continue
        k = key(e)
        try:
            s = unparse(e)
        except Exception:
            continue
        # Two maximal expressions with one span and type: ambiguous, left out.
        res[k] = None if k in res and res[k] != s else s
    out[path] = res
print(json.dumps(out))
`;

const TRICKY = [
  'a + b * c', '(a + b) * c', 'a ** b ** c', '(a ** b) ** c', '-a ** b', '(-a) ** b', 'not a == b', '(not a) == b',
  'a if b else c if d else e', '(a if b else c) if d else e', 'lambda: 1', 'lambda x, /, y=1, *z, w, v=2, **k: x',
  'lambda *, a: a', '(lambda: 1)()', 'f(lambda: 1)', 'a and b or c and d', 'a and (b or c)', '(a, b)', '()', '(a,)', 'a[b, c]',
  'a[b:c:d, e]', 'a[:]', 'a[::2]', 'a[1:]', 'a[(b, c)]', 'a[()]', '[*a, *b]', '{**a, b: c}', '{a, *b}', '{}', 'f(*a, **b, c=d)',
  'f(a for a in b)', 'f((a for a in b), c)', '[a for b in c if d if e for f in g]', '{a: b for a, b in c}', '(a for a in [b async for b in c])',
  '1 .real', '1.5.real', '"a".b', 'x.y.z', 'a < b < c', 'a is not b', 'a not in b', '(a < b) < c', '~-+a', '- -a', 'a @ b', 'a // b % c',
  'a << b >> c', 'a | b ^ c & d', '(a | b) & c', "'abc'", '"it\'s"', '\'say "hi"\'', '\'both \\\' and "\'', "'\\n\\t\\x00\\u20ac\\U0001f600'",
  "b'\\x00ab\\xff'", "u'abc'", 'r"\\d"', '1e309', '-1e309', '1e309j', '(1+1e309j)', '1j', '10 ** 100', '0x10', '1_000', '0.1', '1e-320',
  'None', 'True', '...', "f'{a}'", "f'{a!r:>{b}}'", "f'{{a}} {a:{{b}}}'", "f'{ {a} }'", "f'{(lambda: 1)()}'", "f'''{a}\\n'''",
  "f'{a=}'", "f\"{'x'}\"", "f'{a!s}{b!a}'", "f'a' 'b' f'{c}'", "f'{a:%Y-%m}'", "f'{a:{b}.{c}}'", "f'{a,b}'", "f'{a if b else c}'",
  '*a', '[a, *b]', 'a[*b]', 'a[b, *c]', 'await_ + 1', 'x if (y := 1) else z', 'f(x=1)(y)', '(yield_)', 'a.b[c](d)', 'a[b][c]',
  '{a: (b, c)}', '[(a, b)]', 'f((a, b))', '(a, b)[0]', '-(1)', '+1', 'not not a', '(a) == (b)',
];

test('the unparser writes what ast_unparse.c writes, on tricky expressions', () => {
  const want = runPythonJSON<string[]>(UNPARSE_ORACLE, { kind: 'sources', items: TRICKY });
  const failures: string[] = [];
  TRICKY.forEach((src, i) => {
    if (want[i].startsWith('!')) return;
    const tree = parse(src, { mode: 'eval' });
    const got = exprAsUnicode((tree as unknown as { body: expr }).body);
    if (got !== want[i]) failures.push(`${src}: python3 ${JSON.stringify(want[i])}, typhon ${JSON.stringify(got)}`);
  });
  assert.deepEqual(failures, []);
});

const EXPR_TYPES = new Set([
  'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp',
  'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred',
  'Name', 'List', 'Tuple', 'Slice',
]);

/** Every expression that is a direct child of a node that is not an expression, keyed as the oracle keys them. */
function maximalExpressions(tree: AST): Map<string, expr> {
  const out = new Map<string, expr>();
  const visit = (node: AST): void => {
    const isExpr = EXPR_TYPES.has(node._type);
    for (const v of Object.values(node)) {
      for (const x of Array.isArray(v) ? v : [v]) {
        if (!(x instanceof AST)) continue;
        if (!isExpr && EXPR_TYPES.has(x._type)) {
          const e = x as expr;
          out.set(`${e.lineno}:${e.col_offset}:${e.end_lineno}:${e.end_col_offset}:${e._type}`, e);
        }
        visit(x);
      }
    }
  };
  visit(tree);
  return out;
}

const CACHE = path.join('.cache', 'oracle-unparse');

function oracleFor(files: string[]): Record<string, Record<string, string | null> | null> {
  fs.mkdirSync(CACHE, { recursive: true });
  const out: Record<string, Record<string, string | null> | null> = {};
  const names = new Map<string, string>();
  const missing: string[] = [];
  for (const f of files) {
    const st = fs.statSync(f);
    const name = path.join(CACHE, createHash('sha1').update(`${path.resolve(f)}|${st.size}|${st.mtimeMs}`).digest('hex') + '.json');
    names.set(f, name);
    if (fs.existsSync(name)) out[f] = JSON.parse(fs.readFileSync(name, 'utf8'));
    else missing.push(f);
  }
  if (missing.length) {
    const got = runPythonJSON<Record<string, Record<string, string | null> | null>>(UNPARSE_ORACLE, { kind: 'files', items: missing });
    for (const f of missing) {
      out[f] = got[f];
      fs.writeFileSync(names.get(f)!, JSON.stringify(got[f]));
    }
  }
  return out;
}

test('the unparser agrees with python3 on every expression of the standard library', () => {
  const files = stdlibFiles();
  const oracle = oracleFor(files);
  let compared = 0;
  const failures: string[] = [];
  for (const f of files) {
    const theirs = oracle[f];
    if (!theirs) continue;
    const { text } = decodeSource(fs.readFileSync(f), f);
    const ours = maximalExpressions(parse(text, { filename: f }));
    for (const [k, want] of Object.entries(theirs)) {
      if (want === null) continue;
      const e = ours.get(k);
      if (!e) {
        failures.push(`${f} ${k}: no such expression in our tree`);
        continue;
      }
      compared++;
      const got = exprAsUnicode(e);
      if (got !== want) failures.push(`${f} ${k}: python3 ${JSON.stringify(want)}, typhon ${JSON.stringify(got)}`);
    }
  }
  assert.deepEqual(failures.slice(0, 20), []);
  assert.ok(compared > 200000, `only ${compared} expressions compared`);
});
