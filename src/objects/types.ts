/**
 * The builtin type objects, created in one place so that every other module
 * can refer to them at load time, plus typeOf() and the singletons None,
 * NotImplemented and Ellipsis. Methods are attached by each type's own file.
 */
import { PyObject, boot, type Value } from './base';
import { PyType, TPFLAGS_BASETYPE as BASE, TPFLAGS_LONG_SUBCLASS, TPFLAGS_LIST_SUBCLASS, TPFLAGS_TUPLE_SUBCLASS, TPFLAGS_BYTES_SUBCLASS, TPFLAGS_UNICODE_SUBCLASS, TPFLAGS_DICT_SUBCLASS, TPFLAGS_TYPE_SUBCLASS, TPFLAGS_SEQUENCE, TPFLAGS_MAPPING } from './type';

// Bootstrap: `type` is its own type, `object` is an instance of `type`, and
// every type's dict is a dict; the first dicts are made before `dict` exists.
export const objectType = new PyType(null, 'object', [], BASE);
export const typeType = new PyType(null, 'type', [objectType], BASE | TPFLAGS_TYPE_SUBCLASS);
objectType.ob_type = typeType;
typeType.ob_type = typeType;
export const dictType = new PyType(typeType, 'dict', [objectType], BASE | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING);
boot.dictType = dictType;
for (const t of [objectType, typeType, dictType]) t.dict.ob_type = dictType;

function mk(name: string, base: PyType = objectType, flags = BASE): PyType {
  return new PyType(typeType, name, [base], flags);
}
/** A type that cannot be subclassed ("type 'X' is not an acceptable base type"). */
function fin(name: string, base: PyType = objectType, flags = 0): PyType {
  return new PyType(typeType, name, [base], flags);
}

export const intType = mk('int', objectType, BASE | TPFLAGS_LONG_SUBCLASS);
export const boolType = fin('bool', intType, TPFLAGS_LONG_SUBCLASS);
export const floatType = mk('float');
boot.floatType = floatType;
export const complexType = mk('complex');
export const strType = mk('str', objectType, BASE | TPFLAGS_UNICODE_SUBCLASS);
export const bytesType = mk('bytes', objectType, BASE | TPFLAGS_BYTES_SUBCLASS);
export const bytearrayType = mk('bytearray');
export const listType = mk('list', objectType, BASE | TPFLAGS_LIST_SUBCLASS | TPFLAGS_SEQUENCE);
export const tupleType = mk('tuple', objectType, BASE | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_SEQUENCE);
export const setType = mk('set');
export const frozensetType = mk('frozenset');
export const rangeType = fin('range', objectType, TPFLAGS_SEQUENCE);
export const sliceType = fin('slice');
export const noneType = fin('NoneType');
export const notImplementedType = fin('NotImplementedType');
export const ellipsisType = fin('ellipsis');
export const memoryviewType = fin('memoryview', objectType, TPFLAGS_SEQUENCE);

export const functionType = fin('function');
export const builtinFunctionType = fin('builtin_function_or_method');
export const methodType = fin('method');
export const methodDescriptorType = fin('method_descriptor');
export const classmethodDescriptorType = fin('classmethod_descriptor');
export const wrapperDescriptorType = fin('wrapper_descriptor');
export const methodWrapperType = fin('method-wrapper');
export const getsetDescriptorType = fin('getset_descriptor');
export const memberDescriptorType = fin('member_descriptor');
export const classmethodType = mk('classmethod');
export const staticmethodType = mk('staticmethod');
export const propertyType = mk('property');
export const superType = mk('super');
export const cellType = fin('cell');
export const codeType = fin('code');
export const frameType = fin('frame');
export const tracebackType = fin('traceback');
export const moduleType = mk('module');
export const mappingproxyType = fin('mappingproxy');
export const generatorType = fin('generator');
export const coroutineType = fin('coroutine');
export const asyncGeneratorType = fin('async_generator');
export const coroutineWrapperType = fin('coroutine_wrapper');
export const asyncGenASendType = fin('async_generator_asend');
export const asyncGenAThrowType = fin('async_generator_athrow');
export const asyncGenWrappedValueType = fin('async_generator_wrapped_value');
export const cellTypeAlias = cellType;

// Iterators and views.
export const listIteratorType = fin('list_iterator');
export const listRevIteratorType = fin('list_reverseiterator');
export const tupleIteratorType = fin('tuple_iterator');
export const strIteratorType = fin('str_ascii_iterator');
export const strUnicodeIteratorType = fin('str_iterator');
export const bytesIteratorType = fin('bytes_iterator');
export const bytearrayIteratorType = fin('bytearray_iterator');
export const rangeIteratorType = fin('range_iterator');
export const longRangeIteratorType = fin('longrange_iterator');
export const setIteratorType = fin('set_iterator');
export const dictKeysType = fin('dict_keys');
export const dictValuesType = fin('dict_values');
export const dictItemsType = fin('dict_items');
export const dictKeyIteratorType = fin('dict_keyiterator');
export const dictValueIteratorType = fin('dict_valueiterator');
export const dictItemIteratorType = fin('dict_itemiterator');
export const dictRevKeyIteratorType = fin('dict_reversekeyiterator');
export const dictRevValueIteratorType = fin('dict_reversevalueiterator');
export const dictRevItemIteratorType = fin('dict_reverseitemiterator');
export const seqIteratorType = fin('iterator');
export const callableIteratorType = fin('callable_iterator');
export const enumerateType = mk('enumerate');
export const zipType = mk('zip');
export const mapType = mk('map');
export const filterType = mk('filter');
export const reversedType = mk('reversed');

for (const t of [noneType, notImplementedType, ellipsisType]) t.dict.ob_type = dictType;

export class PySingleton extends PyObject {
  constructor(
    type: PyType,
    readonly repr: string,
  ) {
    super(type);
  }
}

export const None = new PySingleton(noneType, 'None');
export const NotImplemented = new PySingleton(notImplementedType, 'NotImplemented');
export const Ellipsis = new PySingleton(ellipsisType, 'Ellipsis');

/** Py_TYPE(v). */
export function typeOf(v: Value): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
  }
  return (v as PyObject).ob_type;
}

/** isinstance(v, t) without __instancecheck__ (PyObject_TypeCheck). */
export function isInstanceOf(v: Value, t: PyType): boolean {
  return typeOf(v).isSubtype(t);
}

/** Every type listed here lives in `builtins` (its __module__). */
export const BUILTIN_MODULE = 'builtins';
