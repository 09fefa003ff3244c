/**
 * _ast (Python/Python-ast.c): the node classes, built from the generated
 * NODE_INFO/SUM_INFO tables so that their names, _fields, _attributes,
 * __match_args__, docs and class-level None defaults are CPython's, and the
 * two conversions compile() needs: the compiler's tree to Python objects
 * (ast2obj, for PyCF_ONLY_AST) and Python objects back to the compiler's
 * tree (obj2ast, for compile() of an AST), with Python-ast.c's TypeErrors.
 * ast.c's validator lives in ast_validate.ts.
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import * as N from '../ast/nodes';
import { NODE_INFO, SUM_INFO } from '../ast/nodes';
import { normaliseInt, type ConstantValue, PyFloat as CFloat, PyComplex as CComplex, PyBytes as CBytes, ELLIPSIS } from '../ast/constant';
import { ConstTuple, ConstFrozenSet } from '../bytecode/constants';
import { constToValue } from '../vm/consts';
import { PyInstance } from '../objects/instance';
import { PyType, TPFLAGS_BASETYPE, TPFLAGS_HEAPTYPE } from '../objects/type';
import { typeType, objectType, None, Ellipsis, typeOf, strType, intType, boolType, floatType, complexType, bytesType, tupleType, frozensetType } from '../objects/types';
import { PyDict } from '../objects/dict';
import { PyList, PyTuple, PyBytes, PyWStr, tuple } from '../objects/containers';
import { PyFloat } from '../objects/float_object';
import { PyComplexObj } from '../objects/complex_object';
import { method, getset } from '../objects/define';
import { typeError, newException, ValueError, TypeError as PyTypeError } from '../objects/exceptions';
import { PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT } from '../compiler/index';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';

// ---------------------------------------------------------------- the classes

// Python-ast.c makes the node classes at run time: they are heap types (ast.py sets attributes on them).
export const astType = new PyType(typeType, 'AST', [objectType], TPFLAGS_BASETYPE | TPFLAGS_HEAPTYPE);
astType.hasInstanceDict = true;

/** Every class of _ast by name (AST, the sum types and the node classes). */
export const astClasses = new Map<string, PyType>([['AST', astType]]);

function nodeClass(name: string, base: PyType, doc: string): PyType {
  const t = new PyType(typeType, name, [base], TPFLAGS_BASETYPE | TPFLAGS_HEAPTYPE);
  t.hasInstanceDict = true;
  t.dict.set('__module__', 'ast');
  t.dict.set('__doc__', doc);
  astClasses.set(name, t);
  return t;
}

const strs = (xs: readonly string[]): PyTuple => tuple(xs.map((x) => x as Value));

astType.dict.set('__module__', 'ast');
astType.dict.set('_fields', tuple([]));
astType.dict.set('__match_args__', tuple([]));
astType.dict.set('_attributes', tuple([]));

for (const [name, info] of Object.entries(SUM_INFO)) {
  const t = nodeClass(name, astType, info.doc);
  t.dict.set('_fields', tuple([]));
  t.dict.set('__match_args__', tuple([]));
  t.dict.set('_attributes', strs(info.attributes));
  // The optional position attributes (end_lineno, end_col_offset) default to None on the class.
  if (info.attributes.includes('end_lineno')) {
    t.dict.set('end_lineno', None);
    t.dict.set('end_col_offset', None);
  }
}
for (const [name, info] of Object.entries(NODE_INFO)) {
  const base = info.base === null ? astType : astClasses.get(info.base)!;
  const t = nodeClass(name, base, info.doc);
  t.dict.set('_fields', strs(info.fields));
  t.dict.set('__match_args__', strs(info.fields));
  if (info.base === null) {
    t.dict.set('_attributes', strs(info.attributes));
    if (info.attributes.includes('end_lineno')) {
      t.dict.set('end_lineno', None);
      t.dict.set('end_col_offset', None);
    }
  }
  for (let i = 0; i < info.fields.length; i++) if (info.kinds[i] === '?') t.dict.set(info.fields[i], None);
}

getset(astType, '__dict__', (self) => ((self as PyObject).dict ??= new PyDict()), (self, v) => {
  if (v === null) typeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${A.typeName(v!)}'`);
  (self as PyObject).dict = v as PyDict;
});

