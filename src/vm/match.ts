/** MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS (structural pattern matching, ceval.c match_class / match_keys). */
import type { Frame } from './frame';
import { newException, NotImplementedError } from '../objects/exceptions';

export function matchOp(_f: Frame, _op: number, _arg: number, _sp: number): number {
  throw newException(NotImplementedError, 'match statements are not supported by the VM yet');
}
