/**
 * "Did you mean: 'x'?" (Python/suggestions.c, 3.11): for an exact
 * AttributeError, the closest name in dir(obj); for an exact NameError, the
 * closest local of the innermost traceback frame, then global, then builtin.
 * Closeness is CPython's Levenshtein distance over UTF-8 bytes with a move
 * cost of 2 and a case-flip cost of 1, limited to a third of the characters.
 */
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { typeOf } from '../objects/types';
import { PyBaseException, AttributeError, NameError } from '../objects/exceptions';
import * as A from '../objects/abstract';
import type { PyTraceback } from './ops';
import { lazy } from '../util/lazy';
const lazy_builtins = lazy(() => require('../modules/builtins') as typeof import('../modules/builtins'));

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a0: Uint8Array, b0: Uint8Array, maxCost: number): number {
  let a = a0;
  let b = b0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.subarray(s);
  b = b.subarray(s);
  let ea = a.length;
  let eb = b.length;
  while (ea && eb && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  a = a.subarray(0, ea);
  b = b.subarray(0, eb);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) {
    buffer.push(tmp);
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions. */
function calculate(dir: Value[], name: string): Value | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = Buffer.from(name, 'utf8');
  let best: Value | null = null;
  let bestDistance = Infinity;
  for (const item of dir) {
    if (!A.isStr(item)) return null;
    const text = A.strValue(item);
    if (text === name) continue;
    const itemBytes = Buffer.from(text, 'utf8');
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** _Py_Offer_Suggestions: the suggested name, or null. */
export function offerSuggestions(e: Value): Value | null {
  if (!(e instanceof PyBaseException)) return null;
  try {
    const t = typeOf(e);
    if (t === AttributeError) {
      const name = e.fields?.get('name');
      const obj = e.fields?.get('obj');
      if (name == null || obj == null || typeof name !== 'string') return null;
      const b = lazy_builtins();
      const dir = A.toArray(A.call(b.builtinsDict.getStr('dir')!, [obj]));
      return calculate(dir, name);
    }
    if (t === NameError) {
      const name = e.fields?.get('name');
      if (name == null || typeof name !== 'string' || e.traceback === null) return null;
      let tb = e.traceback as PyTraceback;
      while (tb.next !== null) tb = tb.next;
      const f = tb.frame;
      const s1 = calculate(f.code.co.co_varnames, name);
      if (s1 !== null) return s1;
      const s2 = calculate(f.globals.keyList(), name);
      if (s2 !== null) return s2;
      return calculate((f.builtins as PyDict).keyList(), name);
    }
  } catch {
    // A failing dir() or odd attributes give no suggestion, as in CPython.
  }
  return null;
}
