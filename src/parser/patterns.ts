/**
 * The match statement and its patterns (Grammar/python.gram, "Match
 * statement"; PEP 634).
 */
import { T } from '../tokenizer/tokens';
import { PyComplex } from '../ast/constant';
import {
  Attribute, BinOp, Constant, Match, match_case, MatchAs, MatchClass, MatchMapping, MatchOr, MatchSequence,
  MatchSingleton, MatchStar, MatchValue, Name, Tuple, UnaryOp, singletons, type expr, type pattern,
} from '../ast/nodes';
import type { Parser } from './parser';
import { named_expression, number_token, star_named_expression, star_named_expressions } from './expressions';
import { strings } from './strings';
import { block } from './statements';
import { checkVersion, gather, identifier, nameNode } from './statement_helpers';
import {
  invalid_as_pattern, invalid_case_block, invalid_class_pattern, invalid_match_stmt,
} from './invalid_statements';

const CLOSED_PATTERN_MEMO = 2010;
const STAR_PATTERN_MEMO = 2011;

/** CPython's KeyPatternPair. */
export interface KeyPatternPair {
  key: expr;
  pattern: pattern;
}

// match_stmt[stmt_ty]:
//     | "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT {
//         CHECK_VERSION(stmt_ty, 10, "Pattern matching is", _PyAST_Match(subject, cases, EXTRA)) }
//     | invalid_match_stmt
export function match_stmt(p: Parser): Match | null {
  const start = p.mark();
  const t0 = p.keyword('match');
  if (t0 !== null) {
    const subject = subject_expr(p);
    if (subject !== null && p.expect(T.COLON) !== null && p.expect(T.NEWLINE) !== null && p.expect(T.INDENT) !== null) {
      const cases: match_case[] = [];
      for (;;) {
        const c = case_block(p);
        if (c === null) break;
        cases.push(c);
      }
      if (cases.length > 0 && p.expect(T.DEDENT) !== null) {
        const e = p.lastToken();
        return checkVersion(p, 10, 'Pattern matching is', new Match(subject, cases, t0.lineno, t0.col, e.endLineno, e.endCol));
      }
    }
    p.reset(start);
  }
  if (p.callInvalidRules) invalid_match_stmt(p);
  return null;
}

// subject_expr[expr_ty]:
//     | value=star_named_expression ',' values=star_named_expressions? {
//         _PyAST_Tuple(_PyPegen_seq_insert_in_front(p, value, values), Load, EXTRA) }
//     | named_expression
export function subject_expr(p: Parser): expr | null {
  const start = p.mark();
  const t0 = p.peek();
  const value = star_named_expression(p);
  if (value !== null && p.expect(T.COMMA) !== null) {
    const values = star_named_expressions(p);
    const e = p.lastToken();
    const elts = values === null ? [value] : [value, ...values];
    return new Tuple(elts, singletons.Load, t0.lineno, t0.col, e.endLineno, e.endCol);
  }
  p.reset(start);
  return named_expression(p);
}

// case_block[match_case_ty]:
//     | invalid_case_block
//     | "case" pattern=patterns guard=guard? ':' body=block { _PyAST_match_case(pattern, guard, body, p->arena) }
export function case_block(p: Parser): match_case | null {
  if (p.callInvalidRules) invalid_case_block(p);
  const start = p.mark();
  if (p.keyword('case') !== null) {
    const pat = patterns(p);
    if (pat !== null) {
      const g = guard(p);
      if (p.expect(T.COLON) !== null) {
        const body = block(p);
        if (body !== null) return new match_case(pat, g, body);
      }
    }
  }
  p.reset(start);
  return null;
}

// guard[expr_ty]: 'if' guard=named_expression { guard }
export function guard(p: Parser): expr | null {
  const start = p.mark();
  if (p.keyword('if') === null) return null;
  const g = named_expression(p);
  if (g === null) p.reset(start);
  return g;
}

// patterns[pattern_ty]:
//     | patterns=open_sequence_pattern { _PyAST_MatchSequence(patterns, EXTRA) }
//     | pattern
export function patterns(p: Parser): pattern | null {
  const t0 = p.peek();
  const a = open_sequence_pattern(p);
  if (a !== null) {
    const e = p.lastToken();
    return new MatchSequence(a, t0.lineno, t0.col, e.endLineno, e.endCol);
  }
  return pattern_rule(p);
}

