/**
 * The instruction sequence as CPython 3.11's compile.c builds it: basic
 * blocks (`basicblock`) of instructions (`struct instr`) whose jumps point at
 * blocks, with the pseudo-instructions of src/bytecode/pseudo_opcodes.ts.
 * A block doubles as a jump label, as in 3.11 (`compiler_new_block` /
 * `compiler_use_next_block`).
 */
import { HAVE_ARGUMENT, OP_BY_CODE, Op, stackEffect as realStackEffect } from '../bytecode/opcodes';
import { PseudoOp, pseudoOpInfo } from '../bytecode/pseudo_opcodes';

/** Source location of an instruction (lineno -1: none). */
export interface Location {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export const NO_LOCATION: Location = Object.freeze({ lineno: -1, endLineno: -1, col: -1, endCol: -1 });

export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  loc: Location;
  /** The handler block active at this instruction (i_except), set by labelExceptionTargets. */
  except?: Block | null;
}

export class Block {
  instrs: Instr[] = [];
  /** The block that follows in layout order (b_next). */
  next: Block | null = null;
  predecessors = 0;
  visited = false;
  startDepth = -1;
  /** Offset in code units, set by the assembler. */
  offset = 0;
  /** A SETUP_WITH / SETUP_CLEANUP handler: the exception table entry keeps lasti. */
  preserveLasti = false;
  constructor(readonly id: number) {}

  get last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
}

const J = PseudoOp;

/** Jumps: real relative jumps and the pseudo jumps (is_jump). */
export function isJump(op: number): boolean {
  if (op < 0) return pseudoOpInfo(op)?.kind === 'jump';
  const info = OP_BY_CODE[op];
  return !!info && (info.arg === 'jrel' || info.arg === 'jback');
}

export function isBlockPush(op: number): boolean {
  return op < 0 && pseudoOpInfo(op)?.kind === 'push';
}

export function hasTarget(op: number): boolean {
  return isJump(op) || isBlockPush(op);
}

export function isUnconditionalJump(op: number): boolean {
  return op === J.JUMP || op === J.JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

export function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** After these, the rest of the block cannot run (IS_TERMINATOR_OPCODE). */
export function isTerminator(op: number): boolean {
  return isJump(op) || isScopeExit(op);
}

/** The block falls through to b_next (BB_HAS_FALLTHROUGH). */
export function hasFallthrough(b: Block): boolean {
  const last = b.last;
  return !last || !(isUnconditionalJump(last.op) || isScopeExit(last.op));
}

export function exitsScope(b: Block): boolean {
  const last = b.last;
  return !!last && isScopeExit(last.op);
}

export function hasArg(op: number): boolean {
  return op < 0 || op >= HAVE_ARGUMENT;
}

/** stack_effect(opcode, oparg, jump) for real and pseudo instructions. */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  if (op < 0) {
    const p = pseudoOpInfo(op);
    if (!p) throw new Error(`unknown pseudo opcode ${op}`);
    return typeof p.effect === 'number' ? p.effect : p.effect(arg, jump);
  }
  return realStackEffect(op, arg, jump);
}

/** instr_size: code units including EXTENDED_ARG prefixes and CACHE entries. */
export function instrSize(i: Instr): number {
  const arg = hasArg(i.op) ? i.arg : 0;
  const ext = (arg > 0xffffff ? 1 : 0) + (arg > 0xffff ? 1 : 0) + (arg > 0xff ? 1 : 0);
  return ext + 1 + (OP_BY_CODE[i.op]?.cache ?? 0);
}

export function opName(op: number): string {
  return op < 0 ? pseudoOpInfo(op)?.name ?? `<${op}>` : OP_BY_CODE[op]?.name ?? `<${op}>`;
}
