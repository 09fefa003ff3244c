/**
 * The JS compiler's code generator: one code object becomes the source of
 * one JavaScript function that runs its frame exactly as the eval loop does
 * (vm/eval.ts), instruction for instruction, with the dispatch gone: every
 * stack slot is a constant index into the frame's `s` (the depths are
 * static), every operand a constant, every jump a `case` of one switch.
 * Frame state stays where the interpreter keeps it (locals and stack in
 * `f.s`, f.lasti set before anything that can raise), so a frame can pass
 * between the two at any label: a generator suspends in one and resumes in
 * the other, the interpreter hands a hot loop over (OSR), and compiled code
 * hands a frame back when tracing starts.
 *
 * Semantics live in the helpers both tiers call (vm/ops.ts,
 * objects/abstract.ts); what is inlined here is the interpreter's own fast
 * paths, which V8 then specialises per site.
 */
import type { PyCode } from '../../objects/function';
import { CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS } from '../../bytecode/code';
import { Op } from '../opcodes';
import { analyze, effect, isJump, nextIndex } from './analyze';

/** Instructions handed to the interpreter's rareOp as they are. */
const RARE = new Set<number>([
  Op.LIST_EXTEND, Op.BUILD_SET, Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE,
  Op.BEFORE_WITH, Op.WITH_EXCEPT_START, Op.IMPORT_NAME, Op.IMPORT_FROM, Op.PRINT_EXPR,
  Op.GET_YIELD_FROM_ITER, Op.SEND, Op.GET_AWAITABLE, Op.GET_AITER, Op.GET_ANEXT, Op.END_ASYNC_FOR,
  Op.BEFORE_ASYNC_WITH, Op.ASYNC_GEN_WRAP, Op.MATCH_MAPPING, Op.MATCH_SEQUENCE, Op.MATCH_KEYS, Op.MATCH_CLASS,
  Op.CHECK_EG_MATCH, Op.PREP_RERAISE_STAR,
]);

/** Code objects larger than this stay interpreted (V8 optimises huge functions badly, and they are rarely hot). */
const MAX_UNITS = 6000;

const COMPARE = ['<', '<=', '===', '!==', '>', '>='];

export interface Emitted {
  /** The body of a factory `(R, consts, names, caches, kwnames) => function`. */
  source: string;
  /** The co_consts index of each KW_NAMES tuple, by instruction index. */
  kwnames: Map<number, number>;
}

const lastiAt = (i: number): string => `f.lasti = ${i};`;

/** BINARY_OP: the interpreter's small-int fast path for the operator inline, the rest in binarySlow. */
function binaryOp(arg: number, P: number, i: number, st: (j: number) => string): string {
  let fast: string;
  switch (arg) {
    case 0:
    case 13:
      fast = `if (typeof x === 'number' && typeof y === 'number' && (r = x + y) <= MAX && r >= -MAX) {} else if (typeof x === 'string' && typeof y === 'string') r = x + y;`;
      break;
    case 10:
    case 23:
      fast = `if (typeof x === 'number' && typeof y === 'number' && (r = x - y) <= MAX && r >= -MAX) {}`;
      break;
    case 5:
    case 18:
      fast = `if (typeof x === 'number' && typeof y === 'number' && (r = x * y) <= MAX && r >= -MAX) { if (r === 0) r = 0; }`;
      break;
    case 6:
    case 19:
      fast = 'if (typeof x === \'number\' && typeof y === \'number\' && y !== 0) { r = x % y; if (r !== 0 && r < 0 !== y < 0) r += y; if (r === 0) r = 0; }';
      break;
    case 2:
    case 15:
      fast = 'if (typeof x === \'number\' && typeof y === \'number\' && y !== 0) r = intFloorDivFast(x, y);';
      break;
    default:
      // Floats and everything else: out of line (a smaller function compiles faster in V8).
      return `${lastiAt(i)} ${st(P - 2)} = binarySlow(${st(P - 2)}, ${st(P - 1)}, ${arg});`;
  }
  return `{ const x = ${st(P - 2)}, y = ${st(P - 1)}; let r; ${fast} else { ${lastiAt(i)} r = binarySlow(x, y, ${arg}); } ${st(P - 2)} = r; }`;
}

