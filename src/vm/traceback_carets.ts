/**
 * The 3.11 position markers under a traceback's source line (^^^^ and the
 * ~~~^^^ anchors of binary operators, subscripts and calls), from the
 * instruction's location-table entry. Not written yet: no markers.
 */
import type { PyTraceback } from './ops';

export function caretLine(_t: PyTraceback, _line: number, _raw: string): string | null {
  return null;
}
