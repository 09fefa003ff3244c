import pwd, grp, os
print(pwd.getpwuid(0))
print(pwd.getpwnam('root').pw_dir, pwd.getpwuid(0)[0], type(pwd.getpwuid(0)).__name__)
print(pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.__doc__.splitlines()[0])
for bad in [lambda: pwd.getpwnam('nosuchuser'), lambda: pwd.getpwuid(99999), lambda: pwd.getpwuid(-5), lambda: pwd.getpwnam(1), lambda: pwd.getpwuid('x')]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(grp.getgrgid(0), grp.getgrnam('root').gr_gid)
for bad in [lambda: grp.getgrnam('nosuch'), lambda: grp.getgrgid(99999)]:
    try:
        bad()
    except KeyError as e:
        print(type(e).__name__, e)
print(len(pwd.getpwall()) == len([l for l in open('/etc/passwd') if l.strip() and not l.startswith('#')]))
print(any(e.pw_name == 'root' for e in pwd.getpwall()), all(isinstance(g.gr_mem, list) for g in grp.getgrall()))
print(os.path.expanduser('~root'))