/** JS for the instruction at `i`, or null when it is not supported here. */
function emitInstr(op: number, arg: number, i: number, d: number, nl: number, kw: string | null, bound: Set<number>): string | null {
  const P = nl + d;
  /** Slot j of the frame: a local in s, a stack value in its JS variable. */
  const st = (j: number): string => (j >= nl ? `t${j - nl}` : `s[${j}]`);
  /** Write the stack values below depth n to the frame (for code that reads the frame). */
  const sync = (n: number): string => {
    let r = '';
    for (let k = 0; k < n; k++) r += `s[${nl + k}] = t${k}; `;
    return r;
  };
  const load = (n: number): string => {
    let r = '';
    for (let k = 0; k < n; k++) r += `t${k} = s[${nl + k}]; `;
    return r;
  };
  const bail = (sp: number): string =>
    `if ((tracer.traceFunc !== null || tracer.profileFunc !== null) && useTracing()) { f.pc = ${next}; f.sp = ${sp}; break outer; }`;
  const next = nextIndex(op, i);
  const jump = `pc = ${arg}; continue;`;
  const setLasti = `f.lasti = ${i};`;
  switch (op) {
    case Op.NOP:
    case Op.RESUME:
    case Op.EXTENDED_ARG:
    case Op.POP_TOP:
    case Op.KW_NAMES:
      return '';
    case Op.LOAD_FAST:
      if (bound.has(arg)) return `${st(P)} = s[${arg}];`;
      return `{ const v = s[${arg}]; if (v === null) { ${setLasti} unboundLocal(code, ${arg}); } ${st(P)} = v; }`;
    case Op.LOAD_CONST:
      return `${st(P)} = k${arg};`;
    case Op.STORE_FAST:
      return `s[${arg}] = ${st(P - 1)};`;
    case Op.PUSH_NULL:
      return `${st(P)} = null;`;
    case Op.COPY:
      return `${st(P)} = ${st(P - arg)};`;
    case Op.SWAP:
      return `{ const t = ${st(P - 1)}; ${st(P - 1)} = ${st(P - arg)}; ${st(P - arg)} = t; }`;
    case Op.BINARY_OP:
      return binaryOp(arg, P, i, st);
    case Op.COMPARE_OP:
      return `{ const x = ${st(P - 2)}, y = ${st(P - 1)}; ${st(P - 2)} = typeof x === 'number' && typeof y === 'number' ? x ${COMPARE[arg]} y : (f.lasti = ${i}, richCompare(x, y, ${arg})); }`;
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE: {
      const onTrue = op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
      const back = op === Op.POP_JUMP_BACKWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
      const test = onTrue
        ? `v === true || (v !== false && (f.lasti = ${i}, isTrue(v)))`
        : `v === false || (v !== true && (f.lasti = ${i}, !isTrue(v)))`;
      const intr = back ? `if (ts.interrupt) { ${setLasti} checkInterrupt(); } ` : '';
      return `{ const v = ${st(P - 1)}; if (${test}) { ${intr}${jump} } }`;
    }
    case Op.POP_JUMP_FORWARD_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NONE:
      return `if (${st(P - 1)} === None) { ${jump} }`;
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
      return `if (${st(P - 1)} !== None) { ${jump} }`;
    case Op.JUMP_IF_FALSE_OR_POP:
      return `{ const v = ${st(P - 1)}; ${setLasti} if (v === false || (v !== true && !isTrue(v))) { ${jump} } }`;
    case Op.JUMP_IF_TRUE_OR_POP:
      return `{ const v = ${st(P - 1)}; ${setLasti} if (v === true || (v !== false && isTrue(v))) { ${jump} } }`;
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
      return jump;
    case Op.JUMP_BACKWARD:
      // As the interpreter: an interrupt is raised with f_lasti just before the loop head.
      return `if (ts.interrupt) { f.lasti = ${arg - 1}; checkInterrupt(); } ${jump}`;
    case Op.LOAD_GLOBAL: {
      const name = `n${arg >> 1}`;
      const push = arg & 1 ? `${st(P)} = null; ${st(P + 1)} = v;` : `${st(P)} = v;`;
      return `{ const c = caches[${i}]; const g = f.globals; let v;
        if (c !== null && c.g === g && c.gv === g.keysVersion && c.b === null) v = g.vals[c.idx];
        else { ${setLasti} v = loadGlobalMiss(f, ${name}, caches, ${i}); }
        ${push} }`;
    }
    case Op.STORE_GLOBAL:
      return `f.globals.set(n${arg}, ${st(P - 1)});`;
    case Op.DELETE_GLOBAL:
      return `if (f.globals.delete(n${arg}) === null) { ${setLasti} nameError(n${arg}); }`;
    case Op.LOAD_ATTR:
      return `{ const o = ${st(P - 1)}; const c = caches[${i}];
        if (c !== null && typeof o === 'object' && o.ob_type === c.type && c.type.version === c.version && c.prop === null) {
          if (c.module === null) {
            // Instances of one class mostly hold their attributes at the same entry: try the
            // index last seen here (c.idx) before the dict's map.
            const dd = o.dict;
            if (dd !== null) {
              const h = c.idx;
              if (dd.keys[h] === n${arg}) { ${st(P - 1)} = dd.vals[h]; break a${i}; }
              const k = dd.lookupIndex(n${arg});
              if (k >= 0) { c.idx = k; ${st(P - 1)} = dd.vals[k]; break a${i}; }
            }
          } else if (c.module === o.dict && c.module.keysVersion === c.kv) { ${st(P - 1)} = c.module.vals[c.idx]; break a${i}; }
        }
        ${setLasti} const r = loadAttrMiss(o, n${arg}, caches, ${i});
        if (r === EXC) { exc = takeExc(); errAt = ${i}; break dispatch; }
        ${st(P - 1)} = r; ${bail(P)} }`;
    case Op.STORE_ATTR:
      return `{ const o = ${st(P - 1)}, v = ${st(P - 2)}; const c = caches[${i}];
        if (c !== null && typeof o === 'object' && o.ob_type === c.type && c.type.version === c.version && o.dict !== null) {
          const dd = o.dict; const h = c.idx;
          if (dd.keys[h] === n${arg}) dd.vals[h] = v;
          else { dd.set(n${arg}, v); const k = dd.lookupIndex(n${arg}); if (k >= 0) c.idx = k; }
        }
        else { ${setLasti} storeAttrSlow(o, n${arg}, v, caches, ${i}); } }`;
    case Op.DELETE_ATTR:
      return `${setLasti} delAttr(${st(P - 1)}, n${arg});`;
    case Op.LOAD_METHOD:
      return `{ const o = ${st(P - 1)}; const c = caches[${i}];
        if (c !== null && typeof o === 'object' && o.ob_type === c.type && c.type.version === c.version && (o.dict === null || o.dict.getStr(n${arg}) === null)) {
          ${st(P - 1)} = c.descr; ${st(P)} = o;
        } else {
          ${setLasti} const m = loadMethodSlow(o, n${arg}, caches, ${i});
          if (m !== null) { ${st(P - 1)} = m; ${st(P)} = o; } else { ${st(P - 1)} = null; ${st(P)} = getAttr(o, n${arg}); }
        } }`;
    case Op.PRECALL: {
      const low = P - arg - 2;
      return `if (${st(low)} === null) { const c = ${st(low + 1)}; if (c instanceof PyMethod) { ${st(low)} = c.func; ${st(low + 1)} = c.self; } }`;
    }
    case Op.CALL: {
      const low = P - arg - 2;
      const args: string[] = [];
      for (let k = low + 2; k < P; k++) args.push(st(k));
      const generic = `${st(low)} === null ? callAt(${st(low + 1)}, [${args.join(', ')}], ${kw ?? 'null'}) : callAt(${st(low)}, [${[st(low + 1), ...args].join(', ')}], ${kw ?? 'null'})`;
      // A compiled Python function taking exactly these positional arguments: its frame made and
      // entered right here, where V8 sees one callee per site and may inline it.
      let direct = '';
      if (kw === null) {
        const fill = args.map((a, k) => `ns[o + ${k}] = ${a};`).join(' ');
        direct = `const m = ${st(low)} !== null; const c = m ? ${st(low)} : ${st(low + 1)};
        if (c instanceof PyFunction && c.code.jit !== null && c.code.simpleArgs === ${arg} + (m ? 1 : 0) && ts.nest < NEST_LIMIT
          && tracer.traceFunc === null && tracer.profileFunc === null) {
          const nf = forCall(c.code, c); const ns = nf.s; let o = 0;
          if (m) { ns[0] = ${st(low + 1)}; o = 1; } ${fill}
          r = c.code.jit(nf, null);
        } else `;
      }
      return `{ ${setLasti} let r; ${direct}r = ${generic};
        if (r === EXC) { exc = takeExc(); errAt = ${i}; break dispatch; }
        ${st(low)} = r; ${bail(low + 1)} }`;
    }
    case Op.CALL_FUNCTION_EX: {
      const hasKw = arg & 1;
      const top = hasKw ? P - 1 : P;
      const low = top - 3;
      return `${setLasti} ${st(low)} = callEx(${st(top - 2)}, ${st(top - 1)}, ${hasKw ? `${st(P - 1)}` : 'null'});
        ${bail(low + 1)}`;
    }
    case Op.RETURN_VALUE:
      return `{ const v = ${st(P - 1)}; f.executing = false; f.sp = ${P - 1}; SUSPENDED.value = false; clearFrame(f); return v; }`;
    case Op.GET_ITER:
      return `${setLasti} ${st(P - 1)} = getIter(${st(P - 1)});`;
    case Op.FOR_ITER:
      return `{ const it = ${st(P - 1)}; ${setLasti}
        const v = it instanceof PyNativeIter && (it.ob_type.flags & 512) === 0 ? it.next() : iterNext(it);
        if (v === null) { ${jump} } ${st(P)} = v; }`;
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST: {
      const items: string[] = [];
      for (let k = P - arg; k < P; k++) items.push(st(k));
      return op === Op.BUILD_TUPLE ? `${st(P - arg)} = tuple([${items.join(', ')}]);` : `${st(P - arg)} = new PyList([${items.join(', ')}]);`;
    }
    case Op.LIST_APPEND:
      return `${st(P - 1 - arg)}.items.push(${st(P - 1)});`;
    case Op.BINARY_SUBSCR:
      return `{ const o = ${st(P - 2)}, k = ${st(P - 1)}; ${setLasti}
        if (o instanceof PyList && typeof k === 'number' && o.ob_type === listType) {
          const n = o.items.length; const j = k < 0 ? k + n : k;
          if (j >= 0 && j < n) { ${st(P - 2)} = o.items[j]; break a${i}; }
        }
        ${st(P - 2)} = getItem(o, k); }`;
    case Op.STORE_SUBSCR:
      return `{ const k = ${st(P - 1)}, o = ${st(P - 2)}, v = ${st(P - 3)}; ${setLasti}
        if (o instanceof PyList && typeof k === 'number' && o.ob_type === listType) {
          const n = o.items.length; const j = k < 0 ? k + n : k;
          if (j >= 0 && j < n) { o.items[j] = v; break a${i}; }
        }
        setItem(o, k, v); }`;
    case Op.DELETE_SUBSCR:
      return `${setLasti} delItem(${st(P - 2)}, ${st(P - 1)});`;
    case Op.IS_OP:
      return `${st(P - 2)} = ${st(P - 2)} ${arg === 1 ? '!==' : '==='} ${st(P - 1)};`;
    case Op.CONTAINS_OP:
      return `${setLasti} ${st(P - 2)} = ${arg === 1 ? '!' : ''}contains(${st(P - 1)}, ${st(P - 2)});`;
    case Op.UNARY_NOT:
      return `{ const v = ${st(P - 1)}; ${setLasti} ${st(P - 1)} = v === true ? false : v === false ? true : !isTrue(v); }`;
    case Op.UNARY_NEGATIVE:
      return `{ const v = ${st(P - 1)}; if (typeof v === 'number') ${st(P - 1)} = v === 0 ? 0 : -v; else { ${setLasti} ${st(P - 1)} = unaryOp(v, '__neg__', '-'); } }`;
    case Op.UNARY_POSITIVE:
      return `${setLasti} ${st(P - 1)} = unaryOp(${st(P - 1)}, '__pos__', '+');`;
    case Op.UNARY_INVERT:
      return `${setLasti} ${st(P - 1)} = unaryOp(${st(P - 1)}, '__invert__', '~');`;
    case Op.MAKE_CELL:
      return `s[${arg}] = new PyCell(s[${arg}]);`;
    case Op.COPY_FREE_VARS: {
      const parts = [`const cl = f.func.closure.items;`];
      for (let k = 0; k < arg; k++) parts.push(`s[${nl - arg + k}] = cl[${k}];`);
      return `{ ${parts.join(' ')} }`;
    }
    case Op.LOAD_CLOSURE:
      return `${st(P)} = s[${arg}];`;
    case Op.LOAD_DEREF:
      return `{ const v = s[${arg}].ref; if (v === null) { ${setLasti} unboundLocal(code, ${arg}); } ${st(P)} = v; }`;
    case Op.STORE_DEREF:
      return `s[${arg}].ref = ${st(P - 1)};`;
    case Op.DELETE_DEREF:
      return `{ const c = s[${arg}]; if (c.ref === null) { ${setLasti} unboundLocal(code, ${arg}); } c.ref = null; }`;
    case Op.DELETE_FAST:
      return `if (s[${arg}] === null) { ${setLasti} unboundLocal(code, ${arg}); } s[${arg}] = null;`;
    case Op.MAKE_FUNCTION: {
      let q = P - 1;
      const parts = [`${setLasti} const fn = makeFunction(f, ${st(q)});`];
      if (arg & 8) parts.push(`fn.closure = ${st(--q)};`);
      if (arg & 4) parts.push(`fn.annotations = ${st(--q)};`);
      if (arg & 2) parts.push(`fn.kwdefaults = ${st(--q)};`);
      if (arg & 1) parts.push(`fn.defaults = ${st(--q)};`);
      parts.push(`${st(q)} = fn;`);
      return `{ ${parts.join(' ')} }`;
    }
    case Op.RAISE_VARARGS: {
      const a = arg === 0 ? 'null, null' : arg === 1 ? `${st(P - 1)}, null` : `${st(P - 2)}, ${st(P - 1)}`;
      return `{ ${setLasti} const r = doRaise(${a}); exc = r.exc; addTb = !r.reraise; errAt = ${i}; break dispatch; }`;
    }
    case Op.RERAISE: {
      const lasti = arg ? `{ const l = ${st(P - arg - 1)}; if (typeof l === 'number') f.lasti = l; }` : setLasti;
      return `{ ${lasti} errAt = ${i}; exc = ${st(P - 1)}; addTb = false; break dispatch; }`;
    }
    case Op.PUSH_EXC_INFO:
      return `{ const v = ${st(P - 1)}; const prev = ts.excInfo.value; ${st(P - 1)} = prev === null ? None : prev; ${st(P)} = v; ts.excInfo.value = v; }`;
    case Op.POP_EXCEPT:
      return `{ const v = ${st(P - 1)}; ts.excInfo.value = v === None ? null : v; }`;
    case Op.CHECK_EXC_MATCH:
      return `${setLasti} checkExceptType(${st(P - 1)}); ${st(P - 1)} = excMatches(${st(P - 2)}, ${st(P - 1)});`;
    case Op.LOAD_ASSERTION_ERROR:
      return `${st(P)} = AssertionError;`;
    case Op.LOAD_BUILD_CLASS:
      return `{ const bc = f.builtins.getStr('__build_class__'); if (bc === null) { ${setLasti} buildClassMissing(); } ${st(P)} = bc; }`;
    case Op.UNPACK_SEQUENCE: {
      const parts = [`${setLasti} const v = ${st(P - 1)}; let items;`,
        `if (v instanceof PyTuple && v.items.length === ${arg} && v.ob_type === tupleType) items = v.items;`,
        `else if (v instanceof PyList && v.items.length === ${arg} && v.ob_type === listType) items = v.items;`,
        `else items = unpackIterable(v, ${arg}, -1);`];
      for (let k = 0; k < arg; k++) parts.push(`${st(P - 1 + k)} = items[${arg - 1 - k}];`);
      return `{ ${parts.join(' ')} }`;
    }
    case Op.UNPACK_EX: {
      const before = arg & 0xff;
      const after = arg >> 8;
      const count = before + 1 + after;
      const parts = [`${setLasti} const items = unpackIterable(${st(P - 1)}, ${before}, ${after});`];
      for (let k = 0; k < count; k++) parts.push(`${st(P - 1 + k)} = items[${count - 1 - k}];`);
      return `{ ${parts.join(' ')} }`;
    }
    case Op.BUILD_SLICE:
      return arg === 3
        ? `${st(P - 3)} = makeSlice(${st(P - 3)}, ${st(P - 2)}, ${st(P - 1)});`
        : `${st(P - 2)} = makeSlice(${st(P - 2)}, ${st(P - 1)}, None);`;
    case Op.BUILD_STRING: {
      let parts = '';
      for (let q = P - arg; q < P; q++) parts += `p = ${st(q)}; if (typeof p === 'string') r += p; else { wide = true; r += strValue(p); } `;
      return `{ let r = ''; let wide = false; let p; ${parts}${st(P - arg)} = wide ? mkStr(r) : r; }`;
    }
    case Op.FORMAT_VALUE:
      return arg & 4
        ? `${setLasti} ${st(P - 2)} = formatValue(${st(P - 2)}, ${arg & 3}, ${st(P - 1)});`
        : `${setLasti} ${st(P - 1)} = formatValue(${st(P - 1)}, ${arg & 3}, null);`;
    case Op.BUILD_MAP: {
      let parts = '';
      for (let q = P - 2 * arg; q < P; q += 2) parts += `dd.set(${st(q)}, ${st(q + 1)}); `;
      return `{ ${setLasti} const dd = new PyDict(); ${parts}${st(P - 2 * arg)} = dd; }`;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      let parts = '';
      for (let q = 0; q < arg; q++) parts += `dd.set(keys[${q}], ${st(P - 1 - arg + q)}); `;
      return `{ ${setLasti} const keys = ${st(P - 1)}.items; const dd = new PyDict(); ${parts}${st(P - 1 - arg)} = dd; }`;
    }
    case Op.MAP_ADD:
      return `${setLasti} ${st(P - 2 - arg)}.set(${st(P - 2)}, ${st(P - 1)});`;
    case Op.SET_ADD:
      return `${setLasti} ${st(P - 1 - arg)}.add(${st(P - 1)});`;
    case Op.LIST_TO_TUPLE:
      return `${st(P - 1)} = tuple(${st(P - 1)}.items.slice());`;
    case Op.GET_LEN:
      return `${setLasti} ${st(P)} = len(${st(P - 1)});`;
    case Op.RETURN_GENERATOR:
      return `{ ${setLasti} ${sync(d)}const gen = makeGenerator(f); f.pc = ${next}; f.sp = ${P}; f.executing = false; SUSPENDED.value = false; f.back = null; f.entry = false; return gen; }`;
    case Op.YIELD_VALUE:
      return `{ const v = ${st(P - 1)}; ${sync(d - 1)}f.pc = ${next}; f.sp = ${P - 1}; ${setLasti} f.executing = false; SUSPENDED.value = true; f.back = null; return v; }`;
  }
  if (RARE.has(op)) {
    const after = isJump(op) ? ` if (jumpTarget.pc >= 0) { jumpTarget.pc = -1; ${jump} }` : '';
    const out = Math.max(d + effect(op, arg, false), isJump(op) ? d + effect(op, arg, true) : 0);
    return `${setLasti} ${sync(d)}rareOp(f, ${op}, ${arg}, ${P}, ${i + 1}); ${load(out)}${after}`;
  }
  return null;
}

