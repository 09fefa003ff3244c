/**
 * _locale (Modules/_localemodule.c) with glibc's behaviour for the locales
 * every system has: C (alias POSIX) and C.UTF-8 (any spelling glibc accepts,
 * "C.utf8", "C.UTF8"...). A name from the environment or the program that
 * names another locale is refused as glibc refuses an uninstalled one.
 *
 * At startup LC_CTYPE is what the environment selects (LC_ALL, LC_CTYPE,
 * LANG), coerced from C to C.UTF-8 as CPython does (PEP 538) unless
 * PYTHONCOERCECLOCALE=0; the other categories start as C. Collation in
 * these locales is by code point, and gettext never translates in them.
 */
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/containers';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { typeType, None } from '../objects/types';
import { moduleFunction } from '../objects/define';
import { newException, typeError, valueError, Exception, OverflowError } from '../objects/exceptions';
import { strOf, cpsOf, textOf, type Str } from '../objects/wstr';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';

const LC_CTYPE = 0;
const LC_NUMERIC = 1;
const LC_ALL = 6;
const CHAR_MAX = 127;
/** glibc's categories in the order of its composite LC_ALL names (6 is LC_ALL itself). */
const CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_ALL',
  'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION'];

export const localeError = new PyType(typeType, 'locale.Error', [Exception], TPFLAGS_BASETYPE);

/** The locale name glibc would record for `name`, or null when it has no such locale. */
function canonical(name: string): string | null {
  if (name === 'C' || name === 'POSIX') return 'C';
  const m = /^C\.([^@]*)$/.exec(name);
  if (m !== null && m[1].toLowerCase().replace(/[^a-z0-9]/g, '') === 'utf8') return name;
  return null;
}

/** What setlocale(category, "") picks for one category: LC_ALL, then LC_<category>, then LANG. */
function fromEnvironment(category: number): string {
  const env = process.env;
  for (const v of [env.LC_ALL, env[CATEGORY_NAMES[category]], env.LANG]) if (v !== undefined && v !== '') return v;
  return 'C';
}

const current: string[] = CATEGORY_NAMES.map(() => 'C');

/**
 * LC_CTYPE as CPython's startup leaves it: from the environment, and when
 * that is the C locale (and LC_ALL is not set, which would defeat it),
 * _Py_CoerceLegacyLocale exports LC_CTYPE=C.UTF-8 and sets every category
 * from the environment again.
 */
function startupLocale(): void {
  const env = process.env;
  current[LC_CTYPE] = canonical(fromEnvironment(LC_CTYPE)) ?? 'C';
  const lcAll = env.LC_ALL;
  if (current[LC_CTYPE] === 'C' && env.PYTHONCOERCECLOCALE !== '0' && (lcAll === undefined || lcAll === '')) {
    env.LC_CTYPE = 'C.UTF-8';
    setLocale(LC_ALL, '');
    current[LC_CTYPE] = canonical(fromEnvironment(LC_CTYPE)) ?? 'C';
  }
}
startupLocale();

function isUtf8(name: string): boolean {
  return name !== 'C';
}

/** setlocale(LC_ALL) as glibc names it: one name when every category agrees, else the composite. */
function allName(): string {
  const cats = current.filter((_, i) => i !== LC_ALL);
  if (cats.every((c) => c === cats[0])) return cats[0];
  return CATEGORY_NAMES.map((n, i) => (i === LC_ALL ? null : `${n}=${current[i]}`)).filter((x) => x !== null).join(';');
}

