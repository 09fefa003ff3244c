/**
 * The order CPython 3.11 iterates a set or frozenset built by adding `items`
 * one by one (Objects/setobject.c set_add_entry, set_table_resize,
 * set_insert_clean), with hashes as under PYTHONHASHSEED=0 (Python/pyhash.c,
 * Objects/longobject.c long_hash, Objects/tupleobject.c tuplehash,
 * Objects/complexobject.c complex_hash). Items whose hash depends on an
 * address (None, Ellipsis, code objects, NaN) or that we do not hash
 * (nested frozensets) leave the order as given.
 */
import { PyBytes, PyComplex, PyFloat } from '../ast/constant';
import { ConstTuple, equalityKey, type MarshalValue } from '../bytecode/constants';
import { hashBytes, strHash } from '../objects/siphash';

const M64 = (1n << 64n) - 1n;
const MODULUS = (1n << 61n) - 1n; // _PyHASH_MODULUS
const BITS = 61n;

function fixMinusOne(h: bigint): bigint {
  return h === -1n ? -2n : h;
}

function intHash(v: bigint): bigint {
  const neg = v < 0n;
  const r = (neg ? -v : v) % MODULUS;
  return fixMinusOne(neg ? -r : r);
}

/** _Py_HashDouble for finite values: m * 2**e reduced mod 2**61 - 1 (2**61 ≡ 1). */
function doubleHash(x: number): bigint | null {
  if (Number.isNaN(x)) return null;
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (x === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  const er = BigInt(((e % 61) + 61) % 61);
  let h = (mant % MODULUS) * ((1n << er) % MODULUS) % MODULUS;
  if (x < 0) h = -h;
  return fixMinusOne(h);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(v) as a signed 64-bit value, or null when we cannot know it. */
export function pyHash(v: MarshalValue): bigint | null {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') return intHash(BigInt(v));
  if (typeof v === 'bigint') return intHash(v);
  if (typeof v === 'string') return strHash(v);
  if (v instanceof PyBytes) return hashBytes(v.bytes);
  if (v instanceof PyFloat) return doubleHash(v.value);
  if (v instanceof PyComplex) {
    const re = doubleHash(v.real);
    const im = doubleHash(v.imag);
    if (re === null || im === null) return null;
    return fixMinusOne(BigInt.asIntN(64, (re + 1000003n * im) & M64));
  }
  if (v instanceof ConstTuple) {
    let acc = XXPRIME_5;
    for (const x of v.items) {
      const lane = pyHash(x);
      if (lane === null) return null;
      acc = (acc + (lane & M64) * XXPRIME_2) & M64;
      acc = ((acc << 31n) | (acc >> 33n)) & M64;
      acc = (acc * XXPRIME_1) & M64;
    }
    acc = (acc + (BigInt(v.items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
    if (acc === M64) return 1546275796n;
    return BigInt.asIntN(64, acc);
  }
  return null;
}

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

interface Slot {
  key: MarshalValue;
  hash: bigint; // unsigned
  eq: string;
}

/** Where set_insert_clean / set_add_entry put a new key (no dummies: we never delete). */
function findSlot(table: (Slot | null)[], mask: number, hash: bigint, eq: string | null): number {
  let perturb = hash;
  let i = Number(hash & BigInt(mask));
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      const s = table[i + j];
      if (!s) return i + j;
      if (eq !== null && s.hash === hash && s.eq === eq) return -1;
    }
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

/** Iteration order of a set made by adding `items` in this order to an empty set. */
export function cpythonSetOrder(items: readonly MarshalValue[]): readonly MarshalValue[] {
  const hashes: bigint[] = [];
  for (const x of items) {
    const h = pyHash(x);
    if (h === null) return items;
    hashes.push(h & M64);
  }
  let mask = 7;
  let table: (Slot | null)[] = new Array(8).fill(null);
  let fill = 0;
  items.forEach((key, n) => {
    const eq = equalityKey(key);
    const at = findSlot(table, mask, hashes[n], eq);
    if (at < 0) return;
    table[at] = { key, hash: hashes[n], eq };
    fill++;
    if (fill * 5 < mask * 3) return;
    // set_table_resize(so, used > 50000 ? used * 2 : used * 4)
    const minused = fill > 50000 ? fill * 2 : fill * 4;
    let size = 8;
    while (size <= minused) size *= 2;
    const old = table;
    mask = size - 1;
    table = new Array(size).fill(null);
    for (const s of old) if (s) table[findSlot(table, mask, s.hash, null)] = s;
  });
  return table.filter((s): s is Slot => s !== null).map((s) => s.key);
}
