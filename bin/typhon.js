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
