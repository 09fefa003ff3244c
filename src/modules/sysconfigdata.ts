/**
 * _sysconfigdata__linux_x86_64-linux-gnu: the build-time variables sysconfig
 * reads (sysconfig._init_posix imports the module named after
 * sys.implementation._multiarch). They describe Typhon, which no C compiler
 * built: the compiler and linker variables are empty, and there is no fork
 * or dynamic loading of C extensions; the platform's values (sizes of C
 * types on x86-64 Linux, TZPATH) are the ones CPython's build has there.
 */
import { PyDict } from '../objects/dict';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { INSTALL_ROOT } from './sys';
import * as nodePath from 'path';

const NAME = '_sysconfigdata__linux_x86_64-linux-gnu';

function vars(): [string, string | number][] {
  const lib = nodePath.join(INSTALL_ROOT, 'lib');
  return [
    ['ABIFLAGS', ''], ['AR', ''], ['BINDIR', nodePath.join(INSTALL_ROOT, 'bin')], ['BINLIBDEST', nodePath.join(lib, 'python3.11')],
    ['BLDSHARED', ''], ['CC', ''], ['CCSHARED', ''], ['CFLAGS', ''], ['CONFIG_ARGS', ''], ['CXX', ''],
    ['EXE', ''], ['EXT_SUFFIX', '.typhon-311-x86_64-linux-gnu.so'], ['HAVE_DYNAMIC_LOADING', 0], ['HAVE_FORK', 0],
    ['HOST_GNU_TYPE', 'x86_64-pc-linux-gnu'], ['LDFLAGS', ''], ['LDLIBRARY', ''], ['LDSHARED', ''], ['LIBDEST', nodePath.join(lib, 'python3.11')],
    ['LIBDIR', lib], ['LIBRARY', ''], ['MACHDEP', 'linux'], ['MULTIARCH', 'x86_64-linux-gnu'], ['OPT', ''],
    ['Py_DEBUG', 0], ['Py_ENABLE_SHARED', 0], ['Py_HASH_ALGORITHM', 0], ['Py_TRACE_REFS', 0], ['SHLIB_SUFFIX', '.so'],
    ['SIZEOF_DOUBLE', 8], ['SIZEOF_FLOAT', 4], ['SIZEOF_INT', 4], ['SIZEOF_LONG', 8], ['SIZEOF_LONG_DOUBLE', 16],
    ['SIZEOF_LONG_LONG', 8], ['SIZEOF_OFF_T', 8], ['SIZEOF_PID_T', 4], ['SIZEOF_SHORT', 2], ['SIZEOF_SIZE_T', 8],
    ['SIZEOF_TIME_T', 8], ['SIZEOF_VOID_P', 8], ['SIZEOF_WCHAR_T', 4], ['SOABI', 'typhon-311-x86_64-linux-gnu'],
    ['TZPATH', '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo'], ['VERSION', '3.11'],
    ['WITH_DOC_STRINGS', 1], ['WITH_PYMALLOC', 0], ['exec_prefix', INSTALL_ROOT], ['prefix', INSTALL_ROOT], ['py_version_nodot', '311'],
  ];
}

registerNative(NAME, () => {
  const m = newModule(NAME);
  const d = new PyDict();
  for (const [k, v] of vars()) d.set(A.mkStr(k), typeof v === 'string' ? A.mkStr(v) : v);
  m.dict.set('build_time_vars', d);
  return m;
});
