# _testinternalcapi's configuration view and recursion depth, as Lib/test reads them.
import sys
import _testinternalcapi as t
c = t.get_config()
print(len(c), list(c))
for k in ['_config_init', 'isolated', 'use_environment', 'dev_mode', 'code_debug_ranges', 'optimization_level',
          'verbose', 'quiet', 'site_import', 'bytes_warning', 'inspect', 'interactive', 'parser_debug',
          'xoptions', 'warnoptions', 'run_command', 'run_module', 'check_hash_pycs_mode', 'safe_path']:
    print(k, c[k])
print(c['argv'] == sys.argv, c['orig_argv'][1:], c['run_filename'] == __file__, c['executable'] == sys.executable)
print(c['module_search_paths'] == sys.path, c['stdlib_dir'] == sys._stdlib_dir, c['prefix'] == sys.prefix)
def depth(n):
    return t.get_recursion_depth() if n == 0 else depth(n - 1)
print(t.get_recursion_depth(), depth(0), depth(10), t.SIZEOF_PYGC_HEAD)
print(sys.orig_argv[1:])
