/**
 * Where the standard library is, and the file view the import system reads
 * through: real directories, and zip archives on sys.path (as zipimport).
 *
 * The library is TYPHON_STDLIB (a directory such as python3's own Lib, or a
 * zip) when set, else pyodide@0.25.1's python_stdlib.zip, a pure-Python copy
 * of CPython 3.11's Lib that ships in the npm package (docs/ARCHITECTURE.md).
 * Zip archives are read here with node's zlib, so no zip package is needed.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

interface ZipMember {
  method: number;
  compSize: number;
  size: number;
  offset: number;
  dosTime: number;
  dosDate: number;
}

/** A zip archive's central directory: member names ('dir/name.py') and where their data is. */
export class ZipArchive {
  readonly members = new Map<string, ZipMember>();
  readonly dirs = new Set<string>(['']);
  private fd: number;
  constructor(readonly archivePath: string) {
    this.fd = fs.openSync(archivePath, 'r');
    const size = fs.fstatSync(this.fd).size;
    const tailLen = Math.min(size, 65557);
    const tail = Buffer.alloc(tailLen);
    fs.readSync(this.fd, tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`not a Zip file: '${archivePath}'`);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdSize);
    fs.readSync(this.fd, cd, 0, cdSize, cdOffset);
    let p = 0;
    while (p + 46 <= cdSize && cd.readUInt32LE(p) === 0x02014b50) {
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      if (!name.endsWith('/')) {
        this.members.set(name, {
          method: cd.readUInt16LE(p + 10),
          dosTime: cd.readUInt16LE(p + 12),
          dosDate: cd.readUInt16LE(p + 14),
          compSize: cd.readUInt32LE(p + 20),
          size: cd.readUInt32LE(p + 24),
          offset: cd.readUInt32LE(p + 42),
        });
      }
      // Every folder on the way to a member exists, listed or not.
      let slash = name.lastIndexOf('/');
      while (slash > 0) {
        const d = name.slice(0, slash);
        if (this.dirs.has(d)) break;
        this.dirs.add(d);
        slash = d.lastIndexOf('/');
      }
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  read(name: string): Buffer | null {
    const m = this.members.get(name);
    if (m === undefined) return null;
    const local = Buffer.alloc(30);
    fs.readSync(this.fd, local, 0, 30, m.offset);
    const start = m.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const data = Buffer.alloc(m.compSize);
    fs.readSync(this.fd, data, 0, m.compSize, start);
    if (m.method === 0) return data;
    if (m.method === 8) return zlib.inflateRawSync(data);
    throw new Error(`zipimport: unsupported compression method ${m.method} for '${name}'`);
  }

  /** zipimport's _get_mtime_and_size_of_source: the DOS timestamp as a Unix time. */
  mtime(name: string): number {
    const m = this.members.get(name)!;
    const d = m.dosDate;
    const t = m.dosTime;
    return Date.UTC(1980 + (d >> 9), ((d >> 5) & 15) - 1, d & 31, t >> 11, (t >> 5) & 63, (t & 31) * 2) / 1000;
  }
}

/**
 * Modules pyodide's zip leaves out (it builds _decimal in C, so it drops
 * _pydecimal), served from brython@3.11.3's bundle of CPython 3.11.3's Lib.
 * Only modules checked to be CPython's own (the same AST as python3's, the
 * bundle strips comments) are listed; the rest of the bundle is Brython's.
 */
const SUPPLEMENT = ['_pydecimal.py'];

/** brython_stdlib.js as a read-only archive of the SUPPLEMENT modules. */
class ScriptBundle {
  readonly members = new Map<string, { size: number }>();
  readonly dirs = new Set<string>(['']);
  private scripts: Record<string, [string, string]> | null = null;
  private readonly mtimeS: number;
  constructor(readonly archivePath: string) {
    for (const m of SUPPLEMENT) this.members.set(m, { size: 0 });
    this.mtimeS = Math.floor(fs.statSync(archivePath).mtimeMs / 1000);
  }

  read(name: string): Buffer | null {
    if (!this.members.has(name)) return null;
    if (this.scripts === null) {
      // `var scripts = {...}` is a JSON object; parsed once, on the first import from it.
      const text = fs.readFileSync(this.archivePath, 'utf8');
      const start = text.indexOf('{', text.indexOf('var scripts ='));
      const end = text.lastIndexOf('}', text.indexOf('__BRYTHON__.update_VFS', start)) + 1;
      this.scripts = JSON.parse(text.slice(start, end)) as Record<string, [string, string]>;
    }
    const entry = this.scripts[name.replace(/\.py$/, '')];
    if (entry === undefined || entry[0] !== '.py') return null;
    return Buffer.from(entry[1], 'utf8');
  }

