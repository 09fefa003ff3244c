/**
 * _tokenize (3.11's Python/Python-tokenize.c): TokenizerIter(source) walks
 * the parser's own tokenizer over a str, as tokenize's
 * _generate_tokens_from_c_tokenizer uses it. Each step gives
 * (string, type, lineno, end_lineno, col_offset, end_col_offset, line) as
 * tokenizeriter_next builds it from tokenizer.c's state:
 *  - types are the exact ones the parser sees (no COMMENT or NL; a comment
 *    ends up inside the NEWLINE token that follows it, whose text it is);
 *  - columns are UTF-8 byte offsets, -1 for INDENT/DEDENT (no start/end);
 *  - `line` is tokenizer.c's buffer, tok->buf up to tok->inp: it restarts at
 *    each line read between tokens, except a line reached through a
 *    backslash continuation or inside a multi-line string, which it keeps;
 *  - ENDMARKER ends the iteration, and so does an error the tokenizer only
 *    records in tok->done (a bad dedent, EOF inside brackets); an error it
 *    raises (tokenizer.c's syntaxerror()) is raised as SyntaxError.
 */
import type { Value } from '../objects/base';
import { PyType } from '../objects/type';
import { typeType, objectType } from '../objects/types';
import { tuple } from '../objects/containers';
import { PyNativeIter } from '../objects/abstract';
import { newMethod, clinicArgs } from '../objects/define';
import { typeError } from '../objects/exceptions';
import { nativeIterProtocol } from '../objects/iter_types';
import * as A from '../objects/abstract';
import { Scanner, isTokenizerException, PySyntaxError, T, type Token } from '../tokenizer';
import { frontEndError } from '../vm/imports';
import { registerNative, newModule } from './registry';

const tokenizerIterType = new PyType(typeType, '_tokenize.TokenizerIter', [objectType], 0);
nativeIterProtocol(tokenizerIterType, false);

/** Where each physical line starts in the scanner's text (with the newline it added). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

class CTokenizer {
  private readonly scanner: Scanner;
  private readonly starts: number[];
  /** The first line of tokenizer.c's buffer, and the last line read so far. */
  private bufLine = 1;
  private lastLine = 0;
  /** Where the last token that holds text ended (line, UTF-8 column). */
  private endLine = 0;
  private endCol = 0;
  private finished = false;

  constructor(source: string) {
    this.scanner = new Scanner(source, { filename: '<string>' });
    this.starts = lineStarts(this.scanner.text);
  }

  next(): Value | null {
    if (this.finished) return null;
    let t: Token;
    try {
      t = this.scanner.next();
    } catch (e) {
      this.finished = true;
      if (e instanceof PySyntaxError && !isTokenizerException(e)) return null;
      const exc = frontEndError(e);
      if (exc !== null) throw exc;
      throw e;
    }
    if (t.type === T.ENDMARKER) {
      this.finished = true;
      return null;
    }
    const noPosition = t.type === T.INDENT || t.type === T.DEDENT;
    let type: number = t.type;
    let str = t.string;
    // The parser takes async/await as keywords; tokenizer.c hands them over as ASYNC/AWAIT.
    if (type === T.NAME && str === 'async') type = T.ASYNC;
    else if (type === T.NAME && str === 'await') type = T.AWAIT;
    // tokenizer.c's NEWLINE starts where the line's last token ended: a comment before it is its text.
    else if (type === T.NEWLINE && t.endCol > t.col) {
      const bytes = Buffer.from(this.scanner.lineText(t.lineno), 'utf8');
      str = bytes.subarray(t.col, t.endCol).toString('utf8');
    }
    this.readThrough(t.lineno, t.endLineno);
    if (!noPosition) {
      this.endLine = t.endLineno;
      this.endCol = t.endCol;
    }
    const text = this.scanner.text;
    const lastEnd = this.starts[this.lastLine] ?? text.length;
    const line = text.slice(this.starts[this.bufLine - 1], lastEnd);
    return tuple([
      A.mkStr(str),
      type,
      t.lineno,
      t.endLineno,
      noPosition ? -1 : t.col,
      noPosition ? -1 : t.endCol,
      A.mkStr(line),
    ]);
  }

  /** Whether line `lineno` ends in a backslash continuation: one after its last token, outside any comment. */
  private continues(lineno: number): boolean {
    let rest = this.scanner.lineText(lineno);
    if (lineno === this.endLine) rest = Buffer.from(rest, 'utf8').subarray(this.endCol).toString('utf8');
    return /^[ \t\f]*\\$/.test(rest);
  }

  /** Lines first..last are read now: each one entered between tokens, not by a continuation, restarts the buffer. */
  private readThrough(first: number, last: number): void {
    const maxLine = this.starts.length - 1;
    for (let k = this.lastLine + 1; k <= Math.min(first, maxLine); k++) {
      if (k === 1 || !this.continues(k - 1)) this.bufLine = k;
    }
    // Lines inside a multi-line token never restart it.
    this.lastLine = Math.max(this.lastLine, Math.min(last, maxLine));
  }
}

newMethod(tokenizerIterType, (cls, args, kwnames) => {
  const source = clinicArgs('tokenizeriter', args, kwnames, ['source'], 0, 1)[0] as Value;
  if (!A.isStr(source)) typeError(`tokenizeriter() argument 'source' must be str, not ${A.typeName(source)}`);
  const tokenizer = new CTokenizer(A.strValue(source));
  return new PyNativeIter(cls, () => tokenizer.next());
});

registerNative('_tokenize', () => {
  const m = newModule('_tokenize');
  m.dict.set('TokenizerIter', tokenizerIterType);
  return m;
});
