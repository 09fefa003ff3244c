/**
 * Import statements (Grammar/python.gram, "Import statements").
 */
import { T } from '../tokenizer/tokens';
import { alias, Import, ImportFrom } from '../ast/nodes';
import type { Parser } from './parser';
import { gather, identifier } from './statement_helpers';
import { invalid_import_from_targets } from './invalid_statements';

// import_stmt[stmt_ty]: import_name | import_from
export function import_stmt(p: Parser): Import | ImportFrom | null {
  return import_name(p) ?? import_from(p);
}

// import_name[stmt_ty]: 'import' a=dotted_as_names { _PyAST_Import(a, EXTRA) }
export function import_name(p: Parser): Import | null {
  const start = p.mark();
  const t0 = p.keyword('import');
  if (t0 === null) return null;
  const a = dotted_as_names(p);
  if (a === null) {
    p.reset(start);
    return null;
  }
  const e = p.lastToken();
  return new Import(a, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// # note below: the ('.' | '...') is necessary because '...' is tokenized as ELLIPSIS
// import_from[stmt_ty]:
//     | 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets {
//         _PyAST_ImportFrom(b->v.Name.id, c, _PyPegen_seq_count_dots(a), EXTRA) }
//     | 'from' a=('.' | '...')+ 'import' b=import_from_targets {
//         _PyAST_ImportFrom(NULL, b, _PyPegen_seq_count_dots(a), EXTRA) }
export function import_from(p: Parser): ImportFrom | null {
  const start = p.mark();
  const t0 = p.keyword('from');
  if (t0 === null) return null;
  // _PyPegen_seq_count_dots: '...' (ELLIPSIS) counts as three
  let level = 0;
  let ndots = 0;
  for (;;) {
    const k = p.peek().type;
    if (k === T.DOT) level += 1;
    else if (k === T.ELLIPSIS) level += 3;
    else break;
    ndots++;
    p.pos++;
  }
  const afterDots = p.mark();
  const b = dotted_name(p);
  if (b !== null && p.keyword('import') !== null) {
    const c = import_from_targets(p);
    if (c !== null) {
      const e = p.lastToken();
      return new ImportFrom(b, c, level, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
  }
  p.reset(afterDots);
  if (ndots > 0 && p.keyword('import') !== null) {
    const c = import_from_targets(p);
    if (c !== null) {
      const e = p.lastToken();
      return new ImportFrom(null, c, level, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
  }
  p.reset(start);
  return null;
}

// import_from_targets[asdl_alias_seq*]:
//     | '(' a=import_from_as_names [','] ')' { a }
//     | import_from_as_names !','
//     | '*' { [_PyPegen_alias_for_star(p, EXTRA)] }
//     | invalid_import_from_targets
export function import_from_targets(p: Parser): alias[] | null {
  const start = p.mark();
  if (p.expect(T.LPAR) !== null) {
    const a = import_from_as_names(p);
    if (a !== null) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null) return a;
    }
    p.reset(start);
  }
  const b = import_from_as_names(p);
  if (b !== null && !p.at(T.COMMA)) return b;
  p.reset(start);
  const star = p.expect(T.STAR);
  if (star !== null) return [new alias('*', null, star.lineno, star.col, star.endLineno, star.endCol)];
  if (p.callInvalidRules) invalid_import_from_targets(p);
  return null;
}

// import_from_as_names[asdl_alias_seq*]: a=','.import_from_as_name+ { a }
export function import_from_as_names(p: Parser): alias[] | null {
  return gather(p, import_from_as_name);
}

// import_from_as_name[alias_ty]: a=NAME b=['as' z=NAME { z }] { _PyAST_alias(a, b, EXTRA) }
export function import_from_as_name(p: Parser): alias | null {
  const a = p.name();
  if (a === null) return null;
  const asname = optionalAsName(p);
  const e = p.lastToken();
  return new alias(identifier(a.string), asname, a.lineno, a.col, e.endLineno, e.endCol);
}

// dotted_as_names[asdl_alias_seq*]: a=','.dotted_as_name+ { a }
export function dotted_as_names(p: Parser): alias[] | null {
  return gather(p, dotted_as_name);
}

// dotted_as_name[alias_ty]: a=dotted_name b=['as' z=NAME { z }] { _PyAST_alias(a, b, EXTRA) }
export function dotted_as_name(p: Parser): alias | null {
  const t0 = p.peek();
  const a = dotted_name(p);
  if (a === null) return null;
  const asname = optionalAsName(p);
  const e = p.lastToken();
  return new alias(a, asname, t0.lineno, t0.col, e.endLineno, e.endCol);
}

function optionalAsName(p: Parser): string | null {
  const m = p.mark();
  if (p.keyword('as') !== null) {
    const z = p.name();
    if (z !== null) return identifier(z.string);
    p.reset(m);
  }
  return null;
}

// dotted_name[expr_ty]:
//     | a=dotted_name '.' b=NAME { _PyPegen_join_names_with_dot(p, a, b) }
//     | NAME
// (left-recursive: NAME ('.' NAME)*; only the joined identifier is kept)
export function dotted_name(p: Parser): string | null {
  const a = p.name();
  if (a === null) return null;
  let s = identifier(a.string);
  for (;;) {
    const m = p.mark();
    if (p.expect(T.DOT) === null) break;
    const b = p.name();
    if (b === null) {
      p.reset(m);
      break;
    }
    s += '.' + identifier(b.string);
  }
  return s;
}
