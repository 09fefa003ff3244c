/**
 * The `tokenize` module's view of a source: what python3.11's
 * Lib/tokenize.py yields (ENCODING, COMMENT, NL, ERRORTOKEN, OP with its
 * exact type, columns in code points, the `line` attribute).
 *
 * This is deliberately not the parser's scanner with a flag: in 3.11,
 * tokenize.py is a separate, regular-expression tokenizer whose behaviour
 * on odd input differs from Parser/tokenizer.c by construction (`0777` is
 * two NUMBERs, `1_` a NUMBER and a NAME, an unterminated ' string an
 * ERRORTOKEN for the quote, lines split at '\n' only). Following its
 * algorithm line by line, with the same patterns, is what makes the output
 * identical; the C tokenizer's rules live in scanner.ts.
 */
import { T, EXACT_TOKEN_TYPES } from './tokens';
import { codecName, decodeWith, findCookie, lookupCodec, normalEncodingName, utf8Failure } from './source';

export interface TokenInfo {
  type: number;
  exactType: number;
  string: string;
  start: [number, number];
  end: [number, number];
  line: string;
}

/** The exception tokenize raises, by class name (TokenError, IndentationError, SyntaxError, UnicodeDecodeError). */
export interface TokenizeFailure {
  kind: 'TokenError' | 'IndentationError' | 'SyntaxError' | 'UnicodeDecodeError';
  msg: string;
  /** (line, column) where tokenize.py gives one. */
  location: [number, number] | null;
}

export interface TokenizeResult {
  tokens: TokenInfo[];
  error: TokenizeFailure | null;
}

// ---- the patterns of tokenize.py (Python's `.` never matches '\n': written [^\n]) ----

const group = (...c: string[]): string => '(?:' + c.join('|') + ')';
const maybe = (...c: string[]): string => group(...c) + '?';

const Whitespace = '[ \\f\\t]*';
const Comment = '#[^\\r\\n]*';
const Name = '[\\p{L}\\p{N}_]+';
const Hexnumber = '0[xX](?:_?[0-9a-fA-F])+';
const Binnumber = '0[bB](?:_?[01])+';
const Octnumber = '0[oO](?:_?[0-7])+';
const Decnumber = '(?:0(?:_?0)*|[1-9](?:_?[0-9])*)';
const Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber);
const Exponent = '[eE][-+]?[0-9](?:_?[0-9])*';
const Pointfloat = group('[0-9](?:_?[0-9])*\\.(?:[0-9](?:_?[0-9])*)?', '\\.[0-9](?:_?[0-9])*') + maybe(Exponent);
const Expfloat = '[0-9](?:_?[0-9])*' + Exponent;
const Floatnumber = group(Pointfloat, Expfloat);
const Imagnumber = group('[0-9](?:_?[0-9])*[jJ]', Floatnumber + '[jJ]');
const NumberPat = group(Imagnumber, Floatnumber, Intnumber);

/** Every string prefix tokenize accepts: permutations of b, r, u, f, br, fr in any case, and ''. */
function allStringPrefixes(): string[] {
  const out = new Set<string>(['']);
  const perms = (s: string): string[] => (s.length <= 1 ? [s] : [...s].flatMap((c, i) => perms(s.slice(0, i) + s.slice(i + 1)).map((r) => c + r)));
  const cases = (s: string): string[] =>
    s.length === 0 ? [''] : cases(s.slice(1)).flatMap((r) => [s[0] + r, s[0].toUpperCase() + r]);
  for (const p of ['b', 'r', 'u', 'f', 'br', 'fr']) for (const q of perms(p)) for (const r of cases(q)) out.add(r);
  return [...out].sort((a, b) => b.length - a.length);
}
const PREFIXES = allStringPrefixes();
const StringPrefix = group(...PREFIXES);

