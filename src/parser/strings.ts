/**
 * The grammar's `strings` rule: one or more adjacent STRING tokens, decoded
 * and concatenated (CPython 3.11's _PyPegen_concatenate_strings,
 * Parser/action_helpers.c). str + str and bytes + bytes concatenate; f-strings
 * join plain strings into one JoinedStr whose adjacent literal parts merge.
 */
import { T } from '../tokenizer/tokens';
import type { Token } from '../tokenizer/token';
import { Constant, JoinedStr } from '../ast/nodes';
import { PyBytes } from '../ast/constant';
import type { Parser } from './parser';
import { parseString } from './string_escapes';
import { FstringState, concatFstring, concatStr, finishFstring } from './fstrings';

const STRINGS_MEMO = 3000;

// strings[expr_ty] (memo): a=STRING+ { _PyPegen_concatenate_strings(p, a) }
export function strings(p: Parser): Constant | JoinedStr | null {
  const start = p.mark();
  const hit = p.memoGet<Constant | JoinedStr | null>(STRINGS_MEMO);
  if (hit !== undefined) return hit;
  if (!p.at(T.STRING)) return p.memoSet(STRINGS_MEMO, start, null);
  const first = p.next();
  let result: Constant | JoinedStr;
  if (!p.at(T.STRING)) {
    result = concatenateStrings(p, [first]);
  } else {
    const toks = [first];
    while (p.at(T.STRING)) toks.push(p.next());
    result = concatenateStrings(p, toks);
  }
  return p.memoSet(STRINGS_MEMO, start, result);
}

// _PyPegen_concatenate_strings
export function concatenateStrings(p: Parser, toks: Token[]): Constant | JoinedStr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  let bytesmode = false;
  let bytesParts: Uint8Array[] | null = null;
  const state = new FstringState();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const ps = parseString(p, t);
    if (i !== 0 && bytesmode !== ps.bytesmode) p.raiseSyntaxError('cannot mix bytes and nonbytes literals');
    bytesmode = ps.bytesmode;
    if (ps.fmode) {
      concatFstring(p, state, ps.text, ps.bodyStart, ps.bodyEnd, ps.rawmode, first, t, last);
    } else if (bytesmode) {
      (bytesParts ??= []).push(ps.value as Uint8Array);
    } else {
      concatStr(state, ps.value as string);
    }
  }
  if (bytesmode) {
    const parts = bytesParts!;
    let value = parts[0];
    if (parts.length > 1) {
      let n = 0;
      for (const b of parts) n += b.length;
      value = new Uint8Array(n);
      n = 0;
      for (const b of parts) {
        value.set(b, n);
        n += b.length;
      }
    }
    return new Constant(new PyBytes(value), null, first.lineno, first.col, last.endLineno, last.endCol);
  }
  return finishFstring(state, first, last);
}
