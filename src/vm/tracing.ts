/**
 * sys.settrace / sys.setprofile (Python/ceval.c 3.11: DO_TRACING,
 * maybe_call_line_trace, call_trace_protected, trace_trampoline): 'call' at
 * each RESUME (function start and every generator resumption), 'line' when an
 * instruction starts a new line or a backward jump lands on one, 'opcode'
 * when f_trace_opcodes is set, 'exception' where a traceback entry is added,
 * 'return' at RETURN_VALUE / YIELD_VALUE and (with None) when an exception
 * leaves the frame; the profile function gets call/return and
 * c_call/c_return/c_exception around builtin calls. Trace functions run with
 * tracing suspended, as in CPython.
 */
import type { Value } from '../objects/base';
import { None, typeOf } from '../objects/types';
import { PyBaseException } from '../objects/exceptions';
import { tuple } from '../objects/containers';
import * as A from '../objects/abstract';
import { Op } from './opcodes';
import { type Frame, escapeFrame } from './frame';
import { ts } from './thread_state';

export const tracer = {
  traceFunc: null as Value | null,
  profileFunc: null as Value | null,
  /** > 0 while a trace or profile function runs. */
  tracing: 0,
};

/** Whether the loop must call traceInstruction (read at frame entry and after calls). */
export function useTracing(): boolean {
  return (tracer.traceFunc !== null || tracer.profileFunc !== null) && tracer.tracing === 0;
}

export function setTrace(fn: Value | null): void {
  tracer.traceFunc = fn;
}

export function setProfile(fn: Value | null): void {
  tracer.profileFunc = fn;
}

const firstTraceable = new WeakMap<object, number>();

function entryPoint(f: Frame): number {
  let e = firstTraceable.get(f.code);
  if (e === undefined) {
    const instrs = f.code.instrs!;
    e = 0;
    while (e < instrs.length && (instrs[e] & 255) !== Op.RESUME) e++;
    firstTraceable.set(f.code, e);
  }
  return e;
}

/** Call a trace/profile callback with tracing suspended; a raised exception turns tracing off (trace_trampoline). */
function callTrace(fn: Value, f: Frame, event: string, arg: Value, isProfile: boolean): Value {
  escapeFrame(f);
  tracer.tracing++;
  const saved = ts.frame;
  try {
    return A.call(fn, [f, event, arg]);
  } catch (e) {
    if (isProfile) tracer.profileFunc = null;
    else {
      tracer.traceFunc = null;
      f.trace = null;
    }
    throw e;
  } finally {
    tracer.tracing--;
    ts.frame = saved;
  }
}

/** trace_trampoline for the global trace function and the frame's local one. */
function traceEvent(f: Frame, event: string, arg: Value): void {
  if (tracer.traceFunc === null) return;
  const cb = event === 'call' ? tracer.traceFunc : f.trace;
  if (cb === null) return;
  const r = callTrace(cb, f, event, arg, false);
  if (r !== None) f.trace = r;
  else if (event === 'call') f.trace = null;
}

function profileEvent(f: Frame, event: string, arg: Value): void {
  if (tracer.profileFunc === null) return;
  callTrace(tracer.profileFunc, f, event, arg, true);
}

/** DO_TRACING for the instruction at index i of frame f (prev: the frame's previous instruction). */
export function traceInstruction(f: Frame, i: number): void {
  if (tracer.tracing) return;
  const prev = f.lasti;
  f.lasti = i;
  if (i < entryPoint(f)) return;
  const word = f.code.instrs![i];
  if ((word & 255) === Op.RESUME) {
    f.traceLast = -1;
    profileEvent(f, 'call', None);
    traceEvent(f, 'call', None);
    return;
  }
  if (f.trace === null || tracer.traceFunc === null) return;
  if (f.traceLines) {
    const line = lineAt(f, i);
    const lastLine = prev < 0 ? -1 : lineAt(f, prev);
    const backward = i < prev && (f.code.instrs![prev] & 255) !== Op.SEND;
    if (line !== -1 && (line !== lastLine || (backward && isLineStart(f, i)))) traceEvent(f, 'line', None);
  }
  if (f.traceOpcodes && f.trace !== null) traceEvent(f, 'opcode', None);
}

const lineArrays = new WeakMap<object, Int32Array>();

/** The line of each instruction index (CPython's _co_linearray). */
function lineArray(f: Frame): Int32Array {
  let a = lineArrays.get(f.code);
  if (a === undefined) {
    a = new Int32Array(f.code.instrs!.length).fill(-1);
    for (const [start, end, line] of f.code.co.co_lines()) {
      for (let off = start; off < end; off += 2) a[off >> 1] = line ?? -1;
    }
    lineArrays.set(f.code, a);
  }
  return a;
}

function lineAt(f: Frame, i: number): number {
  return lineArray(f)[i];
}

function isLineStart(f: Frame, i: number): boolean {
  const a = lineArray(f);
  return i === 0 || a[i] !== a[i - 1] || true;
}

/** 'return' from RETURN_VALUE / YIELD_VALUE (value) or an exception leaving the frame (None). */
export function traceReturn(f: Frame, v: Value | null): void {
  if (tracer.tracing) return;
  profileEvent(f, 'return', v ?? None);
  traceEvent(f, 'return', v ?? None);
}

/** 'exception' where the loop adds a traceback entry. */
export function traceException(f: Frame, exc: PyBaseException): void {
  if (tracer.tracing || f.trace === null || tracer.traceFunc === null) return;
  traceEvent(f, 'exception', tuple([typeOf(exc), exc, exc.traceback ?? None]));
}

/** c_call / c_return / c_exception around a builtin called by CALL. */
export function profileCCall(f: Frame, callable: Value, run: () => Value): Value {
  if (tracer.profileFunc === null || tracer.tracing) return run();
  profileEvent(f, 'c_call', callable);
  let r: Value;
  try {
    r = run();
  } catch (e) {
    profileEvent(f, 'c_exception', callable);
    throw e;
  }
  profileEvent(f, 'c_return', callable);
  return r;
}
