// The parser's token stream (CPython's C tokenizer) against python3: tokens of valid snippets against
// tokenize.py's (names, numbers, strings, operators with positions; the sequence of all types), and the
// SyntaxError of invalid ones against compile()'s, all in one python3 batch.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createTokenStream, PySyntaxError, T, byteToCharOffset } from '../../src/tokenizer/index';
import type { Token } from '../../src/tokenizer/token';
import { runPythonJSON } from '../support/python';
import { VALID, ERRORS } from './cases';

const SCRIPT = `
import sys, json, tokenize, io
cases = json.load(sys.stdin)
out = []
for src in cases['valid']:
    toks = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            toks.append([t.type, t.exact_type, t.string, t.start[0], t.start[1], t.end[0], t.end[1]])
    except Exception as e:
        toks = None
    out.append(toks)
errs = []
for src in cases['errors']:
    try:
        compile(src, '<unknown>', 'exec')
        errs.append(None)
    except SyntaxError as e:
        errs.append([type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset])
print(json.dumps({'valid': out, 'errors': errs}))
`;

interface Oracle {
  valid: ([number, number, string, number, number, number, number][] | null)[];
  errors: ([string, string, number, number, string, number, number] | null)[];
}

function allTokens(src: string, typeComments = false): Token[] {
  const s = createTokenStream(src, { typeComments });
  const out: Token[] = [];
  for (;;) {
    const t = s.next();
    out.push(t);
    if (t.type === T.ENDMARKER) return out;
  }
}

const oracle = runPythonJSON<Oracle>(SCRIPT, { valid: VALID, errors: ERRORS });

