/**
 * The 3.11 location table (Objects/locations.md; compile.c
 * write_location_info_entry): one entry per instruction, split into pieces of
 * at most 8 code units, in the short, one-line, no-column, long or none form.
 */
import type { Location } from './instructions';

const SHORT0 = 0;
const ONE_LINE0 = 10;
const NO_COLUMNS = 13;
const LONG = 14;
const NONE = 15;

export class LineTableWriter {
  private readonly out: number[] = [];
  private lineno: number;
  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  private first(code: number, length: number): void {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }

  private varint(v: number): void {
    while (v >= 64) {
      this.out.push(64 | (v & 63));
      v >>>= 6;
    }
    this.out.push(v);
  }

  private svarint(v: number): void {
    this.varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
  }

  private entry(loc: Location, isize: number): void {
    if (loc.lineno < 0) {
      this.first(NONE, isize);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const column = loc.col;
    const endColumn = loc.endCol;
    if (column < 0 || endColumn < 0) {
      if (loc.endLineno === loc.lineno || loc.endLineno === -1) {
        this.first(NO_COLUMNS, isize);
        this.svarint(lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.endLineno === loc.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        this.first(SHORT0 + (column >> 3), isize);
        this.out.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.first(ONE_LINE0 + lineDelta, isize);
        this.out.push(column, endColumn);
        this.lineno = loc.lineno;
        return;
      }
    }
    this.first(LONG, isize);
    this.svarint(lineDelta);
    this.varint(loc.endLineno - loc.lineno);
    this.varint(column + 1);
    this.varint(endColumn + 1);
    this.lineno = loc.lineno;
  }

  /** assemble_emit_location */
  emit(loc: Location, isize: number): void {
    while (isize > 8) {
      this.entry(loc, 8);
      isize -= 8;
    }
    this.entry(loc, isize);
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}
