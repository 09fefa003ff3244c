// String, bytes and f-string literals against python3: the AST of the literal (positions included) or the
// SyntaxError (message, line, offset, end line, end offset).
import test from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../src/tokenizer/tokens';
import { PySyntaxError } from '../../src/tokenizer/errors';
import { dump } from '../../src/ast/dump';
import { strings } from '../../src/parser/strings';
import { setFstringExpressionRule, setFstringTokenStreamFactory } from '../../src/parser/fstrings';
import { runPythonJSON } from '../support/python';
import { MissingTokens, TokenCache, miniExpr, newParser } from './strings_support';
import { STRING_CASES } from './strings_cases';

const ORACLE = String.raw`
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        tree = ast.parse(src)
        out.append(['ok', ast.dump(tree.body[0].value, include_attributes=True)])
    except SyntaxError as e:
        out.append(['error', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
print(json.dumps(out))
`;

function realGrammarAvailable(): boolean {
  try {
    require('../../src/parser/expressions');
    return true;
  } catch {
    return false;
  }
}

type Outcome = ['ok', string] | ['error', string, number, number, number, number];

/** Parse `src` (string tokens, optionally in parentheses) with our strings rule. */
function parseLiteral(cache: TokenCache, src: string): Outcome {
  const stream = cache.stream(src);
  // CPython's NEWLINE token is empty (end = start); python's tokenize gives it a width.
  const fixed = {
    next() {
      const t = stream.next();
      return t.type === T.NEWLINE ? { ...t, endLineno: t.lineno, endCol: t.col } : t;
    },
    lineText: (n: number) => stream.lineText(n),
  };
  const p = newParser(fixed);
  try {
    p.expect(T.LPAR);
    const node = strings(p);
    if (node === null) return ['ok', '<no strings>'];
    return ['ok', dump(node, { includeAttributes: true })];
  } catch (e) {
    if (e instanceof PySyntaxError) return ['error', e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
    throw e;
  }
}

test('string literals match python3', () => {
  const cache = new TokenCache();
  setFstringTokenStreamFactory((source) => cache.stream(source));
  const usingMini = !realGrammarAvailable();
  if (usingMini) setFstringExpressionRule(miniExpr);
  try {
    const expected = runPythonJSON<Outcome[]>(ORACLE, STRING_CASES);
    cache.fill(STRING_CASES);
    let results: Outcome[] = [];
    for (let round = 0; round < 5; round++) {
      results = [];
      for (const src of STRING_CASES) {
        try {
          results.push(parseLiteral(cache, src));
        } catch (e) {
          if (!(e instanceof MissingTokens)) throw e;
          results.push(['ok', '<missing tokens>']);
        }
      }
      if (!cache.fillMisses()) break;
    }
    const failures: string[] = [];
    STRING_CASES.forEach((src, i) => {
      const a = JSON.stringify(results[i]);
      const b = JSON.stringify(expected[i]);
      // The mini grammar cannot give the real grammar's syntax errors (or parse dicts etc.).
      const grammarDependent = (o: Outcome) => o[0] === 'error' && o[1].startsWith('f-string: invalid syntax');
      if (usingMini && (grammarDependent(results[i]) || grammarDependent(expected[i]))) return;
      if (a !== b) failures.push(`${JSON.stringify(src)}\n   got: ${a}\n  want: ${b}`);
    });
    assert.equal(failures.length, 0, `${failures.length}/${STRING_CASES.length} differ:\n` + failures.slice(0, 30).join('\n'));
  } finally {
    setFstringTokenStreamFactory(null);
    setFstringExpressionRule(null);
  }
});
