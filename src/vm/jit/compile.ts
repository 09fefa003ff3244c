/**
 * When code is compiled to JavaScript, and the compiling itself: a code
 * object is compiled once it is warm (called, or its loops run, often
 * enough), and then every entry into one of its frames (a call, a generator
 * resumed, a hot loop handed over by the interpreter) runs the compiled
 * function. TYPHON_JIT=0 turns compiling off; TYPHON_JIT=all compiles every
 * function before its first run (the test suite runs that way too, so the
 * compiled code is checked against python3 as the interpreter is).
 */
import type { PyCode } from '../../objects/function';
import { decode, newCaches } from '../decode';
import { prepareConsts } from '../consts';
import * as X from '../ops';
import { emitCode, refusal } from './emit';
import { jitRuntime, type JitFunction } from './runtime';
import type { PyTuple } from '../../objects/containers';

function threshold(): number {
  const v = typeof process !== 'undefined' ? process.env.TYPHON_JIT : undefined;
  if (v === '0' || v === 'off') return Infinity;
  if (v === 'all') return 1;
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n >= 1 ? n : 200;
}

/** Entries (calls, and backward jumps counted as entries) after which a code object is compiled. */
export const JIT_THRESHOLD = threshold();

/** The names the generated code uses from the runtime object. */
let prelude: string | null = null;

/**
 * Count one entry (a call, or a loop iteration) into `code`: its compiled
 * function, compiled now if this entry makes it warm, or null.
 */
export function warmJit(code: PyCode): JitFunction | null {
  const j = code.jit;
  if (j !== null) return j;
  if (++code.warm < JIT_THRESHOLD || code.jitTried) return null;
  return compileCode(code);
}

/** Compile `code` (once): its JS function, or null when it stays interpreted. */
export function compileCode(code: PyCode): JitFunction | null {
  if (code.jitTried) return code.jit;
  code.jitTried = true;
  const instrs = code.instrs ?? (code.instrs = decode(code));
  const consts = code.consts ?? prepareConsts(code);
  code.caches ??= newCaches(instrs.length);
  const em = emitCode(code, instrs);
  if (em === null) {
    if (typeof process !== 'undefined' && process.env.TYPHON_JIT_DUMP) process.stderr.write(`// not compiled: ${code.co.co_qualname}: ${refusal}\n`);
    return null;
  }
  if (typeof process !== 'undefined' && process.env.TYPHON_JIT_DUMP) process.stderr.write(`// ${code.co.co_qualname}\n${em.source}\n`);
  const R = jitRuntime();
  prelude ??= `const { ${Object.keys(R).join(', ')} } = R;\n`;
  const kwnames = new Map<number, string[]>();
  for (const [i, k] of em.kwnames) kwnames.set(i, X.kwNames(consts[k] as PyTuple));
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function('R', 'code', 'consts', 'names', 'caches', 'kwnames', prelude + em.source) as (
    ...a: unknown[]
  ) => JitFunction;
  code.jit = factory(R, code, consts, code.co.co_names, code.caches, kwnames);
  return code.jit;
}
