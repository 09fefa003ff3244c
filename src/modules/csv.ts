/**
 * _csv (Modules/_csv.c): Dialect, the reader's state machine, the writer's
 * quoting and escaping, the dialect registry and field_size_limit, with the
 * C module's messages as python3 3.11 gives them. Characters are compared
 * as code points (a str's characters; NUL is data in 3.11).
 */
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyType, TPFLAGS_BASETYPE } from '../objects/type';
import { PyList } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFloat } from '../objects/float_object';
import { typeType, objectType, None, typeOf, intType } from '../objects/types';
import { newException, typeError, StopIteration, Exception as PyException } from '../objects/exceptions';
import { getset, method, moduleFunction, newMethod, parseArgs, npos } from '../objects/define';
import { nativeIterProtocol } from '../objects/iter_types';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';

const QUOTE_MINIMAL = 0;
const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;

/** "No character": C's NUL, which a str's NUL can never equal here. */
const NONE = -1;

let CsvError: PyType;
const dialects = new PyDict();
let fieldLimit = 128 * 1024;

function csvError(msg: string): never {
  throw newException(CsvError, msg);
}

// ---------------------------------------------------------------- Dialect

const dialectType = new PyType(typeType, '_csv.Dialect', [objectType], TPFLAGS_BASETYPE);
dialectType.dict.set('__doc__', 'CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n');

class Dialect extends PyObject {
  delimiter = 0x2c;
  quotechar = 0x22;
  escapechar = NONE;
  doublequote = true;
  skipinitialspace = false;
  strict = false;
  quoting = QUOTE_MINIMAL;
  lineterminator: Value = '\r\n';
  constructor(type: PyType) {
    super(type);
  }
}

const cp = (s: string): number => s.codePointAt(0)!;

function setChar(name: string, src: Value | null, dflt: number, noneOk: boolean): number {
  if (src === null) return dflt;
  if (src === None && noneOk) return NONE;
  if (!A.isStr(src)) typeError(`"${name}" must be string${noneOk ? ' or None' : ''}, not ${A.typeName(src)}`);
  const s = A.strValue(src);
  if ([...s].length !== 1) typeError(`"${name}" must be a 1-character string`);
  return cp(s);
}

const DIALECT_KWS = ['dialect', 'delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict'];

