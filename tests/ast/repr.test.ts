import test from 'node:test';
import assert from 'node:assert/strict';
import { complexRepr, floatRepr, strRepr, bytesRepr } from '../../src/objects/repr';
import { runPythonJSON } from '../support/python';
import { rng } from '../support/rng';


test('float and complex repr match CPython', () => {
  const r = rng(1);
  const values: number[] = [0, 1, -1, 0.1, 1e16, 1e15, 1e-4, 1e-5, 123456789012345678, 5e-324, 1.7976931348623157e308, 0.5, 2.5, 1 / 3];
  const buf = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 3000; i++) {
    buf.setUint32(0, Math.floor(r() * 2 ** 32));
    buf.setUint32(4, Math.floor(r() * 2 ** 32));
    const v = buf.getFloat64(0);
    if (Number.isFinite(v)) values.push(v);
    values.push(Math.round(r() * 10 ** Math.floor(r() * 20)) / 10 ** Math.floor(r() * 20));
  }
  const hexes = values.map((v) => {
    buf.setFloat64(0, v);
    return buf.getBigUint64(0).toString(16);
  });
  const expected = runPythonJSON<[string, string][]>(
    `import json, sys, struct
out = []
for h in json.load(sys.stdin):
    x = struct.unpack('>d', int(h, 16).to_bytes(8, 'big'))[0]
    out.append([repr(x), repr(complex(0, x))])
print(json.dumps(out))`,
    hexes,
  );
  values.forEach((v, i) => {
    assert.equal(floatRepr(v), expected[i][0], `float repr of ${v}`);
    assert.equal(complexRepr(0, v), expected[i][1], `complex repr of ${v}j`);
  });
  assert.equal(floatRepr(-0), '-0.0');
  assert.equal(floatRepr(NaN), 'nan');
  assert.equal(floatRepr(-Infinity), '-inf');
  assert.equal(complexRepr(1, -2), '(1-2j)');
  assert.equal(complexRepr(-0, 2), '(-0+2j)');
});

test('str and bytes repr match CPython', () => {
  const samples = ["", "a'b", 'a"b', `a'b"c`, '\\', '\t\n\r\x00\x7f\x80\xa0\xad', 'é中\u2028\u200b', '😀', '\ud800', '\udfff x', '\u0378', '\ue000', '\u2ffc', '\u{1faf0}'];
  const expected = runPythonJSON<string[]>(
    `import json, sys
print(json.dumps([repr(s) for s in json.load(sys.stdin)]))`,
    samples,
  );
  samples.forEach((s, i) => assert.equal(strRepr(s), expected[i], JSON.stringify(s)));
  const bsamples = [[], [0x27], [0x27, 0x22], [0x22], [0, 9, 10, 13, 0x5c, 0x7f, 0x80, 0xff, 0x41]];
  const bexp = runPythonJSON<string[]>(
    `import json, sys
print(json.dumps([repr(bytes(b)) for b in json.load(sys.stdin)]))`,
    bsamples,
  );
  bsamples.forEach((b, i) => assert.equal(bytesRepr(Uint8Array.from(b)), bexp[i]));
});
