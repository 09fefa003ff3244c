/**
 * The match statement (PEP 634), as CPython 3.11's compile.c compiles it:
 * compiler_match / compiler_match_inner, compiler_pattern and one function per
 * pattern kind, with the pattern context that threads through them.
 *
 * Every pattern routine consumes the subject on top of the stack and, when it
 * does not match, jumps to one of the context's fail_pop blocks: block k pops
 * k items and falls into block k-1, so a failure pops exactly what is on the
 * stack at that point (`onTop` items the routine still uses plus the values
 * captured so far, which are kept on the stack until the whole pattern has
 * matched, to be stored in one go — a failed match binds nothing).
 */
import { Op } from '../bytecode/opcodes';
import { PseudoOp } from '../bytecode/pseudo_opcodes';
import { ConstTuple } from '../bytecode/constants';
import { constantRepr, PyBytes, PyComplex, PyEllipsis, PyFloat, type ConstantValue } from '../ast/constant';
import type * as ast from '../ast/nodes';
import type { Compiler } from './compiler';
import type { Block } from './instructions';
import { compilerError } from './errors';
import { compileJumpIf, visitExpr } from './codegen_expr';
import { visitStmts } from './codegen_stmt';

/** COMPARE_OP arguments (cmp_op of Include/opcode.h). */
const CMP_EQ = 2;
const CMP_GTE = 5;
/** BINARY_OP's NB_SUBTRACT. */
const NB_SUBTRACT = 10;
/** INT_MAX >> 8: the largest count of items after the star that UNPACK_EX can encode. */
const UNPACK_EX_MAX_AFTER = 0x7fffffff >> 8;

/** pattern_context */
interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack (deepest first). */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here (last case, guarded case, or a subpattern). */
  allowIrrefutable: boolean;
  /** fail_pop[k]: the block that pops k items and then fails. */
  failPop: Block[];
  /** How many items above the subject the current routine still needs. */
  onTop: number;
}

/** WILDCARD_CHECK: `_` */
function isWildcard(p: ast.pattern): boolean {
  return p._type === 'MatchAs' && p.name === null;
}

/** WILDCARD_STAR_CHECK: `*_` */
function isStarWildcard(p: ast.pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

/** ensure_fail_pop: fail_pop blocks 0..n exist (created in index order, as CPython creates them). */
function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

/** jump_to_fail_pop: on failure pop what is on top plus every pending capture. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addJump(op, pc.failPop[pops]);
}

/** emit_and_reset_fail_pop: the POP_TOP chain, deepest first, ending at fail_pop[0]. */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  const fp = pc.failPop;
  if (!fp.length) return;
  for (let k = fp.length - 1; k > 0; k--) {
    c.useNextBlock(fp[k]);
    c.addOp(Op.POP_TOP);
  }
  c.useNextBlock(fp[0]);
  pc.failPop = [];
}

/** pattern_helper_rotate: 3.10's ROT_N as a run of SWAPs. */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.addOpI(Op.SWAP, count--);
}

/** forbidden_name for a store. */
function checkForbiddenStore(c: Compiler, name: string): void {
  if (name === '__debug__') compilerError(c, 'cannot assign to __debug__');
}

function duplicateStore(c: Compiler, name: string): never {
  compilerError(c, `multiple assignments to name ${constantRepr(name)} in pattern`);
}

/**
 * pattern_helper_store_name: the value on top becomes a pending capture,
 * rotated underneath the items still in use; `null` (a wildcard) just pops it.
 */
function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.addOp(Op.POP_TOP);
    return;
  }
  checkForbiddenStore(c, name);
  if (pc.stores.includes(name)) duplicateStore(c, name);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

/** pattern_unpack_helper: UNPACK_EX around the star, UNPACK_SEQUENCE without one. */
function unpackHelper(c: Compiler, elts: ast.pattern[]): void {
  const n = elts.length;
  // compiler_pattern_sequence already rejected a second star.
  const star = elts.findIndex((p) => p._type === 'MatchStar');
  if (star < 0) {
    c.addOpI(Op.UNPACK_SEQUENCE, n);
    return;
  }
  if (star >= 1 << 8 || n - star - 1 >= UNPACK_EX_MAX_AFTER) {
    compilerError(c, 'too many expressions in star-unpacking sequence pattern');
  }
  c.addOpI(Op.UNPACK_EX, star + ((n - star - 1) << 8));
}

