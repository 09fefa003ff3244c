import type { T } from './tokens';

/**
 * A token as the parser sees it (what CPython's C tokenizer hands to the PEG
 * parser): comments and NL are gone, operators carry their exact type (LPAR,
 * PLUS, ...), keywords and soft keywords are NAME tokens.
 *
 * Columns are UTF-8 byte offsets because that is what the AST records
 * (col_offset/end_col_offset); `tokenize`-module output converts them to
 * code-point columns itself.
 */
export interface Token {
  type: T;
  string: string;
  /** 1-based line of the first character. */
  lineno: number;
  /** 0-based UTF-8 byte column of the first character. */
  col: number;
  endLineno: number;
  /** 0-based UTF-8 byte column just past the last character. */
  endCol: number;
}

/** What the parser pulls tokens from, one at a time, as CPython's parser does. */
export interface TokenStream {
  /**
   * The next token. Throws a PySyntaxError (never a JS Error) when the
   * source is malformed at this point; ENDMARKER is returned forever at the end.
   */
  next(): Token;
  /** The text of a physical line (1-based), without its line ending; '' past the end. */
  lineText(lineno: number): string;
  /**
   * The `text` CPython's parser gives a SyntaxError on line `lineno`
   * (_PyPegen_raise_error_known_location): the tokenizer's buffer, with the
   * line's newline, when the tokenizer is still on that line; the line
   * without its newline when it has moved on. Optional: lineText + '\n' without it.
   */
  errorLineText?(lineno: number): string;
}
