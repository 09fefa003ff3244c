'use strict';
// Q3. bool as JS boolean and None as null / undefined / a singleton object.
// The loop does what the VM does most with arbitrary values: truth testing
// (POP_JUMP_IF_FALSE), `is None` (POP_JUMP_IF_NONE) and finding a value's type
// (every attribute lookup, isinstance, dispatch of a dunder). Values: 10^6
// seeded picks — 30% int, 20% bool, 20% None, 15% str, 15% instances of six
// object classes (list, dict, tuple, user instances...).

const { rng } = require('./harness');

const N = 1_000_000;

class PyType { constructor(name, id) { this.name = name; this.id = id; } }
const T = {};
for (const [i, n] of ['int', 'bool', 'NoneType', 'str', 'A', 'B', 'C', 'D', 'E', 'F'].entries()) T[n] = new PyType(n, i + 1);

class PyObject { constructor(t) { this.ob_type = t; } }
class A extends PyObject { constructor() { super(T.A); this.a = 1; } }
class B extends PyObject { constructor() { super(T.B); this.b = 1; this.bb = 2; } }
class C extends PyObject { constructor() { super(T.C); this.items = []; } }
class D extends PyObject { constructor() { super(T.D); this.map = null; } }
class E extends PyObject { constructor() { super(T.E); this.x = 0; this.y = 0; } }
class F extends PyObject { constructor() { super(T.F); } }
const CLASSES = [A, B, C, D, E, F];
class PyNoneType extends PyObject { constructor() { super(T.NoneType); } }
class PyBool extends PyObject { constructor(v) { super(T.bool); this.v = v; } }

function values(NONE, TRUE, FALSE) {
  const r = rng(3);
  const out = new Array(N);
  for (let i = 0; i < N; i++) {
    const x = r();
    if (x < 0.3) out[i] = Math.floor(r() * 10) - 2;
    else if (x < 0.5) out[i] = r() < 0.5 ? TRUE : FALSE;
    else if (x < 0.7) out[i] = NONE;
    else if (x < 0.85) out[i] = r() < 0.2 ? '' : 'abc';
    else out[i] = new CLASSES[Math.floor(r() * 6)]();
  }
  return out;
}

// --- None = null ---
function typeNull(v) {
  switch (typeof v) {
    case 'number': case 'bigint': return T.int;
    case 'string': return T.str;
    case 'boolean': return T.bool;
    default: return v === null ? T.NoneType : v.ob_type;
  }
}
function truthNull(v) {
  if (v === true) return true;
  if (v === false || v === null) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length !== 0;
  return truthObject(v);
}
// --- None = undefined ---
function typeUndef(v) {
  switch (typeof v) {
    case 'number': case 'bigint': return T.int;
    case 'string': return T.str;
    case 'boolean': return T.bool;
    case 'undefined': return T.NoneType;
    default: return v.ob_type;
  }
}
function truthUndef(v) {
  if (v === true) return true;
  if (v === false || v === undefined) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length !== 0;
  return truthObject(v);
}
// --- None = singleton object (bool still JS boolean) ---
const NONE_OBJ = new PyNoneType();
function typeSingleton(v) {
  switch (typeof v) {
    case 'number': case 'bigint': return T.int;
    case 'string': return T.str;
    case 'boolean': return T.bool;
    default: return v.ob_type;
  }
}
function truthSingleton(v) {
  if (v === true) return true;
  if (v === false || v === NONE_OBJ) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length !== 0;
  return truthObject(v);
}
// --- None and bools all singleton objects ---
const TRUE_OBJ = new PyBool(true), FALSE_OBJ = new PyBool(false);
function truthAllObj(v) {
  if (v === TRUE_OBJ) return true;
  if (v === FALSE_OBJ || v === NONE_OBJ) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length !== 0;
  return truthObject(v);
}

function truthObject(v) { return v.ob_type.id !== 0; } // stands for nb_bool / __len__ lookup

function make(NONE, TRUE, FALSE, typeOf, truth) {
  const vs = values(NONE, TRUE, FALSE);
  return function run() {
    let t = 0, n = 0, ids = 0;
    for (let i = 0; i < vs.length; i++) {
      const v = vs[i];
      if (truth(v)) t++;
      if (v === NONE) n++;
      ids += typeOf(v).id;
    }
    return t * 1e6 + n + ids;
  };
}

const ops = N * 3;
module.exports = {
  title: 'bool/None: truth test + `is None` + type-of over 10^6 mixed values (ops = 3 per value)',
  variants: {
    'bool = boolean, None = null': { ops, setup: () => make(null, true, false, typeNull, truthNull) },
    'bool = boolean, None = undefined': { ops, setup: () => make(undefined, true, false, typeUndef, truthUndef) },
    'bool = boolean, None = singleton object': { ops, setup: () => make(NONE_OBJ, true, false, typeSingleton, truthSingleton) },
    'bool and None = singleton objects': { ops, setup: () => make(NONE_OBJ, TRUE_OBJ, FALSE_OBJ, typeSingleton, truthAllObj) },
  },
};