/**
 * COMPARE_OP followed by a POP_JUMP_IF_FALSE/TRUE that nothing else jumps
 * to, as one test: small ints compare without making a bool; anything else
 * is the comparison and then the jump's truth test, each with its own
 * f_lasti as in the interpreter.
 */
function compareAndJump(instrs: Int32Array, labels: Set<number>, cmp: number, i: number, d: number): string | null {
  const j = nextIndex(Op.COMPARE_OP, i);
  if (j >= instrs.length || labels.has(j)) return null;
  const op = instrs[j] & 255;
  const target = instrs[j] >> 8;
  const onFalse = op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_FALSE;
  const onTrue = op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
  if (!onFalse && !onTrue) return null;
  const back = op === Op.POP_JUMP_BACKWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
  const intr = back ? `if (ts.interrupt) { f.lasti = ${j}; checkInterrupt(); } ` : '';
  return `{ const x = t${d - 2}, y = t${d - 1}; let c;
    if (typeof x === 'number' && typeof y === 'number') c = x ${COMPARE[cmp]} y;
    else { f.lasti = ${i}; const v = richCompare(x, y, ${cmp}); f.lasti = ${j}; c = v === true || (v !== false && isTrue(v)); }
    if (${onFalse ? '!c' : 'c'}) { ${intr}pc = ${target}; continue; } }`;
}

