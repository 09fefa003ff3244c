/**
 * _symtable (Modules/symtablemodule.c): symtable(code, filename,
 * compile_type) gives the top `symtable entry` of the compiler's own symbol
 * table (src/symtable, the one compile() uses), and the flag constants
 * Lib/symtable.py reads.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/containers';
import { PyType } from '../objects/type';
import { typeType, objectType } from '../objects/types';
import { newException, ValueError } from '../objects/exceptions';
import { getset, method, moduleFunction, parseArgs } from '../objects/define';
import * as A from '../objects/abstract';
import { buildSymtable } from '../symtable/index';
import type { SymbolTableEntry } from '../symtable/entry';
import * as F from '../symtable/flags';
import { parseSource, type CompileMode } from '../compiler/index';
import { compileErrorToPython, sourceTextOf } from './builtins_exec';
import { registerNative, newModule } from './registry';

const entryType = new PyType(typeType, 'symtable entry', [objectType], 0);

let nextId = 1;
const ids = new WeakMap<SymbolTableEntry, number>();

class PyEntry extends PyObject {
  constructor(readonly e: SymbolTableEntry) {
    super(entryType);
  }
  get id(): number {
    let id = ids.get(this.e);
    if (id === undefined) {
      id = nextId++;
      ids.set(this.e, id);
    }
    return id;
  }
}

const wrapped = new WeakMap<SymbolTableEntry, PyEntry>();
function wrap(e: SymbolTableEntry): PyEntry {
  let w = wrapped.get(e);
  if (w === undefined) {
    w = new PyEntry(e);
    wrapped.set(e, w);
  }
  return w;
}

const E = (v: Value): SymbolTableEntry => (v as PyEntry).e;
getset(entryType, 'id', (v) => (v as PyEntry).id);
getset(entryType, 'name', (v) => A.mkStr(E(v).name));
getset(entryType, 'type', (v) => E(v).type as number);
getset(entryType, 'lineno', (v) => E(v).lineno);
getset(entryType, 'nested', (v) => (E(v).nested ? 1 : 0));
getset(entryType, 'symbols', (v) => {
  const d = new PyDict();
  for (const [k, f] of E(v).symbols) d.set(A.mkStr(k), f);
  return d;
});
getset(entryType, 'varnames', (v) => new PyList(E(v).varnames.map((n) => A.mkStr(n))));
getset(entryType, 'children', (v) => new PyList(E(v).children.map(wrap)));
method(entryType, '__repr__', (args) => {
  const e = E(args[0]);
  return `<symtable entry ${e.name}(${(args[0] as PyEntry).id}), line ${e.lineno}>`;
});

function create(): ReturnType<typeof newModule> {
  const m = newModule('_symtable');
  const d = m.dict;
  moduleFunction(d, '_symtable', 'symtable', (args, kw) => {
    const [code, filename, mode] = parseArgs('symtable', args, kw, ['source', 'filename', 'startstr'], 3, 3);
    const text = sourceTextOf(code!, 'symtable', 'string or bytes');
    const fn = A.str(filename!);
    const mo = A.strValue(mode!);
    if (mo !== 'exec' && mo !== 'eval' && mo !== 'single') throw newException(ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
    try {
      const tree = parseSource(text, fn, mo as CompileMode);
      return wrap(buildSymtable(tree, { filename: fn }).top);
    } catch (e) {
      throw compileErrorToPython(e);
    }
  });
  const consts: Record<string, number> = {
    USE: F.USE, DEF_GLOBAL: F.DEF_GLOBAL, DEF_NONLOCAL: F.DEF_NONLOCAL, DEF_LOCAL: F.DEF_LOCAL, DEF_PARAM: F.DEF_PARAM,
    DEF_FREE: F.DEF_FREE, DEF_FREE_CLASS: F.DEF_FREE_CLASS, DEF_IMPORT: F.DEF_IMPORT, DEF_BOUND: F.DEF_BOUND, DEF_ANNOT: F.DEF_ANNOT,
    TYPE_FUNCTION: 0, TYPE_CLASS: 1, TYPE_MODULE: 2,
    LOCAL: F.LOCAL, GLOBAL_EXPLICIT: F.GLOBAL_EXPLICIT, GLOBAL_IMPLICIT: F.GLOBAL_IMPLICIT, FREE: F.FREE, CELL: F.CELL,
    SCOPE_OFF: F.SCOPE_OFF, SCOPE_MASK: F.SCOPE_MASK,
  };
  for (const [k, v] of Object.entries(consts)) d.set(k, v);
  return m;
}

registerNative('_symtable', create);
