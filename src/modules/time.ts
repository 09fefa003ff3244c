/**
 * time (Modules/timemodule.c) on Node's clocks and Date: the clocks (time,
 * monotonic, perf_counter, process_time, thread_time and their _ns forms,
 * clock_gettime), sleep (blocking, as CPython's), struct_time with tm_zone
 * and tm_gmtoff, gmtime/localtime/mktime in the process's time zone,
 * asctime/ctime, strftime with glibc's C-locale directives and
 * timemodule.c's argument checks, strptime through _strptime, the zone
 * constants, get_clock_info.
 */
import type { Value } from '../objects/base';
import { PyTuple } from '../objects/containers';
import { None } from '../objects/types';
import { PyFloat } from '../objects/float_object';
import { newException, typeError, ValueError, OverflowError } from '../objects/exceptions';
import { moduleFunction, parseArgs } from '../objects/define';
import * as A from '../objects/abstract';
import { structSeqTypeEx, structSeqEx } from './structseq';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';

const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));
const lazy_sys = lazy(() => require('./sys') as typeof import('./sys'));
const lazy_signal = lazy(() => require('./signal') as typeof import('./signal'));

const structTimeType = structSeqTypeEx(
  'time.struct_time',
  ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'],
  ['tm_zone', 'tm_gmtoff'],
);

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The broken-down time C's struct tm holds. */
interface Tm {
  year: number;
  mon: number; // 1..12
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // Monday = 0, as Python's
  yday: number; // 1..366
  isdst: number;
  zone: Value;
  gmtoff: Value;
}

function yday(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** Seconds argument (None: now) as a JS millisecond time, with CPython's range check. */
function secondsArg(v: Value | null | undefined): number {
  if (v === null || v === undefined || v === None) return Date.now();
  const f = A.floatValue(v);
  let s: number;
  if (f !== null) {
    if (Number.isNaN(f)) throw newException(ValueError, 'Invalid value NaN (not a number)');
    s = Math.trunc(f);
  } else s = Number(A.asIndex(v));
  if (!Number.isFinite(s) || Math.abs(s) > 8.64e12) throw newException(OverflowError, 'timestamp out of range for platform time_t');
  return s * 1000;
}

function gmtimeOf(ms: number): Tm {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  return {
    year: y, mon: d.getUTCMonth() + 1, mday: d.getUTCDate(), hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7, yday: yday(y, d.getUTCMonth() + 1, d.getUTCDate()), isdst: 0, zone: 'UTC', gmtoff: 0,
  };
}

function zoneName(d: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d);
    const z = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    return z.startsWith('GMT') && z !== 'GMT' ? z.replace('GMT', '').replace(/^([+-])(\d)$/, '$10$2') : z;
  } catch {
    return 'UTC';
  }
}

function stdOffsetMinutes(year: number): number {
  return Math.max(new Date(year, 0, 1).getTimezoneOffset(), new Date(year, 6, 1).getTimezoneOffset());
}

function localtimeOf(ms: number): Tm {
  const d = new Date(ms);
  const y = d.getFullYear();
  const off = d.getTimezoneOffset();
  return {
    year: y, mon: d.getMonth() + 1, mday: d.getDate(), hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(),
    wday: (d.getDay() + 6) % 7, yday: yday(y, d.getMonth() + 1, d.getDate()), isdst: off < stdOffsetMinutes(y) ? 1 : 0,
    zone: A.mkStr(zoneName(d)), gmtoff: -off * 60,
  };
}

function structOf(t: Tm): Value {
  return structSeqEx(structTimeType, [t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst], [t.zone, t.gmtoff]);
}

