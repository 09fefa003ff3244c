# _stat (and stat, which takes everything from it): constants, the mode
# tests, S_IMODE/S_IFMT, filemode over every type and permission bit, and
# mode_t conversion errors.
import _stat
import stat
import os
import tempfile

names = sorted(n for n in dir(_stat) if not n.startswith('__'))
print(names)
for n in names:
    v = getattr(_stat, n)
    if isinstance(v, int):
        print(n, v, oct(v))
    else:
        print(n, v, v.__module__, repr(v.__doc__))
print(_stat.__doc__)
print(all(getattr(stat, n) is getattr(_stat, n) for n in names))
print(stat.S_ISDIR, stat.filemode is _stat.filemode)

types = [0, _stat.S_IFDIR, _stat.S_IFCHR, _stat.S_IFBLK, _stat.S_IFREG, _stat.S_IFIFO, _stat.S_IFLNK,
         _stat.S_IFSOCK, 0o170000, 0o030000, 0o150000]
tests = [n for n in names if n.startswith('S_IS') and callable(getattr(_stat, n))]
for t in types:
    for perm in (0, 0o777, 0o644, 0o4755, 0o2750, 0o1777, 0o7000, 0o7777, 0o6111, 0o1001, 0o4100, 0o2010):
        mode = t | perm
        print(oct(mode), _stat.filemode(mode), oct(_stat.S_IMODE(mode)), oct(_stat.S_IFMT(mode)),
              [n for n in tests if getattr(_stat, n)(mode)])
print(_stat.filemode(True), _stat.S_IMODE(2 ** 32 - 1), _stat.S_IFMT(2 ** 32 - 1), _stat.S_ISREG(0o100000 | 2 ** 31))


class Idx:
    def __index__(self):
        return 0o40755


class IntSub(int):
    pass


print(_stat.filemode(IntSub(0o100644)), _stat.S_ISDIR(IntSub(0o40000)))
for arg in [-1, 2 ** 32, 2 ** 63, 2 ** 64, 2 ** 70, -2 ** 70, 'x', 1.5, None, Idx(), b'\x01']:
    for f in (_stat.S_ISDIR, _stat.filemode, _stat.S_IMODE, _stat.S_IFMT, _stat.S_ISWHT):
        try:
            print(f.__name__, repr(f(arg)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for call in ['_stat.S_ISDIR()', '_stat.S_ISDIR(1, 2)', '_stat.S_ISDIR(mode=1)', '_stat.filemode()',
             '_stat.S_IMODE(1, 2)']:
    try:
        eval(call)
    except TypeError as e:
        print(call, e)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    with open(p, 'w') as f:
        f.write('x')
    os.chmod(p, 0o640)
    st = os.stat(p)
    print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    print(stat.S_ISDIR(os.stat(d).st_mode), stat.filemode(os.stat(d).st_mode)[0])
    os.symlink(p, p + 'l')
    print(stat.S_ISLNK(os.lstat(p + 'l').st_mode), stat.filemode(os.lstat(p + 'l').st_mode))
    print(st[stat.ST_SIZE], st[stat.ST_MODE] == st.st_mode)
