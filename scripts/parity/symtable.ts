/**
 * Symbol-table parity: for each source, python3's `symtable` module and our
 * src/symtable (through its Lib/symtable.py-shaped view) must give the same
 * canonical dump: every table recursively (type, name, lineno, optimized,
 * nested, children) and every identifier in get_identifiers() order with its
 * raw flags word and every Symbol predicate; or the same SyntaxError (msg,
 * lineno, offset, end_lineno, end_offset).
 *
 * One python3 process answers for a whole batch. Our side parses with our
 * parser when it loads (src/parser + src/tokenizer), otherwise with the AST
 * python3 sends along, so the symbol table can be checked on its own.
 *
 * Canonical order: names that a block holds only because a child needs them
 * free (flags exactly FREE << SCOPE_OFF, appended by update_symbols from a
 * hash-ordered set in CPython) are sorted at the end of their table, in both
 * dumps, since their CPython order follows str hashes.
 *
 * Standalone: node dist/scripts/parity/symtable.js [stdlib|test|all|FILE...] [--oracle-ast]
 * (--code: compare the block facts with python3's code objects instead)
 */
import * as fs from 'fs';
import { spawnSync } from 'child_process';
import * as nodes from '../../src/ast/nodes';
import { buildSymtable, BlockType, CELL, DEF_FREE_CLASS, FREE, type SymbolTableEntry } from '../../src/symtable';
import { SCOPE_OFF } from '../../src/symtable/flags';
import { ClassView, FunctionView, viewOf, type SymbolTableView } from '../../src/symtable/view';
import { PySyntaxError } from '../../src/tokenizer/errors';
import { libTestFiles, python3, stdlibFiles } from '../corpus';

export type Mode = 'exec' | 'eval' | 'single';

export interface OracleResult {
  /** The AST as nested {n: class name, a: [fields..., attributes...]} (null if python3 could not parse). */
  ast: unknown;
  /** The canonical dump, or null when symtable raised. */
  table: unknown;
  error: ErrorDump | null;
  /** ast.parse failed: not a symtable matter. */
  parseError?: string;
}

