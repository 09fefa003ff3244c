import types, marshal, dis
def f(x, y=2):
    z = x + y
    def g():
        return z
    return g
c = f.__code__
print(c == c.replace(), hash(c) == hash(c.replace()))
c2 = c.replace(co_name='h')
print(c2.co_name, c2 == c, c2.co_varnames, c2.co_cellvars, c2.co_consts[0] is None)
args=(c.co_argcount,c.co_posonlyargcount,c.co_kwonlyargcount,c.co_nlocals,c.co_stacksize,c.co_flags,c.co_code,c.co_consts,c.co_names,c.co_varnames,c.co_filename,c.co_name,c.co_qualname,c.co_firstlineno,c.co_linetable,c.co_exceptiontable, c.co_freevars, c.co_cellvars)
print(types.CodeType(*args) == c)
for bad in [lambda: c.replace(co_bogus=1), lambda: c.replace(1), lambda: c.replace(co_name=1),
            lambda: c.replace(co_consts=[1]), lambda: c.replace(co_nlocals=9), lambda: types.CodeType(*args[:5]),
            lambda: types.CodeType(*args, co_name='x'), lambda: types.CodeType(*(args[:9] + ((1,),) + args[10:])),
            lambda: c.replace(co_argcount=-1), lambda: c.replace(co_argcount='x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
def k():
    return 'old'
k.__code__ = k.__code__.replace(co_consts=(None, 'new'))
print(k())
k.__code__ = k.__code__.replace(co_consts=(None, [1, 2]))
print(k())
try: marshal.dumps(k.__code__)
except Exception as e: print(type(e).__name__, e)
print(marshal.loads(marshal.dumps(c.replace(co_name='q'))).co_name)
print(c.replace(co_consts=(None, 1)) == c.replace(co_consts=(None, 1.0)), c.replace(co_consts=(None, 1)) == c.replace(co_consts=(None, 1)))
print(c != c.replace(co_firstlineno=99), c == 5)
