/**
 * The one table of CPython 3.11's opcodes (Lib/opcode.py, Python/compile.c
 * stack_effect). Every other opcode list — names by number, `dis`'s
 * has* lists, cache sizes, stack effects — is derived from it below.
 * tests/bytecode/opcodes.test.ts checks it against python3's `opcode` and
 * `dis.stack_effect`.
 */

/** What an instruction's argument means (dis's hasconst, hasname, ...). */
export type ArgKind =
  | 'none' // no argument (opcode < HAVE_ARGUMENT)
  | 'int' // a plain number
  | 'const' // index into co_consts
  | 'name' // index into co_names (LOAD_GLOBAL: index << 1 | push-null)
  | 'local' // index into the fast locals
  | 'free' // index into cells + free variables
  | 'compare' // index into cmp_op
  | 'jrel' // forward jump, in code units after the instruction's caches
  | 'jback'; // backward jump

/** Stack effect: a constant, or a function of the argument and whether the jump is taken. */
export type StackEffect = number | ((oparg: number, jump: boolean) => number);

export interface OpInfo {
  readonly name: string;
  readonly code: number;
  readonly cache: number;
  readonly arg: ArgKind;
  readonly effect: StackEffect;
  readonly meaning: string;
}

const popcount4 = (n: number): number => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);