// pattern[pattern_ty]: as_pattern | or_pattern
export function pattern_rule(p: Parser): pattern | null {
  return as_pattern(p) ?? or_pattern(p);
}

// as_pattern[pattern_ty]:
//     | pattern=or_pattern 'as' target=pattern_capture_target { _PyAST_MatchAs(pattern, target->v.Name.id, EXTRA) }
//     | invalid_as_pattern
export function as_pattern(p: Parser): pattern | null {
  const start = p.mark();
  const t0 = p.peek();
  const pat = or_pattern(p);
  if (pat !== null && p.keyword('as') !== null) {
    const target = pattern_capture_target(p);
    if (target !== null) {
      const e = p.lastToken();
      return new MatchAs(pat, target.id, t0.lineno, t0.col, e.endLineno, e.endCol);
    }
  }
  p.reset(start);
  if (p.callInvalidRules) invalid_as_pattern(p);
  return null;
}

// or_pattern[pattern_ty]:
//     | patterns='|'.closed_pattern+ { len(patterns) == 1 ? patterns[0] : _PyAST_MatchOr(patterns, EXTRA) }
export function or_pattern(p: Parser): pattern | null {
  const t0 = p.peek();
  const first = closed_pattern(p);
  if (first === null) return null;
  let res: pattern[] | null = null;
  for (;;) {
    const m = p.mark();
    if (p.expect(T.VBAR) === null) break;
    const q = closed_pattern(p);
    if (q === null) {
      p.reset(m);
      break;
    }
    (res ??= [first]).push(q);
  }
  if (res === null) return first;
  const e = p.lastToken();
  return new MatchOr(res, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// closed_pattern[pattern_ty] (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
export function closed_pattern(p: Parser): pattern | null {
  const start = p.mark();
  const hit = p.memoGet<pattern | null>(CLOSED_PATTERN_MEMO);
  if (hit !== undefined) return hit;
  p.enter();
  const res =
    literal_pattern(p) ??
    capture_pattern(p) ??
    wildcard_pattern(p) ??
    value_pattern(p) ??
    group_pattern(p) ??
    sequence_pattern(p) ??
    mapping_pattern(p) ??
    class_pattern(p);
  p.leave();
  return p.memoSet(CLOSED_PATTERN_MEMO, start, res);
}

/** !('+' | '-') */
function notSign(p: Parser): boolean {
  const k = p.peek().type;
  return k !== T.PLUS && k !== T.MINUS;
}

// literal_pattern[pattern_ty]:
//     | value=signed_number !('+' | '-') { _PyAST_MatchValue(value, EXTRA) }
//     | value=complex_number { _PyAST_MatchValue(value, EXTRA) }
//     | value=strings { _PyAST_MatchValue(value, EXTRA) }
//     | 'None' { _PyAST_MatchSingleton(Py_None, EXTRA) }
//     | 'True' { _PyAST_MatchSingleton(Py_True, EXTRA) }
//     | 'False' { _PyAST_MatchSingleton(Py_False, EXTRA) }
export function literal_pattern(p: Parser): pattern | null {
  const t0 = p.peek();
  const v = literalValue(p);
  if (v === null) return null;
  const e = p.lastToken();
  if (v instanceof Constant && t0.type === T.NAME) {
    return new MatchSingleton(v.value, t0.lineno, t0.col, e.endLineno, e.endCol);
  }
  return new MatchValue(v, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// literal_expr[expr_ty]:
//     | signed_number !('+' | '-')
//     | complex_number
//     | strings
//     | 'None' { _PyAST_Constant(Py_None, NULL, EXTRA) }
//     | 'True' { _PyAST_Constant(Py_True, NULL, EXTRA) }
//     | 'False' { _PyAST_Constant(Py_False, NULL, EXTRA) }
export function literal_expr(p: Parser): expr | null {
  return literalValue(p);
}

/** The shared body of literal_pattern and literal_expr. */
function literalValue(p: Parser): expr | null {
  const start = p.mark();
  const t0 = p.peek();
  switch (t0.type) {
    case T.NUMBER:
    case T.MINUS: {
      const n = signed_number(p);
      if (n !== null && notSign(p)) return n;
      p.reset(start);
      const c = complex_number(p);
      if (c !== null) return c;
      p.reset(start);
      return null;
    }
    case T.STRING:
      return strings(p);
    case T.NAME: {
      let v: null | boolean;
      if (t0.string === 'None') v = null;
      else if (t0.string === 'True') v = true;
      else if (t0.string === 'False') v = false;
      else return null;
      p.pos++;
      return new Constant(v, null, t0.lineno, t0.col, t0.endLineno, t0.endCol);
    }
  }
  return null;
}

// complex_number[expr_ty]:
//     | real=signed_real_number '+' imag=imaginary_number { _PyAST_BinOp(real, Add, imag, EXTRA) }
//     | real=signed_real_number '-' imag=imaginary_number { _PyAST_BinOp(real, Sub, imag, EXTRA) }
export function complex_number(p: Parser): expr | null {
  const start = p.mark();
  const t0 = p.peek();
  const real = signed_real_number(p);
  if (real !== null) {
    const k = p.peek().type;
    if (k === T.PLUS || k === T.MINUS) {
      p.pos++;
      const imag = imaginary_number(p);
      if (imag !== null) {
        const e = p.lastToken();
        return new BinOp(real, k === T.PLUS ? singletons.Add : singletons.Sub, imag, t0.lineno, t0.col, e.endLineno, e.endCol);
      }
    }
  }
  p.reset(start);
  return null;
}

// signed_number[expr_ty]:
//     | NUMBER
//     | '-' number=NUMBER { _PyAST_UnaryOp(USub, number, EXTRA) }
export function signed_number(p: Parser): expr | null {
  const t0 = p.peek();
  if (t0.type === T.NUMBER) return number_token(p);
  if (t0.type !== T.MINUS) return null;
  const start = p.mark();
  p.pos++;
  const n = p.at(T.NUMBER) ? number_token(p) : null;
  if (n === null) {
    p.reset(start);
    return null;
  }
  const e = p.lastToken();
  return new UnaryOp(singletons.USub, n, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// signed_real_number[expr_ty]:
//     | real_number
//     | '-' real=real_number { _PyAST_UnaryOp(USub, real, EXTRA) }
export function signed_real_number(p: Parser): expr | null {
  const t0 = p.peek();
  if (t0.type === T.NUMBER) return real_number(p);
  if (t0.type !== T.MINUS) return null;
  const start = p.mark();
  p.pos++;
  const n = real_number(p);
  if (n === null) {
    p.reset(start);
    return null;
  }
  const e = p.lastToken();
  return new UnaryOp(singletons.USub, n, t0.lineno, t0.col, e.endLineno, e.endCol);
}

// real_number[expr_ty]: real=NUMBER { _PyPegen_ensure_real(p, real) }
export function real_number(p: Parser): expr | null {
  if (!p.at(T.NUMBER)) return null;
  const real = number_token(p);
  if (real === null) return null;
  if (!(real instanceof Constant) || real.value instanceof PyComplex) {
    p.raiseErrorKnownLocation(real, 'real number required in complex literal');
  }
  return real;
}

// imaginary_number[expr_ty]: imag=NUMBER { _PyPegen_ensure_imaginary(p, imag) }
export function imaginary_number(p: Parser): expr | null {
  if (!p.at(T.NUMBER)) return null;
  const imag = number_token(p);
  if (imag === null) return null;
  if (!(imag instanceof Constant) || !(imag.value instanceof PyComplex)) {
    p.raiseErrorKnownLocation(imag, 'imaginary number required in complex literal');
  }
  return imag;
}

// capture_pattern[pattern_ty]:
//     | target=pattern_capture_target { _PyAST_MatchAs(NULL, target->v.Name.id, EXTRA) }
export function capture_pattern(p: Parser): pattern | null {
  const target = pattern_capture_target(p);
  if (target === null) return null;
  return new MatchAs(null, target.id, target.lineno, target.col_offset, target.end_lineno, target.end_col_offset);
}

// pattern_capture_target[expr_ty]:
//     | !"_" name=NAME !('.' | '(' | '=') { _PyPegen_set_expr_context(p, name, Store) }
export function pattern_capture_target(p: Parser): Name | null {
  const t = p.peek();
  if (t.type !== T.NAME || t.string === '_') return null;
  const start = p.mark();
  if (p.name() === null) return null;
  const k = p.peek().type;
  if (k === T.DOT || k === T.LPAR || k === T.EQUAL) {
    p.reset(start);
    return null;
  }
  return nameNode(t, singletons.Store);
}

// wildcard_pattern[pattern_ty]: "_" { _PyAST_MatchAs(NULL, NULL, EXTRA) }
export function wildcard_pattern(p: Parser): pattern | null {
  const t = p.keyword('_');
  if (t === null) return null;
  return new MatchAs(null, null, t.lineno, t.col, t.endLineno, t.endCol);
}

// value_pattern[pattern_ty]: attr=attr !('.' | '(' | '=') { _PyAST_MatchValue(attr, EXTRA) }
export function value_pattern(p: Parser): pattern | null {
  const start = p.mark();
  const a = attr(p);
  if (a === null) return null;
  const k = p.peek().type;
  if (k === T.DOT || k === T.LPAR || k === T.EQUAL) {
    p.reset(start);
    return null;
  }
  return new MatchValue(a, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
}

// attr[expr_ty]: value=name_or_attr '.' attr=NAME { _PyAST_Attribute(value, attr->v.Name.id, Load, EXTRA) }
// (left-recursive through name_or_attr: NAME ('.' NAME)+)
export function attr(p: Parser): expr | null {
  const start = p.mark();
  const a = name_or_attr(p);
  if (a === null || !(a instanceof Attribute)) {
    p.reset(start);
    return null;
  }
  return a;
}

// name_or_attr[expr_ty]: attr | NAME
export function name_or_attr(p: Parser): expr | null {
  const t = p.name();
  if (t === null) return null;
  let v: expr = nameNode(t);
  for (;;) {
    const m = p.mark();
    if (p.expect(T.DOT) === null) break;
    const b = p.name();
    if (b === null) {
      p.reset(m);
      break;
    }
    v = new Attribute(v, identifier(b.string), singletons.Load, t.lineno, t.col, b.endLineno, b.endCol);
  }
  return v;
}

// group_pattern[pattern_ty]: '(' pattern=pattern ')' { pattern }
export function group_pattern(p: Parser): pattern | null {
  const start = p.mark();
  if (p.expect(T.LPAR) === null) return null;
  const pat = pattern_rule(p);
  if (pat !== null && p.expect(T.RPAR) !== null) return pat;
  p.reset(start);
  return null;
}

// sequence_pattern[pattern_ty]:
//     | '[' patterns=maybe_sequence_pattern? ']' { _PyAST_MatchSequence(patterns, EXTRA) }
//     | '(' patterns=open_sequence_pattern? ')' { _PyAST_MatchSequence(patterns, EXTRA) }
export function sequence_pattern(p: Parser): pattern | null {
  const start = p.mark();
  const t0 = p.peek();
  if (t0.type === T.LSQB) {
    p.pos++;
    const pats = maybe_sequence_pattern(p);
    const t1 = p.expect(T.RSQB);
    if (t1 !== null) return new MatchSequence(pats ?? [], t0.lineno, t0.col, t1.endLineno, t1.endCol);
  } else if (t0.type === T.LPAR) {
    p.pos++;
    const pats = open_sequence_pattern(p);
    const t1 = p.expect(T.RPAR);
    if (t1 !== null) return new MatchSequence(pats ?? [], t0.lineno, t0.col, t1.endLineno, t1.endCol);
  }
  p.reset(start);
  return null;
}

// open_sequence_pattern[asdl_seq*]:
//     | pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern? { _PyPegen_seq_insert_in_front(p, pattern, patterns) }
export function open_sequence_pattern(p: Parser): pattern[] | null {
  const start = p.mark();
  const first = maybe_star_pattern(p);
  if (first === null || p.expect(T.COMMA) === null) {
    p.reset(start);
    return null;
  }
  const rest = maybe_sequence_pattern(p);
  return rest === null ? [first] : [first, ...rest];
}

// maybe_sequence_pattern[asdl_seq*]: patterns=','.maybe_star_pattern+ ','? { patterns }
export function maybe_sequence_pattern(p: Parser): pattern[] | null {
  const res = gather(p, maybe_star_pattern);
  if (res !== null) p.expect(T.COMMA);
  return res;
}

// maybe_star_pattern[pattern_ty]: star_pattern | pattern
export function maybe_star_pattern(p: Parser): pattern | null {
  return star_pattern(p) ?? pattern_rule(p);
}

// star_pattern[pattern_ty] (memo):
//     | '*' target=pattern_capture_target { _PyAST_MatchStar(target->v.Name.id, EXTRA) }
//     | '*' wildcard_pattern { _PyAST_MatchStar(NULL, EXTRA) }
export function star_pattern(p: Parser): pattern | null {
  const t0 = p.peek();
  if (t0.type !== T.STAR) return null;
  const start = p.mark();
  const hit = p.memoGet<pattern | null>(STAR_PATTERN_MEMO);
  if (hit !== undefined) return hit;
  p.pos++;
  let res: pattern | null = null;
  const target = pattern_capture_target(p);
  if (target !== null) {
    res = new MatchStar(target.id, t0.lineno, t0.col, target.end_lineno, target.end_col_offset);
  } else {
    const w = p.keyword('_');
    if (w !== null) res = new MatchStar(null, t0.lineno, t0.col, w.endLineno, w.endCol);
  }
  if (res === null) p.reset(start);
  return p.memoSet(STAR_PATTERN_MEMO, start, res);
}

// mapping_pattern[pattern_ty]:
//     | '{' '}' { _PyAST_MatchMapping(NULL, NULL, NULL, EXTRA) }
//     | '{' rest=double_star_pattern ','? '}' { _PyAST_MatchMapping(NULL, NULL, rest->v.Name.id, EXTRA) }
//     | '{' items=items_pattern ',' rest=double_star_pattern ','? '}' {
//         _PyAST_MatchMapping(keys(items), patterns(items), rest->v.Name.id, EXTRA) }
//     | '{' items=items_pattern ','? '}' { _PyAST_MatchMapping(keys(items), patterns(items), NULL, EXTRA) }
export function mapping_pattern(p: Parser): pattern | null {
  const start = p.mark();
  const t0 = p.expect(T.LBRACE);
  if (t0 === null) return null;
  const afterBrace = p.mark();
  let t1 = p.expect(T.RBRACE);
  if (t1 !== null) return new MatchMapping([], [], null, t0.lineno, t0.col, t1.endLineno, t1.endCol);
  const rest = double_star_pattern(p);
  if (rest !== null) {
    p.expect(T.COMMA);
    t1 = p.expect(T.RBRACE);
    if (t1 !== null) return new MatchMapping([], [], rest.id, t0.lineno, t0.col, t1.endLineno, t1.endCol);
  }
  p.reset(afterBrace);
  const items = items_pattern(p);
  if (items !== null) {
    const afterItems = p.mark();
    if (p.expect(T.COMMA) !== null) {
      const rest2 = double_star_pattern(p);
      if (rest2 !== null) {
        p.expect(T.COMMA);
        t1 = p.expect(T.RBRACE);
        if (t1 !== null) {
          return new MatchMapping(
            items.map((x) => x.key),
            items.map((x) => x.pattern),
            rest2.id,
            t0.lineno,
            t0.col,
            t1.endLineno,
            t1.endCol,
          );
        }
      }
    }
    p.reset(afterItems);
    p.expect(T.COMMA);
    t1 = p.expect(T.RBRACE);
    if (t1 !== null) {
      return new MatchMapping(items.map((x) => x.key), items.map((x) => x.pattern), null, t0.lineno, t0.col, t1.endLineno, t1.endCol);
    }
  }
  p.reset(start);
  return null;
}

// items_pattern[asdl_seq*]: ','.key_value_pattern+
export function items_pattern(p: Parser): KeyPatternPair[] | null {
  return gather(p, key_value_pattern);
}

// key_value_pattern[KeyPatternPair*]:
//     | key=(literal_expr | attr) ':' pattern=pattern { _PyPegen_key_pattern_pair(p, key, pattern) }
export function key_value_pattern(p: Parser): KeyPatternPair | null {
  const start = p.mark();
  const key = literal_expr(p) ?? attr(p);
  if (key !== null && p.expect(T.COLON) !== null) {
    const pat = pattern_rule(p);
    if (pat !== null) return { key, pattern: pat };
  }
  p.reset(start);
  return null;
}

// double_star_pattern[expr_ty]: '**' target=pattern_capture_target { target }
export function double_star_pattern(p: Parser): Name | null {
  const start = p.mark();
  if (p.expect(T.DOUBLESTAR) === null) return null;
  const target = pattern_capture_target(p);
  if (target === null) p.reset(start);
  return target;
}

// class_pattern[pattern_ty]:
//     | cls=name_or_attr '(' ')' { _PyAST_MatchClass(cls, NULL, NULL, NULL, EXTRA) }
//     | cls=name_or_attr '(' patterns=positional_patterns ','? ')' { _PyAST_MatchClass(cls, patterns, NULL, NULL, EXTRA) }
//     | cls=name_or_attr '(' keywords=keyword_patterns ','? ')' { _PyAST_MatchClass(cls, NULL, names(keywords), patterns(keywords), EXTRA) }
//     | cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')' {
//         _PyAST_MatchClass(cls, patterns, names(keywords), patterns(keywords), EXTRA) }
//     | invalid_class_pattern
export function class_pattern(p: Parser): pattern | null {
  const start = p.mark();
  const t0 = p.peek();
  const cls = name_or_attr(p);
  if (cls !== null && p.expect(T.LPAR) !== null) {
    const afterParen = p.mark();
    let t1 = p.expect(T.RPAR);
    if (t1 !== null) return new MatchClass(cls, [], [], [], t0.lineno, t0.col, t1.endLineno, t1.endCol);
    const pos = positional_patterns(p);
    if (pos !== null) {
      const afterPos = p.mark();
      p.expect(T.COMMA);
      t1 = p.expect(T.RPAR);
      if (t1 !== null) return new MatchClass(cls, pos, [], [], t0.lineno, t0.col, t1.endLineno, t1.endCol);
      p.reset(afterPos);
    }
    p.reset(afterParen);
    const kw = keyword_patterns(p);
    if (kw !== null) {
      p.expect(T.COMMA);
      t1 = p.expect(T.RPAR);
      if (t1 !== null) {
        return new MatchClass(cls, [], kw.map((x) => (x.key as Name).id), kw.map((x) => x.pattern), t0.lineno, t0.col, t1.endLineno, t1.endCol);
      }
    }
    p.reset(afterParen);
    if (pos !== null) {
      positional_patterns(p);
      if (p.expect(T.COMMA) !== null) {
        const kw2 = keyword_patterns(p);
        if (kw2 !== null) {
          p.expect(T.COMMA);
          t1 = p.expect(T.RPAR);
          if (t1 !== null) {
            return new MatchClass(
              cls,
              pos,
              kw2.map((x) => (x.key as Name).id),
              kw2.map((x) => x.pattern),
              t0.lineno,
              t0.col,
              t1.endLineno,
              t1.endCol,
            );
          }
        }
      }
    }
  }
  p.reset(start);
  if (p.callInvalidRules) invalid_class_pattern(p);
  return null;
}

// positional_patterns[asdl_pattern_seq*]: args=','.pattern+ { args }
export function positional_patterns(p: Parser): pattern[] | null {
  return gather(p, pattern_rule);
}

// keyword_patterns[asdl_seq*]: ','.keyword_pattern+
export function keyword_patterns(p: Parser): KeyPatternPair[] | null {
  return gather(p, keyword_pattern);
}

// keyword_pattern[KeyPatternPair*]: arg=NAME '=' value=pattern { _PyPegen_key_pattern_pair(p, arg, value) }
export function keyword_pattern(p: Parser): KeyPatternPair | null {
  const start = p.mark();
  const a = p.name();
  if (a !== null && p.expect(T.EQUAL) !== null) {
    const v = pattern_rule(p);
    if (v !== null) return { key: nameNode(a), pattern: v };
  }
  p.reset(start);
  return null;
}