// ast_type_init
method(astType, '__init__', (args, kwnames) => {
  const self = args[0];
  const npos = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
  const fieldsObj = A.getAttrOrNull(typeOf(self), '_fields');
  const fields = fieldsObj === null ? [] : A.toArray(fieldsObj);
  if (npos > fields.length) {
    typeError(`${typeOf(self).name} constructor takes at most ${fields.length} positional argument${fields.length === 1 ? '' : 's'}`);
  }
  for (let i = 0; i < npos; i++) A.setAttr(self, A.strValue(fields[i]), args[1 + i]);
  if (kwnames !== null) for (let k = 0; k < kwnames.length; k++) A.setAttr(self, kwnames[k], args[1 + npos + k]);
  return None;
});

// ast_type_reduce
method(astType, '__reduce__', (args) => {
  const self = args[0];
  const d = self instanceof PyObject ? self.dict : null;
  if (d !== null) return tuple([typeOf(self), tuple([]), d]);
  return tuple([typeOf(self), tuple([])]);
});

// ---------------------------------------------------------------- ast2obj

/** One shared instance per context/operator class, as Python-ast.c's state singletons. */
const singletonObjs = new Map<string, Value>();

function newNode(type: PyType): PyInstance {
  const o = new PyInstance(type);
  o.dict = new PyDict();
  return o;
}

function constantToObj(v: unknown): Value {
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return constToValue(v);
  return constToValue(v as ConstantValue);
}

function fieldToObj(v: unknown, type: string): Value {
  if (v === null || v === undefined) return None;
  if (Array.isArray(v)) return new PyList(v.map((x) => fieldToObj(x, type)));
  if (v instanceof N.AST) return ast2obj(v);
  if (type === 'constant') return constantToObj(v);
  if (typeof v === 'string') return A.mkStr(v);
  return v as Value;
}

/** The compiler's tree as Python objects of the _ast classes. */
export function ast2obj(node: N.AST): Value {
  const info = NODE_INFO[node._type];
  const type = astClasses.get(node._type)!;
  if (info.fields.length === 0 && info.attributes.length === 0) {
    let s = singletonObjs.get(node._type);
    if (s === undefined) {
      s = newNode(type);
      singletonObjs.set(node._type, s);
    }
    return s;
  }
  const o = newNode(type);
  const rec = node as unknown as Record<string, unknown>;
  for (let i = 0; i < info.fields.length; i++) {
    const name = info.fields[i];
    o.dict!.set(name, fieldToObj(rec[name], info.types[i]));
  }
  for (const name of info.attributes) o.dict!.set(name, fieldToObj(rec[name], 'int'));
  return o;
}

// ---------------------------------------------------------------- obj2ast

function isExactStr(v: Value): boolean {
  return typeof v === 'string' || v instanceof PyWStr;
}

/** obj2ast_constant + the value representation the compiler uses. */
function objToConstant(v: Value): unknown {
  if (v === None) return null;
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return typeof v === 'bigint' ? normaliseInt(v) : v;
  if (isExactStr(v)) return A.strValue(v);
  if (v instanceof PyFloat && typeOf(v) === floatType) return new CFloat(v.value);
  if (v instanceof PyComplexObj && typeOf(v) === complexType) return new CComplex(v.real, v.imag);
  if (v instanceof PyBytes && typeOf(v) === bytesType) return new CBytes(v.bytes);
  if (v === Ellipsis) return ELLIPSIS;
  if (v instanceof PyTuple && typeOf(v) === tupleType) return new ConstTuple(v.items.map(objToConstant) as never);
  if (typeOf(v) === frozensetType) return new ConstFrozenSet(A.toArray(v).map(objToConstant) as never);
  // Anything else is kept as it is: the validator rejects it with CPython's message.
  return new InvalidConstant(v);
}

/** A Constant value the validator will reject ("got an invalid type in Constant: list"). */
export class InvalidConstant {
  constructor(readonly value: Value) {}
}

function lookupField(obj: Value, name: string): Value | null {
  return A.getAttrOrNull(obj, name);
}

function convertScalar(v: Value, type: string, owner: string, field: string): unknown {
  switch (type) {
    case 'identifier':
      if (!isExactStr(v) && v !== None) typeError('AST identifier must be of type str');
      return v === None ? null : A.strValue(v);
    case 'string':
      if (!isExactStr(v) && v !== None) typeError('AST string must be of type str');
      return v === None ? null : A.strValue(v);
    case 'int': {
      if (!(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || A.isInstance(v, intType))) {
        typeError(`invalid integer value: ${A.repr(v)}`);
      }
      const n = A.intValue(v)!;
      return typeof n === 'bigint' ? Number(n) : Number(n);
    }
    case 'constant':
      return objToConstant(v);
    default:
      return obj2ast(v, type, owner, field);
  }
}

