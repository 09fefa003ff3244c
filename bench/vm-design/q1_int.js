'use strict';
// Q1. int representation: JS number in the safe-integer range with bigint beyond
// (normalised back), always bigint, or a boxed class. The loop is what the VM's
// BINARY_OP / COMPARE_OP do for `acc = acc + x * y; if x < y: n += 1`, through
// generic functions that dispatch on the operands' types, as the VM's will.

const { rng } = require('./harness');

const N = 1_000_000;
const MAX = Number.MAX_SAFE_INTEGER;
const MAXN = BigInt(MAX);

class PyFloat {
  constructor(value) { this.value = value; }
}

function data(seed, scale) {
  const r = rng(seed);
  const a = new Array(N), b = new Array(N);
  for (let i = 0; i < N; i++) {
    a[i] = Math.floor((r() - 0.5) * 2 * scale);
    b[i] = Math.floor((r() - 0.5) * 2 * scale);
  }
  return [a, b];
}

// ---- representation A: number (safe range) | bigint | PyFloat -------------

function normBig(x) { return x >= -MAXN && x <= MAXN ? Number(x) : x; }
function toBig(x) { return typeof x === 'bigint' ? x : BigInt(x); }
function toF(x) { return x instanceof PyFloat ? x.value : Number(x); }

function addSlowA(a, b) {
  if (a instanceof PyFloat || b instanceof PyFloat) return new PyFloat(toF(a) + toF(b));
  return normBig(toBig(a) + toBig(b));
}
function mulSlowA(a, b) {
  if (a instanceof PyFloat || b instanceof PyFloat) return new PyFloat(toF(a) * toF(b));
  return normBig(toBig(a) * toBig(b));
}
function ltSlowA(a, b) {
  if (a instanceof PyFloat || b instanceof PyFloat) return toF(a) < toF(b);
  return a < b; // number/bigint comparisons are exact in JS
}

// overflow check with Number.isSafeInteger
function addA(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
    return normBig(BigInt(a) + BigInt(b));
  }
  return addSlowA(a, b);
}
function mulA(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
    return normBig(BigInt(a) * BigInt(b));
  }
  return mulSlowA(a, b);
}
// overflow check with an explicit range test (operands are known integers)
function addR(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
    return normBig(BigInt(a) + BigInt(b));
  }
  return addSlowA(a, b);
}
function mulR(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r;
    return normBig(BigInt(a) * BigInt(b));
  }
  return mulSlowA(a, b);
}
function ltA(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return ltSlowA(a, b);
}

function loopA(a, b) {
  let acc = 0, n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    acc = addA(acc, mulA(x, y));
    if (ltA(x, y)) n = addA(n, 1);
  }
  return acc;
}
function loopR(a, b) {
  let acc = 0, n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    acc = addR(acc, mulR(x, y));
    if (ltA(x, y)) n = addR(n, 1);
  }
  return acc;
}

// ---- representation B: always bigint (float would be a JS number) ---------

function addB(a, b) {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
  return Number(a) + Number(b); // a float operand
}
function mulB(a, b) {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a * b;
  return Number(a) * Number(b);
}
function ltB(a, b) { return a < b; }
function loopB(a, b) {
  let acc = 0n, n = 0n;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    acc = addB(acc, mulB(x, y));
    if (ltB(x, y)) n = addB(n, 1n);
  }
  return acc;
}

// ---- representation C: boxed PyInt {v: number|bigint}, small-int cache ------

class PyInt {
  constructor(v) { this.v = v; }
}
const SMALL = [];
for (let i = -5; i <= 256; i++) SMALL.push(new PyInt(i));
function mkInt(v) { return v >= -5 && v <= 256 ? SMALL[v + 5] : new PyInt(v); }
function addC(a, b) {
  if (a instanceof PyInt && b instanceof PyInt) {
    const x = a.v, y = b.v;
    if (typeof x === 'number' && typeof y === 'number') {
      const r = x + y;
      if (r <= MAX && r >= -MAX) return mkInt(r);
    }
    return new PyInt(normBig(toBig(x) + toBig(y)));
  }
  return new PyFloat(toF(a) + toF(b));
}
function mulC(a, b) {
  if (a instanceof PyInt && b instanceof PyInt) {
    const x = a.v, y = b.v;
    if (typeof x === 'number' && typeof y === 'number') {
      const r = x * y;
      if (r <= MAX && r >= -MAX) return mkInt(r);
    }
    return new PyInt(normBig(toBig(x) * toBig(y)));
  }
  return new PyFloat(toF(a) * toF(b));
}
function ltC(a, b) { return a.v < b.v; }
function loopC(a, b) {
  let acc = mkInt(0), n = mkInt(0);
  const one = mkInt(1);
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    acc = addC(acc, mulC(x, y));
    if (ltC(x, y)) n = addC(n, one);
  }
  return acc.v;
}

// ---- mixed int/float operands ----------------------------------------------

function mixed(a, b, asFloat) {
  // every other element of `a` becomes a float with the same value
  for (let i = 0; i < a.length; i += 2) a[i] = asFloat(a[i]);
}
function loopMixedA(a, b) {
  let acc = 0, n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    acc = addR(acc, mulR(x, y));
    if (ltA(x, y)) n = addR(n, 1);
  }
  return acc instanceof PyFloat ? acc.value : acc;
}
function loopMixedB(a, b) {
  let acc = 0n, n = 0n;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    acc = addB(acc, mulB(x, y));
    if (ltB(x, y)) n = addB(n, 1n);
  }
  return acc;
}

const ops = N * 3; // one mul, one add, one compare per element (plus the counted add)

module.exports = {
  title: 'int: add/mul/compare loop over 10^6 seeded pairs in [-1000, 1000) (ops = 3 per pair)',
  variants: {
    'number/bigint, Number.isSafeInteger check': { ops, setup() { const [a, b] = data(1, 1000); return () => loopA(a, b); } },
    'number/bigint, range check': { ops, setup() { const [a, b] = data(1, 1000); return () => loopR(a, b); } },
    'always bigint': { ops, setup() { const [a, b] = data(1, 1000); const A = a.map(BigInt), B = b.map(BigInt); return () => loopB(A, B); } },
    'boxed PyInt (small-int cache)': { ops, setup() { const [a, b] = data(1, 1000); const A = a.map(mkInt), B = b.map(mkInt); return () => loopC(A, B); } },
    'mixed 50% float: number/bigint + PyFloat box': { ops, setup() { const [a, b] = data(1, 1000); mixed(a, b, (v) => new PyFloat(v)); return () => loopMixedA(a, b); } },
    'mixed 50% float: bigint + float as number': { ops, setup() { const [a, b] = data(1, 1000); const A = a.map(BigInt), B = b.map(BigInt); mixed(A, B, (v) => Number(v)); return () => loopMixedB(A, B); } },
    'big operands ~2^40 (products beyond 2^53): number/bigint': { ops, setup() { const [a, b] = data(2, 2 ** 40); return () => loopR(a, b); } },
    'big operands ~2^40: always bigint': { ops, setup() { const [a, b] = data(2, 2 ** 40); const A = a.map(BigInt), B = b.map(BigInt); return () => loopB(A, B); } },
  },
};
