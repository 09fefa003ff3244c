/**
 * Source bytes to text, as CPython decides the encoding of a module
 * (PEP 263, PEP 3120): a UTF-8 BOM, or a `coding` cookie on line 1 or 2
 * (line 2 only when line 1 is blank or a comment), else UTF-8.
 *
 * Two wordings exist in CPython 3.11 for the same failures: compile(bytes)
 * and import (mode 'compile', the default) say "unknown encoding: X" and
 * repeat the codec's message; the main-script reader of `python3 FILE`
 * (mode 'file', Parser/tokenizer.c's fp decoding) says "encoding problem: X"
 * and "Non-UTF-8 code starting with ...".
 */
import { PySyntaxError } from './errors';

export interface DecodedSource {
  text: string;
  /** The name tokenize.detect_encoding reports: 'utf-8', 'utf-8-sig', 'iso-8859-1', or the cookie as written. */
  encoding: string;
}

/** compile()'s message for a NUL in a str or bytes source (Python/pythonrun.c _Py_SourceAsString). */
export const NUL_IN_STRING = 'source code string cannot contain null bytes';

export interface DecodeOptions {
  mode?: 'compile' | 'file';
}

/** A cookie: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (tokenizer.c's get_coding_spec / tokenize.cookie_re). */
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
/** A line that lets the search go on to line 2 (tokenize.blank_re). */
const BLANK = /^[ \t\f]*(?:[#\r\n]|$)/;

/** tokenizer.c's get_normal_name (and tokenize._get_normal_name). */
export function normalEncodingName(name: string): string {
  const s = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (s === 'utf-8' || s.startsWith('utf-8-')) return 'utf-8';
  if (
    s === 'latin-1' ||
    s === 'iso-8859-1' ||
    s === 'iso-latin-1' ||
    s.startsWith('latin-1-') ||
    s.startsWith('iso-8859-1-') ||
    s.startsWith('iso-latin-1-')
  )
    return 'iso-8859-1';
  return name;
}

export type Codec = 'utf-8' | 'latin-1' | 'ascii' | 'cp1252' | { whatwg: string };

/** Python's codec aliases (encodings/aliases.py) for the codecs decoded here directly. */
const ALIASES: Record<string, Codec> = {};
for (const a of ['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001']) ALIASES[a] = 'utf-8';
for (const a of ['latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819', 'iso_ir_100', 'csisolatin1', 'iso_8859_1:1987'])
  ALIASES[a] = 'latin-1';
for (const a of ['ascii', 'us_ascii', '646', 'us', 'iso646_us', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso_ir_6'])
  ALIASES[a] = 'ascii';
for (const a of ['cp1252', 'windows_1252']) ALIASES[a] = 'cp1252';

/** Labels TextDecoder knows that mean the same codec in Python (a best effort for the less common cookies). */
const WHATWG: Record<string, string> = {
  euc_jp: 'euc-jp', eucjp: 'euc-jp', shift_jis: 'shift_jis', sjis: 'shift_jis', s_jis: 'shift_jis', cp932: 'shift_jis',
  iso2022_jp: 'iso-2022-jp', gbk: 'gbk', gb2312: 'gbk', gb18030: 'gb18030', big5: 'big5', euc_kr: 'euc-kr', euckr: 'euc-kr',
  koi8_r: 'koi8-r', koi8_u: 'koi8-u', utf_16: 'utf-16le', utf_16_le: 'utf-16le', utf_16_be: 'utf-16be',
  iso8859_2: 'iso-8859-2', iso_8859_2: 'iso-8859-2', latin2: 'iso-8859-2', iso8859_5: 'iso-8859-5', iso_8859_5: 'iso-8859-5',
  iso8859_7: 'iso-8859-7', iso_8859_7: 'iso-8859-7', iso8859_15: 'iso-8859-15', iso_8859_15: 'iso-8859-15', latin9: 'iso-8859-15',
  cp1250: 'windows-1250', windows_1250: 'windows-1250', cp1251: 'windows-1251', windows_1251: 'windows-1251',
  cp1253: 'windows-1253', cp1254: 'windows-1254', cp1255: 'windows-1255', cp1256: 'windows-1256', cp1257: 'windows-1257',
  cp1258: 'windows-1258', cp866: 'ibm866', mac_roman: 'macintosh', macroman: 'macintosh',
};

export function lookupCodec(name: string): Codec | null {
  const key = name.toLowerCase().replace(/[-\s]/g, '_');
  return ALIASES[key] ?? (WHATWG[key] !== undefined ? { whatwg: WHATWG[key] } : null);
}

/** The codec's own name, as its UnicodeDecodeError message spells it. */
export function codecName(c: Codec): string {
  if (c === 'cp1252') return 'charmap';
  return typeof c === 'string' ? c : c.whatwg;
}

export interface DecodeFailure {
  position: number;
  byte: number;
  reason: string;
}

/** Where and why Python's UTF-8 decoder stops (Objects/stringlib/codecs.h), or null when the bytes are valid. */
export function utf8Failure(b: Uint8Array, from: number): DecodeFailure | null {
  const n = b.length;
  let i = from;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return { position: i, byte: c, reason: 'invalid start byte' };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { position: i, byte: c, reason: 'unexpected end of data' };
      const d = b[i + k];
      const l = k === 1 ? lo : 0x80;
      const h = k === 1 ? hi : 0xbf;
      if (d < l || d > h) return { position: i, byte: c, reason: 'invalid continuation byte' };
    }
    i += need + 1;
  }
  return null;
}

const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** cp1252's 0x80-0x9F (from python3's codec; the rest is latin-1). Not TextDecoder: small-ICU Node decodes it as latin-1. */
const CP1252_HIGH = [0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178];

export function decodeWith(codec: Codec, b: Uint8Array, from: number): string | DecodeFailure {
  if (codec === 'utf-8') {
    const f = utf8Failure(b, from);
    if (f !== null) return f;
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b.subarray(from));
  }
  if (codec === 'latin-1' || codec === 'ascii') {
    let s = '';
    const CHUNK = 8192;
    for (let i = from; i < b.length; i += CHUNK) {
      const part = b.subarray(i, Math.min(b.length, i + CHUNK));
      if (codec === 'ascii') {
        const bad = part.findIndex((x) => x >= 0x80);
        if (bad >= 0) return { position: i + bad, byte: part[bad], reason: 'ordinal not in range(128)' };
      }
      s += String.fromCharCode.apply(null, Array.from(part));
    }
    return s;
  }
  if (codec === 'cp1252') {
    for (let i = from; i < b.length; i++) {
      if (CP1252_UNDEFINED.has(b[i])) return { position: i, byte: b[i], reason: 'character maps to <undefined>' };
    }
    let out = '';
    for (let i = from; i < b.length; i++) {
      const x = b[i];
      out += String.fromCharCode(x >= 0x80 && x < 0xa0 ? CP1252_HIGH[x - 0x80] : x);
    }
    return out;
  }
  try {
    return new TextDecoder(codec.whatwg, { fatal: true }).decode(b.subarray(from));
  } catch {
    return { position: from, byte: b[from] ?? 0, reason: 'illegal multibyte sequence' };
  }
}