/** gettmarg: a struct_time or 9-tuple as a Tm, with its TypeErrors. */
function tmArg(v: Value, fname: string): Tm {
  if (!(v instanceof PyTuple)) typeError(`Tuple or struct_time argument required`);
  const items = (v as PyTuple).items;
  if (items.length !== 9) typeError(`${fname}(): illegal time tuple argument`);
  const n = items.map((x) => {
    if (A.floatValue(x) !== null && typeof x !== 'number') typeError("'float' object cannot be interpreted as an integer");
    return Number(A.asIndex(x));
  });
  const zone = A.getAttrOrNull(v, 'tm_zone') ?? None;
  const gmtoff = A.getAttrOrNull(v, 'tm_gmtoff') ?? None;
  // gettmarg: C's tm_wday is (wday + 1) % 7, Sunday = 0 (negative stays negative, as in C); kept here Monday = 0.
  const cw = (n[6] + 1) % 7;
  return { year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: cw < 0 ? -1 : (cw + 6) % 7, yday: n[7], isdst: n[8], zone, gmtoff };
}

/** checktm: the ranges strftime and asctime require. */
function checkTm(t: Tm): void {
  const bad = (m: string): never => {
    throw newException(ValueError, m);
  };
  if (t.mon < 1 || t.mon > 12) bad('month out of range');
  if (t.mday < 1 || t.mday > 31) bad('day of month out of range');
  if (t.hour < 0 || t.hour > 23) bad('hour out of range');
  if (t.min < 0 || t.min > 59) bad('minute out of range');
  if (t.sec < 0 || t.sec > 61) bad('seconds out of range');
  if (t.wday < 0 || t.wday > 6) bad('day of week out of range');
  if (t.yday < 1 || t.yday > 366) bad('day of year out of range');
}

const pad = (n: number, w: number, c = '0'): string => String(n).padStart(w, c);

/** ISO 8601 week-based year and week number. */
function isoWeek(t: Tm): [number, number] {
  const wdayMon0 = t.wday; // Monday = 0
  const thursday = t.yday - wdayMon0 + 3; // day-of-year of this week's Thursday
  let year = t.year;
  let ydays = yday(year, 12, 31);
  if (thursday < 1) {
    year--;
    ydays = yday(year, 12, 31);
    return [year, Math.floor((thursday + ydays - 1) / 7) + 1];
  }
  if (thursday > ydays) return [year + 1, 1];
  return [year, Math.floor((thursday - 1) / 7) + 1];
}

function asctimeOf(t: Tm): string {
  return `${DAYS[(t.wday + 1) % 7].slice(0, 3)} ${MONTHS[t.mon - 1].slice(0, 3)} ${pad(t.mday, 2, ' ')} ${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)} ${t.year}`;
}

