import os, stat, sys
base = '/tmp/typhon_test_posix_files'
def rmtree(p):
    if os.path.isdir(p) and not os.path.islink(p):
        for n in os.listdir(p):
            rmtree(os.path.join(p, n))
        os.rmdir(p)
    elif os.path.lexists(p):
        os.remove(p)
rmtree(base)
os.mkdir(base)
os.makedirs(os.path.join(base, 'a', 'b'))
fd = os.open(os.path.join(base, 'f.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world\n'), os.write(fd, bytearray(b'more')))
os.close(fd)
fd = os.open(os.path.join(base, 'f.txt'), os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
st = os.stat(os.path.join(base, 'f.txt'))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)), len(st), type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
print(sorted(os.listdir(base)), sorted(os.listdir(os.fsencode(base))), os.path.exists(base + '/nope'), os.path.isfile(base + '/f.txt'), os.path.isdir(base + '/a'))
with os.scandir(base) as it:
    print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in it))
os.rename(os.path.join(base, 'f.txt'), os.path.join(base, 'g.txt'))
os.replace(os.path.join(base, 'g.txt'), os.path.join(base, 'a', 'h.txt'))
os.symlink(os.path.join(base, 'a'), os.path.join(base, 'link'))
print(os.readlink(os.path.join(base, 'link')) == os.path.join(base, 'a'), os.path.islink(os.path.join(base, 'link')), os.lstat(os.path.join(base, 'link')).st_mode & 0o170000 == stat.S_IFLNK)
print([(os.path.relpath(r, base), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(base)])
os.chmod(os.path.join(base, 'a', 'h.txt'), 0o600)
print(oct(os.stat(os.path.join(base, 'a', 'h.txt')).st_mode & 0o777), os.access(base, os.W_OK), os.access(base + '/nope', os.F_OK))
os.utime(os.path.join(base, 'a', 'h.txt'), (1000000000, 1200000000))
print(os.stat(os.path.join(base, 'a', 'h.txt')).st_mtime, os.path.getmtime(os.path.join(base, 'a', 'h.txt')))
for bad in [lambda: os.stat(base + '/nope'), lambda: os.mkdir(base), lambda: os.rmdir(os.path.join(base, 'a')), lambda: os.remove(base + '/nope'),
            lambda: os.listdir(base + '/a/h.txt'), lambda: os.open(base + '/nope', os.O_RDONLY), lambda: os.rename(base + '/x', base + '/y'),
            lambda: os.stat(3.5), lambda: os.listdir(3.5), lambda: os.close(999), lambda: os.read(999, 1)]:
    try: bad()
    except (OSError, TypeError) as e: print(type(e).__name__, e.errno if isinstance(e, OSError) else '', str(e).replace(base, 'BASE'))
cwd = os.getcwd(); os.chdir(base); print(os.getcwd() == os.path.realpath(base), os.path.abspath('x') == os.path.join(os.path.realpath(base), 'x')); os.chdir(cwd)
print(os.fspath(base) == base, os.strerror(2), os.strerror(13), os.strerror(9999), os.sep, os.pathsep, os.linesep == '\n', os.name)
print(isinstance(os.getpid(), int), len(os.urandom(8)), os.cpu_count() > 0, type(os.environ['PATH']).__name__, 'PATH' in os.environ)
os.environ['TYPHON_X'] = 'v1'; print(os.environ.get('TYPHON_X'), os.getenv('TYPHON_X')); del os.environ['TYPHON_X']; print(os.environ.get('TYPHON_X'))
print(os.path.join('a', 'b', '/c'), os.path.split('/x/y.z'), os.path.splitext('a/b.tar.gz'), os.path.basename('/q/w'), os.path.dirname('/q/w'), os.path.normpath('/a//b/../c/.'))
rmtree(base); print(os.path.exists(base))
