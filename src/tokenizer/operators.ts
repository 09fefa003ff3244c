/**
 * Operator spellings to token types, as Parser/token.c's _PyToken_OneChar,
 * _PyToken_TwoChars and _PyToken_ThreeChars (generated there from
 * Grammar/Tokens). A character that is no operator gives OP, which the
 * parser rejects with "invalid syntax".
 */
import { T } from './tokens';

const ONE = new Uint8Array(128).fill(T.OP);
const ONE_CHARS: [string, T][] = [
  ['%', T.PERCENT], ['&', T.AMPER], ['(', T.LPAR], [')', T.RPAR], ['*', T.STAR], ['+', T.PLUS], [',', T.COMMA],
  ['-', T.MINUS], ['.', T.DOT], ['/', T.SLASH], [':', T.COLON], [';', T.SEMI], ['<', T.LESS], ['=', T.EQUAL],
  ['>', T.GREATER], ['@', T.AT], ['[', T.LSQB], [']', T.RSQB], ['^', T.CIRCUMFLEX], ['{', T.LBRACE], ['|', T.VBAR],
  ['}', T.RBRACE], ['~', T.TILDE],
];
for (const [ch, t] of ONE_CHARS) ONE[ch.charCodeAt(0)] = t;

export function oneChar(c: number): T {
  return c >= 0 && c < 128 ? (ONE[c] as T) : T.OP;
}

const TWO = new Map<number, T>();
const TWO_CHARS: [string, T][] = [
  ['!=', T.NOTEQUAL], ['%=', T.PERCENTEQUAL], ['&=', T.AMPEREQUAL], ['**', T.DOUBLESTAR], ['*=', T.STAREQUAL],
  ['+=', T.PLUSEQUAL], ['-=', T.MINEQUAL], ['->', T.RARROW], ['//', T.DOUBLESLASH], ['/=', T.SLASHEQUAL],
  [':=', T.COLONEQUAL], ['<<', T.LEFTSHIFT], ['<=', T.LESSEQUAL],
  // '<>' is NOTEQUAL to the tokenizer; the parser accepts it only under `barry_as_FLUFL`.
  ['<>', T.NOTEQUAL],
  ['==', T.EQEQUAL], ['>=', T.GREATEREQUAL], ['>>', T.RIGHTSHIFT], ['@=', T.ATEQUAL], ['^=', T.CIRCUMFLEXEQUAL],
  ['|=', T.VBAREQUAL],
];
for (const [s, t] of TWO_CHARS) TWO.set(s.charCodeAt(0) * 256 + s.charCodeAt(1), t);

export function twoChars(c1: number, c2: number): T {
  if (c1 < 0 || c1 >= 128 || c2 < 0 || c2 >= 128) return T.OP;
  return TWO.get(c1 * 256 + c2) ?? T.OP;
}

export function threeChars(c1: number, c2: number, c3: number): T {
  if (c3 === 61) {
    // '='
    if (c1 === 42 && c2 === 42) return T.DOUBLESTAREQUAL;
    if (c1 === 47 && c2 === 47) return T.DOUBLESLASHEQUAL;
    if (c1 === 60 && c2 === 60) return T.LEFTSHIFTEQUAL;
    if (c1 === 62 && c2 === 62) return T.RIGHTSHIFTEQUAL;
  } else if (c1 === 46 && c2 === 46 && c3 === 46) return T.ELLIPSIS;
  return T.OP;
}
