/** stackdepth (CPython 3.11 compile.c): the deepest stack any path through the blocks reaches. */
import { Op } from '../bytecode/opcodes';
import { PseudoOp } from '../bytecode/pseudo_opcodes';
import { Block, isBlockPush, isJump, stackEffect } from './instructions';
import { layout } from './flowgraph';

export function stackDepth(entry: Block, generator: boolean): number {
  for (const b of layout(entry)) b.startDepth = -1;
  let maxdepth = 0;
  const stack: Block[] = [];
  const push = (b: Block, depth: number): void => {
    if (b.startDepth < depth && b.startDepth < 100) {
      if (b.startDepth >= 0 && b.startDepth !== depth) throw new Error('compiler: inconsistent stack depth');
      b.startDepth = depth;
      stack.push(b);
    }
  };
  push(entry, generator ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next: Block | null = b.next;
    for (const i of b.instrs) {
      const effect = stackEffect(i.op, i.arg, false);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(i.op) || isBlockPush(i.op)) {
        const targetDepth = depth + stackEffect(i.op, i.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(i.target!, targetDepth);
      }
      depth = newDepth;
      if (
        i.op === PseudoOp.JUMP_NO_INTERRUPT ||
        i.op === PseudoOp.JUMP ||
        i.op === Op.RETURN_VALUE ||
        i.op === Op.RAISE_VARARGS ||
        i.op === Op.RERAISE
      ) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}
