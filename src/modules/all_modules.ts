/**
 * Every native module. The builtins' own files (and io, warnings) load at start-up; each other
 * module's file loads when the module is first imported (registry.ts
 * registerLazy), so a program pays only for what it imports.
 */
import './sys_trace';
import './builtins_numbers';
import './builtins_iter';
import './builtins_exec';
// These two also install what the core uses without importing them: builtins.open, and the
// compiler's hook for SyntaxWarning and DeprecationWarning.
import './io';
import './warnings';
import { registerLazy } from './registry';

registerLazy(['_weakref'], () => require('./weakref'));
registerLazy(['itertools'], () => require('./itertools'));
registerLazy(['math'], () => require('./math'));
registerLazy(['cmath'], () => require('./cmath'));
registerLazy(['_collections'], () => require('./collections'));
registerLazy(['posix'], () => require('./posix'));
registerLazy(['errno'], () => require('./errno'));
registerLazy(['_stat'], () => require('./stat'));
registerLazy(['time'], () => require('./time'));
registerLazy(['_sre'], () => require('./sre'));
registerLazy(['_thread'], () => require('./thread'));
registerLazy(['_signal'], () => require('./signal'));
registerLazy(['atexit'], () => require('./atexit'));
registerLazy(['gc'], () => require('./gc'));
registerLazy(['_string'], () => require('./string'));
registerLazy(['_tokenize'], () => require('./tokenize_c'));
registerLazy(['_testinternalcapi'], () => require('./testinternalcapi'));
registerLazy(['_locale'], () => require('./locale'));
registerLazy(['_codecs'], () => require('./codecs'));
registerLazy(['_functools'], () => require('./functools'));
registerLazy(['_operator'], () => require('./operator'));
registerLazy(['_struct'], () => require('./struct'));
registerLazy(['_random'], () => require('./random'));
registerLazy(['_bisect'], () => require('./bisect'));
registerLazy(['_heapq'], () => require('./heapq'));
registerLazy(['_imp'], () => require('./imp'));
registerLazy(['marshal'], () => require('./marshal'));
registerLazy(['_contextvars'], () => require('./contextvars'));
registerLazy(['binascii'], () => require('./binascii'));
registerLazy(['_md5', '_sha1', '_sha256', '_sha512', '_sha3', '_blake2'], () => require('./hashes'));
registerLazy(['_opcode'], () => require('./opcode'));
registerLazy(['_symtable'], () => require('./symtable'));
registerLazy(['unicodedata'], () => require('./unicodedata'));
registerLazy(['array'], () => require('./array'));
registerLazy(['zlib'], () => require('./zlib'));
registerLazy(['select'], () => require('./select'));
registerLazy(['_socket'], () => require('./socket'));
registerLazy(['_posixsubprocess'], () => require('./posixsubprocess'));
registerLazy(['_json'], () => require('./json'));
registerLazy(['_frozen_importlib', '_frozen_importlib_external'], () => require('./frozen_importlib'));
registerLazy(['_sysconfigdata__linux_x86_64-linux-gnu'], () => require('./sysconfigdata'));
registerLazy(['_csv'], () => require('./csv'));
registerLazy(['pwd', 'grp'], () => require('./pwd_grp'));
