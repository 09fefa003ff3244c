/**
 * pwd and grp: the password and group databases. CPython asks the C
 * library (getpwnam(3) and friends, which may consult NSS services); Node
 * has no such call, so these read the files the C library reads by default,
 * /etc/passwd and /etc/group. Messages and struct types are CPython's.
 */
import * as fs from 'fs';
import type { Value } from '../objects/base';
import { PyList } from '../objects/containers';
import { PyType } from '../objects/type';
import { typeOf } from '../objects/types';
import { newException, typeError, KeyError } from '../objects/exceptions';
import { moduleFunction } from '../objects/define';
import * as A from '../objects/abstract';
import { structSeq, structSeqType } from './structseq';
import { registerNative, newModule } from './registry';

function rows(file: string, fields: number): string[][] {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.split(':')).filter((r) => r.length >= fields);
}

/** A uid/gid argument as _Py_Uid_Converter takes it (an int; -1 is the one negative allowed, as "no id"). */
function idArg(v: Value, what: string): number | null {
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') {
    const n = Number(v);
    return n < 0 || n > 0xfffffffe ? null : n;
  }
  if (typeOf(v).lookup('__index__') === null) typeError(`${what} should be integer, not ${A.typeName(v)}`);
  const n = Number(A.asIndex(v));
  return n < 0 || n > 0xfffffffe ? null : n;
}

function notFound(msg: string): never {
  throw newException(KeyError, A.mkStr(msg));
}

let passwdType: PyType | null = null;
let groupType: PyType | null = null;

function passwd(r: string[]): Value {
  passwdType ??= docType(structSeqType('pwd.struct_passwd', ['pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell']),
    'pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.');
  return structSeq(passwdType, [A.mkStr(r[0]), A.mkStr(r[1]), Number(r[2]), Number(r[3]), A.mkStr(r[4]), A.mkStr(r[5]), A.mkStr(r[6])]);
}

function group(r: string[]): Value {
  groupType ??= docType(structSeqType('grp.struct_group', ['gr_name', 'gr_passwd', 'gr_gid', 'gr_mem']),
    'grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n');
  const mem = r[3] === '' ? [] : r[3].split(',').map((m) => A.mkStr(m));
  return structSeq(groupType, [A.mkStr(r[0]), A.mkStr(r[1]), Number(r[2]), new PyList(mem)]);
}

function docType(t: PyType, doc: string): PyType {
  t.dict.set('__doc__', doc);
  return t;
}

function oneArg(name: string, args: Value[]): Value {
  if (args.length !== 1) typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

registerNative('pwd', () => {
  const m = newModule('pwd', "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.");
  const d = m.dict;
  passwd(['', '', '0', '0', '', '', '']);
  d.set('struct_passwd', passwdType!);
  moduleFunction(d, 'pwd', 'getpwuid', (a) => {
    const v = oneArg('getpwuid', a);
    const uid = idArg(v, 'uid');
    if (uid === null) notFound('getpwuid(): uid not found');
    const r = rows('/etc/passwd', 7).find((x) => Number(x[2]) === uid);
    if (r === undefined) notFound(`getpwuid(): uid not found: ${uid}`);
    return passwd(r!);
  });
  moduleFunction(d, 'pwd', 'getpwnam', (a) => {
    const v = oneArg('getpwnam', a);
    if (!A.isStr(v)) typeError(`getpwnam() argument must be str, not ${A.typeName(v)}`);
    const name = A.strValue(v);
    const r = rows('/etc/passwd', 7).find((x) => x[0] === name);
    if (r === undefined) notFound(`getpwnam(): name not found: ${A.repr(v)}`);
    return passwd(r!);
  });
  moduleFunction(d, 'pwd', 'getpwall', () => new PyList(rows('/etc/passwd', 7).map(passwd)));
  return m;
});

registerNative('grp', () => {
  const m = newModule('grp', 'Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)');
  const d = m.dict;
  group(['', '', '0', '']);
  d.set('struct_group', groupType!);
  moduleFunction(d, 'grp', 'getgrgid', (a, k) => {
    if (k !== null && k.length && k[0] !== 'id') typeError(`getgrgid() got an unexpected keyword argument '${k[0]}'`);
    const v = oneArg('getgrgid', a);
    const gid = idArg(v, 'gid');
    if (gid === null) notFound('getgrgid(): gid not found');
    const r = rows('/etc/group', 4).find((x) => Number(x[2]) === gid);
    if (r === undefined) notFound(`getgrgid(): gid not found: ${gid}`);
    return group(r!);
  });
  moduleFunction(d, 'grp', 'getgrnam', (a) => {
    const v = oneArg('getgrnam', a);
    if (!A.isStr(v)) typeError(`getgrnam() argument must be str, not ${A.typeName(v)}`);
    const name = A.strValue(v);
    const r = rows('/etc/group', 4).find((x) => x[0] === name);
    if (r === undefined) notFound(`getgrnam(): name not found: ${A.repr(v)}`);
    return group(r!);
  });
  moduleFunction(d, 'grp', 'getgrall', () => new PyList(rows('/etc/group', 4).map(group)));
  return m;
});