const Single = "[^'\\\\]*(?:\\\\[^\\n][^'\\\\]*)*'";
const Double = '[^"\\\\]*(?:\\\\[^\\n][^"\\\\]*)*"';
const Single3 = "[^'\\\\]*(?:(?:\\\\[^\\n]|'(?!''))[^'\\\\]*)*'''";
const Double3 = '[^"\\\\]*(?:(?:\\\\[^\\n]|"(?!""))[^"\\\\]*)*"""';
const Triple = group(StringPrefix + "'''", StringPrefix + '"""');

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const Special = group(...[...EXACT_TOKEN_TYPES.keys()].sort().reverse().map(escapeRe));
const Funny = group('\\r?\\n', Special);
const ContStr = group(
  StringPrefix + "'[^\\n'\\\\]*(?:\\\\[^\\n][^\\n'\\\\]*)*" + group("'", '\\\\\\r?\\n'),
  StringPrefix + '"[^\\n"\\\\]*(?:\\\\[^\\n][^\\n"\\\\]*)*' + group('"', '\\\\\\r?\\n'),
);
const PseudoExtras = group('\\\\\\r?\\n|(?![\\s\\S])', Comment, Triple);
const PSEUDO = new RegExp(Whitespace + '(' + group(PseudoExtras, NumberPat, Funny, ContStr, Name) + ')', 'uy');

const END_SINGLE = new RegExp(Single, 'uy');
const END_DOUBLE = new RegExp(Double, 'uy');
const END_SINGLE3 = new RegExp(Single3, 'uy');
const END_DOUBLE3 = new RegExp(Double3, 'uy');

const SINGLE_QUOTED = new Set<string>();
const TRIPLE_QUOTED = new Set<string>();
for (const p of PREFIXES) {
  SINGLE_QUOTED.add(p + "'");
  SINGLE_QUOTED.add(p + '"');
  TRIPLE_QUOTED.add(p + "'''");
  TRIPLE_QUOTED.add(p + '"""');
}

/** endpats: the pattern ending a string opened by `quote` (one or three quote characters). */
function endPattern(quote: string): RegExp {
  if (quote === "'") return END_SINGLE;
  if (quote === '"') return END_DOUBLE;
  return quote === "'''" ? END_SINGLE3 : END_DOUBLE3;
}

function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

const ID_START_CHAR = /^[\p{XID_Start}_]$/u;
const SURROGATE = /[\ud800-\udfff]/;

/** Code-point column of JS index `i` in `line` (Python indexes strings by code point). */
function cpCol(line: string, i: number): number {
  if (!SURROGATE.test(line)) return i;
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = line.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < i) {
      const d = line.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    n++;
  }
  return n;
}

function cpLen(s: string): number {
  return cpCol(s, s.length);
}

