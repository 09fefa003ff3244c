'use strict';
// Q2. float representation. int is a JS number, so float needs another form:
// a boxed PyFloat {value}. The alternative keeps float as a JS number and makes
// int the boxed/bigint one. The workload is nbody's advance() (5 bodies, 10
// pairs), every arithmetic operation going through a generic binary-op
// function, as BINARY_OP does; ops = pair interactions.

const { rng } = require('./harness');

const STEPS = 20_000;
const ops = STEPS * 10;

class PyFloat {
  constructor(value) { this.value = value; }
}

// ---- generic ops for representation A (int = number, float = PyFloat) -------
function fA(a) { return a instanceof PyFloat ? a.value : a; }
function addA(a, b) {
  if (typeof a === 'number' && typeof b === 'number') { const r = a + b; if (r <= 9007199254740991 && r >= -9007199254740991) return r; return slow(); }
  if (a instanceof PyFloat) { if (b instanceof PyFloat) return new PyFloat(a.value + b.value); if (typeof b === 'number') return new PyFloat(a.value + b); }
  return new PyFloat(fA(a) + fA(b));
}
function subA(a, b) {
  if (typeof a === 'number' && typeof b === 'number') { const r = a - b; if (r <= 9007199254740991 && r >= -9007199254740991) return r; return slow(); }
  if (a instanceof PyFloat) { if (b instanceof PyFloat) return new PyFloat(a.value - b.value); if (typeof b === 'number') return new PyFloat(a.value - b); }
  return new PyFloat(fA(a) - fA(b));
}
function mulA(a, b) {
  if (typeof a === 'number' && typeof b === 'number') { const r = a * b; if (r <= 9007199254740991 && r >= -9007199254740991) return r; return slow(); }
  if (a instanceof PyFloat) { if (b instanceof PyFloat) return new PyFloat(a.value * b.value); if (typeof b === 'number') return new PyFloat(a.value * b); }
  return new PyFloat(fA(a) * fA(b));
}
function powA(a, b) { return new PyFloat(Math.pow(fA(a), fA(b))); }
function slow() { throw new Error('not reached in this benchmark'); }

// ---- generic ops for representation B (float = number, int = bigint) --------
function fB(a) { return typeof a === 'number' ? a : Number(a); }
function addB(a, b) { if (typeof a === 'number' && typeof b === 'number') return a + b; if (typeof a === 'bigint' && typeof b === 'bigint') return a + b; return fB(a) + fB(b); }
function subB(a, b) { if (typeof a === 'number' && typeof b === 'number') return a - b; if (typeof a === 'bigint' && typeof b === 'bigint') return a - b; return fB(a) - fB(b); }
function mulB(a, b) { if (typeof a === 'number' && typeof b === 'number') return a * b; if (typeof a === 'bigint' && typeof b === 'bigint') return a * b; return fB(a) * fB(b); }
function powB(a, b) { return Math.pow(fB(a), fB(b)); }

function makeBodies(F) {
  const r = rng(7);
  const bodies = [];
  for (let i = 0; i < 5; i++) {
    bodies.push([[F(r() * 10), F(r() * 10), F(r() * 10)], [F(r()), F(r()), F(r())], F(1 + r() * 10)]);
  }
  const pairs = [];
  for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) pairs.push([bodies[i], bodies[j]]);
  return { bodies, pairs };
}

// The kernel, generic ops with temporaries in JS locals (escape analysis may
// remove the PyFloat allocations once everything is inlined).
function makeLocals(F, add, sub, mul, pow, num) {
  const dt = F(0.01), m15 = F(-1.5);
  return function run() {
    const { bodies, pairs } = makeBodies(F);
    for (let s = 0; s < STEPS; s++) {
      for (let p = 0; p < pairs.length; p++) {
        const b1 = pairs[p][0], b2 = pairs[p][1];
        const r1 = b1[0], v1 = b1[1], m1 = b1[2], r2 = b2[0], v2 = b2[1], m2 = b2[2];
        const dx = sub(r1[0], r2[0]), dy = sub(r1[1], r2[1]), dz = sub(r1[2], r2[2]);
        const mag = mul(dt, pow(add(add(mul(dx, dx), mul(dy, dy)), mul(dz, dz)), m15));
        const b1m = mul(m1, mag), b2m = mul(m2, mag);
        v1[0] = sub(v1[0], mul(dx, b2m)); v1[1] = sub(v1[1], mul(dy, b2m)); v1[2] = sub(v1[2], mul(dz, b2m));
        v2[0] = add(v2[0], mul(dx, b1m)); v2[1] = add(v2[1], mul(dy, b1m)); v2[2] = add(v2[2], mul(dz, b1m));
      }
      for (let i = 0; i < bodies.length; i++) {
        const r = bodies[i][0], v = bodies[i][1];
        r[0] = add(r[0], mul(dt, v[0])); r[1] = add(r[1], mul(dt, v[1])); r[2] = add(r[2], mul(dt, v[2]));
      }
    }
    return num(bodies[0][0][0]);
  };
}

