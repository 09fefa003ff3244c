# Exceptions pickle and copy as CPython's: BaseException.__reduce__/__setstate__, ImportError's and
# OSError's own reduce, and the builtin fields kept out of __dict__.
import pickle, copy

samples = [
    ValueError(1), KeyError('k'), ImportError('t'), ImportError('t', name='n'), ImportError('t', path='p'),
    ImportError('t', name='n', path='p'), OSError(2, 'x', 'f'), OSError(2, 'x', 'f', 'w', 'g'), OSError(2, 'x'),
    OSError('a'), BlockingIOError(11, 'x', 5), SystemExit(3), StopIteration(5), AttributeError('a', name='n', obj=1),
    NameError('a', name='n'), SyntaxError('m', ('f', 1, 2, 't', 1, 3)), UnicodeEncodeError('ascii', 'é', 0, 1, 'bad'),
    UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), ExceptionGroup('m', [ValueError(1)]), Exception(),
]
for e in samples:
    print(type(e).__name__, e.__reduce__()[1:], e.__dict__)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        x = pickle.loads(pickle.dumps(e, proto))
        assert type(x) is type(e) and repr(x.args) == repr(e.args), (e, x)
    for c in copy.copy, copy.deepcopy:
        x = c(e)
        assert type(x) is type(e) and repr(x.args) == repr(e.args) and str(x) == str(e), (e, x)
i = pickle.loads(pickle.dumps(ImportError('t', name='n', path='p')))
print(i.msg, i.name, i.path)
o = pickle.loads(pickle.dumps(OSError(2, 'x', 'f', None, 'g')))
print(type(o).__name__, o.errno, o.strerror, o.filename, o.filename2, o)

e = ValueError(1)
e.extra = [1, 2]
e.add_note('a note')
print(e.__reduce__())
x = pickle.loads(pickle.dumps(e))
print(x.extra, x.__notes__, x.__dict__)
print(e.__setstate__(None), e.__setstate__({'a': 1}), e.a)
for bad in [1, [('a', 1)]]:
    try:
        e.__setstate__(bad)
    except TypeError as t:
        print('TypeError', t)
i = ImportError('t', name='n', path='p')
i.__setstate__({'name': 'zz'})
print(i.name, i.__dict__)
class MyError(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    pickle.loads(pickle.dumps(MyError(1, 2)))
except TypeError as t:
    print('TypeError', t)
