'use strict';
// Q6. The eval loop's shape. Three programs (fib(27): 635,621 Python calls;
// loop(10^7): `total += i * i`, whose total leaves the safe-integer range after
// ~2×10^5 iterations so most adds are bigint; loop_small(10^7): the same with
// `% 7`, all small ints) run as CPython 3.11 bytecode by each toy loop, and by
// python3 itself. ops = calls for fib, iterations for the loops.

const C = require('./toy_common');

const styles = [
  ['switch + LOAD_GLOBAL cache + frame free list (recommended)', './toy_quick'],
  ['switch, frame state in JS locals', './toy_switch'],
  ['switch on CPython opcode numbers (sparse)', './toy_switch_sparse'],
  ['switch, frame state in frame fields', './toy_switch_fields'],
  ['switch, stack as JS array push/pop', './toy_pushpop'],
  ['closure per instruction', './toy_closures'],
  ['handler table H[op](frame, arg)', './toy_handlers'],
  ['switch, JS recursion for Python calls', './toy_recursive'],
];

const variants = {};
const py = {
  fib: C.pyVariant('fib(27)', C.FIB_CALLS),
  loop: C.pyVariant('loop(10**7)', 1e7),
  loop_small: C.pyVariant('loop_small(10**7)', 1e7),
};
const prog = ['fib(27)', 'loop(10^7), i*i sum (bigint)', 'loop_small(10^7), i*i%7 sum'];
const pyKeys = ['fib', 'loop', 'loop_small'];
for (let p = 0; p < 3; p++) {
  variants[`${prog[p]}: python3`] = py[pyKeys[p]];
  for (const [label, file] of styles) {
    const all = C.variantsFor(label, (g) => require(file).makeRunner(g));
    const key = Object.keys(all)[p];
    variants[key] = all[key];
  }
}

module.exports = {
  title: 'toy eval loops on CPython 3.11 bytecode vs python3 (ratio = time / python3 time)',
  grouped: true,
  variants,
};
