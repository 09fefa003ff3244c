/**
 * The real-world corpora the parity sweeps run over: every `.py` file of
 * python3's own standard library (Lib/, without Lib/test and site-packages)
 * and of its Lib/test directory. python3 is the oracle, so its own Lib keeps
 * library and oracle at one version.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export function python3(): string {
  return process.env.TYPHON_ORACLE ?? 'python3';
}

let stdlibDirCache: string | undefined;
export function stdlibDir(): string {
  if (!stdlibDirCache) {
    stdlibDirCache = execFileSync(python3(), ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], {
      encoding: 'utf8',
    }).trim();
  }
  return stdlibDirCache;
}

function walk(dir: string, out: string[], skip: (p: string) => boolean): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (skip(p)) continue;
    if (e.isDirectory()) walk(p, out, skip);
    else if (e.isFile() && e.name.endsWith('.py')) out.push(p);
  }
}

/** Every .py of the standard library outside Lib/test and site-packages, sorted. */
export function stdlibFiles(): string[] {
  const root = stdlibDir();
  const testDir = path.join(root, 'test');
  const site = path.join(root, 'site-packages');
  const out: string[] = [];
  walk(root, out, (p) => p === testDir || p === site || p.endsWith('__pycache__'));
  return out.sort();
}

/** Every .py of Lib/test, sorted. */
export function libTestFiles(): string[] {
  const out: string[] = [];
  walk(path.join(stdlibDir(), 'test'), out, (p) => p.endsWith('__pycache__'));
  return out.sort();
}
