/**
 * _posixsubprocess.fork_exec, which subprocess.Popen starts children with.
 *
 * Node can start a process and wait for it synchronously (spawnSync) but not
 * keep talking to it from a VM that never yields to Node's event loop. So
 * fork_exec checks what exec would check (the executable, cwd) at once and
 * reports failures through the error pipe as the C child does, and the
 * child itself runs when the parent first needs it: reading its output
 * with nothing buffered, or waiting for it. Its stdin is what the parent
 * wrote to the stdin pipe by then. A parent that writes to a child after
 * reading from it gets a broken pipe, as if the child had exited.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as childProcess from 'child_process';
import type { Value } from '../objects/base';
import { PyBytes, PyTuple } from '../objects/containers';
import { None, typeOf } from '../objects/types';
import { typeError, newException, NotImplementedError } from '../objects/exceptions';
import { moduleFunction } from '../objects/define';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';
import { type Producer, type Pipe, vfdEntry, isVfd, writeVfd } from './vfd';

type Stream = { kind: 'inherit' } | { kind: 'fd'; fd: number } | { kind: 'pipe'; pipe: Pipe };

/** Children by pid; a child stays until waited for. */
const children = new Map<number, Child | LiveChild>();
/** Above Linux's pid_max, so that a pseudo pid never names a real process. */
let nextPid = 5_000_000;

class Child implements Producer {
  /** The wait status once it has run (or been killed before running). */
  status: number | null = null;
  constructor(
    readonly pid: number,
    readonly file: string,
    readonly argv: string[],
    readonly cwd: string | undefined,
    readonly env: NodeJS.ProcessEnv,
    readonly stdin: Stream,
    readonly stdout: Stream,
    readonly stderr: Stream,
    readonly uid: number | undefined,
    readonly gid: number | undefined,
  ) {
    if (stdin.kind === 'pipe') {
      stdin.pipe.readers++;
      stdin.pipe.consumers.add(this);
    }
    for (const s of this.outputs()) {
      s.pipe.writers++;
      s.pipe.producers.add(this);
    }
  }

  private outputs(): { kind: 'pipe'; pipe: Pipe }[] {
    const out: { kind: 'pipe'; pipe: Pipe }[] = [];
    if (this.stdout.kind === 'pipe') out.push(this.stdout);
    if (this.stderr.kind === 'pipe' && !(this.stdout.kind === 'pipe' && this.stdout.pipe === this.stderr.pipe)) out.push(this.stderr);
    return out;
  }

  wantsInput(): boolean {
    return this.status === null && this.stdin.kind === 'pipe' && this.stdin.pipe.writers > 0;
  }

  /** Lets go of its pipe ends (it exited). */
  private release(): void {
    if (this.stdin.kind === 'pipe') {
      this.stdin.pipe.readers--;
      this.stdin.pipe.consumers.delete(this);
    }
    for (const s of this.outputs()) {
      s.pipe.writers--;
      s.pipe.producers.delete(this);
    }
  }

  kill(sig: number): void {
    if (this.status !== null) return;
    this.status = sig & 0x7f;
    this.release();
  }

  run(): void {
    if (this.status !== null) return;
    const tmp: { fd: number; file: string; pipe: Pipe }[] = [];
    const outFd = (s: Stream): number | 'inherit' => {
      if (s.kind === 'inherit') return 'inherit';
      if (s.kind === 'fd') return s.fd;
      const same = tmp.find((t) => t.pipe === s.pipe);
      if (same) return same.fd;
      // A file, not a Node pipe, so that stdout and stderr sent to one pipe keep their interleaving.
      const file = path.join(os.tmpdir(), `typhon-child-${process.pid}-${this.pid}-${tmp.length}`);
      const fd = fs.openSync(file, 'w+', 0o600);
      tmp.push({ fd, file, pipe: s.pipe });
      return fd;
    };
    let input: Buffer | undefined;
    let stdinOpt: number | 'inherit' | 'pipe' = 'inherit';
    if (this.stdin.kind === 'fd') stdinOpt = this.stdin.fd;
    else if (this.stdin.kind === 'pipe') {
      stdinOpt = 'pipe';
      input = Buffer.from(this.stdin.pipe.takeAll());
    }
    const stdio = [stdinOpt, outFd(this.stdout), outFd(this.stderr)];
    try {
      const r = childProcess.spawnSync(this.file, this.argv.slice(1), {
        argv0: this.argv[0], cwd: this.cwd, env: this.env, stdio: stdio as childProcess.StdioOptions, input,
        uid: this.uid, gid: this.gid, maxBuffer: Infinity,
      });
      if (r.status !== null) this.status = (r.status & 0xff) << 8;
      else if (r.signal) this.status = (os.constants.signals[r.signal] ?? 9) & 0x7f;
      else this.status = 127 << 8;
      for (const t of tmp) {
        const data = fs.readFileSync(t.file);
        t.pipe.push(new Uint8Array(data));
      }
    } finally {
      for (const t of tmp) {
        fs.closeSync(t.fd);
        fs.rmSync(t.file, { force: true });
      }
      this.release();
    }
  }
}

