/** Every native module (each file registers itself with registry.ts). */
import './sys_trace';
import './builtins_numbers';
import './builtins_iter';
import './builtins_exec';
import './weakref';