function makeDialect(cls: PyType, args: Value[], kwnames: string[] | null): Value {
  for (const k of kwnames ?? []) if (!DIALECT_KWS.includes(k)) typeError(`'${k}' is an invalid keyword argument for this function`);
  const v = parseArgs('Dialect', args, kwnames, DIALECT_KWS, 0);
  let dialect = v[0];
  const opts = v.slice(1);
  if (dialect !== null) {
    if (A.isStr(dialect)) dialect = registryGet(dialect);
    // An existing Dialect with nothing overridden is used as it is.
    if (typeOf(dialect!).isSubtype(dialectType) && opts.every((o) => o === null)) return dialect!;
    for (let i = 0; i < opts.length; i++) {
      if (opts[i] === null) opts[i] = A.getAttrOrNull(dialect!, DIALECT_KWS[i + 1]);
    }
  }
  const [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = opts;
  const d = new Dialect(cls);
  d.delimiter = setChar('delimiter', delimiter, 0x2c, false);
  d.doublequote = doublequote === null ? true : A.isTrue(doublequote);
  d.escapechar = setChar('escapechar', escapechar, NONE, true);
  if (lineterminator !== null) {
    if (lineterminator === None) d.lineterminator = None;
    else if (!A.isStr(lineterminator)) typeError('"lineterminator" must be a string');
    else d.lineterminator = lineterminator;
  }
  d.quotechar = setChar('quotechar', quotechar, 0x22, true);
  if (quoting !== null) {
    if (typeOf(quoting) !== intType) typeError('"quoting" must be an integer');
    d.quoting = Number(quoting);
  }
  d.skipinitialspace = skipinitialspace === null ? false : A.isTrue(skipinitialspace);
  d.strict = strict === null ? false : A.isTrue(strict);
  if (![QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE].includes(d.quoting)) typeError('bad "quoting" value');
  if (quotechar === None && quoting === null) d.quoting = QUOTE_NONE;
  if (d.quoting !== QUOTE_NONE && d.quotechar === NONE) typeError('quotechar must be set if quoting enabled');
  if (d.lineterminator === None) typeError('lineterminator must be set');
  return d;
}

newMethod(dialectType, makeDialect);
const charOrNone = (c: number): Value => (c === NONE ? None : A.mkStr(String.fromCodePoint(c)));
getset(dialectType, 'delimiter', (o) => charOrNone((o as Dialect).delimiter));
getset(dialectType, 'quotechar', (o) => charOrNone((o as Dialect).quotechar));
getset(dialectType, 'escapechar', (o) => charOrNone((o as Dialect).escapechar));
getset(dialectType, 'lineterminator', (o) => (o as Dialect).lineterminator);
getset(dialectType, 'quoting', (o) => (o as Dialect).quoting);
getset(dialectType, 'doublequote', (o) => (o as Dialect).doublequote);
getset(dialectType, 'skipinitialspace', (o) => (o as Dialect).skipinitialspace);
getset(dialectType, 'strict', (o) => (o as Dialect).strict);

/** _call_dialect: a Dialect from a dialect argument (name, class, instance or none) and keyword overrides. */
function callDialect(dialect: Value | null, kwargs: Value[], kwnames: string[] | null): Dialect {
  const args = dialect === null ? [...kwargs] : [dialect, ...kwargs];
  return makeDialect(dialectType, args, kwnames) as Dialect;
}

function registryGet(name: Value): Value {
  const d = dialects.get(name);
  if (d === null) csvError('unknown dialect');
  return d!;
}

// ---------------------------------------------------------------- reader

const enum S { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrnl, AfterEscapedCrnl }
/** The end of a line, as the C parser's EOL sentinel (NUL is ordinary data in 3.11). */
const EOL = -2;

const readerType = new PyType(typeType, '_csv.reader', [objectType], 0);
readerType.dict.set('__doc__', 'CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n');

class Reader extends PyObject {
  fields: Value[] = [];
  state = S.StartRecord;
  field: number[] = [];
  numeric = false;
  lineNum = 0;
  constructor(readonly iter: Value, readonly dialect: Dialect) {
    super(readerType);
  }

  saveField(): void {
    let f: Value = A.mkStr(String.fromCodePoint(...this.field));
    this.field = [];
    if (this.numeric) {
      this.numeric = false;
      f = A.call(lazyFloat(), [f]);
    }
    this.fields.push(f);
  }

  addChar(c: number): void {
    if (this.field.length >= fieldLimit) csvError(`field larger than field limit (${fieldLimit})`);
    this.field.push(c);
  }

  private startField(c: number): void {
    const d = this.dialect;
    if (c === 0x0a || c === 0x0d || c === EOL) {
      this.saveField();
      this.state = c === EOL ? S.StartRecord : S.EatCrnl;
    } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) this.state = S.InQuotedField;
    else if (c === d.escapechar) this.state = S.EscapedChar;
    else if (c === 0x20 && d.skipinitialspace) {
      // Spaces after a delimiter are skipped.
    } else if (c === d.delimiter) this.saveField();
    else {
      if (d.quoting === QUOTE_NONNUMERIC) this.numeric = true;
      this.addChar(c);
      this.state = S.InField;
    }
  }

  private inField(c: number): void {
    const d = this.dialect;
    if (c === 0x0a || c === 0x0d || c === EOL) {
      this.saveField();
      this.state = c === EOL ? S.StartRecord : S.EatCrnl;
    } else if (c === d.escapechar) this.state = S.EscapedChar;
    else if (c === d.delimiter) {
      this.saveField();
      this.state = S.StartField;
    } else this.addChar(c);
  }

  /** parse_process_char: one character (or EOL) through the state machine. */
  processChar(c: number): void {
    const d = this.dialect;
    switch (this.state) {
      case S.StartRecord:
        if (c === EOL) return;
        if (c === 0x0a || c === 0x0d) {
          this.state = S.EatCrnl;
          return;
        }
        this.state = S.StartField;
        this.startField(c);
        return;
      case S.StartField:
        this.startField(c);
        return;
      case S.EscapedChar:
        if (c === 0x0a || c === 0x0d) {
          this.addChar(c);
          this.state = S.AfterEscapedCrnl;
          return;
        }
        this.addChar(c === EOL ? 0x0a : c);
        this.state = S.InField;
        return;
      case S.AfterEscapedCrnl:
        if (c !== EOL) this.inField(c);
        return;
      case S.InField:
        this.inField(c);
        return;
      case S.InQuotedField:
        if (c === EOL) return;
        if (c === d.escapechar) this.state = S.EscapeInQuotedField;
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) this.state = d.doublequote ? S.QuoteInQuotedField : S.InField;
        else this.addChar(c);
        return;
      case S.EscapeInQuotedField:
        this.addChar(c === EOL ? 0x0a : c);
        this.state = S.InQuotedField;
        return;
      case S.QuoteInQuotedField:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.addChar(c);
          this.state = S.InQuotedField;
        } else if (c === d.delimiter) {
          this.saveField();
          this.state = S.StartField;
        } else if (c === 0x0a || c === 0x0d || c === EOL) {
          this.saveField();
          this.state = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (!d.strict) {
          this.addChar(c);
          this.state = S.InField;
        } else csvError(`'${String.fromCodePoint(d.delimiter)}' expected after '${String.fromCodePoint(d.quotechar)}'`);
        return;
      case S.EatCrnl:
        if (c === EOL) this.state = S.StartRecord;
        else if (c !== 0x0a && c !== 0x0d) csvError('new-line character seen in unquoted field - do you need to open the file in universal-newline mode?');
        return;
    }
  }

  next(): Value {
    this.fields = [];
    this.field = [];
    this.state = S.StartRecord;
    this.numeric = false;
    do {
      const line = A.iterNext(this.iter);
      if (line === null) {
        if (this.field.length !== 0 || (this.state as S) === S.InQuotedField) {
          if (this.dialect.strict) csvError('unexpected end of data');
          this.saveField();
          break;
        }
        throw newException(StopIteration);
      }
      if (!A.isStr(line)) csvError(`iterator should return strings, not ${A.typeName(line)} (the file should be opened in text mode)`);
      this.lineNum++;
      for (const ch of A.strValue(line)) this.processChar(ch.codePointAt(0)!);
      this.processChar(EOL);
    } while (this.state !== S.StartRecord);
    const out = this.fields;
    this.fields = [];
    return new PyList(out);
  }
}

