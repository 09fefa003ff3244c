/**
 * co_code decoded once per code object for the loop: one Int32Array entry per
 * code unit holding `op | arg << 8`, EXTENDED_ARG prefixes folded into the
 * instruction that follows them and relative jumps made absolute (an index of
 * a code unit). CACHE units stay in place, so an index is CPython's
 * instruction index and f_lasti, the exception table and the location table
 * need no mapping (docs/vm-design.md §6).
 */
import { OP_BY_CODE, EXTENDED_ARG, inlineCacheEntries } from '../bytecode/opcodes';
import type { PyCode } from '../objects/function';

export function decode(code: PyCode): Int32Array {
  const b = code.co.co_code;
  const n = b.length >> 1;
  const out = new Int32Array(n);
  let ext = 0;
  for (let i = 0; i < n; i++) {
    const op = b[2 * i];
    const arg = ext | b[2 * i + 1];
    if (op === EXTENDED_ARG) {
      ext = arg << 8;
      out[i] = op;
      continue;
    }
    ext = 0;
    let a = arg;
    const info = OP_BY_CODE[op];
    if (info !== undefined) {
      if (info.arg === 'jrel') a = i + 1 + inlineCacheEntries[op] + arg;
      else if (info.arg === 'jback') a = i + 1 + inlineCacheEntries[op] - arg;
    }
    out[i] = op | (a << 8);
  }
  return out;
}

/** The inline-cache array of a decoded code object: one null per code unit, pushed so V8 keeps it PACKED (holey arrays are slow). */
export function newCaches(n: number): unknown[] {
  const a: unknown[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}