export interface ErrorDump {
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

/** The python3 side: the same canonical dump as `dumpView` below. */
export const ORACLE_SCRIPT = String.raw`
import sys, json, ast, symtable
sys.setrecursionlimit(100000)
FREE_ONLY = 4 << 11

def enc(x):
    if isinstance(x, ast.AST):
        return {"n": type(x).__name__, "a": [enc(getattr(x, f, None)) for f in x._fields + x._attributes]}
    if isinstance(x, list):
        return [enc(v) for v in x]
    if isinstance(x, bool) or x is None or isinstance(x, str):
        return x
    if isinstance(x, int):
        return x if abs(x) < 2**53 else None
    return None

def canon_frees(names, tail):
    return [n for n in names if n not in tail] + sorted(n for n in names if n in tail)

def dump(t):
    syms, tail = [], []
    for n in t.get_identifiers():
        s = t.lookup(n)
        f = s._Symbol__flags
        row = [n, f, s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(), s.is_nonlocal(),
               s.is_declared_global(), s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(),
               s.is_namespace(), len(s.get_namespaces())]
        (tail if f == FREE_ONLY else syms).append(row)
    tailnames = set(r[0] for r in tail)
    d = {"type": t.get_type(), "name": t.get_name(), "lineno": t.get_lineno(), "optimized": t.is_optimized(),
         "nested": t.is_nested(), "has_children": t.has_children(),
         "symbols": syms + sorted(tail)}
    if isinstance(t, symtable.Function):
        d["params"] = list(t.get_parameters())
        d["locals"] = list(t.get_locals())
        d["globals"] = list(t.get_globals())
        d["nonlocals"] = list(t.get_nonlocals())
        d["frees"] = canon_frees(t.get_frees(), tailnames)
    if isinstance(t, symtable.Class):
        d["methods"] = list(t.get_methods())
    d["children"] = [dump(c) for c in t.get_children()]
    return d

out = []
for job in json.load(sys.stdin):
    src, mode, want_ast = job["src"], job["mode"], job["ast"]
    r = {"ast": None, "table": None, "error": None}
    try:
        if src is None:
            import tokenize
            with tokenize.open(job["path"]) as f:
                src = f.read()
        tree = ast.parse(src, "f", mode)
        if want_ast:
            r["ast"] = enc(tree)
    except (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeDecodeError) as e:
        r["parseError"] = repr(e)
        out.append(r)
        continue
    try:
        r["table"] = dump(symtable.symtable(src, "f", mode))
    except SyntaxError as e:
        r["error"] = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    except RecursionError as e:
        r["parseError"] = repr(e)
    out.append(r)
sys.stdout.write(json.dumps(out))
`;

export interface Job {
  /** Source text, or null to let python3 read `path` (honouring its coding cookie). */
  src: string | null;
  path?: string;
  mode: Mode;
  /** Send the AST back too. */
  ast: boolean;
}

export function runOracle(jobs: Job[]): OracleResult[] {
  const r = spawnSync(python3(), ['-c', ORACLE_SCRIPT], {
    input: JSON.stringify(jobs),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  if (r.status !== 0) throw new Error('python3 failed: ' + r.stderr);
  return JSON.parse(r.stdout) as OracleResult[];
}

/** Rebuild our AST classes from the oracle's encoding (field order = constructor order). */
export function astFromOracle(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(astFromOracle);
  if (x !== null && typeof x === 'object') {
    const o = x as { n: string; a: unknown[] };
    const name = o.n === 'arguments' ? 'arguments_' : o.n;
    const C = (nodes as unknown as Record<string, new (...args: unknown[]) => unknown>)[name];
    if (C === undefined) throw new Error('unknown AST class ' + o.n);
    return new C(...o.a.map(astFromOracle));
  }
  return x;
}

const FREE_ONLY = FREE << SCOPE_OFF;

/** Our side of the canonical dump, from the view (mirrors ORACLE_SCRIPT's dump). */
export function dumpView(t: SymbolTableView): unknown {
  const syms: unknown[][] = [];
  const tail: unknown[][] = [];
  for (const n of t.get_identifiers()) {
    const s = t.lookup(n)!;
    const row = [
      n,
      s.flags,
      s.is_referenced(),
      s.is_imported(),
      s.is_parameter(),
      s.is_global(),
      s.is_nonlocal(),
      s.is_declared_global(),
      s.is_local(),
      s.is_annotated(),
      s.is_free(),
      s.is_assigned(),
      s.is_namespace(),
      s.get_namespaces().length,
    ];
    (s.flags === FREE_ONLY ? tail : syms).push(row);
  }
  tail.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : (a[0] as string) > (b[0] as string) ? 1 : 0));
  const tailNames = new Set(tail.map((r) => r[0] as string));
  const d: Record<string, unknown> = {
    type: t.get_type(),
    name: t.get_name(),
    lineno: t.get_lineno(),
    optimized: t.is_optimized(),
    nested: t.is_nested(),
    has_children: t.has_children(),
    symbols: [...syms, ...tail],
  };
  if (t instanceof FunctionView) {
    d.params = t.get_parameters();
    d.locals = t.get_locals();
    d.globals = t.get_globals();
    d.nonlocals = t.get_nonlocals();
    const frees = t.get_frees();
    d.frees = [...frees.filter((n) => !tailNames.has(n)), ...frees.filter((n) => tailNames.has(n)).sort()];
  }
  if (t instanceof ClassView) d.methods = t.get_methods();
  d.children = t.get_children().map(dumpView);
  return d;
}

export interface Outcome {
  table: unknown;
  error: ErrorDump | null;
}

/** Build and dump our table for a parsed module, catching symtable's SyntaxErrors. */
export function ourOutcome(tree: nodes.mod): Outcome {
  try {
    return { table: dumpView(viewOf(buildSymtable(tree, { filename: 'f' }))), error: null };
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return {
        table: null,
        error: {
          msg: e.msg,
          lineno: e.lineno,
          offset: e.offset,
          end_lineno: e.endLineno,
          end_offset: e.endOffset === -1 ? null : e.endOffset,
        },
      };
    }
    throw e;
  }
}

type ParseFn = (src: string, opts: { filename: string; mode: Mode }) => nodes.mod;

