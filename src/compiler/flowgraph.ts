/**
 * The control-flow-graph passes of CPython 3.11's assembler (compile.c):
 * optimize_cfg with optimize_basic_block (constant conditions, jump
 * threading, tuple folding, SWAP optimisation, PUSH_NULL folding),
 * inlining of small exit blocks, reachability, NOP and redundant-jump
 * removal; then duplicate_exits_without_lineno, propagate_line_numbers,
 * guarantee_lineno_for_exits and normalize_jumps.
 */
import { ConstTuple, type ConstValue } from '../bytecode/constants';
import { PyBytes, PyComplex, PyFloat } from '../bytecode/constants';
import { CodeObject } from '../bytecode/code';
import { Op } from '../bytecode/opcodes';
import { PseudoOp, pseudoOpInfo } from '../bytecode/pseudo_opcodes';
import { Block, exitsScope, hasFallthrough, hasTarget, isBlockPush, isJump, isUnconditionalJump, type Instr } from './instructions';
import type { IndexedSet } from './unit';

const MAX_COPY_SIZE = 4;
const J = PseudoOp;

/** Blocks in layout order from `entry`. */
export function* layout(entry: Block): Generator<Block> {
  for (let b: Block | null = entry; b; b = b.next) yield b;
}

/** PyObject_IsTrue for a constant. */
function isTrue(v: ConstValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    case 'string':
      return v.length > 0;
  }
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof ConstTuple) return v.items.length > 0;
  if (v instanceof CodeObject) return true;
  return true;
}

/** jump_thread: make `inst` jump where `target` (the first instruction of its target) jumps. */
function jumpThread(inst: Instr, target: Instr, op: number): number {
  // bpo-45773: only when the line does not change, and never to itself.
  if (inst.loc.lineno === target.loc.lineno && inst.target !== target.target) {
    inst.op = op;
    inst.target = target.target;
    return 1;
  }
  return 0;
}

/** fold_tuple_on_constants: LOAD_CONST x n; BUILD_TUPLE n -> LOAD_CONST (tuple). */
function foldTupleOnConstants(instrs: Instr[], at: number, n: number, consts: IndexedSet<ConstValue>): void {
  for (let i = at - n; i < at; i++) if (instrs[i].op !== Op.LOAD_CONST) return;
  const items = instrs.slice(at - n, at).map((i) => consts.items[i.arg]);
  const index = consts.add(new ConstTuple(items));
  for (let i = at - n; i < at; i++) instrs[i].op = Op.NOP;
  instrs[at].op = Op.LOAD_CONST;
  instrs[at].arg = index;
}

const VISITED = -1;

