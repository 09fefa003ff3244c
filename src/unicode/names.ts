/**
 * Unicode character names for the \N{...} escape of string literals, as
 * CPython 3.11's unicodedata `_getcode` resolves them (Modules/unicodedata.c):
 * ASCII-case-insensitive names and aliases (named sequences are not
 * accepted), algorithmic HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH names.
 */
import { ALIASES, CJK_UNIFIED_RANGES, NAMES } from './names_data';

let table: Map<string, number> | null = null;
/** How many of the table's entries are names (the aliases follow them). */
let namesCount = 0;

function buildTable(): Map<string, number> {
  const map = new Map<string, number>();
  const s = NAMES;
  let i = 0;
  let cp = -1;
  let prev = '';
  while (i < s.length) {
    let c = s.charCodeAt(i);
    if (c === 0x7e /* ~ */) {
      let j = ++i;
      while (s.charCodeAt(j) < 0x100) j++;
      cp = parseInt(s.slice(i, j), 16) - 1;
      i = j;
      c = s.charCodeAt(i);
    }
    const k = c - 0x100;
    let j = ++i;
    while (j < s.length && s.charCodeAt(j) < 0x100 && s.charCodeAt(j) !== 0x7e) j++;
    const name = prev.slice(0, k) + s.slice(i, j);
    cp++;
    map.set(name, cp);
    prev = name;
    i = j;
  }
  namesCount = map.size;
  for (const entry of ALIASES.split(';')) {
    const eq = entry.indexOf('=');
    map.set(entry.slice(0, eq), parseInt(entry.slice(eq + 1), 16));
  }
  return map;
}

// Jamo short names: [initial, medial, final] columns (Modules/unicodedata.c hangul_syllables).
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** find_syllable: the longest jamo of `list` that `name` has at `pos` (case-sensitive); [index, length]. */
function findSyllable(name: string, pos: number, list: string[]): [number, number] {
  let best = -1;
  let len = -1;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (s.length <= len) continue;
    if (name.startsWith(s, pos)) {
      len = s.length;
      best = i;
    }
  }
  return [best, len < 0 ? 0 : len];
}

function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

/** The code point named `name` as \N{name} accepts it, or -1. */
export function lookupName(name: string): number {
  const upper = asciiUpper(name);
  if (upper.startsWith('HANGUL SYLLABLE ')) {
    let pos = 16;
    const [l, n1] = findSyllable(name, pos, JAMO_L);
    pos += n1;
    const [v, n2] = findSyllable(name, pos, JAMO_V);
    pos += n2;
    const [t, n3] = findSyllable(name, pos, JAMO_T);
    pos += n3;
    if (l !== -1 && v !== -1 && t !== -1 && pos === name.length) return 0xac00 + (l * 21 + v) * 28 + t;
    return -1;
  }
  if (upper.startsWith('CJK UNIFIED IDEOGRAPH-')) {
    const hex = name.slice(22);
    if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return -1;
    const v = parseInt(hex, 16);
    for (const [a, b] of CJK_UNIFIED_RANGES) if (v >= a && v <= b) return v;
    return -1;
  }
  if (table === null) table = buildTable();
  return table.get(upper) ?? -1;
}

let reverse: Map<number, string> | null = null;

/** The name unicodedata.name() gives a code point (algorithmic ones included), or null. */
export function nameOf(cp: number): string | null {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    return `HANGUL SYLLABLE ${JAMO_L[Math.floor(s / 588)]}${JAMO_V[Math.floor((s % 588) / 28)]}${JAMO_T[s % 28]}`;
  }
  for (const [a, b] of CJK_UNIFIED_RANGES) if (cp >= a && cp <= b) return `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
  if (reverse === null) {
    reverse = new Map();
    if (table === null) table = buildTable();
    // The names come first in the table, then the aliases, which name() never gives.
    let n = 0;
    for (const [name, c] of table) {
      if (n++ >= namesCount) break;
      if (!reverse.has(c)) reverse.set(c, name);
    }
  }
  return reverse.get(cp) ?? null;
}
