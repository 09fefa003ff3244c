'use strict';
// Shared parts of the toy eval loops (Q6): CPython 3.11's own bytecode for three
// small programs (taken from python3, so the toys run real co_code with its
// CACHE entries), the decoder, and the few objects the programs need. Every toy
// loop runs the same decoded code and the same objects; only the dispatch
// shape, the value stack and the frames differ.

const { execFileSync } = require('node:child_process');

const SOURCE = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def loop(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

def loop_small(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total
`;

const DUMP = `
import dis, json, sys
src = sys.stdin.read()
ns = {}
exec(compile(src, 'toy', 'exec'), ns)
def code(c):
    return {'name': c.co_name, 'code': list(c.co_code), 'argcount': c.co_argcount,
            'nlocalsplus': len(c.co_varnames) + len(c.co_cellvars) + len(c.co_freevars),
            'stacksize': c.co_stacksize, 'names': list(c.co_names),
            'consts': [k if isinstance(k, (int, str)) and not isinstance(k, bool) else None for k in c.co_consts]}
print(json.dumps({'opmap': dis.opmap, 'cache': {n: dis._inline_cache_entries[o] for n, o in dis.opmap.items()},
                  'hasjrel': [dis.opname[o] for o in dis.hasjrel],
                  'funcs': {n: code(ns[n].__code__) for n in ('fib', 'loop', 'loop_small')}}))
`;

let dumped = null;
function dump() {
  if (dumped === null) dumped = JSON.parse(execFileSync('python3', ['-c', DUMP], { input: SOURCE, encoding: 'utf8' }));
  return dumped;
}
const OP = dump().opmap;

// ---- values --------------------------------------------------------------
const MAX = Number.MAX_SAFE_INTEGER;
const MAXN = BigInt(MAX);
class PyNoneType {}
const None = new PyNoneType(); // JS null is CPython's NULL (PUSH_NULL, unbound locals)

class PyRange { constructor(start, stop, step) { this.start = start; this.stop = stop; this.step = step; } }
class PyRangeIter { constructor(cur, stop, step) { this.cur = cur; this.stop = stop; this.step = step; } }
class PyNative { constructor(name, fn) { this.name = name; this.fn = fn; } }
class PyFunction { constructor(code, globals) { this.code = code; this.globals = globals; } }

function normBig(x) { return x >= -MAXN && x <= MAXN ? Number(x) : x; }
function big(x) { return typeof x === 'bigint' ? x : BigInt(x); }
/** The slow path of BINARY_OP: bigint operands or results (floats, dunders elided in the toy). */
function binaryOpSlow(op, a, b) {
  const x = big(a), y = big(b);
  switch (op) {
    case 0: case 13: return normBig(x + y);
    case 10: case 23: return normBig(x - y);
    case 5: case 18: return normBig(x * y);
    case 6: case 19: { if (y === 0n) throw pyErr('ZeroDivisionError'); let r = x % y; if (r !== 0n && (r < 0n) !== (y < 0n)) r += y; return normBig(r); }
  }
  throw pyErr('TypeError');
}
/** BINARY_OP's int fast path, shared by the variants that call it rather than inline it. */
function binaryOp(op, a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    let r;
    switch (op) {
      case 0: case 13: r = a + b; break;
      case 10: case 23: r = a - b; break;
      case 5: case 18: r = a * b; break;
      case 6: case 19: if (b === 0) return binaryOpSlow(op, a, b); r = a % b; if (r !== 0 && (r < 0) !== (b < 0)) r += b; break;
      default: return binaryOpSlow(op, a, b);
    }
    if (r <= MAX && r >= -MAX) return r;
  }
  return binaryOpSlow(op, a, b);
}
function compareSlow(op, a, b) {
  switch (op) { case 0: return a < b; case 1: return a <= b; case 2: return a == b; case 3: return a != b; case 4: return a > b; case 5: return a >= b; }
  throw pyErr('TypeError');
}
function compareOp(op, a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) { case 0: return a < b; case 1: return a <= b; case 2: return a === b; case 3: return a !== b; case 4: return a > b; case 5: return a >= b; }
  }
  return compareSlow(op, a, b);
}
function isTrueSlow(v) { if (v === None || v === null) return false; if (typeof v === 'number') return v !== 0; if (typeof v === 'bigint') return v !== 0n; return true; }
function getIter(v) { if (v instanceof PyRange) return new PyRangeIter(v.start, v.stop, v.step); throw pyErr('TypeError'); }
/** FOR_ITER on anything but a range iterator: returns null when exhausted (no StopIteration). */
function iterNextSlow(it) { throw pyErr('TypeError'); }

class PyException { constructor(type, args) { this.type = type; this.args = args; } }
function pyErr(type, msg) { return new PyException(type, [msg]); }

// ---- decoding --------------------------------------------------------------
/**
 * The decoded code uses the loop's own dense opcode numbers (hot ones first),
 * so a `switch` over them is one jump table; `sparse` keeps CPython's numbers
 * for the variant that measures the difference.
 */
const DENSE_ORDER = ['CACHE', 'RESUME', 'PRECALL', 'EXTENDED_ARG', 'LOAD_FAST', 'STORE_FAST', 'LOAD_CONST', 'LOAD_GLOBAL', 'BINARY_OP', 'COMPARE_OP', 'POP_JUMP_FORWARD_IF_FALSE', 'GET_ITER', 'FOR_ITER', 'JUMP_BACKWARD', 'CALL', 'RETURN_VALUE'];
const DENSE = new Int32Array(256).fill(255);
DENSE_ORDER.forEach((name, i) => { DENSE[OP[name]] = i; });
/** Dense numbers by name, for the variants that dispatch through tables. */
const D = Object.fromEntries(DENSE_ORDER.map((name, i) => [name, i]));

/**
 * co_code → Int32Array with one entry per code unit, as CPython indexes them:
 * code[i] = opcode | oparg << 8 for an instruction (EXTENDED_ARG folded into the
 * instruction that follows it; relative jumps turned into absolute targets),
 * CACHE units left in place (where specialisation would keep its data).
 */
function decode(c, globals) {
  const { opmap, cache, hasjrel } = dump();
  const jrel = new Set(hasjrel.map((n) => opmap[n]));
  const raw = c.code, n = raw.length >> 1;
  const code = new Int32Array(n), sparse = new Int32Array(n);
  let ext = 0;
  for (let i = 0; i < n; i++) {
    const op = raw[2 * i], arg = raw[2 * i + 1] | ext;
    if (op === opmap.EXTENDED_ARG) { ext = arg << 8; code[i] = DENSE[op]; sparse[i] = op; continue; }
    ext = 0;
    let a = arg;
    const name = Object.keys(opmap).find((k) => opmap[k] === op);
    const next = i + 1 + (cache[name] ?? 0);
    if (jrel.has(op)) a = name.includes('BACKWARD') ? next - arg : next + arg;
    code[i] = DENSE[op] | (a << 8);
    sparse[i] = op | (a << 8);
    i += cache[name] ?? 0; // skip the CACHE units (left as 0)
  }
  return {
    name: c.name, code, sparse, argcount: c.argcount, nlocalsplus: c.nlocalsplus, stacksize: c.stacksize,
    consts: c.consts.map((k) => (k === null ? None : k)), names: c.names, globals,
    ops: null, // closure-compiled form, filled by the variants that use it
  };
}

const builtins = new Map([['range', new PyNative('range', (args) => new PyRange(0, args[0], 1))]]);

/** The module: globals with fib, loop and loop_small as Python functions. */
function makeModule() {
  const globals = new Map();
  const funcs = dump().funcs;
  for (const name of Object.keys(funcs)) globals.set(name, new PyFunction(decode(funcs[name], globals), globals));
  return globals;
}
function loadGlobal(globals, name) {
  const v = globals.get(name);
  if (v !== undefined) return v;
  const b = builtins.get(name);
  if (b !== undefined) return b;
  throw pyErr('NameError', name);
}

/** python3 timing of the same programs (source above). */
function pyVariant(call, ops) {
  return { ops, py: SOURCE + `\ndef bench():\n    return ${call}\n` };
}

/** A frame's localsplus array: locals then the value stack, PACKED_ELEMENTS (new Array(n) would be holey, Array.from slow). */
function newLocalsPlus(n) { const a = []; for (let i = 0; i < n; i++) a.push(null); return a; }

/** Build the benchmark variants of one toy loop style: run(fn, args) → result. */
function variantsFor(label, makeRunner) {
  return {
    [`fib(27): ${label}`]: { ops: FIB_CALLS, setup: () => { const g = makeModule(); const run = makeRunner(g); return () => run(g.get('fib'), [27]); } },
    [`loop(10^7), i*i sum (bigint): ${label}`]: { ops: 1e7, setup: () => { const g = makeModule(); const run = makeRunner(g); return () => run(g.get('loop'), [1e7]); } },
    [`loop_small(10^7), i*i%7 sum: ${label}`]: { ops: 1e7, setup: () => { const g = makeModule(); const run = makeRunner(g); return () => run(g.get('loop_small'), [1e7]); } },
  };
}
const FIB_CALLS = 635621; // calls made by fib(27)

module.exports = {
  OP, D, DENSE_ORDER, None, MAX, PyRange, PyRangeIter, PyNative, PyFunction, PyException, pyErr,
  binaryOp, binaryOpSlow, compareOp, compareSlow, isTrueSlow, getIter, iterNextSlow,
  makeModule, loadGlobal, newLocalsPlus, pyVariant, variantsFor, FIB_CALLS, dump,
};

// The toys' switch statements use literal opcode numbers; check them against python3's.
const EXPECTED = { CACHE: 0, GET_ITER: 68, RETURN_VALUE: 83, FOR_ITER: 93, LOAD_CONST: 100, COMPARE_OP: 107, POP_JUMP_FORWARD_IF_FALSE: 114, LOAD_GLOBAL: 116, BINARY_OP: 122, LOAD_FAST: 124, STORE_FAST: 125, JUMP_BACKWARD: 140, EXTENDED_ARG: 144, RESUME: 151, PRECALL: 166, CALL: 171 };
for (const [k, v] of Object.entries(EXPECTED)) if (OP[k] !== v) throw new Error(`opcode ${k} is ${OP[k]}, the toys assume ${v}`);
