/** sys.settrace/gettrace/setprofile/getprofile and the frame's f_trace attributes (vm/tracing.ts). */
import type { Value } from '../objects/base';
import { None, frameType } from '../objects/types';
import { moduleFunction, getset, newMethod, parseArgs } from '../objects/define';
import * as A from '../objects/abstract';
import { sysDict } from './sys';
import { tracer, setTrace, setProfile } from '../vm/tracing';
import { Frame } from '../vm/frame';

moduleFunction(sysDict, 'sys', 'settrace', (args) => {
  setTrace(args[0] === None ? null : args[0]);
  return None;
});
moduleFunction(sysDict, 'sys', 'gettrace', () => tracer.traceFunc ?? None);
moduleFunction(sysDict, 'sys', 'setprofile', (args) => {
  setProfile(args[0] === None ? null : args[0]);
  return None;
});
moduleFunction(sysDict, 'sys', 'getprofile', () => tracer.profileFunc ?? None);

const F = (v: Value): Frame => v as Frame;
getset(frameType, 'f_trace', (f) => F(f).trace ?? None, (f, v) => {
  F(f).trace = v === null || v === None ? null : v;
});
getset(frameType, 'f_trace_lines', (f) => F(f).traceLines, (f, v) => {
  F(f).traceLines = A.isTrue(v ?? false);
});
getset(frameType, 'f_trace_opcodes', (f) => F(f).traceOpcodes, (f, v) => {
  F(f).traceOpcodes = A.isTrue(v ?? false);
});

// The frame object's attributes (Objects/frameobject.c), loaded before any fuller frame_object.ts.
import { PyDict } from '../objects/dict';
import { PyCell } from '../objects/function';
import { method } from '../objects/define';
import { CO_FAST_FREE, CO_FAST_CELL } from '../bytecode/code';
import { escapeFrame } from '../vm/frame';

/** PyFrame_FastToLocalsWithError: a frame's locals as a dict (the mapping itself for module and class bodies). */
export function frameLocalsDict(f: Frame): Value {
  if (f.locals !== null) return f.locals;
  const co = f.code.co;
  const d = new PyDict();
  for (let i = 0; i < co.co_localsplusnames.length; i++) {
    let v = f.s[i];
    const kind = co.co_localspluskinds[i];
    if (v instanceof PyCell && kind & (CO_FAST_CELL | CO_FAST_FREE)) v = v.ref;
    if (v !== null) d.set(co.co_localsplusnames[i], v);
  }
  return d;
}

getset(frameType, 'f_code', (f) => F(f).code);
getset(frameType, 'f_globals', (f) => F(f).globals);
getset(frameType, 'f_builtins', (f) => F(f).builtins);
getset(frameType, 'f_locals', (f) => frameLocalsDict(F(f)));
getset(frameType, 'f_back', (f) => {
  const b = F(f).back;
  if (b === null) return None;
  escapeFrame(b);
  return b;
});
getset(frameType, 'f_lineno', (f) => {
  const n = F(f).lineno;
  return n < 0 ? None : n;
});
getset(frameType, 'f_lasti', (f) => (F(f).lasti < 0 ? -1 : F(f).lasti * 2));
method(frameType, '__repr__', (args) => {
  const f = F(args[0]);
  const co = f.code.co;
  return `<frame at 0x${A.id(f).toString(16).padStart(12, '0')}, file '${co.co_filename}', line ${f.lineno}, code ${co.co_name}>`;
});
method(frameType, 'clear', () => None);

// Traceback objects (Python/traceback.c): tb_frame, tb_lasti, tb_lineno, tb_next.
import { tracebackType } from '../objects/types';
import { PyTraceback } from '../vm/ops';
import { lineForIndex } from '../vm/frame';
import { lazy } from '../util/lazy';
const lazy_exceptions = lazy(() => require('../objects/exceptions') as typeof import('../objects/exceptions'));

const TB = (v: Value): PyTraceback => v as PyTraceback;
getset(tracebackType, 'tb_frame', (t) => TB(t).frame);
// tb_dir: a traceback lists only its four attributes.
method(tracebackType, '__dir__', () => new (require('../objects/containers') as typeof import('../objects/containers')).PyList(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno']));
getset(tracebackType, 'tb_lasti', (t) => TB(t).givenLasti ?? TB(t).lasti * 2);
getset(tracebackType, 'tb_lineno', (t) => TB(t).givenLineno ?? lineForIndex(TB(t).frame.code, TB(t).lasti));
function checkNext(v: Value, what = 'traceback object or None'): PyTraceback | null {
  if (v !== None && !(v instanceof PyTraceback)) {
    const { typeError } = lazy_exceptions();
    typeError(`expected ${what}, got '${A.typeName(v)}'`);
  }
  return v === None ? null : (v as PyTraceback);
}
getset(tracebackType, 'tb_next', (t) => TB(t).next ?? None, (t, v) => {
  const { typeError, newException, ValueError } = lazy_exceptions();
  if (v === null) typeError("can't delete tb_next attribute");
  const next = checkNext(v!, 'traceback object');
  for (let c = next; c !== null; c = c.next) if (c === t) throw newException(ValueError, 'traceback loop detected');
  TB(t).next = next;
});
newMethod(tracebackType, (_cls, args, kwnames) => {
  const { typeError } = lazy_exceptions();
  const [next, frame, lasti, lineno] = parseArgs('TracebackType', args, kwnames, ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'], 4);
  const n = checkNext(next!);
  if (!(frame instanceof Frame)) typeError(`TracebackType() argument 'tb_frame' must be frame, not ${A.typeName(frame!)}`);
  const tb = new PyTraceback(frame as Frame, 0, n);
  tb.givenLasti = A.asSsize(lasti!);
  tb.givenLineno = A.asSsize(lineno!);
  return tb;
});
