/**
 * ast.dump(), to the character: Lib/ast.py's dump() with annotate_fields,
 * include_attributes and indent. Optional (`?`) fields whose value is None
 * are left out, as CPython leaves out fields equal to their class default.
 */
import { AST, NODE_INFO } from './nodes';
import { constantRepr, type ConstantValue } from './constant';

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** Spaces per level (a number) or the indent string; null for one line. */
  indent?: number | string | null;
}

export { constantRepr };

export function dump(node: AST, options: DumpOptions = {}): string {
  const annotate = options.annotateFields ?? true;
  const attrs = options.includeAttributes ?? false;
  const indent =
    options.indent === undefined || options.indent === null
      ? null
      : typeof options.indent === 'number'
        ? ' '.repeat(options.indent)
        : options.indent;

  function format(value: unknown, level: number): [string, boolean] {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level++;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (value instanceof AST) {
      const info = NODE_INFO[value._type];
      const rec = value as unknown as Record<string, unknown>;
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      for (let i = 0; i < info.fields.length; i++) {
        const name = info.fields[i];
        const v = rec[name];
        if (v === undefined || ((v === null || v === undefined) && info.kinds[i] === '?')) {
          keywords = true;
          continue;
        }
        const [s, simple] = format(v, level);
        allSimple &&= simple;
        args.push(keywords ? `${name}=${s}` : s);
      }
      if (attrs) {
        for (const name of info.attributes) {
          const v = rec[name];
          if (v === undefined || v === null) continue;
          const [s, simple] = format(v, level);
          allSimple &&= simple;
          args.push(`${name}=${s}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${value._type}(${args.join(', ')})`, args.length === 0];
      return [`${value._type}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      return [`[${prefix}${value.map((x) => format(x, level)[0]).join(sep)}]`, false];
    }
    return [constantRepr(value as ConstantValue), true];
  }

  return format(node, 0)[0];
}
