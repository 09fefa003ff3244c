/**
 * _imp (Python/import.c): what importlib's own Python code asks of the
 * interpreter. Typhon has no frozen modules and loads no C extensions, so
 * those queries answer "none" (and create_dynamic raises ImportError); the
 * built-in modules are the ones written in TypeScript (registry.ts).
 */
import type { Value } from '../objects/base';
import { PyList, PyBytes, tuple } from '../objects/containers';
import { PyCode } from '../objects/function';
import { None } from '../objects/types';
import { newException, ImportError, RuntimeError, typeError } from '../objects/exceptions';
import { moduleFunction } from '../objects/define';
import { sourceHash } from '../objects/siphash';
import * as A from '../objects/abstract';
import { CodeObject } from '../bytecode/code';
import { bufferOf } from '../objects/bytes_type';
import { registerNative, newModule, nativeNames, loadNative, sysModules } from './registry';

/** The import lock's recursion count (one thread: the holder is always this one). */
let lockCount = 0;

function fixFilename(co: CodeObject, oldName: string, newName: string): void {
  if (co.co_filename !== oldName) return;
  co.co_filename = newName;
  for (const c of co.co_consts) if (c instanceof CodeObject) fixFilename(c, oldName, newName);
}

function create(): ReturnType<typeof newModule> {
  const m = newModule('_imp', '(Extremely) low-level import machinery bits as used by importlib.');
  const d = m.dict;
  const F = (name: string, fn: (args: Value[]) => Value): void => {
    moduleFunction(d, '_imp', name, fn);
  };
  F('lock_held', () => lockCount > 0);
  F('acquire_lock', () => {
    lockCount++;
    return None;
  });
  F('release_lock', () => {
    if (lockCount === 0) throw newException(RuntimeError, 'not holding the import lock');
    lockCount--;
    return None;
  });
  F('is_builtin', (args) => {
    const name = A.strValue(args[0]);
    if (!nativeNames().includes(name)) return 0;
    // sys and builtins cannot be initialised again.
    return name === 'sys' || name === 'builtins' ? -1 : 1;
  });
  F('create_builtin', (args) => {
    const name = A.getAttr(args[0], 'name');
    if (!A.isStr(name)) typeError(`name must be string, not ${A.typeName(name)}`);
    const n = A.strValue(name);
    return sysModules().getStr(n) ?? loadNative(n) ?? None;
  });
  F('exec_builtin', () => 0);
  F('is_frozen', () => false);
  F('is_frozen_package', (args) => {
    throw newException(ImportError, A.mkStr(`No such frozen object named ${A.repr(args[0])}`));
  });
  F('get_frozen_object', (args) => {
    throw newException(ImportError, A.mkStr(`No such frozen object named ${A.repr(args[0])}`));
  });
  F('find_frozen', () => None);
  F('init_frozen', () => None);
  F('_frozen_module_names', () => tuple([]));
  F('_override_frozen_modules_for_tests', () => None);
  F('extension_suffixes', () => new PyList([]));
  F('create_dynamic', (args) => {
    const name = A.getAttrOrNull(args[0], 'name') ?? None;
    throw newException(ImportError, A.mkStr(`Typhon cannot load C extension modules (${A.str(name)})`));
  });
  F('exec_dynamic', () => 0);
  F('_fix_co_filename', (args) => {
    if (!(args[0] instanceof PyCode)) typeError(`_fix_co_filename() argument 1 must be code, not ${A.typeName(args[0])}`);
    if (!A.isStr(args[1])) typeError(`_fix_co_filename() argument 2 must be str, not ${A.typeName(args[1])}`);
    const co = (args[0] as PyCode).co;
    fixFilename(co, co.co_filename, A.strValue(args[1]));
    return None;
  });
  F('source_hash', (args) => {
    const key = Number(A.asIndex(args[0]));
    const src = bufferOf(args[1]);
    if (src === null) typeError(`a bytes-like object is required, not '${A.typeName(args[1])}'`);
    return new PyBytes(sourceHash(key, src!));
  });
  d.set('check_hash_based_pycs', 'default');
  return m;
}

registerNative('_imp', create);
