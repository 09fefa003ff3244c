/**
 * posix (Modules/posixmodule.c) over Node's synchronous fs/os/process
 * calls: what os, os.path, shutil, tempfile, pathlib and glob use — stat
 * family, listdir/scandir, cwd, directory and file operations, file
 * descriptors, environ, urandom, ids, uname/times/cpu_count/terminal size,
 * strerror, the O_ and SEEK_ constants — raising OSError subclasses with
 * errno, strerror and filename as CPython does. What Node cannot do (fork,
 * exec, dup) is not offered, so os.py takes its fallbacks.
 */
import * as fs from 'fs';
import * as nodeOs from 'os';
import * as crypto from 'crypto';
import * as childProcess from 'child_process';
import type { Value } from '../objects/base';
import { PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList, PyBytes, PyTuple, tuple } from '../objects/containers';
import { PyType } from '../objects/type';
import { typeType, objectType, None, typeOf, bytesType, strType } from '../objects/types';
import { PyFloat } from '../objects/float_object';
import { newException, typeError, OSError, ValueError, SystemExit } from '../objects/exceptions';
import { method, methods, getset, moduleFunction, parseArgs } from '../objects/define';
import { nativeIterProtocol } from '../objects/iter_types';
import * as A from '../objects/abstract';
import { structSeq, structSeqType, structSeqTypeEx, structSeqEx } from './structseq';
import { ERRNO_NAMES, STRERROR } from './errno_data';
import { isVfd, vfdEntry, newPipe, dupVfd, closeVfd, readVfd, writeVfd, VfdError } from './vfd';
import { waitChild, killChild } from './posixsubprocess';
import { registerNative, newModule } from './registry';

// ---------------------------------------------------------------- errors

const ERRNO = new Map<string, number>(ERRNO_NAMES.map(([n, v]) => [n, v] as [string, number]));

export function strerror(n: number): string {
  return n >= 0 && n < STRERROR.length ? STRERROR[n] : `Unknown error ${n}`;
}

/** A Node error as the OSError (subclass) CPython raises: OSError(errno, strerror, filename[, filename2]). */
export function osError(e: unknown, filename: Value | null = null, filename2: Value | null = null): never {
  const err = e as NodeJS.ErrnoException;
  if (err === null || typeof err !== 'object' || typeof err.code !== 'string') throw e;
  const errno = ERRNO.get(err.code) ?? (typeof err.errno === 'number' ? Math.abs(err.errno) : 5);
  const args: Value[] = [errno, strerror(errno)];
  if (filename !== null) args.push(filename);
  if (filename2 !== null) args.push(0, filename2);
  throw A.call(OSError, args) as unknown as Error;
}

// ---------------------------------------------------------------- paths

interface PathArg {
  /** The path as Node takes it (or an fd). */
  node: string | Buffer | number;
  /** The original object, for error messages and results (str in, str out; bytes in, bytes out). */
  obj: Value;
  isBytes: boolean;
}

/** path_converter: str, bytes, os.PathLike (and an fd when allowed), with CPython's TypeError. */
function pathArg(v: Value, fname: string, argname = 'path', allowFd = false, allowNone = false): PathArg | null {
  if (v === None && allowNone) return null;
  if (allowFd && (typeof v === 'number' || typeof v === 'bigint') && typeof v !== 'boolean') return { node: Number(v), obj: v, isBytes: false };
  let p = v;
  if (!A.isStr(p) && !(p instanceof PyBytes)) {
    const fsp = typeOf(p).lookup('__fspath__');
    if (fsp !== null) {
      p = A.callDescr(fsp, v, []);
      if (!A.isStr(p) && !(p instanceof PyBytes)) {
        typeError(`expected ${A.typeName(v)}.__fspath__() to return str or bytes, not ${A.typeName(p)}`);
      }
    } else {
      const kinds = allowFd && allowNone ? 'string, bytes, os.PathLike, integer or None' : allowFd ? 'string, bytes, os.PathLike or integer' : allowNone ? 'string, bytes, os.PathLike or None' : 'string, bytes or os.PathLike';
      typeError(`${fname}: ${argname} should be ${kinds}, not ${A.typeName(v)}`);
    }
  }
  if (p instanceof PyBytes) {
    if (p.bytes.includes(0)) throw newException(ValueError, `${fname}: embedded null character in ${argname}`);
    return { node: Buffer.from(p.bytes), obj: v, isBytes: true };
  }
  const s = A.strValue(p);
  if (s.includes('\0')) throw newException(ValueError, `${fname}: embedded null character in ${argname}`);
  return { node: s, obj: v, isBytes: false };
}