nativeIterProtocol(readerType, false);
method(readerType, '__iter__', (a) => a[0]);
method(readerType, '__next__', (a) => (a[0] as Reader).next());
getset(readerType, 'dialect', (o) => (o as Reader).dialect);
getset(readerType, 'line_num', (o) => (o as Reader).lineNum);

let floatTypeRef: Value | null = null;
function lazyFloat(): Value {
  floatTypeRef ??= A.getAttr(require('./builtins').builtinsModule as Value, 'float');
  return floatTypeRef;
}

// ---------------------------------------------------------------- writer

const writerType = new PyType(typeType, '_csv.writer', [objectType], 0);
writerType.dict.set('__doc__', 'CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n');

class Writer extends PyObject {
  constructor(readonly write: Value, readonly dialect: Dialect) {
    super(writerType);
  }

  /** join_append_data: the field, quoted and escaped as the dialect says. */
  field(text: string | null, quotedIn: boolean, first: boolean): string {
    const d = this.dialect;
    const term = A.strValue(d.lineterminator);
    let quoted = quotedIn;
    let out = '';
    if (text !== null) {
      for (const ch of text) {
        const c = ch.codePointAt(0)!;
        let wantEscape = false;
        if (c === d.delimiter || c === d.escapechar || c === d.quotechar || term.includes(ch)) {
          if (d.quoting === QUOTE_NONE) wantEscape = true;
          else {
            if (c === d.quotechar) {
              if (d.doublequote) out += ch;
              else wantEscape = true;
            } else if (c === d.escapechar) wantEscape = true;
            if (!wantEscape) quoted = true;
          }
          if (wantEscape) {
            if (d.escapechar === NONE) csvError('need to escape, but no escapechar set');
            out += String.fromCodePoint(d.escapechar);
          }
        }
        out += ch;
      }
    }
    const q = quoted ? String.fromCodePoint(d.quotechar) : '';
    return (first ? '' : String.fromCodePoint(d.delimiter)) + q + out + q;
  }

  writerow(seq: Value): Value {
    const d = this.dialect;
    const it = A.getIterOrNull(seq);
    if (it === null) csvError(`iterable expected, not ${A.typeName(seq)}`);
    let rec = '';
    let n = 0;
    for (let v = A.iterNext(it!); v !== null; v = A.iterNext(it!)) {
      let quoted = d.quoting === QUOTE_ALL;
      if (d.quoting === QUOTE_NONNUMERIC) quoted = !isNumber(v);
      const text = A.isStr(v) ? A.strValue(v) : v === None ? null : A.str(v);
      rec += this.field(text === null ? null : A.strValue(text), quoted, n === 0);
      n++;
    }
    if (n > 0 && rec === '') {
      if (d.quoting === QUOTE_NONE) csvError('single empty field record must be quoted');
      rec = this.field(null, true, true);
    }
    return A.call(this.write, [A.mkStr(rec + A.strValue(d.lineterminator))]);
  }
}

