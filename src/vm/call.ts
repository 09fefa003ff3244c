/**
 * Binding call arguments to a Python function's parameters (CPython's
 * initialize_locals in ceval.c), with every TypeError message CPython gives.
 */
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyFunction } from '../objects/function';
import { tuple, EMPTY_TUPLE } from '../objects/containers';
import { typeError } from '../objects/exceptions';
import { CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code';
import { Frame } from './frame';

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/** A frame for `func` with its parameters bound from args (the last kwnames.length of which are keyword values). */
export function makeFrame(func: PyFunction, args: Value[], kwnames: string[] | null): Frame {
  const code = func.code;
  const co = code.co;
  const f = Frame.forCall(code, func);
  const s = f.s;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argcount = co.co_argcount;
  const flags = co.co_flags;
  // Fast path: exactly the positional parameters, nothing else to do.
  if (nkw === 0 && npos === argcount && co.co_kwonlyargcount === 0 && !(flags & (CO_VARARGS | CO_VARKEYWORDS))) {
    for (let i = 0; i < npos; i++) s[i] = args[i];
    return f;
  }
  const kwonly = co.co_kwonlyargcount;
  const total = argcount + kwonly;
  const names = co.co_localsplusnames;
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    s[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) s[i] = args[i];
  if (flags & CO_VARARGS) s[total] = npos > n ? tuple(args.slice(n, npos)) : EMPTY_TUPLE;
  const qual = func.qualname;
  if (nkw) {
    let posonlyPassed: string[] | null = null;
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const v = args[npos + k];
      let j = -1;
      for (let p = co.co_posonlyargcount; p < total; p++) {
        if (names[p] === name) {
          j = p;
          break;
        }
      }
      if (j < 0) {
        if (kwdict !== null) {
          kwdict.set(name, v);
          continue;
        }
        let isPosonly = false;
        for (let p = 0; p < co.co_posonlyargcount; p++) if (names[p] === name) isPosonly = true;
        if (isPosonly) {
          (posonlyPassed ??= []).push(name);
          continue;
        }
        typeError(`${qual}() got an unexpected keyword argument '${name}'`);
      }
      if (s[j] !== null) typeError(`${qual}() got multiple values for argument '${name}'`);
      s[j] = v;
    }
    if (posonlyPassed !== null) {
      typeError(`${qual}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(', ')}'`);
    }
  }
  if (npos > argcount && !(flags & CO_VARARGS)) tooManyPositional(func, npos, s);
  const defaults = func.defaults === null ? [] : func.defaults.items;
  if (npos < argcount) {
    const m = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < m; i++) if (s[i] === null) missing.push(names[i]);
    if (missing.length) {
      typeError(`${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`);
    }
    for (let i = Math.max(npos, m); i < argcount; i++) if (s[i] === null) s[i] = defaults[i - m];
  }
  if (kwonly) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (s[i] !== null) continue;
      const d = func.kwdefaults === null ? null : func.kwdefaults.getStr(names[i]);
      if (d !== null) s[i] = d;
      else missing.push(names[i]);
    }
    if (missing.length) {
      typeError(`${qual}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`);
    }
  }
  return f;
}

function tooManyPositional(func: PyFunction, given: number, s: (Value | null)[]): never {
  const co = func.code.co;
  const argcount = co.co_argcount;
  const ndef = func.defaults === null ? 0 : func.defaults.items.length;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + co.co_kwonlyargcount; i++) if (s[i] !== null) kwonlyGiven++;
  const plural = argcount !== 1 || ndef > 0;
  const takes = ndef ? `from ${argcount - ndef} to ${argcount}` : String(argcount);
  let msg = `${func.qualname}() takes ${takes} positional argument${plural ? 's' : ''} but ${given}`;
  if (kwonlyGiven) {
    msg += ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''}) were given`;
  } else msg += ` ${given === 1 ? 'was' : 'were'} given`;
  typeError(msg);
  throw 0;
}
