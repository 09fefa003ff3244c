/**
 * The 3.11 exception table (compile.c assemble_exception_table). No construct
 * the compiler handles yet pushes a handler (SETUP_FINALLY / SETUP_CLEANUP /
 * SETUP_WITH come with try and with), so the table is empty; a block push
 * reaching here is an internal error rather than a silently wrong table.
 */
import { Block, isBlockPush } from './instructions';
import { layout } from './flowgraph';
import { notImplemented } from './errors';

export function assembleExceptionTable(entry: Block): Uint8Array {
  for (const b of layout(entry)) for (const i of b.instrs) if (isBlockPush(i.op)) notImplemented('exception handlers (exception table)');
  return new Uint8Array(0);
}
