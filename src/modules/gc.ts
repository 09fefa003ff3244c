/**
 * gc (Modules/gcmodule.c) over a host whose collector is the JS engine's:
 * memory is reclaimed by V8 whatever this module says, so collect() finds
 * no unreachable objects of its own (it returns 0) but keeps CPython's
 * interface: the enabled flag, thresholds, debug flags, per-generation
 * statistics, the start/stop calls of gc.callbacks. is_tracked answers as
 * CPython's collector would track the object (containers yes, atoms no,
 * dicts and tuples only while they hold something trackable). Walking the
 * heap (get_objects, get_referrers, get_referents) is not possible from
 * JS: those raise NotImplementedError naming themselves.
 */
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList, PyTuple, PyBytes, PyByteArray, PyRange, PyWStr } from '../objects/containers';
import { PyFloat } from '../objects/float_object';
import { PyComplexObj } from '../objects/complex_object';
import { PyCode } from '../objects/function';
import { PyType, TPFLAGS_HEAPTYPE } from '../objects/type';
import { None, PySingleton, typeOf, objectType, tupleType, dictType } from '../objects/types';
import { moduleFunction, parseArgs } from '../objects/define';
import { newException, typeError, valueError, NotImplementedError, OverflowError } from '../objects/exceptions';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { writeUnraisable } from './atexit';

const NUM_GENERATIONS = 3;
const DEBUG_STATS = 1;
const DEBUG_COLLECTABLE = 2;
const DEBUG_UNCOLLECTABLE = 4;
const DEBUG_SAVEALL = 32;
const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

let enabled = true;
let debug = 0;
const thresholds = [700, 10, 10];
const stats = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
let collecting = false;

/** PyObject_IS_GC: whether the object's type takes part in cyclic collection at all. */
function isGcType(v: Value): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyType) return (v.flags & TPFLAGS_HEAPTYPE) !== 0;
  const t = typeOf(v);
  if (t.flags & TPFLAGS_HEAPTYPE) return true;
  if (v instanceof PyFloat || v instanceof PyComplexObj || v instanceof PyWStr || v instanceof PyBytes) return false;
  if (v instanceof PyByteArray || v instanceof PyRange || v instanceof PySingleton || v instanceof PyCode) return false;
  return t !== objectType;
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, and for a tuple one still tracked. */
function mayBeTracked(v: Value, depth: number): boolean {
  if (!isGcType(v)) return false;
  if (typeof v === 'object' && typeOf(v) === tupleType) return isTracked(v, depth + 1);
  return true;
}

/**
 * Whether CPython's collector would be tracking the object: exact dicts
 * only once they hold a trackable key or value, exact tuples only while an
 * item is trackable (as after the collection that untracks them).
 */
function isTracked(v: Value, depth = 0): boolean {
  if (!isGcType(v)) return false;
  if (depth > 100) return true;
  const t = typeOf(v);
  if (t === tupleType) return (v as PyTuple).items.some((x) => mayBeTracked(x, depth));
  if (t === dictType) {
    for (const [k, x] of (v as PyDict).entries()) if (mayBeTracked(k, depth) || mayBeTracked(x, depth)) return true;
    return false;
  }
  return true;
}

/** The 'i' format of PyArg_ParseTuple. */
function cInt(v: Value): number {
  const i = A.intValue(v);
  if (i === null) {
    if (A.floatValue(v) !== null) typeError("'float' object cannot be interpreted as an integer");
    return cInt(A.asIndex(v));
  }
  if (i > 2147483647) throw newException(OverflowError, 'signed integer is greater than maximum');
  if (i < -2147483648) throw newException(OverflowError, 'signed integer is less than minimum');
  return Number(i);
}

function noArgs(name: string, args: Value[], kw: string[] | null): void {
  if (kw !== null && kw.length) typeError(`gc.${name}() takes no keyword arguments`);
  if (args.length) typeError(`gc.${name}() takes no arguments (${args.length} given)`);
}