function fsEncode(s: string): PyBytes {
  return new PyBytes(new Uint8Array(Buffer.from(s, 'utf8')));
}

/** A name from the file system as str or bytes, to match the argument. */
function outName(name: string | Buffer, isBytes: boolean): Value {
  if (isBytes) return new PyBytes(new Uint8Array(typeof name === 'string' ? Buffer.from(name, 'utf8') : name));
  return A.mkStr(typeof name === 'string' ? name : name.toString('utf8'));
}

// ---------------------------------------------------------------- stat

const statResultType = structSeqTypeEx(
  'os.stat_result',
  ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', null, null, null],
  ['st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'],
);

const big = (n: bigint): Value => (n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n);

function statResult(st: fs.BigIntStats): Value {
  const sec = (ns: bigint): Value => big(ns / 1000000000n - (ns < 0n && ns % 1000000000n !== 0n ? 1n : 0n));
  const fsec = (ns: bigint): PyFloat => new PyFloat(Number(ns) / 1e9);
  return structSeqEx(
    statResultType,
    [big(st.mode), big(st.ino), big(st.dev), big(st.nlink), big(st.uid), big(st.gid), big(st.size), sec(st.atimeNs), sec(st.mtimeNs), sec(st.ctimeNs)],
    [fsec(st.atimeNs), fsec(st.mtimeNs), fsec(st.ctimeNs), big(st.atimeNs), big(st.mtimeNs), big(st.ctimeNs), big(st.blksize), big(st.blocks), big(st.rdev)],
  );
}

function doStat(args: Value[], kw: string[] | null, fname: string, follow: boolean): Value {
  const [pathV, dirFd, followV] = parseArgs(fname, args, kw, ['path', 'dir_fd', 'follow_symlinks'], 1, 0, 1);
  if (dirFd !== null && dirFd !== None) typeError(`${fname}: dir_fd unavailable on this platform`);
  const followLinks = followV === null ? follow : A.isTrue(followV);
  const p = pathArg(pathV!, fname, 'path', true)!;
  try {
    if (typeof p.node === 'number') return statResult(fs.fstatSync(p.node, { bigint: true }));
    return statResult(followLinks ? fs.statSync(p.node, { bigint: true }) : fs.lstatSync(p.node, { bigint: true }));
  } catch (e) {
    return osError(e, p.obj);
  }
}

// ---------------------------------------------------------------- scandir / DirEntry

const dirEntryType = new PyType(typeType, 'posix.DirEntry', [objectType], 0);
const scandirIterType = new PyType(typeType, 'posix.ScandirIterator', [objectType], 0);
nativeIterProtocol(scandirIterType, false);

class PyDirEntry extends PyObject {
  statCache: Value | null = null;
  lstatCache: Value | null = null;
  constructor(
    readonly name: Value,
    readonly path: Value,
    readonly full: string | Buffer,
    readonly dirent: fs.Dirent,
  ) {
    super(dirEntryType);
  }
}

