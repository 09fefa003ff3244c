/** The marshal module's engine: loads/dumps of CPython 3.11's format (version 4). */
export { loads, loadsWithLength } from './read';
export { dumps, formatG17 } from './write';
export { PyMarshalError, type PyErrorKind } from './errors';
export { MARSHAL_VERSION } from './types';
