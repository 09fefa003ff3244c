/**
 * What the JS compiler needs to know about a code object before emitting
 * it: the value-stack depth before each instruction (so every stack slot is
 * a constant index) and the instructions control can reach other than by
 * falling through (jump targets, exception handlers, the points a suspended
 * generator or a bailed-out frame resumes at), which become `case` labels.
 */
import { OP_BY_CODE, inlineCacheEntries, stackEffect, EXTENDED_ARG } from '../../bytecode/opcodes';
import type { PyCode } from '../../objects/function';
import { Op } from '../opcodes';

export interface Analysis {
  /** Stack depth before the instruction at each code-unit index; -1 where unreachable or not an instruction start. */
  depth: Int32Array;
  /** Indices control enters other than by falling through. */
  labels: Set<number>;
  /** Exception-table entries in code units. */
  handlers: { start: number; end: number; target: number; depth: number; lasti: boolean }[];
}

/** The index of the instruction after the one at `i` (its CACHE entries skipped). */
export function nextIndex(op: number, i: number): number {
  return i + 1 + inlineCacheEntries[op];
}

export function isJump(op: number): boolean {
  const a = OP_BY_CODE[op]?.arg;
  return a === 'jrel' || a === 'jback';
}

/** Control never falls through these to the next instruction. */
export function endsFlow(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE || op === Op.JUMP_FORWARD
    || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

/**
 * The depth change an instruction really makes. dis.stack_effect counts a
 * call's whole effect at PRECALL (-oparg) and CALL (-1), but the arguments
 * stay on the stack until CALL; RETURN_GENERATOR's frame resumes with the
 * first sent value pushed.
 */
export function effect(op: number, arg: number, jump: boolean): number {
  if (op === Op.PRECALL) return 0;
  if (op === Op.CALL) return -arg - 1;
  if (op === Op.RETURN_GENERATOR) return 1;
  return stackEffect(op, arg, jump);
}

export function analyze(code: PyCode, instrs: Int32Array): Analysis | null {
  const n = instrs.length;
  const depth = new Int32Array(n).fill(-1);
  const labels = new Set<number>([0]);
  const handlers = code.co.exceptionTable().map((e) => ({
    start: e.start / 2, end: e.end / 2, target: e.target / 2, depth: e.depth, lasti: e.lasti,
  }));
  const work: number[] = [];
  const reach = (i: number, d: number): boolean => {
    if (i < 0 || i >= n || d < 0) return false;
    if (depth[i] === -1) {
      depth[i] = d;
      work.push(i);
    } else if (depth[i] !== d) return false;
    return true;
  };
  reach(0, 0);
  for (const h of handlers) labels.add(h.target);
  let handlersSeen = false;
  for (;;) {
    while (work.length > 0) {
      const i = work.pop()!;
      const word = instrs[i];
      const op = word & 255;
      const arg = word >> 8;
      const d = depth[i];
      if (op === EXTENDED_ARG) {
        if (!reach(i + 1, d)) return null;
        continue;
      }
      if (OP_BY_CODE[op] === undefined || op === 0) return null;
      const next = nextIndex(op, i);
      if (isJump(op)) {
        labels.add(arg);
        if (!reach(arg, d + effect(op, arg, true))) return null;
      }
      // A frame may be left at these and resumed later by the interpreter or by this code.
      if (op === Op.YIELD_VALUE || op === Op.RETURN_GENERATOR || op === Op.CALL || op === Op.CALL_FUNCTION_EX) labels.add(next);
      if (!endsFlow(op) && !reach(next, d + effect(op, arg, false))) return null;
    }
    // Handlers are reached from anywhere in their range: seed them once the ranges' code is known.
    if (handlersSeen) break;
    handlersSeen = true;
    for (const h of handlers) {
      if (!reach(h.target, h.depth + (h.lasti ? 2 : 1))) return null;
    }
  }
  return { depth, labels, handlers };
}
