/**
 * Callables and descriptors: Python functions, cells, code objects as
 * values, builtin functions and methods, bound methods, classmethod,
 * staticmethod, property, getset descriptors, modules.
 *
 * Native calling convention (CPython's vectorcall): `fn(args, kwnames)`,
 * where the last `kwnames.length` entries of `args` are keyword arguments'
 * values; for methods of a type, args[0] is self.
 */
import { PyObject, type Value } from './base';
import type { PyType } from './type';
import type { PyDict } from './dict';
import type { CodeObject } from '../bytecode/code';
import type { PyTuple } from './containers';
import {
  functionType, builtinFunctionType, methodType, methodDescriptorType, classmethodType, staticmethodType,
  propertyType, getsetDescriptorType, cellType, codeType, moduleType, classmethodDescriptorType, memberDescriptorType,
} from './types';

export type NativeFn = (args: Value[], kwnames: string[] | null) => Value;

/** A code object as a Python value, with what the VM derives from it once. */
export class PyCode extends PyObject {
  /** Decoded instructions (vm/decode.ts), made on first execution. */
  instrs: Int32Array | null = null;
  /** co_consts as runtime values. */
  consts: Value[] | null = null;
  /** Inline caches, by instruction index (vm/decode.ts). */
  caches: unknown[] | null = null;
  /** Finished frames of this code kept for reuse (vm/frame.ts recycleFrame). */
  freeFrames: import('../vm/frame').Frame[] | null = null;
  nlocalsplus: number;
  /** Made by code.replace()/CodeType() with constants that have no compile-time form: marshal refuses it. */
  opaqueConsts = false;
  /** co_argcount when calls with that many positional arguments need no binding (no *args, **kwargs, keyword-only parameters), else -1. */
  simpleArgs: number;
  /** Its JavaScript function once compiled (vm/jit/compile.ts). */
  jit: import('../vm/jit/runtime').JitFunction | null = null;
  /** Whether compiling was tried (it is tried once). */
  jitTried = false;
  /** Entries and loop iterations counted towards compiling. */
  warm = 0;
  constructor(readonly co: CodeObject) {
    super(codeType);
    this.nlocalsplus = co.co_localsplusnames.length;
    this.simpleArgs = co.co_kwonlyargcount === 0 && !(co.co_flags & 0x0c) ? co.co_argcount : -1;
  }
}

export class PyCell extends PyObject {
  /** null: empty cell. */
  constructor(public ref: Value | null) {
    super(cellType);
  }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  annotations: Value | null = null;
  doc: Value;
  module: Value;
  constructor(
    public code: PyCode,
    public globals: PyDict,
    public builtins: PyDict,
    qualname: string,
    doc: Value,
    module: Value,
  ) {
    super(functionType);
    this.name = code.co.co_name;
    this.qualname = qualname;
    this.doc = doc;
    this.module = module;
  }
}

/** builtin_function_or_method: a native function, bound to `self` when it is a module function or a bound method. */
export class PyBuiltin extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    readonly self: Value | null = null,
    readonly qualname: string = name,
    readonly doc: string | null = null,
    /** Module name for module-level functions (__module__). */
    readonly module: string | null = null,
  ) {
    super(builtinFunctionType);
  }
}

/** method_descriptor: a native method in a type's dict (fn receives self as args[0]). */
export class PyMethodDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    readonly objclass: PyType,
    readonly doc: string | null = null,
    kind: 'method' | 'classmethod' = 'method',
  ) {
    super(kind === 'method' ? methodDescriptorType : classmethodDescriptorType);
    this.isClassMethod = kind === 'classmethod';
  }
  readonly isClassMethod: boolean;
}

/** A bound method: a callable and the instance it was looked up on. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: Value,
    readonly self: Value,
  ) {
    super(methodType);
  }
}

export class PyClassMethod extends PyObject {
  constructor(
    public func: Value,
    type: PyType = classmethodType,
  ) {
    super(type);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(
    public func: Value,
    type: PyType = staticmethodType,
  ) {
    super(type);
  }
}

export class PyProperty extends PyObject {
  constructor(
    public fget: Value | null,
    public fset: Value | null,
    public fdel: Value | null,
    public doc: Value | null,
    type: PyType = propertyType,
  ) {
    super(type);
  }
  name: Value | null = null;
}

/** getset_descriptor: native attribute with a getter and optional setter (a data descriptor). */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly get: (self: Value) => Value,
    readonly set: ((self: Value, v: Value | null) => void) | null = null,
    readonly doc: string | null = null,
  ) {
    super(getsetDescriptorType);
  }
}

/** member_descriptor for a __slots__ entry: the value lives in the instance's slot array. */
export class PyMemberDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly index: number,
  ) {
    super(memberDescriptorType);
  }
}

export class PyModule extends PyObject {
  declare dict: PyDict;
  constructor(dict: PyDict, type: PyType = moduleType) {
    super(type);
    this.dict = dict;
  }
}
