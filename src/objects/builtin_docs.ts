/**
 * Docstrings and text signatures of builtins and native modules, as
 * python3 gives them (data/builtin_docs.json, made by
 * tools/gen_builtin_docs.py): read on the first __doc__ or
 * __text_signature__ asked of a builtin, so help(), pydoc and
 * inspect.signature see what they see under CPython. Keys are Typhon's
 * names: 'builtins.len', a type's tp_name, '<tp_name>.<attr>',
 * '<module>.<function>'.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { PyType } from './type';

type Entry = [string | null, string | null];
let table: Record<string, Entry> | null = null;

function load(): Record<string, Entry> {
  if (table === null) {
    try {
      // dist/src/objects (or dist/src/cli for the bundle) is three levels below the package root.
      table = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'builtin_docs.json'), 'utf8')) as Record<string, Entry>;
    } catch {
      table = {};
    }
  }
  return table;
}

export function docEntry(key: string): Entry | undefined {
  return load()[key];
}

/** The entry of attribute `name` as the first type along `t`'s MRO that documents it. */
export function attrDocEntry(t: PyType, name: string): Entry | undefined {
  const tb = load();
  for (const c of t.mro) {
    const e = tb[`${c.name}.${name}`];
    if (e !== undefined) return e;
  }
  return undefined;
}
