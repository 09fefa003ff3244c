/**
 * Loads every file that fills the builtin types' dicts and the native
 * modules, in dependency order. Importing this module makes the VM ready.
 */
import '../objects/object_type';
import './classes';
import './eval';
import '../objects/all_types';
import '../modules/sys';
import '../modules/builtins';
import '../modules/all_modules';

import { sysDict } from '../modules/sys';
import { nativeNames } from '../modules/registry';
import { PyList, tuple } from '../objects/containers';
import { defaultMetaPath, importAbsolute } from './imports';
import { printException } from './traceback';

// sys.meta_path holds the finders CPython's does (ours answer natively in their place).
sysDict.set('meta_path', new PyList(defaultMetaPath()));
sysDict.set('builtin_module_names', tuple(nativeNames()));

// With -W or PYTHONWARNINGS, CPython imports warnings at startup so that the options apply (init_interp_main).
const warnoptions = sysDict.getStr('warnoptions');
if (warnoptions instanceof PyList && warnoptions.items.length > 0) {
  try {
    importAbsolute('warnings');
  } catch (e) {
    process.stderr.write("'import warnings' failed; traceback:\n");
    printException(e as import("../objects/base").Value);
  }
}

// Every static type has __doc__ in its dict (its tp_doc, or None), so obj.__doc__ never fails.
{
  const { objectType: obj, None: none } = require('../objects/types') as typeof import('../objects/types');
  if (obj.dict.getStr('__doc__') === null) {
    obj.dict.set('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');
  }
  const seen = new Set<unknown>();
  const walk = (t: import('../objects/type').PyType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    if ((t.flags & 512) === 0 && t.dict.getStr('__doc__') === null) t.dict.set('__doc__', none);
    for (const s of t.subclasses()) walk(s);
  };
  walk(obj);
}
