'use strict';
// V8's code cache for Typhon's own compiled modules (dist/): compiling
// ~200 JavaScript files is a third of the start-up time, and Node 20 has no
// compile cache of its own for CommonJS. Each file's cache sits in
// dist/.v8cache, keyed by the file's path, size and mtime; a cache V8
// rejects (another Node version) is rewritten, and a folder that cannot be
// written only costs the cache.
const Module = require('module');
const vm = require('vm');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const dist = path.resolve(__dirname, '..', 'dist');
const cacheDir = path.join(dist, '.v8cache');
let writable = true;

function cacheFile(filename) {
  const st = fs.statSync(filename);
  const key = crypto.createHash('md5').update(`${filename}\0${st.size}\0${st.mtimeMs}\0${process.version}`).digest('hex');
  return path.join(cacheDir, key);
}

const original = Module.prototype._compile;
Module.prototype._compile = function compileWithCache(content, filename) {
  if (!filename.startsWith(dist + path.sep) || process.env.TYPHON_NO_CODE_CACHE) return original.call(this, content, filename);
  let file = null;
  let cached;
  try {
    file = cacheFile(filename);
    cached = fs.readFileSync(file);
  } catch {
    cached = undefined;
  }
  const script = new vm.Script(Module.wrap(content), { filename, cachedData: cached });
  const fn = script.runInThisContext({ displayErrors: true });
  const mod = this;
  function require(id) {
    return mod.require(id);
  }
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.main = process.mainModule;
  require.cache = Module._cache;
  const result = fn.call(mod.exports, mod.exports, require, mod, filename, path.dirname(filename));
  if (file !== null && writable && (cached === undefined || script.cachedDataRejected)) {
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(file, script.createCachedData());
    } catch {
      writable = false;
    }
  }
  return result;
};
