/**
 * Number literals, as tok_get's "Number" branch in Parser/tokenizer.c:
 * the same cursor moves (nextc/backup) so errors land where CPython puts
 * them. On return the scanner's cursor is just past the literal.
 */
import type { Scanner } from './scanner';
import { isDigit, isHexDigit, isPotentialIdChar } from './chars';
import { frontEndWarn } from '../parser/warnings';

/** lookahead(): `test` follows the cursor and no identifier character after it. */
function lookahead(s: Scanner, test: string): boolean {
  return s.text.startsWith(test, s.cur) && !isPotentialIdChar(s.text.charCodeAt(s.cur + test.length));
}

/**
 * verify_end_of_number: `c` (already read) follows the literal. A keyword
 * that may follow a number in valid code is let through with a
 * SyntaxWarning "invalid ... literal"; any other name character
 * ASCII name character is an error at `c`.
 */
function verifyEnd(s: Scanner, c: number, kind: string): void {
  let r = false;
  if (c === 97) r = lookahead(s, 'nd');
  else if (c === 101) r = lookahead(s, 'lse');
  else if (c === 102) r = lookahead(s, 'or');
  else if (c === 105) {
    const c2 = s.cur < s.text.length ? s.text.charCodeAt(s.cur) : -1;
    r = c2 === 102 || c2 === 110 || c2 === 115;
  } else if (c === 111) r = lookahead(s, 'r');
  else if (c === 110) r = lookahead(s, 'ot');
  if (r) {
    // 3.11 still accepts these (a SyntaxWarning at the keyword; an error when warnings are errors).
    s.backup(c);
    const msg = `invalid ${kind} literal`;
    if (frontEndWarn('SyntaxWarning', msg, s.filename, s.lineno)) s.syntaxError(msg);
    s.nextc();
    return;
  }
  // Non-ASCII ends the number: the next token reports it as an invalid character.
  if (c < 128 && isPotentialIdChar(c)) {
    s.backup(c);
    s.syntaxError(`invalid ${kind} literal`);
  }
}

/** tok_decimal_tail: digits with single underscores between them; returns the character after. */
function decimalTail(s: Scanner): number {
  let c: number;
  for (;;) {
    do {
      c = s.nextc();
    } while (isDigit(c));
    if (c !== 95) break;
    c = s.nextc();
    if (!isDigit(c)) {
      s.backup(c);
      s.syntaxError('invalid decimal literal');
    }
  }
  return c;
}

function imaginary(s: Scanner): void {
  const c = s.nextc();
  verifyEnd(s, c, 'imaginary');
  s.backup(c);
}

/** After the integer and fraction parts: an exponent, a 'j', or the end. */
function tail(s: Scanner, c: number): void {
  if (c === 101 || c === 69) return exponent(s, c);
  if (c === 106 || c === 74) return imaginary(s);
  verifyEnd(s, c, 'decimal');
  s.backup(c);
}

function exponent(s: Scanner, e: number): void {
  let c = s.nextc();
  if (c === 43 || c === 45) {
    c = s.nextc();
    if (!isDigit(c)) {
      s.backup(c);
      s.syntaxError('invalid decimal literal');
    }
  } else if (!isDigit(c)) {
    s.backup(c);
    verifyEnd(s, e, 'decimal');
    s.backup(e);
    return;
  }
  c = decimalTail(s);
  if (c === 106 || c === 74) return imaginary(s);
  verifyEnd(s, c, 'decimal');
  s.backup(c);
}

/** `c` is the first character after the '.' (already read). */
function fraction(s: Scanner, c: number): void {
  if (isDigit(c)) c = decimalTail(s);
  tail(s, c);
}

function radix(s: Scanner, kind: string, isValid: (c: number) => boolean, digitErrors: boolean): void {
  let c = s.nextc();
  do {
    if (c === 95) c = s.nextc();
    if (!isValid(c)) {
      if (digitErrors && isDigit(c)) s.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
      s.backup(c);
      s.syntaxError(`invalid ${kind} literal`);
    }
    do {
      c = s.nextc();
    } while (isValid(c));
  } while (c === 95);
  if (digitErrors && isDigit(c)) s.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
  verifyEnd(s, c, kind);
  s.backup(c);
}

const isOctal = (c: number): boolean => c >= 48 && c <= 55;
const isBinary = (c: number): boolean => c === 48 || c === 49;

/**
 * Scan a number whose first character `first` has been read: a digit, or
 * '.' when the digit after the period has been read too.
 */
export function scanNumber(s: Scanner, start: number, first: number): void {
  if (first === 46) return fraction(s, s.text.charCodeAt(s.cur - 1));
  let c: number;
  if (first !== 48) {
    c = decimalTail(s);
    if (c === 46) return fraction(s, s.nextc());
    return tail(s, c);
  }
  c = s.nextc();
  if (c === 120 || c === 88) return radix(s, 'hexadecimal', isHexDigit, false);
  if (c === 111 || c === 79) return radix(s, 'octal', isOctal, true);
  if (c === 98 || c === 66) return radix(s, 'binary', isBinary, true);
  // Zeros; maybe an old-style octal, which is an error now
  let nonzero = false;
  for (;;) {
    if (c === 95) {
      c = s.nextc();
      if (!isDigit(c)) {
        s.backup(c);
        s.syntaxError('invalid decimal literal');
      }
    }
    if (c !== 48) break;
    c = s.nextc();
  }
  const zerosEnd = s.cur;
  if (isDigit(c)) {
    nonzero = true;
    c = decimalTail(s);
  }
  if (c === 46) return fraction(s, s.nextc());
  if (c === 101 || c === 69) return exponent(s, c);
  if (c === 106 || c === 74) return imaginary(s);
  if (nonzero) {
    s.backup(c);
    s.syntaxErrorRange(
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      s.bcol(start) + 1,
      s.bcol(zerosEnd),
    );
  }
  verifyEnd(s, c, 'decimal');
  s.backup(c);
}
