/**
 * _stat (Modules/_stat.c) as a Linux build has it: the S_IF*, S_I*, UF_*,
 * SF_* and ST_* constants (the non-Linux file types S_IFDOOR, S_IFPORT and
 * S_IFWHT are 0 and their tests always false; no FILE_ATTRIBUTE_*, which
 * only Windows builds define), and the mode functions, which take a C
 * mode_t (an unsigned 32-bit int) as _PyLong_AsMode_t converts it.
 */
import type { Value } from '../objects/base';
import { typeError, newException, OverflowError } from '../objects/exceptions';
import { moduleFunction } from '../objects/define';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFCHR = 0o020000;
const S_IFBLK = 0o060000;
const S_IFREG = 0o100000;
const S_IFIFO = 0o010000;
const S_IFLNK = 0o120000;
const S_IFSOCK = 0o140000;
const S_ISUID = 0o4000;
const S_ISGID = 0o2000;
const S_ISVTX = 0o1000;

const CONSTANTS: [string, number][] = [
  ['S_IFDIR', S_IFDIR], ['S_IFCHR', S_IFCHR], ['S_IFBLK', S_IFBLK], ['S_IFREG', S_IFREG], ['S_IFIFO', S_IFIFO],
  ['S_IFLNK', S_IFLNK], ['S_IFSOCK', S_IFSOCK], ['S_IFDOOR', 0], ['S_IFPORT', 0], ['S_IFWHT', 0],
  ['S_ISUID', S_ISUID], ['S_ISGID', S_ISGID], ['S_ISVTX', S_ISVTX], ['S_ENFMT', S_ISGID],
  ['S_IREAD', 0o400], ['S_IWRITE', 0o200], ['S_IEXEC', 0o100],
  ['S_IRWXU', 0o700], ['S_IRUSR', 0o400], ['S_IWUSR', 0o200], ['S_IXUSR', 0o100],
  ['S_IRWXG', 0o070], ['S_IRGRP', 0o040], ['S_IWGRP', 0o020], ['S_IXGRP', 0o010],
  ['S_IRWXO', 0o007], ['S_IROTH', 0o004], ['S_IWOTH', 0o002], ['S_IXOTH', 0o001],
  ['UF_NODUMP', 0x1], ['UF_IMMUTABLE', 0x2], ['UF_APPEND', 0x4], ['UF_OPAQUE', 0x8], ['UF_NOUNLINK', 0x10],
  ['UF_COMPRESSED', 0x20], ['UF_HIDDEN', 0x8000], ['SF_ARCHIVED', 0x10000], ['SF_IMMUTABLE', 0x20000],
  ['SF_APPEND', 0x40000], ['SF_NOUNLINK', 0x100000], ['SF_SNAPSHOT', 0x200000],
  ['ST_MODE', 0], ['ST_INO', 1], ['ST_DEV', 2], ['ST_NLINK', 3], ['ST_UID', 4], ['ST_GID', 5], ['ST_SIZE', 6],
  ['ST_ATIME', 7], ['ST_MTIME', 8], ['ST_CTIME', 9],
];

const DOC =
  'S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\n' +
  'S_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\n' +
  'S_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\n' +
  'S_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\n' +
  'S_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\n' +
  'S_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\n' +
  'S_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\n' +
  'S_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\n' +
  'S_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\n' +
  'UF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\n' +
  'UF_OPAQUE: directory is opaque when viewed through a union stack\n' +
  'UF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\n' +
  'UF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\n' +
  'SF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\n' +
  'SF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\n' +
  'ST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\n' +
  'FILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n';

/** _PyLong_AsMode_t: PyLong_AsUnsignedLong (an int proper, no __index__), then mode_t's 32 bits. */
function asMode(v: Value): number {
  const i = A.intValue(v);
  if (i === null) return typeError('an integer is required');
  const b = BigInt(i);
  if (b < 0n) throw newException(OverflowError, "can't convert negative value to unsigned int");
  if (b >= 1n << 64n) throw newException(OverflowError, 'Python int too large to convert to C unsigned long');
  if (b >= 1n << 32n) throw newException(OverflowError, 'mode out of range');
  return Number(b);
}

function fileType(mode: number): string {
  switch (mode & S_IFMT) {
    case S_IFREG:
      return '-';
    case S_IFDIR:
      return 'd';
    case S_IFLNK:
      return 'l';
    case S_IFBLK:
      return 'b';
    case S_IFCHR:
      return 'c';
    case S_IFIFO:
      return 'p';
    case S_IFSOCK:
      return 's';
    default:
      return '?';
  }
}

function filemode(mode: number): string {
  const bit = (m: number, c: string): string => (mode & m ? c : '-');
  const special = (s: number, x: number, set: string, unset: string): string => {
    if (mode & s) return mode & x ? set : unset;
    return mode & x ? 'x' : '-';
  };
  return (
    fileType(mode) +
    bit(0o400, 'r') + bit(0o200, 'w') + special(S_ISUID, 0o100, 's', 'S') +
    bit(0o040, 'r') + bit(0o020, 'w') + special(S_ISGID, 0o010, 's', 'S') +
    bit(0o004, 'r') + bit(0o002, 'w') + special(S_ISVTX, 0o001, 't', 'T')
  );
}

const isType = (t: number) => (mode: number): boolean => (mode & S_IFMT) === t;

const TESTS: [string, (mode: number) => boolean, string][] = [
  ['S_ISDIR', isType(S_IFDIR), 'a directory'],
  ['S_ISCHR', isType(S_IFCHR), 'a character special device file'],
  ['S_ISBLK', isType(S_IFBLK), 'a block special device file'],
  ['S_ISREG', isType(S_IFREG), 'a regular file'],
  ['S_ISFIFO', isType(S_IFIFO), 'a FIFO (named pipe)'],
  ['S_ISLNK', isType(S_IFLNK), 'a symbolic link'],
  ['S_ISSOCK', isType(S_IFSOCK), 'a socket'],
  ['S_ISDOOR', () => false, 'a door'],
  ['S_ISPORT', () => false, 'an event port'],
  ['S_ISWHT', () => false, 'a whiteout'],
];

registerNative('_stat', () => {
  const m = newModule('_stat', A.mkStr(DOC));
  const d = m.dict;
  const def = (name: string, fn: (mode: number) => Value, doc: string): void => {
    moduleFunction(
      d,
      '_stat',
      name,
      (args, kw) => {
        if (kw !== null && kw.length) typeError(`_stat.${name}() takes no keyword arguments`);
        if (args.length !== 1) typeError(`_stat.${name}() takes exactly one argument (${args.length} given)`);
        return fn(asMode(args[0]));
      },
      doc,
    );
  };
  for (const [name, test, what] of TESTS) def(name, test, `${name}(mode) -> bool\n\nReturn True if mode is from ${what}.`);
  def('S_IMODE', (mode) => mode & 0o7777, "Return the portion of the file's mode that can be set by os.chmod().");
  def('S_IFMT', (mode) => mode & S_IFMT, "Return the portion of the file's mode that describes the file type.");
  def('filemode', (mode) => filemode(mode), "Convert a file's mode to a string of the form '-rwxrwxrwx'");
  for (const [name, v] of CONSTANTS) d.set(name, v);
  return m;
});
