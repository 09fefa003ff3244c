/**
 * Private name mangling (CPython's _Py_Mangle in Python/compile.c): inside
 * class `C`, an identifier `__x` becomes `_C__x` unless it ends with two
 * underscores or contains a dot. The symbol table stores mangled names.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  // Don't mangle __id__ or dotted names (import a.b).
  if (name.endsWith('__') || name.includes('.')) return name;
  let i = 0;
  while (i < privateName.length && privateName[i] === '_') i++;
  // Don't mangle if the class name is only underscores.
  if (i === privateName.length) return name;
  return '_' + privateName.slice(i) + name;
}
