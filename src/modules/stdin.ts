/**
 * sys.stdin: a text reader over fd 0 (UTF-8, strict, no newline
 * translation, as CPython's on POSIX) with its binary layer as
 * sys.stdin.buffer, both reading synchronously and sharing one byte buffer,
 * so that mixing them loses nothing. INTERIM beside sys.ts's writers until
 * the native io stack replaces them; the reprs and errors are io's.
 */
import * as fs from 'fs';
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { PyBytes, PyList } from '../objects/containers';
import { typeType, objectType, None } from '../objects/types';
import { newException, typeError, ValueError, StopIteration } from '../objects/exceptions';
import { method, methods, getset, parseArgs } from '../objects/define';
import { nativeIterProtocol } from '../objects/iter_types';
import { decode } from '../objects/codecs';
import * as A from '../objects/abstract';

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** The bytes read from fd 0 and not consumed yet. */
class ByteSource {
  private buf: Uint8Array = new Uint8Array(0);
  private start = 0;
  eof = false;

  get available(): number {
    return this.buf.length - this.start;
  }

  /** Reads once more from fd 0 (blocking); false at end of input. */
  fill(): boolean {
    if (this.eof) return false;
    const chunk = Buffer.alloc(65536);
    let n: number;
    for (;;) {
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
        break;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A non-blocking descriptor (Node sets some so) waits as a blocking read would.
        if (code === 'EAGAIN') {
          Atomics.wait(sleepCell, 0, 0, 5);
          continue;
        }
        if (code === 'EOF') {
          n = 0;
          break;
        }
        throw e;
      }
    }
    if (n === 0) {
      this.eof = true;
      return false;
    }
    const rest = this.buf.subarray(this.start);
    const next = new Uint8Array(rest.length + n);
    next.set(rest);
    next.set(chunk.subarray(0, n), rest.length);
    this.buf = next;
    this.start = 0;
    return true;
  }

  take(n: number): Uint8Array {
    const k = Math.min(n, this.available);
    const out = this.buf.slice(this.start, this.start + k);
    this.start += k;
    return out;
  }

  /** Index (relative) of the first byte `b`, or -1. */
  find(b: number): number {
    const i = this.buf.indexOf(b, this.start);
    return i < 0 ? -1 : i - this.start;
  }

  /** How many of the first `n` available bytes end on a complete UTF-8 character. */
  utf8Prefix(n: number): number {
    let end = this.start + n;
    let i = end - 1;
    let back = 0;
    while (i >= this.start && back < 3 && (this.buf[i] & 0xc0) === 0x80) {
      i--;
      back++;
    }
    if (i >= this.start) {
      const lead = this.buf[i];
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (end - i < need) end = i;
    }
    return end - this.start;
  }
}

const source = new ByteSource();

export const stdinType = new PyType(typeType, '_io.TextIOWrapper', [objectType], TPFLAGS_BASETYPE);
export const stdinBufferType = new PyType(typeType, '_io.BufferedReader', [objectType], TPFLAGS_BASETYPE);

class StdinBuffer extends PyObject {
  closed = false;
  constructor() {
    super(stdinBufferType);
  }
}

class StdinText extends PyObject {
  closed = false;
  constructor(readonly buffer: StdinBuffer) {
    super(stdinType);
  }
}

function checkOpen(o: StdinText | StdinBuffer): void {
  if (o.closed) throw newException(ValueError, 'I/O operation on closed file.');
}

function sizeArg(v: Value | null | undefined): number {
  if (v === null || v === undefined || v === None) return -1;
  const n = A.asIndex(v);
  return Number(n);
}

// ---- bytes

function readBytes(n: number): Uint8Array {
  if (n < 0) {
    while (source.fill());
    return source.take(source.available);
  }
  while (source.available < n && source.fill());
  return source.take(n);
}

function readLineBytes(limit: number): Uint8Array {
  for (;;) {
    const i = source.find(0x0a);
    if (i >= 0 && (limit < 0 || i < limit)) return source.take(i + 1);
    if (limit >= 0 && source.available >= limit) return source.take(limit);
    if (!source.fill()) return source.take(source.available);
  }
}

// ---- text

function decodeUtf8(b: Uint8Array): string {
  return A.strValue(decode(b, 'utf-8', 'strict'));
}

function readText(n: number): Value {
  if (n < 0) return A.mkStr(decodeUtf8(readBytes(-1)));
  // n characters: at most 4n bytes, decoded a complete character at a time.
  let out = '';
  let count = 0;
  while (count < n) {
    if (source.available === 0 && !source.fill()) break;
    const want = Math.min(source.available, (n - count) * 4);
    let k = source.utf8Prefix(want);
    if (k === 0) {
      if (!source.fill()) k = source.available;
      else continue;
    }
    const s = decodeUtf8(source.take(k));
    const cps = Array.from(s);
    if (count + cps.length > n) {
      // Too many: give back the bytes of the extra characters.
      const keep = cps.slice(0, n - count).join('');
      const extra = Buffer.from(cps.slice(n - count).join(''), 'utf8');
      unread(extra);
      out += keep;
      count = n;
    } else {
      out += s;
      count += cps.length;
    }
  }
  return A.mkStr(out);
}

