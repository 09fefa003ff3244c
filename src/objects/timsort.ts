/**
 * CPython 3.11's list.sort (Objects/listobject.c, listsort): natural runs,
 * binary insertion up to minrun, the powersort merge policy, galloping
 * merges with the adaptive min_gallop. Every comparison is `<` in the same
 * order as CPython's, so key functions and __lt__ with side effects, and
 * inconsistent comparisons, behave identically. `keys` are sorted in place;
 * `vals` (the original items when key= is given) move with them.
 */
import type { Value } from './base';
import { PyFloat } from './float_object';
import * as A from './abstract';
import { floatType, tupleType } from './types';
import { PyTuple } from './containers';

const MIN_GALLOP = 7;

function lt(a: Value, b: Value): boolean {
  const ta = typeof a;
  if (ta === 'number' && typeof b === 'number') return (a as number) < b;
  if (ta === 'string' && typeof b === 'string') return (a as string) < b;
  if (a instanceof PyFloat && b instanceof PyFloat && a.ob_type === b.ob_type && a.ob_type === floatType) return a.value < b.value;
  if (a instanceof PyTuple && b instanceof PyTuple && a.ob_type === tupleType && b.ob_type === tupleType) return tupleLt(a.items, b.items);
  return A.isTrue(A.richCompare(a, b, A.CMP_LT));
}

/**
 * tuple < tuple as tuplerichcompare does it (the first items that are not
 * identical and not equal decide), without going through the slot: sorting
 * records is mostly this. Distinct ints or strs are unequal without asking.
 */
