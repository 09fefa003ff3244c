/**
 * _opcode (Modules/_opcode.c): stack_effect over the one opcode table
 * (src/bytecode/opcodes.ts), with _opcode.c's argument rules and errors;
 * get_specialization_stats is None as in a CPython built without stats.
 */
import type { Value } from '../objects/base';
import { None } from '../objects/types';
import { newException, ValueError } from '../objects/exceptions';
import { moduleFunction, parseArgs } from '../objects/define';
import * as A from '../objects/abstract';
import { stackEffect, HAVE_ARGUMENT } from '../bytecode/opcodes';
import { registerNative, newModule } from './registry';

const fail = (msg: string): never => {
  throw newException(ValueError, msg);
};

function create(): ReturnType<typeof newModule> {
  const m = newModule('_opcode', 'Opcode support module.');
  moduleFunction(m.dict, '_opcode', 'stack_effect', (args: Value[], kw: string[] | null) => {
    const [opV, oparg, jump] = parseArgs('stack_effect', args, kw, ['opcode', 'oparg', 'jump'], 1, 2, 2);
    const opcode = Number(A.asIndex(opV!));
    let arg = 0;
    if (opcode >= HAVE_ARGUMENT) {
      if (oparg === null || oparg === None) fail('stack_effect: opcode requires oparg but oparg was not specified');
      arg = Number(A.asIndex(oparg!));
    } else if (oparg !== null && oparg !== None) fail('stack_effect: opcode does not permit oparg but oparg was specified');
    let j: boolean | undefined;
    if (jump === null || jump === None) j = undefined;
    else if (jump === true || jump === false) j = jump;
    else fail('stack_effect: jump must be False, True or None');
    try {
      return stackEffect(opcode, arg, j);
    } catch (e) {
      if (e instanceof RangeError) fail('invalid opcode or oparg');
      throw e;
    }
  });
  moduleFunction(m.dict, '_opcode', 'get_specialization_stats', () => None);
  return m;
}

registerNative('_opcode', create);