/** PyNumber_Check: int, float, complex, or anything with __index__/__float__/__int__. */
function isNumber(v: Value): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== null || t.lookup('__float__') !== null || t.lookup('__int__') !== null || t.lookup('__complex__') !== null;
}

method(writerType, 'writerow', (a) => {
  if (a.length !== 2) typeError(`writerow() takes exactly one argument (${a.length - 1} given)`);
  return (a[0] as Writer).writerow(a[1]);
});
method(writerType, 'writerows', (a) => {
  if (a.length !== 2) typeError(`writerows() takes exactly one argument (${a.length - 1} given)`);
  const it = A.getIterOrNull(a[1]);
  if (it === null) typeError('writerows() argument must be iterable');
  for (let row = A.iterNext(it!); row !== null; row = A.iterNext(it!)) (a[0] as Writer).writerow(row);
  return None;
});
getset(writerType, 'dialect', (o) => (o as Writer).dialect);

// ---------------------------------------------------------------- module

/** Positional arguments and the keyword part (values, names) of a vectorcall. */
function splitArgs(args: Value[], kwnames: string[] | null): [Value[], Value[], string[] | null] {
  const n = npos(args, kwnames);
  return [args.slice(0, n), args.slice(n), kwnames];
}

registerNative('_csv', () => {
  const m = newModule('_csv', 'CSV parsing and writing.\n');
  const d = m.dict;
  CsvError = new PyType(typeType, '_csv.Error', [PyException], TPFLAGS_BASETYPE | PyException.flags);
  CsvError.hasInstanceDict = true;
  d.set('Error', CsvError);
  d.set('Dialect', dialectType);
  d.set('__version__', '1.0');
  d.set('QUOTE_MINIMAL', QUOTE_MINIMAL);
  d.set('QUOTE_ALL', QUOTE_ALL);
  d.set('QUOTE_NONNUMERIC', QUOTE_NONNUMERIC);
  d.set('QUOTE_NONE', QUOTE_NONE);
  const F = (name: string, fn: (a: Value[], k: string[] | null) => Value): void => {
    moduleFunction(d, '_csv', name, fn);
  };
  F('reader', (a, k) => {
    const [pos, kv, kn] = splitArgs(a, k);
    if (pos.length < 1 || pos.length > 2) typeError(`expected ${pos.length < 1 ? 'at least 1' : 'at most 2'} argument${pos.length < 1 ? '' : 's'}, got ${pos.length}`);
    const it = A.getIter(pos[0]);
    return new Reader(it, callDialect(pos.length > 1 ? pos[1] : null, kv, kn));
  });
  F('writer', (a, k) => {
    const [pos, kv, kn] = splitArgs(a, k);
    if (pos.length < 1 || pos.length > 2) typeError(`expected ${pos.length < 1 ? 'at least 1' : 'at most 2'} argument${pos.length < 1 ? '' : 's'}, got ${pos.length}`);
    const w = A.getAttrOrNull(pos[0], 'write');
    if (w === null || typeOf(w).lookup('__call__') === null) typeError('argument 1 must have a "write" method');
    return new Writer(w!, callDialect(pos.length > 1 ? pos[1] : null, kv, kn));
  });
  F('register_dialect', (a, k) => {
    const [pos, kv, kn] = splitArgs(a, k);
    if (pos.length < 1 || pos.length > 2) typeError(`register_dialect expected ${pos.length < 1 ? 'at least 1' : 'at most 2'} argument${pos.length < 1 ? '' : 's'}, got ${pos.length}`);
    if (!A.isStr(pos[0])) typeError('dialect name must be a string');
    dialects.set(pos[0], callDialect(pos.length > 1 ? pos[1] : null, kv, kn));
    return None;
  });
  F('unregister_dialect', (a) => {
    if (dialects.delete(a[0]) === null) csvError('unknown dialect');
    return None;
  });
  F('get_dialect', (a) => registryGet(a[0]));
  F('list_dialects', () => new PyList(dialects.keyList()));
  F('field_size_limit', (a, k) => {
    const [lim] = parseArgs('field_size_limit', a, k, ['new_limit'], 0);
    const old = fieldLimit;
    if (lim !== null) {
      if (typeOf(lim) !== intType) typeError('limit must be an integer');
      fieldLimit = Number(A.asSsize(lim));
    }
    return old;
  });
  return m;
});
