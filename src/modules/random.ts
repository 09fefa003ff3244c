/**
 * _random (Modules/_randommodule.c): the Mersenne Twister MT19937 with
 * CPython's seeding (init_by_array over the 32-bit words of abs(n), or 624
 * words of os.urandom for None), random() from two 32-bit outputs,
 * getrandbits of any size, getstate/setstate as the 625-tuple — so that
 * random.seed(n) gives CPython's exact sequences.
 */
import * as crypto from 'crypto';
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyTuple, tuple } from '../objects/containers';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { typeType, objectType, None } from '../objects/types';
import { PyFloat } from '../objects/float_object';
import { newException, typeError, ValueError, OverflowError } from '../objects/exceptions';
import { methods, newMethod } from '../objects/define';
import * as A from '../objects/abstract';
import * as I from '../objects/int';
import { registerNative, newModule } from './registry';

const N = 624;
const M = 397;

export class PyRandom extends PyObject {
  mt = new Uint32Array(N);
  index = N + 1;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = N;
  }

  genrand(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  seed(arg: Value): void {
    if (arg === None) {
      const words = new Uint32Array(N);
      crypto.randomFillSync(words);
      this.initByArray(Array.from(words));
      return;
    }
    let n: bigint;
    const iv = typeof arg === 'boolean' ? null : A.intValue(arg);
    if (iv !== null) n = BigInt(iv);
    else n = BigInt(A.pyHash(arg));
    if (n < 0n) n = -n;
    const key: number[] = [];
    do {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(key);
  }
}

const randomType = new PyType(typeType, '_random.Random', [objectType], TPFLAGS_BASETYPE);
const R = (v: Value): PyRandom => v as PyRandom;

newMethod(randomType, (cls, args, kwnames) => {
  // random_new: Random() takes at most one positional argument, keywords only for subclasses that define __init__.
  if (cls === randomType && kwnames !== null && kwnames.length > 0) typeError('Random() takes no keyword arguments');
  if (cls === randomType && args.length > 1) typeError(`Random() expected at most 1 argument, got ${args.length}`);
  const r = new PyRandom(cls);
  if (cls.hasInstanceDict) r.dict = new PyDict();
  r.seed(args.length > 0 && (kwnames === null || args.length > kwnames.length) ? args[0] : None);
  return r;
});

methods(randomType, {
  random: (a) => new PyFloat(R(a[0]).random()),
  seed: (a) => {
    if (a.length > 2) typeError(`seed expected at most 1 argument, got ${a.length - 1}`);
    R(a[0]).seed(a.length > 1 ? a[1] : None);
    return None;
  },
  getrandbits: (a) => {
    const r = R(a[0]);
    const k = Number(A.asIndex(a[1]));
    if (k < 0) throw newException(ValueError, 'number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return r.genrand() >>> (32 - k);
    // Little-endian 32-bit words, the last one shifted down to the remaining bits.
    const words = Math.ceil(k / 32);
    let result = 0n;
    let remaining = k;
    for (let i = 0; i < words; i++, remaining -= 32) {
      let w = r.genrand();
      if (remaining < 32) w >>>= 32 - remaining;
      result |= BigInt(w) << BigInt(32 * i);
    }
    return I.norm(result);
  },
  getstate: (a) => {
    const r = R(a[0]);
    return tuple([...Array.from(r.mt, (x) => x as Value), r.index]);
  },
  setstate: (a) => {
    const r = R(a[0]);
    const st = a[1];
    if (!(st instanceof PyTuple)) typeError('state vector must be a tuple');
    const items = (st as PyTuple).items;
    if (items.length !== N + 1) throw newException(ValueError, 'state vector is the wrong size');
    for (let i = 0; i < N; i++) {
      const v = A.asIndex(items[i]);
      if (v < 0 || v > 0xffffffff) throw newException(OverflowError, 'Python int too large to convert to C unsigned long');
      r.mt[i] = Number(v);
    }
    const idx = Number(A.asIndex(items[N]));
    if (idx < 0 || idx > N) throw newException(ValueError, 'invalid state');
    r.index = idx;
    return None;
  },
});

registerNative('_random', () => {
  const m = newModule('_random', 'Module implements the Mersenne Twister random number generator.');
  m.dict.set('Random', randomType);
  return m;
});
