/** The loop's const enum must be the one opcode table's numbers (const enums cannot be derived at run time). */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { OPCODES } from '../../src/bytecode/opcodes';

test('src/vm/opcodes.ts matches src/bytecode/opcodes.ts', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'src', 'vm', 'opcodes.ts'), 'utf8');
  const enumEntries = new Map<string, number>();
  for (const m of text.matchAll(/^\s+([A-Z_]+) = (\d+),$/gm)) enumEntries.set(m[1], Number(m[2]));
  const table = new Map(OPCODES.map((o) => [o.name, o.code]));
  assert.deepEqual([...enumEntries].sort(), [...table].sort());
});