function tupleLt(x: readonly Value[], y: readonly Value[]): boolean {
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    const tp = typeof p;
    if ((tp === 'number' || tp === 'string') && typeof q === tp) break;
    if (!A.eqBool(p, q)) break;
  }
  if (i >= n) return x.length < y.length;
  return lt(x[i], y[i]);
}

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  pending: Run[] = [];
  constructor(
    readonly keys: Value[],
    readonly vals: Value[] | null,
  ) {}

  /** Move n items from src[si] to dst[di] (keys and vals alike). */
  reverseSlice(lo: number, hi: number): void {
    const k = this.keys;
    const v = this.vals;
    for (let a = lo, b = hi - 1; a < b; a++, b--) {
      const t = k[a];
      k[a] = k[b];
      k[b] = t;
      if (v !== null) {
        const u = v[a];
        v[a] = v[b];
        v[b] = u;
      }
    }
  }

  binarySort(lo: number, hi: number, start: number): void {
    const k = this.keys;
    const v = this.vals;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = k[r];
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, k[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) k[p] = k[p - 1];
      k[l] = pivot;
      if (v !== null) {
        const pv = v[start];
        for (let p = start; p > l; p--) v[p] = v[p - 1];
        v[l] = pv;
      }
    }
  }

  /** count_run: the length of the run at lo, and whether it is strictly descending. */
  countRun(lo: number, hi: number): [number, boolean] {
    const k = this.keys;
    lo++;
    if (lo === hi) return [1, false];
    let n = 2;
    if (lt(k[lo], k[lo - 1])) {
      for (lo = lo + 1; lo < hi; lo++, n++) if (!lt(k[lo], k[lo - 1])) break;
      return [n, true];
    }
    for (lo = lo + 1; lo < hi; lo++, n++) if (lt(k[lo], k[lo - 1])) break;
    return [n, false];
  }

  /** gallop_left over a[base, base+n) with the hint as an offset. */
  gallopLeft(key: Value, a: Value[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (lt(a[base + hint], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(a[base + hint + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(a[base + hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  gallopRight(key: Value, a: Value[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (lt(key, a[base + hint])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, a[base + hint - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, a[base + hint + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  mergeAt(i: number): void {
    const p = this.pending;
    let sa = p[i].base;
    let na = p[i].len;
    const sb = p[i + 1].base;
    let nb = p[i + 1].len;
    p[i].len = na + nb;
    if (i === p.length - 3) p[i + 1] = p[i + 2];
    p.pop();
    const k = this.gallopRight(this.keys[sb], this.keys, sa, na, 0);
    sa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(this.keys[sa + na - 1], this.keys, sb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(sa, na, sb, nb);
    else this.mergeHi(sa, na, sb, nb);
  }

  mergeLo(sa: number, na: number, sb: number, nb: number): void {
    const K = this.keys;
    const V = this.vals;
    const tk = K.slice(sa, sa + na);
    const tv = V === null ? null : V.slice(sa, sa + na);
    let dest = sa;
    let pa = 0;
    const mv = (from: Value[], fromV: Value[] | null, fi: number, di: number, n: number): void => {
      if (fi < di) {
        for (let j = n - 1; j >= 0; j--) {
          K[di + j] = from[fi + j];
          if (V !== null) V[di + j] = fromV![fi + j];
        }
      } else {
        for (let j = 0; j < n; j++) {
          K[di + j] = from[fi + j];
          if (V !== null) V[di + j] = fromV![fi + j];
        }
      }
    };
    const fromB = (): void => {
      K[dest] = K[sb];
      if (V !== null) V[dest] = V[sb];
      dest++;
      sb++;
    };
    const fromA = (): void => {
      K[dest] = tk[pa];
      if (V !== null) V[dest] = tv![pa];
      dest++;
      pa++;
    };
    let minGallop = this.minGallop;
    let copyB = false;
    try {
      fromB();
      nb--;
      if (nb === 0) return;
      if (na === 1) {
        copyB = true;
        return;
      }
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(K[sb], tk[pa])) {
            fromB();
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            fromA();
            acount++;
            bcount = 0;
            na--;
            if (na === 1) {
              copyB = true;
              return;
            }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(K[sb], tk, pa, na, 0);
          acount = k;
          if (k) {
            mv(tk, tv, pa, dest, k);
            dest += k;
            pa += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              return;
            }
            if (na === 0) return;
          }
          fromB();
          nb--;
          if (nb === 0) return;
          k = this.gallopLeft(tk[pa], K, sb, nb, 0);
          bcount = k;
          if (k) {
            mv(K, V, sb, dest, k);
            dest += k;
            sb += k;
            nb -= k;
            if (nb === 0) return;
          }
          fromA();
          na--;
          if (na === 1) {
            copyB = true;
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyB) {
        mv(K, V, sb, dest, nb);
        K[dest + nb] = tk[pa];
        if (V !== null) V[dest + nb] = tv![pa];
      } else if (na) mv(tk, tv, pa, dest, na);
    }
  }

  mergeHi(sa: number, na: number, sb: number, nb: number): void {
    const K = this.keys;
    const V = this.vals;
    const tk = K.slice(sb, sb + nb);
    const tv = V === null ? null : V.slice(sb, sb + nb);
    let dest = sb + nb - 1;
    let pb = nb - 1;
    let pa = sa + na - 1;
    const mv = (from: Value[], fromV: Value[] | null, fi: number, di: number, n: number): void => {
      if (fi < di) {
        for (let j = n - 1; j >= 0; j--) {
          K[di + j] = from[fi + j];
          if (V !== null) V[di + j] = fromV![fi + j];
        }
      } else {
        for (let j = 0; j < n; j++) {
          K[di + j] = from[fi + j];
          if (V !== null) V[di + j] = fromV![fi + j];
        }
      }
    };
    const fromA = (): void => {
      K[dest] = K[pa];
      if (V !== null) V[dest] = V[pa];
      dest--;
      pa--;
    };
    const fromB = (): void => {
      K[dest] = tk[pb];
      if (V !== null) V[dest] = tv![pb];
      dest--;
      pb--;
    };
    let minGallop = this.minGallop;
    let copyA = false;
    try {
      fromA();
      na--;
      if (na === 0) return;
      if (nb === 1) {
        copyA = true;
        return;
      }
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[pb], K[pa])) {
            fromA();
            acount++;
            bcount = 0;
            na--;
            if (na === 0) return;
            if (acount >= minGallop) break;
          } else {
            fromB();
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) {
              copyA = true;
              return;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(tk[pb], K, sa, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            mv(K, V, pa + 1, dest + 1, k);
            na -= k;
            if (na === 0) return;
          }
          fromB();
          nb--;
          if (nb === 1) {
            copyA = true;
            return;
          }
          k = this.gallopLeft(K[pa], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            mv(tk, tv, pb + 1, dest + 1, k);
            nb -= k;
            if (nb === 1) {
              copyA = true;
              return;
            }
            if (nb === 0) return;
          }
          fromA();
          na--;
          if (na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyA) {
        mv(K, V, pa + 1 - na, dest + 1 - na, na);
        dest -= na;
        K[dest] = tk[pb];
        if (V !== null) V[dest] = tv![pb];
      } else if (nb) mv(tk, tv, 0, dest - (nb - 1), nb);
    }
  }

  /** found_new_run: merge while the run below the top has a higher power (powersort). */
  foundNewRun(n2: number, listlen: number): void {
    const p = this.pending;
    if (p.length) {
      const top = p[p.length - 1];
      const power = powerloop(top.base, top.len, n2, listlen);
      while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
      p[p.length - 1].power = power;
    }
  }

  forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
      this.mergeAt(n);
    }
  }
}

function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Sort keys (and vals alongside) in place; exceptions from comparisons propagate with the arrays in a permutation of their items. */
export function timsort(keys: Value[], vals: Value[] | null): void {
  const total = keys.length;
  if (total < 2) return;
  const ms = new MergeState(keys, vals);
  const minrun = computeMinrun(total);
  let lo = 0;
  let nremaining = total;
  do {
    let [n, descending] = ms.countRun(lo, lo + nremaining);
    if (descending) ms.reverseSlice(lo, lo + n);
    if (n < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      ms.binarySort(lo, lo + force, lo + n);
      n = force;
    }
    ms.foundNewRun(n, total);
    ms.pending.push({ base: lo, len: n, power: 0 });
    lo += n;
    nremaining -= n;
  } while (nremaining);
  ms.forceCollapse();
}
