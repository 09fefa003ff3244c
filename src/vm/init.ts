/**
 * Loads every file that fills the builtin types' dicts and the native
 * modules, in dependency order. Importing this module makes the VM ready.
 */
import '../objects/object_type';
import './classes';
import './eval';
import '../objects/all_types';
import '../modules/sys';
import '../modules/builtins';
import '../modules/all_modules';
