/**
 * `typhon -m ast`: Lib/ast.py's main() — parse a file (or stdin) and print
 * ast.dump(tree, include_attributes=-a, indent=-i) with type comments on
 * unless --no-type-comments.
 */
import { decodeSource } from '../tokenizer/source';
import { parse } from '../parser/index';
import { dump } from '../ast/dump';
import { PySyntaxError } from '../tokenizer/errors';
import { formatSyntaxError } from './syntax_error_format';
import type { ParseMode } from '../parser/parser';

interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Uint8Array;
  readStdin: () => Uint8Array;
}

const USAGE = 'usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a] [-i INDENT] [infile]\n';
const MODES = ['exec', 'single', 'eval', 'func_type'];

function argError(io: IO, msg: string): number {
  io.stderr(USAGE + `python -m ast: error: ${msg}\n`);
  return 2;
}

export function astMain(argv: string[], io: IO): number {
  let mode: ParseMode = 'exec';
  let typeComments = true;
  let includeAttributes = false;
  let indent = 3;
  let infile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      io.stdout(USAGE);
      return 0;
    } else if (a === '-m' || a === '--mode' || a.startsWith('--mode=')) {
      const v = a.startsWith('--mode=') ? a.slice(7) : argv[++i];
      if (v === undefined) return argError(io, `argument -m/--mode: expected one argument`);
      if (!MODES.includes(v))
        return argError(io, `argument -m/--mode: invalid choice: '${v}' (choose from 'exec', 'single', 'eval', 'func_type')`);
      mode = v as ParseMode;
    } else if (a === '--no-type-comments') typeComments = false;
    else if (a === '-a' || a === '--include-attributes') includeAttributes = true;
    else if (a === '-i' || a === '--indent' || a.startsWith('--indent=')) {
      const v = a.startsWith('--indent=') ? a.slice(9) : argv[++i];
      if (v === undefined) return argError(io, `argument -i/--indent: expected one argument`);
      if (!/^\s*[-+]?\d+\s*$/.test(v)) return argError(io, `argument -i/--indent: invalid int value: '${v}'`);
      indent = parseInt(v, 10);
    } else if (a.startsWith('-') && a !== '-') return argError(io, `unrecognized arguments: ${a}`);
    else if (infile === null) infile = a;
    else return argError(io, `unrecognized arguments: ${a}`);
  }
  const name = infile === null || infile === '-' ? '<stdin>' : infile;
  let bytes: Uint8Array;
  try {
    bytes = infile === null || infile === '-' ? io.readStdin() : io.readFile(infile);
  } catch {
    return argError(io, `argument infile: can't open '${infile}': [Errno 2] No such file or directory: '${infile}'`);
  }
  try {
    const { text } = decodeSource(bytes, name);
    const tree = parse(text, { filename: name, mode, typeComments });
    // ast.dump with indent <= 0 still breaks lines (indent '' inserts newlines).
    io.stdout(dump(tree, { includeAttributes, indent: indent < 0 ? '' : indent }) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // CPython also lists the frames of Lib/ast.py and runpy here; they appear
      // once the VM runs CPython's own ast module instead of this stand-in.
      io.stderr('Traceback (most recent call last):\n' + formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}
