// decodeSource against python3's compile(bytes) (the import path): encodings, BOM, cookies and their errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { decodeSource, PySyntaxError } from '../../src/tokenizer/index';
import { runPythonJSON } from '../support/python';

const CASES: string[] = [
  // latin-1 strings standing for bytes
  'x = 1\n', '\xef\xbb\xbfx = 1\n', '# -*- coding: latin-1 -*-\nx = "\xe9"\n', '#!/usr/bin/env python\n# coding=utf-8\nx = "\xc3\xa9"\n',
  '# coding: iso-8859-1\nx = "\xff"\n', '# vim: set fileencoding=ascii :\nx = 1\n', '# coding: cp1252\nx = "\x80"\n',
  '# -*- coding: foo -*-\nx = 1\n', '\xef\xbb\xbf# coding: latin-1\nx=1\n', '\xef\xbb\xbf# coding: utf-8\nx=1\n',
  '# coding: ascii\nx = "\xc3\xa9"\n', '# coding: utf8\nx = "\xff"\n', 'x = 1\n# coding: foo\n', '\n# coding: latin1\nx = "\xe9"\n',
  '  # coding: foo\nx=1\n', '# coding: Latin_1\nx = "\xe9"\n', '# coding: UTF-8\nx = 1\n', '# coding: cp1252\nx = "\x81"\n',
];

const SCRIPT = `
import sys, json
out = []
for c in json.load(sys.stdin):
    b = c.encode('latin-1')
    try:
        compile(b, 'f', 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append(e.msg)
print(json.dumps(out))
`;

test('decodeSource: the text, or the SyntaxError message compile(bytes) gives', () => {
  const oracle = runPythonJSON<(string | null)[]>(SCRIPT, CASES);
  CASES.forEach((c, i) => {
    let msg: string | null = null;
    try {
      decodeSource(Buffer.from(c, 'latin1'), 'f');
    } catch (e) {
      assert.ok(e instanceof PySyntaxError);
      msg = e.msg;
    }
    assert.equal(msg, oracle[i], JSON.stringify(c));
  });
});

test('decodeSource: decoded text and encoding names', () => {
  assert.deepEqual(decodeSource(Buffer.from('\xef\xbb\xbfx = 1\n', 'latin1'), 'f'), { text: 'x = 1\n', encoding: 'utf-8-sig' });
  assert.deepEqual(decodeSource(Buffer.from('# coding: latin-1\nx = "\xe9"\n', 'latin1'), 'f'), {
    text: '# coding: latin-1\nx = "é"\n',
    encoding: 'iso-8859-1',
  });
  assert.equal(decodeSource(Buffer.from('# coding: cp1252\nx = "\x80"\n', 'latin1'), 'f').text, '# coding: cp1252\nx = "€"\n');
  // python3 FILE wording
  assert.throws(
    () => decodeSource(Buffer.from('x = 1\ny = "\xff"\n', 'latin1'), 'm.py', { mode: 'file' }),
    (e: unknown) =>
      e instanceof PySyntaxError &&
      e.msg === "Non-UTF-8 code starting with '\\xff' in file m.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
  );
  assert.throws(() => decodeSource(Buffer.from('# coding: foo\n'), 'm.py', { mode: 'file' }), (e: unknown) => e instanceof PySyntaxError && e.msg === 'encoding problem: foo');
});
