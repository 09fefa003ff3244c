/**
 * Bad input never breaks the host: random bytes, truncated and mutated
 * standard-library files, and deep nesting either parse or end in a Python
 * SyntaxError (a PySyntaxError) — never a JS exception, never a hang.
 * Seeded, so a failure reproduces.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { decodeSource } from '../../src/tokenizer/source';
import { parse } from '../../src/parser/index';
import { PySyntaxError } from '../../src/tokenizer/errors';
import { stdlibFiles } from '../../scripts/corpus';
import { rng } from '../support/rng';


/** Parse, returning 'ok' or the SyntaxError message; anything else is re-thrown with the input attached. */
function tryParse(bytes: Uint8Array, label: string): string {
  try {
    const { text } = decodeSource(bytes, '<fuzz>');
    parse(text, { filename: '<fuzz>', mode: 'exec' });
    return 'ok';
  } catch (e) {
    if (e instanceof PySyntaxError) return e.msg;
    const err = e as Error;
    assert.fail(`${label}: JS exception ${err?.name}: ${err?.message}\ninput: ${JSON.stringify(Buffer.from(bytes).toString('latin1').slice(0, 300))}`);
  }
}

const TOKENS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', 'if', 'else', 'def', 'class', 'lambda', 'x', '1', '"s"', "f'{x}'",
  '\n', '    ', '\t', 'for', 'in', 'not', '*', '**', '.', '@', 'match', 'case', '_', 'async', 'await', 'yield', '->', ':=', '\\\n', '#c', ';', 'try', 'except', 'finally', 'with', 'as', 'return', 'import', 'from'];

test('random token soup and random bytes end in SyntaxError or a tree', () => {
  const r = rng(2024);
  const deadline = Date.now() + 20000;
  for (let i = 0; i < 3000 && Date.now() < deadline; i++) {
    const n = Math.floor(r() * 40);
    let s = '';
    for (let k = 0; k < n; k++) s += TOKENS[Math.floor(r() * TOKENS.length)] + (r() < 0.5 ? ' ' : '');
    tryParse(Buffer.from(s, 'utf8'), `soup #${i}`);
    const bytes = new Uint8Array(Math.floor(r() * 64));
    for (let k = 0; k < bytes.length; k++) bytes[k] = Math.floor(r() * 256);
    tryParse(bytes, `bytes #${i}`);
  }
});

test('truncated and mutated standard-library files end in SyntaxError or a tree', () => {
  const r = rng(7);
  const files = stdlibFiles();
  const deadline = Date.now() + 30000;
  for (let i = 0; i < 400 && Date.now() < deadline; i++) {
    const f = files[Math.floor(r() * files.length)];
    let src = fs.readFileSync(f);
    if (src.length > 20000) src = src.subarray(0, 20000);
    const cut = Math.floor(r() * src.length);
    tryParse(src.subarray(0, cut), `${f} cut at ${cut}`);
    const m = Buffer.from(src);
    for (let k = 0; k < 3; k++) m[Math.floor(r() * m.length)] = Math.floor(r() * 128);
    tryParse(m, `${f} mutated`);
  }
});

test('deep nesting is a SyntaxError, not a host crash', () => {
  assert.equal(tryParse(Buffer.from('('.repeat(10000) + ')'.repeat(10000)), 'parens'), 'too many nested parentheses');
  assert.equal(tryParse(Buffer.from('['.repeat(10000)), 'open brackets'), 'too many nested parentheses');
  for (const s of ['-'.repeat(10000) + 'x', 'not '.repeat(5000) + 'x', 'x' + '.a'.repeat(10000), 'x' + '(1)'.repeat(10000), 'lambda: '.repeat(3000) + 'x', '1' + '+1'.repeat(50000)]) {
    tryParse(Buffer.from(s), s.slice(0, 20));
  }
  let nested = '';
  for (let i = 0; i < 150; i++) nested += ' '.repeat(i) + 'if x:\n';
  nested += ' '.repeat(150) + 'pass\n';
  assert.equal(tryParse(Buffer.from(nested), 'indent'), 'too many levels of indentation');
});