const DE = (v: Value): PyDirEntry => v as PyDirEntry;
getset(dirEntryType, 'name', (s) => DE(s).name);
getset(dirEntryType, 'path', (s) => DE(s).path);
function entryStat(e: PyDirEntry, follow: boolean): Value {
  try {
    if (follow) {
      if (e.statCache === null) e.statCache = e.dirent.isSymbolicLink() ? statResult(fs.statSync(e.full, { bigint: true })) : entryStat(e, false);
      return e.statCache;
    }
    if (e.lstatCache === null) e.lstatCache = statResult(fs.lstatSync(e.full, { bigint: true }));
    return e.lstatCache;
  } catch (err) {
    return osError(err, e.path);
  }
}
function followArg(args: Value[], kw: string[] | null, fname: string): boolean {
  const [f] = parseArgs(fname, args.slice(1), kw, ['follow_symlinks'], 0, 0, 0);
  return f === null ? true : A.isTrue(f);
}
methods(dirEntryType, {
  is_dir: (args, kw) => {
    const e = DE(args[0]);
    if (!followArg(args, kw, 'is_dir') || !e.dirent.isSymbolicLink()) return e.dirent.isDirectory();
    try {
      return fs.statSync(e.full).isDirectory();
    } catch {
      return false;
    }
  },
  is_file: (args, kw) => {
    const e = DE(args[0]);
    if (!followArg(args, kw, 'is_file') || !e.dirent.isSymbolicLink()) return e.dirent.isFile();
    try {
      return fs.statSync(e.full).isFile();
    } catch {
      return false;
    }
  },
  is_symlink: (args) => DE(args[0]).dirent.isSymbolicLink(),
  stat: (args, kw) => entryStat(DE(args[0]), followArg(args, kw, 'stat')),
  inode: (args) => {
    const st = entryStat(DE(args[0]), false) as PyTuple;
    return st.items[1];
  },
  __fspath__: (args) => DE(args[0]).path,
  __repr__: (args) => `<DirEntry ${A.repr(DE(args[0]).name)}>`,
});

// ---------------------------------------------------------------- environ

function environ(): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) d.set(fsEncode(k), fsEncode(v));
  return d;
}

// ---------------------------------------------------------------- open flags

const C = fs.constants;
const OPEN_CONSTANTS: Record<string, number> = {
  O_RDONLY: C.O_RDONLY, O_WRONLY: C.O_WRONLY, O_RDWR: C.O_RDWR, O_APPEND: C.O_APPEND, O_CREAT: C.O_CREAT, O_EXCL: C.O_EXCL,
  O_TRUNC: C.O_TRUNC, O_NONBLOCK: C.O_NONBLOCK ?? 2048, O_NDELAY: C.O_NONBLOCK ?? 2048, O_SYNC: C.O_SYNC ?? 1052672, O_DSYNC: C.O_DSYNC ?? 4096,
  O_NOCTTY: C.O_NOCTTY ?? 256, O_DIRECTORY: C.O_DIRECTORY ?? 65536, O_NOFOLLOW: C.O_NOFOLLOW ?? 131072, O_CLOEXEC: 524288,
  O_ACCMODE: 3, O_ASYNC: 8192, O_DIRECT: C.O_DIRECT ?? 16384, O_LARGEFILE: 0, O_NOATIME: C.O_NOATIME ?? 262144, O_PATH: 2097152,
  O_TMPFILE: 4259840, O_RSYNC: 1052672,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2, SEEK_DATA: 3, SEEK_HOLE: 4,
  EX_OK: 0, EX_USAGE: 64, EX_DATAERR: 65, EX_NOINPUT: 66, EX_NOUSER: 67, EX_NOHOST: 68, EX_UNAVAILABLE: 69, EX_SOFTWARE: 70,
  EX_OSERR: 71, EX_OSFILE: 72, EX_CANTCREAT: 73, EX_IOERR: 74, EX_TEMPFAIL: 75, EX_PROTOCOL: 76, EX_NOPERM: 77, EX_CONFIG: 78,
  WNOHANG: 1, WUNTRACED: 2, WCONTINUED: 8, P_PID: 1, P_PGID: 2, P_ALL: 0,
};

// ---------------------------------------------------------------- the module

const unameType = structSeqType('posix.uname_result', ['sysname', 'nodename', 'release', 'version', 'machine']);
const timesType = structSeqType('posix.times_result', ['user', 'system', 'children_user', 'children_system', 'elapsed']);
const terminalSizeType = structSeqType('os.terminal_size', ['columns', 'lines']);