/**
 * obj2ast_<type>: a Python object of the _ast classes as the compiler's node
 * of the ASDL type `type` (a sum type such as `expr`, or a product type such
 * as `arguments`). None gives null for sum types, as Python-ast.c, whose
 * node constructors then report the missing required field.
 */
export function obj2ast(obj: Value, type: string, owner = '', field = ''): N.AST | null {
  const sum = SUM_INFO[type];
  if (sum !== undefined) {
    if (obj === None) return null;
    const attrs: unknown[] = [];
    for (const name of sum.attributes) attrs.push(readField(obj, name, 'int', name.startsWith('end_') ? '?' : '', type));
    for (const [name, info] of Object.entries(NODE_INFO)) {
      if (info.base !== type) continue;
      if (!A.isInstance(obj, astClasses.get(name)!)) continue;
      const values = info.fields.map((f, i) => readField(obj, f, info.types[i], info.kinds[i], name));
      checkRequired(name, info, values);
      return build(name, [...values, ...attrs]);
    }
    void owner;
    void field;
    return typeError(`expected some sort of ${type}, but got ${A.repr(obj)}`);
  }
  const info = NODE_INFO[type];
  if (info === undefined) throw newException(PyTypeError, `unknown AST type ${type}`);
  const values = info.fields.map((f, i) => readField(obj, f, info.types[i], info.kinds[i], type));
  const attrs = info.attributes.map((a) => readField(obj, a, 'int', a.startsWith('end_') ? '?' : '', type));
  checkRequired(type, info, values);
  return build(type, [...values, ...attrs]);
}

function readField(obj: Value, name: string, type: string, kind: string, owner: string): unknown {
  const v = lookupField(obj, name);
  if (kind === '*') {
    if (v === null) typeError(`required field "${name}" missing from ${owner}`);
    if (!(v instanceof PyList)) typeError(`${owner} field "${name}" must be a list, not a ${A.typeName(v!)}`);
    const list = v as PyList;
    const len = list.items.length;
    const out: unknown[] = [];
    for (let i = 0; i < list.items.length; i++) {
      out.push(convertScalar(list.items[i], type, owner, name));
      if (list.items.length !== len) typeError(`${owner} field "${name}" changed size during iteration`);
    }
    return out;
  }
  if (kind === '?') {
    if (v === null || v === None) return null;
    return convertScalar(v, type, owner, name);
  }
  if (v === null) typeError(`required field "${name}" missing from ${owner}`);
  return convertScalar(v!, type, owner, name);
}

/** _PyAST_<Name>'s checks: a required node field given as None. */
function checkRequired(name: string, info: N.NodeInfo, values: unknown[]): void {
  for (let i = 0; i < info.fields.length; i++) {
    if (info.kinds[i] === '' && values[i] === null && (SUM_INFO[info.types[i]] !== undefined || info.types[i] === 'identifier' || info.types[i] === 'string' || info.types[i] === 'constant')) {
      if (info.types[i] === 'constant') continue; // Constant(value=None) is the constant None
      throw newException(ValueError, `field '${info.fields[i]}' is required for ${name}`);
    }
  }
}

const tsNames: Record<string, string> = { arguments: 'arguments_' };

function build(name: string, values: unknown[]): N.AST {
  const ctor = (N as unknown as Record<string, new (...a: unknown[]) => N.AST>)[tsNames[name] ?? name];
  return new ctor(...values);
}

// ---------------------------------------------------------------- the module

function create(): ReturnType<typeof newModule> {
  const m = newModule('_ast');
  const d = m.dict;
  for (const [name, t] of astClasses) d.set(name, t);
  d.set('PyCF_ONLY_AST', PyCF_ONLY_AST);
  d.set('PyCF_TYPE_COMMENTS', PyCF_TYPE_COMMENTS);
  d.set('PyCF_ALLOW_TOP_LEVEL_AWAIT', PyCF_ALLOW_TOP_LEVEL_AWAIT);
  return m;
}

registerNative('_ast', create);

void strType;
void boolType;
