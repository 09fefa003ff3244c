/**
 * In-process file descriptors: os.pipe() and what reads and writes them.
 *
 * Node has no synchronous pipe(2), and Typhon's VM runs on one thread, so a
 * pipe is a byte queue inside this process, under a descriptor number from
 * a range real descriptors do not reach. The other end of a pipe may be a
 * child process started by _posixsubprocess: such a child runs when the
 * parent first needs what it produces (a read of its output with nothing
 * buffered, a wait for its exit), with everything written to its stdin
 * pipe by then as its input (posixsubprocess.ts).
 */

/** The first in-process descriptor number (real ones stay far below). */
export const VFD_BASE = 20000;

/** Something whose running can feed a pipe: a child process not started yet. */
export interface Producer {
  /** Runs it to completion (writing its output into its pipes and closing its ends). */
  run(): void;
  /** Whether it is waiting for more input on a pipe the parent still holds open for writing. */
  wantsInput(): boolean;
}

export class Pipe {
  chunks: Uint8Array[] = [];
  buffered = 0;
  /** Open descriptors (and not-yet-run producers) on each end. */
  readers = 0;
  writers = 0;
  /** Producers that will write into this pipe when they run. */
  producers = new Set<Producer>();
  /** Producers that read this pipe (children whose stdin it is). */
  consumers = new Set<Producer>();

  push(b: Uint8Array): void {
    if (b.length === 0) return;
    this.chunks.push(b.slice());
    this.buffered += b.length;
  }

  take(n: number): Uint8Array {
    const out = new Uint8Array(Math.min(n, this.buffered));
    let got = 0;
    while (got < out.length) {
      const c = this.chunks[0];
      const k = Math.min(c.length, out.length - got);
      out.set(c.subarray(0, k), got);
      got += k;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    this.buffered -= got;
    return out;
  }

  takeAll(): Uint8Array {
    return this.take(this.buffered);
  }
}

export interface VfdEntry {
  pipe: Pipe;
  end: 'r' | 'w';
  inheritable: boolean;
  blocking: boolean;
}

const table = new Map<number, VfdEntry>();

export function isVfd(fd: number): boolean {
  return fd >= VFD_BASE && table.has(fd);
}

export function vfdEntry(fd: number): VfdEntry | undefined {
  return fd >= VFD_BASE ? table.get(fd) : undefined;
}

function allocate(e: VfdEntry): number {
  let fd = VFD_BASE;
  while (table.has(fd)) fd++;
  table.set(fd, e);
  if (e.end === 'r') e.pipe.readers++;
  else e.pipe.writers++;
  return fd;
}

/** os.pipe(): [read end, write end]. */
export function newPipe(): [number, number] {
  const p = new Pipe();
  return [allocate({ pipe: p, end: 'r', inheritable: false, blocking: true }), allocate({ pipe: p, end: 'w', inheritable: false, blocking: true })];
}

export function dupVfd(fd: number): number {
  const e = table.get(fd)!;
  return allocate({ ...e, inheritable: false });
}

export function closeVfd(fd: number): void {
  const e = table.get(fd)!;
  table.delete(fd);
  if (e.end === 'r') e.pipe.readers--;
  else e.pipe.writers--;
}

export type ErrnoName = 'EBADF' | 'EAGAIN' | 'EPIPE' | 'EDEADLK';

export class VfdError extends Error {
  constructor(readonly code: ErrnoName, message: string) {
    super(message);
  }
}

/** Runs the producers of a pipe that has nothing buffered and may still get something. */
function runProducers(p: Pipe): void {
  for (const prod of [...p.producers]) {
    if (p.buffered > 0) return;
    prod.run();
  }
}

export function readVfd(fd: number, n: number): Uint8Array {
  const e = table.get(fd)!;
  if (e.end !== 'r') throw new VfdError('EBADF', 'Bad file descriptor');
  const p = e.pipe;
  if (p.buffered === 0 && p.producers.size > 0 && e.blocking) runProducers(p);
  if (p.buffered === 0) {
    if (p.writers === 0 || n === 0) return new Uint8Array(0);
    if (!e.blocking) throw new VfdError('EAGAIN', 'Resource temporarily unavailable');
    // This process holds the only writers: a real read would block forever.
    throw new VfdError('EDEADLK', 'read from an in-process pipe whose writers are all in this process would block forever');
  }
  return p.take(n);
}

export function writeVfd(fd: number, b: Uint8Array): number {
  const e = table.get(fd)!;
  if (e.end !== 'w') throw new VfdError('EBADF', 'Bad file descriptor');
  if (e.pipe.readers === 0) throw new VfdError('EPIPE', 'Broken pipe');
  e.pipe.push(b);
  return b.length;
}

/** poll(2)'s view of a descriptor: POLLIN 1, POLLOUT 4, POLLHUP 16; `mayRun` lets a pending producer run to make a read end ready. */
export function pollVfd(fd: number, mayRun: boolean): number {
  const e = table.get(fd);
  if (e === undefined) return 32; // POLLNVAL
  const p = e.pipe;
  if (e.end === 'w') return p.readers === 0 ? 8 | 4 : 4; // POLLERR when nobody reads
  if (p.buffered === 0 && mayRun && p.producers.size > 0) runProducers(p);
  if (p.buffered > 0) return p.writers === 0 ? 1 | 16 : 1;
  return p.writers === 0 ? 16 : 0;
}

/** Whether some pending producer could make `fd` readable (select/poll run them only when nothing else is ready). */
export function vfdHasProducers(fd: number): boolean {
  const e = table.get(fd);
  return e !== undefined && e.end === 'r' && e.pipe.producers.size > 0;
}

export function pipeOf(fd: number): Pipe | undefined {
  return table.get(fd)?.pipe;
}