/** The lines a binary readline gives: split after each '\n'. */
export function splitLinesKeepEnds(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf('\n', start);
    if (i < 0) break;
    out.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/**
 * tokenize._tokenize over decoded lines. `encoding` (or null for
 * generate_tokens) becomes the ENCODING token. `decodeError`, when set, is
 * raised on reaching line `decodeError.line` (readline decodes line by line).
 */
export function tokenizeLines(
  lines: string[],
  encoding: string | null,
  decodeError: { line: number; msg: string } | null = null,
): TokenizeResult {
  const tokens: TokenInfo[] = [];
  const push = (type: number, string: string, sl: number, sc: number, el: number, ec: number, line: string): void => {
    const exactType = type === T.OP ? EXACT_TOKEN_TYPES.get(string) ?? T.OP : type;
    tokens.push({ type, exactType, string, start: [sl, sc], end: [el, ec], line });
  };
  const fail = (kind: TokenizeFailure['kind'], msg: string, location: [number, number] | null): TokenizeResult => ({
    tokens,
    error: { kind, msg, location },
  });

  let lnum = 0;
  let parenlev = 0;
  let continued = false;
  let contstr = '';
  let needcont = false;
  let contline = '';
  let inString = false;
  let strstart: [number, number] = [0, 0];
  let endprog: RegExp = END_SINGLE;
  const indents = [0];
  if (encoding !== null) push(T.ENCODING, encoding === 'utf-8-sig' ? 'utf-8' : encoding, 0, 0, 0, 0, '');
  let lastLine = '';
  let line = '';
  let idx = 0;
  for (;;) {
    lastLine = line;
    if (decodeError !== null && idx + 1 === decodeError.line) return fail('UnicodeDecodeError', decodeError.msg, null);
    line = idx < lines.length ? lines[idx++] : '';
    lnum++;
    let pos = 0;
    const max = line.length;

    if (inString) {
      if (line === '') return fail('TokenError', 'EOF in multi-line string', strstart);
      const m = matchAt(endprog, line, 0);
      if (m) {
        pos = m.index + m[0].length;
        const end = pos;
        push(T.STRING, contstr + line.slice(0, end), strstart[0], strstart[1], lnum, cpCol(line, end), contline + line);
        contstr = '';
        needcont = false;
        contline = '';
        inString = false;
      } else if (needcont && !line.endsWith('\\\n') && !line.endsWith('\\\r\n')) {
        push(T.ERRORTOKEN, contstr + line, strstart[0], strstart[1], lnum, cpLen(line), contline);
        contstr = '';
        contline = '';
        inString = false;
        continue;
      } else {
        contstr += line;
        contline += line;
        continue;
      }
    } else if (parenlev === 0 && !continued) {
      if (line === '') break;
      let column = 0;
      while (pos < max) {
        const c = line.charCodeAt(pos);
        if (c === 32) column++;
        else if (c === 9) column = (((column / 8) | 0) + 1) * 8;
        else if (c === 12) column = 0;
        else break;
        pos++;
      }
      if (pos === max) break;
      const c = line[pos];
      if (c === '#' || c === '\r' || c === '\n') {
        if (c === '#') {
          const comment = line.slice(pos).replace(/[\r\n]+$/, '');
          push(T.COMMENT, comment, lnum, cpCol(line, pos), lnum, cpCol(line, pos + comment.length), line);
          pos += comment.length;
        }
        push(T.NL, line.slice(pos), lnum, cpCol(line, pos), lnum, cpLen(line), line);
        continue;
      }
      if (column > indents[indents.length - 1]) {
        indents.push(column);
        push(T.INDENT, line.slice(0, pos), lnum, 0, lnum, cpCol(line, pos), line);
      }
      while (column < indents[indents.length - 1]) {
        if (!indents.includes(column)) {
          return fail('IndentationError', 'unindent does not match any outer indentation level', [lnum, cpCol(line, pos)]);
        }
        indents.pop();
        push(T.DEDENT, '', lnum, cpCol(line, pos), lnum, cpCol(line, pos), line);
      }
    } else {
      if (line === '') return fail('TokenError', 'EOF in multi-line statement', [lnum, 0]);
      continued = false;
    }

    while (pos < max) {
      const m = matchAt(PSEUDO, line, pos);
      if (m) {
        const end = m.index + m[0].length;
        const start = end - m[1].length;
        pos = end;
        if (start === end) continue;
        const token = m[1];
        const initial = token[0];
        const sc = cpCol(line, start);
        const ec = cpCol(line, end);
        if ((initial >= '0' && initial <= '9') || (initial === '.' && token !== '.' && token !== '...')) {
          push(T.NUMBER, token, lnum, sc, lnum, ec, line);
        } else if (initial === '\r' || initial === '\n') {
          push(parenlev > 0 ? T.NL : T.NEWLINE, token, lnum, sc, lnum, ec, line);
        } else if (initial === '#') {
          push(T.COMMENT, token, lnum, sc, lnum, ec, line);
        } else if (TRIPLE_QUOTED.has(token)) {
          endprog = endPattern(token.slice(-3));
          const em = matchAt(endprog, line, pos);
          if (em) {
            pos = em.index + em[0].length;
            push(T.STRING, line.slice(start, pos), lnum, sc, lnum, cpCol(line, pos), line);
          } else {
            strstart = [lnum, sc];
            contstr = line.slice(start);
            contline = line;
            inString = true;
            break;
          }
        } else if (SINGLE_QUOTED.has(initial) || SINGLE_QUOTED.has(token.slice(0, 2)) || SINGLE_QUOTED.has(token.slice(0, 3))) {
          if (token[token.length - 1] === '\n') {
            strstart = [lnum, sc];
            const q = [initial, token[1], token[2]].find((x) => x === "'" || x === '"')!;
            endprog = endPattern(q);
            contstr = line.slice(start);
            needcont = true;
            contline = line;
            inString = true;
            break;
          }
          push(T.STRING, token, lnum, sc, lnum, ec, line);
        } else if (ID_START_CHAR.test(String.fromCodePoint(token.codePointAt(0)!))) {
          push(T.NAME, token, lnum, sc, lnum, ec, line);
        } else if (initial === '\\') {
          continued = true;
        } else {
          if (initial === '(' || initial === '[' || initial === '{') parenlev++;
          else if (initial === ')' || initial === ']' || initial === '}') parenlev--;
          push(T.OP, token, lnum, sc, lnum, ec, line);
        }
      } else {
        const cp = line.codePointAt(pos)!;
        const ch = String.fromCodePoint(cp);
        const sc = cpCol(line, pos);
        push(T.ERRORTOKEN, ch, lnum, sc, lnum, sc + 1, line);
        pos += ch.length;
      }
    }
  }
  // An implicit NEWLINE when the input does not end in one
  if (lastLine !== '' && !'\r\n'.includes(lastLine[lastLine.length - 1]) && !lastLine.trim().startsWith('#')) {
    const n = cpLen(lastLine);
    push(T.NEWLINE, '', lnum - 1, n, lnum - 1, n + 1, '');
  }
  for (let i = 1; i < indents.length; i++) push(T.DEDENT, '', lnum, 0, lnum, 0, '');
  push(T.ENDMARKER, '', lnum, 0, lnum, 0, '');
  return { tokens, error: null };
}

/** tokenize.generate_tokens over a str. */
export function generateTokens(text: string): TokenizeResult {
  return tokenizeLines(splitLinesKeepEnds(text), null);
}

/** tokenize.detect_encoding: the encoding, or its SyntaxError message. */
export function detectEncoding(bytes: Uint8Array, filename: string | null): { encoding: string; bomLength: number } | { error: string } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const from = bom ? 3 : 0;
  const forName = filename !== null ? ` for ${pyStrRepr(filename)}` : '';
  // Each line looked at must be UTF-8 (find_cookie decodes it so).
  let start = from;
  for (let n = 0; n < 2 && start < bytes.length; n++) {
    let end = bytes.indexOf(10, start);
    end = end < 0 ? bytes.length : end + 1;
    const f = utf8Failure(bytes.subarray(start, end), 0);
    const cookie = findCookie(bytes.subarray(start, end), 0);
    if (f !== null) return { error: `invalid or missing encoding declaration${forName}` };
    if (cookie !== null) {
      const enc = normalEncodingName(cookie.name);
      if (lookupCodec(enc) === null) {
        return { error: filename !== null ? `unknown encoding for ${pyStrRepr(filename)}: ${enc}` : `unknown encoding: ${enc}` };
      }
      if (bom) {
        if (enc !== 'utf-8') return { error: filename !== null ? `encoding problem for ${pyStrRepr(filename)}: utf-8` : 'encoding problem: utf-8' };
        return { encoding: 'utf-8-sig', bomLength: 3 };
      }
      return { encoding: enc, bomLength: 0 };
    }
    const text = String.fromCharCode(...bytes.subarray(start, end));
    if (!/^[ \t\f]*(?:[#\r\n]|$)/.test(text)) break;
    start = end;
  }
  return { encoding: bom ? 'utf-8-sig' : 'utf-8', bomLength: from };
}

function pyStrRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** tokenize.tokenize(readline) over the bytes of a file. */
export function tokenizeBytes(bytes: Uint8Array, filename: string | null = null): TokenizeResult {
  const det = detectEncoding(bytes, filename);
  if ('error' in det) return { tokens: [], error: { kind: 'SyntaxError', msg: det.error, location: null } };
  const codec = lookupCodec(det.encoding === 'utf-8-sig' ? 'utf-8' : det.encoding)!;
  const body = bytes.subarray(det.bomLength);
  const whole = decodeWith(codec, body, 0);
  if (typeof whole === 'string') return tokenizeLines(splitLinesKeepEnds(whole), det.encoding);
  // Decode line by line up to the failing one: tokens before it are still produced.
  const lines: string[] = [];
  let start = 0;
  let lineNo = 0;
  let failure: { line: number; msg: string } | null = null;
  while (start < body.length) {
    let end = body.indexOf(10, start);
    end = end < 0 ? body.length : end + 1;
    lineNo++;
    const r = decodeWith(codec, body.subarray(start, end), 0);
    if (typeof r !== 'string') {
      failure = {
        line: lineNo,
        msg: `'${codecName(codec)}' codec can't decode byte 0x${r.byte.toString(16).padStart(2, '0')} in position ${r.position}: ${r.reason}`,
      };
      break;
    }
    lines.push(r);
    start = end;
  }
  return tokenizeLines(lines, det.encoding, failure);
}

export { tokenizeMain, type TokenizeMainIO } from './tokenize_main';
