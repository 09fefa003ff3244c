/**
 * The tokenizer's entry points.
 *
 *   createTokenStream(source, options)  the parser's token stream (CPython's C tokenizer)
 *   decodeSource(bytes, filename)       bytes to text (BOM, PEP 263 cookie)
 *   tokenize(...), tokenizeMain(...)    the `tokenize` module's view and `-m tokenize`
 */
import { Scanner, type ScannerOptions } from './scanner';
import type { TokenStream } from './token';

export { T, TOKEN_NAMES, EXACT_TOKEN_TYPES } from './tokens';
export type { Token, TokenStream } from './token';
export { PySyntaxError, byteToCharOffset, utf8Length } from './errors';
export { decodeSource, type DecodedSource } from './source';
export { Scanner, isTokenizerException } from './scanner';

/**
 * A token stream over `source` as CPython's parser gets it from
 * Parser/tokenizer.c: no COMMENT/NL, exact operator types, TYPE_COMMENT and
 * TYPE_IGNORE tokens when `typeComments` is set, errors thrown as
 * PySyntaxError when the token holding them is asked for.
 */
export function createTokenStream(source: string, options: ScannerOptions = {}): TokenStream {
  return new Scanner(source, options);
}
export { tokenizeBytes, generateTokens, detectEncoding, type TokenInfo, type TokenizeResult } from './tokenize_module';
export { tokenizeMain, type TokenizeMainIO } from './tokenize_main';
