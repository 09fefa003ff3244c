/**
 * _testinternalcapi: the part of CPython's internal test module that says
 * something true about Typhon, so that Lib/test can ask it: get_config()
 * (PyConfig as _PyConfig_AsDict lays it out, read from Typhon's own sys
 * state and command line), get_recursion_depth() (Python frames on the
 * stack) and SIZEOF_PYGC_HEAD (the GC header sys.getsizeof counts, as
 * CPython's 64-bit build). The rest of the module tests C internals Typhon
 * does not have (hashtables, bswap, eval-frame hooks, path config) and is left
 * out, so that a test which needs it fails with an AttributeError.
 */
import * as nodePath from 'path';
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/containers';
import { None } from '../objects/types';
import { moduleFunction } from '../objects/define';
import { ts } from '../vm/thread_state';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { lazy } from '../util/lazy';

const lazy_sys = lazy(() => require('./sys') as typeof import('./sys'));

function sysAttr(name: string): Value {
  return A.getAttr(lazy_sys().sysModule, name);
}
const flag = (name: string): number => Number(A.intValue(A.getAttr(sysAttr('flags'), name)) ?? 0);
const notFlag = (name: string): number => (flag(name) ? 0 : 1);
const envOrNone = (name: string): Value => (process.env[name] !== undefined ? A.mkStr(process.env[name]!) : None);
const strList = (items: string[]): PyList => new PyList(items.map((s) => A.mkStr(s)));

/** The option after `-c`/`-m`, or the script, from the command line as the CLI read it. */
function runTarget(origArgv: string[]): { command: Value; module: Value; filename: Value } {
  const out = { command: None as Value, module: None as Value, filename: None as Value };
  for (let i = 1; i < origArgv.length; i++) {
    const a = origArgv[i];
    if (a === '-c' || a === '-m') {
      const v = origArgv[i + 1];
      if (v !== undefined) {
        if (a === '-c') out.command = A.mkStr(v + '\n');
        else out.module = A.mkStr(v);
      }
      return out;
    }
    if (a === '-X' || a === '-W') {
      i++;
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      // config_run_filename_abspath
      if (a !== '-') out.filename = A.mkStr(nodePath.resolve(a));
      return out;
    }
  }
  return out;
}

function getConfig(): Value {
  const xo = sysAttr('_xoptions') as PyDict;
  const xoptions = A.toArray(xo).map((k) => {
    const v = xo.get(k);
    return v === true ? A.strValue(k) : `${A.strValue(k)}=${A.strValue(v as Value)}`;
  });
  const origArgv = A.toArray(sysAttr('orig_argv')).map((v) => A.strValue(v));
  const seed = process.env.PYTHONHASHSEED;
  const useSeed = seed !== undefined && seed !== 'random' && seed !== '';
  const stdout = sysAttr('stdout');
  const run = runTarget(origArgv);
  const noDebugRanges = xoptions.includes('no_debug_ranges') || (process.env.PYTHONNODEBUGRANGES ?? '') !== '';
  const d = new PyDict();
  const entries: [string, Value][] = [
    ['_config_init', 2],
    ['isolated', flag('isolated')],
    ['use_environment', notFlag('ignore_environment')],
    ['dev_mode', flag('dev_mode')],
    ['install_signal_handlers', 1],
    ['use_hash_seed', useSeed ? 1 : 0],
    ['hash_seed', useSeed ? Number(seed) || 0 : 0],
    ['faulthandler', 0],
    ['tracemalloc', 0],
    ['import_time', 0],
    ['code_debug_ranges', noDebugRanges ? 0 : 1],
    ['show_ref_count', 0],
    ['dump_refs', 0],
    ['malloc_stats', 0],
    ['filesystem_encoding', A.call(sysAttr('getfilesystemencoding'), [])],
    ['filesystem_errors', A.call(sysAttr('getfilesystemencodeerrors'), [])],
    ['pycache_prefix', sysAttr('pycache_prefix')],
    ['program_name', sysAttr('executable')],
    ['parse_argv', 2],
    ['argv', new PyList(A.toArray(sysAttr('argv')))],
    ['xoptions', strList(xoptions)],
    ['warnoptions', new PyList(A.toArray(sysAttr('warnoptions')))],
    ['pythonpath_env', envOrNone('PYTHONPATH')],
    ['home', envOrNone('PYTHONHOME')],
    ['module_search_paths_set', 1],
    ['module_search_paths', strList(lazy_sys().initialPath())],
    ['stdlib_dir', sysAttr('_stdlib_dir')],
    ['executable', sysAttr('executable')],
    ['base_executable', sysAttr('_base_executable')],
    ['prefix', sysAttr('prefix')],
    ['base_prefix', sysAttr('base_prefix')],
    ['exec_prefix', sysAttr('exec_prefix')],
    ['base_exec_prefix', sysAttr('base_exec_prefix')],
    ['platlibdir', sysAttr('platlibdir')],
    ['site_import', notFlag('no_site')],
    ['bytes_warning', flag('bytes_warning')],
    ['warn_default_encoding', flag('warn_default_encoding')],
    ['inspect', flag('inspect')],
    ['interactive', flag('interactive')],
    ['optimization_level', flag('optimize')],
    ['parser_debug', flag('debug')],
    ['write_bytecode', notFlag('dont_write_bytecode')],
    ['verbose', flag('verbose')],
    ['quiet', flag('quiet')],
    ['user_site_directory', notFlag('no_user_site')],
    ['configure_c_stdio', 1],
    ['buffered_stdio', A.isTrue(A.getAttrOrNull(stdout, 'write_through') ?? false) ? 0 : 1],
    ['stdio_encoding', A.getAttr(stdout, 'encoding')],
    ['stdio_errors', A.getAttr(stdout, 'errors')],
    ['skip_source_first_line', 0],
    ['run_command', run.command],
    ['run_module', run.module],
    ['run_filename', run.filename],
    ['_install_importlib', 1],
    ['check_hash_pycs_mode', 'default'],
    ['pathconfig_warnings', 1],
    ['_init_main', 1],
    ['_isolated_interpreter', 0],
    ['orig_argv', strList(origArgv)],
    ['use_frozen_modules', 1],
    ['safe_path', flag('safe_path')],
    ['_is_python_build', 0],
  ];
  for (const [k, v] of entries) d.set(k, v);
  return d;
}

registerNative('_testinternalcapi', () => {
  const m = newModule('_testinternalcapi');
  const d = m.dict;
  d.set('SIZEOF_PYGC_HEAD', 16);
  moduleFunction(d, '_testinternalcapi', 'get_config', () => getConfig());
  moduleFunction(d, '_testinternalcapi', 'get_recursion_depth', () => ts.depth);
  return m;
});
