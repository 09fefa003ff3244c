/**
 * The grammar's `strings` rule: one or more adjacent STRING tokens, decoded and
 * concatenated (CPython's _PyPegen_concatenate_strings, Parser/action_helpers.c).
 */
import { T } from '../tokenizer/tokens';
import { Constant, JoinedStr } from '../ast/nodes';
import type { Parser } from './parser';

const STRINGS_MEMO = 3000;

// strings[expr_ty] (memo): a=STRING+ { _PyPegen_concatenate_strings(p, a) }
export function strings(p: Parser): Constant | JoinedStr | null {
  const start = p.mark();
  const hit = p.memoGet<Constant | JoinedStr | null>(STRINGS_MEMO);
  if (hit !== undefined) return hit;
  const first = p.peek();
  if (first.type !== T.STRING) return p.memoSet(STRINGS_MEMO, start, null);
  let text = '';
  while (p.at(T.STRING)) text += p.next().string;
  const last = p.lastToken();
  return p.memoSet(STRINGS_MEMO, start, new Constant(text, null, first.lineno, first.col, last.endLineno, last.endCol));
}
