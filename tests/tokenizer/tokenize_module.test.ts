// The tokenize module's view against python3's tokenize.tokenize (bytes in, every TokenInfo field out) and
// `python -m tokenize` output (stdout, stderr, exit status), in one python3 batch each.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tokenizeBytes, tokenizeMain } from '../../src/tokenizer/index';
import { runPythonJSON } from '../support/python';
import { VALID, ERRORS } from './cases';

const EXTRA: string[] = [
  "x = '''abc\n", 'x = (1,\n', 'if x:\n    a\n  b\n', "x = 'abc\ny = 1\n", 'x = 1\\\n', '0777 1_ 0x 1if 2\n', 'a = $ ? `\n',
  "s = 'a\\\nb\n", "s = 'abc\\\n", '\ufeffx = 1\n', '# -*- coding: latin-1 -*-\nx = "\u00e9"\n', '# coding: foo\n', 'x\r\ny\r\n',
  'x = 1\ry = 2\r', 'a\u00b7b = 1\n', 'x = 1\n    \n', '\t\tx\n', 'x = """\r\nabc"""\r\n',
];
const SOURCES = [...VALID, ...ERRORS, ...EXTRA];

const SCRIPT = `
import sys, json, tokenize, io
out = []
for src in json.load(sys.stdin):
    toks = []
    err = None
    try:
        for t in tokenize.tokenize(io.BytesIO(src.encode('latin-1')).readline):
            toks.append([t.type, t.exact_type, t.string, t.start[0], t.start[1], t.end[0], t.end[1], t.line])
    except Exception as e:
        err = type(e).__name__ + ': ' + str(e.args[0])
    out.append([toks, err])
print(json.dumps(out))
`;

/** Sources as file bytes: a str given here is its UTF-8 encoding, except latin-1 cookie cases. */
function bytesOf(src: string): Uint8Array {
  return Buffer.from(src, src.includes('latin-1') ? 'latin1' : 'utf8');
}

test('tokenize.tokenize: every token field as python3 gives it', () => {
  const asLatin1 = SOURCES.map((s) => Buffer.from(bytesOf(s)).toString('latin1'));
  const oracle = runPythonJSON<[unknown[][], string | null][]>(SCRIPT, asLatin1);
  const failures: string[] = [];
  SOURCES.forEach((src, i) => {
    const r = tokenizeBytes(bytesOf(src));
    const ours = r.tokens.map((t) => [t.type, t.exactType, t.string, t.start[0], t.start[1], t.end[0], t.end[1], t.line]);
    const [theirs, err] = oracle[i];
    const ourErr = r.error === null ? null : `${r.error.kind}: ${r.error.msg}`;
    if (JSON.stringify(ours) !== JSON.stringify(theirs) || ourErr !== (err === null ? null : err)) {
      failures.push(`${JSON.stringify(src).slice(0, 60)}\n  ours    ${JSON.stringify(ours).slice(0, 400)} ${ourErr}\n  python3 ${JSON.stringify(theirs).slice(0, 400)} ${err}`);
    }
  });
  assert.equal(failures.join('\n'), '');
});

test('python -m tokenize [-e]: output, errors and exit status', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typhon-tokenize-'));
  const files: string[] = [];
  const write = (name: string, data: Uint8Array | string): void => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    files.push(p);
  };
  write('ok.py', 'def f(a, *b):\n    """doc"""\n    return a @ b  # c\n\nx = [1,\n     2]\n');
  write('unicode.py', 'é = "日本語"  # ü\nprint(é)\n');
  write('eof_string.py', 'x = """abc\n');
  write('eof_stmt.py', 'x = (1,\n');
  write('dedent.py', 'if x:\n    a\n  b\n');
  write('bad_cookie.py', '# coding: nope\nx = 1\n');
  write('bom_cookie.py', Buffer.from('\ufeff# coding: latin-1\nx = 1\n', 'utf8'));
  write('no_newline.py', 'x = 1');
  write('errortoken.py', 'a = $b\n');
  const stdlib = path.join(path.dirname(spawnSync('python3', ['-c', 'import tokenize; print(tokenize.__file__)'], { encoding: 'utf8' }).stdout.trim()), 'tokenize.py');
  files.push(stdlib);
  const argvs: string[][] = [];
  for (const f of files) argvs.push([f], ['-e', f]);
  argvs.push([path.join(dir, 'missing.py')], ['--bogus', files[0]], [files[0], files[1]]);
  for (const argv of argvs) {
    const py = spawnSync(process.env.TYPHON_ORACLE ?? 'python3', ['-m', 'tokenize', ...argv], { encoding: 'utf8' });
    let stdout = '';
    let stderr = '';
    const status = tokenizeMain(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readFile: (p) => fs.readFileSync(p) });
    assert.equal(stdout, py.stdout, `stdout of ${argv.join(' ')}`);
    assert.equal(stderr, py.stderr, `stderr of ${argv.join(' ')}`);
    assert.equal(status, py.status, `status of ${argv.join(' ')}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
