/** errno (Modules/errnomodule.c): Linux's error names and numbers, and errorcode. */
import { PyDict } from '../objects/dict';
import * as A from '../objects/abstract';
import { ERRNO_NAMES, ERRORCODE } from './errno_data';
import { registerNative, newModule } from './registry';

registerNative('errno', () => {
  const m = newModule('errno', 'This module makes available standard errno system symbols.');
  const codes = new PyDict();
  for (const [name, n] of ERRNO_NAMES) m.dict.set(name, n);
  for (const [n, name] of Object.entries(ERRORCODE)) codes.set(Number(n), A.mkStr(name));
  m.dict.set('errorcode', codes);
  return m;
});