// name, number, inline CACHE entries, argument kind, stack effect, meaning
const TABLE: [string, number, number, ArgKind, StackEffect, string][] = [
  ['CACHE', 0, 0, 'none', 0, 'an inline cache entry of the instruction before it; never executed'],
  ['POP_TOP', 1, 0, 'none', -1, 'discard TOS'],
  ['PUSH_NULL', 2, 0, 'none', 1, 'push NULL, the marker before a callable that is not a method'],
  ['NOP', 9, 0, 'none', 0, 'do nothing (keeps a line number)'],
  ['UNARY_POSITIVE', 10, 0, 'none', 0, 'TOS = +TOS'],
  ['UNARY_NEGATIVE', 11, 0, 'none', 0, 'TOS = -TOS'],
  ['UNARY_NOT', 12, 0, 'none', 0, 'TOS = not TOS'],
  ['UNARY_INVERT', 15, 0, 'none', 0, 'TOS = ~TOS'],
  ['BINARY_SUBSCR', 25, 4, 'none', -1, 'TOS = TOS1[TOS]'],
  ['GET_LEN', 30, 0, 'none', 1, 'push len(TOS) (match statements)'],
  ['MATCH_MAPPING', 31, 0, 'none', 1, 'push whether TOS is a mapping for pattern matching'],
  ['MATCH_SEQUENCE', 32, 0, 'none', 1, 'push whether TOS is a sequence for pattern matching'],
  ['MATCH_KEYS', 33, 0, 'none', 1, 'push a tuple of TOS1[key] for the keys in TOS, or None'],
  ['PUSH_EXC_INFO', 35, 0, 'none', 1, 'push the current exception, make TOS the current exception'],
  ['CHECK_EXC_MATCH', 36, 0, 'none', 0, 'TOS = isinstance-like match of exception TOS1 against TOS'],
  ['CHECK_EG_MATCH', 37, 0, 'none', 0, 'split exception group TOS1 by TOS (except*)'],
  ['WITH_EXCEPT_START', 49, 0, 'none', 1, 'call the __exit__ below the exception with the exception'],
  ['GET_AITER', 50, 0, 'none', 0, 'TOS = TOS.__aiter__()'],
  ['GET_ANEXT', 51, 0, 'none', 1, 'push an awaitable of TOS.__anext__()'],
  ['BEFORE_ASYNC_WITH', 52, 0, 'none', 1, 'push __aexit__ and the result of __aenter__()'],
  ['BEFORE_WITH', 53, 0, 'none', 1, 'push __exit__ and the result of __enter__()'],
  ['END_ASYNC_FOR', 54, 0, 'none', -2, 'end an async for loop on StopAsyncIteration, else re-raise'],
  ['STORE_SUBSCR', 60, 1, 'none', -3, 'TOS1[TOS] = TOS2'],
  ['DELETE_SUBSCR', 61, 0, 'none', -2, 'del TOS1[TOS]'],
  ['GET_ITER', 68, 0, 'none', 0, 'TOS = iter(TOS)'],
  ['GET_YIELD_FROM_ITER', 69, 0, 'none', 0, 'TOS = iter(TOS) unless it is a generator or coroutine'],
  ['PRINT_EXPR', 70, 0, 'none', -1, 'interactive mode: display TOS with sys.displayhook'],
  ['LOAD_BUILD_CLASS', 71, 0, 'none', 1, 'push builtins.__build_class__'],
  ['LOAD_ASSERTION_ERROR', 74, 0, 'none', 1, 'push AssertionError'],
  ['RETURN_GENERATOR', 75, 0, 'none', 0, 'create a generator/coroutine from the current frame and return it'],
  ['LIST_TO_TUPLE', 82, 0, 'none', 0, 'TOS = tuple(TOS)'],
  ['RETURN_VALUE', 83, 0, 'none', -1, 'return TOS to the caller'],
  ['IMPORT_STAR', 84, 0, 'none', -1, 'from TOS import *'],
  ['SETUP_ANNOTATIONS', 85, 0, 'none', 0, 'create __annotations__ in the locals if missing'],
  ['YIELD_VALUE', 86, 0, 'none', 0, 'yield TOS; TOS = the value sent in'],
  ['ASYNC_GEN_WRAP', 87, 0, 'none', 0, 'wrap TOS for yielding from an async generator'],
  ['PREP_RERAISE_STAR', 88, 0, 'none', -1, 'combine the exceptions raised in except* clauses'],
  ['POP_EXCEPT', 89, 0, 'none', -1, 'restore the exception state saved by PUSH_EXC_INFO'],
  ['STORE_NAME', 90, 0, 'name', -1, 'name = TOS (locals dict)'],
  ['DELETE_NAME', 91, 0, 'name', 0, 'del name (locals dict)'],
  ['UNPACK_SEQUENCE', 92, 1, 'int', (n) => n - 1, 'unpack TOS into oparg values'],
  ['FOR_ITER', 93, 0, 'jrel', (_n, jump) => (jump ? -1 : 1), 'push next(TOS), or pop TOS and jump when exhausted'],
  ['UNPACK_EX', 94, 0, 'int', (n) => (n & 0xff) + (n >> 8), 'unpack TOS with a starred target'],
  ['STORE_ATTR', 95, 4, 'name', -2, 'TOS.name = TOS1'],
  ['DELETE_ATTR', 96, 0, 'name', -1, 'del TOS.name'],
  ['STORE_GLOBAL', 97, 0, 'name', -1, 'global name = TOS'],
  ['DELETE_GLOBAL', 98, 0, 'name', 0, 'del global name'],
  ['SWAP', 99, 0, 'int', 0, 'swap TOS with the item oparg deep'],
  ['LOAD_CONST', 100, 0, 'const', 1, 'push co_consts[oparg]'],
  ['LOAD_NAME', 101, 0, 'name', 1, 'push the value of name (locals, globals, builtins)'],
  ['BUILD_TUPLE', 102, 0, 'int', (n) => 1 - n, 'push a tuple of the top oparg items'],
  ['BUILD_LIST', 103, 0, 'int', (n) => 1 - n, 'push a list of the top oparg items'],
  ['BUILD_SET', 104, 0, 'int', (n) => 1 - n, 'push a set of the top oparg items'],
  ['BUILD_MAP', 105, 0, 'int', (n) => 1 - 2 * n, 'push a dict of the top oparg key/value pairs'],
  ['LOAD_ATTR', 106, 4, 'name', 0, 'TOS = TOS.name'],
  ['COMPARE_OP', 107, 2, 'compare', -1, 'TOS = TOS1 <cmp_op[oparg]> TOS'],
  ['IMPORT_NAME', 108, 0, 'name', -1, 'push __import__(name, fromlist=TOS, level=TOS1)'],
  ['IMPORT_FROM', 109, 0, 'name', 1, 'push TOS.name (from ... import name)'],
  ['JUMP_FORWARD', 110, 0, 'jrel', 0, 'jump forward by oparg'],
  ['JUMP_IF_FALSE_OR_POP', 111, 0, 'jrel', (_n, jump) => (jump ? 0 : -1), 'if TOS is false jump (keeping it), else pop it'],
  ['JUMP_IF_TRUE_OR_POP', 112, 0, 'jrel', (_n, jump) => (jump ? 0 : -1), 'if TOS is true jump (keeping it), else pop it'],
  ['POP_JUMP_FORWARD_IF_FALSE', 114, 0, 'jrel', -1, 'pop TOS; jump forward if it is false'],
  ['POP_JUMP_FORWARD_IF_TRUE', 115, 0, 'jrel', -1, 'pop TOS; jump forward if it is true'],
  ['LOAD_GLOBAL', 116, 5, 'name', (n) => (n & 1) + 1, 'push global name (and NULL first when oparg & 1)'],
  ['IS_OP', 117, 0, 'int', -1, 'TOS = TOS1 is TOS (is not when oparg is 1)'],
  ['CONTAINS_OP', 118, 0, 'int', -1, 'TOS = TOS1 in TOS (not in when oparg is 1)'],
  ['RERAISE', 119, 0, 'int', -1, 're-raise TOS (oparg set: restore f_lasti from the stack)'],
  ['COPY', 120, 0, 'int', 1, 'push a copy of the item oparg deep'],
  ['BINARY_OP', 122, 1, 'int', -1, 'TOS = TOS1 <op oparg> TOS (including in-place forms)'],
  ['SEND', 123, 0, 'jrel', (_n, jump) => (jump ? -1 : 0), 'send TOS into the iterator TOS1; jump when it returns'],
  ['LOAD_FAST', 124, 0, 'local', 1, 'push local variable oparg'],
  ['STORE_FAST', 125, 0, 'local', -1, 'local variable oparg = TOS'],
  ['DELETE_FAST', 126, 0, 'local', 0, 'del local variable oparg'],
  ['POP_JUMP_FORWARD_IF_NOT_NONE', 128, 0, 'jrel', -1, 'pop TOS; jump forward if it is not None'],
  ['POP_JUMP_FORWARD_IF_NONE', 129, 0, 'jrel', -1, 'pop TOS; jump forward if it is None'],
  ['RAISE_VARARGS', 130, 0, 'int', (n) => 0 - n, 'raise (0: re-raise, 1: raise TOS, 2: raise TOS1 from TOS)'],
  ['GET_AWAITABLE', 131, 0, 'int', 0, 'TOS = an awaitable for TOS'],
  ['MAKE_FUNCTION', 132, 0, 'int', (n) => 0 - popcount4(n), 'build a function from the code object TOS and the parts oparg flags'],
  ['BUILD_SLICE', 133, 0, 'int', (n) => (n === 3 ? -2 : -1), 'push slice(TOS1, TOS) or slice(TOS2, TOS1, TOS)'],
  ['JUMP_BACKWARD_NO_INTERRUPT', 134, 0, 'jback', 0, 'jump backward by oparg without checking for interrupts'],
  ['MAKE_CELL', 135, 0, 'free', 0, 'make local oparg a cell'],
  ['LOAD_CLOSURE', 136, 0, 'free', 1, 'push the cell in slot oparg'],
  ['LOAD_DEREF', 137, 0, 'free', 1, 'push the contents of the cell in slot oparg'],
  ['STORE_DEREF', 138, 0, 'free', -1, 'store TOS into the cell in slot oparg'],
  ['DELETE_DEREF', 139, 0, 'free', 0, 'empty the cell in slot oparg'],
  ['JUMP_BACKWARD', 140, 0, 'jback', 0, 'jump backward by oparg (checks for interrupts)'],
  ['CALL_FUNCTION_EX', 142, 0, 'int', (n) => -2 - (n & 1), 'call with an args tuple (and a kwargs dict when oparg & 1)'],
  ['EXTENDED_ARG', 144, 0, 'int', 0, 'prefix: the next argument is oparg << 8 | its own'],
  ['LIST_APPEND', 145, 0, 'int', -1, 'append TOS to the list oparg deep'],
  ['SET_ADD', 146, 0, 'int', -1, 'add TOS to the set oparg deep'],
  ['MAP_ADD', 147, 0, 'int', -2, 'set TOS1: TOS in the dict oparg deep'],
  ['LOAD_CLASSDEREF', 148, 0, 'free', 1, 'push a free variable, looking in the class body locals first'],
  ['COPY_FREE_VARS', 149, 0, 'int', 0, 'copy the closure cells into the frame'],
  ['RESUME', 151, 0, 'int', 0, 'start or resume the frame (a no-op marker for tracing and interrupts)'],
  ['MATCH_CLASS', 152, 0, 'int', -2, 'match TOS2 against class TOS1 with keyword names TOS'],
  ['FORMAT_VALUE', 155, 0, 'int', (n) => ((n & 0x04) === 0x04 ? -1 : 0), 'format TOS for an f-string (conversion and spec by oparg)'],
  ['BUILD_CONST_KEY_MAP', 156, 0, 'int', (n) => 0 - n, 'push a dict of the top oparg values with the keys tuple TOS'],
  ['BUILD_STRING', 157, 0, 'int', (n) => 1 - n, 'concatenate the top oparg strings'],
  ['LOAD_METHOD', 160, 10, 'name', 1, 'push the method TOS.name and self, or NULL and the attribute'],
  ['LIST_EXTEND', 162, 0, 'int', -1, 'extend the list oparg deep with TOS'],
  ['SET_UPDATE', 163, 0, 'int', -1, 'update the set oparg deep with TOS'],
  ['DICT_MERGE', 164, 0, 'int', -1, 'merge TOS into the dict oparg deep, rejecting duplicate keys (**kwargs)'],
  ['DICT_UPDATE', 165, 0, 'int', -1, 'update the dict oparg deep with TOS'],
  ['PRECALL', 166, 1, 'int', (n) => 0 - n, 'prepare a call of oparg arguments (binds methods)'],
  ['CALL', 171, 4, 'int', -1, 'call the callable below oparg arguments'],
  ['KW_NAMES', 172, 0, 'const', 0, 'the keyword names (a constant tuple) of the next CALL'],
  ['POP_JUMP_BACKWARD_IF_NOT_NONE', 173, 0, 'jback', -1, 'pop TOS; jump backward if it is not None'],
  ['POP_JUMP_BACKWARD_IF_NONE', 174, 0, 'jback', -1, 'pop TOS; jump backward if it is None'],
  ['POP_JUMP_BACKWARD_IF_FALSE', 175, 0, 'jback', -1, 'pop TOS; jump backward if it is false'],
  ['POP_JUMP_BACKWARD_IF_TRUE', 176, 0, 'jback', -1, 'pop TOS; jump backward if it is true'],
];

