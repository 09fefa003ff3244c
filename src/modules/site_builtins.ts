/**
 * The builtins CPython's site module adds at start-up (site.setquit, setcopyright, sethelper): exit,
 * quit, copyright, credits, license and help, made from Lib/_sitebuiltins.py's own classes. Typhon does
 * not import site when it starts (importing it and os would cost more than the whole start-up of a
 * small script), so they are made the first time a program looks one of them up and finds nothing:
 * a global or builtins-module lookup that misses asks here before raising NameError/AttributeError.
 */
import * as nodePath from 'path';
import type { Value } from '../objects/base';
import * as A from '../objects/abstract';
import { lazy } from '../util/lazy';

const lazy_builtins = lazy(() => require('./builtins') as typeof import('./builtins'));
const lazy_sys = lazy(() => require('./sys') as typeof import('./sys'));
const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));

const NAMES = new Set(['exit', 'quit', 'copyright', 'credits', 'license', 'help']);
let tried = false;

const CREDITS =
  '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n' +
  '    for supporting Python development.  See www.python.org for more information.';

/** The site builtin `name`, made now with its five siblings; null for any other name (or under -S). */
export function siteBuiltin(name: string): Value | null {
  if (!NAMES.has(name) || tried) return null;
  tried = true;
  const sysDict = lazy_sys().sysDict;
  if (A.isTrue(A.getAttr(sysDict.getStr('flags')!, 'no_site'))) return null;
  const mod = lazy_imports().importModule('_sitebuiltins');
  const quitter = A.getAttr(mod, 'Quitter');
  const printer = A.getAttr(mod, '_Printer');
  const b = lazy_builtins().builtinsDict;
  const eof = 'Ctrl-D (i.e. EOF)';
  b.set('quit', A.call(quitter, ['quit', eof]));
  b.set('exit', A.call(quitter, ['exit', eof]));
  b.set('copyright', A.call(printer, ['copyright', sysDict.getStr('copyright')!]));
  b.set('credits', A.call(printer, ['credits', CREDITS]));
  const here = sysDict.getStr('_stdlib_dir');
  const files: Value[] = [];
  const dirs: Value[] = [];
  if (here !== null && A.isStr(here) && A.strValue(here) !== '') {
    const h = A.strValue(here);
    files.push('LICENSE.txt', 'LICENSE');
    dirs.push(nodePath.join(h, '..'), h, '.');
  }
  const { PyList } = require('../objects/containers') as typeof import('../objects/containers');
  b.set('license', A.call(printer, ['license', 'See https://www.python.org/psf/license/', new PyList(files), new PyList(dirs)]));
  b.set('help', A.call(A.getAttr(mod, '_Helper'), []));
  return b.getStr(name);
}

/** The builtins module's dict (frames with other builtins, from exec with a custom __builtins__, get none). */
export function builtinsDictRef(): object {
  return lazy_builtins().builtinsDict;
}
