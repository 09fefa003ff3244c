'use strict';
// Toy eval loop: a table of handler functions indexed by the opcode,
// `pc = H[op](frame, arg, pc)`, shared by all code objects (the argument is
// decoded per instruction as in the switch loop). Handlers return -1 when they
// changed the current frame.

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

const H = new Array(16).fill(null);
H[D.CACHE] = H[D.RESUME] = H[D.PRECALL] = H[D.EXTENDED_ARG] = (f, arg, pc) => pc + 1;
H[D.LOAD_FAST] = (f, arg, pc) => { const v = f.lp[arg]; if (v === null) throw C.pyErr('UnboundLocalError'); f.lp[f.sp++] = v; return pc + 1; };
H[D.STORE_FAST] = (f, arg, pc) => { f.lp[arg] = f.lp[--f.sp]; return pc + 1; };
H[D.LOAD_CONST] = (f, arg, pc) => { f.lp[f.sp++] = f.code.consts[arg]; return pc + 1; };
H[D.LOAD_GLOBAL] = (f, arg, pc) => { if (arg & 1) f.lp[f.sp++] = null; f.lp[f.sp++] = C.loadGlobal(f.globals, f.code.names[arg >> 1]); return pc + 6; };
H[D.BINARY_OP] = (f, arg, pc) => {
  const b = f.lp[--f.sp], a = f.lp[f.sp - 1];
  let r;
  if (typeof a === 'number' && typeof b === 'number') {
    switch (arg) {
      case 0: case 13: r = a + b; break;
      case 10: case 23: r = a - b; break;
      case 5: case 18: r = a * b; break;
      default: r = C.binaryOp(arg, a, b);
    }
    if (!(r <= MAX && r >= -MAX)) r = C.binaryOpSlow(arg, a, b);
  } else r = C.binaryOpSlow(arg, a, b);
  f.lp[f.sp - 1] = r;
  return pc + 2;
};
H[D.COMPARE_OP] = (f, arg, pc) => { const b = f.lp[--f.sp], a = f.lp[f.sp - 1]; f.lp[f.sp - 1] = typeof a === 'number' && typeof b === 'number' && arg === 0 ? a < b : C.compareOp(arg, a, b); return pc + 3; };
H[D.POP_JUMP_FORWARD_IF_FALSE] = (f, arg, pc) => { const v = f.lp[--f.sp]; return v === false || (v !== true && !C.isTrueSlow(v)) ? arg : pc + 1; };
H[D.GET_ITER] = (f, arg, pc) => { f.lp[f.sp - 1] = C.getIter(f.lp[f.sp - 1]); return pc + 1; };
H[D.FOR_ITER] = (f, arg, pc) => {
  const it = f.lp[f.sp - 1];
  if (it instanceof PyRangeIter) {
    const v = it.cur;
    if (v < it.stop) { it.cur = v + it.step; f.lp[f.sp++] = v; return pc + 1; }
    f.lp[--f.sp] = null; return arg;
  }
  const v = C.iterNextSlow(it);
  if (v !== null) { f.lp[f.sp++] = v; return pc + 1; }
  f.lp[--f.sp] = null; return arg;
};
H[D.JUMP_BACKWARD] = (f, arg) => { if (vm.interrupt) vm.interrupt = false; return arg; };
H[D.CALL] = (f, arg, pc) => {
  const lp = f.lp, sp = f.sp;
  const self = lp[sp - arg - 2];
  const n = self === null ? arg : arg + 1;
  const callable = self === null ? lp[sp - arg - 1] : self;
  if (callable instanceof PyFunction && callable.code.argcount === n) {
    const nf = new Frame(callable, f);
    for (let i = 0; i < n; i++) nf.lp[i] = lp[sp - n + i];
    f.sp = sp - arg - 2;
    f.pc = pc + 5;
    vm.frame = nf;
    return -1;
  }
  if (!(callable instanceof PyNative)) throw C.pyErr('TypeError');
  const r = callable.fn(lp.slice(sp - n, sp));
  f.sp = sp - arg - 2;
  lp[f.sp++] = r;
  return pc + 5;
};
H[D.RETURN_VALUE] = (f) => {
  const r = f.lp[--f.sp];
  const back = f.back;
  vm.frame = back;
  if (back === null) vm.result = r; else back.lp[back.sp++] = r;
  return -1;
};

function makeRunner() {
  return function run(fn, args) {
    let f = new Frame(fn, null);
    for (let i = 0; i < args.length; i++) f.lp[i] = args[i];
    let code = f.code.code, pc = 0;
    for (;;) {
      const word = code[pc];
      pc = H[word & 255](f, word >> 8, pc);
      if (pc < 0) {
        f = vm.frame;
        if (f === null) return vm.result;
        code = f.code.code; pc = f.pc;
      }
    }
  };
}

module.exports = { makeRunner };