export const HAVE_ARGUMENT = 90;
export const EXTENDED_ARG = 144;

export const OPCODES: readonly OpInfo[] = TABLE.map(([name, code, cache, arg, effect, meaning]) => ({ name, code, cache, arg, effect, meaning }));

/** Opcode number -> info (undefined for unused numbers). */
export const OP_BY_CODE: readonly (OpInfo | undefined)[] = (() => {
  const a: (OpInfo | undefined)[] = new Array(256).fill(undefined);
  for (const op of OPCODES) a[op.code] = op;
  return a;
})();

/** dis.opname: every number 0..255, `<N>` for the unused ones. */
export const opname: readonly string[] = OP_BY_CODE.map((op, i) => op?.name ?? `<${i}>`);

/** dis.opmap */
export const opmap: Readonly<Record<string, number>> = Object.fromEntries(OPCODES.map((op) => [op.name, op.code]));

/** Name -> number, for the compiler (`Op.LOAD_CONST`). */
export const Op = opmap as Readonly<Record<string, number>>;

function having(pred: (op: OpInfo) => boolean): number[] {
  return OPCODES.filter(pred).map((op) => op.code);
}

export const hasconst = having((op) => op.arg === 'const');
export const hasname = having((op) => op.arg === 'name');
export const hasjrel = having((op) => op.arg === 'jrel' || op.arg === 'jback');
export const hasjabs: number[] = [];
export const haslocal = having((op) => op.arg === 'local');
export const hascompare = having((op) => op.arg === 'compare');
export const hasfree = having((op) => op.arg === 'free');
export const hasnargs: number[] = [];

