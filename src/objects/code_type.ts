/**
 * The code type's constructor (types.CodeType(...)), code.replace(), and
 * code equality and hashing, as Objects/codeobject.c has them. The fields
 * are checked and the localsplus names and kinds rebuilt from
 * co_varnames/co_cellvars/co_freevars, as PyCode_NewWithPosOnlyArgs does.
 */
import type { Value } from './base';
import { PyTuple, PyBytes, tuple } from './containers';
import { PyCode } from './function';
import { codeType, tupleType, bytesType, strType, None, NotImplemented, typeOf } from './types';
import { newException, typeError, overflowError, ValueError } from './exceptions';
import { methods, newMethod, npos } from './define';
import * as A from './abstract';
import { CodeObject, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from '../bytecode/code';
import type { ConstValue } from '../bytecode/constants';
import { prepareConsts, valueToConst, codeValue } from '../vm/consts';

interface Fields {
  argcount: number; posonly: number; kwonly: number; nlocals: number; stacksize: number; flags: number;
  code: Uint8Array; consts: Value[]; names: string[]; varnames: string[]; filename: string; name: string;
  qualname: string; firstlineno: number; linetable: Uint8Array; exceptiontable: Uint8Array;
  freevars: string[]; cellvars: string[];
}

function fieldsOf(c: PyCode): Fields {
  const co = c.co;
  return {
    argcount: co.co_argcount, posonly: co.co_posonlyargcount, kwonly: co.co_kwonlyargcount, nlocals: co.co_nlocals,
    stacksize: co.co_stacksize, flags: co.co_flags, code: co.co_code, consts: prepareConsts(c).slice(),
    names: co.co_names, varnames: co.co_varnames, filename: co.co_filename, name: co.co_name,
    qualname: co.co_qualname, firstlineno: co.co_firstlineno, linetable: co.co_linetable,
    exceptiontable: co.co_exceptiontable, freevars: co.co_freevars, cellvars: co.co_cellvars,
  };
}

function nameTuple(v: Value): string[] {
  return (v as PyTuple).items.map((x) => {
    if (typeof x !== 'string' && typeOf(x) !== strType) typeError(`name tuples must contain only strings, not '${A.typeName(x)}'`);
    return A.strValue(x);
  });
}

/** The new code object, after the checks of PyCode_NewWithPosOnlyArgs. */
function build(f: Fields): PyCode {
  if (f.argcount < f.posonly || f.posonly < 0 || f.kwonly < 0 || f.nlocals < 0 || f.stacksize < 0 || f.flags < 0) {
    throw newException(ValueError, 'code: argcount must not be negative');
  }
  if (f.nlocals !== f.varnames.length) throw newException(ValueError, 'code: co_nlocals != len(co_varnames)');
  if (f.code.length % 2 !== 0) throw newException(ValueError, 'code: co_code is malformed');
  const names = [...f.varnames];
  const kinds: number[] = names.map(() => CO_FAST_LOCAL);
  for (const c of f.cellvars) {
    const i = f.varnames.indexOf(c);
    if (i >= 0) kinds[i] |= CO_FAST_CELL;
    else {
      names.push(c);
      kinds.push(CO_FAST_CELL);
    }
  }
  for (const fv of f.freevars) {
    names.push(fv);
    kinds.push(CO_FAST_FREE);
  }
  // Constants that have no compile-time form (a list, an instance) keep
  // their runtime value only; marshal refuses such a code object, as CPython's does.
  const consts: ConstValue[] = [];
  let opaque = false;
  for (const v of f.consts) {
    const c = valueToConst(v);
    if (c === undefined) opaque = true;
    consts.push(c === undefined ? null : c);
  }
  const co = new CodeObject({
    co_argcount: f.argcount, co_posonlyargcount: f.posonly, co_kwonlyargcount: f.kwonly, co_stacksize: f.stacksize,
    co_flags: f.flags, co_code: f.code, co_consts: consts, co_names: f.names, co_localsplusnames: names,
    co_localspluskinds: Uint8Array.from(kinds), co_filename: f.filename, co_name: f.name, co_qualname: f.qualname,
    co_firstlineno: f.firstlineno, co_linetable: f.linetable, co_exceptiontable: f.exceptiontable,
  });
  const pc = codeValue(co);
  pc.consts = f.consts;
  pc.opaqueConsts = opaque;
  return pc;
}

type Kind = 'int' | 'bytes' | 'tuple' | 'names' | 'str';
const FIELD_ORDER: [keyof Fields, string, Kind][] = [
  ['argcount', 'co_argcount', 'int'], ['posonly', 'co_posonlyargcount', 'int'], ['kwonly', 'co_kwonlyargcount', 'int'],
  ['nlocals', 'co_nlocals', 'int'], ['stacksize', 'co_stacksize', 'int'], ['flags', 'co_flags', 'int'],
  ['code', 'co_code', 'bytes'], ['consts', 'co_consts', 'tuple'], ['names', 'co_names', 'names'],
  ['varnames', 'co_varnames', 'names'], ['filename', 'co_filename', 'str'], ['name', 'co_name', 'str'],
  ['qualname', 'co_qualname', 'str'], ['firstlineno', 'co_firstlineno', 'int'], ['linetable', 'co_linetable', 'bytes'],
  ['exceptiontable', 'co_exceptiontable', 'bytes'], ['freevars', 'co_freevars', 'names'], ['cellvars', 'co_cellvars', 'names'],
];
const POSITIVE = new Set(['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_firstlineno', 'co_stacksize', 'co_flags']);

/** Checks one argument's type; `where` is how the error names it ("replace() argument 'co_name'", "code() argument 12"). */
function convert(v: Value, kind: Kind, where: string): unknown {
  const t = typeOf(v);
  switch (kind) {
    case 'int': {
      const n = A.asIndex(v);
      if (typeof n !== 'number' || n > 0x7fffffff) overflowError('Python int too large to convert to C int');
      return n;
    }
    case 'bytes':
      if (t !== bytesType && !t.isSubtype(bytesType)) typeError(`${where} must be bytes, not ${A.typeName(v)}`);
      return (v as PyBytes).bytes;
    case 'tuple':
      if (t !== tupleType && !t.isSubtype(tupleType)) typeError(`${where} must be tuple, not ${A.typeName(v)}`);
      return (v as PyTuple).items.slice();
    case 'names':
      if (t !== tupleType && !t.isSubtype(tupleType)) typeError(`${where} must be tuple, not ${A.typeName(v)}`);
      return nameTuple(v);
    case 'str':
      if (typeof v !== 'string' && t !== strType && !t.isSubtype(strType)) typeError(`${where} must be str, not ${A.typeName(v)}`);
      return A.strValue(v);
  }
}

newMethod(codeType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length) typeError('code() takes no keyword arguments');
  if (args.length < 16) typeError(`code expected at least 16 arguments, got ${args.length}`);
  if (args.length > 18) typeError(`code expected at most 18 arguments, got ${args.length}`);
  const f = { freevars: [] as string[], cellvars: [] as string[] } as unknown as Record<string, unknown>;
  for (let i = 0; i < args.length; i++) {
    const [key, , kind] = FIELD_ORDER[i];
    f[key] = convert(args[i], kind, `code() argument ${i + 1}`);
  }
  return build(f as unknown as Fields);
});

