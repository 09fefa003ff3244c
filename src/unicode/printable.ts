import { NON_PRINTABLE_RANGES } from './printable_data';

/** Py_UNICODE_ISPRINTABLE for one code point, by binary search over python3's own ranges. */
export function isPrintable(cp: number): boolean {
  const r = NON_PRINTABLE_RANGES;
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return false;
  }
  return true;
}
