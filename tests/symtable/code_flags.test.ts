/**
 * The block facts that python3's symtable module does not show, checked
 * against what CPython's compiler derives from them in the code objects
 * (Python/compile.c: compute_code_flags, dictbytype): generator/coroutine/
 * nested/varargs/varkeywords flags, parameters (ste_varnames) as the head of
 * co_varnames, co_cellvars (CELL names, the class `__class__` cell) and
 * co_freevars (FREE names, DEF_FREE_CLASS names of classes).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import type { mod } from '../../src/ast/nodes';
import { buildSymtable, BlockType, CELL, DEF_FREE_CLASS, FREE, type SymbolTableEntry } from '../../src/symtable';
import { astFromOracle, runOracle } from '../../scripts/parity/symtable';
import { runPythonJSON } from '../support/python';
import { MODULES, wrappedBodies } from './snippets';

interface Code {
  name: string;
  flags: number;
  params: string[];
  cellvars: string[];
  freevars: string[];
  children: Code[];
}

const SCRIPT = String.raw`
import sys, json, types
def walk(co):
    n = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & 4) + bool(co.co_flags & 8)
    return {"name": co.co_name, "flags": co.co_flags, "params": list(co.co_varnames[:n]),
            "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars),
            "children": [walk(c) for c in co.co_consts if isinstance(c, types.CodeType)]}
out = []
for src in json.load(sys.stdin):
    try:
        out.append(walk(compile(src, "f", "exec")))
    except SyntaxError:
        out.append(None)
print(json.dumps(out))
`;

const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

function codeName(ste: SymbolTableEntry): string {
  if (ste.type === BlockType.ModuleBlock) return '<module>';
  return ['lambda', 'listcomp', 'setcomp', 'dictcomp', 'genexpr'].includes(ste.name) && ste.node._type !== 'FunctionDef'
    ? `<${ste.name}>`
    : ste.name;
}

function compare(ste: SymbolTableEntry, co: Code, where: string, out: string[]): void {
  const here = `${where}/${co.name}`;
  const expect = (what: string, ours: unknown, theirs: unknown) => {
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) out.push(`${here}: ${what}: ours ${JSON.stringify(ours)}, python ${JSON.stringify(theirs)}`);
  };
  const names = [...ste.symbols.keys()];
  if (ste.type === BlockType.FunctionBlock) {
    let flags = CO_NESTED * +ste.nested | CO_VARARGS * +ste.varargs | CO_VARKEYWORDS * +ste.varkeywords;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    const mask = CO_NESTED | CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
    expect('flags', flags, co.flags & mask);
    expect('params', ste.varnames, co.params);
  }
  const cells = names.filter((n) => ste.getScope(n) === CELL);
  if (ste.needsClassClosure) cells.push('__class__');
  expect('cellvars', cells.sort(), co.cellvars);
  const frees = names.filter(
    (n) => ste.getScope(n) === FREE || (ste.type === BlockType.ClassBlock && ste.getSymbol(n) & DEF_FREE_CLASS),
  );
  expect('freevars', frees.sort(), co.freevars);
  // Children with code objects, matched by name in order.
  const pool = [...co.children];
  for (const child of ste.children) {
    const k = pool.findIndex((c) => c.name === codeName(child));
    if (k === -1) {
      out.push(`${here}: no code object for block ${child.name}`);
      continue;
    }
    compare(child, pool.splice(k, 1)[0], here, out);
  }
  if (pool.length) out.push(`${here}: code objects without a block: ${pool.map((c) => c.name)}`);
}

test('block flags, parameters, cells and frees agree with the code objects python3 compiles', () => {
  const sources = [...MODULES, ...wrappedBodies()];
  const codes = runPythonJSON<(Code | null)[]>(SCRIPT, sources);
  const asts = runOracle(sources.map((src) => ({ src, mode: 'exec' as const, ast: true })));
  const failures: string[] = [];
  let compared = 0;
  sources.forEach((src, i) => {
    const co = codes[i];
    if (co === null) return; // rejected by compile.c (e.g. 'return' outside function)
    const out: string[] = [];
    compare(buildSymtable(astFromOracle(asts[i].ast) as mod, { filename: 'f' }).top, co, '', out);
    if (out.length) failures.push(src + out.join('\n'));
    compared++;
  });
  assert.deepEqual(failures, []);
  assert.ok(compared > 250, `compared ${compared}`);
});
