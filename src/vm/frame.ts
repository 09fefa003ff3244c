/**
 * The VM's frame (CPython's _PyInterpreterFrame and PyFrameObject in one):
 * localsplus and the value stack share `s` (locals, cells and free
 * variables first, then the stack), `pc` is the index of the next code unit.
 * The loop keeps pc/sp in JS locals and writes them back here only at calls,
 * returns and exceptions (docs/vm-design.md §6).
 */
import { PyObject, type Value } from '../objects/base';
import type { PyDict } from '../objects/dict';
import type { PyCode, PyFunction } from '../objects/function';
import { frameType } from '../objects/types';

export class Frame extends PyObject {
  s: (Value | null)[];
  sp: number;
  pc = 0;
  /** Index of the instruction being executed (f_lasti / 2). */
  lasti = -1;
  back: Frame | null = null;
  /** The loop returns to its JS caller when this frame returns. */
  entry = false;
  /** The generator/coroutine owning this frame, if any. */
  gen: PyObject | null = null;
  /** Keyword names set by KW_NAMES for the next CALL. */
  kwnames: string[] | null = null;
  /** A frame is "executing" while on the stack. */
  executing = false;
  /** f_trace, f_trace_lines, f_trace_opcodes (vm/tracing.ts). */
  trace: Value | null = null;
  traceLines = true;
  traceOpcodes = false;
  traceLast = -1;
  constructor(
    readonly code: PyCode,
    readonly func: PyFunction | null,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The locals mapping of module and class bodies (and exec/eval), else null. */
    public locals: Value | null,
  ) {
    super(frameType);
    const n = code.nlocalsplus;
    const total = n + code.co.co_stacksize;
    const s: (Value | null)[] = [];
    // A push loop keeps the array PACKED (vm-design §6).
    for (let i = 0; i < total; i++) s.push(null);
    this.s = s;
    this.sp = n;
  }

  /** The line being executed (f_lineno). */
  get lineno(): number {
    return lineForIndex(this.code, this.lasti < 0 ? 0 : this.lasti);
  }
}

/** The source line of the instruction at index `i` (co_lines / PyCode_Addr2Line). */
export function lineForIndex(code: PyCode, i: number): number {
  const off = i * 2;
  for (const [start, end, line] of code.co.co_lines()) {
    if (off >= start && off < end) return line ?? -1;
  }
  return -1;
}