test('valid snippets: tokens as tokenize.py has them (C-tokenizer differences aside)', () => {
  const failures: string[] = [];
  VALID.forEach((src, i) => {
    const theirs = oracle.valid[i];
    let ours: Token[];
    try {
      ours = allTokens(src);
    } catch (e) {
      if (e instanceof PySyntaxError && theirs === null) return;
      failures.push(`${JSON.stringify(src)}: threw ${String(e)}`);
      return;
    }
    if (theirs === null) return;
    const lines = src.replace(/\r\n?/g, '\n').split('\n');
    const filtered = theirs.filter((t) => t[0] !== T.COMMENT && t[0] !== T.NL);
    // tokenize.py's ERRORTOKEN for '$' is an OP to the C tokenizer; '<>' is one NOTEQUAL token in C
    const fixed: typeof filtered = [];
    for (const t of filtered) {
      const prev = fixed[fixed.length - 1];
      if (prev && prev[2] === '<' && t[2] === '>' && prev[6] === t[4]) {
        fixed[fixed.length - 1] = [T.OP, T.NOTEQUAL, '<>', prev[3], prev[4], t[5], t[6]];
        continue;
      }
      if (t[0] === T.ERRORTOKEN && t[2] === ' ') continue;
      fixed.push(t[0] === T.ERRORTOKEN ? [T.OP, T.OP, t[2], t[3], t[4], t[5], t[6]] : t);
    }
    if (fixed.length !== ours.length) {
      failures.push(`${JSON.stringify(src)}: ${ours.length} tokens, python3 ${fixed.length}\n  ${ours.map((t) => t.string || t.type).join(' ')}`);
      return;
    }
    fixed.forEach((t, k) => {
      const o = ours[k];
      if (o.type !== t[1]) failures.push(`${JSON.stringify(src)} token ${k}: type ${o.type}, python3 ${t[1]}`);
      else if (t[0] === T.NAME || t[0] === T.NUMBER || t[0] === T.STRING || t[0] === T.OP) {
        const sc = byteToCharOffset(lines[o.lineno - 1] ?? '', o.col);
        const ec = byteToCharOffset(lines[o.endLineno - 1] ?? '', o.endCol);
        const got = [o.string, o.lineno, sc, o.endLineno, ec];
        const want = [t[2], t[3], t[4], t[5], t[6]];
        if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${JSON.stringify(src)} token ${k}: ${JSON.stringify(got)} python3 ${JSON.stringify(want)}`);
      }
    });
  });
  assert.deepEqual(failures, []);
});

test('invalid snippets: the SyntaxError compile() raises, from the stream', () => {
  const failures: string[] = [];
  ERRORS.forEach((src, i) => {
    const theirs = oracle.errors[i];
    let got: unknown[] | null = null;
    try {
      allTokens(src);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = [e.kind, e.msg, e.lineno, e.offset, e.text, e.endLineno, e.endOffset];
    }
    if (JSON.stringify(got) !== JSON.stringify(theirs)) failures.push(`${JSON.stringify(src).slice(0, 80)}\n  ours    ${JSON.stringify(got)}\n  python3 ${JSON.stringify(theirs)}`);
  });
  assert.equal(failures.join('\n'), '');
});

test('C tokenizer positions: NEWLINE, INDENT/DEDENT/ENDMARKER at the cursor, errors are lazy and sticky', () => {
  const t = allTokens('x = 1  # c\nif x:\n    y\n');
  const nl = t[3];
  assert.deepEqual([nl.type, nl.lineno, nl.col, nl.endCol], [T.NEWLINE, 1, 7, 10]);
  const indent = t.find((k) => k.type === T.INDENT)!;
  assert.deepEqual([indent.lineno, indent.col, indent.endCol], [3, 4, 4]);
  const end = t[t.length - 1];
  assert.deepEqual([end.type, end.lineno, end.col], [T.ENDMARKER, 3, 6]);
  const dedent = t[t.length - 2];
  assert.deepEqual([dedent.type, dedent.lineno, dedent.col], [T.DEDENT, 3, 6]);
  // lazy: tokens before the error come out first
  const s = createTokenStream('a b $ c 0x\n', {});
  assert.equal(s.next().string, 'a');
  assert.equal(s.next().string, 'b');
  assert.equal(s.next().type, T.OP);
  assert.equal(s.next().string, 'c');
  assert.throws(() => s.next(), (e: unknown) => e instanceof PySyntaxError && e.msg === 'invalid hexadecimal literal');
  assert.throws(() => s.next(), (e: unknown) => e instanceof PySyntaxError && e.msg === 'invalid hexadecimal literal');
  // ENDMARKER forever
  const s2 = createTokenStream('x', {});
  for (let i = 0; i < 3; i++) s2.next();
  assert.equal(s2.next().type, T.ENDMARKER);
  assert.equal(s2.next().type, T.ENDMARKER);
  // byte columns
  const u = allTokens('é = "ü"\n');
  assert.deepEqual([u[1].col, u[2].col, u[2].endCol], [3, 5, 9]);
  assert.equal(u[0].string, 'é');
});

test('type comments: TYPE_COMMENT and TYPE_IGNORE tokens as tokenizer.c makes them', () => {
  const t = allTokens('x = 1 # type: int\nimport a # type: ignore[misc]\n# type: ignore\ny = 2 #type:ignored\n', true);
  const kinds = t.filter((k) => k.type === T.TYPE_COMMENT || k.type === T.TYPE_IGNORE).map((k) => [k.type, k.string, k.lineno]);
  assert.deepEqual(kinds, [
    [T.TYPE_COMMENT, 'int', 1],
    [T.TYPE_IGNORE, '[misc]', 2],
    [T.TYPE_IGNORE, '', 3],
    [T.TYPE_COMMENT, 'ignored', 4],
  ]);
  // the blank-line type: ignore eats its newline (no NEWLINE token for line 3)
  assert.equal(t.filter((k) => k.type === T.NEWLINE).length, 3);
  const plain = allTokens('x = 1 # type: int\n');
  assert.ok(plain.every((k) => k.type !== T.TYPE_COMMENT));
});
