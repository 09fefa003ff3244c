/**
 * _io, for now over CPython's own pure-Python io implementation (_pyio,
 * which CPython keeps behaviour-identical to the C one and tests with the
 * same test_io): the whole stack — FileIO over posix's descriptors,
 * Buffered{Reader,Writer,Random,RWPair}, TextIOWrapper with codecs,
 * StringIO, BytesIO, IncrementalNewlineDecoder, open — at the speed of
 * Python code rather than native code. A native stack replaces it later;
 * sys.stdout/stderr are still the interim writers of sys.ts.
 *
 * _pyio imports `io` (for __all__, the SEEK_ constants and to register its
 * classes with io's ABCs), and io imports _io: while _pyio loads, `io` in
 * sys.modules is a small stand-in with those names; the real io.py then
 * registers the classes itself.
 */
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { None } from '../objects/types';
import { moduleFunction } from '../objects/define';
import * as A from '../objects/abstract';
import { registerNative, newModule, sysModules } from './registry';
import { builtinsDict, builtinsModule } from './builtins';
import { lazy } from '../util/lazy';

const lazy_frozen = lazy(() => require('../vm/frozen') as typeof import('../vm/frozen'));
const lazy_consts = lazy(() => require('../vm/consts') as typeof import('../vm/consts'));
const lazy_frame = lazy(() => require('../vm/frame') as typeof import('../vm/frame'));
const lazy_eval = lazy(() => require('../vm/eval') as typeof import('../vm/eval'));
const lazy_imports = lazy(() => require('../vm/imports') as typeof import('../vm/imports'));

const BRIDGE = `
import sys
_stub = type(sys)('io')
_stub.__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
                 "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
                 "BufferedReader", "BufferedWriter", "BufferedRWPair",
                 "BufferedRandom", "TextIOBase", "TextIOWrapper",
                 "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
                 "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]
_stub.SEEK_SET, _stub.SEEK_CUR, _stub.SEEK_END = 0, 1, 2
class _Registrar:
    def register(self, cls):
        return cls
for _n in ('IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase'):
    setattr(_stub, _n, _Registrar())
class FileIO:
    pass
def open_code(path):
    # PyFile_OpenCode with no hook installed (Typhon has no PyFile_SetOpenCodeHook).
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return _pyio.open(path, "rb")
_stub.open_code = open_code
_saved = sys.modules.get('io')
# A program that imports _pyio first gets here from _pyio's own 'import io':
# the bridge then loads a copy of its own and leaves the program's to finish.
_theirs = sys.modules.pop('_pyio', None)
sys.modules['io'] = _stub
try:
    import _pyio
finally:
    if _saved is None:
        del sys.modules['io']
    else:
        sys.modules['io'] = _saved
    if _theirs is not None:
        sys.modules['_pyio'] = _theirs
for _n in ('DEFAULT_BUFFER_SIZE', 'BlockingIOError', 'UnsupportedOperation', 'open', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair', 'BufferedRandom',
           'IncrementalNewlineDecoder', 'text_encoding', 'TextIOWrapper'):
    globals()[_n] = getattr(_pyio, _n)
_IOBase = _pyio.IOBase
_RawIOBase = _pyio.RawIOBase
_BufferedIOBase = _pyio.BufferedIOBase
_TextIOBase = _pyio.TextIOBase
# They stand for _io's classes: named as CPython names those (reprs, pickling).
for _c in (FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair, BufferedRandom,
           IncrementalNewlineDecoder, TextIOWrapper, _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase):
    _c.__module__ = '_io'
del _c
del _n, _stub, _Registrar, _saved, _theirs, sys
`;

function create(): ReturnType<typeof newModule> {
  const m = newModule('_io', 'The io module provides the Python interfaces to stream handling.');
  const d = m.dict;
  // In sys.modules before the bridge runs: _pyio imports names from _io while it loads.
  sysModules().set('_io', m);
  d.set('__builtins__', builtinsModule);
  const code = lazy_frozen().frozenCode(BRIDGE, '<frozen _io>');
  const Frame = lazy_frame().Frame;
  lazy_eval().runFrame(new Frame(lazy_consts().codeValue(code), null, d, builtinsDict, d), null);
  d.delete('__builtins__');
  return m;
}

registerNative('_io', create);

// builtins.open is io.open; the io stack loads on its first use.
moduleFunction(builtinsDict, 'builtins', 'open', (args, kwnames) => {
  const io = lazy_imports().importAbsolute('_io');
  return A.call(A.getAttr(io, 'open'), args, kwnames);
});

void PyDict;
void None;
