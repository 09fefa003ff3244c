/**
 * The assembler (CPython 3.11 compile.c assemble()): the implicit
 * `return None`, the CFG passes of flowgraph.ts, line numbers, stack depth,
 * jump offsets with EXTENDED_ARG, the code bytes with their CACHE entries,
 * the location and exception tables, and the code object (makecode).
 */
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CodeObject } from '../bytecode/code';
import { EXTENDED_ARG, OP_BY_CODE, Op } from '../bytecode/opcodes';
import { BlockType } from '../symtable';
import { ConstFrozenSet, type ConstValue } from '../bytecode/constants';
import { cpythonSetOrder } from '../dis/set_order';
import type { Compiler } from './compiler';
import { assembleExceptionTable, convertExceptionHandlersToNops, labelExceptionTargets } from './exceptiontable';
import {
  duplicateExitsWithoutLineno,
  guaranteeLinenoForExits,
  layout,
  normalizeJumps,
  optimizeCfg,
  propagateLineNumbers,
  removeRedundantNops,
} from './flowgraph';
import { Block, hasArg, instrSize, isJump, opName, type Instr } from './instructions';
import { LineTableWriter } from './linetable';
import { stackDepth } from './stackdepth';

/** compute_code_flags */
function computeCodeFlags(c: Compiler): number {
  const ste = c.u.ste;
  let flags = 0;
  if (ste.type === BlockType.FunctionBlock) {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  // Every code object carries the future features it was compiled under (PyCF_MASK).
  flags |= c.flags & PyCF_MASK;
  // A module with top-level await runs as a coroutine (PyCF_ALLOW_TOP_LEVEL_AWAIT).
  if (c.isTopLevelAwait() && ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
  return flags;
}

/** CO_FUTURE_DIVISION ... CO_FUTURE_ANNOTATIONS: the future flags compile() inherits and code objects keep. */
const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

/** assemble_jump_offsets: jump arguments in code units, recomputed until EXTENDED_ARG sizes settle. */
function assembleJumpOffsets(entry: Block): void {
  let again: boolean;
  do {
    let total = 0;
    for (const b of layout(entry)) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(i);
    }
    again = false;
    for (const b of layout(entry)) {
      let off = b.offset;
      for (const i of b.instrs) {
        const isize = instrSize(i);
        off += isize;
        if (isJump(i.op)) {
          const dest = i.target!.offset;
          i.arg = dest < off ? off - dest : dest - off;
          if (instrSize(i) !== isize) again = true;
        }
      }
    }
  } while (again);
}

/** write_instr */
function writeInstr(out: number[], i: Instr): void {
  const info = OP_BY_CODE[i.op];
  if (!info) throw new Error(`compiler: cannot emit ${opName(i.op)}`);
  const arg = hasArg(i.op) ? i.arg : 0;
  if (arg > 0xffffff) out.push(EXTENDED_ARG, (arg >>> 24) & 0xff);
  if (arg > 0xffff) out.push(EXTENDED_ARG, (arg >> 16) & 0xff);
  if (arg > 0xff) out.push(EXTENDED_ARG, (arg >> 8) & 0xff);
  out.push(i.op, arg & 0xff);
  for (let k = 0; k < info.cache; k++) out.push(0, 0);
}

const DEREF_OPS = new Set([Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLASSDEREF]);

/** build_cellfixedoffsets: cell/free index -> localsplus slot (an argument that is a cell keeps its own slot). */
function buildCellFixedOffsets(c: Compiler): number[] {
  const u = c.u;
  const nlocals = u.varnames.size;
  const fixed: number[] = [];
  for (let i = 0; i < u.cellvars.size + u.freevars.size; i++) fixed.push(nlocals + i);
  u.cellvars.items.forEach((name, cellIndex) => {
    const arg = u.varnames.get(name);
    if (arg !== undefined) fixed[cellIndex] = arg;
  });
  return fixed;
}

/** insert_prefix_instructions: COPY_FREE_VARS, MAKE_CELL for each cell in slot order, RETURN_GENERATOR + POP_TOP. */
function insertPrefixInstructions(c: Compiler, fixed: number[], flags: number): void {
  const u = c.u;
  const prefix: Instr[] = [];
  const noLoc = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };
  if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    u.entry.instrs.unshift(
      { op: Op.RETURN_GENERATOR, arg: 0, target: null, loc: { lineno: u.firstlineno, endLineno: u.firstlineno, col: -1, endCol: -1 } },
      { op: Op.POP_TOP, arg: 0, target: null, loc: { ...noLoc } },
    );
  }
  if (u.freevars.size) prefix.push({ op: Op.COPY_FREE_VARS, arg: u.freevars.size, target: null, loc: { ...noLoc } });
  const ncells = u.cellvars.size;
  if (ncells) {
    const sorted = new Array<number>(ncells + u.varnames.size).fill(0);
    for (let i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
    for (const s of sorted) if (s) prefix.push({ op: Op.MAKE_CELL, arg: s - 1, target: null, loc: { ...noLoc } });
  }
  u.entry.instrs.unshift(...prefix);
}

