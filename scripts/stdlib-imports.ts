/**
 * Which top-level standard-library modules Typhon imports: one `typhon -c
 * "import NAME"` process per module of the library on sys.path (a crash
 * or hang in one cannot hide the others), OK or FAIL with the last line of
 * the error. Usage: node dist/scripts/stdlib-imports.js [NAME...]
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ZipArchive, stdlibLocation } from '../src/modules/stdlib';
import * as fs from 'fs';

function topLevelNames(lib: string): string[] {
  const names = new Set<string>();
  const add = (entry: string, isDir: boolean, hasInit: boolean): void => {
    if (isDir ? hasInit : entry.endsWith('.py')) names.add(isDir ? entry : entry.slice(0, -3));
  };
  if (fs.statSync(lib).isDirectory()) {
    for (const e of fs.readdirSync(lib, { withFileTypes: true })) {
      add(e.name, e.isDirectory(), e.isDirectory() && fs.existsSync(path.join(lib, e.name, '__init__.py')));
    }
  } else {
    const z = new ZipArchive(lib);
    for (const m of z.members.keys()) {
      const parts = m.split('/');
      if (parts.length === 1) add(m, false, false);
      else if (parts.length === 2 && parts[1] === '__init__.py') add(parts[0], true, true);
    }
  }
  return [...names].filter((n) => n !== '__main__' && n !== 'antigravity' && n !== 'this' && n !== '__hello__').sort();
}

/**
 * Modules that need what no JavaScript host gives (issue 6 lists them apart): the C FFI, a terminal's
 * termios, the system's crypt(3). Pyodide's archive also holds an Emscripten sysconfigdata file that is not
 * CPython's (its hyphenated name cannot even be imported by an import statement).
 */
const APART: Record<string, string> = {
  ctypes: '_ctypes is a C foreign-function interface',
  pty: 'termios: a terminal driver',
  tty: 'termios: a terminal driver',
  crypt: "the system's crypt(3) (deprecated; CPython builds often lack _crypt too)",
  '_sysconfigdata__emscripten_wasm32-emscripten': "pyodide's own file, not in CPython's Lib",
};

function main(): void {
  const lib = stdlibLocation();
  if (lib === null) throw new Error('no standard library found (npm install, or set TYPHON_STDLIB)');
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : topLevelNames(lib);
  const typhon = path.resolve(__dirname, '../../bin/typhon.js');
  let ok = 0;
  let apart = 0;
  for (const name of names) {
    if (APART[name] !== undefined && wanted.length === 0) {
      apart++;
      console.log(`APART ${name}: ${APART[name]}`);
      continue;
    }
    const r = spawnSync(process.execPath, [typhon, '-c', `import ${name}`], { encoding: 'utf8', timeout: 20000 });
    if (r.status === 0) {
      ok++;
      console.log(`OK   ${name}`);
    } else {
      const lines = (r.stderr || (r.error ? String(r.error) : `exit ${r.status ?? r.signal}`)).trim().split('\n');
      console.log(`FAIL ${name}: ${lines[lines.length - 1]}`);
    }
  }
  const counted = names.length - apart;
  console.log(`${ok} of ${counted} modules import (${((100 * ok) / counted).toFixed(1)}%); ${apart} listed apart`);
}

main();