function unread(b: Uint8Array): void {
  const rest = source.take(source.available);
  const merged = new Uint8Array(b.length + rest.length);
  merged.set(b);
  merged.set(rest, b.length);
  (source as unknown as { buf: Uint8Array; start: number }).buf = merged;
  (source as unknown as { buf: Uint8Array; start: number }).start = 0;
}

function readLineText(limit: number): string {
  if (limit < 0) return decodeUtf8(readLineBytes(-1));
  const s = A.strValue(readText(limit));
  const i = s.indexOf('\n');
  if (i < 0 || i === s.length - 1) return s;
  unread(Buffer.from(s.slice(i + 1), 'utf8'));
  return s.slice(0, i + 1);
}

/** A line of sys.stdin for input(): null at end of input. */
export function stdinReadLine(): string | null {
  checkOpen(stdinObject);
  const s = readLineText(-1);
  return s === '' ? null : s;
}

// ---- the types

const common = (t: PyType): void => {
  methods(t, {
    fileno: () => 0,
    isatty: () => {
      try {
        return (require('tty') as typeof import('tty')).isatty(0);
      } catch {
        return false;
      }
    },
    readable: (a) => {
      checkOpen(a[0] as StdinText);
      return true;
    },
    writable: () => false,
    seekable: () => {
      try {
        return fs.fstatSync(0).isFile();
      } catch {
        return false;
      }
    },
    close: (a) => {
      (a[0] as StdinText).closed = true;
      return None;
    },
    flush: () => None,
    __enter__: (a) => a[0],
    __exit__: (a) => {
      (a[0] as StdinText).closed = true;
      return None;
    },
  });
  getset(t, 'closed', (o) => (o as StdinText).closed);
  getset(t, 'name', () => A.mkStr('<stdin>'));
  getset(t, 'mode', () => A.mkStr(t === stdinType ? 'r' : 'rb'));
};
common(stdinType);
common(stdinBufferType);
nativeIterProtocol(stdinType, false);
nativeIterProtocol(stdinBufferType, false);

methods(stdinType, {
  read: (a, k) => {
    const [n] = parseArgs('read', a.slice(1), k, ['size'], 0);
    checkOpen(a[0] as StdinText);
    return readText(sizeArg(n));
  },
  readline: (a, k) => {
    const [n] = parseArgs('readline', a.slice(1), k, ['size'], 0);
    checkOpen(a[0] as StdinText);
    return A.mkStr(readLineText(sizeArg(n)));
  },
  readlines: (a, k) => {
    const [h] = parseArgs('readlines', a.slice(1), k, ['hint'], 0);
    checkOpen(a[0] as StdinText);
    const hint = sizeArg(h);
    const out: Value[] = [];
    let total = 0;
    for (;;) {
      const s = readLineText(-1);
      if (s === '') break;
      out.push(A.mkStr(s));
      total += s.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  },
  __iter__: (a) => {
    checkOpen(a[0] as StdinText);
    return a[0];
  },
  __next__: (a) => {
    checkOpen(a[0] as StdinText);
    const s = readLineText(-1);
    if (s === '') throw newException(StopIteration);
    return A.mkStr(s);
  },
  __repr__: () => "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>",
});
getset(stdinType, 'buffer', (o) => (o as StdinText).buffer);
getset(stdinType, 'encoding', () => A.mkStr('utf-8'));
getset(stdinType, 'errors', () => A.mkStr('strict'));
getset(stdinType, 'newlines', () => None);
getset(stdinType, 'line_buffering', () => false);

methods(stdinBufferType, {
  read: (a, k) => {
    const [n] = parseArgs('read', a.slice(1), k, ['size'], 0);
    checkOpen(a[0] as StdinBuffer);
    return new PyBytes(readBytes(sizeArg(n)));
  },
  read1: (a, k) => {
    const [n] = parseArgs('read1', a.slice(1), k, ['size'], 0);
    checkOpen(a[0] as StdinBuffer);
    const size = sizeArg(n);
    if (source.available === 0) source.fill();
    return new PyBytes(source.take(size < 0 ? source.available : size));
  },
  readline: (a, k) => {
    const [n] = parseArgs('readline', a.slice(1), k, ['size'], 0);
    checkOpen(a[0] as StdinBuffer);
    return new PyBytes(readLineBytes(sizeArg(n)));
  },
  readlines: (a) => {
    checkOpen(a[0] as StdinBuffer);
    const out: Value[] = [];
    for (;;) {
      const b = readLineBytes(-1);
      if (b.length === 0) break;
      out.push(new PyBytes(b));
    }
    return new PyList(out);
  },
  __iter__: (a) => a[0],
  __next__: (a) => {
    checkOpen(a[0] as StdinBuffer);
    const b = readLineBytes(-1);
    if (b.length === 0) throw newException(StopIteration);
    return new PyBytes(b);
  },
  __repr__: () => "<_io.BufferedReader name='<stdin>'>",
});
void method;
void typeError;

export const stdinObject = new StdinText(new StdinBuffer());