/** glibc setlocale(): the new name, or null when the locale or category is not available. */
function setLocale(category: number, locale: string | null): string | null {
  if (category < 0 || category >= CATEGORY_NAMES.length) return null;
  if (locale === null) return category === LC_ALL ? allName() : current[category];
  if (category !== LC_ALL) {
    const c = canonical(locale === '' ? fromEnvironment(category) : locale);
    if (c === null) return null;
    current[category] = c;
    return c;
  }
  const wanted: string[] = current.slice();
  if (locale.includes(';') || /^LC_[A-Z]+=/.test(locale)) {
    // A composite name (what a query of LC_ALL returns) must name every category.
    const named = new Set<number>();
    for (const part of locale.split(';')) {
      const eq = part.indexOf('=');
      const cat = CATEGORY_NAMES.indexOf(part.slice(0, eq));
      if (eq < 0 || cat < 0 || cat === LC_ALL) return null;
      const c = canonical(part.slice(eq + 1));
      if (c === null) return null;
      wanted[cat] = c;
      named.add(cat);
    }
    if (named.size !== CATEGORY_NAMES.length - 1) return null;
  } else {
    for (let i = 0; i < wanted.length; i++) {
      if (i === LC_ALL) continue;
      const c = canonical(locale === '' ? fromEnvironment(i) : locale);
      if (c === null) return null;
      wanted[i] = c;
    }
  }
  for (let i = 0; i < wanted.length; i++) current[i] = wanted[i];
  return allName();
}

/** nl_langinfo() items of the C and C.UTF-8 locales (they differ only in CODESET). */
const LANGINFO: [string, number, string][] = [
  ['CODESET', 14, ''],
  ['D_T_FMT', 131112, '%a %b %e %H:%M:%S %Y'], ['D_FMT', 131113, '%m/%d/%y'], ['T_FMT', 131114, '%H:%M:%S'],
  ['T_FMT_AMPM', 131115, '%I:%M:%S %p'], ['AM_STR', 131110, 'AM'], ['PM_STR', 131111, 'PM'],
  ['DAY_1', 131079, 'Sunday'], ['DAY_2', 131080, 'Monday'], ['DAY_3', 131081, 'Tuesday'], ['DAY_4', 131082, 'Wednesday'],
  ['DAY_5', 131083, 'Thursday'], ['DAY_6', 131084, 'Friday'], ['DAY_7', 131085, 'Saturday'],
  ['ABDAY_1', 131072, 'Sun'], ['ABDAY_2', 131073, 'Mon'], ['ABDAY_3', 131074, 'Tue'], ['ABDAY_4', 131075, 'Wed'],
  ['ABDAY_5', 131076, 'Thu'], ['ABDAY_6', 131077, 'Fri'], ['ABDAY_7', 131078, 'Sat'],
  ['MON_1', 131098, 'January'], ['MON_2', 131099, 'February'], ['MON_3', 131100, 'March'], ['MON_4', 131101, 'April'],
  ['MON_5', 131102, 'May'], ['MON_6', 131103, 'June'], ['MON_7', 131104, 'July'], ['MON_8', 131105, 'August'],
  ['MON_9', 131106, 'September'], ['MON_10', 131107, 'October'], ['MON_11', 131108, 'November'], ['MON_12', 131109, 'December'],
  ['ABMON_1', 131086, 'Jan'], ['ABMON_2', 131087, 'Feb'], ['ABMON_3', 131088, 'Mar'], ['ABMON_4', 131089, 'Apr'],
  ['ABMON_5', 131090, 'May'], ['ABMON_6', 131091, 'Jun'], ['ABMON_7', 131092, 'Jul'], ['ABMON_8', 131093, 'Aug'],
  ['ABMON_9', 131094, 'Sep'], ['ABMON_10', 131095, 'Oct'], ['ABMON_11', 131096, 'Nov'], ['ABMON_12', 131097, 'Dec'],
  ['RADIXCHAR', 65536, '.'], ['THOUSEP', 65537, ''], ['YESEXPR', 327680, '^[yY]'], ['NOEXPR', 327681, '^[nN]'],
  ['CRNCYSTR', 262159, '-'], ['ERA', 131116, ''], ['ERA_D_T_FMT', 131120, ''], ['ERA_D_FMT', 131118, ''],
  ['ERA_T_FMT', 131121, ''], ['ALT_DIGITS', 131119, ''], ['_DATE_FMT', 131180, '%a %b %e %H:%M:%S %Z %Y'],
];

