/**
 * binascii (Modules/binascii.c): base64, hex, uu and quoted-printable
 * conversions and the CRC-32 / CRC-CCITT checksums, with binascii.c's
 * algorithms (non-strict base64 skips what is not base64 and stops at
 * padding) and its messages. Arguments taking "ASCII data" accept str
 * (ASCII only) or any bytes-like object.
 */
import type { Value } from '../objects/base';
import { PyBytes } from '../objects/containers';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { typeType } from '../objects/types';
import { newException, typeError, ValueError, PyBaseException, Exception as ExceptionType } from '../objects/exceptions';
import { moduleFunction, parseArgs } from '../objects/define';
import { bufferOf } from '../objects/bytes_type';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';

const ErrorType = new PyType(typeType, 'binascii.Error', [ValueError], TPFLAGS_BASETYPE | (ValueError.flags & ~0));
ErrorType.hasInstanceDict = true;
const IncompleteType = new PyType(typeType, 'binascii.Incomplete', [ExceptionType], TPFLAGS_BASETYPE | (ExceptionType.flags & ~0));
IncompleteType.hasInstanceDict = true;

const fail = (msg: string): never => {
  throw newException(ErrorType, msg);
};

/** ascii_buffer_converter: str (ASCII only) or a bytes-like object. */
function asciiData(v: Value, fname: string): Uint8Array {
  if (A.isStr(v)) {
    const s = A.strValue(v);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw newException(ValueError, 'string argument should contain only ASCII characters');
      out[i] = c;
    }
    return out;
  }
  const b = bufferOf(v);
  if (b === null) typeError(`argument should be bytes, buffer or ASCII string, not '${A.typeName(v)}'`);
  void fname;
  return b!;
}

function binaryData(v: Value, fname: string): Uint8Array {
  const b = bufferOf(v);
  if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(v)}'`);
  void fname;
  return b!;
}

// ---------------------------------------------------------------- base64

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64REV = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64REV[B64.charCodeAt(i)] = i;

function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  if (strict && data.length > 0 && data[0] === 0x3d) fail('Leading padding not allowed');
  let quad = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (ch === 0x3d) {
      paddingStarted = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) fail('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64REV[ch];
    if (v < 0) {
      if (strict) fail('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) fail('Discontinuous padding not allowed');
    pads = 0;
    switch (quad) {
      case 0:
        quad = 1;
        left = v;
        break;
      case 1:
        quad = 2;
        out.push(((left << 2) | (v >> 4)) & 0xff);
        left = v & 0x0f;
        break;
      case 2:
        quad = 3;
        out.push(((left << 4) | (v >> 2)) & 0xff);
        left = v & 0x03;
        break;
      default:
        quad = 0;
        out.push(((left << 6) | v) & 0xff);
        left = 0;
    }
  }
  if (quad !== 0) {
    if (quad === 1) {
      fail(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    }
    fail('Incorrect padding');
  }
  return Uint8Array.from(out);
}

function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out.push(B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63), B64.charCodeAt((n >> 6) & 63), B64.charCodeAt(n & 63));
  }
  const rest = data.length - i;
  if (rest === 1) {
    const n = data[i] << 16;
    out.push(B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63), 0x3d, 0x3d);
  } else if (rest === 2) {
    const n = (data[i] << 16) | (data[i + 1] << 8);
    out.push(B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63), B64.charCodeAt((n >> 6) & 63), 0x3d);
  }
  if (newline) out.push(0x0a);
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- hex

function unhexlify(data: Uint8Array): Uint8Array {
  if (data.length % 2 !== 0) fail('Odd-length string');
  const out = new Uint8Array(data.length / 2);
  const dig = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  for (let i = 0; i < out.length; i++) {
    const hi = dig(data[2 * i]);
    const lo = dig(data[2 * i + 1]);
    if (hi < 0 || lo < 0) fail('Non-hexadecimal digit found');
    out[i] = (hi << 4) | lo;
  }
  return out;
}

function hexlify(args: Value[], kwnames: string[] | null, fname: string): Value {
  const [data, sep, bps] = parseArgs(fname, args, kwnames, ['data', 'sep', 'bytes_per_sep'], 1);
  const b = binaryData(data!, fname);
  const extra: Value[] = [];
  const names: string[] = [];
  if (sep !== null) {
    extra.push(sep);
    names.push('sep');
  }
  if (bps !== null) {
    extra.push(bps);
    names.push('bytes_per_sep');
  }
  const h = A.callMethod(new PyBytes(b), 'hex', extra, names.length ? names : null);
  const s = A.strValue(h);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new PyBytes(out);
}

// ---------------------------------------------------------------- uu

