'use strict';
// Q5. Instance attributes: the instance __dict__ as a Map, a prototype-less
// object, or CPython 3.11's split form (per-type shared keys + a values array per
// instance), and LOAD_ATTR with or without a per-instruction inline cache keyed
// by the type's version tag (LOAD_ATTR_INSTANCE_VALUE). All loads go through one
// function, as they do in the VM: the attribute name and the class vary at that
// one JS site, so V8's own inline caches see it as megamorphic.
//
// Generic lookup = PyObject_GenericGetAttr: look the name up along the type's
// MRO (a data descriptor would win), then in the instance dict.

const { rng } = require('./harness');

const CLASSES = [['x', 'y', 'z'], ['name', 'value', 'next', 'prev'], ['a', 'b'], ['left', 'right', 'key', 'size', 'color']];
const SITES_PER_CLASS = 3;
const ITER = 200_000;

let nextVersion = 1;
function makeTypes(newDict, set) {
  const object = { name: 'object', dict: newDict(), mro: null, version: nextVersion++, keys: [] };
  object.mro = [object];
  set(object.dict, '__init__', { kind: 'function' });
  set(object.dict, '__repr__', { kind: 'function' });
  return CLASSES.map((attrs, i) => {
    const t = { name: 'C' + i, dict: newDict(), mro: null, version: nextVersion++, keys: attrs.slice() };
    t.mro = [t, object];
    set(t.dict, '__init__', { kind: 'function' });
    set(t.dict, 'method' + i, { kind: 'function' });
    return t;
  });
}

function program(types, makeInstance) {
  const r = rng(21);
  const objs = types.map((t) => Array.from({ length: 256 }, () => makeInstance(t, t.keys.map(() => Math.floor(r() * 100)))));
  const sites = [];
  for (let c = 0; c < types.length; c++) for (let k = 0; k < SITES_PER_CLASS; k++) {
    const attrs = types[c].keys;
    sites.push({ cls: c, name: attrs[Math.floor(r() * attrs.length)], cache: { version: 0, index: -1 } });
  }
  return { objs, sites };
}

function makeRun(types, makeInstance, loadAttr) {
  const { objs, sites } = program(types, makeInstance);
  return () => {
    let sum = 0;
    for (let i = 0; i < ITER; i++) {
      for (let s = 0; s < sites.length; s++) {
        const site = sites[s];
        sum += loadAttr(objs[site.cls][i & 255], site.name, site.cache);
      }
    }
    return sum;
  };
}

// --- Map dicts, generic lookup ---
function mapTypes() { return makeTypes(() => new Map(), (d, k, v) => d.set(k, v)); }
function mapInstance(t, vals) { const d = new Map(); t.keys.forEach((k, i) => d.set(k, vals[i])); return { ob_type: t, dict: d }; }
function typeLookupMap(t, name) { const mro = t.mro; for (let i = 0; i < mro.length; i++) { const v = mro[i].dict.get(name); if (v !== undefined) return v; } return undefined; }
function loadAttrMap(o, name) {
  const descr = typeLookupMap(o.ob_type, name);
  if (descr !== undefined && descr.kind === 'data') return descr.get(o);
  const v = o.dict.get(name);
  if (v !== undefined) return v;
  return descr; // (method binding / AttributeError elided)
}
// --- Map dicts, generic lookup with a type-version cache for the MRO miss ---
function loadAttrMapCached(o, name, cache) {
  const t = o.ob_type;
  if (t.version === cache.version) return o.dict.get(name);
  const descr = typeLookupMap(t, name);
  if (descr === undefined) cache.version = t.version; // "no descriptor on the type" is cacheable
  return loadAttrMap(o, name);
}

// --- prototype-less object dicts ---
function objTypes() { return makeTypes(() => Object.create(null), (d, k, v) => { d[k] = v; }); }
function objInstance(t, vals) { const d = Object.create(null); t.keys.forEach((k, i) => { d[k] = vals[i]; }); return { ob_type: t, dict: d }; }
// a constructor whose prototype has no prototype: fast-mode (hidden-class) objects without Object.prototype's names
function HDict() {}
HDict.prototype = Object.create(null);
function hiddenInstance(t, vals) { const d = new HDict(); t.keys.forEach((k, i) => { d[k] = vals[i]; }); return { ob_type: t, dict: d }; }
function typeLookupObj(t, name) { const mro = t.mro; for (let i = 0; i < mro.length; i++) { const v = mro[i].dict[name]; if (v !== undefined) return v; } return undefined; }
function loadAttrObj(o, name) {
  const descr = typeLookupObj(o.ob_type, name);
  if (descr !== undefined && descr.kind === 'data') return descr.get(o);
  const v = o.dict[name];
  if (v !== undefined) return v;
  return descr;
}

// --- split dict: shared keys on the type, values array on the instance (CPython 3.11) ---
class Instance {
  constructor(t, values) { this.ob_type = t; this.values = values; this.dict = null; }
}
function splitInstance(t, vals) { return new Instance(t, vals); }
function loadAttrSplitGeneric(o, name) {
  const descr = typeLookupMap(o.ob_type, name);
  if (descr !== undefined && descr.kind === 'data') return descr.get(o);
  const i = o.ob_type.keys.indexOf(name);
  if (i >= 0 && o.values !== null) return o.values[i];
  return descr;
}
// LOAD_ATTR_INSTANCE_VALUE: guard on the type version and an unmaterialised dict, then index
function loadAttrSplitCached(o, name, cache) {
  if (o.ob_type.version === cache.version && o.values !== null) return o.values[cache.index];
  return loadAttrSplitMiss(o, name, cache);
}
function loadAttrSplitMiss(o, name, cache) {
  const t = o.ob_type;
  const descr = typeLookupMap(t, name);
  const i = t.keys.indexOf(name);
  if (descr === undefined && i >= 0) { cache.version = t.version; cache.index = i; }
  return loadAttrSplitGeneric(o, name);
}

const ops = ITER * CLASSES.length * SITES_PER_CLASS;
module.exports = {
  title: `attribute loads: 4 classes, 12 LOAD_ATTR sites, ${ITER} rounds, one shared loadAttr (ops = loads)`,
  variants: {
    'generic lookup, Map dicts': { ops, setup: () => makeRun(mapTypes(), mapInstance, loadAttrMap) },
    'generic lookup, Object.create(null) dicts': { ops, setup: () => makeRun(objTypes(), objInstance, loadAttrObj) },
    'generic lookup, hidden-class (null-proto ctor) dicts': { ops, setup: () => makeRun(objTypes(), hiddenInstance, loadAttrObj) },
    'generic lookup, split dict (shared keys + values)': { ops, setup: () => makeRun(mapTypes(), splitInstance, loadAttrSplitGeneric) },
    'version-tag cache, Map dict': { ops, setup: () => makeRun(mapTypes(), mapInstance, loadAttrMapCached) },
    'version-tag cache, split dict (LOAD_ATTR_INSTANCE_VALUE)': { ops, setup: () => makeRun(mapTypes(), splitInstance, loadAttrSplitCached) },
  },
};
