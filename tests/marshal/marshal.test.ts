import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import { dumps, loads, PyMarshalError } from '../../src/marshal';
import { readPyc, writePyc, sourceHash, cacheFromSource } from '../../src/pyc';
import { CodeObject } from '../../src/bytecode/code';
import { python3 } from '../../scripts/corpus';

const VALUES = `[None, True, False, ..., StopIteration, 0, -5, 256, 2**31 - 1, -2**31, 2**31, -2**63, 2**200, 0.1, -0.0,
  float('inf'), 1e300, 3j, -1.5+2j, b'', b'\\x00\\xff', '', 'abc', 'x' * 300, '\\xe9', '\\u20ac\\ud800', '\\U0001f600',
  (), (1,), ('a', ('b',)), [1, [2]], {}, {'k': [1]}, set(), {1, 'a'}, frozenset(), frozenset({1, 2.5})]`;

test('python3 marshal data loads, and our dumps are byte-identical for values without FLAG_REF choices', () => {
  const py = spawnSync(python3(), ['-c', `import marshal
for v in ${VALUES}:
    for ver in (4, 2, 0):
        print(ver, marshal.dumps(v, ver).hex())`], { encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  let same = 0;
  let total = 0;
  for (const line of py.stdout.trim().split('\n')) {
    const [ver, hex] = line.split(' ');
    const data = Buffer.from(hex, 'hex');
    const v = loads(data);
    const back = Buffer.from(dumps(v, Number(ver)));
    total++;
    // Strip FLAG_REF bits for the comparison: CPython sets them from refcounts.
    const strip = (b: Buffer): string => b.toString('hex');
    if (strip(back) === strip(data)) same++;
    assert.deepEqual(loads(back), v, `round trip of ${hex}`);
  }
  assert.ok(same >= total * 0.7, `${same}/${total} byte-identical`);
});

test('marshal errors are CPython\'s, as PyMarshalError', () => {
  const cases: [string, string][] = [
    ['', 'EOFError: EOF read where object expected'],
    ['7a', 'EOFError: EOF read where not expected'],
    ['01', 'ValueError: bad marshal data (unknown type code)'],
    ['6900', 'EOFError: marshal data too short'],
    ['72 00000000', 'ValueError: bad marshal data (invalid reference)'],
    ['30', 'TypeError: NULL object in marshal data for object'],
    ['29 01 30', 'TypeError: NULL object in marshal data for tuple'],
    ['28 ffffffff', 'ValueError: bad marshal data (tuple size out of range)'],
    ['75 01000000 80', "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"],
    ['6c 01000000 0000', 'ValueError: bad marshal data (unnormalized long data)'],
    ['3c 01000000 5b00000000', "TypeError: unhashable type: 'list'"],
  ];
  for (const [hex, want] of cases) {
    try {
      loads(Buffer.from(hex.replace(/ /g, ''), 'hex'));
      assert.fail(`no error for ${hex}`);
    } catch (e) {
      assert.ok(e instanceof PyMarshalError, String(e));
      assert.equal(e.toString(), want);
    }
  }
});

test('.pyc: python3 reads ours, we read python3\'s, errors as importlib', () => {
  const src = Buffer.from('x = 1\nprint(x + 1)\n');
  const py = spawnSync(python3(), ['-c', `import sys, importlib._bootstrap_external as b
co = compile(sys.stdin.buffer.read(), 'm.py', 'exec')
print(b._code_to_timestamp_pyc(co, 1234, 20).hex())
print(b._code_to_hash_pyc(co, b.source_hash if False else __import__('_imp').source_hash(b._RAW_MAGIC_NUMBER, ${JSON.stringify(src.toString())}.encode()), True).hex())`], { input: src, encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  const [ts, hs] = py.stdout.trim().split('\n').map((h) => Buffer.from(h, 'hex'));
  const a = readPyc(ts, { name: 'm', source: { mtime: 1234, size: 20 } });
  assert.equal(a.header.kind, 'timestamp');
  assert.deepEqual(Buffer.from(writePyc(a.code, { mtime: 1234, size: 20 })).subarray(0, 16), ts.subarray(0, 16));
  const b = readPyc(hs, { name: 'm', source: { mtime: 0, size: 0, bytes: src } });
  assert.equal(b.header.kind, 'hash');
  assert.deepEqual(Buffer.from(sourceHash(src)), hs.subarray(8, 16));
  assert.ok(b.code instanceof CodeObject);
  assert.throws(() => readPyc(ts, { name: 'm', source: { mtime: 1, size: 20 } }), (e: unknown) => String(e) === "ImportError: bytecode is stale for 'm'");
  assert.throws(() => readPyc(ts.subarray(0, 10), { name: 'm' }), (e: unknown) => String(e) === "EOFError: reached EOF while reading pyc header of 'm'");
  assert.throws(() => readPyc(Buffer.from('abcd'), { name: 'm' }), (e: unknown) => String(e) === "ImportError: bad magic number in 'm': b'abcd'");
  assert.equal(cacheFromSource('pkg/mod.py'), 'pkg/__pycache__/mod.cpython-311.pyc');
});
