/**
 * `python -m tokenize [-e] [filename.py]`: Lib/tokenize.py's main(), output
 * to the character ("%-20s%-15s%-15r" per token), its error lines and exit
 * statuses.
 */
import { TOKEN_NAMES } from './tokens';
import { strRepr } from '../objects/repr';
import { tokenizeBytes, tokenizeLines, splitLinesKeepEnds, type TokenizeResult } from './tokenize_module';

export interface TokenizeMainIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Uint8Array;
}

const USAGE = 'usage: python -m tokenize [-h] [-e] [filename.py]\n';
const HELP =
  USAGE +
  '\npositional arguments:\n  filename.py  the file to tokenize; defaults to stdin\n\noptions:\n' +
  '  -h, --help   show this help message and exit\n  -e, --exact  display token names using the exact type\n';

function padEnd(s: string, n: number): string {
  // Python pads by code points
  const len = [...s].length;
  return len >= n ? s : s + ' '.repeat(n - len);
}

function osErrorText(e: unknown, filename: string): string {
  const code = (e as { code?: string }).code;
  const q = strRepr(filename);
  if (code === 'ENOENT') return `[Errno 2] No such file or directory: ${q}`;
  if (code === 'EISDIR') return `[Errno 21] Is a directory: ${q}`;
  if (code === 'EACCES') return `[Errno 13] Permission denied: ${q}`;
  return String((e as Error).message ?? e);
}

export function tokenizeMain(argv: string[], io: TokenizeMainIO): number {
  let exact = false;
  let filename: string | null = null;
  const extra: string[] = [];
  let onlyPositional = false;
  for (const a of argv) {
    if (!onlyPositional && a === '--') onlyPositional = true;
    else if (!onlyPositional && (a === '-h' || a === '--help')) {
      io.stdout(HELP);
      return 0;
    } else if (!onlyPositional && (a === '-e' || a === '--exact')) exact = true;
    else if (!onlyPositional && a.startsWith('-') && a !== '-') {
      io.stderr(USAGE + `python -m tokenize: error: unrecognized arguments: ${a}\n`);
      return 2;
    } else if (filename === null) filename = a;
    else extra.push(a);
  }
  if (extra.length > 0) {
    io.stderr(USAGE + `python -m tokenize: error: unrecognized arguments: ${extra.join(' ')}\n`);
    return 2;
  }

  let result: TokenizeResult;
  const name = filename ?? '<stdin>';
  if (filename !== null && filename !== '') {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(filename);
    } catch (e) {
      io.stderr(`error: ${osErrorText(e, filename)}\n`);
      return 1;
    }
    result = tokenizeBytes(bytes, filename);
    // tokens = list(tokenize(...)): nothing is printed when tokenizing fails
    if (result.error !== null && result.error.kind !== 'UnicodeDecodeError') result = { tokens: [], error: result.error };
    else if (result.error !== null) result = { tokens: [], error: result.error };
  } else {
    // sys.stdin in text mode: universal newlines, tokens printed as they come
    let text: string;
    try {
      text = new TextDecoder().decode(io.readFile('/dev/stdin'));
    } catch (e) {
      io.stderr(`error: ${osErrorText(e, '/dev/stdin')}\n`);
      return 1;
    }
    result = tokenizeLines(splitLinesKeepEnds(text.replace(/\r\n?/g, '\n')), null);
  }

  let out = '';
  for (const t of result.tokens) {
    const type = exact ? t.exactType : t.type;
    const range = `${t.start[0]},${t.start[1]}-${t.end[0]},${t.end[1]}:`;
    out += padEnd(range, 20) + padEnd(TOKEN_NAMES[type], 15) + padEnd(strRepr(t.string), 15) + '\n';
  }
  if (out !== '') io.stdout(out);
  const err = result.error;
  if (err === null) return 0;
  if (err.kind === 'UnicodeDecodeError') {
    io.stderr(`unexpected error: ${err.msg}\nTraceback (most recent call last):\nUnicodeDecodeError: ${err.msg}\n`);
    return 1;
  }
  if (err.location !== null) io.stderr(`${name}:${err.location[0]}:${err.location[1]}: error: ${err.msg}\n`);
  else io.stderr(`${name}: error: ${err.msg}\n`);
  return 1;
}
