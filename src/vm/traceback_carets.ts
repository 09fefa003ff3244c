/**
 * The position markers CPython 3.11 prints under a traceback's source line
 * (Python/traceback.c tb_displayline, extract_anchors_from_line,
 * print_error_location_carets): the instruction's columns from the location
 * table, `^` under the failing expression, and for a binary operation or a
 * subscript found by parsing that segment, `~` under the operands with `^`
 * under the operator or the brackets. No markers when the primary range
 * covers the whole stripped line, or when the location is unknown.
 */
import type { PyTraceback } from './ops';
import { byteToCharOffset } from '../tokenizer/errors';
import { parse } from '../parser/index';
import { optimizeAst } from '../compiler/ast_opt';
import type { expr } from '../ast/nodes';

const isWhitespace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';

/** UTF-8 bytes of a JS string, so AST byte offsets index it as C indexes segment_str. */
function utf8(s: string): string[] {
  // One array entry per byte; non-ASCII bytes are never whitespace or brackets, so a placeholder does.
  const out: string[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (n === 1) out.push(ch);
    else for (let i = 0; i < n; i++) out.push('\u0080');
  }
  return out;
}

interface Anchors {
  left: number;
  right: number;
  primary: string;
  secondary: string;
}

/** extract_anchors_from_expr, offsets in bytes of the segment. */
function anchorsFromExpr(seg: string[], e: expr): Anchors | null {
  if (e._type === 'BinOp') {
    const left = e.left;
    const right = e.right;
    let res: Anchors | null = null;
    for (let i = left.end_col_offset ?? 0; i < right.col_offset; i++) {
      if (isWhitespace(seg[i])) continue;
      let r = i + 1;
      if (i + 1 < right.col_offset && !isWhitespace(seg[i + 1])) r++;
      res = { left: i, right: r, primary: '^', secondary: '^' };
      if (i + 1 < right.col_offset && seg[i] === ')') continue;
      res = { left: i, right: r, primary: '~', secondary: '^' };
      break;
    }
    // CPython returns 1 with whatever anchors the loop left (the default characters when it never broke out).
    return res;
  }
  if (e._type === 'Subscript') {
    let left = e.value.end_col_offset ?? 0;
    let right = (e.slice.end_col_offset ?? 0) + 1;
    const n = seg.length;
    while (left < n && (isWhitespace(seg[left]) || seg[left] !== '[')) left++;
    while (right < n && (isWhitespace(seg[right]) || seg[right] !== ']')) right++;
    if (right < n) right++;
    return { left, right, primary: '~', secondary: '^' };
  }
  return null;
}

function extractAnchors(filename: string, line: string, start: number, end: number): Anchors | null {
  const cps = Array.from(line);
  const segment = cps.slice(start, end).join('');
  let tree;
  try {
    tree = parse(segment, { filename, mode: 'exec' });
    optimizeAst(tree);
  } catch {
    return null;
  }
  if (tree._type !== 'Module' || tree.body.length !== 1) return null;
  const st = tree.body[0];
  if (st._type !== 'Expr') return null;
  const a = anchorsFromExpr(utf8(segment), st.value);
  if (a === null) return null;
  return {
    left: byteToCharOffset(segment, a.left) + start,
    right: byteToCharOffset(segment, a.right) + start,
    primary: a.primary,
    secondary: a.secondary,
  };
}

/** The marker line for traceback entry `t` whose source line (without its newline) is `raw`, or null for none. */
export function caretLine(t: PyTraceback, line: number, raw: string): string | null {
  const positions = t.frame.code.co.co_positions();
  const pos = positions[t.lasti];
  if (pos === undefined) return null;
  const [startLine, endLine, startCol, endCol] = pos;
  if (startLine === null || endLine === null || startCol === null || endCol === null) return null;
  if (startLine !== line) return null;
  const cps = Array.from(raw);
  let start = byteToCharOffset(raw, startCol);
  let end = byteToCharOffset(raw, endCol);
  let anchors: Anchors | null = null;
  if (startLine === endLine) {
    anchors = extractAnchors(t.frame.code.co.co_filename, raw, start, end);
  } else {
    // A multi-line expression: mark up to the last non-whitespace character of this line.
    let i = cps.length;
    while (--i >= 0) if (!isWhitespace(cps[i])) break;
    end = i + 1;
  }
  let indent = 0;
  while (indent < cps.length && isWhitespace(cps[indent])) indent++;
  const stripped = cps.length - indent;
  if (end - start === stripped && anchors === null) return null;
  let out = '';
  const offset0 = indent - 4;
  for (let off = offset0 + 1; off <= end; off++) {
    if (off <= start) out += ' ';
    else if (anchors !== null && anchors.left < off && off <= anchors.right) out += anchors.secondary;
    else out += anchors !== null ? anchors.primary : '^';
  }
  void start;
  return out + '\n';
}