/** Why the last emitCode returned null (TYPHON_JIT_DUMP prints it). */
export let refusal = '';

/** The factory source for `code`, or null when it has something this compiler does not take. */
export function emitCode(code: PyCode, instrs: Int32Array): Emitted | null {
  const co = code.co;
  refusal = 'a module or class body';
  if ((co.co_flags & (CO_OPTIMIZED | CO_NEWLOCALS)) !== (CO_OPTIMIZED | CO_NEWLOCALS)) return null;
  refusal = 'too large';
  if (instrs.length > MAX_UNITS) return null;
  refusal = 'inconsistent stack depths';
  const an = analyze(code, instrs);
  if (an === null) return null;
  const nl = code.nlocalsplus;
  const out: string[] = [];
  // Parameters are bound when the frame starts and only DELETE_FAST unbinds a fast local:
  // those never deleted need no unbound check.
  const bound = new Set<number>();
  const nparams = co.co_argcount + co.co_kwonlyargcount + (co.co_flags & CO_VARARGS ? 1 : 0) + (co.co_flags & CO_VARKEYWORDS ? 1 : 0);
  for (let k = 0; k < nparams; k++) bound.add(k);
  for (let i = 0; i < instrs.length; i++) if ((instrs[i] & 255) === Op.DELETE_FAST) bound.delete(instrs[i] >> 8);
  const kwnames = new Map<number, number>();
  const usedConsts = new Set<number>();
  const usedNames = new Set<number>();
  let kw: string | null = null;
  for (let i = 0; i < instrs.length; i++) {
    const d = an.depth[i];
    if (d < 0) continue;
    const word = instrs[i];
    const op = word & 255;
    const arg = word >> 8;
    if (an.labels.has(i)) out.push(`case ${i}:`);
    if (op === Op.KW_NAMES) {
      kw = `kw${i}`;
      kwnames.set(i, arg);
    }
    const fused = op === Op.COMPARE_OP ? compareAndJump(instrs, an.labels, arg, i, d) : null;
    if (fused !== null) {
      // The jump is part of the comparison's code: nothing of its own.
      out.push(fused);
      i = nextIndex(op, i);
      continue;
    }
    const js = emitInstr(op, arg, i, d, nl, op === Op.CALL ? kw : null, bound);
    if (js === null) {
      refusal = `instruction ${op}`;
      return null;
    }
    if (op === Op.CALL) kw = null;
    if (op === Op.LOAD_CONST) usedConsts.add(arg);
    if (op === Op.LOAD_GLOBAL) usedNames.add(arg >> 1);
    else if (op === Op.LOAD_ATTR || op === Op.STORE_ATTR || op === Op.DELETE_ATTR || op === Op.LOAD_METHOD
      || op === Op.STORE_GLOBAL || op === Op.DELETE_GLOBAL) usedNames.add(arg);
    // Blocks that `break` to skip their slow path get a label of their own.
    out.push(/break a\d+;/.test(js) ? `a${i}: ${js}` : js);
  }
  const decls: string[] = [];
  for (const k of usedConsts) decls.push(`const k${k} = consts[${k}];`);
  for (const n of usedNames) decls.push(`const n${n} = names[${n}];`);
  for (const [i] of kwnames) decls.push(`const kw${i} = kwnames.get(${i});`);
  // The stack as JS variables, loaded from the frame on entry (a resumed generator, a loop handed over).
  const nstack = Math.max(co.co_stacksize, 1);
  let syncAll = '';
  for (let k = 0; k < nstack; k++) syncAll += `s[${nl + k}] = t${k}; `;
  const tvars: string[] = [];
  for (let k = 0; k < nstack; k++) tvars.push(`t${k} = s[${nl + k}]`);
  // A handler starts with [lasti,] exc pushed at its depth.
  const pushes = new Map<string, string>();
  for (const h of an.handlers) {
    const key = `${h.depth},${h.lasti ? 1 : 0}`;
    pushes.set(key, h.lasti ? `t${h.depth} = f.lasti; t${h.depth + 1} = exc;` : `t${h.depth} = exc;`);
  }
  const handlerPush = [...pushes].map(([key, js]) => {
    const [dep, l] = key.split(',');
    return `if (h.depth === ${dep} && h.lasti === ${l === '1'}) { ${js} }`;
  }).join(' else ');
  const source = `${decls.join('\n')}
return function ${jsName(co.co_name)}(f, throwExc) {
  if (++ts.depth > ts.recursionLimit) { ts.depth--; recursionError(); }
  const depth0 = ts.depth - 1;
  const callerFrame = ts.frame;
  f.entry = true;
  f.back = callerFrame;
  f.executing = true;
  ts.frame = f;
  ts.nest++;
  const s = f.s;
  let ${tvars.join(', ')};
  let pc = f.pc;
  let exc = throwExc;
  let errAt = f.lasti;
  let addTb = true;
  try {
    outer: for (;;) {
      if (exc === null) {
        try {
          dispatch: switch (pc) {
${out.join('\n')}
            default: badEntry(pc);
          }
        } catch (e) {
          errAt = f.lasti;
          if (e instanceof Reraise) { exc = e.exc; addTb = false; }
          else { exc = toPyException(e); if (exc.traceback === null) setContext(exc); addTb = true; }
        }
      }
      if (addTb) addTraceback(exc, f);
      addTb = true;
      const h = findHandler(code, errAt);
      if (h === null) {
        f.executing = false;
        clearFrame(f);
        // Raised to the caller as a return value: V8 counts a function that only ever throws as cold.
        raised.exc = exc;
        exc = null;
        return EXC;
      }
      ${handlerPush}
      pc = h.target;
      exc = null;
    }
  } finally {
    ts.frame = callerFrame;
    ts.depth = depth0;
    ts.nest--;
  }
  // Tracing started in a call: the interpreter goes on from f.pc with the stack written back
  // (slots above f.sp included, which it never reads).
  ${syncAll}
  return interpret(f, null);
};`;
  return { source, kwnames };
}

/** A JS identifier from the code's name, for profiles and stack traces. */
function jsName(name: string): string {
  return `py_${name.replace(/[^A-Za-z0-9_$]/g, '_')}`;
}
