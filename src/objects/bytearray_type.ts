/**
 * bytearray's own methods (Objects/bytearrayobject.c): construction in
 * __init__, item and slice assignment (extended slices too), and the mutating
 * list-like methods. The methods it shares with bytes live in bytes_type.ts.
 */
import type { Value } from './base';
import { PyByteArray, PySlice } from './containers';
import { bytearrayType, None, NotImplemented, typeOf } from './types';
import { typeError, valueError, newException, IndexError, OverflowError } from './exceptions';
import * as A from './abstract';
import { method, newMethod, noKw, checkPositional } from './define';
import { sliceIndices } from './wstr';
import { bufferOf, bytesFromArgs, bytesFromIterable } from './bytes_type';

newMethod(bytearrayType, (cls) => new PyByteArray(new Uint8Array(0), 0, cls));

method(bytearrayType, '__init__', (args, kw) => {
  const self = args[0] as PyByteArray;
  const b = bytesFromArgs('bytearray', args.slice(1), kw, 'byte must be in range(0, 256)');
  self.buf = b;
  self.length = b.length;
  return None;
});

bytearrayType.dict.set('__hash__', None);

function ensure(self: PyByteArray, n: number): void {
  if (self.buf.length < n) {
    const nb = new Uint8Array(Math.max(n, self.buf.length * 2, 16));
    nb.set(self.buf.subarray(0, self.length));
    self.buf = nb;
  }
}

function setContents(self: PyByteArray, b: Uint8Array): void {
  self.buf = b;
  self.length = b.length;
}

function byteValue(v: Value): number {
  if (A.intValue(v) === null && typeOf(v).lookup('__index__') === null) typeError(`'${A.typeName(v)}' object cannot be interpreted as an integer`);
  const i = A.asIndex(v);
  if (i < 0 || i > 255) valueError('byte must be in range(0, 256)');
  return Number(i);
}

function index(self: PyByteArray, k: Value, what: string): number {
  const iv = A.asIndex(k);
  let i = typeof iv === 'bigint' ? -1 - self.length : iv;
  if (i < 0) i += self.length;
  if (i < 0 || i >= self.length) throw newException(IndexError, what);
  return i;
}

method(bytearrayType, '__setitem__', (args) => {
  const self = args[0] as PyByteArray;
  const k = args[1];
  const v = args[2];
  if (k instanceof PySlice) {
    assignSlice(self, k, v);
    return None;
  }
  if (A.intValue(k) === null && typeOf(k).lookup('__index__') === null) typeError(`bytearray indices must be integers or slices, not ${A.typeName(k)}`);
  const i = index(self, k, 'bytearray index out of range');
  self.buf[i] = byteValue(v);
  return None;
});

