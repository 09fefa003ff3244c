'use strict';
// Toy eval loop: toy_switch.js's shape (frame state in JS locals), but the value
// stack is a separate JS array per frame used with push()/pop() instead of an
// explicit stack pointer into localsplus.

const C = require('./toy_common');
const { MAX, PyFunction, PyNative, PyRangeIter } = C;

class Frame {
  constructor(fn, back) {
    const code = fn.code;
    this.code = code;
    this.globals = fn.globals;
    this.locals = C.newLocalsPlus(code.nlocalsplus);
    this.stack = [];
    this.pc = 0;
    this.back = back;
  }
}
const vm = { interrupt: false };

function makeRunner() {
  return function run(fn, args) {
    let f = new Frame(fn, null);
    for (let i = 0; i < args.length; i++) f.locals[i] = args[i];
    let code = f.code.code, consts = f.code.consts, locals = f.locals, stack = f.stack, pc = 0;
    for (;;) {
      const word = code[pc];
      const arg = word >> 8;
      pc++;
      switch (word & 255) {
        case 1: /* RESUME */ case 2: /* PRECALL */ case 3: /* EXTENDED_ARG */ case 0: /* CACHE */
          continue;
        case 4: /* LOAD_FAST */ {
          const v = locals[arg];
          if (v === null) throw C.pyErr('UnboundLocalError');
          stack.push(v);
          continue;
        }
        case 5: /* STORE_FAST */
          locals[arg] = stack.pop();
          continue;
        case 6: /* LOAD_CONST */
          stack.push(consts[arg]);
          continue;
        case 7: /* LOAD_GLOBAL */
          if (arg & 1) stack.push(null);
          stack.push(C.loadGlobal(f.globals, f.code.names[arg >> 1]));
          pc += 5;
          continue;
        case 8: /* BINARY_OP */ {
          const b = stack.pop(), a = stack.pop();
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
          stack.push(r);
          pc += 1;
          continue;
        }
        case 9: /* COMPARE_OP */ {
          const b = stack.pop(), a = stack.pop();
          stack.push(typeof a === 'number' && typeof b === 'number' && arg === 0 ? a < b : C.compareOp(arg, a, b));
          pc += 2;
          continue;
        }
        case 10: /* POP_JUMP_FORWARD_IF_FALSE */ {
          const v = stack.pop();
          if (v === false || (v !== true && !C.isTrueSlow(v))) pc = arg;
          continue;
        }
        case 11: /* GET_ITER */
          stack.push(C.getIter(stack.pop()));
          continue;
        case 12: /* FOR_ITER */ {
          const it = stack[stack.length - 1];
          if (it instanceof PyRangeIter) {
            const v = it.cur;
            if (v < it.stop) { it.cur = v + it.step; stack.push(v); } else { stack.pop(); pc = arg; }
          } else {
            const v = C.iterNextSlow(it);
            if (v !== null) stack.push(v); else { stack.pop(); pc = arg; }
          }
          continue;
        }
        case 13: /* JUMP_BACKWARD */
          pc = arg;
          if (vm.interrupt) vm.interrupt = false;
          continue;
        case 14: /* CALL */ {
          pc += 4;
          const sp = stack.length;
          const self = stack[sp - arg - 2];
          const n = self === null ? arg : arg + 1;
          const callable = self === null ? stack[sp - arg - 1] : self;
          if (callable instanceof PyFunction && callable.code.argcount === n) {
            const nf = new Frame(callable, f);
            for (let i = 0; i < n; i++) nf.locals[i] = stack[sp - n + i];
            stack.length = sp - arg - 2;
            f.pc = pc;
            f = nf; code = f.code.code; consts = f.code.consts; locals = f.locals; stack = f.stack; pc = 0;
            continue;
          }
          if (!(callable instanceof PyNative)) throw C.pyErr('TypeError');
          const r = callable.fn(stack.slice(sp - n, sp));
          stack.length = sp - arg - 2;
          stack.push(r);
          continue;
        }
        case 15: /* RETURN_VALUE */ {
          const r = stack.pop();
          const back = f.back;
          if (back === null) return r;
          f = back; code = f.code.code; consts = f.code.consts; locals = f.locals; stack = f.stack; pc = f.pc;
          stack.push(r);
          continue;
        }
        default:
          throw new Error('toy loop: opcode ' + (word & 255));
      }
    }
  };
}

module.exports = { makeRunner };
