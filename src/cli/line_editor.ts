/**
 * A synchronous line editor for the interactive prompt on a terminal, in
 * the spirit of the readline CPython's REPL uses: cursor movement (arrows,
 * Home/End, Ctrl-A/E/B/F), editing (Backspace, Delete, Ctrl-U/K/W),
 * history (Up/Down, Ctrl-P/N; kept in ~/.typhon_history as Python keeps
 * ~/.python_history), Ctrl-C (KeyboardInterrupt at the prompt) and Ctrl-D
 * (EOF on an empty line). The VM is synchronous, so the terminal is put in
 * non-canonical mode with `stty` and read byte by byte from fd 0, then
 * restored before the line runs.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { execSync } from 'child_process';

export class Interrupted {}

const HISTORY_MAX = 1000;

export class LineEditor {
  private readonly history: string[] = [];
  private readonly file: string | null;
  private saved: string | null = null;

  constructor(private readonly write: (s: string) => void) {
    let f: string | null = null;
    try {
      f = path.join(os.homedir(), '.typhon_history');
      if (fs.existsSync(f)) this.history.push(...fs.readFileSync(f, 'utf8').split('\n').filter((l) => l !== '').slice(-HISTORY_MAX));
    } catch {
      f = null;
    }
    this.file = f;
  }

  private stty(args: string): string {
    return execSync(`stty ${args}`, { stdio: ['inherit', 'pipe', 'ignore'], encoding: 'utf8' }).trim();
  }

  private raw(): void {
    if (this.saved === null) this.saved = this.stty('-g');
    this.stty('-icanon -echo -isig -ixon min 1 time 0');
  }

  restore(): void {
    if (this.saved !== null) {
      try {
        this.stty(this.saved);
      } catch {
        // The terminal went away.
      }
    }
  }

  private readByte(): number | null {
    const b = Buffer.alloc(1);
    for (;;) {
      try {
        const n = fs.readSync(0, b, 0, 1, null);
        return n === 0 ? null : b[0];
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') return null;
        throw e;
      }
    }
  }

  /** A UTF-8 character whose first byte is `first`. */
  private readChar(first: number): string {
    const len = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
    const bytes = [first];
    for (let i = 1; i < len; i++) {
      const b = this.readByte();
      if (b === null) break;
      bytes.push(b);
    }
    return Buffer.from(bytes).toString('utf8');
  }

  /** One line, without its newline; null at EOF; throws Interrupted on Ctrl-C. */
  readLine(prompt: string): string | null {
    this.raw();
    try {
      return this.edit(prompt);
    } finally {
      this.restore();
    }
  }

  private edit(prompt: string): string | null {
    let chars: string[] = [];
    let cur = 0;
    let hist = this.history.length;
    let draft: string[] = [];
    const redraw = (): void => {
      // Carriage return, prompt and text, clear to the end, then put the cursor back.
      const text = chars.join('');
      const tail = chars.slice(cur).join('');
      this.write(`\r${prompt}${text}\x1b[K${tail.length ? `\x1b[${[...tail].length}D` : ''}`);
    };
    this.write(prompt);
    for (;;) {
      const b = this.readByte();
      if (b === null) return chars.length ? chars.join('') : null;
      if (b === 0x0d || b === 0x0a) {
        this.write('\r\n');
        const line = chars.join('');
        this.remember(line);
        return line;
      }
      if (b === 0x03) {
        this.write('\r\n');
        throw new Interrupted();
      }
      if (b === 0x04) {
        if (chars.length === 0) return null;
        if (cur < chars.length) {
          chars.splice(cur, 1);
          redraw();
        }
        continue;
      }
      if (b === 0x7f || b === 0x08) {
        if (cur > 0) {
          chars.splice(--cur, 1);
          redraw();
        }
        continue;
      }
      if (b === 0x01) cur = 0;
      else if (b === 0x05) cur = chars.length;
      else if (b === 0x02) cur = Math.max(0, cur - 1);
      else if (b === 0x06) cur = Math.min(chars.length, cur + 1);
      else if (b === 0x15) {
        chars = chars.slice(cur);
        cur = 0;
      } else if (b === 0x0b) chars = chars.slice(0, cur);
      else if (b === 0x17) {
        let i = cur;
        while (i > 0 && chars[i - 1] === ' ') i--;
        while (i > 0 && chars[i - 1] !== ' ') i--;
        chars.splice(i, cur - i);
        cur = i;
      } else if (b === 0x10 || b === 0x0e) {
        ({ chars, cur, hist, draft } = this.move(b === 0x10 ? -1 : 1, chars, hist, draft));
      } else if (b === 0x0c) {
        this.write('\x1b[H\x1b[2J');
      } else if (b === 0x1b) {
        const k = this.escape();
        if (k === 'left') cur = Math.max(0, cur - 1);
        else if (k === 'right') cur = Math.min(chars.length, cur + 1);
        else if (k === 'home') cur = 0;
        else if (k === 'end') cur = chars.length;
        else if (k === 'delete') {
          if (cur < chars.length) chars.splice(cur, 1);
        } else if (k === 'up' || k === 'down') ({ chars, cur, hist, draft } = this.move(k === 'up' ? -1 : 1, chars, hist, draft));
      } else if (b === 0x09) {
        chars.splice(cur++, 0, '\t');
      } else if (b >= 0x20) {
        chars.splice(cur++, 0, this.readChar(b));
      } else continue;
      redraw();
    }
  }

  private move(dir: number, chars: string[], hist: number, draft: string[]): { chars: string[]; cur: number; hist: number; draft: string[] } {
    if (hist === this.history.length) draft = chars;
    const h = Math.max(0, Math.min(this.history.length, hist + dir));
    const next = h === this.history.length ? draft : [...this.history[h]];
    return { chars: next.slice(), cur: next.length, hist: h, draft };
  }

  /** The key an escape sequence names (CSI or SS3 forms). */
  private escape(): string | null {
    const b1 = this.readByte();
    if (b1 !== 0x5b && b1 !== 0x4f) return null;
    let seq = '';
    for (;;) {
      const b = this.readByte();
      if (b === null) return null;
      seq += String.fromCharCode(b);
      if (b >= 0x40 && b <= 0x7e) break;
    }
    const keys: Record<string, string> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', '1~': 'home', '4~': 'end', '7~': 'home', '8~': 'end', '3~': 'delete' };
    return keys[seq] ?? null;
  }

  private remember(line: string): void {
    if (line.trim() === '' || this.history[this.history.length - 1] === line) return;
    this.history.push(line);
    if (this.history.length > HISTORY_MAX) this.history.shift();
    if (this.file !== null) {
      try {
        fs.appendFileSync(this.file, line.replace(/\n/g, ' ') + '\n');
      } catch {
        // History is a convenience: a read-only home directory must not stop the prompt.
      }
    }
  }
}
