/**
 * Code objects for Typhon's own Python sources (the import bootstrap, the
 * _io bridge): CPython freezes its equivalents into the binary; Typhon
 * compiles them once and keeps the marshalled code in the user cache
 * ($XDG_CACHE_HOME/typhon/frozen, or ~/.cache/typhon/frozen), named by a
 * hash of the source, so later starts only unmarshal them.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { CodeObject } from '../bytecode/code';
import { compileSource } from '../compiler/index';
import { dumps } from '../marshal/write';
import { loads } from '../marshal/read';

function cacheDir(): string | null {
  const base = process.env.XDG_CACHE_HOME || (process.env.HOME ? path.join(process.env.HOME, '.cache') : '');
  return base === '' ? null : path.join(base, 'typhon', 'frozen');
}

export function frozenCode(source: string, filename: string): CodeObject {
  const dir = cacheDir();
  const key = crypto.createHash('sha1').update(`${filename}\0${source}`).digest('hex');
  const file = dir === null ? null : path.join(dir, `${key}.marshal`);
  if (file !== null) {
    try {
      const v = loads(fs.readFileSync(file));
      if (v instanceof CodeObject) return v;
    } catch {
      // Missing or unreadable: compile below.
    }
  }
  const code = compileSource(source, filename, 'exec');
  if (file !== null) {
    try {
      fs.mkdirSync(dir!, { recursive: true });
      const tmp = `${file}.${process.pid}`;
      fs.writeFileSync(tmp, dumps(code));
      fs.renameSync(tmp, file);
    } catch {
      // A read-only home only costs the next start a compile.
    }
  }
  return code;
}
