/**
 * Seeded fuzz of marshal.loads and the .pyc reader: marshal data of real code
 * objects and of every value type, truncated, bit-flipped, with bytes replaced
 * by type codes or sizes. Each case must end, on our side, in exactly the
 * error python3 gives (type and message) or in a value that, written back by
 * our dumps, python3 loads equal to what it loaded from the case. Never a JS
 * exception, never a hang.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import { dumps, loads, PyMarshalError } from '../../src/marshal';
import { readPyc } from '../../src/pyc';
import { python3 } from '../../scripts/corpus';
import { rng } from '../support/rng';

const SEED_SCRIPT = String.raw`
import marshal, sys, importlib._bootstrap_external as b
src = '''
import os
def f(a, b=1, *args, c, d=2.5, **kw):
    "doc"
    x = [a, b, {1: 'x'}, {2, 3}, frozenset({'p', 'q'}), (1, 2j, b'\\xff', None, ..., True)]
    try:
        return lambda y: x + y + 10**30 - -7
    except (ValueError, TypeError) as e:
        raise RuntimeError('\\xe9\\u20ac\\U0001f600') from e
class C(object):
    def m(self):
        return [i for i in range(3) if i]
'''
co = compile(src, 'fuzz.py', 'exec')
vals = [co, (1, -1, 2**31, -2**31 - 1, 2**64, 0.5, -0.0, float('inf'), 1j), [None, True, False, ..., StopIteration],
        {'a': 1, 2: [3]}, {1, 2, 'x'}, frozenset(), frozenset({(1, 2), 'z'}), 'x' * 300, 'é' * 3, b'', (), ('a', 'a')]
out = [marshal.dumps(v).hex() for v in vals] + [marshal.dumps(v, 0).hex() for v in vals[1:4]]
out.append((b._code_to_timestamp_pyc(co, 1, 2)).hex())
print('\n'.join(out))
`;

const ORACLE_SCRIPT = String.raw`
import marshal, sys, math, resource, json
# A huge size read from corrupt data makes CPython allocate before it reads;
# cap the address space so that ends in MemoryError at once (such cases are
# not compared: we check sizes against the data first and say EOFError).
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
def canon(x, depth=0):
    if depth > 50: return '...'
    t = type(x).__name__
    if t == 'code':
        return ('code', x.co_argcount, x.co_posonlyargcount, x.co_kwonlyargcount, x.co_stacksize, x.co_flags,
                x.co_code, canon(x.co_consts, depth + 1), x.co_names, x.co_varnames, x.co_cellvars, x.co_freevars,
                x.co_filename, x.co_name, x.co_qualname, x.co_firstlineno, x.co_linetable, x.co_exceptiontable)
    if t == 'float': return (t, repr(x), math.copysign(1, x))
    if t == 'complex': return (t, repr(x))
    if t in ('tuple', 'list'): return (t, tuple(canon(v, depth + 1) for v in x))
    if t in ('frozenset', 'set'): return (t, tuple(sorted(repr(canon(v, depth + 1)) for v in x)))
    if t == 'dict': return (t, tuple((canon(k, depth + 1), canon(v, depth + 1)) for k, v in x.items()))
    return (t, repr(x))
for line in sys.stdin:
    case, _, ours = line.strip().partition(' ')
    case = case[1:]
    try:
        v = marshal.loads(bytes.fromhex(case))
    except Exception as e:
        print(json.dumps('ERR %s: %s' % (type(e).__name__, e)))
        continue
    if ours == '-':
        print(json.dumps('OK'))
        continue
    try:
        w = marshal.loads(bytes.fromhex(ours))
        print(json.dumps('OK' if canon(v) == canon(w) else 'VALUE-DIFF'))
    except Exception as e:
        print(json.dumps('OURS-BAD %s: %s' % (type(e).__name__, e)))
`;


const TYPE_CODES = Buffer.from('0NFTS.iIfgxylstr([{cu?<>aA)zZ', 'latin1');

function mutate(base: Uint8Array, r: () => number): Uint8Array {
  const d = Uint8Array.from(base);
  const pick = (n: number): number => Math.floor(r() * n);
  switch (pick(6)) {
    case 0:
      return d.subarray(0, pick(d.length));
    case 1: {
      for (let k = 1 + pick(3); k > 0; k--) d[pick(d.length)] ^= 1 << pick(8);
      return d;
    }
    case 2: {
      const t = TYPE_CODES[pick(TYPE_CODES.length)] | (r() < 0.3 ? 0x80 : 0);
      d[pick(d.length)] = t;
      return d;
    }
    case 3: {
      d[pick(d.length)] = [0, 1, 0x7f, 0x80, 0xff, 0xfe][pick(6)];
      return d;
    }
    case 4: {
      const at = pick(d.length);
      return Uint8Array.from([...d.subarray(0, at), ...d.subarray(at + 1 + pick(4))]);
    }
    default: {
      if (d.length < 4) return d.subarray(0, pick(d.length + 1));
      const at = pick(d.length - 3);
      new DataView(d.buffer).setInt32(at, [-1, 0x7fffffff, 1 << 20, 300, -300][pick(5)], true);
      return d.subarray(0, pick(2) ? d.length : at + 4 + pick(8));
    }
  }
}

type Outcome = string;

function ours(data: Uint8Array): { outcome: Outcome; dump: string } {
  try {
    const v = loads(data);
    let dump = '-';
    try {
      dump = Buffer.from(dumps(v)).toString('hex');
    } catch (e) {
      if (!(e instanceof PyMarshalError)) throw e;
    }
    return { outcome: 'OK', dump };
  } catch (e) {
    if (e instanceof PyMarshalError) return { outcome: `ERR ${e.kind}: ${e.msg}`, dump: '-' };
    throw e;
  }
}

test('fuzzed marshal data: python3\'s error or an equal value, never a JS exception', () => {
  const seeds = spawnSync(python3(), ['-c', SEED_SCRIPT], { encoding: 'utf8' });
  assert.equal(seeds.status, 0, seeds.stderr);
  const bases = seeds.stdout.trim().split('\n').map((h) => Uint8Array.from(Buffer.from(h, 'hex')));
  const pyc = bases.pop()!;
  const marshalBases = bases;
  const r = rng(Number(process.env.FUZZ_SEED ?? 20240611));
  const cases: Uint8Array[] = [];
  for (const b of marshalBases) cases.push(b);
  for (let i = 0; i < 4000; i++) cases.push(mutate(marshalBases[Math.floor(r() * marshalBases.length)], r));
  const t0 = Date.now();
  const results = cases.map(ours);
  const ourMs = Date.now() - t0;
  const lines = cases.map((c, i) => 'x' + Buffer.from(c).toString('hex') + ' ' + results[i].dump);
  // CPython itself crashes on some corrupt code objects: restart after the case that killed it.
  const theirs: string[] = [];
  let crashes = 0;
  while (theirs.length < lines.length) {
    const input = lines.slice(theirs.length).join('\n') + '\n';
    const py = spawnSync(python3(), ['-u', '-c', ORACLE_SCRIPT], { input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120000 });
    const got = py.stdout.split('\n').slice(0, -1).map((l) => JSON.parse(l) as string);
    theirs.push(...got);
    if (py.status !== 0) {
      assert.ok(py.signal === 'SIGSEGV' || py.signal === 'SIGABRT', `python3: ${py.signal} ${py.stderr}`);
      theirs.push('CRASH');
      crashes++;
    }
  }
  const diffs: string[] = [];
  let errors = 0;
  cases.forEach((c, i) => {
    if (results[i].outcome.startsWith('ERR')) errors++;
    if (theirs[i] === 'CRASH') return;
    if (theirs[i] === 'ERR MemoryError: ' && results[i].outcome.startsWith('ERR')) return;
    if (theirs[i] !== results[i].outcome) {
      diffs.push(`${Buffer.from(c).toString('hex').slice(0, 120)}\n    ours:   ${results[i].outcome}\n    python: ${theirs[i]}`);
    }
  });
  console.log(`fuzz: ${cases.length} cases (${errors} errors) in ${ourMs} ms; python3 crashed on ${crashes}; ${diffs.length} differ from python3`);
  assert.deepEqual(diffs.slice(0, 10), []);

  // The .pyc reader on truncated and mutated files: CPython's errors or a code object.
  let pycCases = 0;
  for (let i = 0; i < 1000; i++) {
    const d = i < 40 ? pyc.subarray(0, i) : mutate(pyc, r);
    try {
      readPyc(d, { name: 'fuzz' });
    } catch (e) {
      assert.ok(e instanceof PyMarshalError, `JS exception ${String(e)}`);
    }
    pycCases++;
  }
  assert.equal(pycCases, 1000);
});