methods(codeType, {
  replace: (args, kwnames) => {
    if (npos(args, kwnames) > 1) typeError('replace() takes no positional arguments');
    const f = fieldsOf(args[0] as PyCode) as unknown as Record<string, unknown>;
    const base = args.length - (kwnames?.length ?? 0);
    for (let k = 0; k < (kwnames?.length ?? 0); k++) {
      const name = kwnames![k];
      const spec = FIELD_ORDER.find((x) => x[1] === name);
      if (spec === undefined) typeError(`'${name}' is an invalid keyword argument for replace()`);
      const v = convert(args[base + k], spec![2], `replace() argument '${name}'`);
      if (POSITIVE.has(name) && (v as number) < 0) throw newException(ValueError, `${name} must be a positive integer`);
      f[spec![0]] = v;
    }
    return build(f as unknown as Fields);
  },
  __eq__: (args) => {
    const [a, b] = args;
    if (!(b instanceof PyCode)) return NotImplemented;
    return codeEqual(a as PyCode, b);
  },
  __ne__: (args) => {
    const [a, b] = args;
    if (!(b instanceof PyCode)) return NotImplemented;
    return !codeEqual(a as PyCode, b);
  },
  __hash__: (args) => {
    const c = args[0] as PyCode;
    const co = c.co;
    // Not CPython's exact mix (which includes the raw instruction words);
    // equal code objects hash equal, which is what the hash must give.
    return A.tupleHash([co.co_name, A.tupleHash(prepareConsts(c).map(constKey)), co.co_argcount, co.co_flags, co.co_firstlineno]);
  },
});

function bytesEq(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A constant compared by type too (1 != 1.0 != True among constants), as _PyCode_ConstantKey does. */
function constKey(v: Value): Value {
  if (v === None || typeof v === 'boolean') return v;
  const t = typeOf(v);
  if (t === tupleType) return tuple([tuple((v as PyTuple).items.map(constKey)), v]);
  return tuple([t, v]);
}

function codeEqual(a: PyCode, b: PyCode): boolean {
  if (a === b) return true;
  const x = a.co;
  const y = b.co;
  if (x.co_name !== y.co_name || x.co_argcount !== y.co_argcount || x.co_posonlyargcount !== y.co_posonlyargcount
    || x.co_kwonlyargcount !== y.co_kwonlyargcount || x.co_flags !== y.co_flags || x.co_firstlineno !== y.co_firstlineno) return false;
  if (!bytesEq(x.co_code, y.co_code) || !bytesEq(x.co_linetable, y.co_linetable) || !bytesEq(x.co_exceptiontable, y.co_exceptiontable)) return false;
  if (x.co_names.join('\0') !== y.co_names.join('\0') || x.co_localsplusnames.join('\0') !== y.co_localsplusnames.join('\0')) return false;
  if (!bytesEq(x.co_localspluskinds, y.co_localspluskinds)) return false;
  const ca = prepareConsts(a);
  const cb = prepareConsts(b);
  if (ca.length !== cb.length) return false;
  for (let i = 0; i < ca.length; i++) if (!A.eqBool(constKey(ca[i]), constKey(cb[i]))) return false;
  return true;
}
