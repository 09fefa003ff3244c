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
  /**
   * Set once anything outside the loop may hold this frame (a traceback,
   * sys._getframe, a trace function, a generator): it is then never
   * recycled for another call.
   */
  escaped = false;
  /** The instance a class call made before this __init__ frame: what the call returns (CALL's fast path). */
  initSelf: Value | null = null;
  constructor(
    readonly code: PyCode,
    public func: PyFunction | null,
    public globals: PyDict,
    public builtins: PyDict,
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

  /**
   * A frame for a call of `func` (whose code is `code`): a recycled one from
   * the code's free list when there is one (CPython's frame data stack),
   * else a new one. Its locals and stack are all NULL.
   */
  static forCall(code: PyCode, func: PyFunction): Frame {
    const free = code.freeFrames;
    if (free !== null && free.length > 0) {
      const f = free.pop()!;
      f.func = func;
      f.globals = func.globals;
      f.builtins = func.builtins;
      return f;
    }
    return new Frame(code, func, func.globals, func.builtins, null);
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

/** Mark a frame and its callers as visible outside the loop (never recycled). */
export function escapeFrame(f: Frame | null): void {
  for (let x = f; x !== null && !x.escaped; x = x.back) x.escaped = true;
}

const MAX_FREE = 16;

/** Return a finished frame to its code's free list when nothing else can see it. */
export function recycleFrame(f: Frame): void {
  if (f.escaped || f.gen !== null || f.locals !== null || f.func === null) return;
  const code = f.code;
  const free = code.freeFrames ?? (code.freeFrames = []);
  if (free.length >= MAX_FREE) return;
  const s = f.s;
  for (let i = 0; i < s.length; i++) s[i] = null;
  f.sp = code.nlocalsplus;
  f.pc = 0;
  f.lasti = -1;
  f.back = null;
  f.entry = false;
  f.kwnames = null;
  f.initSelf = null;
  f.executing = false;
  f.trace = null;
  f.traceLines = true;
  f.traceOpcodes = false;
  f.dict = null;
  free.push(f);
}