function lineEnd(b: Uint8Array, from: number): number {
  for (let i = from; i < b.length; i++) {
    if (b[i] === 10) return i + 1;
    if (b[i] === 13) return b[i + 1] === 10 ? i + 2 : i + 1;
  }
  return b.length;
}

function latin1(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode.apply(null, Array.from(b.subarray(from, to)));
}

/** The encoding cookie of line 1 or 2, as written, or null (tokenize.detect_encoding's search). */
export function findCookie(b: Uint8Array, from: number): { name: string; line: number } | null {
  let start = from;
  for (let line = 1; line <= 2 && start < b.length; line++) {
    const end = lineEnd(b, start);
    const text = latin1(b, start, end);
    const m = COOKIE.exec(text);
    if (m) return { name: m[1], line };
    if (!BLANK.test(text)) return null;
    start = end;
  }
  return null;
}

function fail(msg: string, filename: string, lineno = 0): never {
  throw new PySyntaxError('SyntaxError', msg, filename, lineno, -1, null, lineno, -1);
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** The bytes of a module to its text, or the SyntaxError CPython gives. Line endings are kept as they are. */
export function decodeSource(bytes: Uint8Array, filename: string, options: DecodeOptions = {}): DecodedSource {
  const fileMode = options.mode === 'file';
  // compile(bytes) (_Py_SourceAsString) rejects a NUL anywhere before decoding, with no location;
  // a file is read line by line and the tokenizer reports the NUL at its line.
  if (!fileMode && bytes.indexOf(0) >= 0) fail(NUL_IN_STRING, filename);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const from = bom ? 3 : 0;
  const cookie = findCookie(bytes, from);
  let codec: Codec = 'utf-8';
  let encoding = bom ? 'utf-8-sig' : 'utf-8';
  if (cookie !== null) {
    const normal = normalEncodingName(cookie.name);
    if (bom && normal !== 'utf-8') fail(`encoding problem: ${normal} with BOM`, filename);
    const c = lookupCodec(normal);
    if (c === null) fail(fileMode ? `encoding problem: ${cookie.name}` : `unknown encoding: ${cookie.name}`, filename);
    codec = c;
    if (!bom) encoding = normal;
  }
  const r = decodeWith(codec, bytes, from);
  if (typeof r === 'string') return { text: r, encoding };
  if (cookie === null) {
    // No declaration: the main-script reader names the line; compile() would
    // only fail in the token holding the byte, which is approximated here by
    // failing at once with the codec's message.
    let line = 1;
    for (let i = 0; i < r.position; i++) if (bytes[i] === 10) line++;
    if (fileMode) {
      fail(
        `Non-UTF-8 code starting with '\\x${hex2(r.byte)}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
        filename,
        line,
      );
    }
    fail(`(unicode error) 'utf-8' codec can't decode byte 0x${hex2(r.byte)} in position ${r.position - from}: ${r.reason}`, filename, line);
  }
  if (fileMode) fail(`encoding problem: ${cookie.name}`, filename);
  fail(`'${codecName(codec)}' codec can't decode byte 0x${hex2(r.byte)} in position ${r.position}: ${r.reason}`, filename);
}
