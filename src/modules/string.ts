/**
 * _string (Objects/stringlib/unicode_format.h's MarkupIterator and
 * FieldNameIterator, as exposed for string.Formatter):
 * formatter_parser(s) yields (literal, field_name, format_spec, conversion)
 * and formatter_field_name_split(name) gives (first, iterator of
 * (is_attribute, key)), with the C parser's errors, raised as it walks.
 */
import type { Value } from '../objects/base';
import { PyType } from '../objects/type';
import { typeType, objectType, None } from '../objects/types';
import { tuple } from '../objects/containers';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { moduleFunction } from '../objects/define';
import { nativeIterProtocol } from '../objects/iter_types';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';

const formatterIterType = new PyType(typeType, 'formatteriterator', [objectType], 0);
const fieldNameIterType = new PyType(typeType, 'fieldnameiterator', [objectType], 0);
nativeIterProtocol(formatterIterType, false);
nativeIterProtocol(fieldNameIterType, false);

const fail = (msg: string): never => {
  throw newException(ValueError, msg);
};

/** The code points of a str argument. */
function codePoints(v: Value): string[] {
  if (!A.isStr(v)) typeError(`expected str, got ${A.typeName(v)}`);
  return Array.from(A.strValue(v));
}

const sub = (cs: string[], a: number, b: number): Value => A.mkStr(cs.slice(a, b).join(''));

/** get_integer: the value of an all-decimal-digit part, or -1. */
function getInteger(cs: string[], a: number, b: number): number {
  if (a >= b) return -1;
  let acc = 0;
  for (let i = a; i < b; i++) {
    const c = cs[i].charCodeAt(0);
    if (cs[i].length !== 1 || c < 48 || c > 57) return -1;
    const d = c - 48;
    if (acc > (Number.MAX_SAFE_INTEGER - d) / 10) fail('Too many decimal digits in format string');
    acc = acc * 10 + d;
  }
  return acc;
}

function formatterParser(cs: string[]): () => Value | null {
  let pos = 0;
  const end = cs.length;
  return () => {
    if (pos >= end) return null;
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < end) {
      c = cs[pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === '}' && markup && (atEnd || cs[pos] !== c)) fail("Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) fail("Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (cs[pos] === c) {
        // An escaped brace: literal text only, the brace kept in it.
        pos++;
        markup = false;
      } else len--;
    }
    const literal = sub(cs, start, start + len);
    if (!markup) return tuple([literal, None, None, None]);
    // parse_field
    const nameStart = pos;
    c = '';
    while (pos < end) {
      c = cs[pos++];
      if (c === '{') fail("unexpected '{' in field name");
      if (c === '[') {
        while (pos < end && cs[pos] !== ']') pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const nameEnd = pos - 1;
    let conversion: Value = None;
    let spec: Value = '';
    if (c === '!' || c === ':') {
      if (c === '!') {
        if (pos >= end) fail('end of string while looking for conversion specifier');
        conversion = cs[pos++];
        if (pos < end) {
          const c2 = cs[pos++];
          if (c2 === '}') return tuple([literal, sub(cs, nameStart, nameEnd), '', conversion]);
          if (c2 !== ':') fail("expected ':' after conversion specifier");
        }
      }
      const specStart = pos;
      let count = 1;
      while (pos < end) {
        const c3 = cs[pos++];
        if (c3 === '{') count++;
        else if (c3 === '}') {
          count--;
          if (count === 0) {
            spec = sub(cs, specStart, pos - 1);
            return tuple([literal, sub(cs, nameStart, nameEnd), spec, conversion]);
          }
        }
      }
      fail("unmatched '{' in format spec");
    } else if (c !== '}') fail("expected '}' before end of string");
    return tuple([literal, sub(cs, nameStart, nameEnd), spec, conversion]);
  };
}

function fieldNameSplit(cs: string[]): Value {
  const end = cs.length;
  let i = 0;
  while (i < end && cs[i] !== '.' && cs[i] !== '[') i++;
  const idx = getInteger(cs, 0, i);
  const first: Value = idx === -1 ? sub(cs, 0, i) : idx;
  let pos = i;
  const it = new A.PyNativeIter(fieldNameIterType, () => {
    if (pos >= end) return null;
    const c = cs[pos++];
    let a: number;
    let b: number;
    let isAttr: boolean;
    if (c === '.') {
      isAttr = true;
      a = pos;
      while (pos < end && cs[pos] !== '[' && cs[pos] !== '.') pos++;
      b = pos;
    } else if (c === '[') {
      isAttr = false;
      a = pos;
      let seen = false;
      while (pos < end) {
        if (cs[pos++] === ']') {
          seen = true;
          break;
        }
      }
      if (!seen) fail("Missing ']' in format string");
      b = pos - 1;
    } else {
      return fail("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (a === b) fail('Empty attribute in format string');
    const n = isAttr ? -1 : getInteger(cs, a, b);
    return tuple([isAttr, n === -1 ? sub(cs, a, b) : n]);
  });
  return tuple([first, it]);
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('_string', 'string helper module');
  moduleFunction(m.dict, '_string', 'formatter_parser', (args) => {
    if (args.length !== 1) typeError(`formatter_parser() takes exactly one argument (${args.length} given)`);
    return new A.PyNativeIter(formatterIterType, formatterParser(codePoints(args[0])));
  });
  moduleFunction(m.dict, '_string', 'formatter_field_name_split', (args) => {
    if (args.length !== 1) typeError(`formatter_field_name_split() takes exactly one argument (${args.length} given)`);
    return fieldNameSplit(codePoints(args[0]));
  });
  return m;
}

registerNative('_string', create);
