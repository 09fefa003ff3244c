/**
 * AST parity on real code in every test run: every 5th file of python3's
 * standard library and of its Lib/test, ours against
 * ast.dump(ast.parse(src), include_attributes=True) (or the same
 * SyntaxError). `npm run parity` sweeps every file; this keeps regressions
 * visible in CI. Known differences are listed and kept exact.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import { libTestFiles, stdlibDir, stdlibFiles } from '../../scripts/corpus';
import { astParity } from '../../scripts/parity/ast';

// Two surrogate code points written as escapes ('\ud834\udd1e') become one
// astral character in a JS string (docs/ARCHITECTURE.md, "Surrogate pairs").
const KNOWN: Record<string, string> = {
  'test/test_capi/test_unicode.py': 'surrogate pair escapes',
  'test/test_codeccallbacks.py': 'surrogate pair escapes',
  'test/test_codecs.py': 'surrogate pair escapes',
  'test/test_json/test_scanstring.py': 'surrogate pair escapes',
  'test/test_sqlite3/test_userfunctions.py': 'surrogate pair escapes',
  'test/test_unicode.py': 'surrogate pair escapes',
  'test/tokenizedata/badsyntax_pep3120.py': 'invalid UTF-8 reported at the whole file, not at the token',
};

test('AST parity on a sample of the standard library and Lib/test', () => {
  const files = [...stdlibFiles(), ...libTestFiles()].filter((_, i) => i % 5 === 0 || i % 5 === 3);
  const root = stdlibDir();
  const r = astParity(files);
  const failed = new Set(r.failures.map((f) => path.relative(root, f.file)));
  const sampled = new Set(files.map((f) => path.relative(root, f)));
  const unexpected = r.failures.filter((f) => !(path.relative(root, f.file) in KNOWN));
  assert.deepEqual(
    unexpected.map((f) => `${f.file}\n  expected ${f.expected}\n  got      ${f.got}`),
    [],
    'files whose AST differs from python3',
  );
  const nowPassing = Object.keys(KNOWN).filter((k) => sampled.has(k) && !failed.has(k));
  assert.deepEqual(nowPassing, [], 'known differences that now pass: remove them from KNOWN');
  assert.ok(r.total > 600);
});
