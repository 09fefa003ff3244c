/** Run python3 (the oracle) once on a script, feeding it a JSON value on stdin and reading JSON back. */
import { spawnSync } from 'child_process';

export function runPythonJSON<T>(script: string, input: unknown): T {
  const r = spawnSync(process.env.TYPHON_ORACLE ?? 'python3', ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  if (r.status !== 0) throw new Error('python3 failed: ' + r.stderr);
  return JSON.parse(r.stdout) as T;
}
