'use strict';
// Toy eval loop: "closure compilation". Each code object is compiled once into
// an array of closures, one per instruction, with the argument (and, for
// BINARY_OP, the operator) fixed at compile time; the loop is
// `pc = ops[pc](frame)`. A closure returns -1 when it changed the current frame
// (call, return). JS has no computed goto and no guaranteed tail calls, so this
// ("call threading") is the closest it gets to direct threading.

const C = require('./toy_common');
const { D, MAX, PyFunction, PyNative, PyRangeIter } = C;

class Frame {
  constructor(fn, back) {
    const code = fn.code;
    this.code = code;
    this.globals = fn.globals;
    this.lp = C.newLocalsPlus(code.nlocalsplus + code.stacksize);
    this.sp = code.nlocalsplus;
    this.pc = 0;
    this.back = back;
  }
}
const vm = { frame: null, result: null, interrupt: false };

function intOp(op) {
  switch (op) {
    case 0: case 13: return (f) => { const b = f.lp[--f.sp], a = f.lp[f.sp - 1]; let r; if (typeof a === 'number' && typeof b === 'number' && (r = a + b) <= MAX && r >= -MAX) f.lp[f.sp - 1] = r; else f.lp[f.sp - 1] = C.binaryOpSlow(op, a, b); };
    case 10: case 23: return (f) => { const b = f.lp[--f.sp], a = f.lp[f.sp - 1]; let r; if (typeof a === 'number' && typeof b === 'number' && (r = a - b) <= MAX && r >= -MAX) f.lp[f.sp - 1] = r; else f.lp[f.sp - 1] = C.binaryOpSlow(op, a, b); };
    case 5: case 18: return (f) => { const b = f.lp[--f.sp], a = f.lp[f.sp - 1]; let r; if (typeof a === 'number' && typeof b === 'number' && (r = a * b) <= MAX && r >= -MAX) f.lp[f.sp - 1] = r; else f.lp[f.sp - 1] = C.binaryOpSlow(op, a, b); };
    default: return (f) => { const b = f.lp[--f.sp], a = f.lp[f.sp - 1]; f.lp[f.sp - 1] = C.binaryOp(op, a, b); };
  }
}

function compile(code) {
  const ops = new Array(code.code.length).fill(null);
  for (let pc = 0; pc < code.code.length; pc++) {
    const word = code.code[pc], op = word & 255, arg = word >> 8, next = pc + 1;
    switch (op) {
      case D.CACHE: case D.RESUME: case D.PRECALL: case D.EXTENDED_ARG: ops[pc] = () => next; break;
      case D.LOAD_FAST: ops[pc] = (f) => { const v = f.lp[arg]; if (v === null) throw C.pyErr('UnboundLocalError'); f.lp[f.sp++] = v; return next; }; break;
      case D.STORE_FAST: ops[pc] = (f) => { f.lp[arg] = f.lp[--f.sp]; return next; }; break;
      case D.LOAD_CONST: { const k = code.consts[arg]; ops[pc] = (f) => { f.lp[f.sp++] = k; return next; }; break; }
      case D.LOAD_GLOBAL: { const name = code.names[arg >> 1], push = arg & 1; ops[pc] = (f) => { if (push) f.lp[f.sp++] = null; f.lp[f.sp++] = C.loadGlobal(f.globals, name); return next + 5; }; break; }
      case D.BINARY_OP: { const body = intOp(arg); ops[pc] = (f) => { body(f); return next + 1; }; break; }
      case D.COMPARE_OP: ops[pc] = (f) => { const b = f.lp[--f.sp], a = f.lp[f.sp - 1]; f.lp[f.sp - 1] = typeof a === 'number' && typeof b === 'number' && arg === 0 ? a < b : C.compareOp(arg, a, b); return next + 2; }; break;
      case D.POP_JUMP_FORWARD_IF_FALSE: ops[pc] = (f) => { const v = f.lp[--f.sp]; return v === false || (v !== true && !C.isTrueSlow(v)) ? arg : next; }; break;
      case D.GET_ITER: ops[pc] = (f) => { f.lp[f.sp - 1] = C.getIter(f.lp[f.sp - 1]); return next; }; break;
      case D.FOR_ITER: ops[pc] = (f) => {
        const it = f.lp[f.sp - 1];
        if (it instanceof PyRangeIter) {
          const v = it.cur;
          if (v < it.stop) { it.cur = v + it.step; f.lp[f.sp++] = v; return next; }
          f.lp[--f.sp] = null; return arg;
        }
        const v = C.iterNextSlow(it);
        if (v !== null) { f.lp[f.sp++] = v; return next; }
        f.lp[--f.sp] = null; return arg;
      }; break;
      case D.JUMP_BACKWARD: ops[pc] = () => { if (vm.interrupt) vm.interrupt = false; return arg; }; break;
      case D.CALL: ops[pc] = (f) => {
        const lp = f.lp, sp = f.sp;
        const self = lp[sp - arg - 2];
        const n = self === null ? arg : arg + 1;
        const callable = self === null ? lp[sp - arg - 1] : self;
        if (callable instanceof PyFunction && callable.code.argcount === n) {
          const nf = new Frame(callable, f);
          for (let i = 0; i < n; i++) nf.lp[i] = lp[sp - n + i];
          f.sp = sp - arg - 2;
          f.pc = next + 4;
          vm.frame = nf;
          return -1;
        }
        if (!(callable instanceof PyNative)) throw C.pyErr('TypeError');
        const r = callable.fn(lp.slice(sp - n, sp));
        f.sp = sp - arg - 2;
        lp[f.sp++] = r;
        return next + 4;
      }; break;
      case D.RETURN_VALUE: ops[pc] = (f) => {
        const r = f.lp[--f.sp];
        const back = f.back;
        vm.frame = back;
        if (back === null) vm.result = r; else back.lp[back.sp++] = r;
        return -1;
      }; break;
      default: throw new Error('toy loop: opcode ' + op);
    }
  }
  return ops;
}

function makeRunner(globals) {
  for (const fn of globals.values()) if (fn instanceof PyFunction) fn.code.ops = compile(fn.code);
  return function run(fn, args) {
    let f = new Frame(fn, null);
    for (let i = 0; i < args.length; i++) f.lp[i] = args[i];
    let ops = f.code.ops, pc = 0;
    for (;;) {
      pc = ops[pc](f);
      if (pc < 0) {
        f = vm.frame;
        if (f === null) return vm.result;
        ops = f.code.ops; pc = f.pc;
      }
    }
  };
}

module.exports = { makeRunner };
