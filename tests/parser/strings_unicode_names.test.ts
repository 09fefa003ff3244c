// \N{...} names: every named code point of python3's unicodedata resolves, as do aliases; named sequences do not.
import test from 'node:test';
import assert from 'node:assert/strict';
import { runPythonJSON } from '../support/python';
import { lookupName } from '../../src/unicode/names';

const SCRIPT = String.raw`
import json, sys, unicodedata
names = []
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n: names.append([cp, n])
probes = ['lf', 'Latin Small Letter A', 'LATIN SMALL LETTER R WITH TILDE', 'BYTE ORDER MARK', 'hangul syllable gag',
          'HANGUL SYLLABLE gag', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-3134B',
          'LATIN CAPITAL LETTER \u00df', 'NO SUCH', '', 'ZWNJ', 'FVS1', 'VS256', 'KANNADA LETTER LLLA']
res = []
for pr in probes:
    try: res.append(ord(eval("'\\N{%s}'" % pr)))
    except SyntaxError: res.append(-1)
print(json.dumps({'names': names, 'probes': probes, 'res': res}))
`;

test('every unicodedata name and the probes resolve as in python3', () => {
  const r = runPythonJSON<{ names: [number, string][]; probes: string[]; res: number[] }>(SCRIPT, null);
  let bad = 0;
  for (const [cp, name] of r.names) {
    if (lookupName(name) !== cp && bad++ < 10) assert.equal(lookupName(name), cp, name);
  }
  assert.equal(bad, 0);
  assert.deepEqual(r.probes.map(lookupName), r.res);
});
