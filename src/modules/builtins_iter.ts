/**
 * The builtins over iterables (Python/bltinmodule.c): sorted, min, max, sum,
 * any and all, with bltinmodule.c's fast paths (int and float sums, exact
 * comparisons) and its messages.
 */
import type { Value } from '../objects/base';
import { PyList, PyBytes, PyByteArray } from '../objects/containers';
import { PyFloat } from '../objects/float_object';
import { None, floatType, typeOf } from '../objects/types';
import { typeError, valueError } from '../objects/exceptions';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { moduleFunction, npos } from '../objects/define';
import { builtinsDict } from './builtins';
import { listSort } from '../objects/list_type';

const B = (name: string, fn: (args: Value[], kwnames: string[] | null) => Value): void => {
  moduleFunction(builtinsDict, 'builtins', name, fn);
};

B('sorted', (args, kwnames) => {
  const n = npos(args, kwnames);
  if (n !== 1) typeError(`sorted expected 1 argument, got ${n}`);
  let key: Value = None;
  let reverse = false;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const v = args[n + k];
      if (kwnames[k] === 'key') key = v;
      else if (kwnames[k] === 'reverse') {
        if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
        reverse = A.isTrue(A.asIndex(v) as Value);
      } else typeError(`'${kwnames[k]}' is an invalid keyword argument for sort()`);
    }
  }
  const l = new PyList(A.toArray(args[0]));
  listSort(l, key, reverse);
  return l;
});

function minMax(name: 'min' | 'max', args: Value[], kwnames: string[] | null): Value {
  const n = npos(args, kwnames);
  let key: Value = None;
  let dflt: Value | null = null;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      if (kwnames[k] === 'key') key = args[n + k];
      else if (kwnames[k] === 'default') dflt = args[n + k];
      else typeError(`'${kwnames[k]}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (n === 0) typeError(`${name} expected at least 1 argument, got 0`);
  if (n > 1 && dflt !== null) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const op = name === 'min' ? A.CMP_LT : A.CMP_GT;
  const it = n === 1 ? A.getIter(args[0]) : null;
  let i = 0;
  const next = (): Value | null => (it !== null ? A.iterNext(it) : i < n ? args[i++] : null);
  let best: Value | null = null;
  let bestKey: Value | null = null;
  const useKey = key !== None;
  for (;;) {
    const item = next();
    if (item === null) break;
    const k = useKey ? A.call(key, [item]) : item;
    if (bestKey === null) {
      best = item;
      bestKey = k;
      continue;
    }
    let better: boolean;
    if (typeof k === 'number' && typeof bestKey === 'number') better = op === A.CMP_LT ? k < bestKey : k > bestKey;
    else better = A.isTrue(A.richCompare(k, bestKey, op));
    if (better) {
      best = item;
      bestKey = k;
    }
  }
  if (best === null) {
    if (dflt !== null) return dflt;
    valueError(`${name}() arg is an empty sequence`);
  }
  return best!;
}

B('min', (args, kw) => minMax('min', args, kw));
B('max', (args, kw) => minMax('max', args, kw));

B('sum', (args, kwnames) => {
  const n = npos(args, kwnames);
  let start: Value | null = n > 1 ? args[1] : null;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      if (kwnames[k] === 'start' && n < 2) start = args[n + k];
      else if (kwnames[k] === 'start') typeError("argument for sum() given by name ('start') and position (2)");
      else typeError(`sum() got an unexpected keyword argument '${kwnames[k]}'`);
    }
  }
  if (n === 0) typeError('sum() takes at least 1 positional argument (0 given)');
  if (n > 2) typeError(`sum() takes at most 2 arguments (${n} given)`);
  let result: Value = start === null ? 0 : start;
  if (A.isStr(result)) typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (result instanceof PyBytes) typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (result instanceof PyByteArray) typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = A.getIter(args[0]);
  // The exact-int path: stays in JS numbers while it can.
  if (typeof result === 'number' || typeof result === 'bigint') {
    let acc: I.Int = result;
    for (;;) {
      const item = A.iterNext(it);
      if (item === null) return acc;
      if (typeof item === 'number' && typeof acc === 'number') {
        const r = acc + item;
        if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) {
          acc = r;
          continue;
        }
        acc = I.intAdd(acc, item);
        continue;
      }
      if (typeof item === 'number' || typeof item === 'bigint' || typeof item === 'boolean') {
        acc = I.intAdd(acc, A.intValue(item)!);
        continue;
      }
      if (item instanceof PyFloat && item.ob_type === floatType) {
        result = new PyFloat(I.intToFloat(acc) + item.value);
        return sumFloats(result as PyFloat, it);
      }
      result = A.binaryOp(acc, item, A.NB_ADD);
      return sumGeneric(result, it);
    }
  }
  if (result instanceof PyFloat && result.ob_type === floatType) return sumFloats(result, it);
  return sumGeneric(result, it);
});

/** The float path: plain double additions (3.11 has no compensated sum). */
function sumFloats(start: PyFloat, it: Value): Value {
  let f = start.value;
  for (;;) {
    const item = A.iterNext(it);
    if (item === null) return new PyFloat(f);
    if (item instanceof PyFloat && item.ob_type === floatType) {
      f += item.value;
      continue;
    }
    if (typeof item === 'number' || typeof item === 'boolean') {
      f += Number(item);
      continue;
    }
    if (typeof item === 'bigint' && item >= -(1n << 63n) && item < 1n << 63n) {
      f += Number(item);
      continue;
    }
    return sumGeneric(A.binaryOp(new PyFloat(f), item, A.NB_ADD), it);
  }
}

function sumGeneric(result: Value, it: Value): Value {
  for (;;) {
    const item = A.iterNext(it);
    if (item === null) return result;
    result = A.binaryOp(result, item, A.NB_ADD);
  }
}

function oneArg(name: string, args: Value[], kwnames: string[] | null): Value {
  if (kwnames !== null && kwnames.length) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

B('any', (args, kw) => {
  const it = A.getIter(oneArg('any', args, kw));
  for (;;) {
    const x = A.iterNext(it);
    if (x === null) return false;
    if (A.isTrue(x)) return true;
  }
});
B('all', (args, kw) => {
  const it = A.getIter(oneArg('all', args, kw));
  for (;;) {
    const x = A.iterNext(it);
    if (x === null) return true;
    if (!A.isTrue(x)) return false;
  }
});
