/**
 * The 3.11 exception table (compile.c label_exception_targets,
 * convert_exception_handlers_to_nops, assemble_exception_table): the
 * SETUP_* / POP_BLOCK pseudo-instructions give every instruction its active
 * handler; runs of instructions with the same handler become entries of
 * varint-encoded (start, length, target, depth << 1 | lasti).
 */
import { Op } from '../bytecode/opcodes';
import { PseudoOp } from '../bytecode/pseudo_opcodes';
import { Block, hasFallthrough, instrSize, isBlockPush, isJump } from './instructions';
import { layout, removeRedundantNops } from './flowgraph';

/** label_exception_targets: a walk of the CFG carrying the stack of active handlers. */
export function labelExceptionTargets(entry: Block): void {
  for (const b of layout(entry)) b.visited = false;
  const stacks = new Map<Block, (Block | null)[]>();
  const todo: Block[] = [entry];
  entry.visited = true;
  stacks.set(entry, [null]);
  while (todo.length) {
    const b = todo.pop()!;
    let stack = stacks.get(b)!;
    stacks.delete(b);
    let handler = stack[stack.length - 1];
    for (const instr of b.instrs) {
      if (isBlockPush(instr.op)) {
        const t = instr.target!;
        if (!t.visited) {
          stacks.set(t, [...stack]);
          todo.push(t);
          t.visited = true;
        }
        if (instr.op === PseudoOp.SETUP_WITH || instr.op === PseudoOp.SETUP_CLEANUP) t.preserveLasti = true;
        stack.push(t);
        handler = t;
      } else if (instr.op === PseudoOp.POP_BLOCK) {
        stack.pop();
        handler = stack[stack.length - 1];
      } else if (isJump(instr.op)) {
        instr.except = handler;
        const t = instr.target!;
        if (!t.visited) {
          stacks.set(t, hasFallthrough(b) ? [...stack] : stack);
          todo.push(t);
          t.visited = true;
        }
      } else {
        instr.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      stacks.set(b.next, stack);
      todo.push(b.next);
      b.next.visited = true;
    }
    stack = [];
  }
}

/** convert_exception_handlers_to_nops */
export function convertExceptionHandlersToNops(entry: Block): void {
  for (const b of layout(entry)) for (const i of b.instrs) if (isBlockPush(i.op) || i.op === PseudoOp.POP_BLOCK) i.op = Op.NOP;
  for (const b of layout(entry)) removeRedundantNops(b);
}

class ExceptionTableWriter {
  readonly out: number[] = [];
  item(value: number, msb: number): void {
    if (value >= 1 << 24) {
      this.out.push((value >> 24) | 64 | msb);
      msb = 0;
    }
    if (value >= 1 << 18) {
      this.out.push(((value >> 18) & 0x3f) | 64 | msb);
      msb = 0;
    }
    if (value >= 1 << 12) {
      this.out.push(((value >> 12) & 0x3f) | 64 | msb);
      msb = 0;
    }
    if (value >= 1 << 6) {
      this.out.push(((value >> 6) & 0x3f) | 64 | msb);
      msb = 0;
    }
    this.out.push((value & 0x3f) | msb);
  }
  entry(start: number, end: number, handler: Block): void {
    let depth = handler.startDepth - 1;
    if (handler.preserveLasti) depth -= 1;
    this.item(start, 1 << 7);
    this.item(end - start, 0);
    this.item(handler.offset, 0);
    this.item((depth << 1) | (handler.preserveLasti ? 1 : 0), 0);
  }
}

/** assemble_exception_table: after jump offsets are final. */
export function assembleExceptionTable(entry: Block): Uint8Array {
  const w = new ExceptionTableWriter();
  let handler: Block | null = null;
  let start = -1;
  let ioffset = 0;
  for (const b of layout(entry)) {
    ioffset = b.offset;
    for (const i of b.instrs) {
      const h = i.except ?? null;
      if (h !== handler) {
        if (handler) w.entry(start, ioffset, handler);
        start = ioffset;
        handler = h;
      }
      ioffset += instrSize(i);
    }
  }
  if (handler) w.entry(start, ioffset, handler);
  return Uint8Array.from(w.out);
}
