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
import { buildSymtable } from '../../src/symtable';
import { astFromOracle, CODE_SCRIPT, compareWithCode, runOracle, type Code } from '../../scripts/parity/symtable';
import { runPythonJSON } from '../support/python';
import { MODULES, wrappedBodies } from './snippets';

test('block flags, parameters, cells and frees agree with the code objects python3 compiles', () => {
  const sources = [...MODULES, ...wrappedBodies()];
  const codes = runPythonJSON<(Code | null)[]>(CODE_SCRIPT, sources);
  const asts = runOracle(sources.map((src) => ({ src, mode: 'exec' as const, ast: true })));
  const failures: string[] = [];
  let compared = 0;
  sources.forEach((src, i) => {
    const co = codes[i];
    if (co === null) return; // rejected by compile.c (e.g. 'return' outside function)
    const out: string[] = [];
    compareWithCode(buildSymtable(astFromOracle(asts[i].ast) as mod, { filename: 'f' }).top, co, '', out);
    if (out.length) failures.push(src + out.join('\n'));
    compared++;
  });
  assert.deepEqual(failures, []);
  assert.ok(compared > 250, `compared ${compared}`);
});
