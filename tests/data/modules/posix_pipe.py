import os
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(w), os.isatty(r))
print(os.write(w, b'hello'), os.read(r, 3), os.read(r, 10))
import stat
print(stat.S_ISFIFO(os.fstat(r).st_mode), os.fstat(w).st_size)
try:
    os.lseek(r, 0, 0)
except OSError as e:
    print(type(e).__name__, e.errno)
w2 = os.dup(w)
os.close(w)
os.write(w2, b'x')
os.close(w2)
print(os.read(r, 10), os.read(r, 10))
os.close(r)
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e)
r, w = os.pipe()
os.close(r)
try:
    os.write(w, b'x')
except BrokenPipeError as e:
    print(type(e).__name__, e)
os.close(w)
r, w = os.pipe()
with open(w, 'w') as f:
    f.write('line one\nline two\n')
with open(r) as f:
    print(f.readlines())
print(os.WIFEXITED(768), os.WEXITSTATUS(768), os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9))
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