function a2bUu(data: Uint8Array): Uint8Array {
  // The first character is the length; trailing whitespace may be stripped by mailers.
  let n = data.length;
  let pos = 0;
  // An empty buffer's first "byte" is its NUL terminator in C: 32 zero bytes.
  const binLen = ((n > 0 ? data[0] : 0) - 0x20) & 0x3f;
  pos = 1;
  const out = new Uint8Array(binLen);
  let o = 0;
  let left = 0;
  let bits = 0;
  for (; o < binLen; pos++) {
    let c: number;
    if (pos >= n || data[pos] === 0x0a || data[pos] === 0x0d) c = 0;
    else {
      c = data[pos];
      if (c < 0x20 || c > 0x20 + 64) fail('Illegal char');
      c = (c - 0x20) & 0x3f;
    }
    left = (left << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (left >> bits) & 0xff;
      left &= (1 << bits) - 1;
    }
  }
  // What is left must be whitespace or padding.
  for (; pos < n; pos++) {
    const c = data[pos];
    if (c !== 0x20 && c !== 0x20 + 64 && c !== 0x0a && c !== 0x0d) fail('Trailing garbage');
  }
  void n;
  n = 0;
  return out;
}

function b2aUu(data: Uint8Array, backtick: boolean): Uint8Array {
  if (data.length > 45) fail('At most 45 bytes at once');
  const out: number[] = [backtick && data.length === 0 ? 0x60 : 0x20 + data.length];
  let left = 0;
  let bits = 0;
  // binascii_b2a_uu_impl: data then zero padding until the bits run out.
  for (let i = 0, n = data.length; n > 0 || bits !== 0; n--, i++) {
    left = n > 0 ? ((left << 8) | data[i]) & 0xffffff : (left << 8) & 0xffffff;
    bits += 8;
    while (bits >= 6) {
      const v = (left >> (bits - 6)) & 0x3f;
      bits -= 6;
      out.push(backtick && v === 0 ? 0x60 : v + 0x20);
    }
  }
  out.push(0x0a);
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- quoted-printable

const HEXU = '0123456789ABCDEF';

function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out: number[] = [];
  const hexv = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  let i = 0;
  while (i < data.length) {
    const c = data[i];
    if (c === 0x3d) {
      i++;
      if (i >= data.length) break;
      // A soft line break: '=' before the end of the line.
      if (data[i] === 0x0a || data[i] === 0x0d) {
        if (data[i] !== 0x0a) {
          while (i < data.length && data[i] !== 0x0a) i++;
        }
        if (i < data.length) i++;
      } else if (data[i] === 0x3d) {
        // Broken software: '==' is '='.
        out.push(0x3d);
        i++;
      } else if (i + 1 < data.length && hexv(data[i]) >= 0 && hexv(data[i + 1]) >= 0) {
        out.push((hexv(data[i]) << 4) | hexv(data[i + 1]));
        i += 2;
      } else {
        out.push(0x3d);
      }
    } else if (header && c === 0x5f) {
      out.push(0x20);
      i++;
    } else {
      out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

function b2aQp(data: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const MAXLINESIZE = 76;
  // The line ending of the input, as binascii.c detects it: CRLF if the first newline has a CR before it.
  const firstNl = data.indexOf(0x0a);
  const crlf = firstNl > 0 && data[firstNl - 1] === 0x0d;
  const out: number[] = [];
  let lineLen = 0;
  const needsQuote = (i: number): boolean => {
    const c = data[i];
    return (
      c > 126 ||
      c === 0x3d ||
      (header && c === 0x5f) ||
      (c === 0x2e && lineLen === 0 && (i + 1 === data.length || data[i + 1] === 0x0a || data[i + 1] === 0x0d || data[i + 1] === 0)) ||
      (!istext && (c === 0x0d || c === 0x0a)) ||
      ((c === 0x09 || c === 0x20) && i + 1 === data.length) ||
      (c < 33 && c !== 0x0d && c !== 0x0a && (quotetabs || (c !== 0x09 && c !== 0x20)))
    );
  };
  let i = 0;
  while (i < data.length) {
    if (needsQuote(i)) {
      if (lineLen + 3 >= MAXLINESIZE) {
        out.push(0x3d);
        if (crlf) out.push(0x0d);
        out.push(0x0a);
        lineLen = 0;
      }
      out.push(0x3d, HEXU.charCodeAt(data[i] >> 4), HEXU.charCodeAt(data[i] & 15));
      lineLen += 3;
      i++;
    } else if (istext && (data[i] === 0x0a || (i + 1 < data.length && data[i] === 0x0d && data[i + 1] === 0x0a))) {
      lineLen = 0;
      // Protect against whitespace on the end of a line.
      const last = out.length > 0 ? out[out.length - 1] : -1;
      if (last === 0x20 || last === 0x09) {
        out.pop();
        out.push(0x3d, HEXU.charCodeAt(last >> 4), HEXU.charCodeAt(last & 15));
      }
      if (crlf) out.push(0x0d);
      out.push(0x0a);
      i += data[i] === 0x0d ? 2 : 1;
    } else {
      if (i + 1 !== data.length && data[i + 1] !== 0x0a && lineLen + 1 >= MAXLINESIZE) {
        out.push(0x3d);
        if (crlf) out.push(0x0d);
        out.push(0x0a);
        lineLen = 0;
      }
      lineLen++;
      out.push(header && data[i] === 0x20 ? 0x5f : data[i]);
      i++;
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- checksums

const CRC32_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array, crc: number): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < data.length; i++) {
    c ^= data[i] << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}

/** An unsigned int argument reduced modulo 2**32 (or 2**16), as binascii's converters do. */
function uintArg(v: Value | null, bits: number): number {
  if (v === null) return 0;
  if (typeof v === 'boolean' || !(typeof v === 'number' || typeof v === 'bigint' || A.intValue(v) !== null)) {
    if (typeof v !== 'boolean') typeError(`'${A.typeName(v)}' object cannot be interpreted as an integer`);
  }
  const n = BigInt(A.asIndex(v));
  return Number(BigInt.asUintN(bits, n));
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('binascii', 'Conversion between binary data and ASCII');
  const d = m.dict;
  d.set('Error', ErrorType);
  d.set('Incomplete', IncompleteType);
  const F = (name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    moduleFunction(d, 'binascii', name, fn);
  };
  F('a2b_base64', (args, kw) => {
    const [data, strict] = parseArgs('a2b_base64', args, kw, ['data', 'strict_mode'], 1, 1);
    return new PyBytes(a2bBase64(asciiData(data!, 'a2b_base64'), strict !== null && A.isTrue(strict)));
  });
  F('b2a_base64', (args, kw) => {
    const [data, newline] = parseArgs('b2a_base64', args, kw, ['data', 'newline'], 1, 1);
    return new PyBytes(b2aBase64(binaryData(data!, 'b2a_base64'), newline === null || A.isTrue(newline)));
  });
  const unhex = (args: Value[], kw: string[] | null): Value => {
    const [data] = parseArgs('a2b_hex', args, kw, ['hexstr'], 1);
    return new PyBytes(unhexlify(asciiData(data!, 'a2b_hex')));
  };
  F('a2b_hex', unhex);
  F('unhexlify', unhex);
  F('b2a_hex', (args, kw) => hexlify(args, kw, 'b2a_hex'));
  F('hexlify', (args, kw) => hexlify(args, kw, 'hexlify'));
  F('a2b_uu', (args, kw) => {
    const [data] = parseArgs('a2b_uu', args, kw, ['data'], 1, 1);
    return new PyBytes(a2bUu(asciiData(data!, 'a2b_uu')));
  });
  F('b2a_uu', (args, kw) => {
    const [data, backtick] = parseArgs('b2a_uu', args, kw, ['data', 'backtick'], 1, 1);
    return new PyBytes(b2aUu(binaryData(data!, 'b2a_uu'), backtick !== null && A.isTrue(backtick)));
  });
  F('a2b_qp', (args, kw) => {
    const [data, header] = parseArgs('a2b_qp', args, kw, ['data', 'header'], 1);
    return new PyBytes(a2bQp(asciiData(data!, 'a2b_qp'), header !== null && A.isTrue(header)));
  });
  F('b2a_qp', (args, kw) => {
    const [data, quotetabs, istext, header] = parseArgs('b2a_qp', args, kw, ['data', 'quotetabs', 'istext', 'header'], 1);
    return new PyBytes(
      b2aQp(binaryData(data!, 'b2a_qp'), quotetabs !== null && A.isTrue(quotetabs), istext === null || A.isTrue(istext), header !== null && A.isTrue(header)),
    );
  });
  F('crc32', (args, kw) => {
    const [data, crc] = parseArgs('crc32', args, kw, ['data', 'crc'], 1, 2);
    return crc32(binaryData(data!, 'crc32'), uintArg(crc, 32));
  });
  F('crc_hqx', (args, kw) => {
    const [data, crc] = parseArgs('crc_hqx', args, kw, ['data', 'crc'], 2, 2);
    return crcHqx(binaryData(data!, 'crc_hqx'), uintArg(crc, 16));
  });
  return m;
}

registerNative('binascii', create);

void PyBaseException;