function assignSlice(self: PyByteArray, k: PySlice, v: Value | null): void {
  const cur = self.view();
  let src: Uint8Array;
  if (v === null) src = new Uint8Array(0);
  else {
    const b = bufferOf(v);
    if (b !== null) src = b.slice();
    else if (A.intValue(v) !== null) typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    else if (A.isStr(v)) typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    else src = bytesFromIterable(v, 'byte must be in range(0, 256)');
  }
  const [start, stop, step, n] = sliceIndices(k, cur.length);
  if (step === 1) {
    const end = Math.max(start, stop);
    const out = new Uint8Array(cur.length - (end - start) + src!.length);
    out.set(cur.subarray(0, start));
    out.set(src!, start);
    out.set(cur.subarray(end), start + src!.length);
    setContents(self, out);
    return;
  }
  if (v === null) {
    const drop = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
    setContents(self, cur.filter((_, i) => !drop.has(i)));
    return;
  }
  if (src!.length !== n) valueError(`attempt to assign bytes of size ${src!.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) self.buf[j] = src![i];
}

method(bytearrayType, '__delitem__', (args) => {
  const self = args[0] as PyByteArray;
  const k = args[1];
  if (k instanceof PySlice) {
    assignSlice(self, k, null);
    return None;
  }
  if (A.intValue(k) === null && typeOf(k).lookup('__index__') === null) typeError(`bytearray indices must be integers or slices, not ${A.typeName(k)}`);
  const i = index(self, k, 'bytearray index out of range');
  self.buf.copyWithin(i, i + 1, self.length);
  self.length--;
  return None;
});

function argc(name: string, args: Value[], kw: string[] | null, min: number, max: number): void {
  noKw(name, kw);
  checkPositional(name, args.length - 1, min, max);
}

method(bytearrayType, 'append', (args, kw) => {
  argc('append', args, kw, 1, 1);
  const self = args[0] as PyByteArray;
  const b = byteValue(args[1]);
  ensure(self, self.length + 1);
  self.buf[self.length++] = b;
  return None;
});
method(bytearrayType, 'extend', (args, kw) => {
  argc('extend', args, kw, 1, 1);
  const self = args[0] as PyByteArray;
  const v = args[1];
  let b = bufferOf(v);
  if (b === null) {
    if (A.isStr(v)) typeError('expected iterable of integers; got: \'str\'');
    if (A.getIterOrNull(v) === null) typeError(`can't extend bytearray with ${A.typeName(v)}`);
    b = bytesFromIterable(v, 'byte must be in range(0, 256)');
  } else b = b.slice();
  ensure(self, self.length + b.length);
  self.buf.set(b, self.length);
  self.length += b.length;
  return None;
});
method(bytearrayType, '__iadd__', (args) => {
  const self = args[0] as PyByteArray;
  const b = bufferOf(args[1]);
  if (b === null) typeError(`can't concat ${A.typeName(args[1])} to bytearray`);
  const c = b!.slice();
  ensure(self, self.length + c.length);
  self.buf.set(c, self.length);
  self.length += c.length;
  return self;
});
method(bytearrayType, '__imul__', (args) => {
  const self = args[0] as PyByteArray;
  if (A.intValue(args[1]) === null && typeOf(args[1]).lookup('__index__') === null) return NotImplemented;
  const n = A.asIndex(args[1]);
  if (typeof n === 'bigint' || n * self.length > 0x7fffffff) throw newException(OverflowError, 'repeated bytes are too long');
  const cur = self.view().slice();
  const out = new Uint8Array(n > 0 ? cur.length * n : 0);
  for (let i = 0; i < n; i++) out.set(cur, i * cur.length);
  setContents(self, out);
  return self;
});
method(bytearrayType, 'insert', (args, kw) => {
  argc('insert', args, kw, 2, 2);
  const self = args[0] as PyByteArray;
  const iv = A.asIndex(args[1]);
  let i = typeof iv === 'bigint' ? (iv < 0n ? 0 : self.length) : iv;
  if (i < 0) i = Math.max(0, i + self.length);
  if (i > self.length) i = self.length;
  const b = byteValue(args[2]);
  ensure(self, self.length + 1);
  self.buf.copyWithin(i + 1, i, self.length);
  self.buf[i] = b;
  self.length++;
  return None;
});
method(bytearrayType, 'pop', (args, kw) => {
  argc('pop', args, kw, 0, 1);
  const self = args[0] as PyByteArray;
  if (self.length === 0) throw newException(IndexError, 'pop from empty bytearray');
  const i = args.length > 1 ? index(self, args[1], 'pop index out of range') : self.length - 1;
  const v = self.buf[i];
  self.buf.copyWithin(i, i + 1, self.length);
  self.length--;
  return v;
});
method(bytearrayType, 'remove', (args, kw) => {
  argc('remove', args, kw, 1, 1);
  const self = args[0] as PyByteArray;
  const b = byteValue(args[1]);
  const i = self.view().indexOf(b);
  if (i < 0) valueError('value not found in bytearray');
  self.buf.copyWithin(i, i + 1, self.length);
  self.length--;
  return None;
});
method(bytearrayType, 'clear', (args, kw) => {
  argc('clear', args, kw, 0, 0);
  setContents(args[0] as PyByteArray, new Uint8Array(0));
  return None;
});
method(bytearrayType, 'copy', (args, kw) => {
  argc('copy', args, kw, 0, 0);
  const b = (args[0] as PyByteArray).view().slice();
  return new PyByteArray(b, b.length);
});
method(bytearrayType, 'reverse', (args, kw) => {
  argc('reverse', args, kw, 0, 0);
  (args[0] as PyByteArray).view().reverse();
  return None;
});
method(bytearrayType, '__alloc__', (args) => (args[0] as PyByteArray).length + 1);
