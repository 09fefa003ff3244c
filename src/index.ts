/**
 * Typhon's TypeScript API: each stage of the pipeline usable on its own
 * (DESIGN §2). Running code arrives with the virtual machine.
 */
export { decodeSource, createTokenStream, generateTokens, tokenizeBytes } from './tokenizer/index';
export { T, TOKEN_NAMES } from './tokenizer/tokens';
export type { Token, TokenStream } from './tokenizer/token';
export { PySyntaxError } from './tokenizer/errors';
export { parse, type ParseOptions } from './parser/index';
export { dump, type DumpOptions } from './ast/dump';
export * as ast from './ast/nodes';
export { buildSymtable } from './symtable/index';
export { formatSyntaxError } from './cli/syntax_error_format';
export { OPCODES, opmap, opname, stackEffect } from './bytecode/opcodes';
export { CodeObject } from './bytecode/code';
export { loads as marshalLoads, dumps as marshalDumps } from './marshal/index';
export { readPyc, writePyc } from './pyc/index';
export { disRecursive } from './dis/index';