/** swaptimize: replace a run of SWAPs and NOPs by an optimal one with the same effect. Returns the new index. */
function swaptimize(instrs: Instr[], ix: number): number {
  let depth = instrs[ix].arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (instrs[ix + i].op === Op.SWAP) {
      const arg = instrs[ix + i].arg;
      const top = stack[0];
      stack[0] = stack[arg - 1];
      stack[arg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        instrs[ix + current].op = Op.SWAP;
        instrs[ix + current].arg = j + 1;
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) instrs[ix + current--].op = Op.NOP;
  return ix + len - 1;
}

const isSwappable = (op: number): boolean => op === Op.STORE_FAST || op === Op.POP_TOP;

function nextSwappable(instrs: Instr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const ins = instrs[i];
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (isSwappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

/** apply_static_swaps: SWAP, STORE_FAST a, STORE_FAST b -> STORE_FAST b, STORE_FAST a. */
function applyStaticSwaps(instrs: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || isSwappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(instrs, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(instrs, k, lineno);
      if (k < 0) return;
    }
    // Not safe when the two stores (or one between them) write the same local (3.11.3+).
    const storesTo = (ins: Instr): number => (ins.op === Op.STORE_FAST ? ins.arg : -1);
    const storeJ = storesTo(instrs[j]);
    const storeK = storesTo(instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const st = storesTo(instrs[idx]);
        if (st >= 0 && (st === storeJ || st === storeK)) return;
      }
    }
    swap.op = Op.NOP;
    const tmp = instrs[j];
    instrs[j] = instrs[k];
    instrs[k] = tmp;
  }
}

/** optimize_basic_block */
function optimizeBasicBlock(bb: Block, consts: IndexedSet<ConstValue>): void {
  const instrs = bb.instrs;
  const nop: Instr = { op: Op.NOP, arg: 0, target: null, loc: { lineno: -1, endLineno: -1, col: -1, endCol: -1 } };
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    const arg = inst.arg;
    const nextop = i + 1 < instrs.length ? instrs[i + 1].op : 0;
    if (hasTarget(inst.op)) {
      // Skip over empty basic blocks (they stay in the chain until mark_reachable has run).
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
    }
    const target = hasTarget(inst.op) ? inst.target!.instrs[0] : nop;
    switch (inst.op) {
      case Op.LOAD_CONST: {
        switch (nextop) {
          case J.POP_JUMP_IF_FALSE:
          case J.POP_JUMP_IF_TRUE: {
            const t = isTrue(consts.items[arg]);
            inst.op = Op.NOP;
            instrs[i + 1].op = t === (nextop === J.POP_JUMP_IF_TRUE) ? J.JUMP : Op.NOP;
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const t = isTrue(consts.items[arg]);
            if (t === (nextop === Op.JUMP_IF_TRUE_OR_POP)) {
              instrs[i + 1].op = J.JUMP;
            } else {
              inst.op = Op.NOP;
              instrs[i + 1].op = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2].op : 0;
            if (consts.items[arg] === null && (jumpOp === J.POP_JUMP_IF_FALSE || jumpOp === J.POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1].arg;
              inst.op = Op.NOP;
              instrs[i + 1].op = Op.NOP;
              instrs[i + 2].op = nextarg ^ (jumpOp === J.POP_JUMP_IF_FALSE ? 1 : 0) ? J.POP_JUMP_IF_NOT_NONE : J.POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && arg === instrs[i + 1].arg) {
          if (arg === 1) {
            inst.op = Op.NOP;
            instrs[i + 1].op = Op.NOP;
            continue;
          }
          if (arg === 2 || arg === 3) {
            inst.op = Op.NOP;
            instrs[i + 1].op = Op.SWAP;
            continue;
          }
        }
        if (i >= arg) foldTupleOnConstants(instrs, i, arg, consts);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case J.POP_JUMP_IF_FALSE:
            i -= jumpThread(inst, target, J.POP_JUMP_IF_FALSE);
            break;
          case J.JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP);
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case J.POP_JUMP_IF_TRUE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = J.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case J.POP_JUMP_IF_TRUE:
            i -= jumpThread(inst, target, J.POP_JUMP_IF_TRUE);
            break;
          case J.JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP);
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case J.POP_JUMP_IF_FALSE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = J.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case J.POP_JUMP_IF_NOT_NONE:
      case J.POP_JUMP_IF_NONE:
      case J.POP_JUMP_IF_FALSE:
      case J.POP_JUMP_IF_TRUE:
      case J.JUMP:
        if (target.op === J.JUMP) i -= jumpThread(inst, target, inst.op);
        break;
      case Op.SWAP:
        if (arg === 1) {
          inst.op = Op.NOP;
          break;
        }
        i = swaptimize(instrs, i);
        applyStaticSwaps(instrs, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (instrs[i + 1].arg & 1) === 0) {
          inst.op = Op.NOP;
          inst.arg = 0;
          instrs[i + 1].arg |= 1;
        }
        break;
    }
  }
}

/** inline_small_exit_blocks / extend_block */
function inlineSmallExitBlocks(bb: Block): void {
  const last = bb.last;
  if (!last || !isUnconditionalJump(last.op)) return;
  const target = last.target!;
  // 3.11 copies only exit blocks without line numbers (the implicit `return None`).
  if (exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE && target.instrs.every((i) => i.loc.lineno < 0)) {
    last.op = Op.NOP;
    for (const i of target.instrs) bb.instrs.push({ ...i });
  }
}

/** remove_redundant_nops */
export function removeRedundantNops(bb: Block): void {
  const out: Instr[] = [];
  const instrs = bb.instrs;
  let prevLineno = -1;
  for (let src = 0; src < instrs.length; src++) {
    const lineno = instrs[src].loc.lineno;
    if (instrs[src].op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        const nextLineno = instrs[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          instrs[src + 1].loc = { ...instrs[src].loc };
          continue;
        }
      } else {
        let next = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].loc.lineno) continue;
      }
    }
    out.push(instrs[src]);
    prevLineno = lineno;
  }
  bb.instrs = out;
}