// The same kernel with every intermediate passing through a value-stack array,
// as it does in the VM (BINARY_OP pops two values and pushes the result).
function makeStack(F, add, sub, mul, pow, num) {
  const dt = F(0.01), m15 = F(-1.5);
  const st = new Array(16).fill(null);
  const loc = new Array(8).fill(null);
  return function run() {
    const { bodies, pairs } = makeBodies(F);
    for (let s = 0; s < STEPS; s++) {
      for (let p = 0; p < pairs.length; p++) {
        const b1 = pairs[p][0], b2 = pairs[p][1];
        const r1 = b1[0], v1 = b1[1], r2 = b2[0], v2 = b2[1];
        for (let k = 0; k < 3; k++) { st[0] = r1[k]; st[1] = r2[k]; st[0] = sub(st[0], st[1]); loc[k] = st[0]; }
        st[0] = loc[0]; st[1] = loc[0]; st[0] = mul(st[0], st[1]);
        st[1] = loc[1]; st[2] = loc[1]; st[1] = mul(st[1], st[2]); st[0] = add(st[0], st[1]);
        st[1] = loc[2]; st[2] = loc[2]; st[1] = mul(st[1], st[2]); st[0] = add(st[0], st[1]);
        st[1] = m15; st[0] = pow(st[0], st[1]); st[1] = dt; st[0] = mul(st[1], st[0]); loc[3] = st[0];
        st[0] = b1[2]; st[1] = loc[3]; st[0] = mul(st[0], st[1]); loc[4] = st[0];
        st[0] = b2[2]; st[1] = loc[3]; st[0] = mul(st[0], st[1]); loc[5] = st[0];
        for (let k = 0; k < 3; k++) {
          st[0] = v1[k]; st[1] = loc[k]; st[2] = loc[5]; st[1] = mul(st[1], st[2]); st[0] = sub(st[0], st[1]); v1[k] = st[0];
          st[0] = v2[k]; st[1] = loc[k]; st[2] = loc[4]; st[1] = mul(st[1], st[2]); st[0] = add(st[0], st[1]); v2[k] = st[0];
        }
      }
      for (let i = 0; i < bodies.length; i++) {
        const r = bodies[i][0], v = bodies[i][1];
        for (let k = 0; k < 3; k++) { st[0] = r[k]; st[1] = dt; st[2] = v[k]; st[1] = mul(st[1], st[2]); st[0] = add(st[0], st[1]); r[k] = st[0]; }
      }
    }
    return num(bodies[0][0][0]);
  };
}

function makeRaw() {
  const id = (x) => x;
  return makeLocals(id, (a, b) => a + b, (a, b) => a - b, (a, b) => a * b, Math.pow, id);
}

// python3 runs the same kernel on the same seeded bodies
const PY = `
import json
def make():
    bodies = [tuple(b) for b in json.loads('${JSON.stringify(makeBodies((x) => x).bodies)}')]
    pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
    return bodies, pairs
def bench(steps=${STEPS}, dt=0.01):
    bodies, pairs = make()
    for _ in range(steps):
        for ((r1, v1, m1), (r2, v2, m2)) in pairs:
            dx = r1[0] - r2[0]; dy = r1[1] - r2[1]; dz = r1[2] - r2[2]
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag; b2m = m2 * mag
            v1[0] -= dx * b2m; v1[1] -= dy * b2m; v1[2] -= dz * b2m
            v2[0] += dx * b1m; v2[1] += dy * b1m; v2[2] += dz * b1m
        for (r, v, m) in bodies:
            r[0] += dt * v[0]; r[1] += dt * v[1]; r[2] += dt * v[2]
    return bodies[0][0][0]
`;

const boxA = (x) => new PyFloat(x);
module.exports = {
  title: `float: nbody advance(), 5 bodies, ${STEPS} steps (ops = pair interactions)`,
  variants: {
    'raw JS doubles (no Python semantics; upper bound)': { ops, setup: makeRaw },
    'PyFloat box, temporaries in JS locals': { ops, setup: () => makeLocals(boxA, addA, subA, mulA, powA, fA) },
    'PyFloat box, through a value-stack array (VM-like)': { ops, setup: () => makeStack(boxA, addA, subA, mulA, powA, fA) },
    'float as JS number (int = bigint), value-stack array': { ops, setup: () => makeStack((x) => x, addB, subB, mulB, powB, fB) },
    'PyFloat box, value-stack array, --max-semi-space-size=64': { ops, node: ['--max-semi-space-size=64'], setup: () => makeStack(boxA, addA, subA, mulA, powA, fA) },
    'python3 (CPython 3.11, same program)': { ops, py: PY },
  },
};