/** fix_cell_offsets: deref arguments become localsplus slots; returns how many cells share an argument's slot. */
function fixCellOffsets(c: Compiler, fixed: number[]): number {
  const u = c.u;
  const nlocals = u.varnames.size;
  let numdropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= numdropped;
    else numdropped++;
  }
  for (const b of u.blocks) for (const i of b.instrs) if (DEREF_OPS.has(i.op)) i.arg = fixed[i.arg];
  return numdropped;
}

const isNameChars = (s: string): boolean => /^[A-Za-z0-9_]*$/.test(s);

/**
 * intern_string_constants (Objects/codeobject.c): a frozenset holding a
 * name-like string is rebuilt from its iteration order when interning
 * replaces that string — which happens when an equal string was interned
 * before, something this compiler cannot know; it assumes so.
 */
function internStringConstants(v: ConstValue): ConstValue {
  // Heuristic fitted on the standard library: every item a name-like string
  // longer than one character (one-character strings are always the cached
  // singletons, so interning never replaces them).
  if (v instanceof ConstFrozenSet && v.items.length && v.items.every((x) => typeof x === 'string' && x.length > 1 && isNameChars(x))) {
    return new ConstFrozenSet(cpythonSetOrder(v.items));
  }
  return v;
}

export function assemble(c: Compiler, addNone: boolean): CodeObject {
  const u = c.u;
  const flags = computeCodeFlags(c);
  // Make sure every block that falls off the end returns None.
  const lastInstr = u.cur.last;
  if (!lastInstr || lastInstr.op !== Op.RETURN_VALUE) {
    u.unsetLoc();
    if (addNone) c.loadConst(null);
    c.addOp(Op.RETURN_VALUE);
  }
  if (!u.firstlineno) {
    const first = u.entry.instrs[0];
    u.firstlineno = first && first.loc.lineno ? first.loc.lineno : 1;
  }

  const fixed = buildCellFixedOffsets(c);
  insertPrefixInstructions(c, fixed, flags);
  const numdropped = fixCellOffsets(c, fixed);

  let entry = optimizeCfg(u.entry, u.consts, u.blocks);
  duplicateExitsWithoutLineno(entry, u.blocks, () => u.newBlock());
  // trim_unused_consts: drop trailing constants no instruction uses (index 0 always stays).
  let maxConst = 0;
  for (const b of layout(entry)) {
    for (const i of b.instrs) if ((i.op === Op.LOAD_CONST || i.op === Op.KW_NAMES) && i.arg > maxConst) maxConst = i.arg;
  }
  const consts = u.consts.items.slice(0, maxConst + 1).map(internStringConstants);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackDepth(entry, (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0);
  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  for (const b of layout(entry)) removeRedundantNops(b);
  normalizeJumps(entry);
  assembleJumpOffsets(entry);
  const exceptionTable = assembleExceptionTable(entry);

  const code: number[] = [];
  const lines = new LineTableWriter(u.firstlineno);
  for (const b of layout(entry)) {
    for (const i of b.instrs) {
      writeInstr(code, i);
      lines.emit(i.loc, instrSize(i));
    }
  }

  // compute_localsplus_info: an argument that is also a cell keeps one slot.
  const names: string[] = [...u.varnames.items];
  const kindList: number[] = u.varnames.items.map((n) => (u.cellvars.get(n) !== undefined ? CO_FAST_LOCAL | CO_FAST_CELL : CO_FAST_LOCAL));
  for (const n of u.cellvars.items) {
    if (u.varnames.get(n) !== undefined) continue;
    names.push(n);
    kindList.push(CO_FAST_CELL);
  }
  for (const n of u.freevars.items) {
    names.push(n);
    kindList.push(CO_FAST_FREE);
  }
  if (names.length !== u.varnames.size + u.cellvars.size + u.freevars.size - numdropped) throw new Error('compiler: localsplus size');
  const kinds = Uint8Array.from(kindList);
  return new CodeObject({
    co_argcount: u.argcount + u.posonlyargcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: flags,
    co_code: Uint8Array.from(code),
    co_consts: consts,
    co_names: [...u.names.items],
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_filename: c.filename,
    co_name: u.name,
    co_qualname: u.qualname,
    co_firstlineno: u.firstlineno,
    co_linetable: lines.bytes(),
    co_exceptiontable: exceptionTable,
  });
}
