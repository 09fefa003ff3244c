// Seeded fuzzing: random bytes, and truncated or mutated stdlib files, through both tokenizers. Each input
// must give tokens or a PySyntaxError (the tokenize view: tokens or a tokenize failure), never a JS
// exception and never a hang.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { createTokenStream, PySyntaxError, T, tokenizeBytes, decodeSource } from '../../src/tokenizer/index';
import { stdlibFiles } from '../../scripts/corpus';
import { rng } from '../support/rng';


const ALPHABET = ' \t\n\r\x0c\\#\'"()[]{}:;,.=+-*/%<>!@$?`0123456789abcdefxobjruEJ_é€\u00a0\x00\x0b';

function check(bytes: Uint8Array, label: string): void {
  let text: string;
  try {
    text = decodeSource(bytes, 'fuzz').text;
  } catch (e) {
    assert.ok(e instanceof PySyntaxError, `${label}: decodeSource threw ${String(e)}`);
    text = Buffer.from(bytes).toString('latin1');
  }
  const s = createTokenStream(text, { filename: 'fuzz', typeComments: true });
  try {
    for (let i = 0; ; i++) {
      assert.ok(i < text.length * 4 + 100, `${label}: no ENDMARKER after ${i} tokens`);
      if (s.next().type === T.ENDMARKER) break;
    }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) assert.fail(`${label}: ${String((e as Error).stack ?? e)} for ${JSON.stringify(text).slice(0, 200)}`);
  }
  const r = tokenizeBytes(bytes);
  assert.ok(Array.isArray(r.tokens), label);
}

test('random byte and character soups', () => {
  const next = rng(20240611);
  for (let n = 0; n < 3000; n++) {
    const len = 1 + Math.floor(next() * 60);
    let s = '';
    for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
    check(Buffer.from(s, 'utf8'), `soup ${n}`);
  }
  for (let n = 0; n < 500; n++) {
    const b = new Uint8Array(1 + Math.floor(next() * 40));
    for (let i = 0; i < b.length; i++) b[i] = Math.floor(next() * 256);
    check(b, `bytes ${n}`);
  }
});

test('truncated and mutated stdlib files', () => {
  const next = rng(7);
  const files = stdlibFiles();
  const t0 = Date.now();
  for (let n = 0; n < 400; n++) {
    const f = files[Math.floor(next() * files.length)];
    const full = fs.readFileSync(f);
    const cut = full.subarray(0, Math.floor(next() * Math.min(full.length, 4000)));
    check(cut, `${f} cut`);
    const m = Buffer.from(cut);
    for (let k = 0; k < 3 && m.length > 0; k++) m[Math.floor(next() * m.length)] = ALPHABET.charCodeAt(Math.floor(next() * 40));
    check(m, `${f} mutated`);
  }
  assert.ok(Date.now() - t0 < 10000);
});