/** pattern_helper_sequence_unpack: unpack the subject and match each item in turn. */
function sequenceUnpack(c: Compiler, patterns: ast.pattern[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  // The unpacked items stay on the stack until their own subpattern consumes them.
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    compileSubpattern(c, p, pc);
  }
}

/**
 * pattern_helper_sequence_subscr: with a `*_` star, index the subject for the
 * items that are not wildcards instead of unpacking it whole (negative
 * positions become len(subject) - k, since the subject may not support
 * negative indexes).
 */
function sequenceSubscr(c: Compiler, patterns: ast.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i];
    if (isWildcard(p) || i === star) continue;
    c.addOpI(Op.COPY, 1);
    if (i < star) {
      c.loadConst(i);
    } else {
      c.addOp(Op.GET_LEN);
      c.loadConst(size - i);
      c.addOpI(Op.BINARY_OP, NB_SUBTRACT);
    }
    c.addOp(Op.BINARY_SUBSCR);
    compileSubpattern(c, p, pc);
  }
  pc.onTop--;
  c.addOp(Op.POP_TOP);
}

/** compiler_pattern_subpattern: a subpattern may be irrefutable. */
function compileSubpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

/** compiler_pattern_as: a capture, a wildcard, or `pattern as name`. */
function compileAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) compilerError(c, `name capture ${constantRepr(p.name)} makes remaining patterns unreachable`);
      compilerError(c, 'wildcard makes remaining patterns unreachable');
    }
    storeName(c, p.name, pc);
    return;
  }
  // A copy of the subject to bind once the inner pattern has matched.
  pc.onTop++;
  c.addOpI(Op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

/**
 * validate_kwd_attrs: keyword names of a class pattern are stored names for
 * the __debug__ check and must not repeat; errors point at the keyword's
 * pattern (the AST has no node for the name itself).
 */
function validateKwdAttrs(c: Compiler, attrs: string[], patterns: ast.pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    c.u.setLoc(patterns[i]);
    checkForbiddenStore(c, attrs[i]);
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[i] === attrs[j]) {
        c.u.setLoc(patterns[j]);
        compilerError(c, `attribute name repeated in class pattern: ${attrs[i]}`);
      }
    }
  }
}

