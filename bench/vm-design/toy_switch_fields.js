'use strict';
// Toy eval loop: toy_switch.js's switch, but the frame state (pc, sp, the
// localsplus array) is read and written through the frame object at every
// instruction instead of living in JS locals.

const C = require('./toy_common');
const { MAX, PyFunction, PyNative, PyRangeIter } = C;

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
const vm = { interrupt: false };

function makeRunner() {
  return function run(fn, args) {
    let f = new Frame(fn, null);
    for (let i = 0; i < args.length; i++) f.lp[i] = args[i];
    for (;;) {
      const word = f.code.code[f.pc++];
      const arg = word >> 8;
      switch (word & 255) {
        case 1: /* RESUME */ case 2: /* PRECALL */ case 3: /* EXTENDED_ARG */ case 0: /* CACHE */
          continue;
        case 4: /* LOAD_FAST */ {
          const v = f.lp[arg];
          if (v === null) throw C.pyErr('UnboundLocalError');
          f.lp[f.sp++] = v;
          continue;
        }
        case 5: /* STORE_FAST */
          f.lp[arg] = f.lp[--f.sp];
          continue;
        case 6: /* LOAD_CONST */
          f.lp[f.sp++] = f.code.consts[arg];
          continue;
        case 7: /* LOAD_GLOBAL */
          if (arg & 1) f.lp[f.sp++] = null;
          f.lp[f.sp++] = C.loadGlobal(f.globals, f.code.names[arg >> 1]);
          f.pc += 5;
          continue;
        case 8: /* BINARY_OP */ {
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
          f.pc += 1;
          continue;
        }
        case 9: /* COMPARE_OP */ {
          const b = f.lp[--f.sp], a = f.lp[f.sp - 1];
          f.lp[f.sp - 1] = typeof a === 'number' && typeof b === 'number' && arg === 0 ? a < b : C.compareOp(arg, a, b);
          f.pc += 2;
          continue;
        }
        case 10: /* POP_JUMP_FORWARD_IF_FALSE */ {
          const v = f.lp[--f.sp];
          if (v === false || (v !== true && !C.isTrueSlow(v))) f.pc = arg;
          continue;
        }
        case 11: /* GET_ITER */
          f.lp[f.sp - 1] = C.getIter(f.lp[f.sp - 1]);
          continue;
        case 12: /* FOR_ITER */ {
          const it = f.lp[f.sp - 1];
          if (it instanceof PyRangeIter) {
            const v = it.cur;
            if (v < it.stop) { it.cur = v + it.step; f.lp[f.sp++] = v; } else { f.lp[--f.sp] = null; f.pc = arg; }
          } else {
            const v = C.iterNextSlow(it);
            if (v !== null) f.lp[f.sp++] = v; else { f.lp[--f.sp] = null; f.pc = arg; }
          }
          continue;
        }
        case 13: /* JUMP_BACKWARD */
          f.pc = arg;
          if (vm.interrupt) vm.interrupt = false;
          continue;
        case 14: /* CALL */ {
          f.pc += 4;
          const lp = f.lp, sp = f.sp;
          const self = lp[sp - arg - 2];
          const n = self === null ? arg : arg + 1;
          const callable = self === null ? lp[sp - arg - 1] : self;
          if (callable instanceof PyFunction && callable.code.argcount === n) {
            const nf = new Frame(callable, f);
            for (let i = 0; i < n; i++) nf.lp[i] = lp[sp - n + i];
            f.sp = sp - arg - 2;
            f = nf;
            continue;
          }
          if (!(callable instanceof PyNative)) throw C.pyErr('TypeError');
          const r = callable.fn(lp.slice(sp - n, sp));
          f.sp = sp - arg - 2;
          f.lp[f.sp++] = r;
          continue;
        }
        case 15: /* RETURN_VALUE */ {
          const r = f.lp[--f.sp];
          if (f.back === null) return r;
          f = f.back;
          f.lp[f.sp++] = r;
          continue;
        }
        default:
          throw new Error('toy loop: opcode ' + (word & 255));
      }
    }
  };
}

module.exports = { makeRunner };
