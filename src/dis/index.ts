/** The `dis` module's printer for 3.11 code objects. */
export { disassemble, disRecursive, getInstructions, findLabels, findLineStarts, unpackOpargs, type Instruction } from './disassemble';
export { pyRepr, codeRepr, addressOf, setSetOrder } from './repr';
export { cpythonSetOrder, pyHash } from './set_order';
