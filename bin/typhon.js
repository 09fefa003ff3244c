#!/usr/bin/env node
'use strict';
require('./code-cache');
const fs = require('fs');
const path = require('path');
// The one-file build of dist/src (npm run build), unless tsc has written dist since it was made.
const cli = path.join(__dirname, '..', 'dist', 'src', 'cli');
let entry = path.join(cli, 'main.js');
try {
  const bundle = path.join(cli, 'bundle.js');
  if (fs.statSync(bundle).mtimeMs >= fs.statSync(entry).mtimeMs) entry = bundle;
} catch {
  // No bundle: the separate modules.
}
require(entry).main(process.argv.slice(2));
// Everything the program wrote is written (the VM writes synchronously): exit now rather than
// wait for V8's background compile jobs, which a natural exit drains first.
process.exit(process.exitCode ?? 0);
