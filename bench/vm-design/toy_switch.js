'use strict';
// Toy eval loop, the base of the recommended shape (toy_quick.js adds the
// caches and frame recycling): one `switch` on the opcode of a decoded
// Int32Array; the hot frame state (pc, sp, localsplus, code, consts) in JS
// locals, written back to the frame only at calls and returns; locals and the
// value stack in one array (CPython's localsplus); Python→Python calls push a
// frame and continue in the same loop (no JS recursion); int fast paths inline,
// everything else in named functions.

const C = require('./toy_common');
const { None, MAX, PyFunction, PyNative, PyRangeIter } = C;
// Case labels are literal dense opcode numbers (toy_common's DENSE_ORDER; what a
// TypeScript `const enum` compiles to): with non-constant labels V8 compares
// them one by one.

class Frame {
  constructor(fn, back) {
    const code = fn.code;
    this.code = code;
    this.globals = fn.globals;
    this.lp = C.newLocalsPlus(code.nlocalsplus + code.stacksize); // locals, then the value stack
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
    let code = f.code.code, consts = f.code.consts, lp = f.lp, sp = f.sp, pc = 0;
    for (;;) {
      const word = code[pc];
      const arg = word >> 8;
      pc++;
      switch (word & 255) {
        case 1: /* RESUME */ case 2: /* PRECALL */ case 3: /* EXTENDED_ARG */ case 0: /* CACHE */
          continue;
        case 4: /* LOAD_FAST */ {
          const v = lp[arg];
          if (v === null) throw C.pyErr('UnboundLocalError');
          lp[sp++] = v;
          continue;
        }
        case 5: /* STORE_FAST */
          lp[arg] = lp[--sp];
          continue;
        case 6: /* LOAD_CONST */
          lp[sp++] = consts[arg];
          continue;
        case 7: /* LOAD_GLOBAL */
          if (arg & 1) lp[sp++] = null;
          lp[sp++] = C.loadGlobal(f.globals, f.code.names[arg >> 1]);
          pc += 5;
          continue;
        case 8: /* BINARY_OP */ {
          const b = lp[--sp], a = lp[sp - 1];
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
          lp[sp - 1] = r;
          pc += 1;
          continue;
        }
        case 9: /* COMPARE_OP */ {
          const b = lp[--sp], a = lp[sp - 1];
          lp[sp - 1] = typeof a === 'number' && typeof b === 'number' && arg === 0 ? a < b : C.compareOp(arg, a, b);
          pc += 2;
          continue;
        }
        case 10: /* POP_JUMP_FORWARD_IF_FALSE */ {
          const v = lp[--sp];
          if (v === false || (v !== true && !C.isTrueSlow(v))) pc = arg;
          continue;
        }
        case 11: /* GET_ITER */
          lp[sp - 1] = C.getIter(lp[sp - 1]);
          continue;
        case 12: /* FOR_ITER */ {
          const it = lp[sp - 1];
          if (it instanceof PyRangeIter) {
            const v = it.cur;
            if (v < it.stop) { it.cur = v + it.step; lp[sp++] = v; } else { lp[--sp] = null; pc = arg; }
          } else {
            const v = C.iterNextSlow(it);
            if (v !== null) lp[sp++] = v; else { lp[--sp] = null; pc = arg; }
          }
          continue;
        }
        case 13: /* JUMP_BACKWARD */
          pc = arg;
          if (vm.interrupt) handleInterrupt();
          continue;
        case 14: /* CALL */ {
          pc += 4;
          const self = lp[sp - arg - 2];
          const n = self === null ? arg : arg + 1;
          const callable = self === null ? lp[sp - arg - 1] : self;
          if (callable instanceof PyFunction && callable.code.argcount === n) {
            const nf = new Frame(callable, f);
            for (let i = 0; i < n; i++) nf.lp[i] = lp[sp - n + i];
            f.sp = sp - arg - 2; // the caller's stack after the call pops its operands
            f.pc = pc;
            f = nf; code = f.code.code; consts = f.code.consts; lp = f.lp; sp = f.sp; pc = 0;
            continue;
          }
          const r = callNative(callable, lp, sp - n, n);
          sp -= arg + 2;
          lp[sp++] = r;
          continue;
        }
        case 15: /* RETURN_VALUE */ {
          const r = lp[--sp];
          const back = f.back;
          if (back === null) return r;
          f = back; code = f.code.code; consts = f.code.consts; lp = f.lp; sp = f.sp; pc = f.pc;
          lp[sp++] = r;
          continue;
        }
        default:
          throw new Error('toy loop: opcode ' + (word & 255));
      }
    }
  };
}

function callNative(callable, lp, base, n) {
  if (!(callable instanceof PyNative)) throw C.pyErr('TypeError');
  return callable.fn(lp.slice(base, base + n));
}
function handleInterrupt() { vm.interrupt = false; }

module.exports = { makeRunner, Frame };