/** Our parser, if it loads (it and the tokenizer are being written alongside). */
export function loadOurParser(): ParseFn | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const p = require('../../src/parser/index') as { parse: ParseFn };
    p.parse('x = 1\n', { filename: 'f', mode: 'exec' });
    return p.parse;
  } catch {
    return null;
  }
}

export interface ParityReport {
  files: number;
  same: number;
  differ: string[];
  /** python3 could not parse it (or its AST was too deep): not counted. */
  skipped: number;
  /** Our parser failed where python3's did not (with --our-parser only). */
  parserFailures: string[];
  crashes: string[];
}

/** Compare symbol tables over files, in batches of one python3 process each. */
export function symtableParity(files: string[], options: { oracleAst?: boolean; batch?: number } = {}): ParityReport {
  const parse = options.oracleAst ? null : loadOurParser();
  const report: ParityReport = { files: files.length, same: 0, differ: [], skipped: 0, parserFailures: [], crashes: [] };
  const batch = options.batch ?? 200;
  for (let i = 0; i < files.length; i += batch) {
    const chunk = files.slice(i, i + batch);
    const results = runOracle(chunk.map((path) => ({ src: null, path, mode: 'exec', ast: parse === null })));
    chunk.forEach((path, j) => {
      const r = results[j];
      if (r.parseError !== undefined) {
        report.skipped++;
        return;
      }
      let tree: nodes.mod;
      try {
        tree = parse ? parse(fs.readFileSync(path, 'utf8'), { filename: 'f', mode: 'exec' }) : (astFromOracle(r.ast) as nodes.mod);
      } catch (e) {
        report.parserFailures.push(path);
        return;
      }
      let ours: Outcome;
      try {
        ours = ourOutcome(tree);
      } catch (e) {
        report.crashes.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      if (JSON.stringify(ours) === JSON.stringify({ table: r.table, error: r.error })) report.same++;
      else report.differ.push(path);
    });
  }
  return report;
}


// ---- Block facts the symtable module does not show, against python3's code objects ----
//
// compute_code_flags and dictbytype (Python/compile.c) turn ste_generator,
// ste_coroutine, ste_nested, ste_varargs/varkeywords, ste_varnames and the
// CELL/FREE/DEF_FREE_CLASS names into co_flags, the head of co_varnames,
// co_cellvars and co_freevars; comparing those checks the rest of a block.

export interface Code {
  name: string;
  flags: number;
  params: string[];
  cellvars: string[];
  freevars: string[];
  children: Code[];
}

export const CODE_SCRIPT = String.raw`
import sys, json, types
def walk(co):
    n = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & 4) + bool(co.co_flags & 8)
    return {"name": co.co_name, "flags": co.co_flags, "params": list(co.co_varnames[:n]),
            "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars),
            "children": [walk(c) for c in co.co_consts if isinstance(c, types.CodeType)]}
out = []
for job in json.load(sys.stdin):
    try:
        if isinstance(job, dict):
            import tokenize
            with tokenize.open(job["path"]) as f:
                job = f.read()
        out.append(walk(compile(job, "f", "exec")))
    except (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeDecodeError):
        out.append(None)
print(json.dumps(out))
`;

const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

function codeName(ste: SymbolTableEntry): string {
  if (ste.type === BlockType.ModuleBlock) return '<module>';
  return ['lambda', 'listcomp', 'setcomp', 'dictcomp', 'genexpr'].includes(ste.name) && ste.node._type !== 'FunctionDef'
    ? `<${ste.name}>`
    : ste.name;
}

export function compareWithCode(ste: SymbolTableEntry, co: Code, where: string, out: string[]): void {
  const here = `${where}/${co.name}`;
  const expect = (what: string, ours: unknown, theirs: unknown) => {
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) out.push(`${here}: ${what}: ours ${JSON.stringify(ours)}, python ${JSON.stringify(theirs)}`);
  };
  const names = [...ste.symbols.keys()];
  if (ste.type === BlockType.FunctionBlock) {
    let flags = CO_NESTED * +ste.nested | CO_VARARGS * +ste.varargs | CO_VARKEYWORDS * +ste.varkeywords;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    const mask = CO_NESTED | CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
    expect('flags', flags, co.flags & mask);
    expect('params', ste.varnames, co.params);
  }
  const cells = names.filter((n) => ste.getScope(n) === CELL);
  if (ste.needsClassClosure) cells.push('__class__');
  // 3.11 lists parameter cells first in co_cellvars (the compiler's business): compare as sets.
  expect('cellvars', cells.sort(), [...co.cellvars].sort());
  const frees = names.filter(
    (n) => ste.getScope(n) === FREE || (ste.type === BlockType.ClassBlock && ste.getSymbol(n) & DEF_FREE_CLASS),
  );
  expect('freevars', frees.sort(), [...co.freevars].sort());
  // Children with code objects, matched by name in order.
  const pool = [...co.children];
  for (const child of ste.children) {
    const k = pool.findIndex((c) => c.name === codeName(child));
    if (k === -1) {
      out.push(`${here}: no code object for block ${child.name}`);
      continue;
    }
    compareWithCode(child, pool.splice(k, 1)[0], here, out);
  }
  if (pool.length) out.push(`${here}: code objects without a block: ${pool.map((c) => c.name)}`);
}

