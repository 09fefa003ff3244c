/**
 * The `dis` module's text output for 3.11 (Lib/dis.py: _unpack_opargs,
 * findlabels, findlinestarts, _get_instructions_bytes, Instruction._disassemble,
 * _disassemble_bytes, _disassemble_recursive). `disRecursive(co)` prints what
 * `python3 -m dis FILE` prints for the module's code object.
 */
import { CodeObject, parseExceptionTable, type ExceptionTableEntry } from '../bytecode/code';
import type { ConstValue } from '../bytecode/constants';
import { EXTENDED_ARG, HAVE_ARGUMENT, NB_OPS, OP_BY_CODE, cmp_op, inlineCacheEntries, opname } from '../bytecode/opcodes';
import { codeRepr, pyRepr } from './repr';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const INT_OVERFLOW = 2 ** 31;
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const LOAD_CONST = 100;
const LOAD_GLOBAL = 116;
const FORMAT_VALUE = 155;
const MAKE_FUNCTION = 132;
const BINARY_OP = 122;

export interface Instruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argrepr: string;
  offset: number;
  startsLine: number | null;
  isJumpTarget: boolean;
}

/** _unpack_opargs: (offset, opcode, arg) of each instruction, CACHE entries skipped. */
export function* unpackOpargs(code: Uint8Array): Generator<[number, number, number | null]> {
  let extended = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i];
    caches = inlineCacheEntries[op];
    let arg: number | null = null;
    if (op >= HAVE_ARGUMENT) {
      arg = (i + 1 < code.length ? code[i + 1] : 0) + extended;
      extended = op === EXTENDED_ARG ? arg * 256 : 0;
      if (extended >= INT_OVERFLOW) extended -= 2 * INT_OVERFLOW;
    } else extended = 0;
    yield [i, op, arg];
  }
}

const isBackward = (op: number): boolean => OP_BY_CODE[op]?.arg === 'jback';
const isJrel = (op: number): boolean => OP_BY_CODE[op]?.arg === 'jrel' || isBackward(op);

/** findlabels */
export function findLabels(code: Uint8Array): number[] {
  const labels: number[] = [];
  for (const [offset, op, arg] of unpackOpargs(code)) {
    if (arg === null || !isJrel(op)) continue;
    const label = offset + 2 + (isBackward(op) ? -arg : arg) * 2;
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

/** findlinestarts: offset -> line where a new line starts. */
export function findLineStarts(co: CodeObject): Map<number, number> {
  const starts = new Map<number, number>();
  let last: number | null = null;
  for (const [start, , line] of co.co_lines()) {
    if (line !== null && line !== last) {
      last = line;
      starts.set(start, line);
    }
  }
  return starts;
}

/** _get_instructions_bytes (show_caches=False). */
export function getInstructions(co: CodeObject, exceptionEntries: ExceptionTableEntry[] = []): Instruction[] {
  const code = co.co_code;
  const labels = new Set(findLabels(code));
  for (const e of exceptionEntries) if (e.start < e.end) labels.add(e.target);
  const linestarts = findLineStarts(co);
  const out: Instruction[] = [];
  for (const [offset, op, arg] of unpackOpargs(code)) {
    let argrepr = '';
    if (arg !== null) argrepr = argRepr(co, offset, op, arg);
    out.push({
      opname: opname[op],
      opcode: op,
      arg,
      argrepr,
      offset,
      startsLine: linestarts.get(offset) ?? null,
      isJumpTarget: labels.has(offset),
    });
  }
  return out;
}

function argRepr(co: CodeObject, offset: number, op: number, arg: number): string {
  const info = OP_BY_CODE[op];
  const kind = info?.arg;
  if (kind === 'const') return op === LOAD_CONST ? constRepr(item(co.co_consts, arg)) : '';
  if (kind === 'name') {
    if (op === LOAD_GLOBAL) {
      const name = String(item(co.co_names, Math.floor(arg / 2)));
      return arg & 1 && name ? 'NULL + ' + name : name;
    }
    return String(item(co.co_names, arg));
  }
  if (kind === 'jrel' || kind === 'jback') return 'to ' + (offset + 2 + (kind === 'jback' ? -arg : arg) * 2);
  if (kind === 'local' || kind === 'free') return String(item(co.co_localsplusnames, arg));
  if (kind === 'compare') return String(item(cmp_op, arg));
  if (op === FORMAT_VALUE) {
    let r = FORMAT_VALUE_CONVERTERS[arg & 3];
    if (arg & 4) r += (r ? ', ' : '') + 'with format';
    return r;
  }
  if (op === MAKE_FUNCTION) return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
  if (op === BINARY_OP) return NB_OPS[arg]?.[1] ?? '';
  return '';
}

/** Python indexing (negative from the end); out of range shows '?' where Python would raise IndexError. */
function item<T>(seq: readonly T[], i: number): T | string {
  const j = i < 0 ? seq.length + i : i;
  return j >= 0 && j < seq.length ? seq[j] : '?';
}

function constRepr(v: ConstValue | string): string {
  return v instanceof CodeObject ? codeRepr(v) : pyRepr(v);
}

/** Instruction._disassemble */
function formatInstruction(ins: Instruction, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth) {
    fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  }
  fields.push('   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    if (ins.argrepr) fields.push('(' + ins.argrepr + ')');
  }
  return fields.join(' ').trimEnd();
}

/** dis.disassemble(co): one code object, without the nested ones. Lines end in '\n'. */
export function disassemble(co: CodeObject): string {
  const entries = parseExceptionTable(co.co_exceptiontable);
  const linestarts = findLineStarts(co);
  let linenoWidth = 0;
  if (linestarts.size) {
    let max = -Infinity;
    for (const l of linestarts.values()) if (l > max) max = l;
    linenoWidth = max >= 1000 ? String(max).length : 3;
  }
  const maxOffset = co.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const lines: string[] = [];
  for (const ins of getInstructions(co, entries)) {
    if (linenoWidth && ins.startsLine !== null && ins.offset > 0) lines.push('');
    lines.push(formatInstruction(ins, linenoWidth, offsetWidth));
  }
  if (entries.length) {
    lines.push('ExceptionTable:');
    for (const e of entries) {
      lines.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  return lines.map((l) => l + '\n').join('');
}

/** dis.dis(co) / _disassemble_recursive: the code object, then every nested code object. */
export function disRecursive(co: CodeObject, depth: number | null = null): string {
  let out = disassemble(co);
  if (depth === null || depth > 0) {
    for (const x of co.co_consts) {
      if (x instanceof CodeObject) {
        out += '\nDisassembly of ' + codeRepr(x) + ':\n';
        out += disRecursive(x, depth === null ? null : depth - 1);
      }
    }
  }
  return out;
}
