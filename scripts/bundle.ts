/**
 * `npm run build`'s second step: the command line and everything it loads
 * (dist/src/**) as one CommonJS file, dist/src/cli/bundle.js. Node then
 * reads, resolves and compiles one file instead of ~200 at every start
 * (bin/typhon.js uses it while it is newer than tsc's output, and V8's code
 * cache applies to it as to the rest). It sits at the depth of the files it
 * replaces, so paths computed from __dirname stay right.
 */
import * as path from 'path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..');

buildSync({
  entryPoints: [path.join(ROOT, 'dist', 'src', 'cli', 'main.js')],
  outfile: path.join(ROOT, 'dist', 'src', 'cli', 'bundle.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'error',
});