/** The code-object check over files (python3's AST, so it checks the symbol table alone). */
export function symtableCodeParity(files: string[], batch = 200): { same: number; compared: number; differ: string[] } {
  const rep = { same: 0, compared: 0, differ: [] as string[] };
  for (let i = 0; i < files.length; i += batch) {
    const chunk = files.slice(i, i + batch);
    const asts = runOracle(chunk.map((path) => ({ src: null, path, mode: 'exec', ast: true })));
    const r = spawnSync(python3(), ['-c', CODE_SCRIPT], {
      input: JSON.stringify(chunk.map((path) => ({ path }))),
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (r.status !== 0) throw new Error('python3 failed: ' + r.stderr);
    const codes = JSON.parse(r.stdout) as (Code | null)[];
    chunk.forEach((path, j) => {
      if (codes[j] === null || asts[j].ast === null || asts[j].error !== null) return;
      rep.compared++;
      const out: string[] = [];
      compareWithCode(buildSymtable(astFromOracle(asts[j].ast) as nodes.mod, { filename: 'f' }).top, codes[j]!, '', out);
      if (out.length) rep.differ.push(`${path}\n  ${out.slice(0, 3).join('\n  ')}`);
      else rep.same++;
    });
  }
  return rep;
}

function main(): void {
  const args = process.argv.slice(2);
  const oracleAst = args.includes('--oracle-ast');
  const rest = args.filter((a) => !a.startsWith('--'));
  const which = rest[0] ?? 'all';
  const files =
    which === 'stdlib'
      ? stdlibFiles()
      : which === 'test'
        ? libTestFiles()
        : which === 'all'
          ? [...stdlibFiles(), ...libTestFiles()]
          : rest;
  const t0 = Date.now();
  if (args.includes('--code')) {
    const c = symtableCodeParity(files);
    console.log(`symtable vs code objects: ${c.same}/${c.compared} files agree, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    for (const d of c.differ.slice(0, 20)) console.log('  differ: ' + d);
    return;
  }
  const rep = symtableParity(files, { oracleAst });
  const counted = rep.files - rep.skipped;
  console.log(
    `symtable parity (${oracleAst ? 'python3 AST' : loadOurParser() ? 'our parser' : 'python3 AST (our parser not loadable)'}): ` +
      `${rep.same}/${counted} files identical (${((100 * rep.same) / Math.max(1, counted)).toFixed(2)}%), ` +
      `${rep.differ.length} differ, ${rep.parserFailures.length} parser failures, ${rep.crashes.length} crashes, ` +
      `${rep.skipped} skipped (python3 cannot parse), ${((Date.now() - t0) / 1000).toFixed(1)}s`,
  );
  for (const f of rep.differ.slice(0, 20)) console.log('  differ: ' + f);
  for (const f of rep.parserFailures.slice(0, 10)) console.log('  parser failure: ' + f);
  for (const f of rep.crashes.slice(0, 10)) console.log('  crash: ' + f);
}

if (require.main === module) main();