/** strftime in the C locale, as glibc formats each directive. */
function strftime(fmt: string, t: Tm): string {
  let out = '';
  const sunday0 = (t.wday + 1) % 7;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const d = fmt[++i];
    const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
    switch (d) {
      case 'a': out += DAYS[sunday0].slice(0, 3); break;
      case 'A': out += DAYS[sunday0]; break;
      case 'b': case 'h': out += MONTHS[t.mon - 1].slice(0, 3); break;
      case 'B': out += MONTHS[t.mon - 1]; break;
      case 'c': out += asctimeOf(t); break;
      case 'C': out += pad(Math.floor(t.year / 100), 2); break;
      case 'd': out += pad(t.mday, 2); break;
      case 'D': out += `${pad(t.mon, 2)}/${pad(t.mday, 2)}/${pad(t.year % 100, 2)}`; break;
      case 'e': out += pad(t.mday, 2, ' '); break;
      case 'F': out += `${t.year}-${pad(t.mon, 2)}-${pad(t.mday, 2)}`; break;
      case 'G': out += String(isoWeek(t)[0]); break;
      case 'g': out += pad(isoWeek(t)[0] % 100, 2); break;
      case 'H': out += pad(t.hour, 2); break;
      case 'I': out += pad(h12, 2); break;
      case 'j': out += pad(t.yday, 3); break;
      case 'k': out += pad(t.hour, 2, ' '); break;
      case 'l': out += pad(h12, 2, ' '); break;
      case 'm': out += pad(t.mon, 2); break;
      case 'M': out += pad(t.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += t.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += t.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += `${pad(h12, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)} ${t.hour < 12 ? 'AM' : 'PM'}`; break;
      case 'R': out += `${pad(t.hour, 2)}:${pad(t.min, 2)}`; break;
      case 's': out += String(Math.floor(Date.UTC(t.year, t.mon - 1, t.mday, t.hour, t.min, t.sec) / 1000 - (typeof t.gmtoff === 'number' ? t.gmtoff : 0))); break;
      case 'S': out += pad(t.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': out += `${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)}`; break;
      case 'u': out += String(t.wday + 1); break;
      case 'U': out += pad(Math.floor((t.yday - 1 + 7 - sunday0) / 7), 2); break;
      case 'V': out += pad(isoWeek(t)[1], 2); break;
      case 'w': out += String(sunday0); break;
      case 'W': out += pad(Math.floor((t.yday - 1 + 7 - t.wday) / 7), 2); break;
      case 'x': out += `${pad(t.mon, 2)}/${pad(t.mday, 2)}/${pad(t.year % 100, 2)}`; break;
      case 'X': out += `${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)}`; break;
      case 'y': out += pad(((t.year % 100) + 100) % 100, 2); break;
      case 'Y': out += String(t.year); break;
      case 'z': {
        const off = typeof t.gmtoff === 'number' ? t.gmtoff : 0;
        const a = Math.abs(off);
        out += `${off < 0 ? '-' : '+'}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
        break;
      }
      case 'Z': out += t.zone === None ? '' : A.str(t.zone); break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

function clockInfo(impl: string, monotonic: boolean, adjustable: boolean): Value {
  return lazy_sys().namespace([['implementation', impl], ['monotonic', monotonic], ['adjustable', adjustable], ['resolution', new PyFloat(1e-9)]]);
}

const processStart = process.hrtime.bigint();
void processStart;

function create(): ReturnType<typeof newModule> {
  const m = newModule('time', 'This module provides various functions to manipulate time values.');
  const d = m.dict;
  const F = (name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    moduleFunction(d, 'time', name, fn);
  };
  const nsNow = (): bigint => BigInt(Date.now()) * 1000000n + (process.hrtime.bigint() % 1000000n);
  const big = (n: bigint): Value => (n <= 9007199254740991n ? Number(n) : n);
  const cpuNs = (): bigint => {
    const u = process.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  };
  F('time', () => new PyFloat(Date.now() / 1000 + Number(process.hrtime.bigint() % 1000000n) / 1e9));
  F('time_ns', () => big(nsNow()));
  F('monotonic', () => new PyFloat(Number(process.hrtime.bigint()) / 1e9));
  F('monotonic_ns', () => big(process.hrtime.bigint()));
  F('perf_counter', () => new PyFloat(Number(process.hrtime.bigint()) / 1e9));
  F('perf_counter_ns', () => big(process.hrtime.bigint()));
  F('process_time', () => new PyFloat(Number(cpuNs()) / 1e9));
  F('process_time_ns', () => big(cpuNs()));
  F('thread_time', () => new PyFloat(Number(cpuNs()) / 1e9));
  F('thread_time_ns', () => big(cpuNs()));
  const clockGet = (id: number): bigint => (id === 0 ? nsNow() : id === 2 || id === 3 ? cpuNs() : process.hrtime.bigint());
  F('clock_gettime', (a) => new PyFloat(Number(clockGet(Number(A.asIndex(a[0])))) / 1e9));
  F('clock_gettime_ns', (a) => big(clockGet(Number(A.asIndex(a[0])))));
  F('clock_getres', () => new PyFloat(1e-9));
  for (const [k, v] of Object.entries({ CLOCK_REALTIME: 0, CLOCK_MONOTONIC: 1, CLOCK_PROCESS_CPUTIME_ID: 2, CLOCK_THREAD_CPUTIME_ID: 3, CLOCK_MONOTONIC_RAW: 4, CLOCK_BOOTTIME: 7, CLOCK_TAI: 11 })) d.set(k, v);
  F('sleep', (a) => {
    if (a.length !== 1) typeError(`sleep() takes exactly one argument (${a.length} given)`);
    const f = A.floatValue(a[0]) ?? Number(A.asIndex(a[0]));
    if (Number.isNaN(f)) throw newException(ValueError, 'Invalid value NaN (not a number)');
    if (f < 0) throw newException(ValueError, 'sleep length must be non-negative');
    const { flushStd } = lazy_sys();
    flushStd();
    // A signal.alarm falling inside the sleep runs its handler then (PEP 475).
    lazy_signal().sleepWithSignals(f * 1000);
    return None;
  });
  F('gmtime', (a) => structOf(gmtimeOf(secondsArg(a[0]))));
  F('localtime', (a) => structOf(localtimeOf(secondsArg(a[0]))));
  F('mktime', (a) => {
    const t = tmArg(a[0], 'mktime');
    const ms = new Date(t.year, t.mon - 1, t.mday, t.hour, t.min, t.sec).getTime();
    if (Number.isNaN(ms)) throw newException(OverflowError, 'mktime argument out of range');
    return new PyFloat(ms / 1000);
  });
  F('asctime', (a) => {
    const t = a.length ? tmArg(a[0], 'asctime') : localtimeOf(Date.now());
    checkTm(t);
    return A.mkStr(asctimeOf(t));
  });
  F('ctime', (a) => A.mkStr(asctimeOf(localtimeOf(secondsArg(a[0])))));
  F('strftime', (a) => {
    if (a.length < 1 || a.length > 2) typeError(`strftime expected at most 2 arguments, got ${a.length}`);
    if (!A.isStr(a[0])) typeError(`strftime() argument 1 must be str, not ${A.typeName(a[0])}`);
    const t = a.length > 1 ? tmArg(a[1], 'strftime') : localtimeOf(Date.now());
    // gettmarg's normalisations, then checktm.
    if (t.yday === 0) t.yday = 1;
    if (t.mon === 0) t.mon = 1;
    if (t.mday === 0) t.mday = 1;
    checkTm(t);
    if (t.isdst < -1) t.isdst = -1;
    else if (t.isdst > 1) t.isdst = 1;
    return A.mkStr(strftime(A.strValue(a[0]), t));
  });
  F('strptime', (a) => {
    const sp = lazy_imports().importAbsolute('_strptime');
    return A.callMethod(sp, '_strptime_time', a);
  });
  F('get_clock_info', (a) => {
    const name = A.strValue(a[0]);
    switch (name) {
      case 'time': return clockInfo('clock_gettime(CLOCK_REALTIME)', false, true);
      case 'monotonic':
      case 'perf_counter': return clockInfo('clock_gettime(CLOCK_MONOTONIC)', true, false);
      case 'process_time': return clockInfo('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false);
      case 'thread_time': return clockInfo('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false);
      default: throw newException(ValueError, 'unknown clock');
    }
  });
  F('tzset', () => None);
  const now = new Date();
  const y = now.getFullYear();
  const std = stdOffsetMinutes(y);
  const dst = Math.min(new Date(y, 0, 1).getTimezoneOffset(), new Date(y, 6, 1).getTimezoneOffset());
  const stdName = zoneName(new Date(y, new Date(y, 0, 1).getTimezoneOffset() === std ? 0 : 6, 1));
  const dstName = zoneName(new Date(y, new Date(y, 0, 1).getTimezoneOffset() === dst ? 0 : 6, 1));
  d.set('timezone', std * 60);
  d.set('altzone', dst * 60);
  d.set('daylight', std !== dst ? 1 : 0);
  d.set('tzname', new PyTuple([A.mkStr(stdName), A.mkStr(dstName)]));
  d.set('struct_time', structTimeType);
  void parseArgs;
  return m;
}

registerNative('time', create);
