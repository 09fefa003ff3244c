/**
 * Whether a module turns on `from __future__ import annotations`, scanning
 * the leading statements the way CPython's future_parse (Python/future.c)
 * does: after an optional docstring, the run of `from __future__ import`
 * statements (the level is not checked, as in future.c). The errors
 * future.c raises (late or unknown features) belong to the compiler.
 */
import type { mod, stmt } from '../ast/nodes';

export function hasFutureAnnotations(m: mod): boolean {
  if (m._type !== 'Module' && m._type !== 'Interactive') return false;
  const body = m.body;
  let i = isDocstring(body[0]) ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s._type !== 'ImportFrom' || s.module !== '__future__') return false;
    if (s.names.some((a) => a.name === 'annotations')) return true;
  }
  return false;
}

/** _PyAST_GetDocString's test: an expression statement holding a str constant. */
function isDocstring(s: stmt | undefined): boolean {
  return s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
}