/** compiler_pattern_class: MATCH_CLASS gives a tuple of the attributes (or None), matched item by item. */
function compileClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    // Only a hand-built AST can get here.
    compilerError(c, `kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    validateKwdAttrs(c, p.kwd_attrs, p.kwd_patterns);
    c.u.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst(new ConstTuple(p.kwd_attrs));
  c.addOpI(Op.MATCH_CLASS, nargs);
  c.addOpI(Op.COPY, 1);
  c.loadConst(null);
  c.addOpI(Op.IS_OP, 1);
  // The attribute tuple (or None) is on top now.
  pc.onTop++;
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  c.addOpI(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(sub)) {
      c.addOp(Op.POP_TOP);
      continue;
    }
    compileSubpattern(c, sub, pc);
  }
}

/**
 * The key under which Python's set would find a mapping-pattern key equal to
 * another: numbers compare by value across bool, int, float and complex
 * (1 == 1.0 == True, 0.0 == -0.0), everything else by type and value.
 */
function keyIdentity(v: ConstantValue): string {
  let real: number | bigint | null = null;
  if (typeof v === 'boolean') real = v ? 1 : 0;
  else if (typeof v === 'number' || typeof v === 'bigint') real = v;
  else if (v instanceof PyFloat) real = v.value;
  else if (v instanceof PyComplex) {
    if (v.imag !== 0) return `c:${v.real},${v.imag}`;
    real = v.real;
  }
  if (real !== null) {
    // An integral float equals the int of the same value, however large.
    if (typeof real === 'number' && Number.isInteger(real)) real = BigInt(real);
    return `n:${real.toString()}`;
  }
  if (typeof v === 'string') return `s:${v}`;
  if (v instanceof PyBytes) return `b:${Buffer.from(v.bytes).toString('hex')}`;
  if (v === null) return 'None';
  if (v instanceof PyEllipsis) return 'Ellipsis';
  return `?:${constantRepr(v)}`;
}

/** compiler_pattern_mapping */
function compileMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  const size = keys.length;
  if (size !== patterns.length) {
    // Only a hand-built AST can get here.
    compilerError(c, `keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  const starTarget = p.rest;
  // The subject stays on top during the mapping and length checks.
  pc.onTop++;
  c.addOp(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  if (!size && starTarget === null) {
    // `{}`: any mapping matches.
    pc.onTop--;
    c.addOp(Op.POP_TOP);
    return;
  }
  if (size) {
    c.addOp(Op.GET_LEN);
    c.loadConst(size);
    c.addOpI(Op.COMPARE_OP, CMP_GTE);
    jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  }
  // The keys, literals or attribute lookups, go into one tuple for MATCH_KEYS;
  // a literal that equals an earlier one is an error.
  const seen = new Set<string>();
  for (const key of keys) {
    if (key._type === 'Constant') {
      const id = keyIdentity(key.value);
      if (seen.has(id)) compilerError(c, `mapping pattern checks duplicate key (${constantRepr(key.value)})`);
      seen.add(id);
    } else if (key._type !== 'Attribute') {
      compilerError(c, 'mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addOpI(Op.BUILD_TUPLE, size);
  c.addOp(Op.MATCH_KEYS);
  // The tuple of keys and the tuple of values (or None) are on top of the subject.
  pc.onTop += 2;
  c.addOpI(Op.COPY, 1);
  c.loadConst(null);
  c.addOpI(Op.IS_OP, 1);
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  c.addOpI(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
  // Matched: what follows consumes the keys tuple and the subject.
  pc.onTop -= 2;
  if (starTarget !== null) {
    // rest = dict(subject); del rest[key] for each key
    c.addOpI(Op.BUILD_MAP, 0); // subject, keys, {}
    c.addOpI(Op.SWAP, 3); // {}, keys, subject
    c.addOpI(Op.DICT_UPDATE, 2); // copy, keys
    c.addOpI(Op.UNPACK_SEQUENCE, size); // copy, key...
    for (let k = size; k > 0; k--) {
      c.addOpI(Op.COPY, 1 + k); // copy, key..., copy
      c.addOpI(Op.SWAP, 2); // copy, key...(one fewer), copy, key
      c.addOp(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.addOp(Op.POP_TOP); // the keys
    c.addOp(Op.POP_TOP); // the subject
  }
}

/**
 * compiler_pattern_or: each alternative matches a copy of the subject with a
 * fresh context; all must bind the same names, and an alternative that
 * captured them in another order rotates its values into the first one's order.
 */
function compileOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old: PatternContext = { ...pc };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.u.setLoc(alt);
    pc.stores = [];
    // Only the last alternative may be irrefutable, and only where the whole could be.
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addOpI(Op.COPY, 1);
    compilePattern(c, alt, pc);
    const stores = pc.stores;
    const nstores = stores.length;
    if (control === null) {
      control = stores;
    } else if (nstores !== control.length) {
      compilerError(c, 'alternative patterns bind different names');
    } else if (nstores) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const istores = stores.indexOf(control[icontrol]);
        if (istores < 0) compilerError(c, 'alternative patterns bind different names');
        if (icontrol !== istores) {
          // Move the first istores+1 captures up to sit just below position
          // icontrol, in the names list and on the stack alike.
          const rotations = istores + 1;
          const rotated = stores.splice(0, rotations);
          stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
        }
      }
    }
    c.addJump(PseudoOp.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  Object.assign(pc, old);
  // No alternative matched: pop the subject's copy and fail.
  c.addOp(Op.POP_TOP);
  jumpToFailPop(c, pc, PseudoOp.JUMP);
  c.useNextBlock(end);
  const names = control!;
  // Under the new captures: the subject's copy, the items still in use and
  // the captures made before this pattern.
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) duplicateStore(c, name);
    pc.stores.push(name);
  }
  c.addOp(Op.POP_TOP);
}

/** compiler_pattern_sequence */
function compileSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const sub = patterns[i];
    if (sub._type === 'MatchStar') {
      if (star >= 0) compilerError(c, 'multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(sub);
  }
  // The subject stays on top during the sequence and length checks.
  pc.onTop++;
  c.addOp(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addOp(Op.GET_LEN);
    c.loadConst(size);
    c.addOpI(Op.COMPARE_OP, CMP_EQ);
    jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addOp(Op.GET_LEN);
    c.loadConst(size - 1);
    c.addOpI(Op.COMPARE_OP, CMP_GTE);
    jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    // [] / [_] / [*_] / [_, *_] ...: the checks above were all there was to do.
    c.addOp(Op.POP_TOP);
  } else if (starWildcard) {
    sequenceSubscr(c, patterns, star, pc);
  } else {
    sequenceUnpack(c, patterns, pc);
  }
}

/** compiler_pattern_value: `subject == value` */
function compileValue(c: Compiler, p: ast.MatchValue, pc: PatternContext): void {
  const value = p.value;
  if (value._type !== 'Constant' && value._type !== 'Attribute') {
    compilerError(c, 'patterns may only match literals and attribute lookups');
  }
  visitExpr(c, value);
  c.addOpI(Op.COMPARE_OP, CMP_EQ);
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
}

/** compiler_pattern_singleton: `subject is value` */
function compileSingleton(c: Compiler, p: ast.MatchSingleton, pc: PatternContext): void {
  c.loadConst(p.value);
  c.addOpI(Op.IS_OP, 0);
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
}

/** compiler_pattern: the pattern's location stays set for what follows it (not restored). */
function compilePattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  c.u.setLoc(p);
  switch (p._type) {
    case 'MatchValue':
      return compileValue(c, p, pc);
    case 'MatchSingleton':
      return compileSingleton(c, p, pc);
    case 'MatchSequence':
      return compileSequence(c, p, pc);
    case 'MatchMapping':
      return compileMapping(c, p, pc);
    case 'MatchClass':
      return compileClass(c, p, pc);
    case 'MatchStar':
      return storeName(c, p.name, pc);
    case 'MatchAs':
      return compileAs(c, p, pc);
    case 'MatchOr':
      return compileOr(c, p, pc);
  }
}

/**
 * compiler_match: each case but the last works on a copy of the subject; a
 * trailing unguarded `case _:` needs no pattern code at all.
 */
export function compileMatch(c: Compiler, s: ast.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases;
  const n = cases.length;
  const hasDefault = isWildcard(cases[n - 1].pattern) && n > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < n - hasDefault; i++) {
    const m = cases[i];
    c.u.setLoc(m.pattern);
    const last = i === n - hasDefault - 1;
    if (!last) c.addOpI(Op.COPY, 1);
    pc.stores = [];
    // An irrefutable case must be guarded, last, or both.
    pc.allowIrrefutable = m.guard !== null || i === n - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, m.pattern, pc);
    // Matched: bind the captured values, which are on the stack in store order.
    for (const name of pc.stores) c.nameOp(name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      compileJumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (!last) c.addOp(Op.POP_TOP);
    visitStmts(c, m.body);
    // The jump out belongs to no line (it takes the body's last one).
    c.u.unsetLoc();
    c.addJump(PseudoOp.JUMP, end);
    // The cleanup of a failed match belongs to the pattern's line, not the body's last.
    c.u.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = cases[n - 1];
    c.u.setLoc(m.pattern);
    if (n === 1) {
      c.addOp(Op.POP_TOP);
    } else {
      // No code for `_` itself; the NOP gives the case line coverage.
      c.addOp(Op.NOP);
    }
    if (m.guard) compileJumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
    // What follows the statement does not inherit the default body's
    // location (python3: a POP_BLOCK after it has none).
    c.u.unsetLoc();
  }
  c.useNextBlock(end);
}
