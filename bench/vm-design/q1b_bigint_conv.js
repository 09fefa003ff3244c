'use strict';
// Q1b. Why ints beyond 2^53 are slower under number/bigint than always-bigint:
// converting a JS number to a bigint. V8 (Node 20) converts a Smi (|x| < 2^31)
// quickly but a heap number through a runtime call. 10^7 `acc = acc + BigInt(x)`.

const N = 1e7;
const MAXN = BigInt(Number.MAX_SAFE_INTEGER);
function norm(x) { return x >= -MAXN && x <= MAXN ? Number(x) : x; }

module.exports = {
  title: 'bigint accumulator plus a number, 10^7 times (ops = additions)',
  variants: {
    'acc + BigInt(i*i) (heap-number conversion), normalised': { ops: N, setup: () => () => { let acc = 10n ** 17n; for (let i = 0; i < N; i++) acc = norm(acc + BigInt(i * i)); return acc; } },
    'acc + BigInt(i*i), not normalised': { ops: N, setup: () => () => { let acc = 10n ** 17n; for (let i = 0; i < N; i++) acc = acc + BigInt(i * i); return acc; } },
    'acc + BigInt(i) (Smi conversion)': { ops: N, setup: () => () => { let acc = 10n ** 17n; for (let i = 0; i < N; i++) acc = acc + BigInt(i); return acc; } },
    'acc + b, both bigint already': { ops: N, setup: () => () => { let acc = 10n ** 17n; const b = 12345678901n; for (let i = 0; i < N; i++) acc = acc + b; return acc; } },
    'normalisation check only (2 bigint compares)': { ops: N, setup: () => () => { let s = 0; const b = 10n ** 17n; for (let i = 0; i < N; i++) if (b >= -MAXN && b <= MAXN) s++; return s; } },
  },
};