function intArg(v: Value | null, dflt: number): number {
  return v === null ? dflt : Number(A.asIndex(v));
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('posix', 'This module provides access to operating system functionality that is\nstandardized by the C Standard and POSIX.  Refer to the library manual,\nwhere each function is described, for information.');
  const d = m.dict;
  const F = (name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    moduleFunction(d, 'posix', name, fn);
  };
  for (const [k, v] of Object.entries(OPEN_CONSTANTS)) d.set(k, v);
  d.set('error', OSError);
  d.set('environ', environ());
  d.set('stat_result', statResultType);
  d.set('uname_result', unameType);
  d.set('times_result', timesType);
  d.set('terminal_size', terminalSizeType);
  d.set('DirEntry', dirEntryType);
  d.set('_have_functions', new PyList([]));

  F('stat', (a, k) => doStat(a, k, 'stat', true));
  F('lstat', (a, k) => doStat(a, k, 'lstat', false));
  F('fstat', (a, k) => {
    const [fd] = parseArgs('fstat', a, k, ['fd'], 1);
    if (isVfd(intArg(fd, 0))) return pipeStat(intArg(fd, 0));
    try {
      return statResult(fs.fstatSync(intArg(fd, 0), { bigint: true }));
    } catch (e) {
      return osError(e);
    }
  });
  F('listdir', (a, k) => {
    const [pathV] = parseArgs('listdir', a, k, ['path'], 0);
    const p = pathArg(pathV ?? '.', 'listdir', 'path', true, true) ?? { node: '.', obj: '.' as Value, isBytes: false };
    try {
      const dir = typeof p.node === 'number' ? `/proc/self/fd/${p.node}` : p.node;
      const names: (string | Buffer)[] = p.isBytes ? fs.readdirSync(dir, { encoding: 'buffer' }) : fs.readdirSync(dir, { encoding: 'utf8' });
      return new PyList(names.map((n) => outName(n, p.isBytes)));
    } catch (e) {
      return osError(e, p.obj);
    }
  });
  F('scandir', (a, k) => {
    const [pathV] = parseArgs('scandir', a, k, ['path'], 0);
    const p = pathArg(pathV ?? '.', 'scandir', 'path', false, true) ?? { node: '.', obj: '.' as Value, isBytes: false };
    let dirents: fs.Dirent[];
    try {
      dirents = fs.readdirSync(p.node as string | Buffer, { withFileTypes: true });
    } catch (e) {
      return osError(e, p.obj);
    }
    const base = typeof p.node === 'string' ? p.node : (p.node as Buffer).toString('utf8');
    let i = 0;
    const it = new A.PyNativeIter(scandirIterType, () => {
      if (i >= dirents.length) return null;
      const de = dirents[i++];
      const full = base === '.' && pathV === null ? de.name : base.endsWith('/') ? base + de.name : `${base}/${de.name}`;
      return new PyDirEntry(outName(de.name, p.isBytes), outName(full, p.isBytes), full, de);
    });
    return it;
  });
  method(scandirIterType, '__enter__', (a) => a[0]);
  method(scandirIterType, '__exit__', () => false);
  method(scandirIterType, 'close', () => None);
  F('getcwd', () => A.mkStr(process.cwd()));
  F('getcwdb', () => fsEncode(process.cwd()));
  F('chdir', (a, k) => {
    const [pathV] = parseArgs('chdir', a, k, ['path'], 1);
    const p = pathArg(pathV!, 'chdir')!;
    try {
      process.chdir(typeof p.node === 'string' ? p.node : p.node.toString());
    } catch (e) {
      return osError(e, p.obj);
    }
    return None;
  });
  F('mkdir', (a, k) => {
    const [pathV, mode, dirFd] = parseArgs('mkdir', a, k, ['path', 'mode', 'dir_fd'], 1, 0, 2);
    void dirFd;
    const p = pathArg(pathV!, 'mkdir')!;
    try {
      fs.mkdirSync(p.node as string | Buffer, { mode: intArg(mode, 0o777) });
    } catch (e) {
      return osError(e, p.obj);
    }
    return None;
  });
  const simplePath = (name: string, op: (p: string | Buffer) => void): void => {
    F(name, (a, k) => {
      const [pathV] = parseArgs(name, a, k, ['path', 'dir_fd'], 1, 0, 1);
      const p = pathArg(pathV!, name)!;
      try {
        op(p.node as string | Buffer);
      } catch (e) {
        return osError(e, p.obj);
      }
      return None;
    });
  };
  simplePath('rmdir', (p) => fs.rmdirSync(p));
  simplePath('remove', (p) => fs.unlinkSync(p));
  simplePath('unlink', (p) => fs.unlinkSync(p));
  const twoPaths = (name: string, op: (s: string | Buffer, t: string | Buffer) => void): void => {
    F(name, (a, k) => {
      const [src, dst] = parseArgs(name, a, k, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'], 2, 0, 2);
      const s = pathArg(src!, name, 'src')!;
      const t = pathArg(dst!, name, 'dst')!;
      try {
        op(s.node as string | Buffer, t.node as string | Buffer);
      } catch (e) {
        return osError(e, s.obj, t.obj);
      }
      return None;
    });
  };
  twoPaths('rename', (s, t) => fs.renameSync(s, t));
  twoPaths('replace', (s, t) => fs.renameSync(s, t));
  twoPaths('link', (s, t) => fs.linkSync(s, t));
  twoPaths('symlink', (s, t) => fs.symlinkSync(s, t));
  F('readlink', (a, k) => {
    const [pathV] = parseArgs('readlink', a, k, ['path', 'dir_fd'], 1, 0, 1);
    const p = pathArg(pathV!, 'readlink')!;
    try {
      const target: string | Buffer = p.isBytes ? fs.readlinkSync(p.node as string | Buffer, { encoding: 'buffer' }) : fs.readlinkSync(p.node as string | Buffer, { encoding: 'utf8' });
      return outName(target, p.isBytes);
    } catch (e) {
      return osError(e, p.obj);
    }
  });
  F('access', (a, k) => {
    const [pathV, mode] = parseArgs('access', a, k, ['path', 'mode', 'dir_fd', 'effective_ids', 'follow_symlinks'], 2, 0, 2);
    const p = pathArg(pathV!, 'access')!;
    try {
      fs.accessSync(p.node as string | Buffer, intArg(mode, 0));
      return true;
    } catch {
      return false;
    }
  });
  F('chmod', (a, k) => {
    const [pathV, mode] = parseArgs('chmod', a, k, ['path', 'mode', 'dir_fd', 'follow_symlinks'], 2, 0, 2);
    const p = pathArg(pathV!, 'chmod', 'path', true)!;
    try {
      if (typeof p.node === 'number') fs.fchmodSync(p.node, intArg(mode, 0));
      else fs.chmodSync(p.node, intArg(mode, 0));
    } catch (e) {
      return osError(e, p.obj);
    }
    return None;
  });
  F('utime', (a, k) => {
    const [pathV, times, ns] = parseArgs('utime', a, k, ['path', 'times', 'ns', 'dir_fd', 'follow_symlinks'], 1, 0, 2);
    const p = pathArg(pathV!, 'utime', 'path', true)!;
    let at: number;
    let mt: number;
    if (ns !== null && ns !== None) {
      const [x, y] = A.toArray(ns);
      at = Number(A.asIndex(x)) / 1e9;
      mt = Number(A.asIndex(y)) / 1e9;
    } else if (times !== null && times !== None) {
      if (!(times instanceof PyTuple) || times.items.length !== 2) typeError('utime: \'times\' must be either a tuple of two ints or None');
      const [x, y] = (times as PyTuple).items;
      at = A.floatValue(x) ?? Number(A.asIndex(x));
      mt = A.floatValue(y) ?? Number(A.asIndex(y));
    } else {
      at = mt = Date.now() / 1000;
    }
    try {
      if (typeof p.node === 'number') fs.futimesSync(p.node, at, mt);
      else fs.utimesSync(p.node, at, mt);
    } catch (e) {
      return osError(e, p.obj);
    }
    return None;
  });
  F('truncate', (a, k) => {
    const [pathV, len] = parseArgs('truncate', a, k, ['path', 'length'], 2);
    const p = pathArg(pathV!, 'truncate', 'path', true)!;
    try {
      if (typeof p.node === 'number') fs.ftruncateSync(p.node, intArg(len, 0));
      else fs.truncateSync(p.node, intArg(len, 0));
    } catch (e) {
      return osError(e, p.obj);
    }
    return None;
  });

  // File descriptors.
  F('open', (a, k) => {
    const [pathV, flags, mode] = parseArgs('open', a, k, ['path', 'flags', 'mode', 'dir_fd'], 2, 0, 3);
    const p = pathArg(pathV!, 'open')!;
    try {
      const fd = fs.openSync(p.node as string | Buffer, intArg(flags, 0), intArg(mode, 0o777));
      // A reused descriptor number starts at its file's beginning, not at an old file's position.
      positions.delete(fd);
      return fd;
    } catch (e) {
      return osError(e, p.obj);
    }
  });
  F('close', (a, k) => {
    const [fd] = parseArgs('close', a, k, ['fd'], 1);
    if (isVfd(intArg(fd, 0))) {
      closeVfd(intArg(fd, 0));
      return None;
    }
    try {
      positions.delete(intArg(fd, 0));
      fs.closeSync(intArg(fd, 0));
    } catch (e) {
      return osError(e);
    }
    return None;
  });
  F('closerange', (a) => {
    for (let fd = intArg(a[0], 0); fd < intArg(a[1], 0); fd++) {
      try {
        fs.closeSync(fd);
      } catch {
        // closerange ignores errors.
      }
    }
    return None;
  });
  F('read', (a) => {
    if (a.length !== 2) typeError(`read expected 2 arguments, got ${a.length}`);
    const n = intArg(a[1], 0);
    if (n < 0) throw newException(ValueError, 'negative count');
    const fd = intArg(a[0], 0);
    if (isVfd(fd)) return vfdCall(() => new PyBytes(readVfd(fd, n)));
    const buf = Buffer.alloc(n);
    const pos = positions.get(fd);
    try {
      const got = fs.readSync(fd, buf, 0, n, pos ?? null);
      if (pos !== undefined) positions.set(fd, pos + got);
      return new PyBytes(new Uint8Array(buf.subarray(0, got)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EOF') return new PyBytes(new Uint8Array(0));
      return osError(e);
    }
  });
  F('write', (a) => {
    if (a.length !== 2) typeError(`write expected 2 arguments, got ${a.length}`);
    const { bufferOf } = require('../objects/bytes_type') as typeof import('../objects/bytes_type');
    const b = bufferOf(a[1]);
    if (b === null) typeError(`a bytes-like object is required, not '${A.typeName(a[1])}'`);
    const fd = intArg(a[0], 0);
    if (isVfd(fd)) return vfdCall(() => writeVfd(fd, b!));
    const pos = positions.get(fd);
    try {
      const n = fs.writeSync(fd, b!, 0, b!.length, pos ?? null);
      if (pos !== undefined) positions.set(fd, pos + n);
      return n;
    } catch (e) {
      return osError(e);
    }
  });
  F('lseek', (a) => {
    // Node has no lseek: a relative or end seek is resolved against fstat, the position kept per fd.
    const fd = intArg(a[0], 0);
    const off = intArg(a[1], 0);
    const how = intArg(a[2], 0);
    if (isVfd(fd)) return osError(Object.assign(new Error('ESPIPE'), { code: 'ESPIPE' }));
    try {
      const size = Number(fs.fstatSync(fd).size);
      const cur = positions.get(fd) ?? 0;
      const pos = how === 0 ? off : how === 1 ? cur + off : size + off;
      if (pos < 0) throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' });
      positions.set(fd, pos);
      return pos;
    } catch (e) {
      return osError(e);
    }
  });
  F('fsync', (a) => {
    try {
      fs.fsyncSync(intArg(a[0], 0));
    } catch (e) {
      return osError(e);
    }
    return None;
  });
  F('ftruncate', (a) => {
    try {
      fs.ftruncateSync(intArg(a[0], 0), intArg(a[1], 0));
    } catch (e) {
      return osError(e);
    }
    return None;
  });
  F('isatty', (a) => !isVfd(intArg(a[0], 0)) && (require('tty') as typeof import('tty')).isatty(intArg(a[0], 0)));
  F('device_encoding', (a) => ((require('tty') as typeof import('tty')).isatty(intArg(a[0], 0)) ? 'UTF-8' : None));
  F('get_terminal_size', (a) => {
    const fd = a.length ? intArg(a[0], 1) : 1;
    const stream = fd === 2 ? process.stderr : process.stdout;
    if (!(stream as { isTTY?: boolean }).isTTY) return osError(Object.assign(new Error('ENOTTY'), { code: 'ENOTTY' }));
    return structSeq(terminalSizeType, [(stream as { columns?: number }).columns ?? 80, (stream as { rows?: number }).rows ?? 24]);
  });
  F('pipe', (a) => {
    if (a.length) typeError(`pipe() takes no arguments (${a.length} given)`);
    return tuple(newPipe());
  });
  F('pipe2', (a) => {
    const [r, w] = newPipe();
    if (intArg(a[0], 0) & (C.O_NONBLOCK ?? 2048)) {
      vfdEntry(r)!.blocking = false;
      vfdEntry(w)!.blocking = false;
    }
    return tuple([r, w]);
  });
  F('dup', (a) => {
    const fd = intArg(a[0], 0);
    if (isVfd(fd)) return dupVfd(fd);
    // Node cannot dup a descriptor; reopening /proc/self/fd gives a new one on the same file.
    try {
      return fs.openSync(`/proc/self/fd/${fd}`, fs.fstatSync(fd).isDirectory() ? 'r' : 'r+');
    } catch (e) {
      return osError(e);
    }
  });
  F('set_inheritable', (a) => {
    const e = vfdEntry(intArg(a[0], 0));
    if (e) e.inheritable = A.isTrue(a[1]);
    return None;
  });
  F('get_inheritable', (a) => vfdEntry(intArg(a[0], 0))?.inheritable ?? false);
  F('set_blocking', (a) => {
    const e = vfdEntry(intArg(a[0], 0));
    if (e) e.blocking = A.isTrue(a[1]);
    return None;
  });
  F('get_blocking', (a) => vfdEntry(intArg(a[0], 0))?.blocking ?? true);
  F('waitpid', (a) => {
    if (a.length !== 2) typeError(`waitpid expected 2 arguments, got ${a.length}`);
    const r = waitChild(intArg(a[0], 0), intArg(a[1], 0));
    if (r === null) return osError(Object.assign(new Error('ECHILD'), { code: 'ECHILD' }));
    return tuple(r);
  });
  F('wait', () => {
    const r = waitChild(-1, 0);
    if (r === null) return osError(Object.assign(new Error('ECHILD'), { code: 'ECHILD' }));
    return tuple(r);
  });

  // Process and system.
  F('getpid', () => process.pid);
  F('getppid', () => process.ppid);
  F('getuid', () => (process.getuid ? process.getuid() : 0));
  F('geteuid', () => (process.geteuid ? process.geteuid() : 0));
  F('getgid', () => (process.getgid ? process.getgid() : 0));
  F('getegid', () => (process.getegid ? process.getegid() : 0));
  F('getgroups', () => new PyList((process.getgroups ? process.getgroups() : []).map((g) => g as Value)));
  F('getlogin', () => A.mkStr(nodeOs.userInfo().username));
  F('umask', (a) => process.umask(intArg(a[0], 0)));
  F('uname', () => structSeq(unameType, [A.mkStr(nodeOs.type()), A.mkStr(nodeOs.hostname()), A.mkStr(nodeOs.release()), A.mkStr(nodeOs.version()), A.mkStr(nodeOs.machine())]));
  F('times', () => {
    const u = process.cpuUsage();
    return structSeq(timesType, [new PyFloat(u.user / 1e6), new PyFloat(u.system / 1e6), new PyFloat(0), new PyFloat(0), new PyFloat(nodeOs.uptime())]);
  });
  F('cpu_count', () => nodeOs.cpus().length || None);
  F('getloadavg', () => tuple(nodeOs.loadavg().map((x) => new PyFloat(x))));
  F('urandom', (a) => {
    const n = intArg(a[0], 0);
    if (n < 0) throw newException(ValueError, 'negative argument not allowed');
    return new PyBytes(new Uint8Array(crypto.randomBytes(n)));
  });
  F('strerror', (a) => A.mkStr(strerror(intArg(a[0], 0))));
  F('fspath', (a, k) => {
    const [p] = parseArgs('fspath', a, k, ['path'], 1);
    const v = p!;
    if (A.isStr(v) || v instanceof PyBytes) return v;
    const fsp = typeOf(v).lookup('__fspath__');
    if (fsp === null) typeError(`expected str, bytes or os.PathLike object, not ${A.typeName(v)}`);
    const r = A.callDescr(fsp!, v, []);
    if (!A.isStr(r) && !(r instanceof PyBytes)) typeError(`expected ${A.typeName(v)}.__fspath__() to return str or bytes, not ${A.typeName(r)}`);
    return r;
  });
  F('putenv', (a) => {
    const key = a[0] instanceof PyBytes ? Buffer.from(a[0].bytes).toString() : A.strValue(a[0]);
    const val = a[1] instanceof PyBytes ? Buffer.from(a[1].bytes).toString() : A.strValue(a[1]);
    if (key === '' || key.includes('=')) throw newException(ValueError, 'illegal environment variable name');
    process.env[key] = val;
    return None;
  });
  F('unsetenv', (a) => {
    const key = a[0] instanceof PyBytes ? Buffer.from(a[0].bytes).toString() : A.strValue(a[0]);
    if (key === '' || key.includes('=')) throw newException(ValueError, 'illegal environment variable name');
    delete process.env[key];
    return None;
  });
  F('_exit', (a) => {
    const { flushStd } = require('./sys') as typeof import('./sys');
    void flushStd;
    process.exit(intArg(a[0], 0));
  });
  F('abort', () => process.abort());
  F('kill', (a) => {
    if (killChild(intArg(a[0], 0), intArg(a[1], 0))) return None;
    if (intArg(a[0], 0) === process.pid) {
      (require('./signal') as typeof import('./signal')).killSelf(intArg(a[1], 0));
      return None;
    }
    try {
      process.kill(intArg(a[0], 0), intArg(a[1], 0));
    } catch (e) {
      return osError(e);
    }
    return None;
  });
  F('system', (a) => {
    const cmd = a[0] instanceof PyBytes ? Buffer.from(a[0].bytes).toString() : A.strValue(a[0]);
    const { flushStd } = require('./sys') as typeof import('./sys');
    flushStd();
    const r = childProcess.spawnSync('/bin/sh', ['-c', cmd], { stdio: 'inherit' });
    return r.status === null ? 128 + 9 : r.status << 8;
  });
  F('waitstatus_to_exitcode', (a) => {
    const st = intArg(a[0], 0);
    if ((st & 0x7f) === 0) return (st >> 8) & 0xff;
    if (((st & 0x7f) + 1) >> 1 > 0) return -(st & 0x7f);
    throw newException(ValueError, `invalid wait status: ${st}`);
  });
  F('register_at_fork', () => None);
  // The wait-status macros of <sys/wait.h> (Linux's encoding).
  const W: Record<string, (st: number) => Value> = {
    WIFEXITED: (st) => (st & 0x7f) === 0,
    WEXITSTATUS: (st) => (st >> 8) & 0xff,
    WIFSIGNALED: (st) => ((st & 0x7f) + 1) >> 1 > 0 && (st & 0x7f) !== 0x7f,
    WTERMSIG: (st) => st & 0x7f,
    WIFSTOPPED: (st) => (st & 0xff) === 0x7f,
    WSTOPSIG: (st) => (st >> 8) & 0xff,
    WCOREDUMP: (st) => (st & 0x80) !== 0,
    WIFCONTINUED: (st) => st === 0xffff,
  };
  for (const [name, fn] of Object.entries(W)) {
    F(name, (a, k) => {
      const [st] = parseArgs(name, a, k, ['status'], 1);
      return fn(intArg(st, 0));
    });
  }
  return m;
}

function pipeStat(fd: number): Value {
  const z = 0n;
  const st = { mode: 0o10600n, ino: BigInt(fd), dev: 12n, nlink: 1n, uid: BigInt(process.getuid?.() ?? 0), gid: BigInt(process.getgid?.() ?? 0),
    size: z, atimeNs: z, mtimeNs: z, ctimeNs: z, blksize: 4096n, blocks: z, rdev: z };
  return statResult(st as unknown as fs.BigIntStats);
}

/** An in-process pipe's error as the OSError a real descriptor would give. */
function vfdCall(f: () => Value): Value {
  try {
    return f();
  } catch (e) {
    if (e instanceof VfdError) {
      if (e.code === 'EDEADLK') throw A.call(OSError, [35, e.message]) as unknown as Error;
      return osError(e);
    }
    throw e;
  }
}

/** lseek positions of fds (Node reads and writes at explicit positions). */
const positions = new Map<number, number>();

registerNative('posix', create);

void bytesType;
void strType;
void SystemExit;
void tuple;
