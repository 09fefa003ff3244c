/**
 * `from __future__ import ...` at the top of a module (Python/future.c,
 * _PyFuture_FromAST): which features are on, and the errors future.c raises.
 * The symbol table needs `annotations`; the compiler reads the rest (and
 * itself raises "from __future__ imports must occur at the beginning of the
 * file" for a late one on a later line, using `lineno`).
 */
import type { ImportFrom, mod, stmt } from '../ast/nodes';
import { PySyntaxError } from '../tokenizer/errors';

export interface FutureFeatures {
  /** CO_FUTURE_ANNOTATIONS. */
  annotations: boolean;
  /** CO_FUTURE_BARRY_AS_BDFL. */
  barryAsBdfl: boolean;
  /** Line of the last future statement, 0 if none (ff_lineno). */
  lineno: number;
}

/** Features that 3.11 accepts and that change nothing any more. */
const ALWAYS_ON = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'generator_stop',
]);

/**
 * future_parse: after an optional docstring, the run of
 * `from __future__ import` statements (the level is not checked, as in
 * future.c). Errors point at the statement's start and have no end column
 * (PyErr_SyntaxLocationObject); endOffset -1 stands for Python's None.
 */
export function futureFeatures(m: mod, filename: string): FutureFeatures {
  const ff: FutureFeatures = { annotations: false, barryAsBdfl: false, lineno: 0 };
  if (m._type !== 'Module' && m._type !== 'Interactive') return ff;
  const body = m.body;
  let done = false;
  let prevLine = 0;
  for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    // Statements after the future run are the compiler's to check, except
    // those sharing a line with it (`import os; from __future__ import x`).
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        // future.c passes col_offset here without the +1 it uses elsewhere.
        throw locError('from __future__ imports must occur at the beginning of the file', s, filename, 0);
      }
      checkFeatures(ff, s, filename);
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

/** future_check_features. */
function checkFeatures(ff: FutureFeatures, s: ImportFrom, filename: string): void {
  for (const a of s.names) {
    const feature = a.name;
    if (ALWAYS_ON.has(feature)) continue;
    if (feature === 'annotations') ff.annotations = true;
    else if (feature === 'barry_as_FLUFL') ff.barryAsBdfl = true;
    else if (feature === 'braces') throw locError('not a chance', s, filename);
    else throw locError(`future feature ${feature} is not defined`, s, filename);
  }
}

function locError(msg: string, s: stmt, filename: string, plus = 1): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, filename, s.lineno, s.col_offset + plus, null, s.lineno, -1);
}

/** _PyAST_GetDocString's test: an expression statement holding a str constant. */
function isDocstring(s: stmt | undefined): boolean {
  return s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
}
