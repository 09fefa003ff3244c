/** CHECK_EG_MATCH and PREP_RERAISE_STAR (except*, ceval.c exception_group_match / _PyExc_PrepReraiseStar). */
import type { Frame } from './frame';
import { newException, NotImplementedError } from '../objects/exceptions';

export function exceptStarOp(_f: Frame, _op: number, _arg: number, _sp: number): number {
  throw newException(NotImplementedError, 'except* is not supported by the VM yet');
}