/**
 * A child with no in-process pipe: it starts at once (Node's spawn) and runs
 * beside the VM, so that kill, poll loops and children left running behave
 * as CPython's. Its exit is read from /proc (the exit_code field of
 * /proc/PID/stat, Linux ≥ 3.5) while it is a zombie: Node reaps children
 * only from its event loop, which does not run while the VM does.
 */
class LiveChild {
  status: number | null = null;
  readonly pid: number;
  private readonly proc: childProcess.ChildProcess;
  constructor(file: string, argv: string[], cwd: string | undefined, env: NodeJS.ProcessEnv, stdio: (number | 'inherit')[], uid: number | undefined, gid: number | undefined) {
    this.proc = childProcess.spawn(file, argv.slice(1), { argv0: argv[0], cwd, env, stdio, uid, gid });
    // A spawn failure comes as an event the VM never sees; exec was checked beforehand.
    this.proc.on('error', () => undefined);
    this.pid = this.proc.pid ?? -1;
  }

  /** The wait status if it has exited, else null. */
  poll(): number | null {
    if (this.status !== null) return this.status;
    const p = this.proc;
    if (p.exitCode !== null) return (this.status = (p.exitCode & 0xff) << 8);
    if (p.signalCode !== null) return (this.status = (os.constants.signals[p.signalCode] ?? 9) & 0x7f);
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${this.pid}/stat`, 'latin1');
    } catch {
      return (this.status = 0);
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).trim().split(' ');
    if (fields[0] !== 'Z' && fields[0] !== 'X') return null;
    return (this.status = Number(fields[fields.length - 1]));
  }

  wait(): number {
    for (;;) {
      const st = this.poll();
      if (st !== null) return st;
      Atomics.wait(sleepCell, 0, 0, 2);
    }
  }
}
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** os.waitpid for pseudo pids: null when `pid` is not one of ours. */
export function waitChild(pid: number, options: number): [number, number] | null {
  let child: Child | LiveChild | undefined;
  if (pid === -1 || pid === 0) {
    child = [...children.values()][0];
    if (child === undefined) return null;
  } else {
    child = children.get(pid);
    if (child === undefined) return null;
  }
  if (child instanceof LiveChild) {
    if ((options & 1) !== 0 && child.poll() === null) return [0, 0];
    child.wait();
  } else if (child.status === null) {
    if ((options & 1) !== 0 && child.wantsInput()) return [0, 0]; // WNOHANG: still reading its stdin
    child.run();
  }
  children.delete(child.pid);
  return [child.pid, child.status!];
}

/** os.kill for pseudo pids: false when `pid` is not one of ours. */
export function killChild(pid: number, sig: number): boolean {
  const child = children.get(pid);
  if (child === undefined) return false;
  if (child instanceof LiveChild) {
    if (child.poll() === null) process.kill(child.pid, sig);
    return true;
  }
  if (sig !== 0) child.kill(sig);
  return true;
}

function fsString(v: Value): string {
  if (v instanceof PyBytes) return Buffer.from(v.bytes).toString('utf8');
  if (A.isStr(v)) return A.strValue(v);
  const fsp = typeOf(v).lookup('__fspath__');
  if (fsp === null) typeError(`expected str, bytes or os.PathLike object, not ${A.typeName(v)}`);
  return fsString(A.callDescr(fsp!, v, []));
}

function stream(fd: number, name: string): Stream {
  if (fd === -1) return { kind: 'inherit' };
  const e = vfdEntry(fd);
  if (e !== undefined) return { kind: 'pipe', pipe: e.pipe };
  try {
    fs.fstatSync(fd);
  } catch {
    typeError(`bad value(s) in ${name}`);
  }
  return { kind: 'fd', fd };
}

/** What exec would fail with (errno), as execve and CPython's child report it; 0 when it would run. */
function execErrno(file: string): number {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return os.constants.errno.EACCES;
    fs.accessSync(file, fs.constants.X_OK);
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(4);
      const n = fs.readSync(fd, head, 0, 4, 0);
      const elf = n === 4 && head[0] === 0x7f && head.toString('latin1', 1, 4) === 'ELF';
      if (!elf && !(n >= 2 && head[0] === 0x23 && head[1] === 0x21)) return os.constants.errno.ENOEXEC;
    } finally {
      fs.closeSync(fd);
    }
    return 0;
  } catch (e) {
    return os.constants.errno[(e as NodeJS.ErrnoException).code as keyof typeof os.constants.errno] ?? os.constants.errno.ENOENT;
  }
}

function reportToParent(errpipeWrite: number, errno: number, noexec: boolean): void {
  const msg = `OSError:${errno.toString(16)}:${noexec ? 'noexec' : ''}`;
  if (isVfd(errpipeWrite)) writeVfd(errpipeWrite, new Uint8Array(Buffer.from(msg, 'latin1')));
}

function forkExec(a: Value[]): Value {
  if (a.length !== 23) typeError(`fork_exec() takes exactly 23 arguments (${a.length} given)`);
  const [args, executableList, , fdsToKeep, cwdV, envList, p2cread, , , c2pwrite, , errwrite, , errpipeWrite,
    , callSetsid, pgidToSet, gidV, extraGroups, uidV, umaskV, preexecFn] = a;
  const unsupported = (what: string): never => {
    throw newException(NotImplementedError, `subprocess ${what} is not supported by Typhon (children are started with Node's spawnSync)`);
  };
  if (preexecFn !== None) unsupported('preexec_fn');
  if (A.isTrue(callSetsid)) unsupported('start_new_session');
  if (pgidToSet !== None && Number(A.asIndex(pgidToSet)) !== -1) unsupported('process_group');
  if (extraGroups !== None) unsupported('extra_groups');
  if (umaskV !== None && Number(A.asIndex(umaskV)) !== -1) unsupported('umask');
  const keep = (fdsToKeep as PyTuple).items.map((x) => Number(A.asIndex(x))).filter((fd) => fd !== Number(A.asIndex(errpipeWrite)));
  if (keep.length) unsupported('pass_fds');
  const argv = args === None ? [] : A.toArray(args).map(fsString);
  const execs = A.toArray(executableList).map(fsString);
  const cwd = cwdV === None ? undefined : fsString(cwdV);
  let env: NodeJS.ProcessEnv = { ...process.env };
  if (envList !== None) {
    env = {};
    for (const kv of A.toArray(envList)) {
      const s = fsString(kv);
      const i = s.indexOf('=');
      if (i > 0) env[s.slice(0, i)] = s.slice(i + 1);
    }
  }
  const ew = Number(A.asIndex(errpipeWrite));
  const stdin = stream(Number(A.asIndex(p2cread)), 'fds_to_keep');
  const stdout = stream(Number(A.asIndex(c2pwrite)), 'fds_to_keep');
  const stderr = stream(Number(A.asIndex(errwrite)), 'fds_to_keep');
  const pid = nextPid++;
  if (cwd !== undefined) {
    let errno = 0;
    try {
      if (!fs.statSync(cwd).isDirectory()) errno = os.constants.errno.ENOTDIR;
    } catch (e) {
      errno = os.constants.errno[(e as NodeJS.ErrnoException).code as keyof typeof os.constants.errno] ?? os.constants.errno.ENOENT;
    }
    if (errno) {
      reportToParent(ew, errno, true);
      return exitedChild(pid, 255);
    }
  }
  // execve over each candidate: the first error other than ENOENT/ENOTDIR wins, else the last one.
  let file: string | null = null;
  let saved = 0;
  let last = 0;
  for (const ex of execs) {
    const err = execErrno(cwd !== undefined && !path.isAbsolute(ex) ? path.resolve(cwd, ex) : ex);
    if (err === 0) {
      file = ex;
      break;
    }
    last = err;
    if (err !== os.constants.errno.ENOENT && err !== os.constants.errno.ENOTDIR && saved === 0) saved = err;
  }
  if (file === null) {
    reportToParent(ew, saved || last || os.constants.errno.ENOENT, false);
    return exitedChild(pid, 255);
  }
  const gid = gidV === None ? undefined : Number(A.asIndex(gidV));
  const uid = uidV === None ? undefined : Number(A.asIndex(uidV));
  if (stdin.kind !== 'pipe' && stdout.kind !== 'pipe' && stderr.kind !== 'pipe') {
    nextPid--;
    const fdOf = (st: Stream): number | 'inherit' => (st.kind === 'fd' ? st.fd : 'inherit');
    const live = new LiveChild(file, argv, cwd, env, [fdOf(stdin), fdOf(stdout), fdOf(stderr)], uid === -1 ? undefined : uid, gid === -1 ? undefined : gid);
    children.set(live.pid, live);
    return live.pid;
  }
  children.set(pid, new Child(pid, file, argv, cwd, env, stdin, stdout, stderr, uid === -1 ? undefined : uid, gid === -1 ? undefined : gid));
  return pid;
}

/** A child whose exec failed: it exits 255 at once, as CPython's child does after reporting. */
function exitedChild(pid: number, code: number): number {
  const c = new Child(pid, '', [], undefined, {}, { kind: 'inherit' }, { kind: 'inherit' }, { kind: 'inherit' }, undefined, undefined);
  c.status = code << 8;
  children.set(pid, c);
  return pid;
}

registerNative('_posixsubprocess', () => {
  const m = newModule('_posixsubprocess', 'A POSIX helper for the subprocess module.');
  moduleFunction(m.dict, '_posixsubprocess', 'fork_exec', (a, k) => {
    if (k !== null && k.length) typeError('fork_exec() takes no keyword arguments');
    return forkExec(a);
  });
  return m;
});
