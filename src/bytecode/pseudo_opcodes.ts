/**
 * The compiler's pseudo-instructions (CPython 3.11 Python/compile.c, the
 * `#define SETUP_FINALLY -1` ... block): they exist only in the instruction
 * sequence and are replaced before code is emitted — block pushes become the
 * exception table, `JUMP` and the direction-less conditional jumps become
 * their FORWARD/BACKWARD 3.11 opcodes once block order is known.
 * Numbers are negative, as in compile.c, so they never collide with real opcodes.
 */
import { opmap, type StackEffect } from './opcodes';

export interface PseudoOpInfo {
  readonly name: string;
  readonly code: number;
  /** The real opcodes it may become: [forward, backward] for jumps, [] for block pushes/pops. */
  readonly forward: number | null;
  readonly backward: number | null;
  /** A jump (has a target block) or a block push (SETUP_*: its target is the handler). */
  readonly kind: 'jump' | 'push' | 'pop';
  readonly effect: StackEffect;
  readonly meaning: string;
}

// name, number, forward form, backward form, kind, stack effect (oparg, jump taken), meaning
const TABLE: [string, number, string | null, string | null, PseudoOpInfo['kind'], StackEffect, string][] = [
  ['SETUP_FINALLY', -1, null, null, 'push', (_n, jump) => (jump ? 1 : 0), 'push a handler for a try body (exception table entry)'],
  ['SETUP_CLEANUP', -2, null, null, 'push', (_n, jump) => (jump ? 2 : 0), 'push a cleanup handler that also receives lasti'],
  ['SETUP_WITH', -3, null, null, 'push', (_n, jump) => (jump ? 1 : 0), 'push the handler of a with block'],
  ['POP_BLOCK', -4, null, null, 'pop', 0, 'pop the innermost handler'],
  ['JUMP', -5, 'JUMP_FORWARD', 'JUMP_BACKWARD', 'jump', 0, 'unconditional jump'],
  ['JUMP_NO_INTERRUPT', -6, 'JUMP_FORWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'jump', 0, 'unconditional jump that does not check for interrupts'],
  ['POP_JUMP_IF_FALSE', -7, 'POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_BACKWARD_IF_FALSE', 'jump', -1, 'pop TOS; jump if false'],
  ['POP_JUMP_IF_TRUE', -8, 'POP_JUMP_FORWARD_IF_TRUE', 'POP_JUMP_BACKWARD_IF_TRUE', 'jump', -1, 'pop TOS; jump if true'],
  ['POP_JUMP_IF_NONE', -9, 'POP_JUMP_FORWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_NONE', 'jump', -1, 'pop TOS; jump if None'],
  ['POP_JUMP_IF_NOT_NONE', -10, 'POP_JUMP_FORWARD_IF_NOT_NONE', 'POP_JUMP_BACKWARD_IF_NOT_NONE', 'jump', -1, 'pop TOS; jump if not None'],
];

export const PSEUDO_OPS: readonly PseudoOpInfo[] = TABLE.map(([name, code, f, b, kind, effect, meaning]) => ({
  name,
  code,
  forward: f === null ? null : opmap[f],
  backward: b === null ? null : opmap[b],
  kind,
  effect,
  meaning,
}));

export const MIN_PSEUDO_OPCODE = -10;

/** Pseudo-op name -> number (`PseudoOp.JUMP`). */
export const PseudoOp: Readonly<Record<string, number>> = Object.fromEntries(PSEUDO_OPS.map((p) => [p.name, p.code]));

export function pseudoOpInfo(code: number): PseudoOpInfo | undefined {
  return code < 0 && code >= MIN_PSEUDO_OPCODE ? PSEUDO_OPS[-code - 1] : undefined;
}
