/**
 * The marshal module (Python/marshal.c) over src/marshal's reader and
 * writer: dumps/loads/dump/load of the marshallable types (exact types
 * only, as w_object checks them), with marshal.c's errors. FLAG_REF choices
 * are the writer's (CPython's come from reference counts, which JS does not
 * have), so the bytes may differ from CPython's while loading to equal
 * values.
 */
import type { Value } from '../objects/base';
import { PyList, PyTuple, PyBytes, PyByteArray, PyWStr } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFloat } from '../objects/float_object';
import { PyComplexObj } from '../objects/complex_object';
import { PyCode } from '../objects/function';
import { PySet, isFrozen, newSet, newFrozenSet } from '../objects/set_object';
import { None, Ellipsis, typeOf, intType, floatType, complexType, strType, bytesType, bytearrayType, tupleType, listType, dictType, setType, frozensetType } from '../objects/types';
import { newException, typeError, ValueError, EOFError, TypeError as PyTypeError, SystemError, RecursionError, ImportError, UnicodeDecodeError, StopIteration } from '../objects/exceptions';
import { moduleFunction, parseArgs } from '../objects/define';
import * as A from '../objects/abstract';
import { dumps, loadsWithLength, PyMarshalError, MARSHAL_VERSION } from '../marshal/index';
import {
  ConstTuple, ConstFrozenSet, MarshalList, MarshalSet, MarshalDict, STOPITER, PyStopIteration,
  PyFloat as CFloat, PyComplex as CComplex, PyBytes as CBytes, ELLIPSIS, PyEllipsis, type MarshalValue, type ConstValue,
} from '../bytecode/constants';
import { CodeObject } from '../bytecode/code';
import { codeValue, prepareConsts } from '../vm/consts';
import { memoryviewType } from '../objects/types';
import { bufferOf } from '../objects/bytes_type';
import { registerNative, newModule } from './registry';

const unmarshallable = (): never => {
  throw newException(ValueError, 'unmarshallable object');
};

function toMarshal(v: Value, depth: number): MarshalValue {
  if (depth > 2000) throw newException(ValueError, 'object too deeply nested to marshal');
  if (v === None) return null;
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'string') return v;
  if (v === Ellipsis) return ELLIPSIS;
  if (v === StopIteration) return STOPITER;
  const t = typeOf(v);
  if (t === strType && v instanceof PyWStr) return A.strValue(v);
  if (t === floatType) return new CFloat((v as PyFloat).value);
  if (t === complexType) return new CComplex((v as PyComplexObj).real, (v as PyComplexObj).imag);
  if (t === bytesType) return new CBytes((v as PyBytes).bytes);
  if (t === bytearrayType || t === memoryviewType) return new CBytes(bufferOf(v)!.slice());
  if (t === tupleType) return new ConstTuple((v as PyTuple).items.map((x) => toMarshal(x, depth + 1)));
  if (t === listType) return new MarshalList((v as PyList).items.map((x) => toMarshal(x, depth + 1)));
  if (t === dictType) {
    const entries: [MarshalValue, MarshalValue][] = [];
    for (const [k, x] of (v as PyDict).entries()) entries.push([toMarshal(k, depth + 1), toMarshal(x, depth + 1)]);
    return new MarshalDict(entries);
  }
  if (t === setType || t === frozensetType) {
    const items = A.toArray(v).map((x) => toMarshal(x, depth + 1));
    return isFrozen(v as PySet) ? new ConstFrozenSet(items) : new MarshalSet(items);
  }
  if (v instanceof PyCode) {
    if (!v.opaqueConsts) return v.co;
    // code.replace() put runtime values among the constants: marshal them as values.
    const consts = prepareConsts(v).map((x) => toMarshal(x, depth + 1)) as unknown as ConstValue[];
    return new CodeObject({ ...v.co, co_consts: consts });
  }
  void intType;
  return unmarshallable();
}