function oneArg(name: string, args: Value[], kw: string[] | null): Value {
  if (kw !== null && kw.length) typeError(`gc.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`gc.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('gc', 'This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n');
  const d = m.dict;
  const F = (name: string, fn: (args: Value[], kw: string[] | null) => Value, doc: string | null = null): void => {
    moduleFunction(d, 'gc', name, fn, doc);
  };
  const garbage = new PyList([]);
  const callbacks = new PyList([]);
  d.set('garbage', garbage);
  d.set('callbacks', callbacks);
  d.set('DEBUG_STATS', DEBUG_STATS);
  d.set('DEBUG_COLLECTABLE', DEBUG_COLLECTABLE);
  d.set('DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE);
  d.set('DEBUG_SAVEALL', DEBUG_SAVEALL);
  d.set('DEBUG_LEAK', DEBUG_LEAK);

  /** invoke_gc_callback: each callback gets (phase, info); a failing one is reported, not raised. */
  const invokeCallbacks = (phase: string, generation: number, collected: number, uncollectable: number): void => {
    if (callbacks.items.length === 0) return;
    const info = new PyDict();
    info.set('generation', generation);
    info.set('collected', collected);
    info.set('uncollectable', uncollectable);
    for (const cb of callbacks.items.slice()) {
      try {
        A.call(cb, [phase, info]);
      } catch (e) {
        writeUnraisable(e, 'in', cb);
      }
    }
  };

  F('enable', (args, kw) => {
    noArgs('enable', args, kw);
    enabled = true;
    return None;
  }, 'Enable automatic garbage collection.');
  F('disable', (args, kw) => {
    noArgs('disable', args, kw);
    enabled = false;
    return None;
  }, 'Disable automatic garbage collection.');
  F('isenabled', (args, kw) => {
    noArgs('isenabled', args, kw);
    return enabled;
  }, 'Returns true if automatic garbage collection is enabled.');
  F('collect', (args, kw) => {
    const [g] = parseArgs('collect', args, kw, ['generation'], 0);
    const generation = g === null ? NUM_GENERATIONS - 1 : cInt(g);
    if (generation < 0 || generation >= NUM_GENERATIONS) valueError('invalid generation');
    // A collection already under way (a callback calling collect()) makes this one a no-op.
    if (collecting) return 0;
    collecting = true;
    try {
      invokeCallbacks('start', generation, 0, 0);
      stats[generation].collections++;
      invokeCallbacks('stop', generation, 0, 0);
    } finally {
      collecting = false;
    }
    return 0;
  }, 'Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.');
  F('get_count', (args, kw) => {
    noArgs('get_count', args, kw);
    // No allocation counts: the engine, not this module, decides when memory is collected.
    return new PyTuple([0, 0, 0]);
  }, 'Return a three-tuple of the current collection counts.');
  F('get_threshold', (args, kw) => {
    noArgs('get_threshold', args, kw);
    return new PyTuple(thresholds.slice());
  }, 'Return the current collection thresholds.');
  F('set_threshold', (args, kw) => {
    if (kw !== null && kw.length) typeError('set_threshold() takes no keyword arguments');
    if (args.length < 1) typeError(`set_threshold() takes at least 1 argument (${args.length} given)`);
    if (args.length > 3) typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
    const vals = args.map(cInt);
    vals.forEach((v, i) => (thresholds[i] = v));
    return None;
  }, 'set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n');
  F('get_debug', (args, kw) => {
    noArgs('get_debug', args, kw);
    return debug;
  }, 'Get the garbage collection debugging flags.');
  F('set_debug', (args, kw) => {
    debug = cInt(oneArg('set_debug', args, kw));
    return None;
  }, 'Set the garbage collection debugging flags.');
  F('get_stats', (args, kw) => {
    noArgs('get_stats', args, kw);
    return new PyList(stats.map((s) => {
      const dd = new PyDict();
      dd.set('collections', s.collections);
      dd.set('collected', s.collected);
      dd.set('uncollectable', s.uncollectable);
      return dd;
    }));
  }, 'Return a list of dictionaries containing per-generation statistics.');
  F('get_objects', (args, kw) => {
    const [g] = parseArgs('get_objects', args, kw, ['generation'], 0);
    if (g !== null && g !== None) {
      if (A.intValue(g) === null) typeError(`argument should be integer or None, not '${A.typeName(g)}'`);
      const generation = Number(A.intValue(g));
      if (generation >= NUM_GENERATIONS) valueError(`generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
      if (generation < -1) valueError('generation parameter cannot be negative');
    }
    throw newException(NotImplementedError, 'gc.get_objects: the objects live in the JS heap, which Typhon cannot walk');
  }, 'Return a list of objects tracked by the collector (excluding the list returned).');
  F('get_referrers', (args, kw) => {
    if (kw !== null && kw.length) typeError('get_referrers() takes no keyword arguments');
    throw newException(NotImplementedError, 'gc.get_referrers: the objects live in the JS heap, which Typhon cannot walk');
  }, 'get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.');
  F('get_referents', (args, kw) => {
    if (kw !== null && kw.length) typeError('get_referents() takes no keyword arguments');
    throw newException(NotImplementedError, 'gc.get_referents: Typhon objects have no traversal function');
  }, 'get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.');
  F('is_tracked', (args, kw) => isTracked(oneArg('is_tracked', args, kw)), 'Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.');
  F('is_finalized', (args, kw) => {
    oneArg('is_finalized', args, kw);
    // __del__ never runs under Typhon: no object the program can reach has been finalized.
    return false;
  }, 'Returns true if the object has been already finalized by the GC.');
  let frozen = false;
  F('freeze', (args, kw) => {
    noArgs('freeze', args, kw);
    frozen = true;
    return None;
  }, 'Freeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.');
  F('unfreeze', (args, kw) => {
    noArgs('unfreeze', args, kw);
    frozen = false;
    return None;
  }, 'Unfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation.');
  F('get_freeze_count', (args, kw) => {
    noArgs('get_freeze_count', args, kw);
    if (frozen) throw newException(NotImplementedError, 'gc.get_freeze_count: Typhon cannot count the objects freeze() moved');
    return 0;
  }, 'Return the number of objects in the permanent generation.');
  return m;
}

registerNative('gc', create);