function codeset(): string {
  return isUtf8(current[LC_CTYPE]) ? 'UTF-8' : 'ANSI_X3.4-1968';
}

/** The 'i' format of PyArg_ParseTuple. */
function cInt(v: Value): number {
  const i = A.intValue(v);
  if (i === null) {
    if (A.floatValue(v) !== null) typeError("'float' object cannot be interpreted as an integer");
    return cInt(A.asIndex(v));
  }
  if (i > 2147483647) throw newException(OverflowError, 'signed integer is greater than maximum');
  if (i < -2147483648) throw newException(OverflowError, 'signed integer is less than minimum');
  return Number(i);
}

function noNul(s: Str): string {
  const t = textOf(s);
  if (t.includes('\0')) valueError('embedded null character');
  return t;
}

/** A str argument ("s"/"z" formats), with the argument-clinic message for anything else. */
function strArg(fname: string, what: string, v: Value, orNone: boolean): string | null {
  if (orNone && v === None) return null;
  const s = strOf(v);
  if (s === null) typeError(`${fname}() ${what} must be str${orNone ? ' or None' : ''}, not ${A.typeName(v)}`);
  return noNul(s!);
}

function positional(fname: string, args: Value[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length) typeError(`_locale.${fname}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (max === 0) typeError(`_locale.${fname}() takes no arguments (${args.length} given)`);
    if (min === 1 && max === 1) typeError(`_locale.${fname}() takes exactly one argument (${args.length} given)`);
    if (min === max) typeError(`${fname} expected ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    if (args.length < min) typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** Code-point order, as wcscoll() in these locales; -1, 0 or 1. */
function compareCps(a: Str, b: Str): number {
  const x = cpsOf(a);
  const y = cpsOf(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('_locale', 'Support for POSIX locales.');
  const d = m.dict;
  const F = (name: string, fn: (args: Value[], kw: string[] | null) => Value, doc: string | null = null): void => {
    moduleFunction(d, '_locale', name, fn, doc);
  };
  for (let i = 0; i <= LC_ALL; i++) d.set(CATEGORY_NAMES[i], i);
  d.set('CHAR_MAX', CHAR_MAX);
  for (const [name, value] of LANGINFO) d.set(name, value);
  d.set('Error', localeError);

  F('setlocale', (args, kw) => {
    if (kw !== null && kw.length) typeError('_locale.setlocale() takes no keyword arguments');
    if (args.length < 1) typeError(`setlocale() takes at least 1 argument (${args.length} given)`);
    if (args.length > 2) typeError(`setlocale() takes at most 2 arguments (${args.length} given)`);
    const category = cInt(args[0]);
    const locale = args.length > 1 ? strArg('setlocale', 'argument 2', args[1], true) : null;
    const r = setLocale(category, locale);
    if (r === null) throw newException(localeError, locale === null ? 'locale query failed' : 'unsupported locale setting');
    return r;
  }, 'Activates/queries locale processing.');
  F('localeconv', (args, kw) => {
    positional('localeconv', args, kw, 0, 0);
    const r = new PyDict();
    for (const k of ['int_curr_symbol', 'currency_symbol', 'mon_decimal_point', 'mon_thousands_sep']) r.set(k, '');
    r.set('mon_grouping', new PyList([]));
    r.set('positive_sign', '');
    r.set('negative_sign', '');
    for (const k of ['int_frac_digits', 'frac_digits', 'p_cs_precedes', 'p_sep_by_space', 'n_cs_precedes', 'n_sep_by_space', 'p_sign_posn', 'n_sign_posn']) r.set(k, CHAR_MAX);
    r.set('decimal_point', '.');
    r.set('thousands_sep', '');
    r.set('grouping', new PyList([]));
    return r;
  }, 'Returns numeric and monetary locale-specific parameters.');
  F('nl_langinfo', (args, kw) => {
    positional('nl_langinfo', args, kw, 1, 1);
    const key = cInt(args[0]);
    for (const [name, value, text] of LANGINFO) if (value === key) return name === 'CODESET' ? codeset() : text;
    return valueError('unsupported langinfo constant');
  }, 'Return the value for the locale information associated with key.');
  F('getencoding', (args, kw) => {
    positional('getencoding', args, kw, 0, 0);
    return codeset();
  }, 'Get the current locale encoding.');
  F('strcoll', (args, kw) => {
    positional('strcoll', args, kw, 2, 2);
    const a = strOf(args[0]);
    if (a === null) typeError(`strcoll() argument 1 must be str, not ${A.typeName(args[0])}`);
    const b = strOf(args[1]);
    if (b === null) typeError(`strcoll() argument 2 must be str, not ${A.typeName(args[1])}`);
    noNul(a!);
    noNul(b!);
    return compareCps(a!, b!);
  }, 'Compares two strings according to the locale.');
  F('strxfrm', (args, kw) => {
    positional('strxfrm', args, kw, 1, 1);
    const s = strOf(args[0]);
    if (s === null) typeError(`strxfrm() argument must be str, not ${A.typeName(args[0])}`);
    noNul(s!);
    // wcsxfrm() of a code-point-ordered locale is the string itself.
    return s!;
  }, 'Return a string that can be used as a key for locale-aware comparisons.');

  // gettext: the C locales never translate; the domain bindings are kept as libintl keeps them.
  let domain = 'messages';
  const dirs = new Map<string, string>();
  const codesets = new Map<string, string>();
  F('gettext', (args, kw) => {
    positional('gettext', args, kw, 1, 1);
    return strArg('gettext', 'argument', args[0], false)!;
  }, 'gettext(msg) -> string\n\nReturn translation of msg.');
  F('dgettext', (args, kw) => {
    positional('dgettext', args, kw, 2, 2);
    strArg('dgettext', 'argument 1', args[0], true);
    return strArg('dgettext', 'argument 2', args[1], false)!;
  }, 'dgettext(domain, msg) -> string\n\nReturn translation of msg in domain.');
  F('dcgettext', (args, kw) => {
    positional('dcgettext', args, kw, 3, 3);
    strArg('dcgettext', 'argument 1', args[0], true);
    const msg = strArg('dcgettext', 'argument 2', args[1], false)!;
    cInt(args[2]);
    return msg;
  }, 'Return translation of msg in domain and category.');
  F('textdomain', (args, kw) => {
    positional('textdomain', args, kw, 1, 1);
    const name = strArg('textdomain', 'argument', args[0], true);
    if (name !== null) domain = name === '' ? 'messages' : name;
    return domain;
  }, 'Set the C library\'s textdmain to domain, returning the new domain.');
  F('bindtextdomain', (args, kw) => {
    positional('bindtextdomain', args, kw, 2, 2);
    const name = strArg('bindtextdomain', 'argument 1', args[0], false)!;
    if (name === '') throw newException(localeError, 'domain must be a non-empty string');
    if (args[1] !== None) {
      const dir = A.strValue(A.call(A.getAttr(lazyOs(), 'fsdecode'), [args[1]]));
      dirs.set(name, dir);
    }
    return dirs.get(name) ?? '/usr/share/locale';
  }, 'Bind the C library\'s domain to dir.');
  F('bind_textdomain_codeset', (args, kw) => {
    positional('bind_textdomain_codeset', args, kw, 2, 2);
    const name = strArg('bind_textdomain_codeset', 'argument 1', args[0], false)!;
    const cs = strArg('bind_textdomain_codeset', 'argument 2', args[1], true);
    if (cs !== null) codesets.set(name, cs);
    return codesets.get(name) ?? None;
  }, 'Bind the C library\'s domain to codeset.');
  return m;
}

const lazy_builtins = lazy(() => require('./builtins') as typeof import('./builtins'));
function lazyOs(): Value {
  return A.call(lazy_builtins().builtinsDict.getStr('__import__')!, ['os']);
}

registerNative('_locale', create);
