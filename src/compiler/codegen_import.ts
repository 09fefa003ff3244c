/**
 * Import statements (CPython 3.11 compile.c: compiler_import,
 * compiler_import_as, compiler_from_import).
 */
import { Op } from '../bytecode/opcodes';
import { ConstTuple } from '../bytecode/constants';
import type * as ast from '../ast/nodes';
import type { Compiler } from './compiler';
import { compilerError } from './errors';

/** compiler_import_as: IMPORT_NAME has run; bind the (dotted) module to `asname`. */
function importAs(c: Compiler, name: string, asname: string): void {
  let dot = name.indexOf('.');
  if (dot === -1) {
    c.nameOp(asname, 'Store');
    return;
  }
  for (;;) {
    const pos = dot + 1;
    dot = name.indexOf('.', pos);
    c.addOpName(Op.IMPORT_FROM, name.slice(pos, dot === -1 ? name.length : dot));
    if (dot === -1) break;
    c.addOpI(Op.SWAP, 2);
    c.addOp(Op.POP_TOP);
  }
  c.nameOp(asname, 'Store');
  c.addOp(Op.POP_TOP);
}

/** compiler_import */
export function compileImport(c: Compiler, s: ast.Import): void {
  for (const alias of s.names) {
    c.loadConst(0);
    c.loadConst(null);
    c.addOpName(Op.IMPORT_NAME, alias.name);
    if (alias.asname) {
      importAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameOp(dot === -1 ? alias.name : alias.name.slice(0, dot), 'Store');
    }
  }
}

/** compiler_from_import */
export function compileFromImport(c: Compiler, s: ast.ImportFrom): void {
  // A future import that future.c did not see at the top (it only reads the
  // module's leading run): compile.c's own error, at the statement.
  if (s.module === '__future__' && s.lineno > c.futureLineno) compilerError(c, 'from __future__ imports must occur at the beginning of the file');
  c.loadConst(s.level ?? 0);
  c.loadConst(new ConstTuple(s.names.map((a) => a.name)));
  c.addOpName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name[0] === '*') {
      c.addOp(Op.IMPORT_STAR);
      return;
    }
    c.addOpName(Op.IMPORT_FROM, alias.name);
    c.nameOp(alias.asname ?? alias.name, 'Store');
  }
  c.addOp(Op.POP_TOP);
}
