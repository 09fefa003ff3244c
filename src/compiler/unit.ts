/**
 * One code object being compiled (CPython's `struct compiler_unit`): its
 * symbol-table entry, constants, names, variable names, blocks and the
 * current source location.
 */
import { CodeObject } from '../bytecode/code';
import { ConstFrozenSet, ConstTuple, PyBytes, PyComplex, PyEllipsis, PyFloat, type ConstValue } from '../bytecode/constants';
import { CELL, DEF_FREE_CLASS, FREE, scopeOf, type SymbolTableEntry } from '../symtable';
import { Block, NO_LOCATION, isTerminator, type Instr, type Location } from './instructions';

export const enum ScopeType {
  Module,
  Class,
  Function,
  AsyncFunction,
  Lambda,
  Comprehension,
}

export const enum FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
}

/** struct fblockinfo: a loop or handler the code is inside, for break/continue/return to unwind. */
export interface FBlock {
  type: FBlockType;
  block: Block | null;
  exit: Block | null;
  /** FinallyTry: the finally body; With: the with statement; HandlerCleanup: the bound name. */
  datum?: unknown;
}

const codeKeys = new WeakMap<CodeObject, string>();

/** code_richcompare: code objects are equal constants when these fields are (so a twice-compiled genexp is one constant). */
function codeKey(co: CodeObject): string {
  let k = codeKeys.get(co);
  if (k === undefined) {
    const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
    k =
      'code(' +
      JSON.stringify([
        co.co_name,
        co.co_argcount,
        co.co_posonlyargcount,
        co.co_kwonlyargcount,
        co.co_flags,
        co.co_firstlineno,
        hex(co.co_code),
        co.co_consts.map(constantKey),
        co.co_names,
        co.co_localsplusnames,
        hex(co.co_linetable),
        hex(co.co_exceptiontable),
      ]) +
      ')';
    codeKeys.set(co, k);
  }
  return k;
}

/**
 * _PyCode_ConstantKey: constants are merged when equal *and* of the same
 * type, so 1, 1.0 and True stay apart, and so do 0.0 and -0.0.
 */
const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** A key unique to one object, for values that are not equal to themselves. */
function identity(o: object): string {
  let id = identities.get(o);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(o, id);
  }
  return 'nan#' + id;
}

export function constantKey(v: ConstValue): string {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'number':
    case 'bigint':
      return 'i' + v.toString();
    case 'string':
      return 's' + v;
  }
  // A NaN equals nothing but itself: the tuple key compares by identity first,
  // so only the same float object merges (constant folding makes a new one each time).
  if (v instanceof PyFloat) return Number.isNaN(v.value) ? 'f' + identity(v) : 'f' + (Object.is(v.value, -0) ? '-0' : String(v.value));
  if (v instanceof PyComplex) {
    if (Number.isNaN(v.real) || Number.isNaN(v.imag)) return 'c' + identity(v);
    return 'c' + (Object.is(v.real, -0) ? '-0' : v.real) + ',' + (Object.is(v.imag, -0) ? '-0' : v.imag);
  }
  if (v instanceof PyBytes) return 'b' + Buffer.from(v.bytes).toString('latin1');
  if (v instanceof PyEllipsis) return 'E';
  // Items are length-prefixed rather than escaped: escaping doubles at each level of nesting.
  if (v instanceof ConstTuple) return '(' + v.items.map((x) => lengthPrefixed(constantKey(x as ConstValue))).join('') + ')';
  if (v instanceof ConstFrozenSet) return '{' + v.items.map((x) => lengthPrefixed(constantKey(x as ConstValue))).sort().join('') + '}';
  return codeKey(v as CodeObject);
}

function lengthPrefixed(key: string): string {
  return key.length + ':' + key;
}

/** An insertion-ordered set of values with their index (the dicts u_consts, u_names, u_varnames). */
export class IndexedSet<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly key: (v: T) => string) {}
  add(v: T): number {
    const k = this.key(v);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(v);
      this.index.set(k, i);
    }
    return i;
  }
  get(v: T): number | undefined {
    return this.index.get(this.key(v));
  }
  get size(): number {
    return this.items.length;
  }
}

export class CompilerUnit {
  readonly consts = new IndexedSet<ConstValue>(constantKey);
  readonly names = new IndexedSet<string>((s) => s);
  readonly varnames = new IndexedSet<string>((s) => s);
  readonly cellvars = new IndexedSet<string>((s) => s);
  readonly freevars = new IndexedSet<string>((s) => s);
  /** Every block in creation order (CPython walks them newest first: b_list). */
  readonly blocks: Block[] = [];
  readonly entry: Block;
  cur: Block;
  loc: Location;
  qualname: string;
  /** The class name used for private-name mangling (u_private), inherited by nested scopes. */
  private: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FBlock[] = [];

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    public firstlineno: number,
  ) {
    for (const v of ste.varnames) this.varnames.add(v);
    // dictbytype: names of a scope, sorted, numbered in that order.
    const sorted = [...ste.symbols.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // A class whose methods use __class__ gets an implicit __class__ cell.
    if (ste.needsClassClosure) this.cellvars.add('__class__');
    for (const n of sorted) if (scopeOf(ste.symbols.get(n)!) === CELL) this.cellvars.add(n);
    for (const n of sorted) {
      const f = ste.symbols.get(n)!;
      if (scopeOf(f) === FREE || f & DEF_FREE_CLASS) this.freevars.add(n);
    }
    this.qualname = name;
    this.loc = { lineno: firstlineno, endLineno: firstlineno, col: 0, endCol: 0 };
    this.entry = this.newBlock();
    this.cur = this.entry;
  }

  newBlock(): Block {
    const b = new Block(this.blocks.length);
    this.blocks.push(b);
    return b;
  }

  /** compiler_use_next_block: `b` follows the current block in layout order. */
  useNextBlock(b: Block): void {
    this.cur.next = b;
    this.cur = b;
  }

  addInstr(op: number, arg: number, target: Block | null, loc: Location = this.loc): void {
    const last = this.cur.last;
    if (last && isTerminator(last.op)) this.useNextBlock(this.newBlock());
    const i: Instr = { op, arg, target, loc: { ...loc } };
    this.cur.instrs.push(i);
  }

  setLoc(n: { lineno: number; end_lineno?: number | null; col_offset: number; end_col_offset?: number | null }): void {
    this.loc = { lineno: n.lineno, endLineno: n.end_lineno ?? -1, col: n.col_offset, endCol: n.end_col_offset ?? -1 };
  }

  unsetLoc(): void {
    this.loc = { ...NO_LOCATION };
  }
}