  mtime(): number {
    return this.mtimeS;
  }
}

/** The supplement's sys.path entry (after pyodide's zip), or null when the library is another one or the bundle is absent. */
export function supplementLocation(lib: string | null): string | null {
  if (lib === null || !lib.endsWith('python_stdlib.zip')) return null;
  try {
    const p = require.resolve('brython/brython_stdlib.js');
    return fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const archives = new Map<string, ZipArchive | ScriptBundle | null>();

function archiveAt(p: string): ZipArchive | ScriptBundle | null {
  let a = archives.get(p);
  if (a !== undefined) return a;
  a = null;
  try {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (st !== undefined && st.isFile()) a = p.endsWith('brython_stdlib.js') ? new ScriptBundle(p) : new ZipArchive(p);
  } catch {
    a = null;
  }
  archives.set(p, a);
  return a;
}

/** The archive holding `p` (a path inside it, or the archive itself) and the member path, or null for real files. */
function inArchive(p: string): [ZipArchive | ScriptBundle, string] | null {
  for (const [ap, a] of archives) {
    if (a === null) continue;
    if (p === ap) return [a, ''];
    if (p.length > ap.length && p.startsWith(ap) && p[ap.length] === '/') return [a, p.slice(ap.length + 1)];
  }
  return null;
}

export const enum Kind {
  None = 0,
  File = 1,
  Dir = 2,
}

/**
 * Make a sys.path entry readable: a zip file there is opened (once) so that
 * paths inside it resolve. Returns false for entries that are neither a
 * directory nor an archive.
 */
export function prepareEntry(entry: string): boolean {
  const st = statKind(entry);
  if (st === Kind.Dir) return true;
  if (st === Kind.File) return archiveAt(entry) !== null;
  // 'lib.zip/pkg': a folder inside an archive.
  let slash = entry.lastIndexOf('/');
  while (slash > 0) {
    const head = entry.slice(0, slash);
    if (statKind(head) === Kind.File) return archiveAt(head) !== null && statKind(entry) === Kind.Dir;
    slash = head.lastIndexOf('/');
  }
  return false;
}

export function statKind(p: string): Kind {
  const z = archives.size ? inArchive(p) : null;
  if (z !== null) {
    const [a, member] = z;
    if (a.dirs.has(member)) return Kind.Dir;
    return a.members.has(member) ? Kind.File : Kind.None;
  }
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (st === undefined) return Kind.None;
  return st.isDirectory() ? Kind.Dir : Kind.File;
}

/** The bytes of a file, real or in an archive (node's errors for real files). */
export function readFile(p: string): Uint8Array {
  const z = archives.size ? inArchive(p) : null;
  if (z !== null) {
    const data = z[0].read(z[1]);
    if (data === null) throw Object.assign(new Error(`no such member '${p}'`), { code: 'ENOENT' });
    return data;
  }
  return fs.readFileSync(p);
}

/** st_mtime (whole seconds, as importlib stores it) and st_size, or null. */
export function sourceStat(p: string): { mtime: number; size: number } | null {
  const z = archives.size ? inArchive(p) : null;
  if (z !== null) {
    const m = z[0].members.get(z[1]);
    return m === undefined ? null : { mtime: z[0].mtime(z[1]), size: m.size };
  }
  const st = fs.statSync(p, { throwIfNoEntry: false });
  return st === undefined ? null : { mtime: Math.floor(st.mtimeMs / 1000), size: st.size };
}

/**
 * Where the bytecode of a module inside an archive is cached, since nothing
 * can be written into the archive: a folder per archive (its path, size and
 * time in the name, so a changed archive gets a fresh one) under
 * $XDG_CACHE_HOME/typhon or ~/.cache/typhon, mirroring the member's path, as
 * sys.pycache_prefix mirrors source trees. Null when `p` is not archived or
 * no home folder is known.
 */
export function archiveBytecodePath(p: string, tag: string): string | null {
  const z = archives.size ? inArchive(p) : null;
  if (z === null || !z[1].endsWith('.py')) return null;
  const base = process.env.XDG_CACHE_HOME || (process.env.HOME ? path.join(process.env.HOME, '.cache') : '');
  if (base === '') return null;
  const ap = z[0].archivePath;
  let key = archiveKeys.get(ap);
  if (key === undefined) {
    const st = fs.statSync(ap);
    const digest = (require('crypto') as typeof import('crypto')).createHash('sha1').update(`${ap}\0${st.size}\0${st.mtimeMs}`).digest('hex');
    key = `${path.basename(ap)}-${digest.slice(0, 12)}`;
    archiveKeys.set(ap, key);
  }
  return path.join(base, 'typhon', key, `${z[1].slice(0, -3)}.${tag}.pyc`);
}
const archiveKeys = new Map<string, string>();

/** Is `p` inside a zip archive (no __pycache__ is written there)? */
export function isArchived(p: string): boolean {
  return archives.size > 0 && inArchive(p) !== null;
}

/** The standard library entry of sys.path, or null when none is found. */
export function stdlibLocation(): string | null {
  const env = process.env.TYPHON_STDLIB;
  if (env !== undefined && env !== '') return path.resolve(env);
  const candidates: string[] = [];
  try {
    candidates.push(require.resolve('pyodide/python_stdlib.zip'));
  } catch {
    // Not installed where node looks: try beside this checkout.
  }
  candidates.push(path.resolve(__dirname, '../../../node_modules/pyodide/python_stdlib.zip'));
  for (const c of candidates) if (fs.existsSync(c)) return c;
  return null;
}

/** Command-line options that shape the VM's start (sys.flags, sys.dont_write_bytecode), set by the CLI before it loads the VM. */
export const startupFlags = { dontWriteBytecode: false, inspect: false, optimize: 0, warnOptions: [] as string[], xOptions: [] as string[] };
