/**
 * CPython 3.11's code object (Include/cpython/code.h, Objects/codeobject.c):
 * the fields marshal stores, the views Python derives from them (co_varnames,
 * co_cellvars, co_freevars, co_nlocals), the location table decoders behind
 * co_lines() and co_positions() (Objects/locations.md) and the exception table
 * parser (Lib/dis.py _parse_exception_table).
 */
import type { ConstValue } from './constants';

// co_flags (Include/cpython/code.h)
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

// co_localspluskinds bits (Include/internal/pycore_code.h)
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** dis.COMPILER_FLAG_NAMES, for pretty_flags. */
export const COMPILER_FLAG_NAMES: Readonly<Record<number, string>> = {
  1: 'OPTIMIZED',
  2: 'NEWLOCALS',
  4: 'VARARGS',
  8: 'VARKEYWORDS',
  16: 'NESTED',
  32: 'GENERATOR',
  64: 'NOFREE',
  128: 'COROUTINE',
  256: 'ITERABLE_COROUTINE',
  512: 'ASYNC_GENERATOR',
};

/** One entry of co_positions(): null where CPython gives None. */
export type Position = [lineno: number | null, endLineno: number | null, col: number | null, endCol: number | null];

export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export interface CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: ConstValue[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
}

export class CodeObject implements CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: ConstValue[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;

  constructor(f: CodeFields) {
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_stacksize = f.co_stacksize;
    this.co_flags = f.co_flags;
    this.co_code = f.co_code;
    this.co_consts = f.co_consts;
    this.co_names = f.co_names;
    this.co_localsplusnames = f.co_localsplusnames;
    this.co_localspluskinds = f.co_localspluskinds;
    this.co_filename = f.co_filename;
    this.co_name = f.co_name;
    this.co_qualname = f.co_qualname;
    this.co_firstlineno = f.co_firstlineno;
    this.co_linetable = f.co_linetable;
    this.co_exceptiontable = f.co_exceptiontable;
  }

  /** Names whose kind has any of the bits in `mask` (get_localsplus_names). */
  private namesOfKind(mask: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.co_localsplusnames.length; i++) {
      if (this.co_localspluskinds[i] & mask) out.push(this.co_localsplusnames[i]);
    }
    return out;
  }

  get co_varnames(): string[] {
    return this.namesOfKind(CO_FAST_LOCAL);
  }

  /** Cells, including arguments that are cells (kind LOCAL|CELL), as CPython counts them. */
  get co_cellvars(): string[] {
    return this.namesOfKind(CO_FAST_CELL);
  }

  get co_freevars(): string[] {
    return this.namesOfKind(CO_FAST_FREE);
  }

  get co_nlocals(): number {
    let n = 0;
    for (const k of this.co_localspluskinds) if (k & CO_FAST_LOCAL) n++;
    return n;
  }

  get co_nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }

  /** code._varname_from_oparg: the name of fast-locals slot `i`. */
  varnameFromOparg(i: number): string {
    return this.co_localsplusnames[i];
  }

  co_lines(): [number, number, number | null][] {
    return decodeLines(this.co_linetable, this.co_firstlineno);
  }

  co_positions(): Position[] {
    return decodePositions(this.co_linetable, this.co_firstlineno);
  }

  exceptionTable(): ExceptionTableEntry[] {
    return parseExceptionTable(this.co_exceptiontable);
  }
}

// ---- Location table (Objects/locations.md; codeobject.c advance / advance_with_locations) ----

const LOC_ONE_LINE0 = 10;
const LOC_NO_COLUMNS = 13;
const LOC_LONG = 14;
const LOC_NONE = 15;

/** A cursor over the table; reads past the end give 0 instead of crashing (CPython trusts its own data). */
class LocReader {
  pos = 0;
  constructor(readonly t: Uint8Array) {}
  byte(): number {
    return this.pos < this.t.length ? this.t[this.pos++] : (this.pos++, 0);
  }
  /** read_varint: 6-bit groups, least significant first, bit 6 = more. */
  varint(): number {
    let read = this.byte();
    let val = read & 63;
    let shift = 0;
    while (read & 64 && this.pos < this.t.length) {
      read = this.byte();
      shift += 6;
      val |= (read & 63) << shift;
    }
    return val >>> 0;
  }
  svarint(): number {
    const u = this.varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  }
}

/** codeobject.c get_line_delta: the line change an entry starting at `at` makes. */
function lineDelta(t: Uint8Array, at: number): number {
  const code = (t[at] >> 3) & 15;
  if (code === LOC_NO_COLUMNS || code === LOC_LONG) {
    const r = new LocReader(t);
    r.pos = at + 1;
    return r.svarint();
  }
  if (code >= LOC_ONE_LINE0 && code < LOC_NO_COLUMNS) return code - LOC_ONE_LINE0;
  return 0;
}

/** co_lines() (lineiter_next over _PyLineTable_NextAddressRange): one (start, end, line) per entry, unmerged. */
export function decodeLines(t: Uint8Array, firstlineno: number): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  let line = firstlineno;
  let end = 0;
  let i = 0;
  while (i < t.length) {
    const first = t[i];
    line += lineDelta(t, i);
    const start = end;
    end += ((first & 7) + 1) * 2;
    out.push([start, end, (first >> 3) === 0x1f ? null : line]);
    do i++;
    while (i < t.length && (t[i] & 128) === 0);
  }
  return out;
}

/** co_positions() (positionsiter_next + advance_with_locations): one entry per code unit. */
export function decodePositions(t: Uint8Array, firstlineno: number): Position[] {
  const out: Position[] = [];
  const r = new LocReader(t);
  let computed = firstlineno;
  const nn = (x: number): number | null => (x < 0 ? null : x);
  while (r.pos < t.length) {
    const first = r.byte();
    const code = (first >> 3) & 15;
    const units = (first & 7) + 1;
    let line: number;
    let endLine: number;
    let col: number;
    let endCol: number;
    if (code === LOC_NONE) {
      line = endLine = col = endCol = -1;
    } else if (code === LOC_LONG) {
      computed += r.svarint();
      line = computed;
      endLine = line + r.varint();
      col = r.varint() - 1;
      endCol = r.varint() - 1;
    } else if (code === LOC_NO_COLUMNS) {
      computed += r.svarint();
      line = endLine = computed;
      col = endCol = -1;
    } else if (code >= LOC_ONE_LINE0) {
      computed += code - LOC_ONE_LINE0;
      line = endLine = computed;
      col = r.byte();
      endCol = r.byte();
    } else {
      const second = r.byte();
      line = endLine = computed;
      col = (code << 3) | (second >> 4);
      endCol = col + (second & 15);
    }
    const p: Position = [nn(line), nn(endLine), nn(col), nn(endCol)];
    for (let k = 0; k < units; k++) out.push(p);
  }
  return out;
}

// ---- Exception table (Lib/dis.py _parse_varint / _parse_exception_table) ----

/** Entries of a 3.11 exception table: varints of 6-bit groups, most significant first, bit 6 = more. */
export function parseExceptionTable(t: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let i = 0;
  const varint = (): number | null => {
    if (i >= t.length) return null;
    let b = t[i++];
    let val = b & 63;
    while (b & 64) {
      if (i >= t.length) return null;
      val = val * 64;
      b = t[i++];
      val += b & 63;
    }
    return val;
  };
  for (;;) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    if (start === null || length === null || target === null || dl === null) return entries;
    entries.push({ start: start * 2, end: start * 2 + length * 2, target: target * 2, depth: Math.floor(dl / 2), lasti: (dl & 1) === 1 });
  }
}
