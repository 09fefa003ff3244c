/**
 * Per-thread interpreter state (there is one thread): the stack of handled
 * exceptions (CPython's _PyErr_StackItem chain, which generators link their
 * own item into while they run), the frame being executed, the recursion
 * depth and limit.
 */
import type { Value } from '../objects/base';
import type { Frame } from './frame';

export class ExcInfo {
  constructor(
    /** The exception being handled, or null for none. */
    public value: Value | null,
    public previous: ExcInfo | null,
  ) {}
}

export const ts = {
  excInfo: new ExcInfo(null, null),
  frame: null as Frame | null,
  depth: 0,
  recursionLimit: 1000,
  /** Set asynchronously (SIGINT, step mode, budgets); tested at backward jumps and calls. */
  interrupt: false,
  /** Compiled frames nested on the JS stack (vm/jit/runtime.ts NEST_LIMIT). */
  nest: 0,
};

/** _PyErr_GetTopmostException: the innermost exception being handled, or null. */
export function topmostException(): Value | null {
  for (let e: ExcInfo | null = ts.excInfo; e !== null; e = e.previous) {
    if (e.value !== null) return e.value;
  }
  return null;
}