/** _inline_cache_entries, indexed by opcode. */
export const inlineCacheEntries: readonly number[] = OP_BY_CODE.map((op) => op?.cache ?? 0);

export const cmp_op = ['<', '<=', '==', '!=', '>', '>='] as const;

/** dis.stack_effect(opcode, oparg, jump=...); `jump` undefined means the maximum of both. */
export function stackEffect(code: number, oparg: number | null, jump?: boolean): number {
  const op = OP_BY_CODE[code];
  if (!op) throw new RangeError('invalid opcode or oparg');
  const e = op.effect;
  if (typeof e === 'number') return e;
  const n = oparg ?? 0;
  if (jump === undefined) return Math.max(e(n, true), e(n, false));
  return e(n, jump);
}

/** The binary operators of BINARY_OP's argument (Include/opcode.h NB_*), as dis prints them. */
export const NB_OPS: readonly [string, string][] = [
  ['NB_ADD', '+'], ['NB_AND', '&'], ['NB_FLOOR_DIVIDE', '//'], ['NB_LSHIFT', '<<'], ['NB_MATRIX_MULTIPLY', '@'],
  ['NB_MULTIPLY', '*'], ['NB_REMAINDER', '%'], ['NB_OR', '|'], ['NB_POWER', '**'], ['NB_RSHIFT', '>>'],
  ['NB_SUBTRACT', '-'], ['NB_TRUE_DIVIDE', '/'], ['NB_XOR', '^'], ['NB_INPLACE_ADD', '+='], ['NB_INPLACE_AND', '&='],
  ['NB_INPLACE_FLOOR_DIVIDE', '//='], ['NB_INPLACE_LSHIFT', '<<='], ['NB_INPLACE_MATRIX_MULTIPLY', '@='],
  ['NB_INPLACE_MULTIPLY', '*='], ['NB_INPLACE_REMAINDER', '%='], ['NB_INPLACE_OR', '|='], ['NB_INPLACE_POWER', '**='],
  ['NB_INPLACE_RSHIFT', '>>='], ['NB_INPLACE_SUBTRACT', '-='], ['NB_INPLACE_TRUE_DIVIDE', '/='], ['NB_INPLACE_XOR', '^='],
];
