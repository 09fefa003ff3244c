/**
 * A SyntaxError raised at run time (compile(), exec(), imports) is reported
 * with its file/line, the source line and the caret (print_exception_file_and_line);
 * not written yet, so SyntaxErrors print as "SyntaxError: msg (file, line N)".
 */
import type { Value } from '../objects/base';

export function syntaxErrorLines(_e: Value): string[] | null {
  return null;
}
