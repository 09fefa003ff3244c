/** sys.settrace/gettrace/setprofile/getprofile and the frame's f_trace attributes (vm/tracing.ts). */
import type { Value } from '../objects/base';
import { None, frameType } from '../objects/types';
import { moduleFunction, getset } from '../objects/define';
import * as A from '../objects/abstract';
import { sysDict } from './sys';
import { tracer, setTrace, setProfile } from '../vm/tracing';
import type { Frame } from '../vm/frame';

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
