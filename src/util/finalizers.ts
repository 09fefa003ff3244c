/**
 * What the interpreter does as the process ends (Py_FinalizeEx): the VM adds
 * its step when it loads, and the command line runs them after the program,
 * so a run that never started the VM (typhon -m dis, --version) has none.
 * Each takes the exit status and returns the one to exit with.
 */
export const finalizers: ((status: number) => number)[] = [];