export function fromMarshal(v: MarshalValue): Value {
  if (v === null) return None;
  switch (typeof v) {
    case 'boolean':
    case 'number':
    case 'bigint':
      return v;
    case 'string':
      return A.mkStr(v);
  }
  if (v instanceof CFloat) return new PyFloat(v.value);
  if (v instanceof CComplex) return new PyComplexObj(v.real, v.imag);
  if (v instanceof CBytes) return new PyBytes(v.bytes);
  if (v instanceof PyEllipsis) return Ellipsis;
  if (v instanceof PyStopIteration) return StopIteration;
  if (v instanceof ConstTuple) return new PyTuple(v.items.map(fromMarshal));
  if (v instanceof MarshalList) return new PyList(v.items.map(fromMarshal));
  if (v instanceof MarshalDict) {
    const d = new PyDict();
    for (const [k, x] of v.entries) d.set(fromMarshal(k), fromMarshal(x));
    return d;
  }
  if (v instanceof ConstFrozenSet) return newFrozenSet(v.items.map(fromMarshal));
  if (v instanceof MarshalSet) return newSet(v.items.map(fromMarshal));
  if (v instanceof CodeObject) return codeValue(v);
  throw newException(SystemError, 'unknown marshal value');
}

function marshalError(e: unknown): unknown {
  if (!(e instanceof PyMarshalError)) return e;
  const t = { ValueError, EOFError, TypeError: PyTypeError, SystemError, UnicodeDecodeError, RecursionError, ImportError }[e.kind];
  return newException(t, e.msg);
}

function dumpBytes(value: Value, version: Value | null): Uint8Array {
  const ver = version === null ? MARSHAL_VERSION : Number(A.asIndex(version));
  try {
    return dumps(toMarshal(value, 0), ver);
  } catch (e) {
    throw marshalError(e);
  }
}

function loadBytes(data: Uint8Array): { value: Value; length: number } {
  try {
    const r = loadsWithLength(data);
    return { value: fromMarshal(r.value), length: r.length };
  } catch (e) {
    throw marshalError(e);
  }
}

function bufferArg(v: Value, fname: string): Uint8Array {
  const b = bufferOf(v);
  if (b === null) typeError(`${fname}() argument must be bytes-like object, not '${A.typeName(v)}'`);
  return b!;
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('marshal');
  const d = m.dict;
  d.set('version', MARSHAL_VERSION);
  moduleFunction(d, 'marshal', 'dumps', (args, kwnames) => {
    const [value, version] = parseArgs('dumps', args, kwnames, ['value', 'version'], 1, 2);
    return new PyBytes(dumpBytes(value!, version));
  });
  moduleFunction(d, 'marshal', 'loads', (args, kwnames) => {
    const [bytes] = parseArgs('loads', args, kwnames, ['bytes'], 1, 1);
    return loadBytes(bufferArg(bytes!, "loads")).value;
  });
  moduleFunction(d, 'marshal', 'dump', (args, kwnames) => {
    const [value, file, version] = parseArgs('dump', args, kwnames, ['value', 'file', 'version'], 2, 3);
    A.callMethod(file!, 'write', [new PyBytes(dumpBytes(value!, version))]);
    return None;
  });
  moduleFunction(d, 'marshal', 'load', (args, kwnames) => {
    const [file] = parseArgs('load', args, kwnames, ['file'], 1, 1);
    // marshal.c reads what it needs through file.readinto; reading the rest and seeking back has the same effect.
    const data = A.callMethod(file!, 'read', []);
    const bytes = bufferOf(data);
    if (bytes === null) typeError(`file.read() returned not bytes but ${A.typeName(data)}`);
    if (bytes!.length === 0) throw newException(EOFError, 'EOF read where object expected');
    const r = loadBytes(bytes!);
    if (r.length < bytes!.length) {
      const seek = A.getAttrOrNull(file!, 'seek');
      if (seek !== null) A.call(seek, [r.length - bytes!.length, 1]);
    }
    return r.value;
  });
  void PyByteArray;
  return m;
}

registerNative('marshal', create);