function markReachable(entry: Block): void {
  for (const b of layout(entry)) {
    b.predecessors = 0;
    b.visited = false;
  }
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = true;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const i of b.instrs) {
      if (isJump(i.op) || isBlockPush(i.op)) {
        const t = i.target!;
        if (!t.visited) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

/** The jump-target half of eliminate_empty_basic_blocks. */
function retargetPastEmptyBlocks(entry: Block): void {
  for (const b of layout(entry)) {
    for (const i of b.instrs) {
      if (hasTarget(i.op)) {
        let t = i.target!;
        while (t.instrs.length === 0) t = t.next!;
        i.target = t;
      }
    }
  }
}

/** eliminate_empty_basic_blocks; returns the (possibly new) entry block. */
export function eliminateEmptyBlocks(entry: Block): Block {
  for (let b: Block | null = entry; b; b = b.next) {
    let next: Block | null = b.next;
    while (next && next.instrs.length === 0) next = next.next;
    b.next = next;
  }
  while (entry.instrs.length === 0 && entry.next) entry = entry.next;
  for (const b of layout(entry)) {
    for (const i of b.instrs) {
      if (hasTarget(i.op)) {
        let t = i.target!;
        while (t.instrs.length === 0) t = t.next!;
        i.target = t;
      }
    }
  }
  return entry;
}

/**
 * optimize_cfg; returns the entry block. `allBlocks` is every block in
 * creation order: 3.11 extends blocks walking u_blocks (b_list), newest
 * first, so a block extended early can itself be copied into an older one.
 */
export function optimizeCfg(entry: Block, consts: IndexedSet<ConstValue>, allBlocks: readonly Block[]): Block {
  const newestFirst = [...allBlocks].reverse();
  // Jumps skip empty blocks, but 3.11 leaves the empty blocks in the b_next
  // chain until after mark_reachable: a conditional jump over an empty block
  // (`if x:` whose body -O removed) then does not reach its target twice,
  // which would count the target's successors' predecessors twice.
  retargetPastEmptyBlocks(entry);
  for (const b of newestFirst) inlineSmallExitBlocks(b);
  for (const b of layout(entry)) {
    optimizeBasicBlock(b, consts);
    removeRedundantNops(b);
  }
  for (const b of newestFirst) inlineSmallExitBlocks(b);
  markReachable(entry);
  for (const b of layout(entry)) if (b.predecessors === 0) b.instrs = [];
  entry = eliminateEmptyBlocks(entry);
  for (const b of layout(entry)) removeRedundantNops(b);
  // remove_redundant_jumps
  for (const b of layout(entry)) {
    const last = b.last!;
    if (isUnconditionalJump(last.op) && last.target === b.next) last.op = Op.NOP;
  }
  return entry;
}

function isExitWithoutLineno(b: Block): boolean {
  if (!exitsScope(b)) return false;
  return b.instrs.every((i) => i.loc.lineno < 0);
}

/** duplicate_exits_without_lineno: the jumps are visited newest block first (b_list order). */
export function duplicateExitsWithoutLineno(entry: Block, allBlocks: readonly Block[], newBlock: () => Block): void {
  const reachable = new Set(layout(entry));
  for (const b of [...allBlocks].reverse()) {
    if (!reachable.has(b)) continue;
    const last = b.last;
    if (last && isJump(last.op)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const copy = newBlock();
        copy.instrs = target.instrs.map((i) => ({ ...i }));
        copy.instrs[0].loc = { ...last.loc };
        last.target = copy;
        target.predecessors--;
        copy.predecessors = 1;
        copy.next = target.next;
        target.next = copy;
      }
    }
  }
  for (const b of layout(entry)) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0].loc = { ...b.last!.loc };
    }
  }
}

/** propagate_line_numbers: whole locations flow forward within a block and into single-predecessor successors. */
export function propagateLineNumbers(entry: Block): void {
  for (const b of layout(entry)) {
    const last = b.last;
    if (!last) continue;
    let prev = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = { ...prev };
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1 && b.next.instrs[0].loc.lineno < 0) {
      b.next.instrs[0].loc = { ...prev };
    }
    if (isJump(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].loc.lineno < 0) t.instrs[0].loc = { ...prev };
    }
  }
}

/** guarantee_lineno_for_exits */
export function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (const b of layout(entry)) {
    const last = b.last;
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) {
        for (const i of b.instrs) i.loc = { ...i.loc, lineno };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/** normalize_jumps: pseudo jumps become the FORWARD or BACKWARD opcode for the final block order. */
export function normalizeJumps(entry: Block): void {
  for (const b of layout(entry)) b.visited = false;
  for (const b of layout(entry)) {
    b.visited = true;
    const last = b.last;
    if (!last || !isJump(last.op) || last.op >= 0) continue;
    const p = pseudoOpInfo(last.op)!;
    const forward = !last.target!.visited;
    last.op = forward ? p.forward! : p.backward!;
  }
}
